// MysqlDialect: reading whole tables for the JSON export.
#include "mysqldialect.h"

// A HANDLER reads a table in its storage order, page by page, inside the transaction's
// snapshot, without an ORDER BY or a key to page by.
QString MysqlDialect::openTableCursorSql(const QString &table, const QString &cursor) const
{
    return QStringLiteral("HANDLER ") + quoteIdentifier(table) + QStringLiteral(" OPEN AS ")
        + cursor;
}

QString MysqlDialect::readTableCursorSql(const QString &cursor, bool first, int rows) const
{
    return QStringLiteral("HANDLER ") + cursor + QStringLiteral(" READ ")
        + (first ? QStringLiteral("FIRST") : QStringLiteral("NEXT")) + QStringLiteral(" LIMIT ")
        + QString::number(rows);
}

QString MysqlDialect::closeTableCursorSql(const QString &cursor) const
{
    return QStringLiteral("HANDLER ") + cursor + QStringLiteral(" CLOSE");
}
