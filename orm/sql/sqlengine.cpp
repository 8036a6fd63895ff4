#include "sqlengine.h"

#include <QString>

QString sqlEngineName(SqlEngine engine)
{
    switch (engine) {
    case SqlEngine::Sqlite:
        return QStringLiteral("sqlite");
    case SqlEngine::Postgres:
        return QStringLiteral("postgresql");
    case SqlEngine::Mysql:
        return QStringLiteral("mysql");
    }
    return {};
}

QString sqlEngineTitle(SqlEngine engine)
{
    switch (engine) {
    case SqlEngine::Sqlite:
        return QStringLiteral("SQLite");
    case SqlEngine::Postgres:
        return QStringLiteral("PostgreSQL");
    case SqlEngine::Mysql:
        return QStringLiteral("MariaDB/MySQL");
    }
    return {};
}

std::optional<SqlEngine> sqlEngineFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"sqlite" || n == u"sqlite3")
        return SqlEngine::Sqlite;
    if (n == u"postgresql" || n == u"postgres" || n == u"pg" || n == u"psql")
        return SqlEngine::Postgres;
    if (n == u"mysql" || n == u"mariadb")
        return SqlEngine::Mysql;
    return std::nullopt;
}
