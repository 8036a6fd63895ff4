#include "browser/browserpane.h"
#include "browser/tablemodel.h"
#include "connection/passwordstore.h"
#include "diagram/diagramscene.h"
#include "diagram/diagramview.h"
#include "diagram/tableitem.h"
#include "document/designdocument.h"
#include "document/designeditor.h"
#include "exampledatabase.h"
#include "mainwindow.h"
#include "modalanswers.h"
#include "schema/schema.h"
#include "testdatabases.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUrl>
#include <QUuid>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

void clickOk(QDialog *dialog)
{
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
}

// The password prompt: notes the problem it shows, types `password`, sets the box, OK.
ModalAnswers::Handler typePassword(const QString &password, bool remember, QStringList *problems,
    bool *rememberWasChecked = nullptr)
{
    return [=](QDialog *dialog) {
        if (dialog->objectName() != u"passwordDialog") {
            *problems << u"not the password prompt: "_s + dialog->windowTitle();
            dialog->reject();
            return;
        }
        const auto *problem = dialog->findChild<QLabel *>(u"passwordProblem"_s);
        *problems << (problem ? problem->text() : QString());
        auto *box = dialog->findChild<QCheckBox *>(u"rememberPassword"_s);
        if (rememberWasChecked)
            *rememberWasChecked = box->isChecked();
        if (box->isEnabled())
            box->setChecked(remember);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"password"_s), password);
        clickOk(dialog);
    };
}

bool makeSqlite(const QString &path, const QString &table)
{
    const QString name = u"make-"_s + QUuid::createUuid().toString();
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        ok = db.open()
            && QSqlQuery(db).exec(u"CREATE TABLE \"%1\" (id INTEGER PRIMARY KEY)"_s.arg(table));
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// An SQLite database written with plain SQL, as another program would.
bool makeSqlite(const QString &path, const QStringList &statements)
{
    const QString name = u"make-"_s + QUuid::createUuid().toString();
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        ok = db.open();
        for (const QString &statement : statements) {
            QSqlQuery query(db);
            if (ok && !query.exec(statement)) {
                qWarning("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
                ok = false;
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// Two tables and a foreign key, a few rows.
bool makeMusic(const QString &path)
{
    QFile::remove(path);
    return makeSqlite(path,
        {u"CREATE TABLE artist (id INTEGER PRIMARY KEY, name TEXT NOT NULL)"_s,
            u"CREATE TABLE album (id INTEGER PRIMARY KEY, title TEXT, "
            "artist_id INTEGER REFERENCES artist (id))"_s,
            u"INSERT INTO artist VALUES (1, 'Nina Simone'), (2, 'Miles Davis')"_s,
            u"INSERT INTO album VALUES (1, 'Kind of Blue', 2)"_s});
}

// The tables of the design on the Design page, by the window's table list, sorted.
QStringList designTables(const MainWindow &window)
{
    QStringList names;
    const auto *list = window.findChild<QTreeWidget *>(u"tableList"_s);
    for (int i = 0; list && i < list->topLevelItemCount(); ++i)
        names << list->topLevelItem(i)->text(0);
    names.sort();
    return names;
}

QStringList schemaTables(const Schema &schema)
{
    QStringList names;
    for (const Table &t : schema.tables())
        names << t.name;
    names.sort();
    return names;
}

ObjectId tableId(const MainWindow &window, const QString &name)
{
    const Table *table = window.schema().tableByName(name);
    return table ? table->id : NoObject;
}

// The title as the window manager shows it.
QString shownTitle(const MainWindow &window)
{
    QString title = window.windowTitle();
    return title.replace(u"[*]"_s, window.isWindowModified() ? u"*"_s : QString());
}

// Closes the next context menu that pops up, noting its actions by object name with whether
// they were enabled.
class PopupWatcher : public QObject
{
public:
    PopupWatcher()
    {
        connect(&m_timer, &QTimer::timeout, this, [this] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            for (QAction *action : menu->actions()) {
                if (!action->objectName().isEmpty())
                    m_actions.insert(action->objectName(), action->isEnabled());
            }
            m_shown = true;
            menu->close();
        });
        m_timer.start(20);
    }
    bool shown() const { return m_shown; }
    QHash<QString, bool> actions() const { return m_actions; }

private:
    QTimer m_timer;
    bool m_shown = false;
    QHash<QString, bool> m_actions;
};

QMenu *recentMenu(const MainWindow &window)
{
    auto *menu = window.findChild<QMenu *>(u"recentDatabasesMenu"_s);
    if (!menu)
        qFatal("no recentDatabasesMenu");
    return menu;
}

// The entries of File > Recent Databases, first to last.
QStringList recentEntries(const MainWindow &window)
{
    QStringList entries;
    for (QAction *action : recentMenu(window)->actions()) {
        if (action->data().isValid())
            entries << action->data().toString();
    }
    return entries;
}

QAction *recentAction(const MainWindow &window, const QString &entry)
{
    for (QAction *action : recentMenu(window)->actions()) {
        if (action->data().toString() == entry)
            return action;
    }
    return nullptr;
}

QStringList browserTables(const MainWindow &window)
{
    QStringList names;
    const auto *tables = window.browser()->findChild<QTreeWidget *>(u"tables"_s);
    for (int i = 0; tables && i < tables->topLevelItemCount(); ++i)
        names << tables->topLevelItem(i)->text(0);
    return names;
}

bool dataPageShown(const MainWindow &window)
{
    return window.action(u"showData"_s)->isChecked() && window.browser()->isVisible();
}

QByteArray settingsText()
{
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Drops local files on the window as a file manager would.
void dropFiles(MainWindow &window, const QStringList &paths, bool *accepted = nullptr)
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString &path : paths)
        urls << QUrl::fromLocalFile(path);
    mime.setUrls(urls);
    const QPoint at = window.rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    enter.setAccepted(false);
    QApplication::sendEvent(&window, &enter);
    if (accepted)
        *accepted = enter.isAccepted();
    QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
}

// A login of its own on a test server, with a password that appears nowhere else.
struct ServerLogin
{
    QString url; // without the password
    QString password;
    DatabaseAddress address;
};

} // namespace

class tst_OpenDatabase : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void recentDatabasesKeepOrderWithoutRepeats();
    void recentSqliteEntryReopens();
    void droppedSqliteFileOpensDataPage();
    void droppedDesignOpensDesign();
    void serverPasswordFromEnvironmentKeychainOrPrompt_data();
    void serverPasswordFromEnvironmentKeychainOrPrompt();
    void openedDatabaseShowsItsDiagram();
    void exampleDesignKeptWithItsDatabase();
    void unsavedDesignAsksBeforeGivingWay_data();
    void unsavedDesignAsksBeforeGivingWay();
    void browseRowsAndShowInDiagram();
    void dataBesideDiagramFollowsSelection();
    void titleNamesDesignAndDatabase();
    void cleanupTestCase();

private:
    std::optional<ServerLogin> makeLogin(const QString &engine, QString *error);
    static bool keyring() { return qEnvironmentVariable("SCHEMATA_TEST_KEYRING") == u"1"; }

    QTemporaryDir m_dir;
    QList<DatabaseAddress> m_stored; // keychain entries to remove at the end
};

void tst_OpenDatabase::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"SchemataTests"_s);
    QCoreApplication::setApplicationName(u"tst_opendatabase"_s);
    QVERIFY(m_dir.isValid());
    qunsetenv("PGPASSWORD");
    qunsetenv("MYSQL_PWD");
    const QString missing = TestDatabases::missingServers();
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
    if (keyring())
        QVERIFY2(PasswordStore::isAvailable(), "SCHEMATA_TEST_KEYRING=1 but no keychain answers");
}

void tst_OpenDatabase::init()
{
    QSettings().clear();
}

void tst_OpenDatabase::recentDatabasesKeepOrderWithoutRepeats()
{
    QStringList files;
    for (int i = 0; i < 12; ++i) {
        files << m_dir.filePath(u"recent-%1.sqlite"_s.arg(i));
        QVERIFY(makeSqlite(files.last(), u"t%1"_s.arg(i)));
    }
    MainWindow window;
    QVERIFY(recentEntries(window).isEmpty());
    QAction *clear = window.findChild<QAction *>(u"clearRecentDatabases"_s);
    QVERIFY(clear && !clear->isEnabled());
    for (const QString &file : std::as_const(files))
        QVERIFY(window.openDatabase(file));

    // The last ten, newest first.
    QStringList expected;
    for (int i = 11; i >= 2; --i)
        expected << files.at(i);
    QCOMPARE(recentEntries(window), expected);
    QVERIFY(recentMenu(window)->actions().first()->text().startsWith(u"&1 "_s));
    QVERIFY(recentMenu(window)->actions().at(9)->text().startsWith(u"&10 "_s));

    // Opened again (by a relative path too): to the top, not twice.
    QVERIFY(window.openDatabase(QDir::current().relativeFilePath(files.at(5))));
    expected.removeAll(files.at(5));
    expected.prepend(files.at(5));
    QCOMPARE(recentEntries(window), expected);
    // One that had dropped off comes back and pushes the oldest out.
    QVERIFY(window.openDatabase(files.at(0)));
    expected.prepend(files.at(0));
    expected.removeLast();
    QCOMPARE(recentEntries(window), expected);
    QCOMPARE(expected.size(), 10);

    // A database that does not open is not listed.
    QString message;
    ModalAnswers answers({[&message](QDialog *dialog) {
        message = static_cast<QMessageBox *>(dialog)->text();
        dialog->accept();
    }});
    QVERIFY(!window.openDatabase(m_dir.filePath(u"missing.sqlite"_s)));
    QVERIFY2(message.contains(u"missing.sqlite"_s), qPrintable(message));
    QCOMPARE(recentEntries(window), expected);

    // Another window reads the same list; Clear List empties both the menu and the settings.
    MainWindow second;
    QCOMPARE(recentEntries(second), expected);
    clear = second.findChild<QAction *>(u"clearRecentDatabases"_s);
    QVERIFY(clear->isEnabled());
    clear->trigger();
    QVERIFY(recentEntries(second).isEmpty());
    QVERIFY(!second.findChild<QAction *>(u"clearRecentDatabases"_s)->isEnabled());
    QVERIFY(!QSettings().contains(u"recentDatabases"_s));
}

void tst_OpenDatabase::recentSqliteEntryReopens()
{
    const QString alpha = m_dir.filePath(u"alpha.sqlite"_s);
    const QString beta = m_dir.filePath(u"beta.sqlite"_s);
    QVERIFY(makeSqlite(alpha, u"alpha_rows"_s));
    QVERIFY(makeSqlite(beta, u"beta_rows"_s));
    {
        MainWindow window;
        QVERIFY(window.openDatabase(alpha));
        QVERIFY(window.openDatabase(beta));
    }
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!dataPageShown(window));
    QCOMPARE(recentEntries(window), QStringList({beta, alpha}));
    QSignalSpy opened(window.browser(), &BrowserPane::databaseOpened);
    recentAction(window, alpha)->trigger();
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().first().toString(), alpha);
    QCOMPARE(browserTables(window), QStringList({u"alpha_rows"_s}));
    QVERIFY(dataPageShown(window));
    QCOMPARE(recentEntries(window), QStringList({alpha, beta}));
}

void tst_OpenDatabase::droppedSqliteFileOpensDataPage()
{
    // Known by its header: this one is named like a design.
    const QString database = m_dir.filePath(u"looks-like-a-design.xml"_s);
    QVERIFY(makeSqlite(database, u"dropped_rows"_s));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(
        QDir(QStringLiteral(SCHEMATA_FIXTURES)).filePath(u"24_jukebox_lewagon.xml"_s)));
    const qsizetype designTables = window.schema().tables().size();
    QVERIFY(!dataPageShown(window));

    QSignalSpy opened(window.browser(), &BrowserPane::databaseOpened);
    bool accepted = false;
    ModalAnswers none({}); // an error box would be a failure, not a hang
    dropFiles(window, {database}, &accepted);
    QVERIFY(accepted);
    QTRY_VERIFY(opened.size() == 1 || !none.unexpected().isEmpty());
    QVERIFY2(none.unexpected().isEmpty(), qPrintable(none.unexpected().join(u", "_s)));
    QCOMPARE(opened.first().first().toString(), database);
    QVERIFY(dataPageShown(window));
    QCOMPARE(browserTables(window), QStringList({u"dropped_rows"_s}));
    // The unchanged design, which does not describe the database, gives way to the database's.
    QVERIFY(designTables > 1);
    QCOMPARE(schemaTables(window.schema()), QStringList({u"dropped_rows"_s}));
    QVERIFY(!window.windowTitle().contains(u"24_jukebox_lewagon.xml"_s));
    QVERIFY(window.windowTitle().contains(u"looks-like-a-design.xml"_s));
    QCOMPARE(recentEntries(window), QStringList({database}));

    // Something that is not a local file is not taken.
    QMimeData mime;
    mime.setUrls({QUrl(u"https://example.com/db.sqlite"_s)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    enter.setAccepted(false);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(!enter.isAccepted());
}

void tst_OpenDatabase::droppedDesignOpensDesign()
{
    const QString database = m_dir.filePath(u"shown.sqlite"_s);
    QVERIFY(makeSqlite(database, u"shown_rows"_s));
    // A design whose name says database: the header says otherwise.
    const QString design = m_dir.filePath(u"design.sqlite"_s);
    QFile::remove(design);
    QVERIFY(QFile::copy(
        QDir(QStringLiteral(SCHEMATA_FIXTURES)).filePath(u"24_jukebox_lewagon.xml"_s), design));

    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openDatabase(database));
    QVERIFY(dataPageShown(window));

    QSignalSpy opened(window.browser(), &BrowserPane::databaseOpened);
    {
        ModalAnswers none({});
        dropFiles(window, {design});
        QTRY_VERIFY(window.schema().tables().size() == 5 || !none.unexpected().isEmpty());
        QVERIFY2(none.unexpected().isEmpty(), qPrintable(none.unexpected().join(u", "_s)));
    }
    QTRY_VERIFY(window.action(u"showDesign"_s)->isChecked());
    QVERIFY(window.windowTitle().contains(u"design.sqlite"_s));
    QCOMPARE(window.findChild<QTreeWidget *>(u"tableList"_s)->topLevelItemCount(), 5);
    QCOMPARE(opened.size(), 0);
    // The database is still open on its page, and still the only one in the list.
    QCOMPARE(browserTables(window), QStringList({u"shown_rows"_s}));
    QCOMPARE(recentEntries(window), QStringList({database}));

    // Neither a database nor a design: the design's error, the open design kept.
    const QString junk = m_dir.filePath(u"junk.sqlite"_s);
    QFile file(junk);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("SQLite format 2\0 not quite", 26);
    file.close();
    QString title;
    ModalAnswers answers({[&title](QDialog *dialog) {
        title = dialog->windowTitle();
        dialog->accept();
    }});
    dropFiles(window, {junk});
    QTRY_COMPARE(answers.answered(), 1);
    QCOMPARE(title, MainWindow::tr("Cannot Open Design"));
    QCOMPARE(window.schema().tables().size(), qsizetype(5));
    QCOMPARE(opened.size(), 0);
}

std::optional<ServerLogin> tst_OpenDatabase::makeLogin(const QString &engine, QString *error)
{
    const QString url = TestDatabases::freshDatabase(engine, u"tst_opendatabase"_s, error);
    if (url.isEmpty())
        return std::nullopt;
    const std::optional<DatabaseAddress> admin = DatabaseAddress::parse(url, error);
    if (!admin)
        return std::nullopt;
    const QString suffix = QUuid::createUuid().toString(QUuid::Id128).left(10);
    const QString user = u"kc_"_s + suffix;
    const QString password = u"Kc-"_s + QUuid::createUuid().toString(QUuid::Id128);
    QStringList statements {u"CREATE TABLE keychain_rows (id INTEGER PRIMARY KEY)"_s};
    if (engine == u"postgresql") {
        statements << u"CREATE ROLE %1 LOGIN PASSWORD '%2'"_s.arg(user, password)
                   << u"GRANT SELECT ON keychain_rows TO %1"_s.arg(user);
    } else {
        for (const QString &host : {u"%"_s, u"localhost"_s, u"127.0.0.1"_s}) {
            statements << u"CREATE USER '%1'@'%2' IDENTIFIED BY '%3'"_s.arg(user, host, password)
                       << u"GRANT SELECT ON `%1`.* TO '%2'@'%3'"_s.arg(admin->database, user, host);
        }
    }
    const QString name = u"admin-"_s + suffix;
    bool ok = true;
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(engine == u"postgresql" ? u"QPSQL"_s : u"QMYSQL"_s, name);
        db.setHostName(admin->host);
        db.setPort(admin->port);
        db.setDatabaseName(admin->database);
        db.setUserName(admin->user);
        db.setPassword(admin->password.value_or(QString()));
        ok = db.open();
        if (!ok)
            *error = db.lastError().text();
        for (const QString &statement : std::as_const(statements)) {
            QSqlQuery query(db);
            if (ok && !query.exec(statement)) {
                *error = statement + u": "_s + query.lastError().text();
                ok = false;
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    if (!ok)
        return std::nullopt;
    ServerLogin login;
    login.address = *admin;
    login.address.user = user;
    login.address.password.reset();
    login.password = password;
    login.url = u"%1://%2@%3:%4/%5"_s.arg(
        engine, user, admin->host, QString::number(admin->port), admin->database);
    return login;
}

void tst_OpenDatabase::serverPasswordFromEnvironmentKeychainOrPrompt_data()
{
    QTest::addColumn<QString>("engine");
    int rows = 0;
    for (const QString &engine : TestDatabases::engines()) {
        if (engine != u"sqlite") {
            QTest::newRow(qPrintable(engine)) << engine;
            ++rows;
        }
    }
    if (rows == 0)
        QSKIP("no database server: scripts/test starts PostgreSQL and MariaDB");
}

void tst_OpenDatabase::serverPasswordFromEnvironmentKeychainOrPrompt()
{
    QFETCH(QString, engine);
    QString error;
    const std::optional<ServerLogin> login = makeLogin(engine, &error);
    QVERIFY2(login, qPrintable(error));
    const QString wrong = u"wrong-"_s + QUuid::createUuid().toString(QUuid::Id128);
    const char *variable = engine == u"postgresql" ? "PGPASSWORD" : "MYSQL_PWD";
    m_stored << login->address;

    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy opened(window.browser(), &BrowserPane::databaseOpened);

    // 1. The environment's password, as on the command line: no question.
    qputenv(variable, login->password.toUtf8());
    {
        ModalAnswers none({});
        QVERIFY(window.openDatabase(login->url));
        QVERIFY2(none.unexpected().isEmpty(), qPrintable(none.unexpected().join(u", "_s)));
    }
    qunsetenv(variable);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(browserTables(window), QStringList({u"keychain_rows"_s}));
    QVERIFY(dataPageShown(window));
    // Its diagram on the Design page, and its name (without a password) in the title.
    QCOMPARE(designTables(window), QStringList({u"keychain_rows"_s}));
    QVERIFY2(window.windowTitle().contains(login->address.database)
            && !window.windowTitle().contains(login->password),
        qPrintable(window.windowTitle()));
    // Listed without any password.
    QCOMPARE(recentEntries(window).first(), login->url);

    // 2. No password anywhere: asked; a wrong one shows the server's answer and asks again.
    QStringList problems;
    {
        ModalAnswers answers({typePassword(wrong, false, &problems),
            typePassword(login->password, keyring(), &problems)});
        QVERIFY(window.openDatabase(login->url));
        QCOMPARE(answers.answered(), 2);
        QVERIFY2(answers.unexpected().isEmpty(), qPrintable(answers.unexpected().join(u", "_s)));
    }
    QCOMPARE(opened.size(), 2);
    QCOMPARE(problems.size(), 2);
    // The first try had no password, the second the wrong one; both refusals are shown.
    for (const QString &problem : std::as_const(problems)) {
        QVERIFY2(problem.contains(login->address.user), qPrintable(problem));
        QVERIFY2(!problem.contains(wrong), qPrintable(problem));
    }
    QCOMPARE(recentEntries(window), QStringList({login->url}));
    if (keyring())
        QCOMPARE(
            PasswordStore::read(login->address, &error), std::optional<QString>(login->password));
    else
        QCOMPARE(PasswordStore::read(login->address, &error), std::nullopt);

    // The command line takes the same chain, the keychain only with --keychain (a keychain
    // may block a script); without it, and with no terminal to ask on, the server refuses.
    const auto cli = [&login](const QStringList &options) {
        QProcess process;
        process.setStandardInputFile(QProcess::nullDevice());
        process.start(
            QStringLiteral(SCHEMATA_BINARY), QStringList {u"import"_s, login->url} + options);
        if (!process.waitForFinished(60000))
            qFatal("schemata did not finish");
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    };
    QCOMPARE(cli({}), 5);
    if (keyring())
        QCOMPARE(cli({u"--keychain"_s}), 0);

    // 3. Again from File > Recent Databases: from the keychain without a question, or asked
    // again where there is none.
    problems.clear();
    {
        ModalAnswers answers({typePassword(login->password, keyring(), &problems)});
        recentAction(window, login->url)->trigger();
        QCOMPARE(answers.answered(), keyring() ? 0 : 1);
        QVERIFY2(answers.unexpected().isEmpty(), qPrintable(answers.unexpected().join(u", "_s)));
    }
    QCOMPARE(opened.size(), 3);
    QCOMPARE(browserTables(window), QStringList({u"keychain_rows"_s}));

    if (keyring()) {
        // 4. A stored password that no longer works: asked, the box still checked; unchecked,
        // the stale entry goes.
        QVERIFY2(PasswordStore::write(login->address, wrong, &error), qPrintable(error));
        bool wasChecked = false;
        {
            ModalAnswers answers({typePassword(login->password, false, &problems, &wasChecked)});
            QVERIFY(window.openDatabase(login->url));
            QCOMPARE(answers.answered(), 1);
        }
        QVERIFY(wasChecked);
        QCOMPARE(PasswordStore::read(login->address, &error), std::nullopt);
    }

    // 5. File > Connect to Database with a pasted URL that holds the password: opened,
    // listed without it.
    const QString withPassword
        = u"%1://%2:%3@%4:%5/%6"_s.arg(engine, login->address.user, login->password,
            login->address.host, QString::number(login->address.port), login->address.database);
    {
        ModalAnswers answers({[&withPassword](QDialog *dialog) {
            auto *url = dialog->findChild<QLineEdit *>(u"url"_s);
            url->setFocus();
            QTest::keyClicks(url, withPassword);
            clickOk(dialog);
        }});
        window.action(u"connectDatabase"_s)->trigger();
        QCOMPARE(answers.answered(), 1);
        QVERIFY2(answers.unexpected().isEmpty(), qPrintable(answers.unexpected().join(u", "_s)));
    }
    QCOMPARE(opened.size(), keyring() ? 5 : 4);
    QCOMPARE(recentEntries(window), QStringList({login->url}));

    // The password is in no setting, nor is the wrong one.
    const QByteArray settings = settingsText();
    QVERIFY(settings.contains(login->address.user.toUtf8()));
    QVERIFY(!settings.contains(login->password.toUtf8()));
    QVERIFY(!settings.contains(wrong.toUtf8()));
}

void tst_OpenDatabase::openedDatabaseShowsItsDiagram()
{
    const QString music = m_dir.filePath(u"diagram-music.sqlite"_s);
    const QString shop = m_dir.filePath(u"diagram-shop.sqlite"_s);
    QVERIFY(makeMusic(music));
    QFile::remove(shop);
    QVERIFY(makeSqlite(shop,
        {u"CREATE TABLE customer (id INTEGER PRIMARY KEY, email TEXT)"_s,
            u"CREATE TABLE \"order\" (id INTEGER PRIMARY KEY, "
            "customer_id INTEGER REFERENCES customer (id))"_s,
            u"CREATE TABLE product (sku TEXT PRIMARY KEY)"_s}));
    const QStringList musicTables {u"album"_s, u"artist"_s};
    const QStringList shopTables {u"customer"_s, u"order"_s, u"product"_s};

    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // As `schemata DB` and File > Open Database do: the rows, and the diagram behind them.
    {
        ModalAnswers none({});
        QVERIFY(window.openDatabase(music));
        QVERIFY2(none.unexpected().isEmpty(), qPrintable(none.unexpected().join(u", "_s)));
    }
    QVERIFY(dataPageShown(window));
    QCOMPARE(schemaTables(window.schema()), musicTables);
    QCOMPARE(designTables(window), musicTables);
    const Table *album = window.schema().tableByName(u"album"_s);
    QVERIFY(album);
    QCOMPARE(album->foreignKeys.size(), qsizetype(1));
    // The database's design, unsaved and unchanged: nothing to ask about when it gives way.
    QVERIFY(window.document()->path().isEmpty());
    QVERIFY(!window.document()->isModified());
    QVERIFY(window.scene()->tableItem(album->id));
    window.action(u"showDesign"_s)->trigger();
    QVERIFY(window.view()->isVisible());

    // File > Connect to Database, an SQLite file.
    {
        ModalAnswers answers({[&shop](QDialog *dialog) {
            auto *engine = dialog->findChild<QComboBox *>(u"engine"_s);
            engine->setCurrentIndex(engine->findData(int(SqlEngine::Sqlite)));
            auto *path = dialog->findChild<QLineEdit *>(u"path"_s);
            path->clear();
            QTest::keyClicks(path, shop);
            clickOk(dialog);
        }});
        window.action(u"connectDatabase"_s)->trigger();
        QCOMPARE(answers.answered(), 1);
        QVERIFY2(answers.unexpected().isEmpty(), qPrintable(answers.unexpected().join(u", "_s)));
    }
    QCOMPARE(browserTables(window), shopTables);
    QCOMPARE(designTables(window), shopTables);
    QVERIFY(!window.document()->isModified());

    // File > Recent Databases.
    ModalAnswers none({});
    recentAction(window, music)->trigger();
    QCOMPARE(browserTables(window), musicTables);
    QCOMPARE(designTables(window), musicTables);

    // A database without tables has no diagram: the design stays (to be applied, say).
    const QString empty = m_dir.filePath(u"diagram-empty.sqlite"_s);
    QFile::remove(empty);
    QVERIFY(makeSqlite(empty, {u"CREATE TABLE gone (a)"_s, u"DROP TABLE gone"_s}));
    QVERIFY(window.openDatabase(empty));
    QVERIFY(browserTables(window).isEmpty());
    QCOMPARE(designTables(window), musicTables);
    QVERIFY(window.windowTitle().contains(u"diagram-empty.sqlite"_s));
    QVERIFY2(none.unexpected().isEmpty(), qPrintable(none.unexpected().join(u", "_s)));
}

void tst_OpenDatabase::exampleDesignKeptWithItsDatabase()
{
    QString error;
    QVERIFY2(ExampleDatabase::ensure(&error, 3), qPrintable(error));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ModalAnswers none({});
    QVERIFY(window.openFile(ExampleDatabase::designPath()));
    const Schema before = window.schema();
    QVERIFY(before.tables().size() > 3);
    // Inheritance and association tables: the design is not the database's tables one for one.
    QVERIFY(window.openDatabase(ExampleDatabase::databasePath()));
    QCOMPARE(window.document()->path(), ExampleDatabase::designPath());
    QCOMPARE(window.schema().tables().size(), before.tables().size());
    for (const Table &t : before.tables())
        QVERIFY2(window.scene()->tableItem(t.id), qPrintable(t.name));
    QVERIFY(!window.document()->isModified());

    // Moved, so unsaved, yet still the database's design: kept without a question.
    const ObjectId first = before.tables().first().id;
    QVERIFY(window.editor()->setPositions(
        {{first, before.tables().first().position + QPointF(40, 40)}}, u"move"_s));
    QVERIFY(window.document()->isModified());
    QVERIFY(window.openDatabase(ExampleDatabase::databasePath()));
    QCOMPARE(window.document()->path(), ExampleDatabase::designPath());
    QVERIFY(window.document()->isModified());
    QCOMPARE(
        window.schema().table(first)->position, before.tables().first().position + QPointF(40, 40));
    QVERIFY2(none.unexpected().isEmpty(), qPrintable(none.unexpected().join(u", "_s)));
}

void tst_OpenDatabase::unsavedDesignAsksBeforeGivingWay_data()
{
    QTest::addColumn<QString>("answer");
    QTest::newRow("keep the design") << u"keep"_s;
    QTest::newRow("discard its edits") << u"discard"_s;
    QTest::newRow("save it first") << u"save"_s;
}

void tst_OpenDatabase::unsavedDesignAsksBeforeGivingWay()
{
    QFETCH(QString, answer);
    const QString music = m_dir.filePath(u"asked-music.sqlite"_s);
    QVERIFY(makeMusic(music));
    const QString design = m_dir.filePath(u"asked-%1.xml"_s.arg(answer));
    QFile::remove(design);
    QVERIFY(QFile::copy(
        QDir(QStringLiteral(SCHEMATA_FIXTURES)).filePath(u"24_jukebox_lewagon.xml"_s), design));
    QFile::setPermissions(design, QFile::ReadOwner | QFile::WriteOwner);

    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(design));
    const qsizetype tables = window.schema().tables().size();
    QVERIFY(window.editor()->addTable(QPointF(1200, 900), u"unsaved_extra"_s) != NoObject);
    QVERIFY(window.document()->isModified());

    QString question;
    QStringList buttons;
    {
        ModalAnswers answers({[&](QDialog *dialog) {
            auto *box = qobject_cast<QMessageBox *>(dialog);
            if (!box || box->objectName() != u"replaceDesignQuestion") {
                dialog->reject();
                return;
            }
            question = box->text();
            for (QAbstractButton *button : box->buttons())
                buttons << button->text();
            QAbstractButton *chosen = answer == u"save" ? box->button(QMessageBox::Save)
                : answer == u"discard"                  ? box->button(QMessageBox::Discard)
                                                        : nullptr;
            if (!chosen) {
                for (QAbstractButton *button : box->buttons()) {
                    if (box->buttonRole(button) == QMessageBox::RejectRole)
                        chosen = button;
                }
            }
            chosen->click();
        }});
        QVERIFY(window.openDatabase(music));
        QCOMPARE(answers.answered(), 1);
        QVERIFY2(answers.unexpected().isEmpty(), qPrintable(answers.unexpected().join(u", "_s)));
    }
    QVERIFY2(question.contains(u"asked-%1.xml"_s.arg(answer)) && question.contains(u"music"_s),
        qPrintable(question));
    QCOMPARE(buttons.size(), 3);
    QVERIFY2(buttons.join(u'|').contains(u"Keep Current Design"_s), qPrintable(buttons.join(u'|')));
    // The database opened in every case.
    QCOMPARE(browserTables(window), QStringList({u"album"_s, u"artist"_s}));
    QVERIFY(dataPageShown(window));

    QFile file(design);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray saved = file.readAll();
    if (answer == u"keep") {
        QCOMPARE(window.document()->path(), design);
        QVERIFY(window.document()->isModified());
        QCOMPARE(window.schema().tables().size(), tables + 1);
        QVERIFY(window.schema().tableByName(u"unsaved_extra"_s));
        QVERIFY(!saved.contains("unsaved_extra"));
    } else {
        QCOMPARE(schemaTables(window.schema()), QStringList({u"album"_s, u"artist"_s}));
        QCOMPARE(designTables(window), QStringList({u"album"_s, u"artist"_s}));
        QVERIFY(window.document()->path().isEmpty());
        QVERIFY(!window.document()->isModified());
        QCOMPARE(saved.contains("unsaved_extra"), answer == u"save");
    }
}

void tst_OpenDatabase::browseRowsAndShowInDiagram()
{
    const QString music = m_dir.filePath(u"browse-music.sqlite"_s);
    QVERIFY(makeMusic(music));
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openDatabase(music));
    window.action(u"showDesign"_s)->trigger();
    QAction *browse = window.action(u"browseRows"_s);
    QVERIFY(browse);
    QVERIFY(!browse->isEnabled()); // nothing selected

    // A right click on the artist card selects it, and its menu offers Browse Rows.
    const ObjectId artist = tableId(window, u"artist"_s);
    const ObjectId album = tableId(window, u"album"_s);
    TableItem *card = window.scene()->tableItem(artist);
    QVERIFY(card);
    window.view()->centerOn(card);
    const QPoint at = window.view()->mapFromScene(card->sceneBoundingRect().center());
    QVERIFY(window.view()->viewport()->rect().contains(at));
    {
        PopupWatcher popup;
        // The press, then the context menu event that follows it.
        QTest::mousePress(window.view()->viewport(), Qt::RightButton, {}, at);
        QContextMenuEvent menu(
            QContextMenuEvent::Mouse, at, window.view()->viewport()->mapToGlobal(at));
        QApplication::sendEvent(window.view()->viewport(), &menu);
        QTRY_VERIFY(popup.shown());
        QVERIFY(popup.actions().contains(u"browseRows"_s));
        QTest::mouseRelease(window.view()->viewport(), Qt::RightButton, {}, at);
    }
    QCOMPARE(window.scene()->selectedObjects(), QList<ObjectId>({artist}));
    QTRY_VERIFY(browse->isEnabled());
    browse->trigger();
    QVERIFY(dataPageShown(window));
    QCOMPARE(window.browser()->currentTable(), u"artist"_s);
    QTRY_COMPARE(window.browser()->model()->rowCount(), 2);

    // From the data page back: the album card, selected and in view.
    window.browser()->showTable(u"album"_s);
    QCOMPARE(window.browser()->currentTable(), u"album"_s);
    window.view()->centerOn(QPointF(-5000, -5000));
    QAction *showInDiagram = window.browser()->action(u"showInDiagram"_s);
    QVERIFY(showInDiagram && showInDiagram->isEnabled());
    showInDiagram->trigger();
    QVERIFY(window.action(u"showDesign"_s)->isChecked());
    QVERIFY(window.view()->isVisible());
    QCOMPARE(window.scene()->selectedObjects(), QList<ObjectId>({album}));
    const QRectF visible
        = window.view()->mapToScene(window.view()->viewport()->rect()).boundingRect();
    const QRectF albumCard = window.scene()->tableItem(album)->sceneBoundingRect();
    QVERIFY2(visible.contains(albumCard.center()), "the card is not in view");
    // Centred where the scene lets it be.
    QVERIFY(qAbs(visible.center().x() - albumCard.center().x()) < visible.width() / 4
        || visible.left() <= window.scene()->sceneRect().left() + 1);
}

void tst_OpenDatabase::dataBesideDiagramFollowsSelection()
{
    const QString music = m_dir.filePath(u"beside-music.sqlite"_s);
    QVERIFY(makeMusic(music));
    {
        MainWindow window;
        window.resize(1400, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDatabase(music));
        auto *centre = window.findChild<QSplitter *>(u"besideSplitter"_s);
        QVERIFY(centre);
        QCOMPARE(centre->count(), 0);
        QAction *beside = window.action(u"dataBeside"_s);
        QVERIFY(beside && beside->isCheckable() && !beside->isChecked());
        beside->trigger();
        QCOMPARE(centre->count(), 2);
        QVERIFY(window.view()->isVisible());
        QVERIFY(window.browser()->isVisible());
        QVERIFY(window.view()->width() > 200 && window.browser()->width() > 200);
        // The rows alone: the diagram lists the tables.
        QVERIFY(window.browser()->isCompact());
        QVERIFY(!window.browser()->findChild<QTreeWidget *>(u"tables"_s)->isVisible());

        // Selecting a card shows its rows beside it.
        window.scene()->selectObjects({tableId(window, u"album"_s)});
        QTRY_COMPARE(window.browser()->currentTable(), u"album"_s);
        QTRY_COMPARE(window.browser()->model()->rowCount(), 1);
        window.scene()->selectObjects({tableId(window, u"artist"_s)});
        QTRY_COMPARE(window.browser()->currentTable(), u"artist"_s);
        QTRY_COMPARE(window.browser()->model()->rowCount(), 2);
        QVERIFY(window.view()->isVisible());

        // With the rows focused, Delete works on rows, not on the card still selected.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.browser()->grid()->setFocus();
        QTRY_VERIFY(window.browser()->grid()->hasFocus());
        window.browser()->grid()->selectionModel()->clear();
        window.action(u"delete"_s)->trigger();
        QVERIFY(window.schema().tableByName(u"artist"_s));
        window.browser()->revertEdits();
        window.view()->setFocus();
        QTRY_VERIFY(window.view()->hasFocus());
        QVERIFY(window.action(u"delete"_s)->isEnabled());
        QVERIFY(QSettings().value(u"view/dataBeside"_s).toBool());
    }
    // Remembered.
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *centre = window.findChild<QSplitter *>(u"besideSplitter"_s);
    QVERIFY(window.action(u"dataBeside"_s)->isChecked());
    QCOMPARE(centre->count(), 2);
    // Off again: the browser is the data page.
    window.action(u"dataBeside"_s)->trigger();
    QCOMPARE(centre->count(), 0);
    QCOMPARE(window.findChild<QStackedWidget *>()->currentWidget(), window.view());
    QVERIFY(!window.browser()->isVisible());
    window.action(u"showData"_s)->trigger();
    QVERIFY(dataPageShown(window));
    QVERIFY(!window.browser()->isCompact());
    QVERIFY(window.browser()->findChild<QTreeWidget *>(u"tables"_s)->isVisible());
    QVERIFY(!QSettings().value(u"view/dataBeside"_s).toBool());
}

void tst_OpenDatabase::titleNamesDesignAndDatabase()
{
    const QString music = m_dir.filePath(u"chinook.sqlite"_s);
    QVERIFY(makeMusic(music));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString dash = u" \u2014 "_s;
    QCOMPARE(shownTitle(window), u"Untitled"_s + dash + u"Schemata"_s);
    QVERIFY(window.openDatabase(music));
    QCOMPARE(shownTitle(window), u"Untitled"_s + dash + u"chinook.sqlite"_s + dash + u"Schemata"_s);
    const QString blog = m_dir.filePath(u"blog.xml"_s);
    QFile::remove(blog);
    ModalAnswers none({});
    QVERIFY(window.saveFile(blog));
    QCOMPARE(shownTitle(window), u"blog.xml"_s + dash + u"chinook.sqlite"_s + dash + u"Schemata"_s);
    QVERIFY(window.editor()->addColumn(tableId(window, u"artist"_s), u"born"_s) != NoObject);
    QCOMPARE(
        shownTitle(window), u"blog.xml*"_s + dash + u"chinook.sqlite"_s + dash + u"Schemata"_s);
    QVERIFY2(none.unexpected().isEmpty(), qPrintable(none.unexpected().join(u", "_s)));
}

void tst_OpenDatabase::cleanupTestCase()
{
    if (!keyring())
        return;
    QString error;
    for (const DatabaseAddress &address : std::as_const(m_stored))
        PasswordStore::remove(address, &error);
}

QTEST_MAIN(tst_OpenDatabase)
#include "tst_opendatabase.moc"
