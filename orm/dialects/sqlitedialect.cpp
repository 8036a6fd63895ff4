#include "sqlitedialect.h"

#include "database/sqllog.h"
#include "sql/typemapping.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

QString SqliteDialect::columnType(const LogicalType &type) const
{
    return TypeMapping::spell(type, TypeMapping::Spelling::SqliteDdl);
}

bool SqliteDialect::hasServer() const
{
    return false;
}

int SqliteDialect::defaultPort() const
{
    return -1;
}

QString SqliteDialect::passwordVariable() const
{
    return {};
}

QStringList SqliteDialect::connectionSetup() const
{
    // SQLite enforces foreign keys only when asked, per connection. Its default page cache
    // (2 MB) spills a large schema change to disk before the commit; 64 MB at most keeps
    // applying 2,000 tables under a second (bench_schemaapply).
    return {
        QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA cache_size = -65536")};
}

QStringList SqliteDialect::tableNames(const QSqlDatabase &db) const
{
    QStringList names;
    QSqlQuery query(db);
    Sql::exec(query, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                              "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY rowid"));
    while (query.next())
        names << query.value(0).toString();
    return names;
}

// SQLite cannot turn a trigger off, but its DDL is transactional: the triggers are dropped
// inside the restore's transaction and created again from their own text before it commits,
// and a rollback brings them back by itself.
std::optional<QStringList> SqliteDialect::suspendTriggers(
    const QSqlDatabase &db, const QStringList &tables, QStringList *, QString *error) const
{
    QSqlQuery query(db);
    if (!Sql::exec(query, QStringLiteral("SELECT name, tbl_name, sql FROM sqlite_master "
                                   "WHERE type = 'trigger' ORDER BY rowid"))) {
        *error = query.lastError().databaseText();
        return std::nullopt;
    }
    QList<std::pair<QString, QString>> triggers; // name, text
    while (query.next()) {
        if (tables.contains(query.value(1).toString(), Qt::CaseInsensitive))
            triggers.append({query.value(0).toString(), query.value(2).toString()});
    }
    QStringList resume;
    for (const auto &[name, text] : std::as_const(triggers)) {
        if (!Sql::exec(query, QStringLiteral("DROP TRIGGER ") + quoteIdentifier(name))) {
            *error = query.lastError().databaseText();
            return std::nullopt;
        }
        resume << text;
    }
    return resume;
}

Dialect::DefaultCheck SqliteDialect::checkExpressionDefault(const QString &expression) const
{
    // The engine Schemata applies to is at hand: ask it. It refuses a syntax error or a
    // reference to a column when the table is made, an unknown function or a failing one
    // (json('x')) when a row takes the default. The expression is one parenthesized group
    // (Dialect::defaultExpression), so it cannot reach past DEFAULT.
    thread_local QHash<QString, DefaultCheck> verdicts;
    if (const auto known = verdicts.constFind(expression); known != verdicts.cend())
        return *known;
    DefaultCheck check;
    const QString connection = QStringLiteral("schemata-default-check-%1")
                                   .arg(quintptr(QThread::currentThreadId()), 0, 16);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(QStringLiteral(":memory:"));
        QString refusal;
        if (!db.open()) {
            check.verdict = DefaultCheck::Verdict::Unchecked;
            check.problem = tr("Schemata cannot check the default %1 for SQLite: %2")
                                .arg(expression, db.lastError().text());
        } else {
            QSqlQuery query(db);
            if (!Sql::exec(query, QStringLiteral("CREATE TABLE t (c DEFAULT ") + expression + u')')
                || !Sql::exec(query, QStringLiteral("INSERT INTO t DEFAULT VALUES")))
                refusal = query.lastError().databaseText();
        }
        if (!refusal.isEmpty()) {
            check.verdict = DefaultCheck::Verdict::Refused;
            check.problem = tr("SQLite refuses the default %1: %2.").arg(expression, refusal);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    verdicts.insert(expression, check);
    return check;
}

// Addresses

QString SqliteDialect::urlScheme() const
{
    return QStringLiteral("sqlite");
}

QStringList SqliteDialect::sslModes() const
{
    return {};
}
