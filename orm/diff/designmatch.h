#pragma once

#include "schemachange.h"

#include "schema/schema.h"
#include "sql/sqlengine.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

class Connection;

// Whether a design is a database's, decided by SchemaDiff: the one definition of "the same
// structure" that `schemata diff` and `migrate` use too. The commands that take --design (fill,
// clone, import-json) work on a database through its design only when comparing the database
// with the design on its engine finds nothing to migrate (tables the design lacks are not its
// business; comments are not structure). The window asks the looser question, describes().
class DesignMatch
{
    Q_DECLARE_TR_FUNCTIONS(DesignMatch)

public:
    // What migrating `database` to `design` on `engine` would change, comments aside; empty when
    // the design is the database's. When the database cannot be written as DDL for the
    // comparison (a MariaDB foreign key to a column without a unique key, say), the comparison
    // falls back to the names of tables and columns, and `warning` says so.
    struct Differences
    {
        SchemaChanges changes; // from the database to the design
        QStringList missing; // the fallback's findings: "table", "table.column"
        QStringList errors; // the design's own errors: it cannot be compared at all
        QString warning;
        bool isEmpty() const { return changes.isEmpty() && missing.isEmpty() && errors.isEmpty(); }
        // One line per difference, for people.
        QStringList describe() const;
    };
    static Differences compare(const Schema &design, const Schema &database, SqlEngine engine,
        bool tableNamesIgnoreCase);

    // True when the design makes at least one table and every table and column it makes is in
    // the database (names without regard to case, renames recorded in the design followed): the
    // design is about this database, maybe a migration ahead or behind it.
    static bool describes(const Schema &design, const Schema &database);

    // The schema to work on `connection` with: the design when one is given and compare() finds
    // no difference, else (no design) the database's own, read from its catalogue.
    struct Checked
    {
        std::optional<Schema> schema; // nullopt when reading failed or the design does not match
        QString readError; // why the database could not be read, for people
        Differences differences;
    };
    static Checked check(Connection &connection, const std::optional<Schema> &design);
};
