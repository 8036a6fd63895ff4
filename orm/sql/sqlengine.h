#pragma once

#include <QString>

#include <array>
#include <optional>

// The database engines Schemata creates and reads schemas on.
enum class SqlEngine { Sqlite, Postgres, Mysql };
// Every engine, in the order they are offered.
inline constexpr std::array allSqlEngines {
    SqlEngine::Sqlite, SqlEngine::Postgres, SqlEngine::Mysql};
// The engine where nothing says which: a file needs no server.
inline constexpr SqlEngine defaultSqlEngine = SqlEngine::Sqlite;

// "sqlite", "postgresql", "mysql": the names used on the command line and in URLs.
QString sqlEngineName(SqlEngine engine);
// Accepts the names above and common aliases ("postgres", "pg", "mariadb").
std::optional<SqlEngine> sqlEngineFromName(const QString &name);
// The name people know the engine by ("SQLite", "PostgreSQL", "MariaDB/MySQL").
QString sqlEngineTitle(SqlEngine engine);
