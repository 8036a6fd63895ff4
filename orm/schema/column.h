#pragma once

#include "defaultvalue.h"
#include "objectid.h"
#include "xmlattribute.h"

#include <QStringList>

#include <optional>

// A column of a table (a <row> in the designer's file).
struct Column
{
    ObjectId id = NoObject;
    QString name;
    // The names the column had before it was renamed in Schemata, oldest first (see
    // Table::formerNames).
    QStringList formerNames;
    // The datatype exactly as written, e.g. "VARCHAR(255)" or "INT(10) UNSIGNED". The designer
    // would replace a type missing from its catalogue by the catalogue's first type; Schemata
    // keeps the text, so nothing is lost.
    QString datatype;
    bool nullable = true;
    // The design's AUTOINCREMENT: what Schemata writes when it creates the table.
    bool autoIncrement = false;
    // The database gives a new row this column's value when an INSERT leaves it out: an
    // SQLite rowid alias, an identity, serial or sequence default, AUTO_INCREMENT. Filled by
    // the catalogue readers and never read from or written to a design file: an imported
    // SQLite rowid alias stays a plain INTEGER key (no AUTOINCREMENT on the next apply), yet
    // copying a row leaves the key to the database.
    bool generatedByEngine = false;
    // A generated column of a database (GENERATED ALWAYS AS ...): the engine computes its value,
    // so rows never give one. Read from catalogues only; a design file has no such column.
    bool computed = false;
    // A new column is nullable with the default NULL, as in the designer.
    DefaultValue defaultValue = DefaultValue::null();
    QString comment;

    XmlAttributes extraAttributes; // attributes of other tools, kept verbatim
    QStringList extraElements; // child elements of other tools, as XML text

    // Where the column came from, so that an unedited column is written back byte for byte.
    struct Source
    {
        bool fromFile = false;
        std::optional<QString> defaultText; // <default> text as read; nullopt: no element
        DefaultValue loadedDefault;
    } source;

    // The designer's split of the datatype: the name is everything before the first "(",
    // the size everything between it and the last ")".
    QString typeName() const;
    QString size() const;
    // Text after the last ")" ("UNSIGNED" in "INT(10) UNSIGNED"), which the designer drops.
    QString typeSuffix() const;
    void setType(const QString &typeName, const QString &size);
    // Sets nullability; a NOT NULL column cannot default to NULL, so that default becomes
    // "none" (the designer's Row.update does the same).
    void setNullable(bool nullable);

    static QString typeNameOf(const QString &datatype);
    static QString sizeOf(const QString &datatype);
};
