#include "dialect.h"

#include "mysqldialect.h"
#include "postgresdialect.h"
#include "sqlitedialect.h"

#include "schema/defaultvalue.h"
#include "sql/typemapping.h"

#include <QCryptographicHash>
#include <QDate>
#include <QDateTime>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTime>

using namespace Qt::StringLiterals;

namespace {

// The function defaults every engine has, in the spellings people write them, as the one
// Schemata writes and reads back; empty when `upper` is none of them.
QString canonicalFunction(const QString &upper)
{
    static const QHash<QString, QString> functions = {
        {u"CURRENT_TIMESTAMP"_s, u"CURRENT_TIMESTAMP"_s},
        {u"CURRENT_TIMESTAMP()"_s, u"CURRENT_TIMESTAMP"_s},
        {u"NOW()"_s, u"CURRENT_TIMESTAMP"_s},
        {u"LOCALTIMESTAMP"_s, u"CURRENT_TIMESTAMP"_s},
        {u"CURRENT_DATE"_s, u"CURRENT_DATE"_s},
        {u"CURRENT_DATE()"_s, u"CURRENT_DATE"_s},
        {u"CURDATE()"_s, u"CURRENT_DATE"_s},
        {u"CURRENT_TIME"_s, u"CURRENT_TIME"_s},
        {u"CURRENT_TIME()"_s, u"CURRENT_TIME"_s},
        {u"CURTIME()"_s, u"CURRENT_TIME"_s},
    };
    return functions.value(upper);
}

} // namespace

std::unique_ptr<Dialect> Dialect::create(SqlEngine engine)
{
    switch (engine) {
    case SqlEngine::Sqlite:
        return std::make_unique<SqliteDialect>();
    case SqlEngine::Postgres:
        return std::make_unique<PostgresDialect>();
    case SqlEngine::Mysql:
        return std::make_unique<MysqlDialect>();
    }
    return nullptr;
}

std::unique_ptr<Dialect> Dialect::forDatabase(const QSqlDatabase &db)
{
    switch (db.driver() ? db.driver()->dbmsType() : QSqlDriver::UnknownDbms) {
    case QSqlDriver::SQLite:
        return create(SqlEngine::Sqlite);
    case QSqlDriver::PostgreSQL:
        return create(SqlEngine::Postgres);
    case QSqlDriver::MySqlServer:
        return create(SqlEngine::Mysql);
    default:
        return nullptr;
    }
}

QString Dialect::quoteIdentifier(const QString &identifier) const
{
    const QChar quote = identifierQuote();
    QString doubled = identifier;
    doubled.replace(quote, QString(2, quote));
    return quote + doubled + quote;
}

QString Dialect::quoteString(const QString &text) const
{
    QString doubled = text;
    doubled.replace(u'\'', u"''"_s);
    return u'\'' + doubled + u'\'';
}

QString Dialect::shortenIdentifier(const QString &identifier) const
{
    const int limit = maxIdentifierLength();
    const auto lengthOf = [this](const QString &s) {
        return identifierLengthInBytes() ? s.toUtf8().size() : s.size();
    };
    if (limit <= 0 || lengthOf(identifier) <= limit)
        return identifier;
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(identifier.toUtf8(), QCryptographicHash::Sha1).toHex().left(8));
    // Cut whole characters (never half a surrogate pair or a UTF-8 sequence) until the start,
    // "_" and the hash fit.
    QString start = identifier;
    while (!start.isEmpty() && lengthOf(start) + 1 + hash.size() > limit) {
        start.chop(1);
        if (!start.isEmpty() && start.back().isHighSurrogate())
            start.chop(1);
    }
    return start + u'_' + hash;
}

LogicalType Dialect::typeFromCatalogue(const QString &type) const
{
    return TypeMapping::fromDesign(type);
}

QString Dialect::designType(const LogicalType &type) const
{
    return TypeMapping::spell(type, TypeMapping::Spelling::MysqlDesign)
        + (type.isUnsigned ? QStringLiteral(" UNSIGNED") : QString());
}

QString Dialect::designCatalogue() const
{
    return QStringLiteral("mysql");
}

QString Dialect::booleanLiteral(bool value) const
{
    return value ? QStringLiteral("1") : QStringLiteral("0");
}

QString Dialect::tableOptions(const QString &) const
{
    return {};
}

QString Dialect::columnCommentClause(const QString &) const
{
    return {};
}

QString Dialect::commentStatement(const QString &, const QString &, const QString &) const
{
    return {};
}

QString Dialect::dropTableSql(const QString &table) const
{
    return u"DROP TABLE IF EXISTS "_s + quoteIdentifier(table);
}

QStringList Dialect::tableNames(const QSqlDatabase &db) const
{
    return db.tables(QSql::Tables);
}

std::optional<QString> Dialect::defaultSql(const DefaultValue &value, const LogicalType &type) const
{
    const DefaultCheck check = checkDefault(value, type);
    if (check.verdict == DefaultCheck::Verdict::Refused)
        return std::nullopt;
    return check.sql;
}

QString Dialect::defaultExpression(const QString &text)
{
    const QString e = text.trimmed();
    if (e.size() < 2 || !e.startsWith(u'(') || !e.endsWith(u')'))
        return {};
    int depth = 0;
    QChar quote;
    for (qsizetype i = 0; i < e.size(); ++i) {
        const QChar c = e.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar(); // a doubled quote closes and opens again
            continue;
        }
        const QChar next = i + 1 < e.size() ? e.at(i + 1) : QChar();
        if (c == u'\'' || c == u'"' || c == u'`')
            quote = c;
        else if (c == u'[')
            quote = u']';
        else if (c == u';' || (c == u'-' && next == u'-') || (c == u'/' && next == u'*'))
            return {};
        else if (c == u'(')
            ++depth;
        else if (c == u')' && --depth == 0 && i != e.size() - 1)
            return {}; // "(a) + (b)": not one pair around the whole
    }
    return depth == 0 && quote.isNull() ? e : QString();
}

Dialect::DefaultCheck Dialect::checkDefault(
    const DefaultValue &value, const LogicalType &type) const
{
    DefaultCheck check;
    if (value.isNone() || value.isNull())
        return check;
    const QString text = value.text();
    const QString trimmed = text.trimmed();
    const QString upper = trimmed.toUpper();
    if (upper == u"NULL")
        return check;
    const auto refuse = [&](const QString &problem) {
        check.verdict = DefaultCheck::Verdict::Refused;
        check.problem = problem;
        return check;
    };

    // Functions the engines all have, in the spellings people write them, also in
    // parentheses ("(CURRENT_TIMESTAMP)", MariaDB's "(curdate())").
    const QString expression = defaultExpression(trimmed);
    QString inner = upper;
    while (inner.startsWith(u'(') && !defaultExpression(inner).isEmpty())
        inner = inner.mid(1, inner.size() - 2).trimmed();
    const QString function = canonicalFunction(inner);
    if (!function.isEmpty()) {
        check.sql = functionDefault(function);
        if (type.kind == LogicalType::Kind::Other)
            return check; // a type Schemata passes through: the server decides
        const QString why = functionDefaultRefusal(function, type);
        if (why.isEmpty())
            return check;
        return refuse(tr("%1 refuses the default %2 on a column of type %3: %4.")
                          .arg(sqlEngineTitle(engine()), trimmed, type.original.trimmed(), why));
    }
    if (!expression.isEmpty()) {
        check = checkExpressionDefault(expression);
        check.sql = expression;
        return check;
    }

    static const QRegularExpression integer(u"^[+-]?\\d+$"_s);
    static const QRegularExpression number(u"^[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?$"_s);
    const auto notAValue = [&] {
        check.notAValue = true;
        return refuse(tr("The default \"%1\" is not a value of the type %2.")
                          .arg(text, type.original.trimmed()));
    };
    using Kind = LogicalType::Kind;
    switch (type.kind) {
    case Kind::Boolean:
        if (upper == u"1" || upper == u"TRUE" || upper == u"T" || upper == u"YES" || upper == u"Y")
            check.sql = booleanLiteral(true);
        else if (upper == u"0" || upper == u"FALSE" || upper == u"F" || upper == u"NO"
            || upper == u"N")
            check.sql = booleanLiteral(false);
        else
            return notAValue();
        return check;
    case Kind::TinyInt:
    case Kind::SmallInt:
    case Kind::Integer:
    case Kind::BigInt:
        if (!integer.match(trimmed).hasMatch())
            return notAValue();
        check.sql = trimmed;
        return check;
    case Kind::Decimal:
    case Kind::Float:
    case Kind::Double:
        if (!number.match(trimmed).hasMatch())
            return notAValue();
        check.sql = trimmed;
        return check;
    case Kind::Date:
        if (!QDate::fromString(trimmed, Qt::ISODate).isValid())
            return notAValue();
        check.sql = quoteString(trimmed);
        return check;
    case Kind::Time:
        if (!QTime::fromString(trimmed, Qt::ISODateWithMs).isValid())
            return notAValue();
        check.sql = quoteString(trimmed);
        return check;
    case Kind::DateTime:
    case Kind::TimestampTz: {
        QString iso = trimmed;
        iso.replace(u' ', u'T');
        if (!QDateTime::fromString(iso, Qt::ISODateWithMs).isValid())
            return notAValue();
        check.sql = quoteString(trimmed);
        return check;
    }
    case Kind::Char:
    case Kind::Varchar: {
        check.sql = quoteString(text);
        QString kept = text;
        while (ignoresSpacesBeyondLength() && kept.endsWith(u' '))
            kept.chop(1);
        const int length = textLength(type);
        const qsizetype characters = kept.toUcs4().size();
        if (enforcesLength() && length >= 0 && characters > length)
            return refuse(tr("%1 refuses the default \"%2\" on a column of type %3: it has %4 "
                             "characters, more than the column's %5.")
                              .arg(sqlEngineTitle(engine()), text, type.original.trimmed(),
                                  QString::number(characters), QString::number(length)));
        return check;
    }
    default:
        check.sql = quoteString(text);
        return check;
    }
}

QString Dialect::functionDefaultRefusal(const QString &, const LogicalType &) const
{
    return {};
}

int Dialect::textLength(const LogicalType &type) const
{
    if (type.kind == LogicalType::Kind::Char)
        return type.length >= 0 ? type.length : 1; // CHAR is CHAR(1)
    if (type.kind == LogicalType::Kind::Varchar)
        return type.length;
    return -1;
}

QString Dialect::lengthRefusal(int longest, int length)
{
    if (length < 0 || longest <= length)
        return {};
    return tr("its value has up to %1 characters, more than the column's %2")
        .arg(QString::number(longest), QString::number(length));
}

Dialect::DefaultCheck Dialect::checkExpressionDefault(const QString &expression) const
{
    DefaultCheck check;
    // The functions it calls: names followed by "(", outside quotes.
    static const QRegularExpression call(u"([A-Za-z_][A-Za-z_0-9]*)\\s*\\("_s);
    QString unquoted = expression;
    static const QRegularExpression quoted(u"'([^']|'')*'|\"([^\"]|\"\")*\"|`[^`]*`"_s);
    unquoted.replace(quoted, u"''"_s);
    const QStringList missing = missingFunctions();
    for (const QRegularExpressionMatch &m : call.globalMatch(unquoted)) {
        const QString name = m.captured(1).toLower();
        if (missing.contains(name)) {
            check.verdict = DefaultCheck::Verdict::Refused;
            check.problem = tr("%1 refuses the default %2: it has no function %3().")
                                .arg(sqlEngineTitle(engine()), expression, m.captured(1));
            return check;
        }
    }
    check.verdict = DefaultCheck::Verdict::Unchecked;
    check.problem = tr("Schemata cannot check the default %1 for %2; the server checks it when "
                       "the design is applied.")
                        .arg(expression, sqlEngineTitle(engine()));
    return check;
}

DefaultValue Dialect::defaultFromSql(
    const QString &expression, const LogicalType &type, bool nullable) const
{
    const DefaultValue nothing = nullable ? DefaultValue::null() : DefaultValue::none();
    QString e = expression.trimmed();
    // Outer parentheses (MariaDB's "(curdate())", SQLite's "(0)") and PostgreSQL's casts
    // ("'abc'::character varying", "'-1'::integer") say nothing about the value.
    static const QRegularExpression cast(u"^(.*?)::[a-z_ ]+(\\(\\d+(,\\d+)?\\))?(\\[\\])?$"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    for (bool changed = true; changed && !e.isEmpty();) {
        changed = false;
        if (e.startsWith(u'(') && e.endsWith(u')')) {
            int depth = 0;
            bool wraps = true;
            for (qsizetype i = 0; i < e.size() - 1 && wraps; ++i) {
                depth += e.at(i) == u'(' ? 1 : e.at(i) == u')' ? -1 : 0;
                wraps = depth > 0;
            }
            if (wraps) {
                e = e.mid(1, e.size() - 2).trimmed();
                changed = true;
            }
        }
        const QRegularExpressionMatch m = cast.match(e);
        if (m.hasMatch() && !m.captured(1).isEmpty()) {
            e = m.captured(1).trimmed();
            changed = true;
        }
    }
    if (e.isEmpty() || e.compare(u"NULL", Qt::CaseInsensitive) == 0)
        return nothing;

    QString value = e;
    bool quoted = false;
    if (e.size() >= 2 && e.startsWith(u'\'') && e.endsWith(u'\'')) {
        quoted = true;
        value.clear();
        const bool backslashes = engine() == SqlEngine::Mysql;
        for (qsizetype i = 1; i < e.size() - 1; ++i) {
            const QChar c = e.at(i);
            if (c == u'\'' && i + 1 < e.size() - 1 && e.at(i + 1) == u'\'') {
                value += c;
                ++i;
            } else if (backslashes && c == u'\\' && i + 1 < e.size() - 1) {
                const QChar next = e.at(++i);
                value += next == u'n' ? QChar(u'\n')
                    : next == u't'    ? QChar(u'\t')
                    : next == u'r'    ? QChar(u'\r')
                    : next == u'0'    ? QChar(u'\0')
                                      : next;
            } else {
                value += c;
            }
        }
    }
    if (!quoted && !canonicalFunction(e.toUpper()).isEmpty())
        return DefaultValue::text(canonicalFunction(e.toUpper()));
    if (type.kind == LogicalType::Kind::Boolean) {
        const QString upper = value.toUpper();
        if (upper == u"TRUE" || upper == u"T" || upper == u"1" || upper == u"B'1'")
            return DefaultValue::text(u"1"_s);
        if (upper == u"FALSE" || upper == u"F" || upper == u"0" || upper == u"B'0'")
            return DefaultValue::text(u"0"_s);
    }
    // An expression ("datetime('now')", which SQLite reports without its parentheses, or
    // "1 + 1") stays one, in the parentheses that make it one in a design (checkDefault), so
    // that applying the design again writes it again; numbers and SQLite's bare words, which
    // it takes as text, are values.
    static const QRegularExpression plain(
        u"^([+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?|[A-Za-z_][A-Za-z0-9_]*)$"_s);
    if (!quoted && !plain.match(e).hasMatch()) {
        const QString wrapped = u'(' + e + u')';
        if (!defaultExpression(wrapped).isEmpty())
            return DefaultValue::text(wrapped);
    }
    return DefaultValue::text(value);
}

// DDL facts moved from DdlWriter

bool Dialect::indexesWholeValues() const
{
    return true;
}

bool Dialect::honoursSetDefault() const
{
    return true;
}

bool Dialect::foreignKeyNeedsSameIntegerType() const
{
    return false;
}

int Dialect::maxColumnCommentLength() const
{
    return 0;
}
