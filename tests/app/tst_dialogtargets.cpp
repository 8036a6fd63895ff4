#include "browser/browserpane.h"
#include "dialogs/applydialog.h"
#include "dialogs/exportjsondialog.h"
#include "dialogs/importdialog.h"
#include "mainwindow.h"
#include "testdatabases.h"

#include "database/connection.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QThread>
#include <QTimer>

#include <functional>

using namespace Qt::StringLiterals;

// The window's Apply, Import and Export JSON dialogs start from the database open on the data
// page (or from nothing), never from the database another dialog used last, and name their
// target plainly before anything happens: applying a design to someone else's database by
// clicking through must not be possible.
class tst_DialogTargets : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void prefilledWithTheOpenDatabase_data();
    void prefilledWithTheOpenDatabase();
    void emptyWithoutAnOpenDatabase();

private:
    // Runs `body` on the modal dialog of type D that a window action opens, then closes it.
    template<typename D>
    bool inDialog(MainWindow &window, const QString &action, const std::function<void(D &)> &body);

    QTemporaryDir m_dir;
};

namespace {

constexpr int WorkerTimeout = 60000;

template<typename T>
T *child(const QWidget &parent, const QString &name)
{
    T *found = parent.findChild<T *>(name);
    if (!found)
        qFatal("no child %s", qPrintable(name));
    return found;
}

SqlEngine shownEngine(const QWidget &dialog)
{
    return SqlEngine(child<QComboBox>(dialog, u"engine"_s)->currentData().toInt());
}

// Names an SQLite file in a dialog's target fields, as typed.
void typeSqlitePath(const QWidget &dialog, const QString &path)
{
    auto *engine = child<QComboBox>(dialog, u"engine"_s);
    engine->setCurrentIndex(engine->findData(int(SqlEngine::Sqlite)));
    QLineEdit *edit = child<QLineEdit>(dialog, u"path"_s);
    edit->clear();
    QTest::keyClicks(edit, path);
}

bool makeSqlite(const QString &path)
{
    Connection connection;
    QString error;
    DatabaseAddress address;
    address.path = path;
    return connection.open(address, Connection::Mode::CreateIfMissing, &error)
        && QSqlQuery(connection.database())
               .exec(u"CREATE TABLE parcel (id INTEGER PRIMARY KEY, label TEXT)"_s);
}

} // namespace

template<typename D>
bool tst_DialogTargets::inDialog(
    MainWindow &window, const QString &action, const std::function<void(D &)> &body)
{
    // Polled: making the dialog may spin an event loop of its own (a keychain look-up). The
    // body runs only in the dialog's own loop: run inside a deeper one, it would wait for what
    // the code under it has yet to do (a slow keychain, with other tests using it, once kept
    // the table list from coming for a minute that way).
    bool ran = false;
    const int dialogLoop = QThread::currentThread()->loopLevel() + 1;
    QTimer poll;
    poll.setInterval(20);
    connect(&poll, &QTimer::timeout, this, [&] {
        auto *dialog = qobject_cast<D *>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible() || QThread::currentThread()->loopLevel() != dialogLoop)
            return;
        poll.stop();
        const auto close = qScopeGuard([dialog] { dialog->reject(); });
        body(*dialog);
        ran = true;
    });
    poll.start();
    window.action(action)->trigger();
    return ran;
}

void tst_DialogTargets::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"SchemataTests"_s);
    QCoreApplication::setApplicationName(u"tst_dialogtargets"_s);
    QVERIFY(m_dir.isValid());
    const QString missing = TestDatabases::missingServers();
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
}

void tst_DialogTargets::init()
{
    QSettings().clear();
}

void tst_DialogTargets::prefilledWithTheOpenDatabase_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("used"); // the dialog used with the other database
    for (const QString &engine : TestDatabases::engines()) {
        for (const QString &used : {u"apply"_s, u"import"_s, u"exportJson"_s})
            QTest::newRow(qPrintable(engine + u'/' + used)) << engine << used;
    }
}

void tst_DialogTargets::prefilledWithTheOpenDatabase()
{
    QFETCH(QString, engine);
    QFETCH(QString, used);
    // A: the database open on the data page, on each engine.
    QString error;
    const QString a = TestDatabases::freshDatabase(engine, u"tst_dialogtargets_open"_s, &error);
    QVERIFY2(!a.isEmpty(), qPrintable(error));
    const DatabaseAddress opened = *DatabaseAddress::parse(a, &error);
    {
        Connection connection;
        QVERIFY2(connection.open(opened, Connection::Mode::CreateIfMissing, &error),
            qPrintable(error));
        QVERIFY(QSqlQuery(connection.database())
                    .exec(u"CREATE TABLE shipment (id INTEGER PRIMARY KEY, note VARCHAR(40))"_s));
    }
    // B: someone else's database, an SQLite file.
    const QString b = m_dir.filePath(engine + u'-' + used + u"-other.sqlite"_s);
    if (used != u"apply"_s)
        QVERIFY(makeSqlite(b));

    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(QStringLiteral(SCHEMATA_RESOURCES "/examples/seed-models.xml")));
    QVERIFY(window.openDatabase(a));

    // The dialog used with B, through its fields as a person does.
    if (used == u"apply"_s) {
        QVERIFY(inDialog<ApplyDialog>(window, used, [&](ApplyDialog &dialog) {
            typeSqlitePath(dialog, b);
            QSignalSpy preview(&dialog, &ApplyDialog::previewReady);
            QTest::mouseClick(child<QPushButton>(dialog, u"next"_s), Qt::LeftButton);
            QVERIFY(preview.wait(WorkerTimeout));
            QVERIFY2(child<QLabel>(dialog, u"previewTarget"_s)->text().contains(b),
                qPrintable(child<QLabel>(dialog, u"previewTarget"_s)->text()));
            QSignalSpy finished(&dialog, &ApplyDialog::applyFinished);
            QTest::mouseClick(child<QPushButton>(dialog, u"next"_s), Qt::LeftButton);
            QVERIFY(finished.wait(WorkerTimeout));
            QVERIFY(finished.first().first().toBool());
        }));
    } else if (used == u"import"_s) {
        QVERIFY(inDialog<ImportDialog>(window, used, [&](ImportDialog &dialog) {
            typeSqlitePath(dialog, b);
            QSignalSpy finished(&dialog, &ImportDialog::importFinished);
            QTest::mouseClick(child<QPushButton>(dialog, u"import"_s), Qt::LeftButton);
            QVERIFY(finished.wait(WorkerTimeout));
            QVERIFY(finished.first().first().toBool());
        }));
    } else {
        QVERIFY(inDialog<ExportJsonDialog>(window, used, [&](ExportJsonDialog &dialog) {
            QSignalSpy read(&dialog, &ExportJsonDialog::tablesRead);
            typeSqlitePath(dialog, b);
            // The file's tables are listed without Read Tables.
            QTRY_VERIFY_WITH_TIMEOUT(!read.isEmpty() && read.last().first().toBool()
                    && dialog.checkedTables() == QStringList {u"parcel"_s},
                WorkerTimeout);
            QLineEdit *output = child<QLineEdit>(dialog, u"outputPath"_s);
            QTest::keyClicks(output, m_dir.filePath(used + engine + u".json"_s));
            QSignalSpy finished(&dialog, &ExportJsonDialog::exportFinished);
            QTest::mouseClick(child<QPushButton>(dialog, u"export"_s), Qt::LeftButton);
            QVERIFY(finished.wait(WorkerTimeout));
            QVERIFY(finished.first().first().toBool());
        }));
    }

    // Each dialog now: A in the fields, and named plainly before it does anything.
    const auto showsA = [&](const QWidget &dialog) {
        QCOMPARE(shownEngine(dialog), opened.engine);
        QVERIFY(child<QLineEdit>(dialog, u"path"_s)->text() != b);
        if (opened.isServer()) {
            QCOMPARE(child<QLineEdit>(dialog, u"database"_s)->text(), opened.database);
            QCOMPARE(child<QLineEdit>(dialog, u"host"_s)->text(), opened.host);
            QCOMPARE(child<QSpinBox>(dialog, u"port"_s)->value(), opened.port);
        } else {
            QCOMPARE(child<QLineEdit>(dialog, u"path"_s)->text(), opened.path);
        }
    };
    const auto namesA = [&](const QString &text) {
        QVERIFY2(!text.contains(b), qPrintable(text));
        if (opened.isServer()) {
            QVERIFY2(text.contains(opened.database)
                    && text.contains(opened.host + u':' + QString::number(opened.port))
                    && text.contains(sqlEngineTitle(opened.engine)),
                qPrintable(text));
            // (The test servers' password is also their user's name.)
            QString rest = text;
            rest.remove(opened.user);
            rest.remove(opened.database);
            QVERIFY2(!rest.contains(*opened.password), "the password is shown");
        } else {
            QVERIFY2(text.contains(u"SQLite file "_s + QDir::toNativeSeparators(opened.path)),
                qPrintable(text));
        }
    };
    QVERIFY(inDialog<ApplyDialog>(window, u"apply"_s, [&](ApplyDialog &dialog) {
        showsA(dialog);
        QSignalSpy preview(&dialog, &ApplyDialog::previewReady);
        QTest::mouseClick(child<QPushButton>(dialog, u"next"_s), Qt::LeftButton);
        QVERIFY(preview.wait(WorkerTimeout));
        QVERIFY(child<QLabel>(dialog, u"previewTarget"_s)->isVisible());
        namesA(child<QLabel>(dialog, u"previewTarget"_s)->text());
        namesA(child<QLabel>(dialog, u"confirmation"_s)->text());
    }));
    QVERIFY(inDialog<ImportDialog>(window, u"import"_s, [&](ImportDialog &dialog) {
        showsA(dialog);
        QSignalSpy finished(&dialog, &ImportDialog::importFinished);
        QTest::mouseClick(child<QPushButton>(dialog, u"import"_s), Qt::LeftButton);
        QVERIFY(finished.wait(WorkerTimeout));
        QVERIFY(finished.first().first().toBool());
        namesA(child<QLabel>(dialog, u"summary"_s)->text());
        QCOMPARE(dialog.importedSchema()->tables().size(), 1);
    }));
    QVERIFY(inDialog<ExportJsonDialog>(window, u"exportJson"_s, [&](ExportJsonDialog &dialog) {
        showsA(dialog);
        // Listed at once: A's one table.
        QTRY_VERIFY2_WITH_TIMEOUT(dialog.checkedTables() == QStringList {u"shipment"_s},
            qPrintable(child<QLabel>(dialog, u"databaseStatus"_s)->text() + u" (pool: "_s
                + QString::number(QThreadPool::globalInstance()->activeThreadCount()) + u'/'
                + QString::number(QThreadPool::globalInstance()->maxThreadCount()) + u')'),
            WorkerTimeout);
        namesA(child<QLabel>(dialog, u"databaseStatus"_s)->text());
    }));
}

void tst_DialogTargets::emptyWithoutAnOpenDatabase()
{
    const QString b = m_dir.filePath(u"used-before.sqlite"_s);
    QVERIFY(makeSqlite(b));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openDatabase(b));
    QVERIFY(inDialog<ImportDialog>(window, u"import"_s, [&](ImportDialog &dialog) {
        QCOMPARE(child<QLineEdit>(dialog, u"path"_s)->text(), b);
        QSignalSpy finished(&dialog, &ImportDialog::importFinished);
        QTest::mouseClick(child<QPushButton>(dialog, u"import"_s), Qt::LeftButton);
        QVERIFY(finished.wait(WorkerTimeout));
    }));
    window.browser()->closeDatabase();
    QVERIFY(!window.browser()->openDatabaseAddress());

    // Nothing open: nothing named, so nothing can be clicked through.
    const auto empty = [&](const QWidget &dialog) {
        QCOMPARE(child<QLineEdit>(dialog, u"path"_s)->text(), QString());
        QCOMPARE(child<QLineEdit>(dialog, u"database"_s)->text(), QString());
    };
    QVERIFY(inDialog<ApplyDialog>(window, u"apply"_s, [&](ApplyDialog &dialog) {
        empty(dialog);
        QVERIFY(!child<QPushButton>(dialog, u"next"_s)->isEnabled());
    }));
    QVERIFY(inDialog<ImportDialog>(window, u"import"_s, [&](ImportDialog &dialog) {
        empty(dialog);
        QVERIFY(!child<QPushButton>(dialog, u"import"_s)->isEnabled());
    }));
    QVERIFY(inDialog<ExportJsonDialog>(window, u"exportJson"_s, [&](ExportJsonDialog &dialog) {
        empty(dialog);
        QVERIFY(dialog.checkedTables().isEmpty());
    }));
}

QTEST_MAIN(tst_DialogTargets)
#include "tst_dialogtargets.moc"
