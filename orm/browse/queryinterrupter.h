#pragma once

#include "sql/sqlengine.h"

#include <memory>

class QSqlDatabase;
class QSqlError;

// Stops a query that runs on another thread's connection: sqlite3_interrupt() on SQLite and
// PQcancel() on PostgreSQL, both looked up in the client library that Qt's driver has loaded
// (so there is nothing more to build against; a Qt with SQLite built in has none to find, and
// then queries run to their end), and KILL QUERY from a second connection on MariaDB.
class QueryInterrupter
{
public:
    virtual ~QueryInterrupter() = default;

    // For an open connection, on the thread that uses it; nullptr when the driver gives no
    // way. On SQLite, interrupt() must not be called after the connection is closed.
    static std::unique_ptr<QueryInterrupter> create(const QSqlDatabase &db);

    // From any thread, without blocking: the query running now on the connection fails soon
    // with an error that isInterruption() recognises. When no query runs, nothing happens
    // on SQLite; on the servers the next query may fail instead (so it should be retried).
    virtual void interrupt() = 0;

    static bool isInterruption(const QSqlError &error, SqlEngine engine);
};
