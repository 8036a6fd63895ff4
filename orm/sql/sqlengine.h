#pragma once

#include <QString>

#include <optional>

// The database engines Schemata creates and reads schemas on.
enum class SqlEngine { Sqlite, Postgres, Mysql };

// "sqlite", "postgresql", "mysql": the names used on the command line and in URLs.
QString sqlEngineName(SqlEngine engine);
// Accepts the names above and common aliases ("postgres", "pg", "mariadb").
std::optional<SqlEngine> sqlEngineFromName(const QString &name);
// The name people know the engine by ("SQLite", "PostgreSQL", "MariaDB/MySQL").
QString sqlEngineTitle(SqlEngine engine);
