#pragma once

#include "objectid.h"
#include "xmlattribute.h"

// One column of a key. A part naming a column that does not exist is kept with its name
// (column == NoObject), so the file loses nothing; the reader reports it.
struct KeyPart
{
    ObjectId column = NoObject;
    QString name; // the name as written; used when column is NoObject
};

// A key of a table: PRIMARY, UNIQUE, INDEX, FULLTEXT, or any other type string, kept verbatim
// (the designer's PostgreSQL importer writes CHECK, for example).
struct Key
{
    static inline const QString Primary = QStringLiteral("PRIMARY");
    static inline const QString Unique = QStringLiteral("UNIQUE");
    static inline const QString Index = QStringLiteral("INDEX");
    static inline const QString Fulltext = QStringLiteral("FULLTEXT");

    ObjectId id = NoObject;
    QString type = Index;
    QString name;
    QList<KeyPart> parts;
    XmlAttributes extraAttributes;

    bool isPrimary() const { return type == Primary; }
    bool isUnique() const { return type == Primary || type == Unique; }
    bool contains(ObjectId column) const;
};
