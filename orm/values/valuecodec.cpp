#include "valuecodec.h"

#include "dialects/dialect.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

#include <algorithm>

namespace ValueCodec {

QVariant fromDatabase(const QVariant &value, const LogicalType &type, SqlEngine engine)
{
    if (value.isNull())
        return QVariant();
    using Kind = LogicalType::Kind;
    switch (type.kind) {
    case Kind::Boolean: {
        const QString text = value.toString().toLower();
        return QVariant(text == u"1" || text == u"true" || text == u"t");
    }
    case Kind::TinyInt:
    case Kind::SmallInt:
    case Kind::Integer:
    case Kind::BigInt:
        if (type.isUnsigned && type.kind == Kind::BigInt)
            return QVariant(value.toULongLong());
        return QVariant(value.toLongLong());
    case Kind::Decimal: {
        // PostgreSQL and MariaDB give the exact text (QSql::HighPrecision); SQLite keeps a
        // NUMERIC as an integer or a double, written back with the column's scale.
        if (value.typeId() == QMetaType::Double && type.scale >= 0)
            return QVariant(QString::number(value.toDouble(), 'f', type.scale));
        return QVariant(value.toString());
    }
    case Kind::Float:
    case Kind::Double:
        return QVariant(value.toDouble());
    case Kind::Date:
        if (value.typeId() == QMetaType::QDate)
            return value;
        return QVariant(QDate::fromString(value.toString().left(10), Qt::ISODate));
    case Kind::Time:
        if (value.typeId() == QMetaType::QTime)
            return value;
        return QVariant(QTime::fromString(value.toString(), Qt::ISODateWithMs));
    case Kind::DateTime:
    case Kind::TimestampTz: {
        if (value.typeId() == QMetaType::QDateTime)
            return value;
        QString text = value.toString();
        text.replace(u' ', u'T');
        QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
        return dt.isValid() ? QVariant(dt) : QVariant(value.toString());
    }
    case Kind::Binary:
    case Kind::Blob:
        return QVariant(value.toByteArray());
    default:
        break;
    }
    Q_UNUSED(engine);
    if (value.typeId() == QMetaType::QByteArray)
        return QVariant(QString::fromUtf8(value.toByteArray()));
    return QVariant(value.toString());
}

QVariant toDatabase(const QVariant &value, const LogicalType &type, SqlEngine engine)
{
    if (value.isNull() || !value.isValid())
        return QVariant(QMetaType(QMetaType::QString)); // a typed NULL binds on every driver
    using Kind = LogicalType::Kind;
    switch (type.kind) {
    case Kind::Boolean:
        return Dialect::forEngine(engine).boundBoolean(value.toBool());
    case Kind::DateTime:
    case Kind::TimestampTz:
        if (value.typeId() == QMetaType::QDateTime)
            return Dialect::forEngine(engine).boundDateTime(value.toDateTime());
        return value;
    case Kind::Date:
        if (value.typeId() == QMetaType::QDate)
            return QVariant(value.toDate().toString(Qt::ISODate));
        return value;
    default:
        return value;
    }
}

namespace {

// The value of the `count` ASCII digits at `at`, -1 when they are not all there.
int digitsAt(QStringView text, qsizetype at, int count)
{
    if (at < 0 || at + count > text.size())
        return -1;
    int value = 0;
    for (qsizetype i = at; i < at + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

// The fields of ISO 8601 text as fromIsoText reads it, -1 where not given.
struct IsoFields
{
    int year = -1, month = -1, day = -1, hour = -1, minute = -1, second = -1, milliseconds = 0;
    bool hasDate = false;
    bool hasTime = false;
    bool separated = false; // a T or space between date and time
    QString zone; // "Z", "+02", "+0200" or "+02:00"; empty without one
};

// By hand rather than by a regular expression: import-json reads millions of these.
// ASCII digits only, every field in full: [YYYY-MM-DD][T or space][HH:MM:SS[.f{1,9}]][zone].
// nullopt when a field is not so, or something follows the last.
std::optional<IsoFields> readIsoFields(QStringView s)
{
    IsoFields f;
    qsizetype at = 0;
    f.hasDate = s.size() >= 10 && s[4] == u'-' && s[7] == u'-';
    if (f.hasDate) {
        f.year = digitsAt(s, 0, 4);
        f.month = digitsAt(s, 5, 2);
        f.day = digitsAt(s, 8, 2);
        if (f.year < 0 || f.month < 0 || f.day < 0)
            return std::nullopt;
        at = 10;
    }
    f.separated = f.hasDate && at < s.size() && (s[at] == u'T' || s[at] == u' ');
    if (f.separated)
        ++at;
    f.hasTime = at + 8 <= s.size() && s[at + 2] == u':' && s[at + 5] == u':';
    if (f.hasTime) {
        f.hour = digitsAt(s, at, 2);
        f.minute = digitsAt(s, at + 3, 2);
        f.second = digitsAt(s, at + 6, 2);
        if (f.hour < 0 || f.minute < 0 || f.second < 0)
            return std::nullopt;
        at += 8;
        if (at < s.size() && s[at] == u'.') {
            const qsizetype start = ++at;
            while (at < s.size() && digitsAt(s, at, 1) >= 0)
                ++at;
            if (at == start || at - start > 9)
                return std::nullopt;
            for (qsizetype i = start; i < start + 3; ++i)
                f.milliseconds = f.milliseconds * 10 + (i < at ? digitsAt(s, i, 1) : 0);
        }
        const QStringView rest = s.sliced(at);
        const bool offset = !rest.isEmpty() && (rest[0] == u'+' || rest[0] == u'-')
            && digitsAt(rest, 1, 2) >= 0
            && (rest.size() == 3 || (rest.size() == 5 && digitsAt(rest, 3, 2) >= 0)
                || (rest.size() == 6 && rest[3] == u':' && digitsAt(rest, 4, 2) >= 0));
        if (rest == u"Z" || offset) {
            f.zone = rest.toString();
            at = s.size();
        }
    }
    if (at != s.size())
        return std::nullopt;
    return f;
}

// The seconds east of UTC of an offset that readIsoFields read ("+02", "-0330", "+02:00");
// nullopt when there is no such offset.
std::optional<int> zoneOffset(const QString &zone)
{
    QString digits = zone.mid(1);
    digits.remove(u':');
    const int hours = digits.left(2).toInt();
    const int minutes = digits.size() > 2 ? digits.mid(2).toInt() : 0;
    const int seconds = (hours * 3600 + minutes * 60) * (zone.startsWith(u'-') ? -1 : 1);
    if (minutes > 59 || seconds < QTimeZone::MinUtcOffsetSecs
        || seconds > QTimeZone::MaxUtcOffsetSecs)
        return std::nullopt;
    return seconds;
}

} // namespace

QVariant fromIsoText(const QString &text, const LogicalType &type, QString *problem)
{
    using Kind = LogicalType::Kind;
    const auto translate
        = [](const char *source) { return QCoreApplication::translate("ValueCodec", source); };
    const auto fail = [&](const QString &why) {
        const QString expected = type.kind == Kind::Date ? translate("a date, YYYY-MM-DD")
            : type.kind == Kind::Time                    ? translate("a time, HH:MM:SS")
            : type.kind == Kind::DateTime
            ? translate("a date and time without a time zone, YYYY-MM-DDTHH:MM:SS")
            : translate("a date and time, YYYY-MM-DDTHH:MM:SS, with an optional Z or +HH:MM");
        *problem = why.isEmpty()
            ? translate("expected %1, not \"%2\".").arg(expected, text)
            : translate("expected %1, not \"%2\": %3.").arg(expected, text, why);
        return QVariant();
    };
    const std::optional<IsoFields> f = readIsoFields(text);
    if (!f || f->hasDate != (type.kind != Kind::Time) || f->hasTime != (type.kind != Kind::Date)
        || f->separated != (f->hasDate && f->hasTime))
        return fail({});
    QDate date;
    if (f->hasDate) {
        date = QDate(f->year, f->month, f->day);
        if (f->year < 1 || !date.isValid())
            return fail(translate("there is no such day"));
    }
    QTime time;
    if (f->hasTime) {
        time = QTime(f->hour, f->minute, f->second, f->milliseconds);
        if (!time.isValid())
            return fail(translate("there is no such time of day"));
    }
    const QString &zone = f->zone;
    if (!zone.isEmpty() && type.kind != Kind::TimestampTz)
        return fail(translate("the column's type has no time zone, and this has %1").arg(zone));
    if (type.kind == Kind::Date)
        return QVariant(date);
    if (type.kind == Kind::Time)
        return QVariant(time);
    if (zone.isEmpty())
        return QVariant(QDateTime(date, time));
    if (zone == u"Z")
        return QVariant(QDateTime(date, time, Qt::UTC));
    const std::optional<int> seconds = zoneOffset(zone);
    if (!seconds)
        return fail(translate("there is no such time zone offset"));
    return QVariant(QDateTime(date, time, Qt::OffsetFromUTC, *seconds));
}

QString toIsoText(const QTime &time)
{
    return time.toString(time.msec() ? QStringLiteral("HH:mm:ss.zzz") : QStringLiteral("HH:mm:ss"));
}

QString toIsoText(const QDateTime &value, const LogicalType &type)
{
    QString text = value.date().toString(Qt::ISODate) + u' ' + toIsoText(value.time());
    if (type.kind == LogicalType::Kind::TimestampTz && value.timeSpec() != Qt::LocalTime) {
        const QString iso = value.toString(Qt::ISODate); // ends in Z or +hh:mm
        text += value.timeSpec() == Qt::UTC ? QStringLiteral("Z") : iso.right(6);
    }
    return text;
}

std::optional<QByteArray> fromHexText(const QByteArray &digits)
{
    const bool hex
        = digits.size() % 2 == 0 && std::all_of(digits.begin(), digits.end(), [](char c) {
              return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
          });
    if (!hex)
        return std::nullopt;
    return QByteArray::fromHex(digits);
}

QVariant notNullWhenEmpty(const QVariant &value)
{
    if (value.isNull())
        return value;
    if (value.typeId() == QMetaType::QByteArray && value.toByteArray().isNull())
        return QVariant(QByteArray("", 0));
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QVariant(QStringLiteral(""));
    return value;
}

} // namespace ValueCodec
