// The designer window driven as a user would: toolbar, typing on the card, dragging a relation,
// many-to-many, undo to empty and redo, save and reopen, image export, crash recovery.
#include "browser/browserpane.h"
#include "browser/tablemodel.h"
#include "diagram/diagramexport.h"
#include "diagram/diagramscene.h"
#include "diagram/diagramview.h"
#include "diagram/inlineeditor.h"
#include "diagram/tableitem.h"
#include "document/designdocument.h"
#include "document/designeditor.h"
#include "exampledatabase.h"
#include "mainwindow.h"
#include "xml/designfile.h"
#include "xml/designwriter.h"

#include <QApplication>
#include <QDir>
#include <QGraphicsLineItem>
#include <QDockWidget>
#include <QImage>
#include <QLineEdit>
#include <QMessageBox>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace {

QLineEdit *inlineEditor(MainWindow &window)
{
    return window.inlineEditor()->lineEdit();
}

void typeIntoInlineEditor(MainWindow &window, const QString &text, Qt::Key finish)
{
    QLineEdit *line = inlineEditor(window);
    QVERIFY(line);
    QVERIFY(line->isVisible());
    line->selectAll();
    QTest::keyClicks(line, text);
    QTest::keyClick(line, finish);
}

// The viewport point of a column's row (its middle, a little in from the left edge).
QPoint rowPoint(MainWindow &window, ObjectId table, const QString &column)
{
    TableItem *item = window.scene()->tableItem(table);
    const Table *t = window.schema().table(table);
    const int row = item->rowOf(t->columnByName(column)->id);
    const QRectF rect = item->mapRectToScene(item->rowRect(row));
    return window.view()->mapFromScene(QPointF(rect.left() + 40, rect.center().y()));
}

// The part of the diagram the view shows.
QRectF visibleRect(MainWindow &window)
{
    return window.view()->mapToScene(window.view()->viewport()->rect()).boundingRect();
}

bool noCardsOverlap(MainWindow &window)
{
    const QList<TableItem *> items = window.scene()->tableItems();
    for (qsizetype i = 0; i < items.size(); ++i) {
        for (qsizetype j = i + 1; j < items.size(); ++j) {
            if (items.at(i)->cardRect().intersects(items.at(j)->cardRect()))
                return false;
        }
    }
    return true;
}

bool isBlank(const QImage &image)
{
    const QRgb first = image.pixel(0, 0);
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            if (image.pixel(x, y) != first)
                return false;
        }
    }
    return true;
}

} // namespace

class tst_DesignerWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void drawAndUndoEverything();
    void exportsWholeDiagram();
    void resizesAreaByItsGrip();
    void autoLayoutKeepsPinnedTables();
    void exampleOpensWithItsRows();
    void recoversAfterCrash();
    void unsavedChangesPrompt();
    void typesConstraintsOnCard();
    void doubleClickAddsTableAndEditsItsName();
    void newTablesDoNotOverlap();
    void escapeLeavesRelationTool();
    void fitCentresDiagram();
    void autoLayoutShowsWholeDiagram();
    void opensAtReadableZoom();
    void redoOnCtrlY();

private:
    QTemporaryDir m_dir;
};

void tst_DesignerWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"SchemataTests"_s);
    QCoreApplication::setApplicationName(u"tst_designerwindow"_s);
    QVERIFY(m_dir.isValid());
}

void tst_DesignerWindow::drawAndUndoEverything()
{
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const Schema &schema = window.schema();
    QUndoStack *stack = window.document()->undoStack();

    // A table from the toolbar; its name typed on the card.
    auto *toolBar = window.findChild<QToolBar *>(u"mainToolBar"_s);
    QVERIFY(toolBar);
    auto *addButton
        = qobject_cast<QToolButton *>(toolBar->widgetForAction(window.action(u"addTable"_s)));
    QVERIFY(addButton);
    QTest::mouseClick(addButton, Qt::LeftButton);
    QCOMPARE(schema.tables().size(), 1);
    typeIntoInlineEditor(window, u"author"_s, Qt::Key_Return);
    QCOMPARE(schema.tables().first().name, u"author"_s);
    const ObjectId author = schema.tables().first().id;

    // Its columns typed one after the other: "name TYPE", Tab goes on to the next.
    window.scene()->selectObjects({author});
    window.action(u"addColumn"_s)->trigger();
    typeIntoInlineEditor(window, u"name VARCHAR(100)"_s, Qt::Key_Tab);
    typeIntoInlineEditor(window, u"email VARCHAR(255)"_s, Qt::Key_Return);
    QCOMPARE(schema.table(author)->columns.size(), 3);
    QCOMPARE(schema.table(author)->columns.at(1).name, u"name"_s);
    QCOMPARE(schema.table(author)->columns.at(1).datatype, u"VARCHAR(100)"_s);
    QCOMPARE(schema.table(author)->columns.at(2).name, u"email"_s);
    QCOMPARE(schema.table(author)->columns.at(2).datatype, u"VARCHAR(255)"_s);

    // On the card: Alt+Up moves a column, clearing its text deletes it.
    const ObjectId emailId = schema.table(author)->columns.at(2).id;
    window.inlineEditor()->editColumn(author, emailId);
    QTest::keyClick(inlineEditor(window), Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(schema.table(author)->columns.at(1).id, emailId);
    QCOMPARE(inlineEditor(window)->text(), u"email VARCHAR(255)"_s);
    inlineEditor(window)->clear();
    QTest::keyClick(inlineEditor(window), Qt::Key_Return);
    QCOMPARE(schema.table(author)->columns.size(), 2);
    QVERIFY(!schema.table(author)->column(emailId));
    window.action(u"undo"_s)->trigger();
    window.action(u"undo"_s)->trigger();
    QCOMPARE(schema.table(author)->columns.at(2).id, emailId);

    // A second table to the right, with a column that will reference author.id.
    const ObjectId book
        = window.editor()->addTable(schema.table(author)->position + QPointF(400, 0), u"book"_s);
    window.scene()->selectObjects({book});
    window.action(u"addColumn"_s)->trigger();
    typeIntoInlineEditor(window, u"author_id INTEGER"_s, Qt::Key_Return);
    QCOMPARE(schema.table(book)->columns.size(), 2);
    window.view()->fitToWindow();
    QApplication::processEvents();

    // Connect by dragging from book.author_id to author.id with the relation tool.
    window.action(u"connect"_s)->setChecked(true);
    QWidget *viewport = window.view()->viewport();
    const QPoint from = rowPoint(window, book, u"author_id"_s);
    const QPoint to = rowPoint(window, author, u"id"_s);
    QTest::mousePress(viewport, Qt::LeftButton, {}, from);
    QTest::mouseMove(viewport, (from + to) / 2);
    QTest::mouseMove(viewport, to);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
    window.action(u"connect"_s)->setChecked(false);
    QCOMPARE(schema.table(book)->foreignKeys.size(), 1);
    const ForeignKey &fk = schema.table(book)->foreignKeys.first();
    QCOMPARE(fk.referencedTable, author);
    QCOMPARE(fk.parts.first().column, schema.table(book)->columnByName(u"author_id"_s)->id);
    QCOMPARE(fk.parts.first().referencedColumn, schema.table(author)->columnByName(u"id"_s)->id);

    // A many-to-many between the two selected tables.
    window.scene()->selectObjects({author, book});
    QVERIFY(window.action(u"manyToMany"_s)->isEnabled());
    window.action(u"manyToMany"_s)->trigger();
    QCOMPARE(schema.tables().size(), 3);
    const Table &association = schema.tables().last();
    QCOMPARE(association.foreignKeys.size(), 2);
    QCOMPARE(association.primaryKey()->parts.size(), 2);

    // Drag the association table: one undo step.
    const int beforeDrag = stack->count();
    window.scene()->clearSelection();
    TableItem *item = window.scene()->tableItem(association.id);
    const QPoint grab = window.view()->mapFromScene(item->mapToScene(item->headerRect().center()));
    const QPointF oldPosition = association.position;
    QTest::mousePress(viewport, Qt::LeftButton, {}, grab);
    for (int i = 1; i <= 5; ++i)
        QTest::mouseMove(viewport, grab + QPoint(10 * i, 6 * i));
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, grab + QPoint(50, 30));
    QCOMPARE(stack->count(), beforeDrag + 1);
    QVERIFY(schema.tables().last().position != oldPosition);

    // Save, and reopen equal.
    const QString path = m_dir.filePath(u"drawn.xml"_s);
    QVERIFY(window.saveFile(path));
    QVERIFY(!window.document()->isModified());
    const QByteArray saved = DesignWriter::write(schema);
    {
        MainWindow other;
        QVERIFY(other.openFile(path));
        QCOMPARE(DesignWriter::write(other.schema()), saved);
        QCOMPARE(other.scene()->tableItems().size(), 3);
    }

    // Undo everything back to an empty design, then redo it all.
    const int steps = stack->count();
    QVERIFY(steps >= 8);
    while (stack->canUndo())
        window.action(u"undo"_s)->trigger();
    QVERIFY(schema.tables().isEmpty());
    QVERIFY(window.scene()->tableItems().isEmpty());
    QVERIFY(window.scene()->relationItems().isEmpty());
    while (stack->canRedo())
        window.action(u"redo"_s)->trigger();
    QCOMPARE(DesignWriter::write(schema), saved);
    QCOMPARE(window.scene()->tableItems().size(), 3);
    QVERIFY(!window.document()->isModified());
}

void tst_DesignerWindow::exportsWholeDiagram()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openFile(QStringLiteral(SCHEMATA_RESOURCES "/examples/seed-models.xml")));
    // Zoomed in on one corner: the export still holds every table.
    window.view()->setZoom(3);
    const QRectF source = DiagramExport::sourceRect(window.scene());
    for (const Table &t : window.schema().tables())
        QVERIFY(source.contains(window.scene()->tableItem(t.id)->sceneBoundingRect()));

    QString error;
    const QString png = m_dir.filePath(u"seed.png"_s);
    QVERIFY2(DiagramExport::save(window.scene(), png, DiagramExport::Format::Png, &error),
        qPrintable(error));
    QImage image(png);
    QVERIFY(!image.isNull());
    QCOMPARE(image.width(), qCeil(source.width() * DiagramExport::PngScale));
    QVERIFY(!isBlank(image));

    const QString svg = m_dir.filePath(u"seed.svg"_s);
    QVERIFY2(DiagramExport::save(window.scene(), svg, DiagramExport::Format::Svg, &error),
        qPrintable(error));
    QSvgRenderer renderer(svg);
    QVERIFY(renderer.isValid());
    QImage rendered(renderer.defaultSize(), QImage::Format_ARGB32);
    rendered.fill(Qt::white);
    QPainter painter(&rendered);
    renderer.render(&painter);
    painter.end();
    QVERIFY(!isBlank(rendered));
    QFile svgFile(svg);
    QVERIFY(svgFile.open(QIODevice::ReadOnly));
    const QByteArray svgText = svgFile.readAll();
    QVERIFY(svgText.contains("content_category")); // text stays text

    const QString pdf = m_dir.filePath(u"seed.pdf"_s);
    QVERIFY2(DiagramExport::save(window.scene(), pdf, DiagramExport::Format::Pdf, &error),
        qPrintable(error));
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    QVERIFY(pdfFile.read(5) == "%PDF-");

    // A failed export leaves the previous file as it was.
    QVERIFY(!DiagramExport::save(window.scene(), m_dir.filePath(u"missing/dir/x.png"_s),
        DiagramExport::Format::Png, &error));
    QVERIFY(!error.isEmpty());
}

void tst_DesignerWindow::resizesAreaByItsGrip()
{
    MainWindow window;
    window.resize(1000, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const ObjectId area = window.editor()->addArea(QRectF(0, 0, 200, 120), u"Billing"_s);
    window.view()->resetZoom();
    window.view()->centerOn(100, 60);
    window.scene()->selectObjects({area});
    QUndoStack *stack = window.document()->undoStack();
    const int steps = stack->count();
    QWidget *viewport = window.view()->viewport();
    const QPoint grip = window.view()->mapFromScene(QPointF(196, 116));
    const QPoint target = window.view()->mapFromScene(QPointF(296, 176));
    QTest::mousePress(viewport, Qt::LeftButton, {}, grip);
    QTest::mouseMove(viewport, (grip + target) / 2);
    QTest::mouseMove(viewport, target);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, target);
    QCOMPARE(stack->count(), steps + 1);
    const Area &a = window.schema().areas().first();
    QCOMPARE(a.geometry.topLeft(), QPointF(0, 0));
    QVERIFY2(std::abs(a.geometry.width() - 300) <= 2 && std::abs(a.geometry.height() - 180) <= 2,
        qPrintable(QStringLiteral("%1 x %2").arg(a.geometry.width()).arg(a.geometry.height())));
    stack->undo();
    QCOMPARE(window.schema().areas().first().geometry, QRectF(0, 0, 200, 120));
}

void tst_DesignerWindow::autoLayoutKeepsPinnedTables()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openFile(QStringLiteral(SCHEMATA_RESOURCES "/examples/seed-models.xml")));
    const Schema &schema = window.schema();
    const ObjectId task = schema.tableByName(u"task"_s)->id;
    window.scene()->selectObjects({task});
    window.action(u"pin"_s)->trigger();
    QVERIFY(schema.table(task)->pinned);
    const QPointF pinnedAt = schema.table(task)->position;
    // Pile every other table on one spot, then lay out.
    QHash<ObjectId, QPointF> pile;
    for (const Table &t : schema.tables()) {
        if (t.id != task)
            pile.insert(t.id, QPointF(500, 500));
    }
    QVERIFY(window.editor()->setPositions(pile, u"pile"_s));
    const int steps = window.document()->undoStack()->count();
    window.action(u"autoLayout"_s)->trigger();
    QCOMPARE(window.document()->undoStack()->count(), steps + 1);
    QCOMPARE(schema.table(task)->position, pinnedAt);
    const QList<TableItem *> items = window.scene()->tableItems();
    for (qsizetype i = 0; i < items.size(); ++i) {
        for (qsizetype j = i + 1; j < items.size(); ++j)
            QVERIFY2(!items.at(i)->cardRect().intersects(items.at(j)->cardRect()),
                qPrintable(items.at(i)->name() + u" overlaps "_s + items.at(j)->name()));
    }
    // Parents left of their children: user before post.
    QVERIFY(
        schema.tableByName(u"user"_s)->position.x() < schema.tableByName(u"post"_s)->position.x());
    window.document()->undoStack()->undo();
    QCOMPARE(schema.tableByName(u"user"_s)->position, QPointF(500, 500));
}

void tst_DesignerWindow::exampleOpensWithItsRows()
{
    // The embedded default: made on first use in the (test-mode) data folder, reused after.
    QDir(ExampleDatabase::folder()).removeRecursively();
    QString error;
    QVERIFY2(ExampleDatabase::ensure(&error, 25), qPrintable(error));
    QVERIFY(QFile::exists(ExampleDatabase::designPath()));
    QVERIFY(!QFile::exists(ExampleDatabase::databasePath() + u".part"_s));
    const QDateTime made = QFileInfo(ExampleDatabase::databasePath()).lastModified();
    QVERIFY(ExampleDatabase::ensure(&error));
    QCOMPARE(QFileInfo(ExampleDatabase::databasePath()).lastModified(), made);
    int users = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"example"_s);
        db.setDatabaseName(ExampleDatabase::databasePath());
        QVERIFY(db.open());
        QSqlQuery q(u"SELECT COUNT(*) FROM \"user\""_s, db);
        QVERIFY(q.next());
        users = q.value(0).toInt();
    }
    QSqlDatabase::removeDatabase(u"example"_s);
    QCOMPARE(users, 25);

    MainWindow window;
    window.show();
    QVERIFY(window.openFile(ExampleDatabase::designPath()));
    QVERIFY(window.openDatabase(ExampleDatabase::databasePath()));
    QCOMPARE(window.findChild<QStackedWidget *>()->currentWidget(), window.browser());
    window.browser()->showTable(u"user"_s);
    QTRY_VERIFY(window.browser()->model());
    QTRY_COMPARE(window.browser()->model()->rowCount(), users);
    auto *properties = window.findChild<QDockWidget *>(u"propertiesDock"_s);
    QVERIFY(properties && !properties->isVisible()); // the designer's panels step aside
    window.action(u"showDesign"_s)->trigger();
    QCOMPARE(window.findChild<QStackedWidget *>()->currentWidget(), window.view());
    QVERIFY(properties->isVisible());
}

void tst_DesignerWindow::recoversAfterCrash()
{
    for (const QString &f : MainWindow::pendingRecoveries())
        QFile::remove(f);
    QString recovery;
    {
        auto *crashed = new MainWindow;
        crashed->editor()->addTable({0, 0}, u"unsaved_work"_s);
        crashed->writeRecovery();
        recovery = crashed->recoveryPath();
        QVERIFY(QFile::exists(recovery));
        // A crash: the window never closes; simulate by leaking the recovery file.
        QFile::copy(recovery, recovery + u".keep"_s);
        delete crashed;
        QFile::rename(recovery + u".keep"_s, recovery);
    }
    QVERIFY(MainWindow::pendingRecoveries().contains(recovery));

    MainWindow window;
    QTimer::singleShot(0, this, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->button(QMessageBox::Yes)->click();
    });
    QVERIFY(window.offerRecovery());
    QVERIFY(window.schema().tableByName(u"unsaved_work"_s));
    QVERIFY(window.document()->isModified());
    QVERIFY(MainWindow::pendingRecoveries().isEmpty());
}

void tst_DesignerWindow::unsavedChangesPrompt()
{
    MainWindow window;
    window.show();
    window.editor()->addTable({0, 0}, u"pending"_s);
    // Cancel keeps the window open and the design.
    QTimer::singleShot(0, this, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->button(QMessageBox::Cancel)->click();
    });
    QVERIFY(!window.close());
    QVERIFY(window.schema().tableByName(u"pending"_s));
    // Discard closes.
    QTimer::singleShot(0, this, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->button(QMessageBox::Discard)->click();
    });
    QVERIFY(window.close());
}

void tst_DesignerWindow::typesConstraintsOnCard()
{
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    const Schema &schema = window.schema();
    QUndoStack *stack = window.document()->undoStack();
    const ObjectId book = window.editor()->addTable({0, 0}, u"book"_s);
    window.view()->showObject(book);

    // "NOT NULL" is the column's nullability, not part of its type: one undo step.
    int steps = stack->count();
    window.action(u"addColumn"_s)->trigger();
    typeIntoInlineEditor(window, u"title VARCHAR(200) NOT NULL"_s, Qt::Key_Return);
    QCOMPARE(stack->count(), steps + 1);
    const ObjectId title = schema.table(book)->columnByName(u"title"_s)->id;
    QCOMPARE(schema.table(book)->column(title)->datatype, u"VARCHAR(200)"_s);
    QVERIFY(!schema.table(book)->column(title)->nullable);

    // A default with a space, UNIQUE and NOT NULL at once; Tab goes on to a new column.
    steps = stack->count();
    window.action(u"addColumn"_s)->trigger();
    typeIntoInlineEditor(
        window, u"isbn char(13) unique default '000 000' not null"_s, Qt::Key_Tab);
    QCOMPARE(stack->count(), steps + 1);
    QVERIFY(inlineEditor(window)); // the next column's editor
    QTest::keyClick(inlineEditor(window), Qt::Key_Escape);
    const Column *isbn = schema.table(book)->columnByName(u"isbn"_s);
    QVERIFY(isbn);
    QCOMPARE(isbn->datatype, u"char(13)"_s);
    QVERIFY(!isbn->nullable);
    QCOMPARE(isbn->defaultValue, DefaultValue::text(u"000 000"_s));
    const Key &unique = schema.table(book)->keys.last();
    QCOMPARE(unique.type, Key::Unique);
    QVERIFY(unique.parts.size() == 1 && unique.contains(isbn->id));

    // The card shows a column's whole definition; PRIMARY KEY adds it to the primary key.
    window.inlineEditor()->editColumn(book, title);
    QCOMPARE(inlineEditor(window)->text(), u"title VARCHAR(200) NOT NULL"_s);
    steps = stack->count();
    typeIntoInlineEditor(window, u"title VARCHAR(200) PRIMARY KEY"_s, Qt::Key_Return);
    QCOMPARE(stack->count(), steps + 1);
    QCOMPARE(schema.table(book)->primaryKey()->parts.size(), 2);
    QVERIFY(schema.table(book)->primaryKey()->contains(title));
    window.action(u"undo"_s)->trigger();
    QCOMPARE(schema.table(book)->primaryKey()->parts.size(), 1);
    QVERIFY(!schema.table(book)->column(title)->nullable);

    // A mistyped constraint is not taken as part of the type: the editor stays, with why.
    steps = stack->count();
    window.inlineEditor()->editColumn(book, title);
    typeIntoInlineEditor(window, u"title VARCHAR(200) NOT NUL"_s, Qt::Key_Return);
    QVERIFY(inlineEditor(window) && inlineEditor(window)->isVisible());
    QVERIFY(!inlineEditor(window)->toolTip().isEmpty());
    QCOMPARE(stack->count(), steps);
    QTest::keyClick(inlineEditor(window), Qt::Key_Escape);
    QVERIFY(!inlineEditor(window));
    QCOMPARE(schema.table(book)->column(title)->datatype, u"VARCHAR(200)"_s);
}

void tst_DesignerWindow::doubleClickAddsTableAndEditsItsName()
{
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    const Schema &schema = window.schema();
    const ObjectId first = window.editor()->addTable({0, 0}, u"first"_s);
    window.view()->resetZoom();
    window.view()->centerOn(0, 0);

    // Just left of the card: a new card there would cover it.
    QWidget *viewport = window.view()->viewport();
    QTest::mouseDClick(viewport, Qt::LeftButton, {}, window.view()->mapFromScene(-50, 10));
    QCOMPARE(schema.tables().size(), 2);
    const ObjectId added = schema.tables().last().id;
    QVERIFY(inlineEditor(window));
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(inlineEditor(window)));
    // Typed where the keyboard is, as a user does.
    QTest::keyClicks(QApplication::focusWidget(), u"customer"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(schema.table(added)->name, u"customer"_s);
    QVERIFY(!window.scene()->tableItem(first)->cardRect().intersects(
        window.scene()->tableItem(added)->cardRect()));
}

void tst_DesignerWindow::newTablesDoNotOverlap()
{
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    // Insert > Table four times without moving the view: each lands beside the others.
    for (int i = 0; i < 4; ++i) {
        window.action(u"addTable"_s)->trigger();
        QVERIFY(inlineEditor(window));
        QTest::keyClick(inlineEditor(window), Qt::Key_Return);
    }
    QCOMPARE(window.scene()->tableItems().size(), 4);
    QVERIFY(noCardsOverlap(window));
}

void tst_DesignerWindow::escapeLeavesRelationTool()
{
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    const Schema &schema = window.schema();
    const ObjectId author = window.editor()->addTable({0, 0}, u"author"_s);
    const ObjectId book = window.editor()->addTable({300, 0}, u"book"_s);
    window.editor()->addColumn(book, u"author_id"_s, u"INTEGER"_s);
    window.view()->resetZoom();
    window.view()->centerOn(200, 40);
    QAction *tool = window.action(u"connect"_s);

    tool->trigger();
    QVERIFY(tool->isChecked());
    QCOMPARE(window.scene()->tool(), DiagramScene::Tool::Connect);
    QVERIFY(QApplication::focusWidget());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QVERIFY(!tool->isChecked());
    QCOMPARE(window.scene()->tool(), DiagramScene::Tool::Select);
    QCOMPARE(window.view()->dragMode(), QGraphicsView::RubberBandDrag);

    // Escape in the middle of dragging a relation drops it.
    tool->trigger();
    QWidget *viewport = window.view()->viewport();
    const QPoint from = rowPoint(window, book, u"author_id"_s);
    const QPoint to = rowPoint(window, author, u"id"_s);
    QTest::mousePress(viewport, Qt::LeftButton, {}, from);
    QTest::mouseMove(viewport, (from + to) / 2);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTest::mouseMove(viewport, to);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
    QVERIFY(!tool->isChecked());
    QVERIFY(schema.table(book)->foreignKeys.isEmpty());
    for (QGraphicsItem *item : window.scene()->items())
        QVERIFY(item->type() != QGraphicsLineItem::Type); // no connection line left behind
}

void tst_DesignerWindow::fitCentresDiagram()
{
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    // A wide, flat design; one card went far up and came back, as cards do while arranging.
    QList<ObjectId> tables;
    for (int i = 0; i < 3; ++i)
        tables.append(window.editor()->addTable({i * 800.0, 0}, u"t%1"_s.arg(i)));
    QApplication::processEvents();
    QVERIFY(window.editor()->setPositions({{tables.first(), QPointF(0, -1500)}}, u"up"_s));
    QApplication::processEvents();
    QVERIFY(window.editor()->setPositions({{tables.first(), QPointF(0, 0)}}, u"down"_s));
    QApplication::processEvents();

    QTest::keyClick(&window, Qt::Key_9, Qt::ControlModifier);
    const QRectF content = window.scene()->contentRect();
    QVERIFY(visibleRect(window).contains(content));
    const QPointF centre = window.view()->mapFromScene(content.center());
    const QPointF middle = QRectF(window.view()->viewport()->rect()).center();
    QVERIFY2((centre - middle).manhattanLength() <= 3,
        qPrintable(u"diagram centre at %1,%2; view centre at %3,%4"_s.arg(centre.x())
                .arg(centre.y())
                .arg(middle.x())
                .arg(middle.y())));
}

void tst_DesignerWindow::autoLayoutShowsWholeDiagram()
{
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    // Cards far from where the layout puts them (it starts at the origin).
    QList<ObjectId> tables;
    for (int i = 0; i < 8; ++i) {
        tables.append(
            window.editor()->addTable({5000.0 + (i % 4) * 400, 5000.0 + (i / 4) * 300}, {}));
    }
    for (int i = 1; i < 8; ++i)
        window.editor()->createForeignKey(tables.at(i / 2), tables.at(i));
    QApplication::processEvents();
    window.view()->fitToWindow();
    QApplication::processEvents();

    window.action(u"autoLayout"_s)->trigger();
    QApplication::processEvents();
    QVERIFY(window.schema().table(tables.first())->position.x() < 4000);
    for (TableItem *item : window.scene()->tableItems()) {
        QVERIFY2(visibleRect(window).contains(item->cardRect()),
            qPrintable(item->name() + u" is cut off"_s));
    }

    // The example design, laid out as a new user tries it.
    QVERIFY(window.openFile(QStringLiteral(SCHEMATA_RESOURCES "/examples/seed-models.xml")));
    QApplication::processEvents();
    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
    QApplication::processEvents();
    for (TableItem *item : window.scene()->tableItems()) {
        QVERIFY2(visibleRect(window).contains(item->cardRect()),
            qPrintable(item->name() + u" is cut off"_s));
    }
}

void tst_DesignerWindow::opensAtReadableZoom()
{
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    // The example design of the first start: more than the view holds at 100 %.
    QVERIFY(window.openFile(QStringLiteral(SCHEMATA_RESOURCES "/examples/seed-models.xml")));
    QApplication::processEvents(); // the zoom is chosen once the window has its size
    QVERIFY2(window.view()->zoom() >= DiagramView::ReadableZoom - 1e-9,
        qPrintable(QString::number(window.view()->zoom())));
    QVERIFY(window.view()->zoom() <= 1);
    // Its top-left corner is in view.
    const QRectF content = window.scene()->contentRect();
    QVERIFY(visibleRect(window).contains(content.topLeft()));
    QVERIFY(visibleRect(window).contains(content.topLeft() + QPointF(200, 150)));

    // A small design: at 100 %, whole and centred.
    QVERIFY(window.openFile(QDir(QStringLiteral(SCHEMATA_FIXTURES))
            .filePath(u"11_neptune_unique_index_composite.xml"_s)));
    QApplication::processEvents();
    QCOMPARE(window.view()->zoom(), 1.0);
    QVERIFY(visibleRect(window).contains(window.scene()->contentRect()));
}

void tst_DesignerWindow::redoOnCtrlY()
{
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.editor()->addTable({0, 0}, u"t"_s);
    window.view()->setFocus();
    window.action(u"undo"_s)->trigger();
    QVERIFY(window.schema().tables().isEmpty());
    QTest::keyClick(&window, Qt::Key_Y, Qt::ControlModifier);
    QCOMPARE(window.schema().tables().size(), 1);
    // The platform's own Redo still works.
    window.action(u"undo"_s)->trigger();
    const QKeySequence standard = QKeySequence::keyBindings(QKeySequence::Redo).first();
    QTest::keySequence(&window, standard);
    QCOMPARE(window.schema().tables().size(), 1);
}

QTEST_MAIN(tst_DesignerWindow)
#include "tst_designerwindow.moc"
