#include "diagram/diagramcomparison.h"
#include "diagram/diagramscene.h"
#include "diagram/diagramview.h"
#include "diagram/relationitem.h"
#include "diagram/tableitem.h"
#include "document/designdocument.h"
#include "mainwindow.h"
#include "panels/changespanel.h"
#include "schema/schema.h"

#include "filedialoganswer.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace {

using Mark = DiagramComparison::Mark;

const QString Jukebox = QDir(QStringLiteral(SCHEMATA_FIXTURES)).filePath(u"24_jukebox_lewagon.xml"_s);

ObjectId tableId(const Schema &schema, const QString &name)
{
    const Table *t = schema.tableByName(name);
    return t ? t->id : NoObject;
}

ObjectId columnId(const Schema &schema, const QString &table, const QString &column)
{
    const Table *t = schema.tableByName(table);
    const Column *c = t ? t->columnByName(column) : nullptr;
    return c ? c->id : NoObject;
}

// The colour most of the card's left border has, where the comparison draws its mark.
QColor borderColor(DiagramScene *scene, TableItem *item)
{
    const QRectF card = item->cardRect();
    QImage image(card.size().toSize() + QSize(8, 8), QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    scene->render(&painter, QRectF(QPointF(0, 0), image.size()),
        card.adjusted(-4, -4, 4, 4), Qt::IgnoreAspectRatio);
    painter.end();
    return image.pixelColor(4, image.height() / 2);
}

bool near(const QColor &a, const QColor &b)
{
    return std::abs(a.red() - b.red()) < 40 && std::abs(a.green() - b.green()) < 40
        && std::abs(a.blue() - b.blue()) < 40;
}

} // namespace

// View > Compare with File... on a real designer file edited in the window: the marks land on
// the cards, rows and connectors that changed, removed tables and columns come back as ghosts,
// the Changes panel lists and steps through every change, and the comparison follows further
// edits until it ends.
class tst_DiagramCompare : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void compareWithTheSavedFile();
};

void tst_DiagramCompare::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"SchemataTests"_s);
    QCoreApplication::setApplicationName(u"tst_diagramcompare"_s);
}

void tst_DiagramCompare::compareWithTheSavedFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"jukebox.xml"_s);
    QVERIFY(QFile::copy(Jukebox, path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    MainWindow window;
    window.resize(1300, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(path));
    DesignDocument *document = window.document();
    const Schema saved = window.schema();
    const QPointF mediaTypesAt = saved.tableByName(u"media_types"_s)->position;

    // Edits, each one undo step, as the window's commands make them.
    {
        SchemaEdit edit(*document);
        edit.removeTable(tableId(saved, u"media_types"_s));
        Table *tracks = edit.table(tableId(saved, u"tracks"_s));
        tracks->columns.removeIf([](const Column &c) { return c.name == u"bytes"; });
        for (Column &c : tracks->columns) {
            if (c.name == u"composer")
                c.datatype = u"TEXT"_s;
        }
        Table &playlists = edit.addTable(u"playlists"_s, QPointF(760, 120));
        edit.schema().addColumn(playlists, u"id"_s, u"INTEGER"_s);
        document->push(edit.command(u"edit"_s));
    }
    const int edits = document->undoStack()->count();

    answerFileDialog(path);
    window.action(u"compareWithFile"_s)->trigger();
    QTRY_VERIFY(window.scene()->comparison() != nullptr);
    const DiagramComparison *comparison = window.scene()->comparison();
    DiagramScene *scene = window.scene();
    const Schema &now = window.schema();

    // The new table: marked added, its border green.
    TableItem *playlists = scene->tableItem(tableId(now, u"playlists"_s));
    QVERIFY(playlists);
    QCOMPARE(Mark(playlists->mark()), Mark::Added);
    QVERIFY2(near(borderColor(scene, playlists), DiagramComparison::markColor(Mark::Added, false)),
        qPrintable(borderColor(scene, playlists).name()));

    // The removed table: a ghost where it was, not a table of the design.
    const ObjectId mediaTypes = tableId(saved, u"media_types"_s);
    TableItem *ghost = scene->ghostItem(mediaTypes);
    QVERIFY(ghost);
    QVERIFY(ghost->isGhost());
    QCOMPARE(ghost->pos(), mediaTypesAt);
    QCOMPARE(Mark(ghost->mark()), Mark::Removed);
    QVERIFY(!(ghost->flags() & QGraphicsItem::ItemIsSelectable));
    QVERIFY(!scene->selectedObjects().contains(mediaTypes));

    // The changed table: its type change on the row, with old and new; the removed column
    // struck out at the end of the card (one row more than its columns).
    TableItem *tracks = scene->tableItem(tableId(now, u"tracks"_s));
    QCOMPARE(Mark(tracks->mark()), Mark::Changed);
    const ObjectId composer = columnId(now, u"tracks"_s, u"composer"_s);
    QCOMPARE(Mark(tracks->markOf(composer)), Mark::Changed);
    QVERIFY(comparison->details(composer).join(u' ').contains(u"TEXT"_s));
    QCOMPARE(Mark(tracks->markOf(columnId(now, u"tracks"_s, u"name"_s))), Mark::None);
    const qsizetype columns = now.tableByName(u"tracks"_s)->columns.size();
    QCOMPARE(tracks->cardRect().height(),
        TableItem::HeaderHeight + TableItem::RowHeight * (columns + 1) + 4);
    QCOMPARE(comparison->removedColumns(tracks->id()).size(), 1);
    // The foreign key that went with media_types: a dashed connector to its ghost.
    bool ghostConnector = false;
    for (QGraphicsItem *item : scene->items()) {
        if (item->type() != RelationItem::Type)
            continue;
        auto *r = static_cast<RelationItem *>(item);
        if (r->to().table == ghost && r->from().table == tracks)
            ghostConnector = Mark(r->mark()) == Mark::Removed;
    }
    QVERIFY(ghostConnector);
    // Unchanged tables carry no mark.
    QCOMPARE(Mark(scene->tableItem(tableId(now, u"artists"_s))->mark()), Mark::None);

    // The Changes panel lists every change; F8 steps to the first and shows its table.
    auto *changes = window.findChild<ChangesPanel *>(u"changesPanel"_s);
    QVERIFY(changes);
    QVERIFY(window.findChild<QDockWidget *>(u"changesDock"_s)->isVisible());
    QCOMPARE(changes->changeCount(), int(comparison->changes().size()));
    QVERIFY(changes->changeCount() >= 5);
    window.action(u"nextChange"_s)->trigger();
    auto *tree = changes->findChild<QTreeWidget *>(u"changes"_s);
    QVERIFY(tree->currentItem());
    QVERIFY(comparison->markdown().contains(u"- drop column tracks.bytes"_s));

    // An edit while comparing is compared too.
    {
        SchemaEdit edit(*document);
        Table *artists = edit.table(tableId(now, u"artists"_s));
        edit.schema().addColumn(*artists, u"country"_s, u"VARCHAR(40)"_s);
        document->push(edit.command(u"add column"_s));
    }
    QTRY_COMPARE(Mark(scene->tableItem(tableId(now, u"artists"_s))->mark()), Mark::Changed);
    QCOMPARE(Mark(scene->tableItem(tableId(now, u"artists"_s))
                      ->markOf(columnId(now, u"artists"_s, u"country"_s))),
        Mark::Added);

    // Undone back to the file: nothing left to mark, no ghosts.
    while (document->undoStack()->canUndo() && document->undoStack()->index() > edits - 1)
        document->undoStack()->undo();
    QTRY_COMPARE(changes->changeCount(), 0);
    QVERIFY(!scene->ghostItem(mediaTypes));
    QCOMPARE(Mark(scene->tableItem(tableId(now, u"tracks"_s))->mark()), Mark::None);

    window.action(u"endComparison"_s)->trigger();
    QCOMPARE(scene->comparison(), nullptr);
    QVERIFY(!window.action(u"nextChange"_s)->isEnabled());
}

QTEST_MAIN(tst_DiagramCompare)
#include "tst_diagramcompare.moc"
