#include "browser/browserpane.h"
#include "dialogs/passwordstore.h"
#include "mainwindow.h"
#include "schema/schema.h"
#include "testdatabases.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
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
#include <QUrl>
#include <QUuid>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

// Answers the modal dialogs that open while a blocking call runs, one handler each, in order;
// a dialog beyond the handlers is rejected and noted as unexpected.
class ModalAnswers : public QObject
{
public:
    using Handler = std::function<void(QDialog *)>;

    explicit ModalAnswers(QList<Handler> handlers)
        : m_handlers(std::move(handlers))
    {
        connect(&m_timer, &QTimer::timeout, this, &ModalAnswers::poll);
        m_timer.start(20);
    }

    qsizetype answered() const { return m_next; }
    QStringList unexpected() const { return m_unexpected; }

private:
    void poll()
    {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog || dialog == m_current)
            return;
        // Dialogs on the stack may reuse an address: the one handled counts as gone only once
        // it is destroyed.
        m_current = dialog;
        connect(dialog, &QObject::destroyed, this, [this] { m_current = nullptr; });
        if (m_next < m_handlers.size()) {
            m_handlers.at(m_next++)(dialog);
        } else {
            m_unexpected << dialog->objectName() + u": "_s + dialog->windowTitle();
            dialog->reject();
        }
    }

    QList<Handler> m_handlers;
    qsizetype m_next = 0;
    QStringList m_unexpected;
    QDialog *m_current = nullptr;
    QTimer m_timer;
};

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
    // The design stays open behind it.
    QCOMPARE(window.schema().tables().size(), designTables);
    QVERIFY(window.windowTitle().contains(u"24_jukebox_lewagon.xml"_s));
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
