// Dialect: reading whole tables for the JSON export, where an engine needs nothing of its own;
// SQLite's page cache and text bytes are in sqliteexport.cpp, MariaDB's HANDLER in
// mysqlexport.cpp.
#include "dialect.h"

QString Dialect::textBytes(const QString &expression) const
{
    return expression;
}

QString Dialect::setCacheSizeSql(qint64) const
{
    return {};
}

QString Dialect::openTableCursorSql(const QString &, const QString &) const
{
    return {};
}

QString Dialect::readTableCursorSql(const QString &, bool, int) const
{
    return {};
}

QString Dialect::closeTableCursorSql(const QString &) const
{
    return {};
}
