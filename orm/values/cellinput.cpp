#include "cellinput.h"

#include "valuecodec.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cfloat>
#include <climits>
#include <cmath>

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
    const std::optional<QByteArray> decoded
        = m.hasMatch() ? ValueCodec::fromHexText(digits.toLatin1()) : std::nullopt;
    if (!decoded)
        return reject(
            error, CellInputText::tr("Expected bytes in hexadecimal, such as 0x48656c6c6f."));
    const QByteArray bytes = digits.isEmpty() ? QByteArray("", 0) : *decoded;
    if (type.kind == Kind::Binary && type.length >= 0 && bytes.size() > type.length)
        return reject(error,
            CellInputText::tr("Expected at most %n byte(s), not %1.", nullptr, type.length)
                .arg(bytes.size()));
    return QVariant(bytes);
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
            return ValueCodec::toIsoText(value.toTime());
        break;
    case Kind::DateTime:
    case Kind::TimestampTz:
        if (value.typeId() == QMetaType::QDateTime)
            return ValueCodec::toIsoText(value.toDateTime(), type);
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

QString canonicalDecimal(const QString &text)
{
    std::optional<DecimalText> d = splitDecimal(text.trimmed());
    if (!d)
        return text;
    while (d->fraction.endsWith(u'0'))
        d->fraction.chop(1);
    return joinDecimal(*d);
}

} // namespace CellInput
