#include "postgresdialect.h"

#include <QSqlDatabase>
#include <QSqlQuery>

QString PostgresDialect::booleanLiteral(bool value) const
{
    return value ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
}

QString PostgresDialect::dropTableSql(const QString &table) const
{
    return QStringLiteral("DROP TABLE IF EXISTS ") + quoteIdentifier(table)
        + QStringLiteral(" CASCADE");
}

QString PostgresDialect::commentStatement(
    const QString &table, const QString &column, const QString &comment) const
{
    if (column.isEmpty())
        return QStringLiteral("COMMENT ON TABLE ") + quoteIdentifier(table) + QStringLiteral(" IS ")
            + quoteString(comment);
    return QStringLiteral("COMMENT ON COLUMN ") + quoteIdentifier(table) + u'.'
        + quoteIdentifier(column) + QStringLiteral(" IS ") + quoteString(comment);
}

QStringList PostgresDialect::tableNames(const QSqlDatabase &db) const
{
    QStringList names;
    QSqlQuery query(db);
    query.exec(QStringLiteral("SELECT c.relname FROM pg_catalog.pg_class c "
                              "WHERE c.relnamespace = current_schema()::regnamespace "
                              "AND c.relkind IN ('r', 'p') ORDER BY c.oid"));
    while (query.next())
        names << query.value(0).toString();
    return names;
}
