#include "connection.h"

#include "dialects/dialect.h"

#include <QAtomicInteger>
#include <QFileInfo>
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
        && !QFileInfo(address.path).isFile()) {
        *error = tr("%1: no such database file.").arg(address.path);
        return false;
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
            if (address.engine == SqlEngine::Postgres)
                db.setConnectOptions(QStringLiteral("connect_timeout=10"));
            else
                db.setConnectOptions(QStringLiteral("MYSQL_OPT_CONNECT_TIMEOUT=10"));
        }
        if (!db.open()) {
            *error = tr("Cannot open %1: %2")
                         .arg(address.displayName(), db.lastError().text().trimmed());
            db = QSqlDatabase();
            close();
            return false;
        }
        m_dialect = Dialect::forDatabase(db);
        QSqlQuery query(db);
        for (const QString &statement : m_dialect->connectionSetup()) {
            if (!query.exec(statement)) {
                *error = tr("Cannot set up the connection to %1: %2")
                             .arg(address.displayName(), query.lastError().text());
                query = QSqlQuery();
                db = QSqlDatabase();
                close();
                return false;
            }
        }
    }
    return true;
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
