#include "typemapping.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

#include <array>

namespace {

using Kind = LogicalType::Kind;

// The type mapping. One row per logical type: the names it is read from (any catalogue of
// WWW SQL Designer, and what the three engines' catalogues report), and how it is written.
// In the written forms, "(L)" takes the length and "(P,S)" the precision and scale when the
// type has them and is dropped otherwise; "(L=255)" uses 255 when there is no length; "*" is
// the original text, verbatim. The MySQL dialect adds its own rules: integers get " UNSIGNED"
// when the design says so, and CHAR longer than 255 is VARCHAR. (A TEXT or BLOB column in a key is VARCHAR(255) or
// VARBINARY(255) on MySQL, which cannot index them whole: that is DdlWriter's, as it needs
// to know the keys.)
struct TypeRow
{
    Kind kind;
    const char16_t *names; // upper case, separated by '|'
    const char16_t *sqlite;
    const char16_t *postgres;
    const char16_t *mysql;
    const char16_t *designMysql; // in the designer's MySQL catalogue (also SQLite imports)
    const char16_t *designPostgres; // in the designer's PostgreSQL catalogue
};

// clang-format off
constexpr std::array<TypeRow, 21> Rows = {{
    {Kind::Boolean, u"BOOLEAN|BOOL|LOGICAL|BOOLEAN", u"BOOLEAN", u"BOOLEAN", u"BOOLEAN", u"TINYINT(1)", u"BOOLEAN"},
    {Kind::TinyInt, u"TINYINT|INT1", u"TINYINT", u"SMALLINT", u"TINYINT", u"TINYINT", u"SMALLINT"},
    {Kind::SmallInt, u"SMALLINT|INT2|SHORT|SMALLSERIAL|SERIAL2|YEAR", u"SMALLINT", u"SMALLINT", u"SMALLINT", u"SMALLINT", u"SMALLINT"},
    {Kind::Integer, u"INTEGER|INT|INT4|MEDIUMINT|INT3|SERIAL|SERIAL4", u"INTEGER", u"INTEGER", u"INT", u"INT", u"INTEGER"},
    {Kind::BigInt, u"BIGINT|INT8|BIGSERIAL|SERIAL8", u"BIGINT", u"BIGINT", u"BIGINT", u"BIGINT", u"BIGINT"},
    {Kind::Decimal, u"DECIMAL|NUMERIC|NUMBER|DEC|FIXED|MONEY|SMALLMONEY|MONETARY|CURRENCY", u"NUMERIC(P,S)", u"NUMERIC(P,S)", u"DECIMAL(P,S)", u"DECIMAL(P,S)", u"DECIMAL(P,S)"},
    {Kind::Float, u"FLOAT|REAL|FLOAT4|SINGLE", u"REAL", u"REAL", u"FLOAT", u"FLOAT", u"FLOAT"},
    {Kind::Double, u"DOUBLE|DOUBLE PRECISION|FLOAT8|BINARY_DOUBLE", u"DOUBLE", u"DOUBLE PRECISION", u"DOUBLE", u"DOUBLE", u"DOUBLE PRECISION"},
    {Kind::Char, u"CHAR|CHARACTER|NCHAR|NATIONAL CHARACTER|BPCHAR", u"CHAR(L=1)", u"CHAR(L=1)", u"CHAR(L=1)", u"CHAR(L)", u"CHAR(L)"},
    {Kind::Varchar, u"VARCHAR|CHARACTER VARYING|CHAR VARYING|NVARCHAR|NCHAR VARYING|VARCHAR2|NVARCHAR2|STRING|VARYING CHARACTER|PASSWORD|UPLOAD", u"VARCHAR(L)", u"VARCHAR(L)", u"VARCHAR(L=255)", u"VARCHAR(L)", u"VARCHAR(L)"},
    {Kind::Text, u"TEXT|TINYTEXT|MEDIUMTEXT|LONGTEXT|CLOB|NCLOB|NTEXT|MEMO|CITEXT|XML|LONG", u"TEXT", u"TEXT", u"LONGTEXT", u"TEXT", u"TEXT"},
    {Kind::Binary, u"BINARY|VARBINARY|RAW|BINARY VARYING", u"BLOB", u"BYTEA", u"VARBINARY(L=255)", u"VARBINARY(L)", u"BYTEA"},
    {Kind::Blob, u"BLOB|TINYBLOB|MEDIUMBLOB|LONGBLOB|BYTEA|IMAGE|GENERAL|PICKLETYPE|LONG RAW|NONE", u"BLOB", u"BYTEA", u"LONGBLOB", u"BLOB", u"BYTEA"},
    {Kind::Date, u"DATE", u"DATE", u"DATE", u"DATE", u"DATE", u"DATE"},
    {Kind::Time, u"TIME|TIME WITHOUT TIME ZONE|TIME WITH TIME ZONE|TIMETZ", u"TIME", u"TIME", u"TIME", u"TIME", u"TIME"},
    {Kind::DateTime, u"DATETIME|TIMESTAMP|TIMESTAMP WITHOUT TIME ZONE|SMALLDATETIME|DATETIME2", u"DATETIME", u"TIMESTAMP", u"DATETIME", u"DATETIME", u"TIMESTAMP"},
    {Kind::TimestampTz, u"TIMESTAMPTZ|TIMESTAMP WITH TIME ZONE|DATETIMEOFFSET", u"TIMESTAMPTZ", u"TIMESTAMP WITH TIME ZONE", u"TIMESTAMP", u"TIMESTAMP", u"TIMESTAMP WITH TIME ZONE"},
    {Kind::Uuid, u"UUID|UNIQUEIDENTIFIER", u"UUID", u"UUID", u"UUID", u"UUID", u"UUID"},
    {Kind::Json, u"JSON|JSONB", u"JSON", u"JSONB", u"JSON", u"JSON", u"JSONB"},
    {Kind::Enum, u"ENUM|SET", u"TEXT", u"TEXT", u"*", u"*", u"*"},
    {Kind::Other, u"", u"*", u"*", u"*", u"*", u"*"},
}};
// clang-format on

const TypeRow &rowOf(Kind kind)
{
    for (const TypeRow &row : Rows) {
        if (row.kind == kind)
            return row;
    }
    return Rows.back();
}

const QHash<QString, Kind> &kindsByName()
{
    static const QHash<QString, Kind> names = [] {
        QHash<QString, Kind> result;
        for (const TypeRow &row : Rows) {
            const QString list = QString::fromUtf16(row.names);
            for (const QString &name : list.split(u'|', Qt::SkipEmptyParts))
                result.insert(name, row.kind);
        }
        return result;
    }();
    return names;
}

int toInt(const QString &text)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    return ok ? value : -1;
}

// Renders one of the written forms of the table.
QString render(const QString &form, const LogicalType &type)
{
    if (form == u"*")
        return type.original.trimmed();
    static const QRegularExpression placeholder(QStringLiteral(R"(\((L|P,S)(?:=(\d+))?\))"));
    const QRegularExpressionMatch m = placeholder.match(form);
    if (!m.hasMatch())
        return form;
    QString args;
    if (m.captured(1) == u"L") {
        const int length = type.length >= 0 ? type.length : toInt(m.captured(2));
        if (length >= 0)
            args = u'(' + QString::number(length) + u')';
    } else if (type.precision >= 0) {
        args = u'(' + QString::number(type.precision)
            + (type.scale >= 0 ? u',' + QString::number(type.scale) : QString()) + u')';
    }
    QString result = form;
    result.replace(m.capturedStart(), m.capturedLength(), args);
    return result;
}

} // namespace

QString logicalKindName(LogicalType::Kind kind)
{
    static const char16_t *const names[]
        = {u"boolean", u"tinyint", u"smallint", u"integer", u"bigint", u"decimal", u"float",
            u"double", u"char", u"varchar", u"text", u"binary", u"blob", u"date", u"time",
            u"datetime", u"timestamptz", u"uuid", u"json", u"enum", u"other"};
    return QString::fromUtf16(names[int(kind)]);
}

namespace TypeMapping {

// Reads a design datatype (fromDesign's work, which caches it: a design repeats a few types in
// thousands of columns, and DdlWriter and the diff read each many times).
static LogicalType parseDesign(const QString &datatype);

LogicalType fromDesign(const QString &datatype)
{
    thread_local QHash<QString, LogicalType> cache;
    auto it = cache.constFind(datatype);
    if (it != cache.cend())
        return *it;
    if (cache.size() > 4096)
        cache.clear();
    return *cache.insert(datatype, parseDesign(datatype));
}

static LogicalType parseDesign(const QString &datatype)
{
    LogicalType type;
    type.original = datatype;
    QString text = datatype.simplified().toUpper();
    if (text.startsWith(u"SA."))
        text = text.mid(3);

    // The arguments are everything between the first "(" and the last ")"; the words around
    // them name the type ("TIMESTAMP(3) WITHOUT TIME ZONE", "INT(10) UNSIGNED").
    QString args;
    const qsizetype open = text.indexOf(u'(');
    const qsizetype close = text.lastIndexOf(u')');
    if (open >= 0 && close > open) {
        args = text.mid(open + 1, close - open - 1);
        text = text.left(open) + u' ' + text.mid(close + 1);
    }
    QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    for (const QString &modifier :
        {QStringLiteral("UNSIGNED"), QStringLiteral("SIGNED"), QStringLiteral("ZEROFILL")}) {
        if (words.removeAll(modifier) && modifier == u"UNSIGNED")
            type.isUnsigned = true;
    }
    const QString name = words.join(u' ');
    if (name.isEmpty()) {
        // SQLite's column without a type: BLOB affinity, the value stored as given.
        type.kind = datatype.trimmed().isEmpty() ? Kind::Blob : Kind::Other;
        return type;
    }

    type.kind = kindsByName().value(name, Kind::Other);
    type.serial = name.contains(u"SERIAL");
    const QStringList argList = args.split(u',');
    switch (type.kind) {
    case Kind::TinyInt:
        if (toInt(args) == 1)
            type.kind = Kind::Boolean; // MySQL's BOOLEAN is TINYINT(1)
        break;
    case Kind::Float:
        if (toInt(args) > 24)
            type.kind = Kind::Double; // FLOAT(p) with more than 24 bits is double precision
        break;
    case Kind::Char:
    case Kind::Varchar:
    case Kind::Binary:
        if (args.compare(u"MAX", Qt::CaseInsensitive) == 0)
            type.kind = type.kind == Kind::Binary ? Kind::Blob : Kind::Text;
        else
            type.length = toInt(argList.value(0));
        break;
    case Kind::Decimal:
        if (name == u"MONEY" || name == u"SMALLMONEY" || name == u"MONETARY"
            || name == u"CURRENCY") {
            type.precision = 19;
            type.scale = 4;
        } else if (!args.isEmpty()) {
            type.precision = toInt(argList.value(0));
            type.scale = argList.size() > 1 ? toInt(argList.value(1)) : -1;
        }
        break;
    case Kind::Other:
        if (name == u"BIT" || name == u"BIT VARYING" || name == u"VARBIT") {
            if (name == u"BIT" && (args.isEmpty() || toInt(args) == 1))
                type.kind = Kind::Boolean;
        }
        break;
    default:
        break;
    }
    if (!type.isInteger())
        type.isUnsigned = false;
    return type;
}

QString spell(const LogicalType &type, Spelling spelling)
{
    const TypeRow &row = rowOf(type.kind);
    switch (spelling) {
    case Spelling::SqliteDdl:
        return render(QString::fromUtf16(row.sqlite), type);
    case Spelling::PostgresDdl:
        return render(QString::fromUtf16(row.postgres), type);
    case Spelling::MysqlDdl:
        return render(QString::fromUtf16(row.mysql), type);
    case Spelling::MysqlDesign:
        return render(QString::fromUtf16(row.designMysql), type);
    case Spelling::PostgresDesign:
        return render(QString::fromUtf16(row.designPostgres), type);
    }
    return {};
}

} // namespace TypeMapping
