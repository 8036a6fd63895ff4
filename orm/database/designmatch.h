#pragma once

#include <QStringList>

class Schema;

// Whether a design is a database's: every table and column the design makes (its physical
// schema, inheritance resolved) is in the database, names compared without regard to case.
// One rule for the commands that take --design and for the window opening a database.
class DesignMatch
{
public:
    // The design's tables ("name") and columns ("table.column") the database lacks.
    static QStringList missing(const Schema &design, const Schema &database);
    // True when the design makes at least one table and the database lacks none of them.
    static bool describes(const Schema &design, const Schema &database);
};
