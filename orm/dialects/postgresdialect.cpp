#include "postgresdialect.h"

#include <QSqlDatabase>
#include <QSqlError>
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

// ALTER TABLE ... DISABLE TRIGGER USER is transactional: the triggers the users wrote (not
// the ones behind foreign keys) stay off until the restore turns them on again, or rolls back.
// Only tables that have such triggers are altered, which needs their owner.
std::optional<QStringList> PostgresDialect::suspendTriggers(
    const QSqlDatabase &db, const QStringList &tables, QStringList *, QString *error) const
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral(
            "SELECT DISTINCT c.relname FROM pg_catalog.pg_trigger t "
            "JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid "
            "WHERE NOT t.tgisinternal AND c.relnamespace = "
            "(SELECT oid FROM pg_catalog.pg_namespace WHERE nspname = current_schema()) "
            "ORDER BY 1"))) {
        *error = query.lastError().databaseText();
        return std::nullopt;
    }
    QStringList withTriggers;
    while (query.next()) {
        if (tables.contains(query.value(0).toString()))
            withTriggers << query.value(0).toString();
    }
    QStringList resume;
    for (const QString &table : std::as_const(withTriggers)) {
        if (!query.exec(QStringLiteral("ALTER TABLE ") + quoteIdentifier(table)
                + QStringLiteral(" DISABLE TRIGGER USER"))) {
            *error = query.lastError().databaseText();
            return std::nullopt;
        }
        resume << QStringLiteral("ALTER TABLE ") + quoteIdentifier(table)
                + QStringLiteral(" ENABLE TRIGGER USER");
    }
    return resume;
}
