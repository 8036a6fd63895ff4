#include "queryinterrupter.h"

#include "database/sqllog.h"
#include "dialects/dialect.h"

#include <QAtomicInteger>
#include <QLibrary>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThreadPool>
#include <QVariant>

namespace {

void *driverHandle(const QSqlDatabase &db, const char *typeName)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), typeName) != 0)
        return nullptr;
    return *static_cast<void *const *>(handle.data());
}

class SqliteInterrupter : public QueryInterrupter
{
public:
    using Interrupt = void (*)(void *);
    SqliteInterrupter(void *connection, Interrupt function)
        : m_connection(connection)
        , m_interrupt(function)
    {
    }
    void interrupt() override { m_interrupt(m_connection); }

private:
    void *m_connection;
    Interrupt m_interrupt;
};

// PQgetCancel's object holds what a cancel request needs, apart from the connection, so it
// can be used from any thread; PQcancel connects to the server, so it runs on a pool thread.
class PostgresInterrupter : public QueryInterrupter
{
public:
    using Cancel = int (*)(void *, char *, int);
    using Free = void (*)(void *);
    PostgresInterrupter(void *cancel, Cancel function, Free free)
        : m_cancel(cancel, free)
        , m_function(function)
    {
    }
    void interrupt() override
    {
        QThreadPool::globalInstance()->start([cancel = m_cancel, function = m_function] {
            char message[256];
            function(cancel.get(), message, int(sizeof message));
        });
    }

private:
    std::shared_ptr<void> m_cancel;
    Cancel m_function;
};

// MariaDB stops a statement of another session with KILL QUERY, which a session may do to
// any of its own user's: from a second connection, a copy of the first (same server, user,
// password and options), made, used and closed on a pool thread.
class MysqlInterrupter : public QueryInterrupter
{
public:
    MysqlInterrupter(const QString &connectionName, qint64 threadId)
        : m_connectionName(connectionName)
        , m_threadId(threadId)
    {
    }
    void interrupt() override
    {
        QThreadPool::globalInstance()->start([name = m_connectionName, id = m_threadId] {
            static QAtomicInteger<quint64> counter;
            const QString copy
                = QStringLiteral("schemata-kill-%1").arg(counter.fetchAndAddRelaxed(1) + 1);
            {
                // Nothing to copy once the connection is closed: nothing to stop either.
                QSqlDatabase db = QSqlDatabase::cloneDatabase(name, copy);
                if (db.isValid() && db.open()) {
                    QSqlQuery kill(db);
                    Sql::exec(kill, QStringLiteral("KILL QUERY ") + QString::number(id));
                }
            }
            QSqlDatabase::removeDatabase(copy);
        });
    }

private:
    QString m_connectionName;
    qint64 m_threadId;
};

} // namespace

std::unique_ptr<QueryInterrupter> QueryInterrupter::create(const QSqlDatabase &db)
{
    if (void *sqlite = driverHandle(db, "sqlite3*")) {
        const auto function = reinterpret_cast<SqliteInterrupter::Interrupt>(
            QLibrary::resolve(QStringLiteral("sqlite3"), 0, "sqlite3_interrupt"));
        if (function)
            return std::make_unique<SqliteInterrupter>(sqlite, function);
        return nullptr;
    }
    void *pg = driverHandle(db, "PGconn*");
    if (!pg)
        pg = driverHandle(db, "pg_conn*"); // the struct PGconn names
    if (pg) {
        using GetCancel = void *(*)(void *);
        const QString library = QStringLiteral("pq");
        const auto get = reinterpret_cast<GetCancel>(QLibrary::resolve(library, 5, "PQgetCancel"));
        const auto cancel = reinterpret_cast<PostgresInterrupter::Cancel>(
            QLibrary::resolve(library, 5, "PQcancel"));
        const auto free = reinterpret_cast<PostgresInterrupter::Free>(
            QLibrary::resolve(library, 5, "PQfreeCancel"));
        if (!get || !cancel || !free)
            return nullptr;
        void *object = get(pg);
        if (!object)
            return nullptr;
        return std::make_unique<PostgresInterrupter>(object, cancel, free);
    }
    if (db.driver() && db.driver()->dbmsType() == QSqlDriver::MySqlServer) {
        QSqlQuery query(db);
        if (!Sql::exec(query, QStringLiteral("SELECT CONNECTION_ID()")) || !query.next())
            return nullptr;
        return std::make_unique<MysqlInterrupter>(db.connectionName(), query.value(0).toLongLong());
    }
    return nullptr;
}

bool QueryInterrupter::isInterruption(const QSqlError &error, SqlEngine engine)
{
    return Dialect::forEngine(engine).isInterruption(error);
}
