#include "testdatabases.h"

#include <QTest>

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>

#include <utility>

using namespace Qt::StringLiterals;

namespace TestDatabases {

namespace {

const auto sqliteEngine = "sqlite"_L1;

bool exec(QSqlQuery &query, const QString &sql, QString *error)
{
    if (query.exec(sql))
        return true;
    *error = sql + u": "_s + query.lastError().text();
    return false;
}

bool recreatePostgresql(QSqlDatabase &db, const QString &name, QString *error)
{
    QSqlQuery query(db);
    // DROP DATABASE IF EXISTS otherwise logs a NOTICE through the driver for every new name.
    if (!exec(query, u"SET client_min_messages = warning"_s, error))
        return false;
    // DROP DATABASE fails while anyone is connected, e.g. a connection an earlier failed test
    // left open; PostgreSQL 13's DROP DATABASE ... WITH (FORCE) would do this too.
    query.prepare(u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                  "WHERE datname = ? AND pid <> pg_backend_pid()"_s);
    query.addBindValue(name);
    if (!query.exec()) {
        *error = u"ending the sessions on "_s + name + u": "_s + query.lastError().text();
        return false;
    }
    const QString quoted = u'"' + name + u'"';
    // template0 with an explicit encoding and locale: the same database whatever the server's
    // defaults (template1 of a cluster made with another locale could not be copied with C).
    return exec(query, u"DROP DATABASE IF EXISTS "_s + quoted, error)
        && exec(query,
            u"CREATE DATABASE "_s + quoted
                + u" TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'"_s,
            error);
}

bool recreateMysql(QSqlDatabase &db, const QString &name, QString *error)
{
    QSqlQuery query(db);
    // DROP DATABASE waits for the metadata locks of open transactions on it, by default for a
    // day; fail the test instead.
    if (!exec(query, u"SET SESSION lock_wait_timeout = 30"_s, error))
        return false;
    query.prepare(u"SELECT ID FROM information_schema.PROCESSLIST "
                  "WHERE DB = ? AND ID <> CONNECTION_ID()"_s);
    query.addBindValue(name);
    if (!query.exec()) {
        *error = u"listing the sessions on "_s + name + u": "_s + query.lastError().text();
        return false;
    }
    QStringList sessions;
    while (query.next())
        sessions << query.value(0).toString();
    for (const QString &id : std::as_const(sessions)) {
        // The session may have ended since; that is fine.
        query.exec(u"KILL "_s + id);
    }
    const QString quoted = u'`' + name + u'`';
    return exec(query, u"DROP DATABASE IF EXISTS "_s + quoted, error)
        && exec(query,
            u"CREATE DATABASE "_s + quoted + u" CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"_s,
            error);
}

// What differs between the two server engines.
struct Server
{
    QLatin1String engine;
    const char *urlVariable;
    QLatin1String driver;
    QLatin1String package; // the Debian package of the Qt driver, for the error message
    int defaultPort;
    // Bounds a connection attempt, so a firewalled or dead host fails a test in seconds
    // instead of hanging it until the CTest timeout.
    QLatin1String connectTimeoutOption;
    // For the administrative connection when the URL names no database.
    QLatin1String defaultDatabase;
    bool (*recreate)(QSqlDatabase &db, const QString &name, QString *error);
};

constexpr Server servers[] = {
    {"postgresql"_L1, "SCHEMATA_TEST_POSTGRESQL_URL", "QPSQL"_L1, "libqt6sql6-psql"_L1, 5432,
        "connect_timeout=5"_L1, "postgres"_L1, recreatePostgresql},
    {"mysql"_L1, "SCHEMATA_TEST_MYSQL_URL", "QMYSQL"_L1, "libqt6sql6-mysql"_L1, 3306,
        "MYSQL_OPT_CONNECT_TIMEOUT=5"_L1, QLatin1String(), recreateMysql},
};

const Server *serverFor(const QString &engine)
{
    for (const Server &server : servers) {
        if (engine == server.engine)
            return &server;
    }
    return nullptr;
}

QStringList allEngines()
{
    return {sqliteEngine, servers[0].engine, servers[1].engine};
}

// The engines SCHEMATA_TEST_ENGINES names, in the canonical order (all of them when it is unset
// or empty); names that are no engine go to *unknown.
QStringList selectedEngines(QStringList *unknown = nullptr)
{
    const QString variable = qEnvironmentVariable("SCHEMATA_TEST_ENGINES").trimmed();
    if (variable.isEmpty())
        return allEngines();
    QStringList requested;
    for (const QString &part : variable.split(u',', Qt::SkipEmptyParts)) {
        const QString engine = part.trimmed().toLower();
        if (!engine.isEmpty())
            requested << engine;
    }
    QStringList selected;
    for (const QString &engine : allEngines()) {
        if (requested.contains(engine))
            selected << engine;
    }
    if (unknown) {
        for (const QString &engine : std::as_const(requested)) {
            if (!allEngines().contains(engine) && !unknown->contains(engine))
                *unknown << engine;
        }
    }
    return selected;
}

QString urlText(const Server &server)
{
    return qEnvironmentVariable(server.urlVariable).trimmed();
}

// The server URL from the environment; false, with the reason in *error, when it is unset or
// not a usable URL.
bool serverUrl(const Server &server, QUrl *url, QString *error)
{
    const QString text = urlText(server);
    if (text.isEmpty()) {
        *error = QLatin1String(server.urlVariable)
            + u" is not set (scripts/test sets it after starting the server)"_s;
        return false;
    }
    *url = QUrl(text, QUrl::StrictMode);
    if (!url->isValid() || url->host().isEmpty()) {
        *error = QLatin1String(server.urlVariable) + u" is not a server URL: "_s + text;
        return false;
    }
    return true;
}

QString databaseOf(const QUrl &url)
{
    return url.path().mid(1); // after the leading slash
}

// Opens a connection to `database` on the server, runs `work` on it and closes it. The
// QSqlDatabase, and any QSqlQuery `work` made, is gone before removeDatabase(), as Qt requires;
// every call uses a connection name of its own, so nothing clashes with the test's connections.
template<typename Work>
bool withConnection(
    const Server &server, const QUrl &url, const QString &database, QString *error, Work work)
{
    if (!QSqlDatabase::isDriverAvailable(server.driver)) {
        *error = u"Qt's "_s + server.driver + u" driver is not installed (Debian package "_s
            + server.package + u')';
        return false;
    }
    static QAtomicInt counter;
    const QString connectionName
        = u"TestDatabases-"_s + QString::number(counter.fetchAndAddRelaxed(1));
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(server.driver, connectionName);
        db.setHostName(url.host());
        db.setPort(url.port(server.defaultPort));
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setDatabaseName(database);
        db.setConnectOptions(server.connectTimeoutOption);
        if (db.open()) {
            ok = work(db, error);
            db.close();
        } else {
            *error = u"cannot connect to "_s + url.toString(QUrl::RemovePassword) + u": "_s
                + db.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(connectionName);
    return ok;
}

QString freshSqliteFile(const QString &name, QString *error)
{
    // Static: the folder, and so every file in it, lives until the test process ends.
    static QTemporaryDir folder(QDir::tempPath() + u"/schemata-tests-XXXXXX"_s);
    if (!folder.isValid()) {
        *error = u"cannot create a temporary folder: "_s + folder.errorString();
        return {};
    }
    const QString path = folder.filePath(name + u".sqlite"_s);
    for (const QString &suffix : {QString(), u"-journal"_s, u"-wal"_s, u"-shm"_s}) {
        const QString file = path + suffix;
        if (QFile::exists(file) && !QFile::remove(file)) {
            *error = u"cannot remove "_s + file;
            return {};
        }
    }
    return path;
}

} // namespace

QStringList engines()
{
    QStringList result;
    for (const QString &engine : selectedEngines()) {
        const Server *server = serverFor(engine);
        if (!server || !urlText(*server).isEmpty())
            result << engine;
    }
    return result;
}

bool serversRequired()
{
    return qEnvironmentVariableIntValue("SCHEMATA_TEST_REQUIRE_SERVERS") == 1;
}

QString missingServers()
{
    QStringList problems;
    QStringList unknown;
    const QStringList selected = selectedEngines(&unknown);
    if (!unknown.isEmpty()) {
        problems << u"SCHEMATA_TEST_ENGINES names unknown engines "_s + unknown.join(u", "_s)
                + u" (known: "_s + allEngines().join(u", "_s) + u')';
    }
    if (serversRequired()) {
        for (const Server &server : servers) {
            if (!selected.contains(server.engine))
                continue;
            QUrl url;
            QString error;
            if (!serverUrl(server, &url, &error)
                || !withConnection(server, url, databaseOf(url), &error,
                    [](QSqlDatabase &, QString *) { return true; })) {
                problems << u"missing "_s + server.engine + u" server: "_s + error;
            }
        }
    }
    return problems.join(u"; "_s);
}

QString freshDatabase(const QString &engine, const QString &name, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    // Lower-case identifiers need no quoting rules and mean the same on every engine
    // (PostgreSQL folds unquoted names to lower case, MariaDB's may be case-sensitive files).
    static const QRegularExpression identifier(u"^[a-z_][a-z0-9_]{0,62}$"_s);
    if (!identifier.match(name).hasMatch()) {
        *error = u"not a lower-case identifier of at most 63 characters: "_s + name;
        return {};
    }
    if (engine == sqliteEngine)
        return freshSqliteFile(name, error);

    const Server *server = serverFor(engine);
    if (!server) {
        *error = u"unknown engine "_s + engine + u" (known: "_s + allEngines().join(u", "_s) + u')';
        return {};
    }
    QUrl url;
    if (!serverUrl(*server, &url, error))
        return {};
    // The administrative connection goes to the URL's own database, which the user may
    // certainly use; PostgreSQL needs some database, and "postgres" always exists.
    QString adminDatabase = databaseOf(url);
    if (adminDatabase.isEmpty())
        adminDatabase = server->defaultDatabase;
    if (name == adminDatabase) {
        *error = u"will not re-create "_s + name + u", the database "_s
            + QLatin1String(server->urlVariable) + u" names"_s;
        return {};
    }
    const bool ok = withConnection(
        *server, url, adminDatabase, error, [&](QSqlDatabase &db, QString *workError) {
            return server->recreate(db, name, workError);
        });
    if (!ok) {
        *error = engine + u": "_s + *error;
        return {};
    }
    url.setPath(u'/' + name);
    return url.toString(QUrl::FullyEncoded);
}

void addEngineRows()
{
    QTest::addColumn<QString>("engine");
    for (const QString &engine : engines())
        QTest::newRow(qPrintable(engine)) << engine;
}

} // namespace TestDatabases
