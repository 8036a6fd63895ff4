#include "typetree.h"

#include "analysis/relationship.h"
#include "sql/typemapping.h"

namespace Fill {

namespace {

QSet<ObjectId> primaryKeyColumns(const Table &table)
{
    QSet<ObjectId> ids;
    if (const Key *pk = table.primaryKey()) {
        for (const KeyPart &p : pk->parts)
            ids.insert(p.column);
    }
    return ids;
}

// The root's discriminator without an inheritance extension: SQLAlchemy's habit, a text column
// `type` (or `discriminator`) that names the row's class.
const Column *guessedDiscriminator(const Table &physical)
{
    for (const Column &c : physical.columns) {
        const LogicalType type = TypeMapping::fromDesign(c.datatype);
        if ((c.name.compare(u"type", Qt::CaseInsensitive) == 0
                || c.name.compare(u"discriminator", Qt::CaseInsensitive) == 0)
            && (type.kind == LogicalType::Kind::Varchar || type.kind == LogicalType::Kind::Char
                || type.kind == LogicalType::Kind::Text)) {
            return &c;
        }
    }
    return nullptr;
}

} // namespace

TypeTree::TypeTree(const Schema &design, const Schema &physical)
{
    bool extensions = false;
    for (const Table &t : design.tables())
        extensions = extensions || !t.inheritance.isEmpty();
    if (extensions)
        linkExtensions(design, physical);
    else
        linkJoinedForeignKeys(physical);
    placeRows();
    findDiscriminators(design, physical, extensions);
    findSubclassColumns(design, physical);
}

int TypeTree::ensureNode(const Table &table)
{
    const auto it = m_nodeOfTable.constFind(table.id);
    if (it != m_nodeOfTable.cend())
        return it.value();
    TypeNode node;
    node.table = table.id;
    node.physical = table.id;
    node.name = table.name;
    node.identity = table.inheritance.identity.isEmpty() ? table.name : table.inheritance.identity;
    m_nodes.append(node);
    m_nodeOfTable.insert(table.id, int(m_nodes.size() - 1));
    return int(m_nodes.size() - 1);
}

// Links a child node to its parent unless that would make a cycle.
bool TypeTree::link(int child, int parent)
{
    for (int n = parent; n >= 0; n = m_nodes.at(n).parent) {
        if (n == child)
            return false;
    }
    m_nodes[child].parent = parent;
    m_nodes[parent].children.append(child);
    return true;
}

// The design's inheritance extensions; a joined child's key must be a foreign key to its
// parent's table.
void TypeTree::linkExtensions(const Schema &design, const Schema &physical)
{
    for (const Table &t : design.tables()) {
        if (!t.inheritance.isEmpty())
            ensureNode(t);
    }
    for (const Table &t : design.tables()) {
        const Table *parent = design.table(t.inheritance.parent);
        if (t.inheritance.kind == Inheritance::Kind::None || !parent)
            continue;
        const int child = ensureNode(t);
        const int up = ensureNode(*parent);
        if (t.inheritance.kind == Inheritance::Kind::Single) {
            if (link(child, up))
                m_nodes[child].single = true;
            continue;
        }
        const Table *table = physical.table(t.id);
        if (!table)
            continue;
        const QSet<ObjectId> pk = primaryKeyColumns(*table);
        for (const ForeignKey &fk : table->foreignKeys) {
            QSet<ObjectId> columns;
            for (const ForeignKeyPart &p : fk.parts)
                columns.insert(p.column);
            if (!pk.isEmpty() && columns == pk && fk.isResolved() && fk.referencedTable != t.id) {
                if (link(child, up))
                    m_nodes[child].joinKey = fk.id;
                break;
            }
        }
    }
}

// Without extensions: a table whose primary key is a foreign key to another table's.
void TypeTree::linkJoinedForeignKeys(const Schema &physical)
{
    for (const Relationship &r : findRelationships(physical)) {
        if (r.kind != Relationship::Kind::JoinedInheritance)
            continue;
        const Table *child = physical.table(r.table);
        const Table *parent = physical.table(r.target);
        if (!child || !parent)
            continue;
        const int c = ensureNode(*child);
        if (m_nodes.at(c).parent >= 0)
            continue;
        if (link(c, ensureNode(*parent)))
            m_nodes[c].joinKey = r.foreignKey;
    }
}

// Where each node's rows are: a single-table subclass's in its nearest joined or root table.
void TypeTree::placeRows()
{
    for (TypeNode &node : m_nodes) {
        int n = m_nodeOfTable.value(node.table);
        while (m_nodes.at(n).single && m_nodes.at(n).parent >= 0)
            n = m_nodes.at(n).parent;
        node.physical = m_nodes.at(n).table;
    }
}

void TypeTree::findDiscriminators(const Schema &design, const Schema &physical, bool extensions)
{
    for (int i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes.at(i).parent >= 0)
            continue;
        const Table *designTable = design.table(m_nodes.at(i).table);
        const Table *table = physical.table(m_nodes.at(i).physical);
        if (!designTable || !table)
            continue;
        const Column *column = nullptr;
        if (extensions) {
            column = table->column(designTable->inheritance.discriminator);
            if (!column && !designTable->inheritance.discriminatorName.isEmpty())
                column = table->columnByName(designTable->inheritance.discriminatorName);
        } else if (!m_nodes.at(i).children.isEmpty()) {
            column = guessedDiscriminator(*table);
        }
        if (column) {
            m_nodes[i].discriminator = column->id;
            m_discriminatorColumn.insert(column->id, i);
        }
    }
}

// The columns a single-table subclass added to its root's table.
void TypeTree::findSubclassColumns(const Schema &design, const Schema &physical)
{
    for (int i = 0; i < m_nodes.size(); ++i) {
        const TypeNode &node = m_nodes.at(i);
        const Table *designTable = design.table(node.table);
        const Table *table = physical.table(node.physical);
        if (!node.single || !designTable || !table)
            continue;
        for (const Column &c : designTable->columns) {
            if (table->column(c.id)) {
                m_subclassColumn.insert(c.id, i);
                m_designNullable.insert(c.id, c.nullable);
            }
        }
    }
}

int TypeTree::rootOf(int node) const
{
    while (m_nodes.at(node).parent >= 0)
        node = m_nodes.at(node).parent;
    return node;
}

bool TypeTree::inSubtree(int node, int ancestor) const
{
    for (int n = node; n >= 0; n = m_nodes.at(n).parent) {
        if (n == ancestor)
            return true;
    }
    return false;
}

QList<int> TypeTree::available(int node, const QSet<ObjectId> &filled) const
{
    QList<int> result {node};
    for (int child : m_nodes.at(node).children) {
        if (m_nodes.at(child).single || filled.contains(m_nodes.at(child).physical))
            result << available(child, filled);
    }
    return result;
}

} // namespace Fill
