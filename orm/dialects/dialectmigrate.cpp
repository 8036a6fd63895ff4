// Comparing and migrating schemas: what the engines differ in (the "diff" block of dialect.h).
// The statements here are PostgreSQL's and the standard's; SQLite and MariaDB override what
// they do otherwise.
#include "dialect.h"

#include "schema/key.h"

bool Dialect::tableNamesIgnoreCase(const QSqlDatabase &) const
{
    return false;
}

QString Dialect::renameTableSql(const QString &from, const QString &to) const
{
    return QStringLiteral("ALTER TABLE ") + quoteIdentifier(from) + QStringLiteral(" RENAME TO ")
        + quoteIdentifier(to);
}

QString Dialect::renameColumnSql(const QString &table, const QString &from, const QString &to) const
{
    return QStringLiteral("ALTER TABLE ") + quoteIdentifier(table)
        + QStringLiteral(" RENAME COLUMN ") + quoteIdentifier(from) + QStringLiteral(" TO ")
        + quoteIdentifier(to);
}

QString Dialect::addColumnSql(const QString &table, const QString &definition) const
{
    return QStringLiteral("ALTER TABLE ") + quoteIdentifier(table) + QStringLiteral(" ADD COLUMN ")
        + definition;
}

QString Dialect::dropColumnSql(const QString &table, const QString &column) const
{
    return QStringLiteral("ALTER TABLE ") + quoteIdentifier(table)
        + QStringLiteral(" DROP COLUMN ") + quoteIdentifier(column);
}

QString Dialect::addConstraintSql(const QString &table, const QString &element) const
{
    return QStringLiteral("ALTER TABLE ") + quoteIdentifier(table) + QStringLiteral(" ADD ")
        + element;
}

QString Dialect::dropKeySql(const QString &table, const QString &type, const QString &name) const
{
    if (type == Key::Primary || type == Key::Unique)
        return QStringLiteral("ALTER TABLE ") + quoteIdentifier(table)
            + QStringLiteral(" DROP CONSTRAINT ") + quoteIdentifier(name);
    return QStringLiteral("DROP INDEX ") + quoteIdentifier(name);
}

QString Dialect::dropForeignKeySql(const QString &table, const QString &name) const
{
    return QStringLiteral("ALTER TABLE ") + quoteIdentifier(table)
        + QStringLiteral(" DROP CONSTRAINT ") + quoteIdentifier(name);
}

QString Dialect::tableCommentSql(const QString &table, const QString &comment) const
{
    return commentStatement(table, {}, comment);
}

QString Dialect::characterLength(const QString &expression) const
{
    return QStringLiteral("LENGTH(") + expression + u')';
}

// PostgreSQL: one ALTER TABLE with an action per attribute that changed.
QStringList Dialect::alterColumnSql(const QString &table, const ColumnAlteration &change) const
{
    const QString column = quoteIdentifier(change.column);
    QStringList actions;
    if (change.numberingChanged && !change.numbered)
        actions << QStringLiteral("ALTER COLUMN ") + column + QStringLiteral(" DROP IDENTITY IF EXISTS");
    if (change.typeChanged)
        actions << QStringLiteral("ALTER COLUMN ") + column + QStringLiteral(" TYPE ") + change.type
                + QStringLiteral(" USING ") + column + QStringLiteral("::") + change.type;
    if (change.defaultChanged || (change.numberingChanged && change.numbered))
        actions << QStringLiteral("ALTER COLUMN ") + column
                + (change.defaultSql.isEmpty() ? QStringLiteral(" DROP DEFAULT")
                                               : QStringLiteral(" SET DEFAULT ") + change.defaultSql);
    if (change.nullChanged)
        actions << QStringLiteral("ALTER COLUMN ") + column
                + (change.notNull ? QStringLiteral(" SET NOT NULL") : QStringLiteral(" DROP NOT NULL"));
    if (change.numberingChanged && change.numbered)
        actions << QStringLiteral("ALTER COLUMN ") + column + u' ' + autoIncrementClause().replace(
                       QStringLiteral("GENERATED"), QStringLiteral("ADD GENERATED"));
    QStringList statements;
    if (!actions.isEmpty())
        statements << QStringLiteral("ALTER TABLE ") + quoteIdentifier(table) + u' '
                + actions.join(QStringLiteral(", "));
    if (change.numberingChanged && change.numbered)
        statements << QStringLiteral("SELECT setval(pg_get_serial_sequence(")
                + quoteString(quoteIdentifier(table)) + QStringLiteral(", ")
                + quoteString(change.column) + QStringLiteral("), COALESCE(MAX(") + column
                + QStringLiteral("), 0) + 1, false) FROM ") + quoteIdentifier(table);
    if (change.commentChanged)
        statements << commentStatement(table, change.column, change.comment);
    return statements;
}
