// Comparing and migrating schemas on MariaDB and MySQL (the "diff" block of dialect.h).
#include "mysqldialect.h"

#include "database/sqllog.h"

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
