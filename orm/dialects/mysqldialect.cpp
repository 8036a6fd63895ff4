#include "mysqldialect.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

QString MysqlDialect::quoteString(const QString &text) const
{
    // Backslash is an escape character in MySQL string literals unless NO_BACKSLASH_ESCAPES
    // is set, which Schemata cannot assume of a script someone runs elsewhere.
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\\\"));
    escaped.replace(u'\'', QStringLiteral("''"));
    return u'\'' + escaped + u'\'';
}

QStringList MysqlDialect::connectionSetup() const
{
    return {QStringLiteral("SET NAMES utf8mb4")};
}

QString MysqlDialect::functionDefault(const QString &keyword) const
{
    // MariaDB takes CURRENT_TIMESTAMP as a bare default; dates and times only as expressions.
    return keyword == u"CURRENT_TIMESTAMP" ? keyword : u'(' + keyword + u')';
}

QString MysqlDialect::tableOptions(const QString &comment) const
{
    QString options = QStringLiteral("ENGINE=InnoDB DEFAULT CHARSET=utf8mb4");
    if (!comment.isEmpty())
        options += QStringLiteral(" COMMENT=") + quoteString(comment.left(MaxTableComment));
    return options;
}

QString MysqlDialect::columnCommentClause(const QString &comment) const
{
    return QStringLiteral("COMMENT ") + quoteString(comment.left(MaxColumnComment));
}

QStringList MysqlDialect::tableNames(const QSqlDatabase &db) const
{
    QStringList names;
    QSqlQuery query(db);
    query.exec(QStringLiteral("SELECT TABLE_NAME FROM information_schema.TABLES "
                              "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE' "
                              "ORDER BY TABLE_NAME"));
    while (query.next())
        names << query.value(0).toString();
    return names;
}

// MariaDB and MySQL cannot turn a trigger off, and DROP TRIGGER commits the transaction, so
// the triggers run; the tables that have them are named so that the user is told.
std::optional<QStringList> MysqlDialect::suspendTriggers(
    const QSqlDatabase &db, const QStringList &tables, QStringList *running, QString *error) const
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT DISTINCT EVENT_OBJECT_TABLE "
                                   "FROM information_schema.TRIGGERS "
                                   "WHERE EVENT_OBJECT_SCHEMA = DATABASE() ORDER BY 1"))) {
        *error = query.lastError().databaseText();
        return std::nullopt;
    }
    while (query.next()) {
        if (tables.contains(query.value(0).toString(), Qt::CaseInsensitive))
            running->append(query.value(0).toString());
    }
    return QStringList();
}
