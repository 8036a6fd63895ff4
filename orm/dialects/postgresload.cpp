// PostgresDialect: inserting rows and the constraint handling around loads.
#include "postgresdialect.h"

QString PostgresDialect::deferForeignKeysSql() const
{
    return QStringLiteral("SET CONSTRAINTS ALL DEFERRED");
}

QString PostgresDialect::immediateForeignKeysSql() const
{
    return QStringLiteral("SET CONSTRAINTS ALL IMMEDIATE");
}

QString PostgresDialect::deferrableSql(
    const QString &table, const QString &constraint, bool deferrable) const
{
    return QStringLiteral("ALTER TABLE ") + quoteIdentifier(table)
        + QStringLiteral(" ALTER CONSTRAINT ") + quoteIdentifier(constraint)
        + (deferrable ? QStringLiteral(" DEFERRABLE INITIALLY DEFERRED")
                      : QStringLiteral(" NOT DEFERRABLE"));
}

// Binds the quoted table (pg_get_serial_sequence takes it as SQL text) and the column name.
// Only moves forward: a sequence already past the keys keeps its value.
QString PostgresDialect::sequenceResetSql(const QString &table, const QString &column) const
{
    return QStringLiteral("SELECT setval(s.seq::regclass, m.top) FROM "
                          "(SELECT pg_get_serial_sequence(?, ?) AS seq) s, "
                          "(SELECT MAX(")
        + quoteIdentifier(column) + QStringLiteral(") AS top FROM ") + quoteIdentifier(table)
        + QStringLiteral(") m WHERE s.seq IS NOT NULL AND m.top > "
                         "COALESCE(pg_sequence_last_value(s.seq::regclass), 0)");
}

QString PostgresDialect::notDeferrableForeignKeysSql() const
{
    return QStringLiteral(
        "SELECT c.conname, t.relname, r.relname FROM pg_constraint c "
        "JOIN pg_class t ON t.oid = c.conrelid "
        "JOIN pg_namespace n ON n.oid = t.relnamespace "
        "JOIN pg_class r ON r.oid = c.confrelid "
        "WHERE c.contype = 'f' AND NOT c.condeferrable AND n.nspname = current_schema() "
        "ORDER BY 2, 1");
}

// After the driver's BEGIN: one snapshot for every statement of the transaction.
QStringList PostgresDialect::snapshotStartSql() const
{
    return {QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")};
}
