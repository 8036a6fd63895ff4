#pragma once

#include "sql/logicaltype.h"

#include <QHash>

class JsonOutput;
class SqliteRowReader;

// The JSON export's values of an SQLite row, written straight from SQLite's storage classes
// when that gives exactly the bytes the exporter writes from the driver's QVariant: integers,
// reals, booleans and integral decimals as numbers, text that is valid UTF-8, BLOBs, and ISO
// dates and times that Qt would read and write back unchanged (a local date and time only on
// a day without a change of UTC offset). write() declines anything else, writing nothing,
// and the exporter writes that value the generic way.
class SqliteJsonValues
{
public:
    // How the values of a column are written.
    enum class Form { Text, Integer, Boolean, Decimal, Real, Date, Time, DateTime, Blob, Other };

    // `text`: the column is text, selected as CAST(... AS BLOB) so that its bytes are read
    // as they are stored. Reads the local time zone (TZ) as it is now.
    static Form formOf(const LogicalType &type, bool text);
    explicit SqliteJsonValues(bool hexBlobs);

    // Writes the value of `column` of the current row, or returns false without writing.
    bool write(const SqliteRowReader &row, int column, Form form, JsonOutput &out);

private:
    // True when QDateTime writes every local time of the day back as it was read: the UTC
    // offset and daylight saving stay the same all day, so no time of it is skipped.
    bool isPlainLocalDay(int year, int month, int day);

    bool m_hexBlobs;
    QHash<qint64, bool> m_plainDays; // by Julian day
    qint64 m_lastDay = 0;
    bool m_lastDayPlain = false;
};
