#include "sqlitejsonvalues.h"

#include "jsonoutput.h"
#include "sqliterowreader.h"

#include <QByteArray>
#include <QDate>

#include <cmath>
#include <ctime>
#include <optional>

namespace {

using Storage = SqliteRowReader::Storage;

// The number written with `count` ASCII digits at `p`, or -1.
int number(const char *p, int count)
{
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const unsigned digit = static_cast<unsigned char>(p[i]) - unsigned('0');
        if (digit > 9)
            return -1;
        value = value * 10 + int(digit);
    }
    return value;
}

struct Date
{
    int year;
    int month;
    int day;
};

// A date that exists as "YYYY-MM-DD" at the start of `text`: what QDate::fromString() reads
// from the first ten characters with Qt::ISODate, and QDate::toString() writes back the same.
std::optional<Date> leadingDate(QByteArrayView text)
{
    if (text.size() < 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    const Date date {
        number(text.data(), 4), number(text.data() + 5, 2), number(text.data() + 8, 2)};
    if (date.year < 0 || date.month < 0 || date.day < 0
        || !QDate::isValid(date.year, date.month, date.day))
        return std::nullopt;
    return date;
}

// The milliseconds of "HH:MM:SS" or "HH:MM:SS.zzz", the whole of `text`, for a time that
// exists; -1 for anything else. QTime reads those two with Qt::ISODateWithMs and writes
// them back the same (without ".000").
int timeMilliseconds(QByteArrayView text)
{
    if ((text.size() != 8 && text.size() != 12) || text[2] != ':' || text[5] != ':')
        return -1;
    const char *p = text.data();
    const int hour = number(p, 2);
    const int minute = number(p + 3, 2);
    const int second = number(p + 6, 2);
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59)
        return -1;
    if (text.size() == 8)
        return 0;
    return text[8] == '.' ? number(p + 9, 3) : -1;
}

// QDateTime reads a local date and time through mktime() (qt_mktime() in Qt's
// qdatetime.cpp); a time that the clocks skip comes out invalid or moved, any other as it
// was. A day whose UTC offset and daylight saving are the same at every hour from an hour
// before it to an hour after has no such time. The day of the epoch and the day before are
// left out too: one real second there has mktime()'s error value as its time_t, which some
// versions of Qt take as invalid.
bool computePlainLocalDay(int year, int month, int day)
{
    if ((year == 1969 && month == 12 && day == 31) || (year == 1970 && month == 1 && day == 1))
        return false;
    std::tm noon {};
    noon.tm_year = year - 1900;
    noon.tm_mon = month - 1;
    noon.tm_mday = day;
    noon.tm_hour = 12;
    noon.tm_isdst = -1;
    const std::time_t at = std::mktime(&noon);
    if (at == std::time_t(-1) || noon.tm_year != year - 1900 || noon.tm_mon != month - 1
        || noon.tm_mday != day || noon.tm_hour != 12 || noon.tm_min != 0 || noon.tm_sec != 0)
        return false;
    const std::time_t midnight = at - 12 * 3600;
    for (int hour = -1; hour <= 25; ++hour) {
        const std::time_t t = midnight + hour * 3600;
        std::tm local {};
        if (!localtime_r(&t, &local) || local.tm_gmtoff != noon.tm_gmtoff
            || local.tm_isdst != noon.tm_isdst)
            return false;
    }
    return true;
}

constexpr QByteArrayView Null("null");
constexpr QByteArrayView True("true");
constexpr QByteArrayView False("false");

} // namespace

SqliteJsonValues::Form SqliteJsonValues::formOf(const LogicalType &type, bool text)
{
    if (text)
        return Form::Text;
    using Kind = LogicalType::Kind;
    switch (type.kind) {
    case Kind::Boolean:
        return Form::Boolean;
    case Kind::TinyInt:
    case Kind::SmallInt:
    case Kind::Integer:
    case Kind::BigInt:
        return Form::Integer;
    case Kind::Decimal:
        return Form::Decimal;
    case Kind::Float:
    case Kind::Double:
        return Form::Real;
    case Kind::Date:
        return Form::Date;
    case Kind::Time:
        return Form::Time;
    case Kind::DateTime:
    case Kind::TimestampTz:
        return Form::DateTime;
    case Kind::Binary:
    case Kind::Blob:
        return Form::Blob;
    default:
        return Form::Other;
    }
}

SqliteJsonValues::SqliteJsonValues(bool hexBlobs)
    : m_hexBlobs(hexBlobs)
{
    tzset(); // as Qt does before it converts local times
}

bool SqliteJsonValues::write(const SqliteRowReader &row, int column, Form form, JsonOutput &out)
{
    const Storage storage = row.storage(column);
    if (storage == Storage::Null) {
        out.append(Null);
        return true;
    }
    switch (form) {
    case Form::Text: {
        if (storage != Storage::Blob)
            return false;
        // Qt's decoder drops a byte order mark at the start, and replaces what is not UTF-8.
        const QByteArrayView text = row.blob(column);
        if (!JsonOutput::isAscii(text)
            && (text.startsWith(QByteArrayView("\xef\xbb\xbf")) || !text.isValidUtf8()))
            return false;
        out.appendString(text);
        return true;
    }
    case Form::Integer:
    case Form::Decimal: // SQLite keeps an integral NUMERIC as an integer
        if (storage != Storage::Integer)
            return false;
        out.appendInteger(row.integer(column));
        return true;
    case Form::Boolean:
        if (storage != Storage::Integer)
            return false;
        out.append(row.integer(column) == 1 ? True : False);
        return true;
    case Form::Real: {
        if (storage != Storage::Integer && storage != Storage::Real)
            return false;
        const double x
            = storage == Storage::Integer ? double(row.integer(column)) : row.real(column);
        if (std::isfinite(x))
            out.appendDouble(x);
        else
            out.append(Null);
        return true;
    }
    case Form::Date: {
        if (storage != Storage::Text)
            return false;
        const QByteArrayView text = row.text(column);
        if (!leadingDate(text))
            return false;
        out.append('"');
        out.append(text.first(10));
        out.append('"');
        return true;
    }
    case Form::Time: {
        if (storage != Storage::Text)
            return false;
        const QByteArrayView text = row.text(column);
        const int milliseconds = timeMilliseconds(text);
        if (milliseconds < 0)
            return false;
        out.append('"');
        out.append(text.first(milliseconds ? 12 : 8));
        out.append('"');
        return true;
    }
    case Form::DateTime: {
        // "YYYY-MM-DD HH:MM:SS[.zzz]" (SQLite's own form) or with a T, in local time.
        if (storage != Storage::Text)
            return false;
        const QByteArrayView text = row.text(column);
        if (text.size() != 19 && text.size() != 23)
            return false;
        const std::optional<Date> date = leadingDate(text);
        const int milliseconds = timeMilliseconds(text.sliced(11));
        if (!date || (text[10] != ' ' && text[10] != 'T') || milliseconds < 0
            || !isPlainLocalDay(date->year, date->month, date->day))
            return false;
        out.append('"');
        out.append(text.first(10));
        out.append('T');
        out.append(text.sliced(11, milliseconds ? 12 : 8));
        out.append('"');
        return true;
    }
    case Form::Blob: {
        if (storage != Storage::Blob)
            return false;
        const QByteArrayView bytes = row.blob(column);
        const QByteArray raw = QByteArray::fromRawData(bytes.data(), bytes.size());
        out.append('"');
        out.append(m_hexBlobs ? raw.toHex() : raw.toBase64());
        out.append('"');
        return true;
    }
    case Form::Other:
        break;
    }
    return false;
}

bool SqliteJsonValues::isPlainLocalDay(int year, int month, int day)
{
    const qint64 julian = QDate(year, month, day).toJulianDay();
    if (julian == m_lastDay)
        return m_lastDayPlain;
    bool plain = false;
    const auto known = m_plainDays.constFind(julian);
    if (known != m_plainDays.cend()) {
        plain = *known;
    } else {
        plain = computePlainLocalDay(year, month, day);
        if (m_plainDays.size() >= 100'000) // days of a long history: start again
            m_plainDays.clear();
        m_plainDays.insert(julian, plain);
    }
    m_lastDay = julian;
    m_lastDayPlain = plain;
    return plain;
}
