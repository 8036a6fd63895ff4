// PostgreSQL's row statements for browsing and editing.
#include "postgresdialect.h"

#include "browse/tablequery.h"
#include "database/sqllog.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

QStringList PostgresDialect::rowIdentityNames() const
{
    return {u"ctid"_s}; // a system column: no column can take its name
}

QString PostgresDialect::rowIdentityEquals(const QString &expression) const
{
    // A ctid is read as text; it compares as a tid.
    return expression + u" = CAST(? AS tid)"_s;
}

QString PostgresDialect::orderExpression(const QString &expression, const LogicalType &type) const
{
    if (type.kind == LogicalType::Kind::Json)
        return castToText(expression);
    return expression;
}

QString PostgresDialect::containsCondition(const QString &expression) const
{
    // As text, so that numbers, dates and the rest can be searched too.
    return castToText(expression) + u" ILIKE ? ESCAPE '!'"_s;
}

QStringList PostgresDialect::browsingSetup() const
{
    return {u"SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"_s};
}

RowEstimate PostgresDialect::estimateRows(
    const QSqlDatabase &db, const QString &table, const QString &) const
{
    RowEstimate estimate;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT c.reltuples, c.relpages, "
                  "pg_relation_size(c.oid) / current_setting('block_size')::int "
                  "FROM pg_class c WHERE c.oid = to_regclass(?)"_s);
    query.addBindValue(quoteIdentifier(table)); // to_regclass reads a name as SQL spells it
    if (Sql::exec(query) && query.next()) {
        const double tuples = query.value(0).toDouble();
        const double pages = query.value(1).toDouble();
        if (tuples >= 0) // -1: never analysed
            estimate.rows = qint64(pages > 0 ? tuples / pages * query.value(2).toDouble() : tuples);
    }
    return estimate;
}

QVariant PostgresDialect::boundBoolean(bool value) const
{
    return QVariant(value); // a boolean column takes no integer
}

bool PostgresDialect::isInterruption(const QSqlError &error) const
{
    return error.nativeErrorCode() == u"57014"; // query_canceled
}

QString PostgresDialect::connectOptions(const QString &sslMode) const
{
    QString options = u"connect_timeout=10"_s;
    if (!sslMode.isEmpty())
        options += u";sslmode="_s + sslMode;
    return options;
}
