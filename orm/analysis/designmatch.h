#pragma once

#include "schema/schema.h"

#include <QStringList>

#include <optional>

class Connection;

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

    // The schema to work on `connection` with: the design when one is given and the database
    // has all of it, else (no design) the database's own, read from its catalogue.
    struct Checked
    {
        std::optional<Schema> schema; // nullopt when reading failed or the design does not match
        QString readError; // why the database could not be read, for people
        QStringList missing; // what of the design the database lacks
    };
    static Checked check(Connection &connection, const std::optional<Schema> &design);
};
