#include "valuegenerator.h"

#include <QDate>
#include <QUuid>

#include <algorithm>
#include <limits>
#include <optional>

namespace ValueGenerator {

namespace {

quint64 fnv1a(QStringView text, quint64 hash = 14695981039346656037ULL)
{
    for (QChar c : text) {
        hash ^= c.unicode();
        hash *= 1099511628211ULL;
    }
    return hash;
}

// ---------------------------------------------------------------------------------------------
// Words: a small built-in list, so generated text looks like text.

const QStringView Words[] = {u"apple", u"river", u"stone", u"quiet", u"garden", u"silver",
    u"morning", u"window", u"bright", u"forest", u"coffee", u"yellow", u"market", u"winter",
    u"summer", u"little", u"ocean", u"paper", u"bridge", u"orange", u"castle", u"gentle", u"harbor",
    u"island", u"jacket", u"kitten", u"lemon", u"meadow", u"number", u"pencil", u"rocket",
    u"saddle", u"table", u"tunnel", u"valley", u"wonder", u"anchor", u"basket", u"candle",
    u"desert", u"engine", u"feather", u"ginger", u"hammer", u"jungle", u"ladder", u"mirror",
    u"needle", u"pepper", u"rabbit", u"shadow", u"thunder", u"velvet", u"wagon", u"breeze",
    u"cloud", u"dream", u"field", u"green", u"house", u"light", u"music", u"night", u"plant",
    u"road", u"sky", u"train", u"water", u"book", u"city", u"door", u"fire", u"hill", u"lake",
    u"moon", u"park", u"rain", u"snow", u"star", u"tree", u"wind", u"blue", u"calm", u"early",
    u"fresh", u"happy", u"late", u"new", u"old", u"open", u"quick", u"slow", u"warm", u"wild",
    u"young", u"build", u"carry", u"draw", u"find", u"grow", u"jump", u"learn", u"make", u"read",
    u"run", u"sing", u"walk", u"write", u"data", u"model", u"query", u"schema", u"record",
    u"report", u"project", u"ticket", u"order", u"invoice"};

const QStringView FirstNames[] = {u"Olivia", u"Liam", u"Emma", u"Noah", u"Ava", u"Elijah",
    u"Sophia", u"James", u"Mia", u"Lucas", u"Amelia", u"Mateo", u"Isabella", u"Leo", u"Harper",
    u"Oliver", u"Evelyn", u"Ethan", u"Aria", u"Henry", u"Chloe", u"Samuel", u"Nora", u"David",
    u"Lena", u"Jonas", u"Sofia", u"Pablo", u"Marta", u"Yuki", u"Amir", u"Ingrid"};

const QStringView LastNames[]
    = {u"Smith", u"Johnson", u"Williams", u"Brown", u"Jones", u"Garcia", u"Miller", u"Davis",
        u"Martinez", u"Lopez", u"Wilson", u"Anderson", u"Taylor", u"Thomas", u"Moore", u"Martin",
        u"Lee", u"Walker", u"Hall", u"Young", u"King", u"Wright", u"Schmidt", u"Fischer", u"Weber",
        u"Rossi", u"Dubois", u"Novak", u"Tanaka", u"Silva", u"Hansen", u"Kowalski"};

const QStringView Domains[] = {u"example.com", u"example.org", u"example.net"};

template<std::size_t N>
QStringView pick(Random &random, const QStringView (&list)[N])
{
    return list[random.below(N)];
}

bool containsAny(const QString &text, std::initializer_list<QStringView> parts)
{
    for (QStringView p : parts) {
        if (text.contains(p))
            return true;
    }
    return false;
}

} // namespace

Random::Random(quint64 seed, const QString &table, QStringView purpose)
    : m_generator(seedWords(seed, fnv1a(purpose, fnv1a(table) ^ 0x9e3779b97f4a7c15ULL)))
{
}

QRandomGenerator Random::seedWords(quint64 seed, quint64 stream)
{
    const quint32 words[4]
        = {quint32(seed), quint32(seed >> 32), quint32(stream), quint32(stream >> 32)};
    return QRandomGenerator(words);
}

Hint hintFor(const QString &tableName, const QString &columnName, const LogicalType &type)
{
    const QString n = columnName.toLower();
    const QString t = tableName.toLower();
    if (type.kind == LogicalType::Kind::Other) {
        const QString original = type.original.trimmed().toUpper();
        if (original.startsWith(u"INET") || original.startsWith(u"CIDR"))
            return Hint::Ip;
        return Hint::None;
    }
    if (type.isInteger()) {
        if (type.original.trimmed().startsWith(u"YEAR", Qt::CaseInsensitive) || n == u"year"
            || n.endsWith(u"_year"))
            return Hint::Year;
        if (n == u"age" || n.endsWith(u"_age"))
            return Hint::Age;
        return Hint::None;
    }
    if (type.kind == LogicalType::Kind::Date)
        return containsAny(n, {u"birth", u"dob"}) ? Hint::Birth : Hint::None;
    if (!type.isText() || type.kind == LogicalType::Kind::Uuid
        || type.kind == LogicalType::Kind::Json || type.kind == LogicalType::Kind::Enum)
        return Hint::None;
    if (n.contains(u"email") || n == u"mail")
        return Hint::Email;
    if ((n.contains(u"first") && n.contains(u"name")) || containsAny(n, {u"given", u"forename"}))
        return Hint::FirstName;
    if ((n.contains(u"last") && n.contains(u"name")) || containsAny(n, {u"surname", u"family"}))
        return Hint::LastName;
    if ((n.contains(u"user") && n.contains(u"name")) || containsAny(n, {u"login", u"nick"}))
        return Hint::UserName;
    if (n == u"name" || n.endsWith(u"name")) {
        // A person's name where the table holds people (or the column says whose name it is).
        if (n != u"name"
            || containsAny(t,
                {u"user", u"person", u"people", u"employee", u"staff", u"customer", u"author",
                    u"member", u"contact", u"manager", u"engineer", u"student", u"teacher",
                    u"client", u"account", u"owner"}))
            return Hint::PersonName;
        return Hint::Title;
    }
    if (containsAny(n, {u"title", u"subject", u"headline", u"caption", u"label"}))
        return Hint::Title;
    if (containsAny(n, {u"url", u"link", u"website", u"homepage", u"href", u"uri"}))
        return Hint::Url;
    if (containsAny(n, {u"phone", u"mobile", u"fax"}) || n == u"tel")
        return Hint::Phone;
    if (containsAny(n,
            {u"body", u"text", u"content", u"description", u"comment", u"note", u"bio", u"summary",
                u"message", u"about", u"info"}))
        return Hint::Sentence;
    if (containsAny(n, {u"code", u"sku", u"iso"}))
        return Hint::Code;
    return type.kind == LogicalType::Kind::Text ? Hint::Sentence : Hint::None;
}

QVariant nullOf(const LogicalType &type)
{
    using Kind = LogicalType::Kind;
    if (type.kind == Kind::Boolean)
        return QVariant(QMetaType::fromType<bool>());
    if (type.isInteger())
        return QVariant(QMetaType::fromType<qlonglong>());
    if (type.kind == Kind::Float || type.kind == Kind::Double)
        return QVariant(QMetaType::fromType<double>());
    if (type.isBinary())
        return QVariant(QMetaType::fromType<QByteArray>());
    return QVariant(QMetaType::fromType<QString>());
}

// ENUM('a','b') / SET(...) as written: the quoted values.
QStringList enumValues(const QString &original)
{
    QStringList values;
    const qsizetype open = original.indexOf(u'(');
    if (open < 0)
        return values;
    QString current;
    bool inQuote = false;
    for (qsizetype i = open + 1; i < original.size(); ++i) {
        const QChar c = original.at(i);
        if (inQuote) {
            if (c == u'\'' && i + 1 < original.size() && original.at(i + 1) == u'\'') {
                current += c;
                ++i;
            } else if (c == u'\'') {
                inQuote = false;
                values << current;
                current.clear();
            } else {
                current += c;
            }
        } else if (c == u'\'') {
            inQuote = true;
        } else if (c == u')') {
            break;
        }
    }
    return values;
}

// The largest value the design's type holds (UNSIGNED too), within what the engine stores
// (PostgreSQL has no unsigned integers).
qint64 integerCapacity(const ValueSpec &spec)
{
    using Kind = LogicalType::Kind;
    const bool isUnsigned = spec.type.isUnsigned && spec.unsignedIntegers;
    if (spec.hint == Hint::Year)
        return 2155 - 1901;
    if (spec.type.original.trimmed().startsWith(u"MEDIUMINT", Qt::CaseInsensitive))
        return isUnsigned ? 16777215 : 8388607;
    switch (spec.type.kind) {
    case Kind::TinyInt:
        return spec.type.isUnsigned ? 255 : 127;
    case Kind::SmallInt:
        return isUnsigned ? 65535 : 32767;
    case Kind::Integer:
        return isUnsigned ? 4294967295LL : 2147483647LL;
    default:
        return std::numeric_limits<qint64>::max();
    }
}

namespace {

qint64 powerOfTen(int digits)
{
    qint64 result = 1;
    for (int i = 0; i < std::min(digits, 18); ++i)
        result *= 10;
    return result;
}

void decimalShape(const LogicalType &type, int *precision, int *scale)
{
    *precision = type.precision > 0 ? type.precision : 10;
    *scale = std::clamp(type.scale, 0, *precision);
}

} // namespace

// How many distinct values the column can hold (for UNIQUE columns); max() when plenty.
qint64 uniqueCapacity(const ValueSpec &spec)
{
    using Kind = LogicalType::Kind;
    const qint64 plenty = std::numeric_limits<qint64>::max();
    if (spec.type.isInteger())
        return integerCapacity(spec);
    switch (spec.type.kind) {
    case Kind::Boolean:
        return 2;
    case Kind::Decimal: {
        int precision = 0, scale = 0;
        decimalShape(spec.type, &precision, &scale);
        return precision - scale >= 18 ? plenty : powerOfTen(precision - scale) - 1;
    }
    case Kind::Time:
        return 86400;
    case Kind::Date:
        return 2900000; // until the year 9999
    case Kind::Enum:
        return spec.enumValues.isEmpty() ? plenty : spec.enumValues.size();
    case Kind::Binary:
        return spec.maxLength >= 8 ? plenty : powerOfTen(2 * spec.maxLength); // 256^n > 100^n
    case Kind::Char:
    case Kind::Varchar:
    case Kind::Text: {
        qint64 capacity = 1; // base-36 numbers of up to maxLength digits
        for (int i = 0; i < spec.maxLength && capacity < plenty / 36; ++i)
            capacity *= 36;
        return spec.maxLength >= 12 ? plenty : capacity - 1;
    }
    case Kind::Other:
        return spec.hint == Hint::Ip ? 16777215 : 0;
    default:
        return plenty;
    }
}

namespace {

QString capitalized(QStringView word)
{
    return word.left(1).toString().toUpper() + word.mid(1);
}

QString words(Random &random, int count)
{
    QString text;
    text.reserve(count * 8);
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            text += u' ';
        text += pick(random, Words);
    }
    return text;
}

QString fit(QString text, int maxLength)
{
    if (maxLength >= 0 && text.size() > maxLength) {
        text.truncate(maxLength);
        while (text.endsWith(u' '))
            text.chop(1);
    }
    return text;
}

QString textValue(const ValueSpec &spec, Random &random)
{
    const int max = spec.maxLength;
    switch (spec.hint) {
    case Hint::Email: {
        QString local = pick(random, FirstNames).toString().toLower() + u'.'
            + pick(random, LastNames).toString().toLower();
        QString value = local + u'@' + pick(random, Domains);
        if (value.size() > max)
            value = fit(std::move(local), max);
        return value;
    }
    case Hint::FirstName:
        return fit(pick(random, FirstNames).toString(), max);
    case Hint::LastName:
        return fit(pick(random, LastNames).toString(), max);
    case Hint::PersonName:
        return fit(pick(random, FirstNames) + u' ' + pick(random, LastNames), max);
    case Hint::UserName:
        return fit(pick(random, FirstNames).toString().toLower() + u'_'
                + pick(random, LastNames).toString().toLower(),
            max);
    case Hint::Title:
        return fit(capitalized(words(random, 1 + int(random.below(4)))), max);
    case Hint::Url: {
        const QString value = QStringLiteral("https://www.") + pick(random, Words)
            + QStringLiteral(".com/") + pick(random, Words) + u'-' + pick(random, Words);
        return fit(value, max);
    }
    case Hint::Phone: {
        QString value = QStringLiteral("+1 555 ");
        for (int i = 0; i < 7; ++i)
            value += QChar(u'0' + int(random.below(10)));
        return fit(value, max);
    }
    case Hint::Code: {
        QString value;
        const int length = std::min(max, 3 + int(random.below(6)));
        for (int i = 0; i < length; ++i)
            value += QChar(u'A' + int(random.below(26)));
        return value;
    }
    case Hint::Sentence: {
        const int count = spec.type.kind == LogicalType::Kind::Text
            ? 8 + int(random.below(40))
            : 3 + int(random.below(std::clamp(max / 6, 1, 20)));
        return fit(capitalized(words(random, count)) + u'.', max);
    }
    default:
        break;
    }
    if (max <= 3) {
        QString value;
        for (int i = 0; i < max; ++i)
            value += QChar(u'A' + int(random.below(26)));
        return value;
    }
    return fit(words(random, 1 + int(random.below(3))), max);
}

QString dateText(qint64 daysSince2000)
{
    return QDate(2000, 1, 1).addDays(daysSince2000).toString(Qt::ISODate);
}

QString timeText(qint64 seconds)
{
    return QTime(0, 0).addSecs(int(seconds % 86400)).toString(Qt::ISODate);
}

QString dateTimeText(const ValueSpec &spec, qint64 seconds)
{
    const QString text = dateText(seconds / 86400) + u' ' + timeText(seconds % 86400);
    if (spec.type.kind == LogicalType::Kind::TimestampTz && spec.zoneInTimestamps)
        return text + QStringLiteral("+00:00");
    return text;
}

QString uuidText(Random &random, std::optional<quint64> counter = std::nullopt)
{
    QByteArray bytes(16, Qt::Uninitialized);
    const quint64 a = random.next64(), b = random.next64();
    for (int i = 0; i < 8; ++i) {
        bytes[i] = char(a >> (8 * i));
        bytes[8 + i] = char(b >> (8 * i));
    }
    if (counter) {
        for (int i = 0; i < 6; ++i)
            bytes[15 - i] = char(*counter >> (8 * i));
    }
    bytes[6] = char((bytes[6] & 0x0f) | 0x40);
    bytes[8] = char((bytes[8] & 0x3f) | 0x80);
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

QString decimalText(const LogicalType &type, Random &random, std::optional<qint64> integerPart)
{
    int precision = 0, scale = 0;
    decimalShape(type, &precision, &scale);
    const int integerDigits = std::min(precision - scale, 6);
    const qint64 whole
        = integerPart ? *integerPart : qint64(random.below(quint64(powerOfTen(integerDigits))));
    QString text = QString::number(whole);
    if (scale > 0) {
        text += u'.';
        for (int i = 0; i < scale; ++i)
            text += QChar(u'0' + int(random.below(10)));
    }
    return text;
}

} // namespace

QVariant randomValue(const ValueSpec &spec, Random &random)
{
    using Kind = LogicalType::Kind;
    const LogicalType &type = spec.type;
    if (type.isInteger()) {
        if (spec.hint == Hint::Year)
            return qlonglong(random.between(1990, 2030));
        if (spec.hint == Hint::Age)
            return qlonglong(random.between(18, std::min<qint64>(90, integerCapacity(spec))));
        return qlonglong(random.between(0, std::min<qint64>(10000, integerCapacity(spec))));
    }
    switch (type.kind) {
    case Kind::Boolean:
        return random.below(2) == 1;
    case Kind::Decimal:
        return decimalText(type, random, std::nullopt);
    case Kind::Float:
    case Kind::Double:
        return double(random.below(1000000)) / 100.0;
    case Kind::Char:
    case Kind::Varchar:
    case Kind::Text:
        return textValue(spec, random);
    case Kind::Enum:
        if (!spec.enumValues.isEmpty())
            return spec.enumValues.at(qsizetype(random.below(quint64(spec.enumValues.size()))));
        return textValue(spec, random);
    case Kind::Uuid:
        return uuidText(random);
    case Kind::Json:
        return QStringLiteral("{\"word\": \"%1\", \"number\": %2}")
            .arg(pick(random, Words))
            .arg(random.below(1000));
    case Kind::Binary:
    case Kind::Blob: {
        const int length = type.kind == Kind::Binary
            ? 1 + int(random.below(quint64(std::clamp(spec.maxLength, 1, 16))))
            : 8 + int(random.below(57));
        QByteArray bytes(length, Qt::Uninitialized);
        for (char &b : bytes)
            b = char(random.below(256));
        return bytes;
    }
    case Kind::Date:
        if (spec.hint == Hint::Birth)
            return dateText(-18262 + qint64(random.below(20000))); // 1950 to 2004
        return dateText(qint64(random.below(365 * 25)));
    case Kind::Time:
        return timeText(qint64(random.below(86400)));
    case Kind::DateTime:
    case Kind::TimestampTz:
        return dateTimeText(spec, qint64(random.below(quint64(365) * 25 * 86400)));
    case Kind::Other:
        if (spec.hint == Hint::Ip)
            return QStringLiteral("10.%1.%2.%3")
                .arg(random.below(256))
                .arg(random.below(256))
                .arg(1 + random.below(254));
        return {};
    default:
        return {};
    }
}

// The n-th (from 1) distinct value of a UNIQUE column: text ends in "-n", numbers count.
QVariant uniqueValue(const ValueSpec &spec, Random &random, qint64 n)
{
    using Kind = LogicalType::Kind;
    const LogicalType &type = spec.type;
    if (type.isInteger())
        return qlonglong(spec.hint == Hint::Year ? 1900 + n : n);
    switch (type.kind) {
    case Kind::Boolean:
        return n == 2;
    case Kind::Decimal:
        return decimalText(type, random, n);
    case Kind::Float:
    case Kind::Double:
        return double(n);
    case Kind::Char:
    case Kind::Varchar:
    case Kind::Text: {
        const int max = spec.maxLength;
        const QString number = QString::number(n);
        // A key reads best as one word and its number ("river-12").
        const QString base
            = spec.hint == Hint::None ? pick(random, Words).toString() : textValue(spec, random);
        if (spec.hint == Hint::Email) {
            const qsizetype at = base.indexOf(u'@');
            if (at > 0) {
                const QString value = base.left(at) + number + base.mid(at);
                if (value.size() <= max)
                    return value;
            }
        }
        const QString suffix = u'-' + number;
        if (suffix.size() < max)
            return QString(base.left(max - suffix.size()) + suffix);
        return QString::number(n, 36); // no "-": never equal to the form above
    }
    case Kind::Enum:
        if (!spec.enumValues.isEmpty())
            return spec.enumValues.at(qsizetype(n - 1));
        return uniqueValue(
            ValueSpec {LogicalType {LogicalType::Kind::Varchar, 255, -1, -1, false, false, {}},
                spec.hint, spec.unsignedIntegers, spec.zoneInTimestamps, 255, {}},
            random, n);
    case Kind::Uuid:
        return uuidText(random, quint64(n));
    case Kind::Json:
        return QStringLiteral("{\"n\": %1}").arg(n);
    case Kind::Binary:
    case Kind::Blob: {
        QByteArray bytes = randomValue(spec, random).toByteArray();
        const int length = type.kind == Kind::Binary ? std::min(spec.maxLength, 8) : 8;
        if (bytes.size() < length)
            bytes.resize(length);
        for (int i = 0; i < length; ++i)
            bytes[i] = char(quint64(n) >> (8 * (length - 1 - i)));
        return bytes;
    }
    case Kind::Date:
        return dateText(n - 1);
    case Kind::Time:
        return timeText(n - 1);
    case Kind::DateTime:
    case Kind::TimestampTz:
        return dateTimeText(spec, (n - 1) * 60);
    case Kind::Other:
        if (spec.hint == Hint::Ip)
            return QStringLiteral("10.%1.%2.%3")
                .arg((n >> 16) & 255)
                .arg((n >> 8) & 255)
                .arg(n & 255);
        return {};
    default:
        return {};
    }
}

bool canGenerate(const ValueSpec &spec)
{
    return spec.type.kind != LogicalType::Kind::Other || spec.hint == Hint::Ip;
}

// The largest a generated value can be in bytes, to keep MariaDB's packets small.
int estimatedBytes(const ValueSpec &spec)
{
    if (spec.type.isText())
        return 4 * std::min(spec.maxLength, 400) + 8;
    if (spec.type.isBinary())
        return 72;
    return 16;
}

} // namespace ValueGenerator
