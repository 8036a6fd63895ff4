#include "rowedits.h"

#include "database/connection.h"
#include "database/sqllog.h"
#include "dialects/dialect.h"
#include "records/valuecodec.h"
#include "schema/schema.h"
#include "schema/table.h"
#include "sql/typemapping.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cfloat>
#include <climits>
#include <cmath>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

using Kind = LogicalType::Kind;

// The translation context of CellInput's messages.
class CellInputText
{
    Q_DECLARE_TR_FUNCTIONS(CellInput)
};

std::optional<QVariant> reject(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

bool isTextKind(Kind kind)
{
    return kind == Kind::Char || kind == Kind::Varchar || kind == Kind::Text || kind == Kind::Other;
}

std::optional<QVariant> parseInteger(const QString &text, const LogicalType &type, QString *error)
{
    qlonglong min = LLONG_MIN;
    qulonglong max = LLONG_MAX;
    switch (type.kind) {
    case Kind::TinyInt:
        min = -128;
        max = 127;
        break;
    case Kind::SmallInt:
        min = -32768;
        max = 32767;
        break;
    case Kind::Integer:
        min = INT_MIN;
        max = INT_MAX;
        break;
    default:
        break;
    }
    if (type.isUnsigned) {
        max = min == LLONG_MIN ? ULLONG_MAX : max * 2 + 1;
        min = 0;
    }
    static const QRegularExpression whole(u"^[+-]?[0-9]+$"_s);
    if (whole.match(text).hasMatch()) {
        bool ok = false;
        if (type.isUnsigned && type.kind == Kind::BigInt) {
            // Beyond qlonglong; "-0" is 0.
            const bool negative = text.startsWith(u'-');
            const qulonglong value = text.mid(negative ? 1 : 0).toULongLong(&ok);
            if (ok && (!negative || value == 0))
                return QVariant(value);
        } else {
            const qlonglong value = text.toLongLong(&ok);
            if (ok && value >= min && (value < 0 || qulonglong(value) <= max))
                return QVariant(value);
        }
    }
    return reject(error,
        CellInputText::tr("Expected a whole number between %1 and %2.")
            .arg(QString::number(min), QString::number(max)));
}

// "0012.3400" -> integer digits "12", fraction "3400"; nullopt when not a plain decimal.
struct DecimalText
{
    bool negative = false;
    QString integer;
    QString fraction;
};

std::optional<DecimalText> splitDecimal(const QString &text)
{
    static const QRegularExpression decimal(u"^([+-]?)([0-9]*)(?:\\.([0-9]*))?$"_s);
    const QRegularExpressionMatch m = decimal.match(text);
    if (!m.hasMatch() || (m.captured(2).isEmpty() && m.captured(3).isEmpty()))
        return std::nullopt;
    DecimalText d;
    d.negative = m.captured(1) == u"-";
    d.integer = m.captured(2);
    while (d.integer.size() > 1 && d.integer.startsWith(u'0'))
        d.integer.remove(0, 1);
    if (d.integer.isEmpty())
        d.integer = u"0"_s;
    d.fraction = m.captured(3);
    return d;
}

QString joinDecimal(const DecimalText &d)
{
    const bool zero = d.integer == u"0"
        && std::all_of(d.fraction.cbegin(), d.fraction.cend(), [](QChar c) { return c == u'0'; });
    return (d.negative && !zero ? u"-"_s : QString()) + d.integer
        + (d.fraction.isEmpty() ? QString() : u'.' + d.fraction);
}

std::optional<QVariant> parseDecimal(const QString &text, const LogicalType &type, QString *error)
{
    std::optional<DecimalText> d = splitDecimal(text);
    if (type.precision < 0) { // unconstrained: exact as typed
        if (d)
            return QVariant(joinDecimal(*d));
        return reject(error, CellInputText::tr("Expected a number, such as 12.34."));
    }
    const int scale = std::max(0, type.scale);
    const int integerDigits = type.precision - scale;
    if (d) {
        // Zeros past the scale change nothing; the value is written with the scale's digits.
        while (d->fraction.size() > scale && d->fraction.endsWith(u'0'))
            d->fraction.chop(1);
        const qsizetype digits = d->integer == u"0" ? 0 : d->integer.size();
        if (digits <= integerDigits && d->fraction.size() <= scale) {
            d->fraction = d->fraction.leftJustified(scale, u'0');
            return QVariant(joinDecimal(*d));
        }
    }
    if (scale == 0)
        return reject(error,
            CellInputText::tr(
                "Expected a whole number of at most %n digit(s).", nullptr, integerDigits));
    return reject(error,
        CellInputText::tr(
            "Expected a number with at most %1 digits before the decimal point and %2 after it.")
            .arg(QString::number(integerDigits), QString::number(scale)));
}

std::optional<QVariant> parseFloat(const QString &text, const LogicalType &type, QString *error)
{
    static const QRegularExpression number(
        u"^[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?$"_s);
    bool ok = number.match(text).hasMatch();
    const double value = ok ? text.toDouble(&ok) : 0;
    if (ok && std::isfinite(value) && (type.kind == Kind::Double || std::fabs(value) <= FLT_MAX))
        return QVariant(value);
    if (ok && type.kind == Kind::Float)
        return reject(error,
            CellInputText::tr("Expected a number between %1 and %2.")
                .arg(QString::number(-FLT_MAX), QString::number(FLT_MAX)));
    return reject(error, CellInputText::tr("Expected a number, such as 3.14 or 1.5e-3."));
}

std::optional<QVariant> parseBoolean(const QString &text, QString *error)
{
    const QString word = text.toCaseFolded();
    const auto is = [&](std::initializer_list<QString> words) {
        return std::any_of(
            words.begin(), words.end(), [&](const QString &w) { return w.toCaseFolded() == word; });
    };
    if (is({u"true"_s, u"t"_s, u"1"_s, u"yes"_s, u"y"_s, u"on"_s, CellInputText::tr("true"),
            CellInputText::tr("yes")}))
        return QVariant(true);
    if (is({u"false"_s, u"f"_s, u"0"_s, u"no"_s, u"n"_s, u"off"_s, CellInputText::tr("false"),
            CellInputText::tr("no")}))
        return QVariant(false);
    return reject(error, CellInputText::tr("Expected true or false (or 1 or 0, yes or no)."));
}

// "HH:MM[:SS[.fff]]", as matched by TimePattern's groups.
const QString TimePattern = u"([0-9]{1,2}):([0-9]{2})(?::([0-9]{2})(?:\\.([0-9]{1,3}))?)?"_s;

QTime timeFrom(const QRegularExpressionMatch &m, int first)
{
    const QString ms = m.captured(first + 3);
    return QTime(m.captured(first).toInt(), m.captured(first + 1).toInt(),
        m.captured(first + 2).toInt(), ms.isEmpty() ? 0 : ms.leftJustified(3, u'0').toInt());
}

std::optional<QVariant> parseDate(const QString &text, QString *error)
{
    static const QRegularExpression date(u"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"_s);
    const QDate value
        = date.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
    if (value.isValid())
        return QVariant(value);
    return reject(error, CellInputText::tr("Expected a date as YYYY-MM-DD, such as 2024-03-15."));
}

std::optional<QVariant> parseTime(const QString &text, QString *error)
{
    static const QRegularExpression time(u'^' + TimePattern + u'$');
    const QRegularExpressionMatch m = time.match(text);
    const QTime value = m.hasMatch() ? timeFrom(m, 1) : QTime();
    if (value.isValid())
        return QVariant(value);
    return reject(error, CellInputText::tr("Expected a time as HH:MM:SS, such as 12:30:00."));
}

std::optional<QVariant> parseDateTime(const QString &text, const LogicalType &type, QString *error)
{
    static const QRegularExpression dateTime(u"^([0-9]{4}-[0-9]{2}-[0-9]{2})(?:[T ]"_s + TimePattern
        + u"(Z|[+-][0-9]{2}(?::?[0-9]{2})?)?)?$"_s);
    const bool withZone = type.kind == Kind::TimestampTz;
    const QRegularExpressionMatch m = dateTime.match(text);
    if (m.hasMatch() && (withZone || m.captured(6).isEmpty())) {
        const QDate date = QDate::fromString(m.captured(1), Qt::ISODate);
        const QTime time = m.captured(2).isEmpty() ? QTime(0, 0) : timeFrom(m, 2);
        const QString zone = m.captured(6);
        QDateTime value;
        if (zone.isEmpty()) {
            value = QDateTime(date, time);
        } else if (zone == u"Z") {
            value = QDateTime(date, time, Qt::UTC);
        } else {
            QString digits = zone.mid(1);
            digits.remove(u':');
            const int hours = digits.left(2).toInt();
            const int minutes = digits.mid(2).toInt();
            const int seconds = (hours * 60 + minutes) * 60 * (zone.startsWith(u'-') ? -1 : 1);
            if (hours <= 14 && minutes < 60)
                value = QDateTime(date, time, Qt::OffsetFromUTC, seconds);
        }
        if (date.isValid() && time.isValid() && value.isValid())
            return QVariant(value);
    }
    if (withZone)
        return reject(error,
            CellInputText::tr("Expected a date and time as YYYY-MM-DD HH:MM:SS, such as "
                              "2024-03-15 12:30:00, optionally with an offset such as +02:00."));
    return reject(error,
        CellInputText::tr(
            "Expected a date and time as YYYY-MM-DD HH:MM:SS, such as 2024-03-15 12:30:00."));
}

std::optional<QVariant> parseUuid(const QString &text, QString *error)
{
    static const QRegularExpression uuid(
        u"^\\{?([0-9a-f]{8})-?([0-9a-f]{4})-?([0-9a-f]{4})-?([0-9a-f]{4})-?([0-9a-f]{12})\\}?$"_s,
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = uuid.match(text);
    if (m.hasMatch() && text.startsWith(u'{') == text.endsWith(u'}')) {
        QStringList groups;
        for (int i = 1; i <= 5; ++i)
            groups << m.captured(i).toLower();
        return QVariant(groups.join(u'-'));
    }
    return reject(
        error, CellInputText::tr("Expected a UUID, such as 123e4567-e89b-12d3-a456-426614174000."));
}

std::optional<QVariant> parseJson(const QString &text, QString *error)
{
    // QJsonDocument holds only objects and arrays: a scalar is read as the one element of
    // an array.
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson("[" + text.toUtf8() + "]", &parseError);
    if (parseError.error == QJsonParseError::NoError && document.array().size() == 1)
        return QVariant(text);
    if (parseError.error == QJsonParseError::NoError) // "1, 2"
        return reject(error, CellInputText::tr("Expected one JSON value, such as {\"a\": 1}."));
    return reject(error,
        CellInputText::tr("Expected JSON, such as {\"a\": 1}: %1 at character %2.")
            .arg(parseError.errorString())
            .arg(std::max(0, parseError.offset - 1) + 1));
}

// The values of "ENUM('a','b')" or "SET('a','b')", quotes undone; empty when there is no list.
QStringList enumValues(const QString &original)
{
    const qsizetype open = original.indexOf(u'(');
    const qsizetype close = original.lastIndexOf(u')');
    if (open < 0 || close < open)
        return {};
    QStringList values;
    qsizetype i = open + 1;
    while (i < close) {
        const QChar c = original.at(i);
        if (c.isSpace() || c == u',') {
            ++i;
            continue;
        }
        if (c != u'\'' && c != u'"')
            return {};
        QString value;
        bool closed = false;
        for (++i; i < close; ++i) {
            const QChar d = original.at(i);
            if (d == u'\\' && i + 1 < close) {
                value += original.at(++i);
            } else if (d == c && i + 1 < close && original.at(i + 1) == c) {
                value += c;
                ++i;
            } else if (d == c) {
                closed = true;
                ++i;
                break;
            } else {
                value += d;
            }
        }
        if (!closed)
            return {};
        values << value;
    }
    return values;
}

std::optional<QString> matchEnum(const QString &text, const QStringList &values)
{
    if (values.contains(text))
        return text;
    for (const QString &v : values) {
        if (v.compare(text.trimmed(), Qt::CaseInsensitive) == 0)
            return v;
    }
    return std::nullopt;
}

std::optional<QVariant> parseEnum(const QString &text, const LogicalType &type, QString *error)
{
    const QStringList values = enumValues(type.original);
    if (values.isEmpty())
        return QVariant(text);
    if (type.original.trimmed().startsWith(u"set", Qt::CaseInsensitive)) {
        // A SET's members in the order of the list, once each, as MariaDB stores them.
        QList<bool> chosen(values.size(), false);
        bool ok = true;
        for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
            const std::optional<QString> v = matchEnum(part, values);
            ok = ok && v;
            if (v)
                chosen[values.indexOf(*v)] = true;
        }
        if (ok) {
            QStringList members;
            for (qsizetype i = 0; i < values.size(); ++i) {
                if (chosen.at(i))
                    members << values.at(i);
            }
            return QVariant(members.isEmpty() ? u""_s : members.join(u','));
        }
        return reject(error,
            CellInputText::tr("Expected a comma-separated list of: %1.").arg(values.join(u", "_s)));
    }
    if (const std::optional<QString> v = matchEnum(text, values))
        return QVariant(*v);
    if (text.trimmed().isEmpty())
        return QVariant();
    return reject(error, CellInputText::tr("Expected one of: %1.").arg(values.join(u", "_s)));
}

std::optional<QVariant> parseBytes(const QString &text, const LogicalType &type, QString *error)
{
    static const QRegularExpression hex(u"^(?:0[xX]|\\\\[xX])([0-9a-fA-F\\s]*)$"_s);
    const QRegularExpressionMatch m = hex.match(text);
    QString digits = m.captured(1);
    digits.remove(QRegularExpression(u"\\s"_s));
    if (!m.hasMatch() || digits.size() % 2 != 0)
        return reject(
            error, CellInputText::tr("Expected bytes in hexadecimal, such as 0x48656c6c6f."));
    const QByteArray bytes
        = digits.isEmpty() ? QByteArray("", 0) : QByteArray::fromHex(digits.toLatin1());
    if (type.kind == Kind::Binary && type.length >= 0 && bytes.size() > type.length)
        return reject(error,
            CellInputText::tr("Expected at most %n byte(s), not %1.", nullptr, type.length)
                .arg(bytes.size()));
    return QVariant(bytes);
}

QString timeText(const QTime &time)
{
    return time.toString(time.msec() ? u"HH:mm:ss.zzz"_s : u"HH:mm:ss"_s);
}

} // namespace

namespace CellInput {

std::optional<QVariant> parse(const QString &input, const LogicalType &type, QString *error)
{
    if (isTextKind(type.kind)) {
        if ((type.kind == Kind::Char || type.kind == Kind::Varchar) && type.length >= 0) {
            const qsizetype characters = QStringView(input).toUcs4().size();
            if (characters > type.length)
                return reject(error,
                    CellInputText::tr(
                        "Expected at most %n character(s), not %1.", nullptr, type.length)
                        .arg(characters));
        }
        return QVariant(input.isNull() ? u""_s : input); // a null QString would bind as NULL
    }
    if (type.kind == Kind::Enum)
        return parseEnum(input.isNull() ? u""_s : input, type, error);
    const QString text = input.trimmed();
    if (text.isEmpty())
        return QVariant();
    switch (type.kind) {
    case Kind::Boolean:
        return parseBoolean(text, error);
    case Kind::TinyInt:
    case Kind::SmallInt:
    case Kind::Integer:
    case Kind::BigInt:
        return parseInteger(text, type, error);
    case Kind::Decimal:
        return parseDecimal(text, type, error);
    case Kind::Float:
    case Kind::Double:
        return parseFloat(text, type, error);
    case Kind::Date:
        return parseDate(text, error);
    case Kind::Time:
        return parseTime(text, error);
    case Kind::DateTime:
    case Kind::TimestampTz:
        return parseDateTime(text, type, error);
    case Kind::Uuid:
        return parseUuid(text, error);
    case Kind::Json:
        return parseJson(text, error);
    case Kind::Binary:
    case Kind::Blob:
        return parseBytes(text, type, error);
    default:
        break;
    }
    return QVariant(text);
}

QString format(const QVariant &value, const LogicalType &type)
{
    if (value.isNull() || !value.isValid())
        return {};
    switch (type.kind) {
    case Kind::Boolean:
        if (value.typeId() == QMetaType::Bool)
            return value.toBool() ? CellInputText::tr("true") : CellInputText::tr("false");
        break;
    case Kind::Decimal:
        if (value.typeId() == QMetaType::Double)
            return type.scale >= 0
                ? QString::number(value.toDouble(), 'f', type.scale)
                : QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
        break;
    case Kind::Float: // SQLite keeps a REAL as a double: the double's digits, not a float's
    case Kind::Double:
        if (value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Float)
            return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
        break;
    case Kind::Date:
        if (value.typeId() == QMetaType::QDate)
            return value.toDate().toString(Qt::ISODate);
        break;
    case Kind::Time:
        if (value.typeId() == QMetaType::QTime)
            return timeText(value.toTime());
        break;
    case Kind::DateTime:
    case Kind::TimestampTz:
        if (value.typeId() == QMetaType::QDateTime) {
            const QDateTime dt = value.toDateTime();
            QString text = dt.date().toString(Qt::ISODate) + u' ' + timeText(dt.time());
            // Without a time zone the wall clock is the value; with one, an instant that is
            // not in local time keeps its offset.
            if (type.kind == Kind::TimestampTz && dt.timeSpec() != Qt::LocalTime) {
                const QString iso = dt.toString(Qt::ISODate); // ends in Z or +hh:mm
                text += dt.timeSpec() == Qt::UTC ? u"Z"_s : iso.right(6);
            }
            return text;
        }
        break;
    case Kind::Binary:
    case Kind::Blob:
        if (value.typeId() == QMetaType::QByteArray)
            return u"0x"_s + QString::fromLatin1(value.toByteArray().toHex());
        break;
    default:
        break;
    }
    if (value.typeId() == QMetaType::QByteArray)
        return QString::fromUtf8(value.toByteArray());
    return value.toString();
}

} // namespace CellInput

namespace {

// A decimal's text in one spelling: "01.50" and "1.5" are the same number.
QString canonicalDecimal(const QString &text)
{
    std::optional<DecimalText> d = splitDecimal(text.trimmed());
    if (!d)
        return text;
    while (d->fraction.endsWith(u'0'))
        d->fraction.chop(1);
    return joinDecimal(*d);
}

// The engine's words, as a sentence: without PostgreSQL's "ERROR:" and error code around them.
QString reasonOf(const QSqlError &error)
{
    QString text = Connection::errorText(error).simplified();
    if (!text.isEmpty() && !text.endsWith(u'.'))
        text += u'.';
    return text;
}

void preparePrecision(QSqlQuery &query, const Dialect &dialect)
{
    query.setForwardOnly(true);
    query.setNumericalPrecisionPolicy(dialect.numericalPrecision());
}

bool run(QSqlQuery &query, const QString &sql, const QVariantList &values, QString *reason)
{
    if (!query.prepare(sql)) {
        *reason = reasonOf(query.lastError());
        return false;
    }
    for (const QVariant &v : values)
        query.addBindValue(v);
    if (!Sql::exec(query)) {
        *reason = reasonOf(query.lastError());
        return false;
    }
    return true;
}

} // namespace

RowEdits::RowEdits(SqlEngine engine, const Table &table, const QStringList &keyColumns)
    : m_engine(engine)
    , m_dialect(Dialect::create(engine))
    , m_table(table.name)
    , m_keyColumns(keyColumns)
{
    for (const Column &c : table.columns) {
        m_columns << c.name;
        m_types << TypeMapping::fromDesign(c.datatype);
        m_autoIncrement << (c.autoIncrement || m_types.constLast().serial);
    }
    for (const QString &name : keyColumns) {
        const int index = int(m_columns.indexOf(name));
        m_keyIndexes << index;
        LogicalType hidden; // a ctid is text
        if (m_dialect->integerRowIdentity())
            hidden.kind = Kind::BigInt; // a rowid
        m_keyTypes << (index >= 0 ? m_types.at(index) : hidden);
    }
    m_rowIdName = m_dialect->rowIdentity(m_columns);
}

bool RowEdits::canEdit() const
{
    return !m_keyColumns.isEmpty();
}

QString RowEdits::keyName(qsizetype part) const
{
    // A rowid or ctid by its own name (quoted, SQLite would take "rowid" for a column that
    // is not there); anything else that is not a column quoted, so that the engine's error
    // names it.
    const QString &name = m_keyColumns.at(part);
    if (m_keyIndexes.at(part) < 0) {
        if (m_dialect->isRowIdentity(name))
            return name;
    }
    return m_dialect->quoteIdentifier(name);
}

QVariantList RowEdits::typedKey(const QVariantList &key) const
{
    QVariantList typed;
    typed.reserve(key.size());
    for (qsizetype i = 0; i < key.size(); ++i) {
        const QVariant &part = key.at(i);
        typed << (part.isNull() ? QVariant()
                                : ValueCodec::notNullWhenEmpty(
                                    ValueCodec::fromDatabase(part, m_keyTypes.value(i), m_engine)));
    }
    return typed;
}

QString RowEdits::identity(const QVariantList &typedKey) const
{
    // Each part tagged and length-prefixed, so that no two keys share a spelling.
    QString identity;
    for (qsizetype i = 0; i < typedKey.size(); ++i) {
        const QVariant &v = typedKey.at(i);
        QString text;
        QChar tag = u's';
        if (v.isNull()) {
            identity += u"N;"_s;
            continue;
        }
        switch (v.typeId()) {
        case QMetaType::Bool:
            tag = u'b';
            text = v.toBool() ? u"1"_s : u"0"_s;
            break;
        case QMetaType::Double:
        case QMetaType::Float:
            tag = u'd';
            text = QString::number(v.toDouble(), 'g', 17);
            break;
        case QMetaType::QDate:
            tag = u'D';
            text = v.toDate().toString(Qt::ISODate);
            break;
        case QMetaType::QTime:
            tag = u'T';
            text = v.toTime().toString(Qt::ISODateWithMs);
            break;
        case QMetaType::QDateTime:
            tag = u'M';
            text = QString::number(v.toDateTime().toMSecsSinceEpoch());
            break;
        case QMetaType::QByteArray:
            tag = u'x';
            text = QString::fromLatin1(v.toByteArray().toHex());
            break;
        case QMetaType::QString:
            text = m_keyTypes.value(i).kind == Kind::Decimal ? canonicalDecimal(v.toString())
                                                             : v.toString();
            break;
        default:
            tag = u'i';
            text = v.toString();
            break;
        }
        identity += tag + QString::number(text.size()) + u':' + text;
    }
    return identity;
}

RowEdits::RowChange *RowEdits::change(const QVariantList &key)
{
    const auto it = m_changes.find(identity(typedKey(key)));
    return it == m_changes.end() ? nullptr : &it.value();
}

const RowEdits::RowChange *RowEdits::change(const QVariantList &key) const
{
    if (m_changes.isEmpty()) // what the grid asks of every cell it paints
        return nullptr;
    const auto it = m_changes.constFind(identity(typedKey(key)));
    return it == m_changes.cend() ? nullptr : &it.value();
}

RowEdits::RowChange &RowEdits::changeFor(const QVariantList &key)
{
    const QVariantList typed = typedKey(key);
    const QString id = identity(typed);
    auto it = m_changes.find(id);
    if (it == m_changes.end())
        it = m_changes.insert(id, RowChange {key, typed, {}, false, m_clock++});
    return it.value();
}

void RowEdits::setValue(const QVariantList &key, int column, const QVariant &value)
{
    if (column < 0 || column >= m_columns.size() || key.size() != m_keyColumns.size() || !canEdit())
        return;
    changeFor(key).values.insert(column, value);
}

std::optional<QVariant> RowEdits::value(const QVariantList &key, int column) const
{
    const RowChange *c = change(key);
    if (!c || !c->values.contains(column))
        return std::nullopt;
    return c->values.value(column);
}

bool RowEdits::isChanged(const QVariantList &key) const
{
    return change(key) != nullptr;
}

void RowEdits::revertRow(const QVariantList &key)
{
    m_changes.remove(identity(typedKey(key)));
}

void RowEdits::clearValue(const QVariantList &key, int column)
{
    const QString id = identity(typedKey(key));
    const auto it = m_changes.find(id);
    if (it == m_changes.end())
        return;
    it->values.remove(column);
    if (it->values.isEmpty() && !it->removed)
        m_changes.erase(it);
}

int RowEdits::addRow()
{
    const int number = m_nextNewRow++;
    m_newRows.insert(number, {});
    return number;
}

void RowEdits::setNewValue(int newRow, int column, const QVariant &value)
{
    const auto it = m_newRows.find(newRow);
    if (it != m_newRows.end() && column >= 0 && column < m_columns.size())
        it->insert(column, value);
}

std::optional<QVariant> RowEdits::newValue(int newRow, int column) const
{
    const auto it = m_newRows.constFind(newRow);
    if (it == m_newRows.cend() || !it->contains(column))
        return std::nullopt;
    return it->value(column);
}

void RowEdits::removeNewRow(int newRow)
{
    m_newRows.remove(newRow);
}

QList<int> RowEdits::newRows() const
{
    return m_newRows.keys();
}

void RowEdits::remove(const QVariantList &key)
{
    if (key.size() != m_keyColumns.size() || !canEdit())
        return;
    changeFor(key).removed = true;
}

bool RowEdits::isRemoved(const QVariantList &key) const
{
    const RowChange *c = change(key);
    return c && c->removed;
}

QList<const RowEdits::RowChange *> RowEdits::ordered() const
{
    QList<const RowChange *> changes;
    changes.reserve(m_changes.size());
    for (const RowChange &c : m_changes)
        changes << &c;
    std::sort(changes.begin(), changes.end(),
        [](const RowChange *a, const RowChange *b) { return a->order < b->order; });
    return changes;
}

QList<QVariantList> RowEdits::changedKeys() const
{
    QList<QVariantList> keys;
    for (const RowChange *c : ordered()) {
        if (!c->removed && !c->values.isEmpty())
            keys << c->key;
    }
    return keys;
}

QList<QVariantList> RowEdits::removedKeys() const
{
    QList<QVariantList> keys;
    for (const RowChange *c : ordered()) {
        if (c->removed)
            keys << c->key;
    }
    return keys;
}

int RowEdits::changeCount() const
{
    // Every row in m_changes has updates or is removed (revertRow drops the others).
    return int(m_changes.size() + m_newRows.size());
}

void RowEdits::clear()
{
    m_changes.clear();
    m_newRows.clear();
    m_nextNewRow = 0;
}

QString RowEdits::keyText(const RowChange &change) const
{
    QStringList parts;
    for (qsizetype i = 0; i < change.typedKey.size(); ++i) {
        const QVariant &v = change.typedKey.at(i);
        parts << (v.isNull() ? u"NULL"_s : CellInput::format(v, m_keyTypes.value(i)));
    }
    return parts.size() == 1 ? parts.first() : u'(' + parts.join(u", "_s) + u')';
}

QString RowEdits::keyCondition(
    const RowChange &change, QVariantList *values, const QString &prefix) const
{
    QStringList parts;
    for (qsizetype i = 0; i < m_keyColumns.size(); ++i) {
        const QVariant &v = change.typedKey.value(i);
        const QString column = prefix + keyName(i);
        if (v.isNull()) {
            parts << column + u" IS NULL"_s;
            continue;
        }
        if (m_keyIndexes.at(i) < 0 && m_dialect->isRowIdentity(m_keyColumns.at(i))) {
            parts << m_dialect->rowIdentityEquals(column);
            *values << (m_dialect->integerRowIdentity() ? v : QVariant(v.toString()));
        } else {
            parts << column + u" = ?"_s;
            *values << ValueCodec::toDatabase(v, m_keyTypes.at(i), m_engine);
        }
    }
    return parts.join(u" AND "_s);
}

bool RowEdits::insertRow(const QSqlDatabase &db, QSqlQuery &query,
    const QMap<int, QVariant> &values, QVariantList *key, QString *reason) const
{
    const QString table = m_dialect->quoteIdentifier(m_table);
    QStringList names;
    QVariantList bound;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        names << m_columns.at(it.key());
        bound << ValueCodec::toDatabase(
            ValueCodec::notNullWhenEmpty(it.value()), m_types.at(it.key()), m_engine);
    }
    QString sql = m_dialect->insertStatement(m_table, names);
    if (canEdit()) {
        // A row identity is read as text, as TableQuery reads it.
        QStringList returned;
        for (qsizetype i = 0; i < m_keyColumns.size(); ++i)
            returned << (m_keyIndexes.at(i) < 0 ? m_dialect->castToText(keyName(i)) : keyName(i));
        sql += m_dialect->returningClause(returned);
    }
    if (!run(query, sql, bound, reason))
        return false;

    key->clear();
    if (m_dialect->returnsInsertedRows()) {
        if (query.next()) {
            for (qsizetype i = 0; i < m_keyColumns.size(); ++i)
                *key << ValueCodec::notNullWhenEmpty(
                    ValueCodec::fromDatabase(query.value(int(i)), m_keyTypes.at(i), m_engine));
        }
        return true;
    }
    const QVariant insertId = query.lastInsertId();
    query.finish();
    // The values given, as reading the row back would give them; the others generated.
    QList<qsizetype> missing;
    for (qsizetype i = 0; i < m_keyColumns.size(); ++i) {
        const int column = m_keyIndexes.at(i);
        const QVariant given = column >= 0 ? values.value(column) : QVariant();
        if (given.isNull()) {
            missing << i;
            *key << QVariant();
        } else {
            *key << ValueCodec::notNullWhenEmpty(
                ValueCodec::fromDatabase(ValueCodec::toDatabase(given, m_keyTypes.at(i), m_engine),
                    m_keyTypes.at(i), m_engine));
        }
    }
    if (missing.isEmpty() || !insertId.isValid())
        return true;
    if (m_dialect->integerRowIdentity() && !m_rowIdName.isEmpty()) {
        // The row by its rowid: a rowid key is it, an INTEGER PRIMARY KEY is it under
        // another name, and any other key's defaults are read back.
        QStringList selected;
        for (qsizetype i : std::as_const(missing))
            selected << keyName(i);
        QSqlQuery read(db);
        preparePrecision(read, *m_dialect);
        if (!run(read,
                u"SELECT "_s + selected.join(u", "_s) + u" FROM "_s + table + u" WHERE "_s
                    + m_dialect->rowIdentityEquals(m_rowIdName),
                {insertId}, reason))
            return false;
        if (read.next()) {
            for (qsizetype j = 0; j < missing.size(); ++j)
                (*key)[missing.at(j)] = ValueCodec::notNullWhenEmpty(ValueCodec::fromDatabase(
                    read.value(int(j)), m_keyTypes.at(missing.at(j)), m_engine));
        }
        return true;
    }
    // MariaDB: the AUTO_INCREMENT column's value (the one part missing, if none says so).
    qsizetype generated = -1;
    for (qsizetype i : std::as_const(missing)) {
        if (m_keyIndexes.at(i) >= 0 && m_autoIncrement.at(m_keyIndexes.at(i)))
            generated = i;
    }
    if (generated < 0 && missing.size() == 1)
        generated = missing.first();
    if (generated >= 0)
        (*key)[generated] = ValueCodec::fromDatabase(insertId, m_keyTypes.at(generated), m_engine);
    return true;
}

bool RowEdits::rowExists(const QSqlDatabase &db, const RowChange &change, QString *reason) const
{
    QVariantList values;
    const QString condition = keyCondition(change, &values);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!run(query,
            u"SELECT 1 FROM "_s + m_dialect->quoteIdentifier(m_table) + u" WHERE "_s + condition,
            values, reason))
        return false;
    return query.next();
}

bool RowEdits::updateRow(
    const QSqlDatabase &db, QSqlQuery &query, const RowChange &change, QString *reason) const
{
    QStringList columns;
    QVariantList values;
    for (auto it = change.values.cbegin(); it != change.values.cend(); ++it) {
        columns << m_columns.at(it.key());
        values << ValueCodec::toDatabase(
            ValueCodec::notNullWhenEmpty(it.value()), m_types.at(it.key()), m_engine);
    }
    // The row by its key as it was read, also when the key is among the columns changed.
    const QString condition = keyCondition(change, &values);
    if (!run(query, m_dialect->updateStatement(m_table, columns, condition), values, reason))
        return false;
    if (query.numRowsAffected() > 0)
        return true;
    query.finish();
    // MariaDB counts the rows changed, not found: a row given its own values counts none.
    if (m_dialect->countsChangedRowsOnly() && rowExists(db, change, reason))
        return true;
    if (reason->isEmpty())
        *reason = tr("it is no longer in the table (changed or deleted elsewhere). "
                     "Reload the table and make the change again.");
    return false;
}

bool RowEdits::deleteRow(QSqlQuery &query, const RowChange &change, QString *reason) const
{
    QVariantList values;
    const QString condition = keyCondition(change, &values);
    if (!run(query, m_dialect->deleteStatement(m_table, condition), values, reason))
        return false;
    if (query.numRowsAffected() > 0)
        return true;
    *reason = tr("it is no longer in the table (changed or deleted elsewhere). "
                 "Reload the table and delete it again.");
    return false;
}

bool RowEdits::apply(const QSqlDatabase &db, QString *error)
{
    if (isEmpty()) {
        m_insertedKeys.clear();
        return true;
    }
    if (!canEdit() && !m_changes.isEmpty()) {
        *error = tr("“%1” has no key to tell its rows apart, so they cannot be changed or "
                    "deleted here. Give the table a primary key to edit its rows.")
                     .arg(m_table);
        return false;
    }
    QSqlDatabase database = db;
    if (!database.transaction()) {
        *error = tr("Cannot save the changes to “%1”: %2")
                     .arg(m_table, reasonOf(database.lastError()));
        return false;
    }
    // One query for the statements, so that a statement that failed is freed after the
    // rollback: PostgreSQL refuses to free it inside the failed transaction.
    QSqlQuery statement(database);
    preparePrecision(statement, *m_dialect);
    QString failure;
    // Deletes first: a new row may take the key or a unique value of a row deleted for it.
    const QList<const RowChange *> changes = ordered();
    m_refusedDelete.reset();
    for (const RowChange *c : changes) {
        if (!failure.isEmpty())
            break;
        QString reason;
        if (c->removed && !deleteRow(statement, *c, &reason)) {
            failure = tr("Deleting row %1 of “%2”: %3").arg(keyText(*c), m_table, reason);
            m_refusedDelete = *c;
        }
    }
    QList<QVariantList> inserted;
    int number = 0;
    for (auto it = m_newRows.cbegin(); failure.isEmpty() && it != m_newRows.cend(); ++it) {
        ++number;
        QVariantList key;
        QString reason;
        if (insertRow(database, statement, it.value(), &key, &reason))
            inserted << key;
        else
            failure = tr("New row %1 of “%2”: %3").arg(QString::number(number), m_table, reason);
    }
    for (const RowChange *c : changes) {
        if (!failure.isEmpty())
            break;
        QString reason;
        if (!c->removed && !c->values.isEmpty() && !updateRow(database, statement, *c, &reason))
            failure = tr("Row %1 of “%2”: %3").arg(keyText(*c), m_table, reason);
    }
    statement.finish();
    if (failure.isEmpty() && !database.commit())
        failure = tr("Cannot save the changes to “%1”: %2")
                      .arg(m_table, reasonOf(database.lastError()));
    if (!failure.isEmpty()) {
        database.rollback();
        *error = failure + u' ' + tr("Nothing was saved.");
        return false;
    }
    m_insertedKeys = inserted;
    clear();
    return true;
}

namespace {

constexpr int MaxCascadeDepth = 8;

// The column of `parent` a foreign key part refers to.
const Column *referencedColumn(const Table &parent, const ForeignKeyPart &part)
{
    if (part.referencedColumn != NoObject)
        return parent.column(part.referencedColumn);
    return parent.columnByName(part.referencedColumnName);
}

} // namespace

QList<std::pair<QString, qint64>> RowEdits::refusedDeleteReferrers(
    const QSqlDatabase &db, const Schema &schema) const
{
    if (!m_refusedDelete)
        return {};
    const Table *deleted = schema.tableByName(m_table);
    if (!deleted)
        return {};
    QMap<QString, qint64> counts;
    // Rows of `table` (alias t<depth>) that `condition` picks go; what refers to them counts
    // when its foreign key would refuse, and is followed when it cascades. Each level names
    // the one before it inside EXISTS, so every count is one query.
    const std::function<void(const Table &, const QString &, const QVariantList &, int)> follow
        = [&](const Table &table, const QString &condition, const QVariantList &values,
              int depth) {
              const QString alias = u't' + QString::number(depth);
              const QString inner = u't' + QString::number(depth + 1);
              for (const Table &other : schema.tables()) {
                  for (const ForeignKey &fk : other.foreignKeys) {
                      if (schema.referencedTableName(fk) != table.name)
                          continue;
                      if (fk.onDelete == ReferentialAction::SetNull
                          || fk.onDelete == ReferentialAction::SetDefault)
                          continue;
                      QStringList joins;
                      for (const ForeignKeyPart &part : fk.parts) {
                          const Column *from = other.column(part.column);
                          const Column *to = referencedColumn(table, part);
                          if (!from || !to) {
                              joins.clear();
                              break;
                          }
                          joins << alias + u'.' + m_dialect->quoteIdentifier(to->name) + u" = "_s
                                  + inner + u'.' + m_dialect->quoteIdentifier(from->name);
                      }
                      if (joins.isEmpty())
                          continue;
                      QString referring = u"EXISTS (SELECT 1 FROM "_s
                          + m_dialect->quoteIdentifier(table.name) + u' ' + alias + u" WHERE "_s
                          + condition + u" AND "_s + joins.join(u" AND "_s) + u')';
                      QVariantList referringValues = values;
                      // The row itself, referring to itself, goes with itself.
                      if (depth == 0 && other.name == m_table)
                          referring += u" AND NOT ("_s
                              + keyCondition(*m_refusedDelete, &referringValues, inner + u'.')
                              + u')';
                      if (fk.onDelete == ReferentialAction::Cascade) {
                          if (depth < MaxCascadeDepth)
                              follow(other, referring, referringValues, depth + 1);
                          continue;
                      }
                      QSqlQuery query(db);
                      query.setForwardOnly(true);
                      QString reason;
                      if (run(query,
                              u"SELECT COUNT(*) FROM "_s + m_dialect->quoteIdentifier(other.name)
                                  + u' ' + inner + u" WHERE "_s + referring,
                              referringValues, &reason)
                          && query.next() && query.value(0).toLongLong() > 0)
                          counts[other.name] += query.value(0).toLongLong();
                  }
              }
          };
    QVariantList values;
    const QString condition = keyCondition(*m_refusedDelete, &values, u"t0."_s);
    follow(*deleted, condition, values, 0);
    QList<std::pair<QString, qint64>> referrers;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        referrers.append({it.key(), it.value()});
    std::stable_sort(referrers.begin(), referrers.end(),
        [](const auto &a, const auto &b) { return a.second > b.second; });
    return referrers;
}

QString RowEdits::refusedDeleteMessage(const QSqlDatabase &db, const Schema &schema) const
{
    const QList<std::pair<QString, qint64>> referrers = refusedDeleteReferrers(db, schema);
    if (referrers.isEmpty())
        return {};
    QStringList parts;
    for (const auto &[table, rows] : referrers)
        parts << tr("%n row(s) of %1", nullptr, int(std::min<qint64>(rows, INT_MAX))).arg(table);
    const QString row = m_table + u' ' + keyText(*m_refusedDelete);
    const QString list = QLocale().createSeparatedList(parts);
    if (referrers.size() == 1 && referrers.first().second == 1)
        return tr("Cannot delete %1: %2 refers to it. Delete or change that row first.")
            .arg(row, list);
    return tr("Cannot delete %1: %2 refer to it. Delete or change those rows first.")
        .arg(row, list);
}
