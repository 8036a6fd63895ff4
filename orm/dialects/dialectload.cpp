// Dialect: inserting rows in batches and the constraint handling around loads, as standard SQL
// has them; the engines' differences are in sqliteload.cpp, postgresload.cpp and mysqlload.cpp.
#include "dialect.h"

#include <algorithm>

int Dialect::rowsPerInsert(int columns, qint64 rowBytes, int wanted) const
{
    wanted = std::max(1, wanted);
    if (columns <= 0)
        return manyDefaultRowsPerInsert() ? wanted : 1;
    qint64 rows = std::min<qint64>(wanted, maxBoundParameters() / columns);
    if (maxStatementBytes() > 0 && rowBytes > 0)
        rows = std::min(rows, maxStatementBytes() / rowBytes);
    return int(std::max<qint64>(1, rows));
}

QString Dialect::insertSql(
    const QString &table, const QStringList &columns, int rows, bool overriding) const
{
    QString sql = QStringLiteral("INSERT INTO ") + quoteIdentifier(table);
    if (columns.isEmpty())
        return sql + defaultRowsValues(rows);
    QStringList quoted;
    for (const QString &c : columns)
        quoted << quoteIdentifier(c);
    QString row = QStringLiteral("(?");
    for (qsizetype i = 1; i < columns.size(); ++i)
        row += QStringLiteral(", ?");
    row += u')';
    sql += QStringLiteral(" (") + quoted.join(QStringLiteral(", ")) + u')'
        + (overriding ? insertOverridingClause() : QString()) + QStringLiteral(" VALUES ");
    sql.reserve(sql.size() + qsizetype(rows) * (row.size() + 2));
    for (int r = 0; r < rows; ++r) {
        if (r > 0)
            sql += QStringLiteral(", ");
        sql += row;
    }
    return sql;
}

QString Dialect::insertReturningSql(
    const QString &table, const QStringList &columns, const QStringList &generated) const
{
    QString sql = insertSql(table, columns, 1);
    if (returnsInsertedKeys() && !generated.isEmpty()) {
        QStringList quoted;
        for (const QString &g : generated)
            quoted << quoteIdentifier(g);
        sql += QStringLiteral(" RETURNING ") + quoted.join(QStringLiteral(", "));
    }
    return sql;
}

QString Dialect::defaultRowsValues(int /*rows*/) const
{
    return QStringLiteral(" DEFAULT VALUES");
}

// Savepoint names are Schemata's own plain identifiers, never a user's.
QString Dialect::savepointSql(const QString &name)
{
    return QStringLiteral("SAVEPOINT ") + name;
}

QString Dialect::rollbackToSavepointSql(const QString &name)
{
    return QStringLiteral("ROLLBACK TO SAVEPOINT ") + name;
}

QString Dialect::releaseSavepointSql(const QString &name)
{
    return QStringLiteral("RELEASE SAVEPOINT ") + name;
}

QString Dialect::foreignKeyChecksSql(bool /*on*/) const
{
    return {};
}

QString Dialect::deferForeignKeysSql() const
{
    return {};
}

QString Dialect::immediateForeignKeysSql() const
{
    return {};
}

QString Dialect::deferrableSql(
    const QString & /*table*/, const QString & /*constraint*/, bool /*deferrable*/) const
{
    return {};
}

QString Dialect::sequenceResetSql(const QString & /*table*/, const QString & /*column*/) const
{
    return {};
}
