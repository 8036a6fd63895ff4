#pragma once

#include "sql/logicaltype.h"
#include "sql/sqlengine.h"

#include <QVariant>

#include <optional>

// Values between Qt's SQL drivers and records, faithful to the column's type on every
// engine: 64-bit integers exact (qlonglong), decimals exact as text (no detour through
// double where the engine keeps them exact), booleans as bool (SQLite and MariaDB store
// 0/1), dates and times as QDate/QTime/QDateTime (SQLite stores ISO text), BLOBs as
// QByteArray, and SQL NULL as a null QVariant, distinct from empty text.
namespace ValueCodec {

QVariant fromDatabase(const QVariant &value, const LogicalType &type, SqlEngine engine);
QVariant toDatabase(const QVariant &value, const LogicalType &type, SqlEngine engine);
// Drivers read an empty BLOB (and on some, empty text) as a null QByteArray (QString) inside a
// non-null QVariant, which they would bind back as NULL: the same value, empty and not null.
QVariant notNullWhenEmpty(const QVariant &value);
// Reads a date, time or date and time as ISO 8601 text, as JsonExporter writes them:
// "2024-02-29", "23:59:59" or "23:59:59.250", "2024-02-29T23:59:59" (or with a space), and
// on a time-zone-aware type (TimestampTz) also with "Z" or an offset, "+02:00", which the
// QDateTime keeps. Anything else, a day or time that does not exist, and an offset on a
// type without a time zone give an invalid QVariant and a sentence in *problem.
QVariant fromIsoText(const QString &text, const LogicalType &type, QString *problem);
// The other way, with a space before the time: "23:59:59" ("23:59:59.250" with milliseconds),
// and "2024-02-29 23:59:59" with, on a TimestampTz not in local time, its zone ("Z" or
// "+02:00"); without a time zone the wall clock is the value.
QString toIsoText(const QTime &time);
QString toIsoText(const QDateTime &value, const LogicalType &type);
// Bytes from hexadecimal digits (an even number of them, any case, nothing else), as
// QByteArray::fromHex gives them; nullopt for anything else.
std::optional<QByteArray> fromHexText(const QByteArray &digits);

} // namespace ValueCodec
