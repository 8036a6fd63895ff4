// Row statements for browsing and editing: what every engine shares (Dialect's defaults).
#include "dialect.h"

#include "mysqldialect.h"
#include "postgresdialect.h"
#include "sqlitedialect.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

const Dialect &Dialect::forEngine(SqlEngine engine)
{
    static const SqliteDialect sqlite;
    static const PostgresDialect postgres;
    static const MysqlDialect mysql;
    switch (engine) {
    case SqlEngine::Postgres:
        return postgres;
    case SqlEngine::Mysql:
        return mysql;
    case SqlEngine::Sqlite:
        break;
    }
    return sqlite;
}

QString Dialect::rowIdentity(const QStringList &columns) const
{
    const QStringList names = rowIdentityNames();
    for (const QString &name : names) {
        if (!columns.contains(name, Qt::CaseInsensitive))
            return name;
    }
    return {};
}

bool Dialect::isRowIdentity(const QString &name) const
{
    return rowIdentityNames().contains(name, Qt::CaseInsensitive);
}

QString Dialect::rowIdentityEquals(const QString &expression) const
{
    return expression + u" = ?"_s;
}

QString Dialect::orderExpression(const QString &expression, const LogicalType &) const
{
    return expression;
}

QString Dialect::castToText(const QString &expression) const
{
    return u"CAST("_s + expression + u" AS TEXT)"_s;
}

QString Dialect::containsCondition(const QString &expression) const
{
    return expression + u" LIKE ? ESCAPE '!'"_s;
}

QString Dialect::rowIdentityAlias(const QSqlDatabase &, const QString &, const QString &) const
{
    return {};
}

QString Dialect::insertStatement(const QString &table, const QStringList &columns) const
{
    QString sql = u"INSERT INTO "_s + quoteIdentifier(table);
    if (columns.isEmpty())
        return sql + insertDefaultsClause();
    QStringList names, marks;
    for (const QString &column : columns) {
        names << quoteIdentifier(column);
        marks << u"?"_s;
    }
    return sql + u" ("_s + names.join(u", "_s) + u") VALUES ("_s + marks.join(u", "_s) + u')';
}

QString Dialect::returningClause(const QStringList &expressions) const
{
    if (!returnsInsertedRows() || expressions.isEmpty())
        return {};
    return u" RETURNING "_s + expressions.join(u", "_s);
}

QString Dialect::updateStatement(
    const QString &table, const QStringList &columns, const QString &condition) const
{
    QStringList sets;
    for (const QString &column : columns)
        sets << quoteIdentifier(column) + u" = ?"_s;
    return u"UPDATE "_s + quoteIdentifier(table) + u" SET "_s + sets.join(u", "_s) + u" WHERE "_s
        + condition;
}

QString Dialect::deleteStatement(const QString &table, const QString &condition) const
{
    return u"DELETE FROM "_s + quoteIdentifier(table) + u" WHERE "_s + condition;
}

QVariant Dialect::boundBoolean(bool value) const
{
    return QVariant(value ? 1 : 0);
}

QVariant Dialect::boundDateTime(const QDateTime &value) const
{
    return QVariant(value);
}

QString Dialect::connectOptions(const QString &) const
{
    return {};
}

QString Dialect::tlsAuthorities(const QString &) const
{
    return {};
}
