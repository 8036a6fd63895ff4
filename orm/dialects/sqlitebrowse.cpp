// SQLite's row statements for browsing and editing.
#include "sqlitedialect.h"

#include "browse/tablequery.h"
#include "database/sqllog.h"
#include "sqlitetableparser.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

QStringList SqliteDialect::rowIdentityNames() const
{
    // A column may take the rowid's name; SQLite then still knows it by the others.
    return {u"rowid"_s, u"_rowid_"_s, u"oid"_s};
}

QString SqliteDialect::containsCondition(const QString &expression) const
{
    // SQLite's LIKE ignores the case of ASCII letters.
    return expression + u" LIKE ? ESCAPE '!'"_s;
}

QStringList SqliteDialect::browsingSetup() const
{
    // A small page cache instead of connectionSetup()'s 64 MB: a far jump reads pages it does
    // not read again.
    return {u"PRAGMA query_only = ON"_s, u"PRAGMA cache_size = -2000"_s};
}

RowEstimate SqliteDialect::estimateRows(
    const QSqlDatabase &db, const QString &table, const QString &rowIdentity) const
{
    RowEstimate estimate;
    const QString quoted = quoteIdentifier(table);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // Two subqueries, so that each is one seek to an end of the rowid b-tree.
    if (!rowIdentity.isEmpty()
        && Sql::exec(query,
            u"SELECT (SELECT max(%1) FROM %2), (SELECT min(%1) FROM %2)"_s.arg(rowIdentity, quoted))
        && query.next()) {
        if (query.value(0).isNull()) {
            estimate.rows = 0;
        } else {
            estimate.lastRowId = query.value(0).toLongLong();
            estimate.firstRowId = query.value(1).toLongLong();
            estimate.rows = estimate.lastRowId - estimate.firstRowId + 1;
        }
        return estimate;
    }
    // WITHOUT ROWID: what ANALYZE found, if it ran.
    query.prepare(
        u"SELECT stat FROM sqlite_stat1 WHERE tbl = ? ORDER BY idx IS NOT NULL LIMIT 1"_s);
    query.addBindValue(table);
    if (Sql::exec(query) && query.next()) {
        bool ok = false;
        const qint64 rows = query.value(0).toString().section(u' ', 0, 0).toLongLong(&ok);
        if (ok)
            estimate.rows = rows;
    }
    return estimate;
}

QString SqliteDialect::rowIdentityAlias(
    const QSqlDatabase &db, const QString &table, const QString &keyColumn) const
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?"_s);
    query.addBindValue(table);
    if (!Sql::exec(query) || !query.next())
        return {};
    const std::optional<SqliteTableDefinition> definition
        = parseSqliteCreateTable(query.value(0).toString());
    if (!definition || definition->withoutRowid)
        return {};
    for (const SqliteTableDefinition::ColumnDefinition &c : definition->columns) {
        if (c.name.compare(keyColumn, Qt::CaseInsensitive) != 0)
            continue;
        bool primary = c.primaryKey;
        for (const SqliteTableDefinition::ConstraintDefinition &k : definition->constraints) {
            primary = primary
                || (k.type == SqliteTableDefinition::ConstraintDefinition::Type::PrimaryKey
                    && k.columns.size() == 1
                    && k.columns.first().compare(keyColumn, Qt::CaseInsensitive) == 0);
        }
        // Only this exact type name makes the column the rowid.
        if (primary && c.declaredType.compare(u"INTEGER", Qt::CaseInsensitive) == 0)
            return keyColumn;
        return {};
    }
    return {};
}

QVariant SqliteDialect::boundDateTime(const QDateTime &value) const
{
    // SQLite's own date functions read "YYYY-MM-DD HH:MM:SS".
    return QVariant(value.toString(
        value.time().msec() ? u"yyyy-MM-dd HH:mm:ss.zzz"_s : u"yyyy-MM-dd HH:mm:ss"_s));
}

bool SqliteDialect::isInterruption(const QSqlError &error) const
{
    return error.nativeErrorCode() == u"9"; // SQLITE_INTERRUPT
}
