#pragma once

#include "schema/defaultvalue.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

struct Column;
struct Table;

// A column as it is typed on a card, in the words of CREATE TABLE: "name TYPE" and then any of
// NOT NULL, NULL, DEFAULT value, AUTO_INCREMENT (or AUTOINCREMENT), PRIMARY KEY and UNIQUE, in
// any order and any case ("title VARCHAR(200) NOT NULL DEFAULT 'untitled'"). The text stands
// for the whole column: a constraint left out is not there (text() writes the ones it has).
struct TypedColumn
{
    Q_DECLARE_TR_FUNCTIONS(TypedColumn)

public:
    QString name;
    QString datatype; // as written, up to the first constraint; empty when none was typed
    bool nullable = true; // NOT NULL or PRIMARY KEY make it false
    // DEFAULT's value: 'quoted text' (unquoted here), a number, NULL, a keyword such as
    // CURRENT_TIMESTAMP, a function call or a (parenthesized expression), as written.
    // nullopt: no DEFAULT was typed.
    std::optional<DefaultValue> defaultValue;
    bool autoIncrement = false;
    bool primaryKey = false;
    bool unique = false;
    // Why the text is not a column definition (a word that is no constraint, DEFAULT without a
    // value, an unclosed quote); empty when it is.
    QString error;

    static TypedColumn parse(const QString &text);
    // The text that parses back to `column` of `table` as it is (its keys included).
    static QString text(const Table &table, const Column &column);
    // How a default is written after DEFAULT: a number, keyword, call or expression as it is,
    // anything else quoted.
    static QString defaultText(const DefaultValue &value);
};
