// Moved tables land on whole coordinates, as WWW SQL Designer writes them, whichever way they
// move; tables that do not move keep the text of their coordinates, fractional ones too.
#include "diagram/diagramscene.h"
#include "diagram/tableitem.h"
#include "document/designdocument.h"
#include "document/designeditor.h"
#include "xml/designreader.h"
#include "xml/designwriter.h"

#include <QDir>
#include <QGraphicsSceneMouseEvent>
#include <QMimeData>
#include <QRegularExpression>
#include <QTest>
#include <QUndoStack>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(QDir(QStringLiteral(SCHEMATA_FIXTURES)).filePath(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read fixture %s", qPrintable(name));
    return file.readAll();
}

Schema read(const QByteArray &data)
{
    DesignReader reader;
    if (!reader.read(data))
        qFatal("cannot read: %s", qPrintable(reader.errorString()));
    return reader.takeSchema();
}

bool isWhole(QPointF p)
{
    return p.x() == std::trunc(p.x()) && p.y() == std::trunc(p.y());
}

// The lines of `after` that differ from `before` (same number of lines expected).
QList<QByteArray> changedLines(const QByteArray &before, const QByteArray &after)
{
    const QList<QByteArray> a = before.split('\n');
    const QList<QByteArray> b = after.split('\n');
    if (a.size() != b.size())
        return {"line count differs"};
    QList<QByteArray> changed;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i) != b.at(i))
            changed.append(b.at(i));
    }
    return changed;
}

const QString Fractional = u"14_gustohop_pg_fractional_xy.xml"_s;

} // namespace

class tst_DesignMoves : public QObject
{
    Q_OBJECT

private slots:
    void onlyTheMovedTableIsRounded();
    void everyWayOfPlacingGivesWholeNumbers();
    void dragInTheDiagram();
};

void tst_DesignMoves::onlyTheMovedTableIsRounded()
{
    const QByteArray original = fixture(Fractional);
    DesignDocument document;
    document.reset(read(original));
    QList<ObjectId> fractional;
    for (const Table &t : document.schema().tables()) {
        if (t.source.x.contains(u'.') || t.source.y.contains(u'.'))
            fractional.append(t.id);
    }
    QCOMPARE(fractional.size(), 3);
    const ObjectId moved = fractional.first();
    const QPointF from = document.schema().table(moved)->position;

    // What a drag at 70 % zoom hands over.
    const QPointF to = from + QPointF(1758.0126050420165 - 992, 17.857142857142858);
    document.push(document.moveCommand({{moved, from}}, {{moved, to}}));
    const QPointF at = document.schema().table(moved)->position;
    QCOMPARE(at, QPointF(std::round(to.x()), std::round(to.y())));

    const QByteArray saved = DesignWriter::write(document.schema());
    const QList<QByteArray> changed = changedLines(original, saved);
    QCOMPARE(changed.size(), 1);
    const QString name = document.schema().table(moved)->name;
    QCOMPARE(changed.first(),
        u"<table x=\"%1\" y=\"%2\" name=\"%3\">"_s.arg(at.x()).arg(at.y()).arg(name).toUtf8());
    // The other fractional tables kept their text exactly.
    for (ObjectId id : fractional.mid(1)) {
        const Table &t = *document.schema().table(id);
        QVERIFY(t.source.x.contains(u'.') || t.source.y.contains(u'.'));
        QVERIFY(saved.contains(
            u"<table x=\"%1\" y=\"%2\" name=\"%3\">"_s.arg(t.source.x, t.source.y, t.name)
                .toUtf8()));
    }

    // Undo puts the table back where it was, and the file is the original again.
    document.undoStack()->undo();
    QCOMPARE(document.schema().table(moved)->position, from);
    QCOMPARE(DesignWriter::write(document.schema()), original);
    document.undoStack()->redo();
    QCOMPARE(document.schema().table(moved)->position, at);
    QCOMPARE(DesignWriter::write(document.schema()), saved);
}

void tst_DesignMoves::everyWayOfPlacingGivesWholeNumbers()
{
    DesignDocument document;
    document.reset(read(fixture(Fractional)));
    DesignEditor editor(&document);
    const Schema &schema = document.schema();
    const ObjectId a = schema.tables().at(0).id;
    const ObjectId b = schema.tables().at(1).id;
    const ObjectId c = schema.tables().at(2).id;

    // Arrow-key nudges (merged), auto-layout and other batch moves (setPositions), align.
    document.push(document.moveCommand({{a, schema.table(a)->position}},
        {{a, schema.table(a)->position + QPointF(0.4, 0.6)}}, true));
    QVERIFY(isWhole(schema.table(a)->position));
    editor.setPositions({{b, QPointF(12.5, -7.25)}, {c, QPointF(300.49, 200.51)}}, u"layout"_s);
    QCOMPARE(schema.table(b)->position, QPointF(13, -7));
    QCOMPARE(schema.table(c)->position, QPointF(300, 201));
    QVERIFY(editor.align({{a, QRectF(0.3, 10.7, 100, 40)}, {b, QRectF(50.2, 33.3, 80, 40)}},
        DesignEditor::Alignment::HorizontalCentre));
    QVERIFY(isWhole(schema.table(a)->position) && isWhole(schema.table(b)->position));

    // New tables and notes where the mouse was, duplicates and pastes with an offset.
    const ObjectId added = editor.addTable(QPointF(40.3, 50.8), u"added"_s);
    QCOMPARE(schema.table(added)->position, QPointF(40, 51));
    const ObjectId note = editor.addNote(QPointF(1.5, 2.4), u"note"_s);
    QCOMPARE(schema.notes().constLast().id, note);
    QCOMPARE(schema.notes().constLast().geometry.topLeft(), QPointF(2, 2));
    const QList<ObjectId> copies = editor.duplicate({added}, QPointF(24.6, 24.6));
    QCOMPARE(copies.size(), 1);
    QCOMPARE(schema.table(copies.first())->position, QPointF(65, 76));
    std::unique_ptr<QMimeData> data(editor.copy({c}));
    QVERIFY(data);
    const QList<ObjectId> pasted = editor.paste(data.get(), QPointF(0.7, 0.2));
    QCOMPARE(pasted.size(), 1);
    QCOMPARE(schema.table(pasted.first())->position, QPointF(301, 201));

    // A table edited but not moved keeps its fractional text.
    const Table *kept = nullptr;
    for (const Table &t : schema.tables()) {
        if (t.source.x.contains(u'.') && t.id != a && t.id != b && t.id != c)
            kept = &t;
    }
    QVERIFY(kept);
    const QString keptX = kept->source.x;
    QVERIFY(editor.renameTable(kept->id, u"renamed"_s));
    QVERIFY(DesignWriter::write(schema).contains(u"x=\"%1\""_s.arg(keptX).toUtf8()));
}

void tst_DesignMoves::dragInTheDiagram()
{
    // A drag through the scene, grid off, by a fractional distance as at a fractional zoom.
    DesignDocument document;
    document.reset(read(fixture(Fractional)));
    DiagramScene scene(&document);
    scene.setSnapToGrid(false);
    const Table &table = document.schema().tables().at(0);
    const ObjectId id = table.id;
    TableItem *item = scene.tableItem(id);
    QVERIFY(item);
    const QPointF from = table.position;
    const QPointF grab = item->mapToScene(item->boundingRect().topLeft() + QPointF(20, 8));
    const QPointF drop = grab + QPointF(33.71428571, 12.28571428);

    const auto send = [&](QEvent::Type type, QPointF at, QPointF last) {
        QGraphicsSceneMouseEvent event(type);
        event.setScenePos(at);
        event.setLastScenePos(last);
        event.setButtonDownScenePos(Qt::LeftButton, grab);
        event.setButton(type == QEvent::GraphicsSceneMouseMove ? Qt::NoButton : Qt::LeftButton);
        event.setButtons(type == QEvent::GraphicsSceneMouseRelease ? Qt::NoButton : Qt::LeftButton);
        QCoreApplication::sendEvent(&scene, &event);
    };
    send(QEvent::GraphicsSceneMousePress, grab, grab);
    QVERIFY(item->isSelected());
    send(QEvent::GraphicsSceneMouseMove, (grab + drop) / 2, grab);
    send(QEvent::GraphicsSceneMouseMove, drop, (grab + drop) / 2);
    QVERIFY(!isWhole(item->pos())); // the scene follows the mouse exactly ...
    send(QEvent::GraphicsSceneMouseRelease, drop, drop);

    // ... and the document, the card and undo agree on whole numbers.
    const QPointF expected
        = QPointF(std::round(from.x() + 33.71428571), std::round(from.y() + 12.28571428));
    QCOMPARE(document.schema().table(id)->position, expected);
    QCOMPARE(item->pos(), expected);
    document.undoStack()->undo();
    QCOMPARE(document.schema().table(id)->position, from);
    QCOMPARE(item->pos(), from);
}

QTEST_MAIN(tst_DesignMoves)
#include "tst_designmoves.moc"
