#pragma once

// Lets one test body run on every database engine, as Qt's own Sql tests do: SQLite always,
// PostgreSQL and MariaDB on the servers that scripts/test starts (scripts/servers.sh) and names
// in environment variables. Typical use: a `engine` data column filled from engines(),
// QVERIFY2(missingServers().isEmpty(), ...) in initTestCase(), freshDatabase() per test.
//
// Environment: SCHEMATA_TEST_ENGINES (comma list of sqlite, postgresql, mysql; default all),
// SCHEMATA_TEST_POSTGRESQL_URL (postgresql://user:password@host:port/database),
// SCHEMATA_TEST_MYSQL_URL (mysql://user:password@host:port/database) and
// SCHEMATA_TEST_REQUIRE_SERVERS (1: a missing server is a failure, not a skip).

#include <QString>
#include <QStringList>

namespace TestDatabases {

// Engines the database tests run on: "sqlite" always, "postgresql" and "mysql" when their
// URL variable is set; SCHEMATA_TEST_ENGINES restricts the list.
QStringList engines();

// True when the tests must fail if a server is missing (SCHEMATA_TEST_REQUIRE_SERVERS=1).
bool serversRequired();

// For initTestCase(): empty when fine; otherwise a message naming the missing server(s)
// (engine selected or defaulted, server required, URL variable unset or server not answering)
// or the unknown names in SCHEMATA_TEST_ENGINES.
QString missingServers();

// A fresh, empty database for one test. For "sqlite", the path of a file (deleted first if a
// previous call made it) in a temporary folder that lives until the process ends. For
// "postgresql" and "mysql", drops and re-creates the database `name` on the server the URL
// variable names, after ending other sessions on it, and returns its URL, e.g.
// postgresql://schemata:schemata@127.0.0.1:5433/tst_ddl_seed. PostgreSQL databases are UTF8 with
// the C collation, MariaDB ones utf8mb4_bin, so that ordering is the same on every machine.
// `name` is a lower-case identifier ([a-z_][a-z0-9_]*, at most 63 characters).
// Returns an empty string and sets *error on failure.
QString freshDatabase(const QString &engine, const QString &name, QString *error);

// For a _data() function: a QString column "engine" with one row per engine of engines().
void addEngineRows();

} // namespace TestDatabases
