#include "connection.h"

#include "dialects/dialect.h"
#include "sqlitefile.h"
#include "sqllog.h"

#include <QAtomicInteger>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace {

QString uniqueConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("schemata-%1").arg(counter.fetchAndAddRelaxed(1) + 1);
}

QString driverFor(SqlEngine engine)
{
    switch (engine) {
    case SqlEngine::Sqlite:
        return QStringLiteral("QSQLITE");
    case SqlEngine::Postgres:
        return QStringLiteral("QPSQL");
    case SqlEngine::Mysql:
        return QStringLiteral("QMYSQL");
    }
    return {};
}

// The driver's connect options: a timeout, and TLS as the address asks.
std::optional<QString> connectOptions(const DatabaseAddress &address, QString *error)
{
    if (!address.checkSslMode(error))
        return std::nullopt;
    if (address.engine == SqlEngine::Postgres) {
        QString options = QStringLiteral("connect_timeout=10");
        if (!address.sslMode.isEmpty())
            options += QStringLiteral(";sslmode=") + address.sslMode;
        return options;
    }
    QString options = QStringLiteral("MYSQL_OPT_CONNECT_TIMEOUT=10");
    if (address.sslMode == u"prefer" || address.sslMode == u"require") {
        // Qt 6.4's driver asks for TLS only when given a certificate option (the system's
        // authorities are the natural one), and then falls back to plain TCP when the server
        // has no TLS: open() checks the cipher afterwards for "require".
        const QString authorities = QStringLiteral("/etc/ssl/certs");
        if (!QFileInfo(authorities).isDir()) {
            *error = Connection::tr("TLS to %1 needs the system's certificate folder %2, which "
                                    "does not exist.")
                         .arg(address.displayName(), authorities);
            return std::nullopt;
        }
        options += QStringLiteral(";SSL_CAPATH=") + authorities;
    }
    return options;
}

} // namespace

Connection::Connection()
    : m_name(uniqueConnectionName())
{
}

Connection::~Connection()
{
    close();
}

bool Connection::open(const DatabaseAddress &address, Mode mode, QString *error)
{
    close();
    m_address = address;
    const QString driver = driverFor(address.engine);
    if (!QSqlDatabase::isDriverAvailable(driver)) {
        *error = tr("Qt's %1 driver is not installed; on Debian, install libqt6sql6-%2.")
                     .arg(driver,
                         address.engine == SqlEngine::Postgres    ? QStringLiteral("psql")
                             : address.engine == SqlEngine::Mysql ? QStringLiteral("mysql")
                                                                  : QStringLiteral("sqlite"));
        return false;
    }
    if (address.engine == SqlEngine::Sqlite && mode == Mode::OpenExisting
        && !QFileInfo::exists(address.path)) {
        // A mistyped URL (postgresql//user:secret@host) lands here as a file name.
        *error = tr("%1: no such database file.").arg(DatabaseAddress::redacted(address.path));
        return false;
    }
    // SQLite opens any file and fails only at the first statement, with "file is not a
    // database": say instead what the file is.
    if (address.engine == SqlEngine::Sqlite && QFileInfo::exists(address.path)) {
        const QString refusal = SqliteFile::refusal(address.path);
        if (!refusal.isEmpty()) {
            *error = refusal;
            return false;
        }
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, m_name);
        if (address.engine == SqlEngine::Sqlite) {
            db.setDatabaseName(address.path);
        } else {
            db.setHostName(address.host);
            if (address.port > 0)
                db.setPort(address.port);
            db.setDatabaseName(address.database);
            db.setUserName(address.user);
            db.setPassword(address.password.value_or(QString()));
            const std::optional<QString> options = connectOptions(address, error);
            if (!options) {
                db = QSqlDatabase();
                close();
                return false;
            }
            db.setConnectOptions(*options);
        }
        if (!db.open()) {
            *error = tr("Cannot open %1: %2")
                         .arg(address.isServer() ? address.displayName()
                                                 : DatabaseAddress::redacted(address.path),
                             errorText(db.lastError()));
            db = QSqlDatabase();
            close();
            return false;
        }
        m_dialect = Dialect::forDatabase(db);
        QSqlQuery query(db);
        if (address.engine == SqlEngine::Mysql && address.sslMode == u"require"
            && (!Sql::exec(query, QStringLiteral("SHOW SESSION STATUS LIKE 'Ssl_cipher'"))
                || !query.next() || query.value(1).toString().isEmpty())) {
            *error = tr("%1 does not offer TLS, which was required; the connection was closed.")
                         .arg(address.displayName());
            query = QSqlQuery();
            db = QSqlDatabase();
            close();
            return false;
        }
        for (const QString &statement : m_dialect->connectionSetup()) {
            if (!Sql::exec(query, statement)) {
                *error = tr("Cannot set up the connection to %1: %2")
                             .arg(address.displayName(), errorText(query.lastError()));
                query = QSqlQuery();
                db = QSqlDatabase();
                close();
                return false;
            }
        }
    }
    return true;
}

QString Connection::errorText(const QSqlError &error)
{
    QString text = error.databaseText().trimmed();
    if (text.isEmpty()) {
        // Nothing from the database (a connection that dropped, a driver that gave up): the
        // driver's own words are all there is, without its name.
        static const QRegularExpression driverName(QStringLiteral("^Q[A-Z0-9]+: "));
        text = error.driverText().trimmed().remove(driverName);
        return text.isEmpty() ? tr("the database gave no reason") : text;
    }
    // Qt's PostgreSQL driver appends the SQLSTATE to libpq's "ERROR:  ..." message.
    const QString code = error.nativeErrorCode();
    if (!code.isEmpty() && text.endsWith(u'(' + code + u')'))
        text = text.chopped(code.size() + 2).trimmed();
    static const QRegularExpression severity(QStringLiteral("^(ERROR|FATAL|PANIC):\\s+"));
    return text.remove(severity);
}

void Connection::close()
{
    m_dialect.reset();
    if (QSqlDatabase::contains(m_name)) {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
}

bool Connection::isOpen() const
{
    return QSqlDatabase::contains(m_name) && QSqlDatabase::database(m_name, false).isOpen();
}

QSqlDatabase Connection::database() const
{
    return QSqlDatabase::database(m_name, false);
}
