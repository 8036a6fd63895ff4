#pragma once

#include "diff/schemachange.h"
#include "schema/schema.h"

#include <QColor>
#include <QCoreApplication>
#include <QHash>
#include <QList>

struct SchemaDiffResult;

// What a comparison puts on the diagram: the open design against another state of it (a file,
// a database, a git revision). Built from the changes that turn the other state (the source)
// into the open design (the target): tables and columns the design added, changed or renamed
// are marked on their cards; what it removed is drawn as struck-out ghosts, tables where the
// other state had them and columns at the end of their cards; foreign keys added or removed
// mark their connectors.
class DiagramComparison
{
    Q_DECLARE_TR_FUNCTIONS(DiagramComparison)

public:
    enum class Mark { None, Added, Removed, Changed };

    DiagramComparison() = default;
    DiagramComparison(const Schema &other, const Schema &current, const SchemaDiffResult &diff,
        const QString &title);

    const QString &title() const { return m_title; }
    const Schema &other() const { return m_other; }
    const SchemaChanges &changes() const { return m_changes; }
    bool isEmpty() const { return m_changes.isEmpty(); }

    // Marks of the open design's objects (tables, columns, foreign keys), and what changed, for
    // a tooltip: "type: VARCHAR(50) → VARCHAR(100)".
    Mark mark(ObjectId id) const { return m_marks.value(id, Mark::None); }
    QStringList details(ObjectId id) const { return m_details.value(id); }
    // The other state's columns the open design's table no longer has.
    QList<Column> removedColumns(ObjectId table) const { return m_removedColumns.value(table); }
    // The other state's tables the design no longer has, and its foreign keys that are gone
    // (owning table id in the other state, foreign key).
    const QList<ObjectId> &removedTables() const { return m_removedTables; }
    struct RemovedForeignKey
    {
        ObjectId otherTable = NoObject;
        ForeignKey foreignKey;
    };
    const QList<RemovedForeignKey> &removedForeignKeys() const { return m_removedForeignKeys; }
    // The open design's table a table of the other state became (renamed or not); NoObject when
    // it was removed.
    ObjectId currentTable(ObjectId otherTable) const { return m_tablePairs.value(otherTable); }

    // The table a change is about: in the open design, or NoObject for a removed table, which
    // is the other state's change.sourceTable.
    static ObjectId currentTableOf(const SchemaChange &change) { return change.targetTable; }

    // The change list as Markdown, for a pull request: one heading per table, one line per change.
    QString markdown() const;

    static QString markName(Mark mark); // "added", "removed", "changed", translated
    // The mark's colour, readable on a light or a dark diagram.
    static QColor markColor(Mark mark, bool dark);

private:
    void markChanged(ObjectId id, const QString &detail);

    QString m_title;
    Schema m_other;
    SchemaChanges m_changes;
    QHash<ObjectId, Mark> m_marks;
    QHash<ObjectId, QStringList> m_details;
    QHash<ObjectId, QList<Column>> m_removedColumns;
    QList<ObjectId> m_removedTables;
    QList<RemovedForeignKey> m_removedForeignKeys;
    QHash<ObjectId, ObjectId> m_tablePairs; // other table -> current table
};
