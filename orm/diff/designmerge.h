#pragma once

#include "schemachange.h"

#include "schema/schema.h"
#include "sql/sqlengine.h"

#include <QCoreApplication>
#include <QHash>
#include <QSizeF>
#include <QStringList>

// How a database's structure is merged into a design.
struct DesignMergeOptions
{
    SqlEngine engine = SqlEngine::Sqlite; // the database's
    bool tableNamesIgnoreCase = false; // Dialect::tableNamesIgnoreCase of the database
    // Remove the design's tables that the database lacks. The window asks first:
    // DesignMergeResult::droppedTables names them either way.
    bool dropTables = true;
    // Card sizes of the design's tables on the diagram, for placing new tables next to them; a
    // table missing here gets the auto-layout's estimate from its column count.
    QHash<ObjectId, QSizeF> sizes;
    qreal spacing = 40; // the least gap between a new table and any other
};

struct DesignMergeResult
{
    // The design with the database's structure: everything unchanged is the design's own,
    // positions, colours, comments, notes, areas and unknown attributes included.
    Schema design;
    // What changed in the design, as steps from it to the database (SchemaChange::describe()
    // for people).
    SchemaChanges changes;
    // The design's tables the database lacks, with the single-table subclasses that lived in
    // them; removed from `design` only with DesignMergeOptions::dropTables.
    QStringList droppedTables;
    QList<ObjectId> addedTables; // ids in `design` of the tables taken from the database
    // Changes left out because the design cannot hold them where the database has them
    // (single-table inheritance), and drops and adds in one table that may be renames.
    QStringList warnings;
    QStringList errors; // why nothing was merged (the design cannot be written for the engine)

    bool ok() const { return errors.isEmpty(); }
    bool isEmpty() const { return changes.isEmpty(); }
};

// Update Design from Database: brings a design to the structure of a database (read by
// SchemaImporter) while keeping all else of it. What differs is decided by SchemaDiff, with the
// design as the source and the database as the target, on the database's engine; an unchanged
// database leaves the design as it was, byte for byte once written.
class DesignMerge
{
    Q_DECLARE_TR_FUNCTIONS(DesignMerge)

public:
    static DesignMergeResult merge(
        const Schema &design, const Schema &database, const DesignMergeOptions &options);

    // The size the diagram gives a table when nobody says otherwise (as the auto-layout).
    static QSizeF estimatedSize(const Table &table);
};
