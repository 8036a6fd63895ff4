#include "diagram/diagramcomparison.h"
#include "diagram/diagramexport.h"
#include "diagram/diagramscene.h"
#include "diagram/diagramview.h"
#include "diagram/relationitem.h"
#include "diagram/tableitem.h"
#include "document/designdocument.h"
#include "mainwindow.h"
#include "panels/changespanel.h"
#include "schema/schema.h"

#include "filedialoganswer.h"
#include "testdatabases.h"

#include "database/connection.h"
#include "database/schemaapplier.h"
#include "database/sqllog.h"
#include "dialogs/importdialog.h"
#include "xml/designfile.h"
#include "xml/designreader.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QImage>
#include <QInputDialog>
#include <QMessageBox>
#include <QPainter>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>
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
    void compareWithADatabase_data() { TestDatabases::addEngineRows(); }
    void compareWithADatabase();
    void compareWithAGitRevision();
    void updateDesignFromDatabase_data() { TestDatabases::addEngineRows(); }
    void updateDesignFromDatabase();
};

void tst_DiagramCompare::initTestCase()
{
    const QString missing = TestDatabases::missingServers();
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
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

    // Exported for a review, the compared diagram keeps its ghosts (SVG text stays text).
    const QString svg = dir.filePath(u"compared.svg"_s);
    QString error;
    QVERIFY2(DiagramExport::save(scene, svg, DiagramExport::Format::Svg, &error), qPrintable(error));
    QFile svgFile(svg);
    QVERIFY(svgFile.open(QIODevice::ReadOnly));
    const QByteArray svgText = svgFile.readAll();
    QVERIFY(svgText.contains("media_types"));
    QVERIFY(svgText.contains("bytes"));

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

// View > Compare with Database... on a database made from the example design and then changed
// by hand on its engine: exactly those changes are on the diagram (a table only the database
// has as a ghost, its extra column struck out on its card), nothing else, on every engine.
void tst_DiagramCompare::compareWithADatabase()
{
    QFETCH(QString, engine);
    const QString seed = QStringLiteral(SCHEMATA_RESOURCES "/examples/seed-models.xml");
    DesignReader reader;
    QVERIFY(DesignFile::load(seed, &reader));
    QString error;
    const QString url = TestDatabases::freshDatabase(engine, u"tst_diagram_compare"_s, &error);
    QVERIFY2(!url.isEmpty(), qPrintable(error));
    const std::optional<DatabaseAddress> address = DatabaseAddress::parse(url, &error);
    QVERIFY2(address, qPrintable(error));
    {
        Connection connection;
        QVERIFY2(connection.open(*address, Connection::Mode::CreateIfMissing, &error),
            qPrintable(error));
        const ApplyResult applied = SchemaApplier(connection).apply(reader.schema());
        QVERIFY2(applied.ok, qPrintable(applied.error));
        QSqlQuery sql(connection.database());
        QVERIFY(Sql::exec(sql, u"ALTER TABLE post ADD COLUMN subtitle VARCHAR(40)"_s));
        QVERIFY(Sql::exec(sql, u"CREATE TABLE audit (id INTEGER PRIMARY KEY, note VARCHAR(20))"_s));
    }

    MainWindow window;
    window.resize(1300, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(seed));
    bool ran = false;
    const int dialogLoop = QThread::currentThread()->loopLevel() + 1;
    QTimer poll;
    poll.setInterval(20);
    connect(&poll, &QTimer::timeout, this, [&] {
        auto *dialog = qobject_cast<ImportDialog *>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible() || QThread::currentThread()->loopLevel() != dialogLoop)
            return;
        poll.stop();
        QCOMPARE(dialog->windowTitle(), u"Compare with Database"_s);
        dialog->setDatabase(*address);
        QSignalSpy finished(dialog, &ImportDialog::importFinished);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"import"_s), Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        QVERIFY(finished.first().first().toBool());
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"open"_s), Qt::LeftButton);
        ran = true;
    });
    poll.start();
    window.action(u"compareWithDatabase"_s)->trigger();
    QVERIFY(ran);
    const DiagramComparison *comparison = window.scene()->comparison();
    QVERIFY(comparison);
    QStringList changes;
    for (const SchemaChange &c : comparison->changes())
        changes << SchemaChange::kindCode(c.kind) + u' ' + c.subject();
    QCOMPARE(changes, QStringList({u"drop-table audit"_s, u"drop-column post.subtitle"_s}));
    const Schema &design = window.schema();
    TableItem *post = window.scene()->tableItem(tableId(design, u"post"_s));
    QCOMPARE(comparison->removedColumns(post->id()).size(), 1);
    QCOMPARE(Mark(post->mark()), Mark::Changed);
    QCOMPARE(Mark(window.scene()->tableItem(tableId(design, u"user"_s))->mark()), Mark::None);
    bool ghost = false;
    for (QGraphicsItem *item : window.scene()->items()) {
        if (item->type() == TableItem::Type && static_cast<TableItem *>(item)->isGhost())
            ghost = static_cast<TableItem *>(item)->name() == u"audit";
    }
    QVERIFY(ghost);
}

// View > Compare with Git Revision... on a design committed twice: the history lists both
// commits, newest first, and the older one, chosen, is drawn against the open file.
void tst_DiagramCompare::compareWithAGitRevision()
{
    QTemporaryDir repository;
    QVERIFY(repository.isValid());
    const auto git = [&](const QStringList &arguments) {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"HOME"_s, repository.path());
        environment.insert(u"GIT_CONFIG_NOSYSTEM"_s, u"1"_s);
        environment.remove(u"GIT_DIR"_s);
        environment.remove(u"GIT_WORK_TREE"_s);
        process.setProcessEnvironment(environment);
        process.setWorkingDirectory(repository.path());
        process.start(u"git"_s, arguments);
        return process.waitForFinished(60000) && process.exitCode() == 0;
    };
    QVERIFY(git({u"init"_s, u"-q"_s}));
    QVERIFY(git({u"config"_s, u"user.email"_s, u"t@example.org"_s}));
    QVERIFY(git({u"config"_s, u"user.name"_s, u"Tester"_s}));
    QVERIFY(QDir(repository.path()).mkpath(u"db"_s));
    const QString path = repository.filePath(u"db/jukebox.xml"_s);
    QVERIFY(QFile::copy(Jukebox, path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QVERIFY(git({u"add"_s, u"db/jukebox.xml"_s}));
    QVERIFY(git({u"commit"_s, u"-q"_s, u"-m"_s, u"The jukebox as found"_s}));

    MainWindow window;
    window.resize(1300, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(path));
    {
        SchemaEdit edit(*window.document());
        edit.removeTable(tableId(window.schema(), u"genres"_s));
        window.document()->push(edit.command(u"remove genres"_s));
    }
    QString error;
    QVERIFY2(window.document()->save(path, &error), qPrintable(error));
    QVERIFY(git({u"commit"_s, u"-q"_s, u"-a"_s, u"-m"_s, u"No genres"_s}));

    QStringList offered;
    QTimer::singleShot(50, this, [&offered] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        offered = dialog->comboBoxItems();
        dialog->setTextValue(offered.value(1));
        dialog->accept();
    });
    window.action(u"compareWithGitRevision"_s)->trigger();
    QCOMPARE(offered.size(), 2);
    QVERIFY(offered.at(0).endsWith(u"No genres"_s));
    QVERIFY(offered.at(1).endsWith(u"The jukebox as found"_s));
    const DiagramComparison *comparison = window.scene()->comparison();
    QVERIFY(comparison);
    QVERIFY(comparison->title().startsWith(u"jukebox.xml at "_s));
    QStringList changes;
    for (const SchemaChange &c : comparison->changes())
        changes << SchemaChange::kindCode(c.kind) + u' ' + c.subject();
    QVERIFY2(changes.contains(u"drop-table genres"_s), qPrintable(changes.join(u", "_s)));
    QCOMPARE(comparison->removedTables().size(), 1);
}

// Database > Update Design from Database on a database made from the example and changed by
// hand: a column and a table added there, a table dropped. The design takes them in one undo
// step, asks before removing the table, keeps the rest where it was, and undo brings it back.
void tst_DiagramCompare::updateDesignFromDatabase()
{
    QFETCH(QString, engine);
    const QString seed = QStringLiteral(SCHEMATA_RESOURCES "/examples/seed-models.xml");
    DesignReader reader;
    QVERIFY(DesignFile::load(seed, &reader));
    QString error;
    const QString url = TestDatabases::freshDatabase(engine, u"tst_update_design"_s, &error);
    QVERIFY2(!url.isEmpty(), qPrintable(error));
    const DatabaseAddress address = *DatabaseAddress::parse(url, &error);
    {
        Connection connection;
        QVERIFY2(connection.open(address, Connection::Mode::CreateIfMissing, &error),
            qPrintable(error));
        const ApplyResult applied = SchemaApplier(connection).apply(reader.schema());
        QVERIFY2(applied.ok, qPrintable(applied.error));
        QSqlQuery sql(connection.database());
        QVERIFY(Sql::exec(sql, u"ALTER TABLE post ADD COLUMN subtitle VARCHAR(40)"_s));
        QVERIFY(Sql::exec(sql, u"CREATE TABLE badge (id INTEGER PRIMARY KEY, user_id INTEGER "
                               "REFERENCES \"user\" (id))"_s.replace(u'"',
                                   engine == u"mysql" ? u'`' : u'"')));
        QVERIFY(Sql::exec(sql, u"DROP TABLE followers"_s));
    }

    MainWindow window;
    window.resize(1300, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(seed));
    const Schema before = window.schema();
    const int steps = window.document()->undoStack()->count();
    QString asked;
    const int dialogLoop = QThread::currentThread()->loopLevel() + 1;
    QTimer poll;
    poll.setInterval(20);
    connect(&poll, &QTimer::timeout, this, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || !modal->isVisible() || QThread::currentThread()->loopLevel() != dialogLoop)
            return;
        if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            // The question before removing tables; then, perhaps, what could not be merged.
            if (QAbstractButton *yes = box->button(QMessageBox::Yes)) {
                asked = box->text();
                yes->click();
            } else {
                box->accept();
            }
            return;
        }
        auto *dialog = qobject_cast<ImportDialog *>(modal);
        if (!dialog || dialog->importedSchema())
            return;
        QCOMPARE(dialog->windowTitle(), u"Update Design from Database"_s);
        dialog->setDatabase(address);
        QSignalSpy finished(dialog, &ImportDialog::importFinished);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"import"_s), Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"open"_s), Qt::LeftButton);
    });
    poll.start();
    window.action(u"updateDesign"_s)->trigger();
    poll.stop();
    QVERIFY2(asked.contains(u"followers"_s), qPrintable(asked));

    const Schema &after = window.schema();
    QVERIFY(after.tableByName(u"badge"_s));
    QVERIFY(!after.tableByName(u"followers"_s));
    QVERIFY(after.tableByName(u"post"_s)->columnByName(u"subtitle"_s));
    QCOMPARE(after.tableByName(u"user"_s)->position, before.tableByName(u"user"_s)->position);
    QCOMPARE(after.tableByName(u"user"_s)->comment, before.tableByName(u"user"_s)->comment);
    // The new table is on the diagram, on no other card.
    TableItem *badge = window.scene()->tableItem(after.tableByName(u"badge"_s)->id);
    QVERIFY(badge);
    for (TableItem *other : window.scene()->tableItems())
        QVERIFY(other == badge || !other->cardRect().intersects(badge->cardRect()));
    // One step, and undone whole.
    QCOMPARE(window.document()->undoStack()->count(), steps + 1);
    window.document()->undoStack()->undo();
    QVERIFY(window.schema().tableByName(u"followers"_s));
    QVERIFY(!window.schema().tableByName(u"badge"_s));
    QVERIFY(!window.schema().tableByName(u"post"_s)->columnByName(u"subtitle"_s));
}

QTEST_MAIN(tst_DiagramCompare)
#include "tst_diagramcompare.moc"
