#include "mysqldialect.h"

#include "database/sqllog.h"
#include "sql/typemapping.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

// MySQL's CHAR holds at most 255 characters; longer ones are VARCHAR there. Integers are
// UNSIGNED when the design says so.
QString MysqlDialect::columnType(const LogicalType &type) const
{
    if (type.kind == LogicalType::Kind::Char && type.length > 255) {
        LogicalType varchar = type;
        varchar.kind = LogicalType::Kind::Varchar;
        return columnType(varchar);
    }
    return TypeMapping::spell(type, TypeMapping::Spelling::MysqlDdl)
        + (type.isUnsigned ? QStringLiteral(" UNSIGNED") : QString());
}

// MySQL's TIMESTAMP is stored in UTC and converted to the session's zone: it is the one with a
// time zone there; DATETIME is the one without.
LogicalType MysqlDialect::typeFromCatalogue(const QString &type) const
{
    LogicalType result = TypeMapping::fromDesign(type);
    if (result.kind == LogicalType::Kind::DateTime
        && type.trimmed().startsWith(u"timestamp", Qt::CaseInsensitive))
        result.kind = LogicalType::Kind::TimestampTz;
    return result;
}

bool MysqlDialect::hasServer() const
{
    return true;
}

int MysqlDialect::defaultPort() const
{
    return 3306;
}

QString MysqlDialect::passwordVariable() const
{
    return QStringLiteral("MYSQL_PWD");
}

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
    Sql::exec(query, QStringLiteral("SELECT TABLE_NAME FROM information_schema.TABLES "
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
    if (!Sql::exec(query, QStringLiteral("SELECT DISTINCT EVENT_OBJECT_TABLE "
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

QString MysqlDialect::functionDefaultRefusal(const QString &function, const LogicalType &type) const
{
    // MariaDB takes any of the three on a column of any type, and converts the value when a
    // row is inserted: as text ("2024-02-29 23:59:59") or as a number (20240229235959), which
    // must fit the column in strict mode (the server's default). A value that fits only at
    // some times of day (235959 in a SMALLINT) is refused too.
    const bool date = function == u"CURRENT_DATE";
    const bool time = function == u"CURRENT_TIME";
    const int longest = date ? 10 : time ? 8 : 19;
    const qint64 largest = date ? 99991231 : time ? 235959 : 99991231235959;
    const auto range = [&](qint64 top) {
        return largest <= top ? QString()
                              : tr("its value as a number, up to %1, is out of the column's range")
                                    .arg(QString::number(largest));
    };
    using Kind = LogicalType::Kind;
    switch (type.kind) {
    case Kind::Date:
    case Kind::Time:
    case Kind::DateTime:
    case Kind::TimestampTz:
    case Kind::Text:
    case Kind::Blob:
    case Kind::Float:
    case Kind::Double:
        return {};
    case Kind::Char:
    case Kind::Varchar:
        return lengthRefusal(longest, textLength(type));
    case Kind::Binary:
        return lengthRefusal(longest, type.length >= 0 ? type.length : 255);
    case Kind::Boolean:
    case Kind::TinyInt:
        return range(127);
    case Kind::SmallInt:
        return range(32767);
    case Kind::Integer:
        return range(2147483647);
    case Kind::BigInt:
        return {};
    case Kind::Decimal: {
        // DECIMAL is DECIMAL(10,0) on MariaDB.
        const int digits = (type.precision >= 0 ? type.precision : 10) - std::max(0, type.scale);
        qint64 top = 0;
        for (int i = 0; i < digits && top < largest; ++i)
            top = top * 10 + 9;
        return range(top);
    }
    default:
        break;
    }
    return tr("its value is not a value of the column's type");
}

QStringList MysqlDialect::missingFunctions() const
{
    // SQLite's date and time functions; DATE() and TIME() are MariaDB's too.
    return {QStringLiteral("datetime"), QStringLiteral("julianday"), QStringLiteral("strftime"),
        QStringLiteral("unixepoch")};
}

int MysqlDialect::textLength(const LogicalType &type) const
{
    // A VARCHAR needs a length here: 255 (TypeMapping); a CHAR over 255 is a VARCHAR.
    if (type.kind == LogicalType::Kind::Varchar)
        return type.length >= 0 ? type.length : 255;
    return Dialect::textLength(type);
}

// Addresses

QString MysqlDialect::urlScheme() const
{
    return QStringLiteral("mysql");
}

QStringList MysqlDialect::sslModes() const
{
    // Qt 6.4's driver can turn TLS on but not verify the server (Connection checks the cipher
    // after connecting for require).
    return {QStringLiteral("disable"), QStringLiteral("prefer"), QStringLiteral("require")};
}

// DDL facts moved from DdlWriter

// InnoDB indexes at most 3072 bytes of a key: a TEXT or BLOB column only with a prefix length.
bool MysqlDialect::indexesWholeValues() const
{
    return false;
}

// InnoDB parses SET DEFAULT and refuses to do it (RESTRICT instead).
bool MysqlDialect::honoursSetDefault() const
{
    return false;
}

// A foreign key's columns and the ones they reference must have the same integer type
// (INT against BIGINT, or an UNSIGNED against a signed one, is refused).
bool MysqlDialect::foreignKeyNeedsSameIntegerType() const
{
    return true;
}

int MysqlDialect::maxColumnCommentLength() const
{
    return 1024;
}
