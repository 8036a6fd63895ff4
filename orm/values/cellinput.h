#pragma once

#include "sql/logicaltype.h"

#include <QString>
#include <QVariant>

#include <optional>

// Text typed into a grid cell, read as a value of the column's type.
namespace CellInput {

// The value in ValueCodec's in-memory form (what TableQuery pages hold): integers as qlonglong
// (qulonglong for BIGINT UNSIGNED), range-checked against the type (TINYINT, SMALLINT, INTEGER,
// BIGINT, UNSIGNED); decimals as exact text checked against precision and scale, and written
// with the scale's digits ("1.5" in a DECIMAL(8,2) is "1.50", as the engines give it back);
// Float/Double as double; Boolean from true/false/1/0/yes/no/t/f/on/off, any case (and their
// translations); Date, Time and DateTime as ISO 8601 ("2024-03-15", "12:30[:00[.000]]",
// "2024-03-15T12:30:00" or "2024-03-15 12:30[:00]", a date alone being midnight; an offset or
// "Z" only with a time zone); Char/Varchar checked against their length in characters (code
// points); Uuid checked (with or without dashes and braces; written lower case with dashes);
// Json checked to parse (any JSON value, kept as typed); Enum checked against its value list
// when `original` has one (ENUM('a','b'), matched in any case and written as listed; SET(...)
// a comma list of them); Text/Other as typed; Binary/Blob from hex text "0x..." or "\x..."
// (spaces between digits allowed), Binary checked against its length in bytes.
// Text types keep the text as typed (empty text is empty text, not NULL); in the other types
// surrounding spaces are ignored and empty text is NULL (a null QVariant), as it cannot be
// a value there.
// nullopt and a message for people in *error when the text does not fit, naming what was
// expected ("Expected a whole number between -32768 and 32767.").
std::optional<QVariant> parse(const QString &text, const LogicalType &type, QString *error);

// The text an editor starts with for a value: the inverse of parse (ISO dates with a space
// before the time, hex "0x..." for bytes, decimals as their exact text, the shortest text
// that reads back as the same double, "true"/"false"), "" for NULL.
QString format(const QVariant &value, const LogicalType &type);

// A decimal's text in one spelling: "01.50" and "1.5" are the same number (text that is not a
// plain decimal is returned as it is).
QString canonicalDecimal(const QString &text);

} // namespace CellInput
