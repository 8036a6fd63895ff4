#pragma once

#include "schema/schema.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace Fill {

// A table of an inheritance hierarchy (a design table; single-table subclasses live in their
// root's table).
struct TypeNode
{
    ObjectId table = NoObject;
    ObjectId physical = NoObject; // the table that holds its rows
    QString name;
    QString identity;
    int parent = -1;
    bool single = false;
    QList<int> children;
    ObjectId joinKey = NoObject; // joined: the foreign key from its key to its parent's
    ObjectId discriminator = NoObject; // on a root: the physical column of the type
};

// The inheritance hierarchies the data generator fills: from the design's inheritance
// extensions, or (without any) from joined-inheritance foreign keys and a root's `type` or
// `discriminator` column. Nodes are numbered from 0; -1 stands for no node.
class TypeTree
{
public:
    // `physical` is the design's physical schema (DdlWriter::physicalSchema).
    TypeTree(const Schema &design, const Schema &physical);

    const QList<TypeNode> &nodes() const { return m_nodes; }
    const TypeNode &node(int node) const { return m_nodes.at(node); }
    // The node of a table (design and physical tables share ids), or -1.
    int nodeOf(ObjectId table) const { return m_nodeOfTable.value(table, -1); }
    int rootOf(int node) const;
    // Whether `node` is `ancestor` or below it (never for node -1).
    bool inSubtree(int node, int ancestor) const;
    // The types a row of `node`'s table can take: the node, its single-table subclasses, and
    // joined children whose tables are in `filled`, recursively.
    QList<int> available(int node, const QSet<ObjectId> &filled) const;

    // A physical column that a single-table subclass added to its root's table: the subclass's
    // node (else -1) and the column's nullability in the design.
    int subclassOf(ObjectId column) const { return m_subclassColumn.value(column, -1); }
    bool designNullable(ObjectId column) const { return m_designNullable.value(column, true); }
    // Whether a physical column holds its row's type.
    bool isDiscriminator(ObjectId column) const { return m_discriminatorColumn.contains(column); }

private:
    int ensureNode(const Table &table);
    bool link(int child, int parent);
    void linkExtensions(const Schema &design, const Schema &physical);
    void linkJoinedForeignKeys(const Schema &physical);
    void placeRows();
    void findDiscriminators(const Schema &design, const Schema &physical, bool extensions);
    void findSubclassColumns(const Schema &design, const Schema &physical);

    QList<TypeNode> m_nodes;
    QHash<ObjectId, int> m_nodeOfTable; // design table -> node
    QHash<ObjectId, int> m_subclassColumn; // physical column -> single-table subclass node
    QHash<ObjectId, bool> m_designNullable; // those columns' nullability in the design
    QHash<ObjectId, int> m_discriminatorColumn; // physical column -> root node
};

} // namespace Fill
