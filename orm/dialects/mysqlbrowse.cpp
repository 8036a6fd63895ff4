// MariaDB's (and MySQL's) row statements for browsing and editing.
#include "mysqldialect.h"

#include "browse/tablequery.h"
#include "database/sqllog.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

QString MysqlDialect::castToText(const QString &expression) const
{
    return u"CAST("_s + expression + u" AS CHAR)"_s; // CAST takes no TEXT here
}

QString MysqlDialect::containsCondition(const QString &expression) const
{
    // LOWER on both sides: a binary or case-sensitive collation would otherwise tell cases
    // apart.
    return u"LOWER("_s + expression + u") LIKE LOWER(?) ESCAPE '!'"_s;
}

QStringList MysqlDialect::browsingSetup() const
{
    return {u"SET SESSION TRANSACTION READ ONLY"_s};
}

RowEstimate MysqlDialect::estimateRows(
    const QSqlDatabase &db, const QString &table, const QString &) const
{
    RowEstimate estimate;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT TABLE_ROWS FROM information_schema.TABLES "
                  "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ?"_s);
    query.addBindValue(table);
    if (Sql::exec(query) && query.next() && !query.value(0).isNull())
        estimate.rows = query.value(0).toLongLong();
    return estimate;
}

bool MysqlDialect::isInterruption(const QSqlError &error) const
{
    return error.nativeErrorCode() == u"1317"; // ER_QUERY_INTERRUPTED
}

QString MysqlDialect::connectOptions(const QString &sslMode) const
{
    QString options = u"MYSQL_OPT_CONNECT_TIMEOUT=10"_s;
    if (const QString authorities = tlsAuthorities(sslMode); !authorities.isEmpty())
        options += u";SSL_CAPATH="_s + authorities;
    return options;
}

QString MysqlDialect::tlsAuthorities(const QString &sslMode) const
{
    // Qt 6.4's driver asks for TLS only when given a certificate option (the system's
    // authorities are the natural one), and then falls back to plain TCP when the server has
    // no TLS: Connection::open() checks the cipher afterwards (tlsCipherQuery) for "require".
    if (sslMode == u"prefer" || sslMode == u"require")
        return u"/etc/ssl/certs"_s;
    return {};
}
