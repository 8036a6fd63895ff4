#pragma once

#include <QString>

class Schema;

// Writes a design as DBML (https://dbml.dbdiagram.io/docs): tables with their columns and
// settings, indexes, Refs with their actions, an Enum for each ENUM column, a TableGroup for
// each area and a sticky Note for each note. What DBML has no word for (inheritance) goes into
// a `// schemata: [...]` comment in the table, which other tools skip and DbmlReader reads, so
// that a design written and read back has the same structure.
class DbmlWriter
{
public:
    static QString write(const Schema &schema);
};
