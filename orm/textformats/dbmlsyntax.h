#pragma once

#include <QString>
#include <QStringList>

#include <optional>

// The spelling of DBML's names and strings and of the design's ENUM types, shared by DbmlWriter
// and DbmlReader so that what one writes the other reads back.
namespace DbmlSyntax {

// A name as DBML writes it: bare when it is a plain identifier and no keyword, otherwise in
// "double quotes" with \" and \\ escaped.
QString name(const QString &name);
// "text" with \" and \\ escaped: a name, or a type DBML would not take bare.
QString quoted(const QString &text);
// 'text' with \' and \\ escaped, or '''text''' when the text has line breaks.
QString string(const QString &text);

// The values of a design type ENUM('a','b') (SQL quoting: '' for a quote); nullopt when the
// type is no ENUM.
std::optional<QStringList> enumValues(const QString &datatype);
// ENUM('a','b') for the values, quotes doubled.
QString enumType(const QStringList &values);

} // namespace DbmlSyntax
