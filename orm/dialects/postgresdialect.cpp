#include "postgresdialect.h"

#include "database/sqllog.h"
#include "sql/typemapping.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

QString PostgresDialect::columnType(const LogicalType &type) const
{
    return TypeMapping::spell(type, TypeMapping::Spelling::PostgresDdl);
}

QString PostgresDialect::designType(const LogicalType &type) const
{
    return TypeMapping::spell(type, TypeMapping::Spelling::PostgresDesign);
}

QString PostgresDialect::designCatalogue() const
{
    return QStringLiteral("postgresql");
}

bool PostgresDialect::hasServer() const
{
    return true;
}

int PostgresDialect::defaultPort() const
{
    return 5432;
}

QString PostgresDialect::passwordVariable() const
{
    return QStringLiteral("PGPASSWORD");
}

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
    Sql::exec(query, QStringLiteral("SELECT c.relname FROM pg_catalog.pg_class c "
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
    if (!Sql::exec(query, QStringLiteral(
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
        if (!Sql::exec(query, QStringLiteral("ALTER TABLE ") + quoteIdentifier(table)
                + QStringLiteral(" DISABLE TRIGGER USER"))) {
            *error = query.lastError().databaseText();
            return std::nullopt;
        }
        resume << QStringLiteral("ALTER TABLE ") + quoteIdentifier(table)
                + QStringLiteral(" ENABLE TRIGGER USER");
    }
    return resume;
}

QString PostgresDialect::functionDefaultRefusal(
    const QString &function, const LogicalType &type) const
{
    // CURRENT_DATE is a date, CURRENT_TIME a time with time zone, CURRENT_TIMESTAMP a
    // timestamp with time zone; PostgreSQL converts each to the date and time types that hold
    // its parts, and to text by assignment, in ISO DateStyle (its default).
    const bool date = function == u"CURRENT_DATE";
    const bool time = function == u"CURRENT_TIME";
    using Kind = LogicalType::Kind;
    switch (type.kind) {
    case Kind::Date:
    case Kind::DateTime:
    case Kind::TimestampTz:
        if (!time)
            return {};
        break;
    case Kind::Time:
        if (!date)
            return {};
        break;
    case Kind::Text:
    case Kind::Enum: // TEXT here
        return {};
    case Kind::Char:
    case Kind::Varchar:
        // "2024-02-29", "23:59:59.999999+05:30", "2024-02-29 23:59:59.999999+05:30": the
        // longest with a zone of hours and minutes; a longer value is refused when inserted.
        return lengthRefusal(date ? 10 : time ? 21 : 32, textLength(type));
    default:
        break;
    }
    return tr("its value does not convert to the column's type");
}

QStringList PostgresDialect::missingFunctions() const
{
    // SQLite's date and time functions; date() is PostgreSQL's too, and time(...) is the type.
    return {QStringLiteral("datetime"), QStringLiteral("julianday"), QStringLiteral("strftime"),
        QStringLiteral("unixepoch"), QStringLiteral("time")};
}

// Addresses

QString PostgresDialect::urlScheme() const
{
    return QStringLiteral("postgresql");
}

QStringList PostgresDialect::sslModes() const
{
    return {QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer"),
        QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
}
