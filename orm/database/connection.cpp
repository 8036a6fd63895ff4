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

// The driver's connect options: a timeout, and TLS as the address asks.
std::optional<QString> connectOptions(
    const Dialect &dialect, const DatabaseAddress &address, QString *error)
{
    if (!address.checkSslMode(error))
        return std::nullopt;
    const QString authorities = dialect.tlsAuthorities(address.sslMode);
    if (!authorities.isEmpty() && !QFileInfo(authorities).isDir()) {
        *error = Connection::tr("TLS to %1 needs the system's certificate folder %2, which "
                                "does not exist.")
                     .arg(address.displayName(), authorities);
        return std::nullopt;
    }
    return dialect.connectOptions(address.sslMode);
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
    const Dialect &dialect = Dialect::forEngine(address.engine);
    const QString driver = dialect.driverName();
    if (!QSqlDatabase::isDriverAvailable(driver)) {
        *error = tr("Qt's %1 driver is not installed; on Debian, install libqt6sql6-%2.")
                     .arg(driver, dialect.driverPackage());
        return false;
    }
    if (!address.isServer() && mode == Mode::OpenExisting && !QFileInfo::exists(address.path)) {
        // A mistyped URL (postgresql//user:secret@host) lands here as a file name.
        *error = tr("%1: no such database file.").arg(DatabaseAddress::redacted(address.path));
        return false;
    }
    // SQLite opens any file and fails only at the first statement, with "file is not a
    // database": say instead what the file is.
    if (!address.isServer() && QFileInfo::exists(address.path)) {
        const QString refusal = SqliteFile::refusal(address.path);
        if (!refusal.isEmpty()) {
            *error = refusal;
            return false;
        }
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, m_name);
        if (!address.isServer()) {
            db.setDatabaseName(address.path);
        } else {
            db.setHostName(address.host);
            if (address.port > 0)
                db.setPort(address.port);
            db.setDatabaseName(address.database);
            db.setUserName(address.user);
            db.setPassword(address.password.value_or(QString()));
            const std::optional<QString> options = connectOptions(dialect, address, error);
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
        const QString cipherQuery = m_dialect->tlsCipherQuery();
        if (address.sslMode == u"require" && !cipherQuery.isEmpty()
            && (!Sql::exec(query, cipherQuery) || !query.next()
                || query.value(1).toString().isEmpty())) {
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
