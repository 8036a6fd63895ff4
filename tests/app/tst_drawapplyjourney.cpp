#include "browser/browserpane.h"
#include "browser/tablemodel.h"
#include "diagram/diagramscene.h"
#include "diagram/tableitem.h"
#include "dialogs/applydialog.h"
#include "dialogs/exportjsondialog.h"
#include "document/designdocument.h"
#include "document/designeditor.h"
#include "mainwindow.h"
#include "schema/schema.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

constexpr int WorkerTimeout = 60000;

// Runs `handler` on the next modal dialog that a blocking call opens (once), noting any
// dialog after it, which is rejected.
class ModalHandler : public QObject
{
public:
    explicit ModalHandler(std::function<void(QDialog *)> handler)
        : m_handler(std::move(handler))
    {
        connect(&m_timer, &QTimer::timeout, this, [this] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (!dialog || dialog == m_current)
                return;
            m_current = dialog;
            connect(dialog, &QObject::destroyed, this, [this] { m_current = nullptr; });
            if (!m_done) {
                m_done = true;
                m_handler(dialog);
            } else {
                m_unexpected << dialog->objectName() + u": "_s + dialog->windowTitle();
                dialog->reject();
            }
        });
        m_timer.start(20);
    }
    bool done() const { return m_done; }
    QStringList unexpected() const { return m_unexpected; }

private:
    std::function<void(QDialog *)> m_handler;
    QTimer m_timer;
    QDialog *m_current = nullptr;
    bool m_done = false;
    QStringList m_unexpected;
};

template<typename T>
T *child(const QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qFatal("no child %s", qPrintable(name));
    return found;
}

// Points a database target form (inside `parent`) at an SQLite file.
void enterSqlite(const QWidget *parent, const QString &path)
{
    auto *engine = child<QComboBox>(parent, u"engine"_s);
    engine->setCurrentIndex(engine->findData(int(SqlEngine::Sqlite)));
    auto *field = child<QLineEdit>(parent, u"path"_s);
    field->clear();
    QTest::keyClicks(field, path);
}

bool click(const QWidget *parent, const QString &name)
{
    auto *button = child<QPushButton>(parent, name);
    if (!button->isVisible() || !button->isEnabled())
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    return true;
}

bool exec(const QString &path, const QStringList &statements, QString *error)
{
    const QString name = u"journey-rows"_s;
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        ok = db.open();
        for (const QString &statement : statements) {
            QSqlQuery query(db);
            if (ok && !query.exec(statement)) {
                *error = statement + u": "_s + query.lastError().text();
                ok = false;
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

struct WindowApply
{
    bool done = false; // the Apply dialog was handled
    QStringList unexpected; // dialogs after it
    QString text; // the confirmation, then the result when the apply succeeded
};

// Database > Apply to Database... in `window`, to the SQLite file `database`, clicked through
// as a user does it.
WindowApply applyThroughWindow(MainWindow &window, const QString &database)
{
    WindowApply run;
    ModalHandler apply([&](QDialog *dialog) {
        auto *applyDialog = qobject_cast<ApplyDialog *>(dialog);
        if (!applyDialog) {
            dialog->reject();
            return;
        }
        enterSqlite(dialog, database);
        QSignalSpy preview(applyDialog, &ApplyDialog::previewReady);
        if (!click(dialog, u"next"_s) || !preview.wait(WorkerTimeout)
            || !preview.first().first().toBool()) {
            dialog->reject();
            return;
        }
        // The confirmation names the target.
        run.text = child<QLabel>(dialog, u"confirmation"_s)->text();
        QSignalSpy finished(applyDialog, &ApplyDialog::applyFinished);
        if (click(dialog, u"next"_s) && finished.wait(WorkerTimeout)
            && finished.first().first().toBool())
            run.text += u'\n' + child<QLabel>(dialog, u"resultText"_s)->text();
        click(dialog, u"close"_s);
    });
    window.action(u"apply"_s)->trigger();
    run.done = apply.done();
    run.unexpected = apply.unexpected();
    return run;
}

} // namespace

// A new user's journey through the real window: draw a design, apply it to a new SQLite file
// with the Apply dialog, open that database (its design stays on the Design page), see its
// rows, and export it with File > Export > Database as JSON.
class tst_DrawApplyJourney : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void drawApplyOpenExport();
    void renamesAfterApplyingAreRecorded();

private:
    QTemporaryDir m_dir;
};

void tst_DrawApplyJourney::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"SchemataTests"_s);
    QCoreApplication::setApplicationName(u"tst_drawapplyjourney"_s);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
}

void tst_DrawApplyJourney::drawApplyOpenExport()
{
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    DesignEditor *editor = window.editor();

    // 1. Draw: two tables, their columns, a relation.
    const ObjectId author = editor->addTable(QPointF(40, 40), u"author"_s);
    const ObjectId book = editor->addTable(QPointF(400, 40), u"book"_s);
    QVERIFY(author != NoObject && book != NoObject);
    QVERIFY(editor->addColumn(author, u"name"_s, u"VARCHAR(100)"_s) != NoObject);
    QVERIFY(editor->addColumn(book, u"title"_s, u"VARCHAR(200)"_s) != NoObject);
    QVERIFY(editor->createForeignKey(author, book) != NoObject);
    const Table *drawn = window.schema().table(book);
    QCOMPARE(drawn->columns.size(), qsizetype(3));
    const QString reference = drawn->columns.at(2).name;
    QVERIFY(window.scene()->tableItem(author) && window.scene()->tableItem(book));
    QCOMPARE(window.scene()->relationItems().size(), qsizetype(1));
    QVERIFY(window.document()->isModified());

    // 2. Database > Apply to Database..., to a new SQLite file.
    const QString database = m_dir.filePath(u"library.sqlite"_s);
    const WindowApply apply = applyThroughWindow(window, database);
    QVERIFY(apply.done);
    QVERIFY2(apply.unexpected.isEmpty(), qPrintable(apply.unexpected.join(u", "_s)));
    const QString &applied = apply.text;
    QVERIFY2(
        applied.contains(database) && applied.contains(u"Created 2 table"_s), qPrintable(applied));

    // Rows written by another program.
    QString error;
    QVERIFY2(exec(database,
                 {u"INSERT INTO author (id, name) VALUES (1, 'Ada'), (2, 'Grace')"_s,
                     u"INSERT INTO book (id, title, %1) VALUES (1, 'Notes', 1)"_s.arg(reference)},
                 &error),
        qPrintable(error));

    // 3. Open the database: the design just applied describes it, so it stays, unsaved.
    {
        ModalHandler none([](QDialog *dialog) { dialog->reject(); });
        QVERIFY(window.openDatabase(database));
        QVERIFY2(!none.done(), "opening the database asked something");
    }
    QVERIFY(window.document()->isModified());
    QCOMPARE(window.schema().table(author)->name, u"author"_s);
    QVERIFY(window.scene()->tableItem(book));
    QVERIFY(window.windowTitle().contains(u"library.sqlite"_s));

    // 4. The rows page.
    QVERIFY(window.action(u"showData"_s)->isChecked());
    QVERIFY(window.browser()->isVisible());
    window.browser()->showTable(u"author"_s);
    QTRY_COMPARE(window.browser()->model()->rowCount(), 2);
    // Browse Rows from the book card.
    window.action(u"showDesign"_s)->trigger();
    window.scene()->selectObjects({book});
    QTRY_VERIFY(window.action(u"browseRows"_s)->isEnabled());
    window.action(u"browseRows"_s)->trigger();
    QCOMPARE(window.browser()->currentTable(), u"book"_s);
    QTRY_COMPARE(window.browser()->model()->rowCount(), 1);

    // 5. File > Export > Database as JSON.
    const QString json = m_dir.filePath(u"library.json"_s);
    QString exportResult;
    {
        ModalHandler exporting([&](QDialog *dialog) {
            auto *exportDialog = qobject_cast<ExportJsonDialog *>(dialog);
            if (!exportDialog) {
                dialog->reject();
                return;
            }
            enterSqlite(child<QWidget>(dialog, u"database"_s), database);
            QSignalSpy read(exportDialog, &ExportJsonDialog::tablesRead);
            if (click(dialog, u"readTables"_s))
                read.wait(WorkerTimeout);
            QTRY_COMPARE_WITH_TIMEOUT(
                child<QListWidget>(dialog, u"tables"_s)->count(), 2, WorkerTimeout);
            auto *output = child<QLineEdit>(dialog, u"outputPath"_s);
            output->clear();
            QTest::keyClicks(output, json);
            QSignalSpy finished(exportDialog, &ExportJsonDialog::exportFinished);
            if (click(dialog, u"export"_s) && finished.wait(WorkerTimeout))
                exportResult = child<QLabel>(dialog, u"result"_s)->text();
            click(dialog, u"close"_s);
        });
        window.action(u"exportJson"_s)->trigger();
        QVERIFY(exporting.done());
        QVERIFY2(
            exporting.unexpected().isEmpty(), qPrintable(exporting.unexpected().join(u", "_s)));
    }
    QFile file(json);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(exportResult));
    const QByteArray bytes = file.readAll();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    QVERIFY2(document.isObject(), qPrintable(parseError.errorString()));
    // Parents first.
    QVERIFY2(bytes.indexOf("\"author\"") < bytes.indexOf("\"book\""), bytes.constData());
    const QJsonObject expected {{u"author"_s,
                                    QJsonArray {QJsonObject {{u"id"_s, 1}, {u"name"_s, u"Ada"_s}},
                                        QJsonObject {{u"id"_s, 2}, {u"name"_s, u"Grace"_s}}}},
        {u"book"_s,
            QJsonArray {QJsonObject {{u"id"_s, 1}, {u"title"_s, u"Notes"_s}, {reference, 1}}}}};
    QCOMPARE(document.object(), expected);
}

void tst_DrawApplyJourney::renamesAfterApplyingAreRecorded()
{
    // A design applied and never saved: the database has its names, so a rename made after
    // applying is recorded in the design, and the naming of new objects before it is not.
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    DesignEditor *editor = window.editor();
    const ObjectId table = editor->addTable(QPointF(40, 40));
    const ObjectId column = editor->addColumn(table);
    QVERIFY(table != NoObject && column != NoObject);
    const auto renameColumn = [&](const QString &name) {
        Column c = *window.schema().table(table)->column(column);
        c.name = name;
        return editor->updateColumn(table, c);
    };
    QVERIFY(editor->renameTable(table, u"author"_s));
    QVERIFY(renameColumn(u"name"_s));
    QVERIFY(window.schema().table(table)->formerNames.isEmpty());
    QVERIFY(window.schema().table(table)->column(column)->formerNames.isEmpty());

    const QString database = m_dir.filePath(u"renames.sqlite"_s);
    const WindowApply apply = applyThroughWindow(window, database);
    QVERIFY(apply.done);
    QVERIFY2(apply.unexpected.isEmpty(), qPrintable(apply.unexpected.join(u", "_s)));
    QVERIFY2(apply.text.contains(u"Created 1 table"_s), qPrintable(apply.text));
    QVERIFY(window.document()->isModified()); // applied, not saved

    QVERIFY(editor->renameTable(table, u"writer"_s));
    QVERIFY(renameColumn(u"full_name"_s));
    QCOMPARE(window.schema().table(table)->formerNames, QStringList {u"author"_s});
    QCOMPARE(window.schema().table(table)->column(column)->formerNames, QStringList {u"name"_s});
}

QTEST_MAIN(tst_DrawApplyJourney)
#include "tst_drawapplyjourney.moc"
