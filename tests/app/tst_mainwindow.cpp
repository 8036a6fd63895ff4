#include "diagram/diagramscene.h"
#include "diagram/diagramview.h"
#include "diagram/inlineeditor.h"
#include "diagram/tableitem.h"
#include "document/designdocument.h"
#include "mainwindow.h"
#include "schema/schema.h"
#include "xml/designfile.h"
#include "xml/designreader.h"

#include "filedialoganswer.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QLineEdit>
#include <QInputDialog>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QTreeWidget>
#include <QUndoStack>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

QString fixture(const QString &name)
{
    return QDir(QStringLiteral(SCHEMATA_FIXTURES)).filePath(name);
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A writable copy of a fixture (they are read-only).
QString copyOf(const QString &name, const QTemporaryDir &dir)
{
    const QString path = dir.filePath(name);
    QFile::remove(path);
    if (!QFile::copy(fixture(name), path))
        return {};
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return path;
}

// Triggers a window action that asks for a file, and picks `path` in the dialog; the window
// is active again afterwards, as a window manager makes it (the offscreen platform does not).
bool chooseFile(MainWindow &window, const QString &action, const QString &path)
{
    answerFileDialog(path);
    window.action(action)->trigger();
    window.activateWindow();
    return QTest::qWaitForWindowActive(&window);
}

// Drags a card by its header, by `offset` pixels on the screen, with the mouse.
void dragCard(MainWindow &window, ObjectId table, QPoint offset)
{
    TableItem *item = window.scene()->tableItem(table);
    window.view()->centerOn(item);
    QWidget *viewport = window.view()->viewport();
    const QPoint grab = window.view()->mapFromScene(item->mapToScene(item->headerRect().center()));
    QTest::mousePress(viewport, Qt::LeftButton, {}, grab);
    for (int i = 1; i <= 4; ++i)
        QTest::mouseMove(viewport, grab + offset * i / 4);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, grab + offset);
}

// The table's position in the file at `path` (as the designer reads it back).
QPointF positionInFile(const QString &path, const QString &table)
{
    DesignReader reader;
    if (!DesignFile::load(path, &reader))
        return QPointF(-1e9, -1e9);
    const Schema schema = reader.takeSchema();
    const Table *t = schema.tableByName(table);
    return t ? t->position : QPointF(-1e9, -1e9);
}

bool near(QPointF a, QPointF b)
{
    return std::abs(a.x() - b.x()) <= 1 && std::abs(a.y() - b.y()) <= 1;
}

} // namespace

class tst_MainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void opensDesign();
    void malformedFileKeepsOpenDesign();
    void opensAnotherDesignAfterDragAndSave();
    void journeyMoveSaveOpenAnotherEditSaveAs();
    void exportsDocumentationFromTheExportMenu();
    void dbmlJourney();
    void sqlScriptJourney();
    void exportsSqlAlchemyModels_data();
    void exportsSqlAlchemyModels();
};

void tst_MainWindow::initTestCase()
{
    // Recent files and window state go to a throwaway settings folder, not the user's.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"SchemataTests"_s);
    QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
    // The English plural forms, as the application installs them.
    auto *translator = new QTranslator(this);
    QVERIFY(translator->load(u":/i18n/schemata_en.qm"_s));
    QCoreApplication::installTranslator(translator);
}

void tst_MainWindow::opensDesign()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(
        QDir(QStringLiteral(SCHEMATA_FIXTURES)).filePath(u"24_jukebox_lewagon.xml"_s)));
    auto *tree = window.findChild<QTreeWidget *>(u"tableList"_s);
    QVERIFY(tree);
    QCOMPARE(tree->topLevelItemCount(), 5);
    QVERIFY(window.windowTitle().contains(u"24_jukebox_lewagon.xml"_s));
    QVERIFY(window.statusBar()->currentMessage().contains(u"5 tables"_s));
}

void tst_MainWindow::malformedFileKeepsOpenDesign()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openFile(
        QDir(QStringLiteral(SCHEMATA_FIXTURES)).filePath(u"17_warehouse_selfref.xml"_s)));
    const qsizetype tables = window.schema().tables().size();

    QTemporaryDir dir;
    const QString broken = dir.filePath(u"broken.xml"_s);
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("<sql>\n<table name=\"t\">\n<row name=\"a\">\n</table>\n</sql>\n");
    file.close();

    QString message;
    QTimer::singleShot(0, this, [&message] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (box) {
            message = box->text();
            box->accept();
        }
    });
    QVERIFY(!window.openFile(broken));
    QVERIFY2(message.contains(broken + u":4:8:"_s), qPrintable(message));
    QCOMPARE(window.schema().tables().size(), tables);
    QCOMPARE(window.findChild<QTreeWidget *>(u"tableList"_s)->topLevelItemCount(), tables);
}

void tst_MainWindow::opensAnotherDesignAfterDragAndSave()
{
    // Opening a design deletes the cards of the one before while one of them is selected
    // (the one just dragged): nothing may reach a card already deleted. Run under valgrind or
    // AddressSanitizer this fails on any such read, crash or not.
    QTemporaryDir dir;
    const QString designs[] = {copyOf(u"06_dnd_site_31tables_composite.xml"_s, dir),
        copyOf(u"07_art_des_nations_30tables.xml"_s, dir)};
    QVERIFY(!designs[0].isEmpty() && !designs[1].isEmpty());
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.openFile(designs[0]));
    for (int round = 1; round <= 4; ++round) {
        QApplication::processEvents();
        const QList<Table> &tables = window.schema().tables();
        const ObjectId dragged = tables.at(round * 7 % tables.size()).id;
        const QPointF before = window.schema().table(dragged)->position;
        dragCard(window, dragged, QPoint(60, 40));
        QVERIFY(window.schema().table(dragged)->position != before);
        QCOMPARE(window.scene()->selectedObjects(), QList<ObjectId> {dragged});
        QTest::keyClick(&window, Qt::Key_S, Qt::ControlModifier);
        QVERIFY(!window.document()->isModified());

        const QString next = designs[round % 2];
        QVERIFY(chooseFile(window, u"open"_s, next));
        QCOMPARE(window.document()->path(), next);
        QCOMPARE(window.scene()->tableItems().size(), window.schema().tables().size());
        QVERIFY(window.scene()->selectedObjects().isEmpty());
    }
}

void tst_MainWindow::journeyMoveSaveOpenAnotherEditSaveAs()
{
    QTemporaryDir dir;
    const QString first = copyOf(u"24_jukebox_lewagon.xml"_s, dir);
    const QString second = copyOf(u"19_wisor_postgresql_13tables.xml"_s, dir);
    const QString saveAs = dir.filePath(u"wisor_edited.xml"_s);
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));

    // File > Open the first design.
    QVERIFY(chooseFile(window, u"open"_s, first));
    QCOMPARE(window.document()->path(), first);
    QApplication::processEvents();

    // Select a table by clicking its card, then move it with the mouse.
    const Table &moved = window.schema().tables().at(1);
    const ObjectId movedId = moved.id;
    const QString movedName = moved.name;
    const QPointF from = moved.position;
    TableItem *item = window.scene()->tableItem(movedId);
    window.view()->centerOn(item);
    QWidget *viewport = window.view()->viewport();
    QTest::mouseClick(viewport, Qt::LeftButton, {},
        window.view()->mapFromScene(item->mapToScene(item->headerRect().center())));
    QCOMPARE(window.scene()->selectedObjects(), QList<ObjectId> {movedId});
    QUndoStack *stack = window.document()->undoStack();
    const int steps = stack->count();
    dragCard(window, movedId, QPoint(90, 60));
    QCOMPARE(stack->count(), steps + 1);
    const QPointF to = window.schema().table(movedId)->position;
    const qreal zoom = window.view()->zoom();
    QVERIFY2(near(to - from, QPointF(90, 60) / zoom),
        qPrintable(u"moved by %1,%2 at zoom %3"_s.arg((to - from).x()).arg((to - from).y()).arg(zoom)));

    // Ctrl+S: the file holds the move, and only the moved table's line changed.
    QTest::keyClick(&window, Qt::Key_S, Qt::ControlModifier);
    QVERIFY(!window.document()->isModified());
    QVERIFY(near(positionInFile(first, movedName), to));
    const QList<QByteArray> original = contents(fixture(u"24_jukebox_lewagon.xml"_s)).split('\n');
    const QList<QByteArray> saved = contents(first).split('\n');
    QCOMPARE(saved.size(), original.size());
    int changed = 0;
    for (qsizetype i = 0; i < saved.size(); ++i) {
        if (saved.at(i) != original.at(i)) {
            ++changed;
            QVERIFY2(saved.at(i).contains("<table ") && saved.at(i).contains(movedName.toUtf8()),
                saved.at(i).constData());
        }
    }
    QCOMPARE(changed, 1);

    // File > Open another, type a column on one of its cards, File > Save As.
    QVERIFY(chooseFile(window, u"open"_s, second));
    QCOMPARE(window.document()->path(), second);
    QApplication::processEvents();
    const ObjectId edited = window.schema().tables().first().id;
    const QString editedName = window.schema().tables().first().name;
    window.view()->showObject(edited);
    window.action(u"addColumn"_s)->trigger();
    QLineEdit *line = window.inlineEditor()->lineEdit();
    QVERIFY(line);
    QTest::keyClicks(line, u"reviewed_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP"_s);
    QTest::keyClick(line, Qt::Key_Return);
    QVERIFY(window.document()->isModified());
    QVERIFY(chooseFile(window, u"saveAs"_s, saveAs));
    QCOMPARE(window.document()->path(), saveAs);
    QVERIFY(!window.document()->isModified());
    QCOMPARE(contents(second), contents(fixture(u"19_wisor_postgresql_13tables.xml"_s)));
    {
        DesignReader reader;
        QVERIFY(DesignFile::load(saveAs, &reader));
        const Schema schema = reader.takeSchema();
        const Column *column
            = schema.tableByName(editedName)->columnByName(u"reviewed_at"_s);
        QVERIFY(column);
        QCOMPARE(column->datatype, u"TIMESTAMP"_s);
        QVERIFY(!column->nullable);
        QCOMPARE(column->defaultValue, DefaultValue::text(u"CURRENT_TIMESTAMP"_s));
    }

    // Reopen the first: the table is where it was moved to.
    QVERIFY(chooseFile(window, u"open"_s, first));
    QCOMPARE(window.document()->path(), first);
    QVERIFY(near(window.schema().tableByName(movedName)->position, to));
    QVERIFY(near(window.scene()->tableItem(window.schema().tableByName(movedName)->id)->pos(), to));
}

// A design made by someone else (Cyrillic names, comments), documented from File > Export:
// the Markdown page with its diagram beside it, then the HTML page, both naming every table.
void tst_MainWindow::exportsDocumentationFromTheExportMenu()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString design = copyOf(u"04_rtdbus_sqlite_cyrillic.xml"_s, dir);
    QVERIFY(!design.isEmpty());
    QVERIFY(window.openFile(design));
    auto *exportMenu = window.menuBar()->findChild<QMenu *>(u"exportMenu"_s);
    QVERIFY(exportMenu);
    QStringList items;
    for (QAction *a : exportMenu->actions()) {
        if (!a->isSeparator())
            items << a->objectName();
    }
    QCOMPARE(items,
        QStringList({u"exportImage"_s, u"exportSql"_s, u"exportDocs"_s, u"exportDbml"_s,
            u"exportMermaid"_s, u"exportModels"_s, u"exportJson"_s}));
    QVERIFY(exportMenu->actions().contains(window.action(u"exportDocs"_s)));

    const QString markdown = dir.filePath(u"docs/rtdbus.md"_s);
    QVERIFY(QDir(dir.path()).mkpath(u"docs"_s));
    QVERIFY(chooseFile(window, u"exportDocs"_s, markdown));
    const QString text = QString::fromUtf8(contents(markdown));
    QVERIFY(text.contains(u"![Diagram](rtdbus.svg)"_s));
    QVERIFY(contents(dir.filePath(u"docs/rtdbus.svg"_s)).contains("<svg"));
    // Headings name every table, with Markdown's emphasis marks escaped.
    for (const Table &t : window.schema().tables()) {
        const QString heading = QString(t.name).replace(u'_', u"\\_"_s);
        QVERIFY2(text.contains(u"\n## "_s + heading + u'\n'), qPrintable(t.name));
    }

    const QString html = dir.filePath(u"rtdbus.html"_s);
    QVERIFY(chooseFile(window, u"exportDocs"_s, html));
    QXmlStreamReader page(contents(html));
    int sections = 0;
    while (!page.atEnd()) {
        page.readNext();
        if (page.isStartElement() && page.name() == u"section"
            && page.attributes().value(u"id"_s).startsWith(u"table-"_s))
            ++sections;
    }
    QVERIFY2(!page.hasError(), qPrintable(page.errorString()));
    QCOMPARE(sections, window.schema().tables().size());
    // The design is what it was: exporting is not an edit.
    QVERIFY(!window.document()->isModified());
}

// A DBML file written in dbdiagram.io's style: File > Import > DBML opens it as a new, unsaved
// design laid out without overlaps; File > Export > DBML and Mermaid write it back; a broken file
// is refused with its line and column, and the open design stays.
void tst_MainWindow::dbmlJourney()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString dbml = dir.filePath(u"shop.dbml"_s);
    QFile file(dbml);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"(// An online shop
Table users {
  id integer [pk, increment]
  email varchar(255) [not null, unique, note: 'Where we write']
}
Table orders {
  id integer [pk]
  user_id integer [ref: > users.id]
  status order_status
}
Table order_items {
  order_id integer
  product_id integer
  quantity int [default: 1]
  indexes { (order_id, product_id) [pk] }
}
Table products { id integer [pk] }
Enum order_status { created
  shipped }
Ref: order_items.order_id > orders.id [delete: cascade]
Ref: order_items.product_id > products.id
)");
    file.close();

    MainWindow window;
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *importMenu = window.menuBar()->findChild<QMenu *>(u"importMenu"_s);
    QVERIFY(importMenu && importMenu->actions().contains(window.action(u"importDbml"_s)));
    QVERIFY(chooseFile(window, u"importDbml"_s, dbml));
    const Schema &schema = window.schema();
    QCOMPARE(schema.tables().size(), 4);
    QCOMPARE(schema.foreignKeyCount(), 3);
    QVERIFY(window.document()->isModified()); // made here: unsaved
    QCOMPARE(schema.tableByName(u"orders"_s)->columnByName(u"status"_s)->datatype,
        u"ENUM('created','shipped')"_s);
    // Laid out: no card on another.
    const QList<TableItem *> cards = window.scene()->tableItems();
    for (TableItem *a : cards) {
        for (TableItem *b : cards)
            QVERIFY(a == b || !a->cardRect().intersects(b->cardRect()));
    }

    const QString out = dir.filePath(u"back.dbml"_s);
    QVERIFY(chooseFile(window, u"exportDbml"_s, out));
    const QString written = QString::fromUtf8(contents(out));
    QVERIFY(written.contains(u"Table order_items"_s));
    QVERIFY(written.contains(u"delete: cascade"_s));
    const QString mermaid = dir.filePath(u"shop.mmd"_s);
    QVERIFY(chooseFile(window, u"exportMermaid"_s, mermaid));
    QVERIFY(contents(mermaid).startsWith("erDiagram"));

    const QString broken = dir.filePath(u"broken.dbml"_s);
    QFile brokenFile(broken);
    QVERIFY(brokenFile.open(QIODevice::WriteOnly));
    brokenFile.write("Table a {\n  id integer [pk\n}\n");
    brokenFile.close();
    // The message box comes after the file dialog closes: wait for it, whenever that is.
    QString message;
    QTimer poll;
    poll.setInterval(20);
    connect(&poll, &QTimer::timeout, this, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || !box->isVisible())
            return;
        poll.stop();
        message = box->text();
        box->accept();
    });
    poll.start();
    QVERIFY(chooseFile(window, u"importDbml"_s, broken));
    QVERIFY2(message.startsWith(u"broken.dbml:"_s), qPrintable(message));
    QCOMPARE(schema.tables().size(), 4);
}

// A mysqldump-style script: File > Import > SQL Script guesses MariaDB from what only its scripts
// have, says so, reads the script as the dialect confirmed, opens the tables as a new design and
// lists the statements it skipped in the Problems panel.
void tst_MainWindow::sqlScriptJourney()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"shop.sql"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"(/*!40101 SET NAMES utf8mb4 */;
DROP TABLE IF EXISTS `customer`;
CREATE TABLE `customer` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `email` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `email` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `order` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `customer_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `customer_id` (`customer_id`),
  CONSTRAINT `order_ibfk_1` FOREIGN KEY (`customer_id`) REFERENCES `customer` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
LOCK TABLES `customer` WRITE;
INSERT INTO `customer` VALUES (1,'a@example.org');
UNLOCK TABLES;
)");
    file.close();

    MainWindow window;
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QString asked;
    QTimer::singleShot(400, this, [&asked] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        asked = dialog->labelText() + u" -> "_s + dialog->textValue();
        dialog->accept();
    });
    QVERIFY(chooseFile(window, u"importSqlScript"_s, path));
    QVERIFY2(asked.contains(u"MariaDB"_s) && asked.contains(u"backquotes"_s), qPrintable(asked));
    const Schema &schema = window.schema();
    QCOMPARE(schema.tables().size(), 2);
    QCOMPARE(schema.foreignKeyCount(), 1);
    QVERIFY(schema.tableByName(u"order"_s));
    QVERIFY(window.document()->isModified());
    // What was skipped is said, statement by statement, with its line.
    auto *problems = window.findChild<QTreeWidget *>(u"problemsPanel"_s);
    QStringList listed;
    for (int i = 0; problems && i < problems->topLevelItemCount(); ++i)
        listed << problems->topLevelItem(i)->text(0);
    QVERIFY2(listed.join(u'\n').contains(u"shop.sql:17:1"_s), qPrintable(listed.join(u'\n')));
}

// File > Export SQLAlchemy Models: the file type chooses the style and the factories; the module
// is saved beside the design, with .py added when the name has no suffix.
void tst_MainWindow::exportsSqlAlchemyModels_data()
{
    QTest::addColumn<QString>("fileType");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("absent");
    QTest::newRow("declarative") << u"SQLAlchemy models, declarative (*.py)"_s
                                 << u"class User(Base):\n"_s << u"factory"_s;
    QTest::newRow("classical") << u"SQLAlchemy models, classical mapping (*.py)"_s
                               << u"def start_mappers():\n"_s << u"declarative_base"_s;
    QTest::newRow("factories") << u"SQLAlchemy models with factory_boy factories (*.py)"_s
                               << u"class PostFactory(factory.alchemy.SQLAlchemyModelFactory):\n"_s
                               << u"start_mappers"_s;
}

void tst_MainWindow::exportsSqlAlchemyModels()
{
    QFETCH(QString, fileType);
    QFETCH(QString, expected);
    QFETCH(QString, absent);
    QTemporaryDir dir;
    const QString design = dir.filePath(u"seed-models.xml"_s);
    QVERIFY(QFile::copy(QStringLiteral(SCHEMATA_RESOURCES "/examples/seed-models.xml"), design));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(design));
    auto *exportMenu = window.menuBar()->findChild<QMenu *>(u"exportMenu"_s);
    QVERIFY(exportMenu && exportMenu->actions().contains(window.action(u"exportModels"_s)));

    answerFileDialog(dir.filePath(u"models"_s), 250, fileType);
    window.action(u"exportModels"_s)->trigger();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    const QString text = QString::fromUtf8(contents(dir.filePath(u"models.py"_s)));
    QVERIFY2(text.contains(expected), qPrintable(text));
    QVERIFY(!text.contains(absent));
    QVERIFY(window.statusBar()->currentMessage().contains(u"models.py"_s));
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
