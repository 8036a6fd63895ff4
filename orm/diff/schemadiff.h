#pragma once

#include "renamehints.h"
#include "schemachange.h"

#include "sql/sqlengine.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <optional>

class Schema;

// How two schemas are compared.
struct DiffOptions
{
    // Compare what the schemas become on this engine: its column types, NOT NULL on keys,
    // defaults as it takes them, single-table subclasses folded into their root, the ON
    // DELETE actions relationships imply. Without an engine, two designs are compared as
    // written, inheritance included.
    std::optional<SqlEngine> engine;
    // Names that differ only in case are one (SQLite; MariaDB's columns, and its tables where
    // lower_case_table_names says so).
    bool foldTableNames = false;
    bool foldColumnNames = false;
    RenameHints renames;
    // One side is a database and the other a design: tables the design lacks are not the
    // design's; they are listed as unmanaged and left alone, unless dropUnmanaged (only when
    // the database is the source: a design cannot drop what it never had).
    enum class DatabaseSide { None, Source, Target };
    DatabaseSide unmanagedSide = DatabaseSide::None;
    bool dropUnmanaged = false;

    // The options for comparing on `engine`, names folded as it folds them.
    static DiffOptions forEngine(SqlEngine engine, bool tableNamesIgnoreCase);
};

struct SchemaDiffResult
{
    SchemaChanges changes;
    QStringList unmanaged; // tables of the database left alone (DiffOptions::unmanagedSide)
    QStringList errors; // why the schemas could not be compared (a design with errors)
    QStringList warnings; // hints that were not used, and why
    // Which table and column of the target each one of the source is (by id; unpaired ones are
    // missing), for those that carry the changes over (DesignMerge).
    QHash<ObjectId, ObjectId> pairedTables;
    QHash<ObjectId, ObjectId> pairedColumns;

    bool ok() const { return errors.isEmpty(); }
    bool isEmpty() const { return changes.isEmpty(); }
    bool hasRisk(SchemaChange::Risk risk) const;
};

// Compares two schemas: designs, databases read by SchemaImporter, or one of each. Renames come
// from the target's or the source's former names (recorded when the design was edited in
// Schemata) and from the hints; nothing is guessed. Changes are sorted by table, then kind.
class SchemaDiff
{
    Q_DECLARE_TR_FUNCTIONS(SchemaDiff)

public:
    static SchemaDiffResult compare(
        const Schema &source, const Schema &target, const DiffOptions &options);

    // The table Schemata records migrations in; never part of a diff.
    static QString historyTable();
};
