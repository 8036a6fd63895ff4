#include "sqlitedialect.h"

#include <QSqlDatabase>
#include <QSqlQuery>

QStringList SqliteDialect::connectionSetup() const
{
    // SQLite enforces foreign keys only when asked, per connection.
    return {QStringLiteral("PRAGMA foreign_keys = ON")};
}

QStringList SqliteDialect::tableNames(const QSqlDatabase &db) const
{
    QStringList names;
    QSqlQuery query(db);
    query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                              "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY rowid"));
    while (query.next())
        names << query.value(0).toString();
    return names;
}
