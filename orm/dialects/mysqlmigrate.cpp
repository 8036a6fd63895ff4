// Comparing and migrating schemas on MariaDB and MySQL (the "diff" block of dialect.h).
#include "mysqldialect.h"

#include "database/sqllog.h"
#include "schema/key.h"

#include <QRegularExpression>
#include <QSqlQuery>

// lower_case_table_names 0 keeps names as given and compares them exactly (Linux's default);
// 1 and 2 compare them without case.
bool MysqlDialect::tableNamesIgnoreCase(const QSqlDatabase &db) const
{
    QSqlQuery query(db);
    if (!Sql::exec(query, QStringLiteral("SELECT @@lower_case_table_names")) || !query.next())
        return false;
    return query.value(0).toInt() != 0;
}

// DECIMAL and NUMERIC without precision are (10,0), with a precision alone (p,0).
QString MysqlDialect::canonicalType(const QString &columnType) const
{
    static const QRegularExpression decimal(
        QStringLiteral("^\\s*(?:DECIMAL|NUMERIC|DEC|FIXED)\\s*(?:\\(\\s*(\\d+)\\s*\\))?(.*)$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = decimal.match(columnType);
    if (!m.hasMatch() || m.captured(2).trimmed().startsWith(u'('))
        return columnType;
    const QString precision = m.captured(1).isEmpty() ? QStringLiteral("10") : m.captured(1);
    return QStringLiteral("DECIMAL(") + precision + QStringLiteral(",0)") + m.captured(2);
}

// One MODIFY with the whole new definition: MariaDB has no statement per attribute for type,
// NOT NULL, AUTO_INCREMENT and COMMENT.
QStringList MysqlDialect::alterColumnSql(const QString &table, const ColumnAlteration &change) const
{
    return {QStringLiteral("ALTER TABLE ") + quoteIdentifier(table)
        + QStringLiteral(" MODIFY COLUMN ") + change.definition};
}

QString MysqlDialect::dropKeySql(const QString &table, const QString &type, const QString &name) const
{
    if (type == Key::Primary)
        return QStringLiteral("ALTER TABLE ") + quoteIdentifier(table)
            + QStringLiteral(" DROP PRIMARY KEY");
    return QStringLiteral("ALTER TABLE ") + quoteIdentifier(table) + QStringLiteral(" DROP INDEX ")
        + quoteIdentifier(name);
}

QString MysqlDialect::dropForeignKeySql(const QString &table, const QString &name) const
{
    return QStringLiteral("ALTER TABLE ") + quoteIdentifier(table)
        + QStringLiteral(" DROP FOREIGN KEY ") + quoteIdentifier(name);
}

QString MysqlDialect::tableCommentSql(const QString &table, const QString &comment) const
{
    return QStringLiteral("ALTER TABLE ") + quoteIdentifier(table) + QStringLiteral(" COMMENT = ")
        + quoteString(comment.left(MaxTableComment));
}

QString MysqlDialect::characterLength(const QString &expression) const
{
    return QStringLiteral("CHAR_LENGTH(") + expression + u')';
}
