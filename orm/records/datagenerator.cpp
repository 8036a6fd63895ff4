#include "datagenerator.h"

#include "analysis/relationship.h"
#include "analysis/tableorder.h"
#include "database/batchinserter.h"
#include "database/connection.h"
#include "database/sqllog.h"
#include "ddl/ddlwriter.h"
#include "dialects/dialect.h"
#include "sql/typemapping.h"
#include "valuegenerator.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <limits>
#include <numeric>

namespace {

using namespace ValueGenerator;

constexpr int NullPercent = 10; // how often a nullable column is NULL

// Turns a value into the text a set of taken values holds (NULL and text apart).
QString keyText(const QVariant &value)
{
    if (value.isNull())
        return QStringLiteral("\x01");
    if (value.metaType() == QMetaType::fromType<QByteArray>())
        return QString::fromLatin1(value.toByteArray().toHex());
    return value.toString().toCaseFolded();
}

// ---------------------------------------------------------------------------------------------
// The run: plans each table and inserts its rows, parents first.

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

// A set of candidate parent keys: `width` values per key.
struct Pool
{
    int width = 0;
    QList<QVariant> values;
    qint64 size() const { return width > 0 ? values.size() / width : 0; }
};

// What is kept of a table filled in this run: the values of the columns others reference,
// per row, and each row's type in its hierarchy.
struct TableState
{
    bool filled = false;
    qint64 rows = 0;
    QList<int> refColumns;
    QList<QVariant> refValues;
    QList<int> types;
};

struct ForeignKeyPlan
{
    enum class Mode {
        Random, // any parent key
        Null, // always NULL (no parent row and nullable, or a parent filled later)
        Self, // a tree: an earlier row of the same table
        Chain, // a unique self-reference: the row before
        Joined, // the parent row this row extends
        Group // distinct together with other foreign keys (association tables, one-to-one)
    };
    const ForeignKey *fk = nullptr;
    const Table *parent = nullptr;
    QList<int> columns; // in the table
    QList<int> parentColumns; // in the parent
    Mode mode = Mode::Random;
    bool nullable = false;
    bool childAlone = false; // a joined child whose parent is not filled in this run
    int subclass = -1; // a single-table subclass's foreign key: NULL for other rows
    bool subclassNullable = true;
    Pool pool;
    QList<int> statePositions; // parentColumns within the parent's (or own) kept columns
    int group = -1;
    int groupIndex = -1; // position within its group
    QList<qint64> parentRow; // Self / Chain: the referenced row per row (-1: NULL)
};

struct ColumnPlan
{
    enum class Source {
        Value,
        Unique,
        ForeignKey,
        Discriminator,
        Null, // a type Schemata cannot make values of, nullable
        Default, // the same, NOT NULL with a default: left to the database
        AutoIncrement // numbered by the database
    };
    const Column *column = nullptr;
    Source source = Source::Value;
    ValueSpec spec;
    bool nullable = true;
    int subclass = -1; // a single-table subclass's column: NULL for rows of other types
    int fk = -1, part = -1;
    qint64 uniqueNext = 1;
    QSet<QString> taken; // unique values that exist already
};

struct Group
{
    QList<int> fks;
    QList<QList<int>> constraints; // column indices of each unique key it must keep
    QList<QSet<QString>> seen;
    QList<QList<qint64>> tuples; // per row, a pool index per foreign key
};

// What fillTable decides about a table before it makes any row, built in named phases
// (Run::planForeignKeys, Run::planColumns, Run::planUniqueKeys, Run::planPools).
struct TablePlan
{
    const Table *table = nullptr;
    int node = -1; // its inheritance hierarchy node, if any
    const TypeNode *typeNode = nullptr; // the node when it is not a single-table subclass
    QList<ForeignKeyPlan> fks;
    QList<int> owner; // per column, the foreign key that sets it (-1: none)
    QList<ColumnPlan> columns;
    QList<Group> groups; // foreign keys whose parent keys are distinct together
    // A joined child filled alone: its key to the parent, and the parent's discriminator and
    // the parent type's identity when the parent's rows say their type.
    const ForeignKeyPlan *alone = nullptr;
    QString discriminatorName, parentIdentity;
};

class Run
{
    Q_DECLARE_TR_FUNCTIONS(DataGenerator)

public:
    Run(Connection &connection, const Schema &design, quint64 seed,
        const DataGenerator::Progress &progress)
        : m_dialect(connection.dialect())
        , m_db(connection.database())
        , m_design(design)
        , m_physical(DdlWriter::physicalSchema(design))
        , m_seed(seed)
        , m_progress(progress)
    {
    }

    bool prepare(const QStringList &tables, const QMap<QString, qint64> &rows, qint64 defaultRows,
        QString *error);
    bool fillAll(QString *error);

    QList<QPair<QString, qint64>> inserted;

private:
    const Table *resolveTable(const QString &name, QString *error) const;
    void buildHierarchies();
    int nodeOf(ObjectId physicalTable) const;
    int rootOf(int node) const;
    bool inSubtree(int node, int ancestor) const;
    QList<int> available(int node) const;
    qint64 estimatedRows(const Table &table) const;
    bool fillTable(const Table &table, QString *error);
    bool planForeignKeys(TablePlan &tablePlan, QString *error) const;
    bool planColumns(TablePlan &tablePlan, QString *error) const;
    void planUniqueKeys(TablePlan &tablePlan) const;
    bool planPools(TablePlan &tablePlan, qint64 rows, QString *error);
    bool readPool(const ForeignKeyPlan &plan, const QString &discriminator, const QString &identity,
        Pool *pool, QString *error);
    void sampleGroup(Group &group, const QList<ForeignKeyPlan> &fks, qint64 rows, Random &random);
    bool exec(QSqlQuery &query, const QString &what, QString *error);
    QString quote(const QString &name) const { return m_dialect.quoteIdentifier(name); }
    // A reference that stays valid while no table state is added.
    const TableState &stateOf(ObjectId table) const
    {
        static const TableState none;
        const auto it = m_states.constFind(table);
        return it == m_states.cend() ? none : it.value();
    }
    bool reportProgress(qint64 rows, QString *error);

    const Dialect &m_dialect;
    QSqlDatabase m_db;
    const Schema &m_design;
    Schema m_physical;
    quint64 m_seed;
    const DataGenerator::Progress &m_progress;

    QList<const Table *> m_order; // the tables to fill, parents first
    QSet<ObjectId> m_fillSet;
    QHash<ObjectId, qint64> m_rows;
    QHash<ObjectId, TableState> m_states;
    QHash<ObjectId, QList<int>> m_refColumns;

    QList<TypeNode> m_nodes;
    QHash<ObjectId, int> m_nodeOfTable; // design table -> node
    QHash<ObjectId, int> m_subclassColumn; // physical column -> single-table subclass node
    QHash<ObjectId, bool> m_designNullable; // those columns' nullability in the design
    QHash<ObjectId, int> m_discriminatorColumn; // physical column -> root node

    qint64 m_done = 0;
    qint64 m_total = 0;
};

const Table *Run::resolveTable(const QString &name, QString *error) const
{
    for (const Table &t : m_physical.tables()) {
        if (t.name == name)
            return &t;
    }
    const Table *found = nullptr;
    for (const Table &t : m_physical.tables()) {
        if (t.name.compare(name, Qt::CaseInsensitive) == 0) {
            if (found) {
                *error = tr("The table name \"%1\" is ambiguous; write it as the schema does.")
                             .arg(name);
                return nullptr;
            }
            found = &t;
        }
    }
    if (found)
        return found;
    for (const Table &t : m_design.tables()) {
        if (t.name.compare(name, Qt::CaseInsensitive) == 0
            && t.inheritance.kind == Inheritance::Kind::Single) {
            const int node = m_nodeOfTable.value(t.id, -1);
            const Table *root = node >= 0 ? m_physical.table(m_nodes.at(node).physical) : nullptr;
            *error = tr("\"%1\" is a single-table subclass; its rows are in \"%2\": name that "
                        "table instead.")
                         .arg(t.name, root ? root->name : QString());
            return nullptr;
        }
    }
    *error = tr("There is no table \"%1\" in the schema.").arg(name);
    return nullptr;
}

void Run::buildHierarchies()
{
    bool extensions = false;
    for (const Table &t : m_design.tables())
        extensions = extensions || !t.inheritance.isEmpty();

    const auto ensureNode = [&](const Table &t) {
        const auto it = m_nodeOfTable.constFind(t.id);
        if (it != m_nodeOfTable.cend())
            return it.value();
        TypeNode node;
        node.table = t.id;
        node.physical = t.id;
        node.name = t.name;
        node.identity = t.inheritance.identity.isEmpty() ? t.name : t.inheritance.identity;
        m_nodes.append(node);
        m_nodeOfTable.insert(t.id, int(m_nodes.size() - 1));
        return int(m_nodes.size() - 1);
    };
    // Links a child node to its parent unless that would make a cycle.
    const auto link = [&](int child, int parent) {
        for (int n = parent; n >= 0; n = m_nodes.at(n).parent) {
            if (n == child)
                return false;
        }
        m_nodes[child].parent = parent;
        m_nodes[parent].children.append(child);
        return true;
    };
    const auto keyColumns = [](const Table &t) {
        QSet<ObjectId> ids;
        if (const Key *pk = t.primaryKey()) {
            for (const KeyPart &p : pk->parts)
                ids.insert(p.column);
        }
        return ids;
    };

    if (extensions) {
        for (const Table &t : m_design.tables()) {
            if (!t.inheritance.isEmpty())
                ensureNode(t);
        }
        for (const Table &t : m_design.tables()) {
            const Table *parent = m_design.table(t.inheritance.parent);
            if (t.inheritance.kind == Inheritance::Kind::None || !parent)
                continue;
            const int child = ensureNode(t);
            const int up = ensureNode(*parent);
            if (t.inheritance.kind == Inheritance::Kind::Single) {
                if (link(child, up))
                    m_nodes[child].single = true;
                continue;
            }
            // Joined: the child's key must be a foreign key to its parent's table.
            const Table *physical = m_physical.table(t.id);
            if (!physical)
                continue;
            const QSet<ObjectId> pk = keyColumns(*physical);
            for (const ForeignKey &fk : physical->foreignKeys) {
                QSet<ObjectId> columns;
                for (const ForeignKeyPart &p : fk.parts)
                    columns.insert(p.column);
                if (!pk.isEmpty() && columns == pk && fk.isResolved()
                    && fk.referencedTable != t.id) {
                    if (link(child, up))
                        m_nodes[child].joinKey = fk.id;
                    break;
                }
            }
        }
    } else {
        for (const Relationship &r : findRelationships(m_physical)) {
            if (r.kind != Relationship::Kind::JoinedInheritance)
                continue;
            const Table *child = m_physical.table(r.table);
            const Table *parent = m_physical.table(r.target);
            if (!child || !parent)
                continue;
            const int c = ensureNode(*child);
            if (m_nodes.at(c).parent >= 0)
                continue;
            if (link(c, ensureNode(*parent)))
                m_nodes[c].joinKey = r.foreignKey;
        }
    }

    // Where each node's rows are, and what its root's discriminator is.
    for (TypeNode &node : m_nodes) {
        int n = m_nodeOfTable.value(node.table);
        while (m_nodes.at(n).single && m_nodes.at(n).parent >= 0)
            n = m_nodes.at(n).parent;
        node.physical = m_nodes.at(n).table;
    }
    for (int i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes.at(i).parent >= 0)
            continue;
        const Table *design = m_design.table(m_nodes.at(i).table);
        const Table *physical = m_physical.table(m_nodes.at(i).physical);
        if (!design || !physical)
            continue;
        const Column *column = nullptr;
        if (extensions) {
            column = physical->column(design->inheritance.discriminator);
            if (!column && !design->inheritance.discriminatorName.isEmpty())
                column = physical->columnByName(design->inheritance.discriminatorName);
        } else if (!m_nodes.at(i).children.isEmpty()) {
            // SQLAlchemy's habit: the root's `type` column names the row's class.
            for (const Column &c : physical->columns) {
                const LogicalType type = TypeMapping::fromDesign(c.datatype);
                if ((c.name.compare(u"type", Qt::CaseInsensitive) == 0
                        || c.name.compare(u"discriminator", Qt::CaseInsensitive) == 0)
                    && (type.kind == LogicalType::Kind::Varchar
                        || type.kind == LogicalType::Kind::Char
                        || type.kind == LogicalType::Kind::Text)) {
                    column = &c;
                    break;
                }
            }
        }
        if (column) {
            m_nodes[i].discriminator = column->id;
            m_discriminatorColumn.insert(column->id, i);
        }
    }
    // The columns a single-table subclass added to its root's table.
    for (int i = 0; i < m_nodes.size(); ++i) {
        const TypeNode &node = m_nodes.at(i);
        const Table *design = m_design.table(node.table);
        const Table *physical = m_physical.table(node.physical);
        if (!node.single || !design || !physical)
            continue;
        for (const Column &c : design->columns) {
            if (physical->column(c.id)) {
                m_subclassColumn.insert(c.id, i);
                m_designNullable.insert(c.id, c.nullable);
            }
        }
    }
}

int Run::nodeOf(ObjectId physicalTable) const
{
    return m_nodeOfTable.value(physicalTable, -1);
}

int Run::rootOf(int node) const
{
    while (m_nodes.at(node).parent >= 0)
        node = m_nodes.at(node).parent;
    return node;
}

bool Run::inSubtree(int node, int ancestor) const
{
    for (int n = node; n >= 0; n = m_nodes.at(n).parent) {
        if (n == ancestor)
            return true;
    }
    return false;
}

// The types a row of `node`'s table can take: the node, its single-table subclasses, and
// joined children that are filled in this run, recursively.
QList<int> Run::available(int node) const
{
    QList<int> result {node};
    for (int child : m_nodes.at(node).children) {
        if (m_nodes.at(child).single || m_fillSet.contains(m_nodes.at(child).physical))
            result << available(child);
    }
    return result;
}

qint64 Run::estimatedRows(const Table &table) const
{
    const int node = nodeOf(table.id);
    if (node < 0 || m_nodes.at(node).single || m_nodes.at(node).parent < 0)
        return m_rows.value(table.id);
    // The ancestor that chooses the types of this table's rows.
    int top = node;
    while (m_nodes.at(top).parent >= 0
        && m_fillSet.contains(m_nodes.at(m_nodes.at(top).parent).physical))
        top = m_nodes.at(top).parent;
    if (top == node)
        return m_rows.value(table.id);
    const QList<int> types = available(top);
    const qint64 matching
        = std::count_if(types.cbegin(), types.cend(), [&](int t) { return inSubtree(t, node); });
    return m_rows.value(m_nodes.at(top).physical) * matching / std::max<qsizetype>(1, types.size());
}

bool Run::prepare(const QStringList &tables, const QMap<QString, qint64> &rows, qint64 defaultRows,
    QString *error)
{
    buildHierarchies();
    if (defaultRows < 0) {
        *error = tr("The number of rows cannot be negative.");
        return false;
    }
    for (const Table &t : m_physical.tables())
        m_rows.insert(t.id, defaultRows);
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        const Table *t = resolveTable(it.key(), error);
        if (!t)
            return false;
        if (it.value() < 0) {
            *error = tr("The number of rows for \"%1\" cannot be negative.").arg(t->name);
            return false;
        }
        m_rows.insert(t->id, it.value());
    }
    if (tables.isEmpty()) {
        for (const Table &t : m_physical.tables())
            m_fillSet.insert(t.id);
    } else {
        for (const QString &name : tables) {
            const Table *t = resolveTable(name.trimmed(), error);
            if (!t)
                return false;
            m_fillSet.insert(t->id);
        }
    }

    // Parents first, in schema order; a cycle's closing keys then find no rows yet (NULL, or
    // an error).
    for (const Table *t : TableOrder::parentsFirst(m_physical).tables) {
        if (m_fillSet.contains(t->id))
            m_order << t;
    }

    // The columns each table must remember per row: those that foreign keys of filled tables
    // reference.
    for (const Table *t : std::as_const(m_order)) {
        for (const ForeignKey &fk : t->foreignKeys) {
            const Table *parent = m_physical.table(fk.referencedTable);
            if (!parent)
                continue;
            QList<int> &columns = m_refColumns[parent->id];
            for (const ForeignKeyPart &p : fk.parts) {
                const int index = int(parent->columnIndex(p.referencedColumn));
                if (index >= 0 && !columns.contains(index))
                    columns << index;
            }
            std::sort(columns.begin(), columns.end());
        }
    }
    for (const Table *t : std::as_const(m_order))
        m_total += estimatedRows(*t);
    return true;
}

bool Run::exec(QSqlQuery &query, const QString &what, QString *error)
{
    if (Sql::exec(query))
        return true;
    *error = tr("Cannot read %1: %2").arg(what, Connection::errorText(query.lastError()));
    return false;
}

bool Run::reportProgress(qint64 rows, QString *error)
{
    m_done += rows;
    m_total = std::max(m_total, m_done);
    if (m_progress && !m_progress(m_done, m_total)) {
        *error = tr("Cancelled; nothing was changed.");
        return false;
    }
    return true;
}

bool Run::fillAll(QString *error)
{
    for (const Table *t : std::as_const(m_order)) {
        if (!fillTable(*t, error))
            return false;
    }
    if (m_done != m_total) {
        m_total = m_done;
        if (m_progress && !m_progress(m_done, m_total)) {
            *error = tr("Cancelled; nothing was changed.");
            return false;
        }
    }
    return true;
}

bool Run::readPool(const ForeignKeyPlan &plan, const QString &discriminator,
    const QString &identity, Pool *pool, QString *error)
{
    QStringList columns, conditions;
    for (int index : plan.parentColumns) {
        const QString name = quote(plan.parent->columns.at(index).name);
        columns << name;
        conditions << name + QStringLiteral(" IS NOT NULL");
    }
    if (!discriminator.isEmpty())
        conditions << quote(discriminator) + QStringLiteral(" = ?");
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.setNumericalPrecisionPolicy(QSql::HighPrecision);
    if (!query.prepare(QStringLiteral("SELECT ") + columns.join(QStringLiteral(", "))
            + QStringLiteral(" FROM ") + quote(plan.parent->name) + QStringLiteral(" WHERE ")
            + conditions.join(QStringLiteral(" AND ")) + QStringLiteral(" ORDER BY ")
            + columns.join(QStringLiteral(", ")))) {
        *error = tr("Cannot read %1: %2")
                     .arg(plan.parent->name, Connection::errorText(query.lastError()));
        return false;
    }
    if (!discriminator.isEmpty())
        query.addBindValue(identity);
    if (!exec(query, plan.parent->name, error))
        return false;
    pool->width = int(columns.size());
    while (query.next()) {
        for (int i = 0; i < pool->width; ++i)
            pool->values.append(query.value(i));
    }
    return true;
}

// Picks `rows` tuples of parent keys, one per foreign key of the group, that keep every unique
// key of the group distinct (and never pair a row with itself when two foreign keys reference
// the same table); fewer when no more can be found.
void Run::sampleGroup(Group &group, const QList<ForeignKeyPlan> &fks, qint64 rows, Random &random)
{
    const qsizetype width = group.fks.size();
    QList<qint64> sizes;
    double space = 1;
    for (int f : std::as_const(group.fks)) {
        sizes << fks.at(f).pool.size();
        space *= double(fks.at(f).pool.size());
    }
    QList<QPair<int, int>> samePool;
    for (qsizetype a = 0; a < width; ++a) {
        for (qsizetype b = a + 1; b < width; ++b) {
            const ForeignKeyPlan &x = fks.at(group.fks.at(a));
            const ForeignKeyPlan &y = fks.at(group.fks.at(b));
            if (x.parent == y.parent && x.parentColumns == y.parentColumns)
                samePool << qMakePair(int(a), int(b));
        }
    }
    // The value of a column of the table under a candidate tuple.
    const auto valueOf = [&](const QList<qint64> &tuple, int column) -> const QVariant & {
        for (qsizetype g = 0; g < width; ++g) {
            const ForeignKeyPlan &plan = fks.at(group.fks.at(g));
            const qsizetype part = plan.columns.indexOf(column);
            if (part >= 0)
                return plan.pool.values.at(tuple.at(g) * plan.pool.width + part);
        }
        static const QVariant none;
        return none;
    };
    const auto accept = [&](const QList<qint64> &tuple) {
        for (const auto &[a, b] : std::as_const(samePool)) {
            if (tuple.at(a) == tuple.at(b))
                return false;
        }
        QStringList keys;
        for (qsizetype c = 0; c < group.constraints.size(); ++c) {
            QString key;
            for (int column : group.constraints.at(c))
                key += keyText(valueOf(tuple, column)) + u'\x1f';
            if (group.seen.at(c).contains(key))
                return false;
            keys << key;
        }
        for (qsizetype c = 0; c < keys.size(); ++c)
            group.seen[c].insert(keys.at(c));
        group.tuples << tuple;
        return true;
    };

    if (space < 1)
        return;
    if (space <= 2.0 * double(rows) + 16 && space <= 20'000'000) {
        // Dense: every tuple, in random order.
        const qint64 total = qint64(space);
        QList<qint64> order(total);
        std::iota(order.begin(), order.end(), 0);
        for (qint64 i = 0; i < total && group.tuples.size() < rows; ++i) {
            const qint64 j = i + qint64(random.below(quint64(total - i)));
            std::swap(order[i], order[j]);
            QList<qint64> tuple(width);
            qint64 rest = order.at(i);
            for (qsizetype g = 0; g < width; ++g) {
                tuple[g] = rest % sizes.at(g);
                rest /= sizes.at(g);
            }
            accept(tuple);
        }
    } else {
        // Sparse: draw and retry; give up after many misses in a row.
        int misses = 0;
        while (group.tuples.size() < rows && misses < 1000) {
            QList<qint64> tuple(width);
            for (qsizetype g = 0; g < width; ++g)
                tuple[g] = qint64(random.below(quint64(sizes.at(g))));
            misses = accept(tuple) ? 0 : misses + 1;
        }
    }
}

// Foreign keys: where each one's values come from.
bool Run::planForeignKeys(TablePlan &tablePlan, QString *error) const
{
    using Mode = ForeignKeyPlan::Mode;
    const Table &table = *tablePlan.table;
    const QString &name = table.name;
    const TypeNode *typeNode = tablePlan.typeNode;
    const Key *pk = table.primaryKey();
    const auto inPrimaryKey = [&](ObjectId column) { return pk && pk->contains(column); };
    const TableState &state = stateOf(table.id);
    QList<ForeignKeyPlan> &fks = tablePlan.fks;
    QList<int> &owner = tablePlan.owner;
    owner = QList<int>(table.columns.size(), -1);
    for (const ForeignKey &fk : table.foreignKeys) {
        const Table *parent = m_physical.table(fk.referencedTable);
        if (!parent || fk.parts.isEmpty())
            continue;
        ForeignKeyPlan plan;
        plan.fk = &fk;
        plan.parent = parent;
        plan.nullable = true;
        plan.subclass = -2;
        QStringList names;
        for (const ForeignKeyPart &p : fk.parts) {
            const int column = int(table.columnIndex(p.column));
            const int referenced = int(parent->columnIndex(p.referencedColumn));
            if (column < 0 || referenced < 0)
                break;
            plan.columns << column;
            plan.parentColumns << referenced;
            names << table.columns.at(column).name;
            const Column &c = table.columns.at(column);
            plan.nullable = plan.nullable && c.nullable && !inPrimaryKey(c.id);
            const int subclass = m_subclassColumn.value(c.id, -1);
            plan.subclass = plan.subclass == -2 || plan.subclass == subclass ? subclass : -1;
            if (subclass >= 0)
                plan.subclassNullable = m_designNullable.value(c.id, true);
        }
        if (plan.columns.size() != fk.parts.size())
            continue;
        plan.subclass = std::max(plan.subclass, -1);
        const int index = int(fks.size());
        for (int column : std::as_const(plan.columns)) {
            if (owner.at(column) >= 0) {
                *error = tr("The foreign keys of %1 share the column %2; Schemata cannot "
                            "generate rows for both.")
                             .arg(name, table.columns.at(column).name);
                return false;
            }
            owner[column] = index;
        }
        const TableState &parentState = stateOf(parent->id);
        if (parent->id == table.id) {
            plan.mode = Mode::Self;
        } else if (typeNode && typeNode->joinKey == fk.id) {
            plan.mode = parentState.filled ? Mode::Joined : Mode::Group;
            plan.childAlone = !parentState.filled;
        } else if (m_fillSet.contains(parent->id) && !parentState.filled) {
            // A cycle: the parent comes later.
            if (!plan.nullable) {
                *error = tr("%1.%2 references %3, which is filled after it (the foreign keys "
                            "make a cycle) and the column is NOT NULL; fill %3 in a run of its "
                            "own first.")
                             .arg(name, names.join(QStringLiteral(", ")), parent->name);
                return false;
            }
            plan.mode = Mode::Null;
        }
        if (plan.mode == Mode::Self || plan.mode == Mode::Joined || parentState.filled) {
            const TableState &source = plan.mode == Mode::Self ? state : parentState;
            for (int c : std::as_const(plan.parentColumns))
                plan.statePositions << int(source.refColumns.indexOf(c));
        }
        fks << plan;
    }
    return true;
}

// The columns of the table's keys and foreign keys.
QSet<ObjectId> keyedColumns(const Table &table)
{
    QSet<ObjectId> keyed;
    for (const Key &key : table.keys) {
        for (const KeyPart &p : key.parts)
            keyed.insert(p.column);
    }
    for (const ForeignKey &fk : table.foreignKeys) {
        for (const ForeignKeyPart &p : fk.parts)
            keyed.insert(p.column);
    }
    return keyed;
}

// Columns: where each one's values come from.
bool Run::planColumns(TablePlan &tablePlan, QString *error) const
{
    using Source = ColumnPlan::Source;
    const Table &table = *tablePlan.table;
    const QString &name = table.name;
    const int node = tablePlan.node;
    const TypeNode *typeNode = tablePlan.typeNode;
    const Key *pk = table.primaryKey();
    const auto inPrimaryKey = [&](ObjectId column) { return pk && pk->contains(column); };
    const QList<ForeignKeyPlan> &fks = tablePlan.fks;
    const QList<int> &owner = tablePlan.owner;
    const QSet<ObjectId> keyed = keyedColumns(table);
    QList<ColumnPlan> &columns = tablePlan.columns;
    for (int i = 0; i < table.columns.size(); ++i) {
        const Column &c = table.columns.at(i);
        ColumnPlan plan;
        plan.column = &c;
        plan.spec.type = TypeMapping::fromDesign(c.datatype);
        plan.spec.unsignedIntegers = m_dialect.hasUnsignedIntegers();
        plan.spec.zoneInTimestamps = m_dialect.timestampsTakeZone();
        plan.spec.hint = hintFor(name, c.name, plan.spec.type);
        const LogicalType &type = plan.spec.type;
        if (type.kind == LogicalType::Kind::Char)
            plan.spec.maxLength = std::max(type.length, 1);
        else if (type.kind == LogicalType::Kind::Varchar || type.kind == LogicalType::Kind::Binary)
            plan.spec.maxLength = type.length >= 0 ? type.length : 255;
        else if (type.kind == LogicalType::Kind::Text)
            // MariaDB keeps a TEXT column of a key as VARCHAR(255).
            plan.spec.maxLength = keyed.contains(c.id) ? 255 : 400;
        if (type.kind == LogicalType::Kind::Enum)
            plan.spec.enumValues = enumValues(type.original);
        plan.subclass = m_subclassColumn.value(c.id, -1);
        plan.nullable = plan.subclass >= 0 ? m_designNullable.value(c.id, true)
                                           : c.nullable && !inPrimaryKey(c.id);
        if (c.computed) {
            plan.source = Source::Default; // a generated column: the engine computes it
        } else if (owner.at(i) >= 0) {
            plan.source = Source::ForeignKey;
            plan.fk = owner.at(i);
            plan.part = int(fks.at(owner.at(i)).columns.indexOf(i));
        } else if (c.autoIncrement || type.serial || (c.generatedByEngine && inPrimaryKey(c.id))) {
            plan.source = Source::AutoIncrement;
        } else if (m_discriminatorColumn.contains(c.id) && typeNode) {
            plan.source = Source::Discriminator;
            for (int t : available(node)) {
                const int length = type.kind == LogicalType::Kind::Char
                        || type.kind == LogicalType::Kind::Varchar
                    ? type.length
                    : -1;
                if (length >= 0 && m_nodes.at(t).identity.size() > length) {
                    *error = tr("The identity \"%1\" of %2 does not fit the discriminator "
                                "%3.%4 (%5).")
                                 .arg(m_nodes.at(t).identity, m_nodes.at(t).name, name, c.name,
                                     c.datatype);
                    return false;
                }
            }
        } else if (!canGenerate(plan.spec)) {
            if (c.nullable && !inPrimaryKey(c.id)) {
                plan.source = Source::Null;
            } else if (!c.defaultValue.isNone() && !c.defaultValue.isNull()) {
                plan.source = Source::Default;
            } else {
                *error = tr("Schemata cannot generate values of the type %1 for %2.%3, which is "
                            "NOT NULL without a default.")
                             .arg(c.datatype, name, c.name);
                return false;
            }
        }
        columns << plan;
    }
    return true;
}

// The columns of each unique key, and an association table's links.
QList<QList<ObjectId>> uniqueColumnSets(const Table &table)
{
    QList<QList<ObjectId>> uniqueSets;
    for (const Key &key : table.keys) {
        if (!key.isUnique())
            continue;
        uniqueSets << QList<ObjectId>();
        for (const KeyPart &p : key.parts)
            uniqueSets.last() << p.column;
    }
    if (isAssociationTable(table)) {
        QList<ObjectId> links;
        for (const ForeignKey &fk : table.foreignKeys) {
            for (const ForeignKeyPart &p : fk.parts)
                links << p.column;
        }
        const bool linksKeyed
            = std::any_of(uniqueSets.cbegin(), uniqueSets.cend(), [&](const QList<ObjectId> &set) {
                  return QSet<ObjectId>(set.cbegin(), set.cend())
                      == QSet<ObjectId>(links.cbegin(), links.cend());
              });
        if (!linksKeyed)
            uniqueSets << links;
    }
    return uniqueSets;
}

// Gives a group of its own to a joined child's key to a parent not filled in this run, drops
// the groups merged into others, and numbers the rest.
void numberGroups(QList<ForeignKeyPlan> &fks, QList<Group> &groups)
{
    for (qsizetype f = 0; f < fks.size(); ++f) {
        if (fks.at(f).childAlone && fks.at(f).group < 0) {
            fks[f].group = int(groups.size());
            Group g;
            g.fks << int(f);
            g.constraints << fks.at(f).columns;
            groups << g;
        }
    }
    groups.erase(std::remove_if(
                     groups.begin(), groups.end(), [](const Group &g) { return g.fks.isEmpty(); }),
        groups.end());
    for (qsizetype g = 0; g < groups.size(); ++g) {
        for (qsizetype i = 0; i < groups.at(g).fks.size(); ++i) {
            fks[groups.at(g).fks.at(i)].group = int(g);
            fks[groups.at(g).fks.at(i)].groupIndex = int(i);
        }
        groups[g].seen.resize(groups.at(g).constraints.size());
    }
}

// Unique keys: a counted column makes a key unique; keys made of foreign keys alone need
// distinct parent keys. An association table's links are distinct whether or not a key
// says so (isAssociationTable: a table of two foreign keys may have none).
void Run::planUniqueKeys(TablePlan &tablePlan) const
{
    using Source = ColumnPlan::Source;
    using Mode = ForeignKeyPlan::Mode;
    QList<ColumnPlan> &columns = tablePlan.columns;
    QList<ForeignKeyPlan> &fks = tablePlan.fks;
    QList<Group> &groups = tablePlan.groups;
    const QList<QList<ObjectId>> uniqueSets = uniqueColumnSets(*tablePlan.table);
    const Table &table = *tablePlan.table;
    for (const QList<ObjectId> &uniqueSet : std::as_const(uniqueSets)) {
        QList<int> keyColumns;
        for (ObjectId id : uniqueSet) {
            const int index = int(table.columnIndex(id));
            if (index >= 0)
                keyColumns << index;
        }
        if (keyColumns.isEmpty())
            continue;
        bool done = false;
        int best = -1;
        QList<int> keyFks;
        for (int index : std::as_const(keyColumns)) {
            const ColumnPlan &plan = columns.at(index);
            switch (plan.source) {
            case Source::AutoIncrement:
            case Source::Unique:
            case Source::Null:
                done = true;
                break;
            case Source::Value:
                if (best < 0 || uniqueCapacity(plan.spec) > uniqueCapacity(columns.at(best).spec))
                    best = index;
                break;
            case Source::ForeignKey:
                if (!keyFks.contains(plan.fk))
                    keyFks << plan.fk;
                break;
            default:
                break;
            }
        }
        if (done)
            continue;
        if (best >= 0) {
            columns[best].source = Source::Unique;
            continue;
        }
        // Foreign keys only.
        const auto covers = [&](const ForeignKeyPlan &plan) {
            return std::all_of(plan.columns.cbegin(), plan.columns.cend(),
                [&](int c) { return keyColumns.contains(c); });
        };
        if (std::any_of(keyFks.cbegin(), keyFks.cend(),
                [&](int f) { return fks.at(f).mode == Mode::Joined && covers(fks.at(f)); }))
            continue; // each parent row is extended once
        if (keyFks.size() == 1 && fks.at(keyFks.first()).mode == Mode::Self) {
            fks[keyFks.first()].mode = Mode::Chain;
            continue;
        }
        bool usable = !keyFks.isEmpty();
        for (int f : std::as_const(keyFks)) {
            const Mode mode = fks.at(f).mode;
            usable = usable && (mode == Mode::Random || mode == Mode::Group);
        }
        if (!usable)
            continue;
        // Merge the groups these foreign keys are in already.
        int target = -1;
        for (int f : std::as_const(keyFks)) {
            const int g = fks.at(f).group;
            if (g >= 0 && target < 0)
                target = g;
            else if (g >= 0 && g != target) {
                for (int moved : std::as_const(groups[g].fks)) {
                    fks[moved].group = target;
                    groups[target].fks << moved;
                }
                groups[target].constraints << groups.at(g).constraints;
                groups[g].fks.clear();
                groups[g].constraints.clear();
            }
        }
        if (target < 0) {
            target = int(groups.size());
            groups << Group();
        }
        for (int f : std::as_const(keyFks)) {
            if (fks.at(f).group != target) {
                fks[f].group = target;
                groups[target].fks << f;
            }
            fks[f].mode = Mode::Group;
        }
        groups[target].constraints << keyColumns;
    }
    numberGroups(fks, groups);
}

// The parent keys to pick from.
bool Run::planPools(TablePlan &tablePlan, qint64 rows, QString *error)
{
    using Mode = ForeignKeyPlan::Mode;
    const Table &table = *tablePlan.table;
    const QString &name = table.name;
    const int node = tablePlan.node;
    QList<ForeignKeyPlan> &fks = tablePlan.fks;
    for (ForeignKeyPlan &plan : fks) {
        if (plan.mode != Mode::Random && plan.mode != Mode::Group)
            continue;
        const TableState &parentState = stateOf(plan.parent->id);
        if (parentState.filled) {
            const qsizetype width = plan.statePositions.size();
            plan.pool.width = int(width);
            const qsizetype stride = parentState.refColumns.size();
            for (qint64 r = 0; r < parentState.rows; ++r) {
                bool complete = true;
                for (int p : std::as_const(plan.statePositions))
                    complete = complete && !parentState.refValues.at(r * stride + p).isNull();
                if (!complete)
                    continue;
                for (int p : std::as_const(plan.statePositions))
                    plan.pool.values << parentState.refValues.at(r * stride + p);
            }
        } else {
            QString discriminator, identity;
            if (plan.childAlone) {
                tablePlan.alone = &plan;
                const int parentNode = m_nodes.at(node).parent;
                const TypeNode &root = m_nodes.at(rootOf(node));
                const Column *column = plan.parent->column(root.discriminator);
                if (column && root.physical == plan.parent->id) {
                    discriminator = column->name;
                    identity = m_nodes.at(parentNode).identity;
                    tablePlan.discriminatorName = discriminator;
                    tablePlan.parentIdentity = identity;
                }
            }
            if (!readPool(plan, discriminator, identity, &plan.pool, error))
                return false;
        }
        if (plan.pool.size() == 0) {
            if (plan.mode == Mode::Random && plan.nullable) {
                plan.mode = Mode::Null;
            } else if (rows > 0) {
                QStringList names;
                for (int c : std::as_const(plan.columns))
                    names << table.columns.at(c).name;
                *error = plan.childAlone && !tablePlan.discriminatorName.isEmpty()
                    ? tr("The table %1 has no rows of the type \"%2\" for %3 to extend; fill "
                         "%1 too, or add rows to it first.")
                          .arg(plan.parent->name, tablePlan.parentIdentity, name)
                    : tr("The table %1 has no rows, and %2.%3 needs one for each row; fill %1 "
                         "too, or add rows to it first.")
                          .arg(plan.parent->name, name, names.join(QStringLiteral(", ")));
                return false;
            }
        }
    }
    return true;
}

bool Run::fillTable(const Table &table, QString *error)
{
    using Source = ColumnPlan::Source;
    using Mode = ForeignKeyPlan::Mode;
    TableState &state = m_states[table.id];
    state.refColumns = m_refColumns.value(table.id);
    TablePlan tablePlan;
    tablePlan.table = &table;
    tablePlan.node = nodeOf(table.id);
    const int node = tablePlan.node;
    tablePlan.typeNode = node >= 0 && !m_nodes.at(node).single ? &m_nodes.at(node) : nullptr;
    const TypeNode *typeNode = tablePlan.typeNode;
    const QString name = table.name;
    Random values(m_seed, name, u"values");
    Random structure(m_seed, name, u"structure");
    if (!planForeignKeys(tablePlan, error) || !planColumns(tablePlan, error))
        return false;
    QList<ForeignKeyPlan> &fks = tablePlan.fks;
    QList<ColumnPlan> &columns = tablePlan.columns;

    planUniqueKeys(tablePlan);
    QList<Group> &groups = tablePlan.groups;
    qint64 rows = m_rows.value(table.id);

    // Where the rows come from: a joined child extends the rows of its parent of its type.
    QList<qint64> rowSource;
    const ForeignKeyPlan *joined = nullptr;
    for (const ForeignKeyPlan &plan : std::as_const(fks)) {
        if (plan.mode == Mode::Joined)
            joined = &plan;
    }
    if (joined) {
        const TableState &parentState = stateOf(joined->parent->id);
        for (qint64 r = 0; r < parentState.rows; ++r) {
            if (inSubtree(parentState.types.value(r, -1), node))
                rowSource << r;
        }
        rows = rowSource.size();
    }

    if (!planPools(tablePlan, rows, error))
        return false;
    const ForeignKeyPlan *alone = tablePlan.alone;
    const QString &discriminatorName = tablePlan.discriminatorName;

    // What exists already: unique values, distinct tuples, and (for a joined child filled
    // alone) the parent rows that have a most specific type already.
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.setNumericalPrecisionPolicy(QSql::HighPrecision);
    if (!query.prepare(QStringLiteral("SELECT COUNT(*) FROM ") + quote(name))
        || !exec(query, name, error))
        return false;
    if (!query.next()) {
        *error = tr("Cannot read %1: %2").arg(name, Connection::errorText(query.lastError()));
        return false;
    }
    const bool hasRows = query.value(0).toLongLong() > 0;
    const auto readTuples
        = [&](const Table &source, const QList<int> &sourceColumns, QSet<QString> *into) {
              QStringList quoted;
              for (int c : sourceColumns)
                  quoted << quote(source.columns.at(c).name);
              if (!query.prepare(QStringLiteral("SELECT ") + quoted.join(QStringLiteral(", "))
                      + QStringLiteral(" FROM ") + quote(source.name))
                  || !exec(query, source.name, error))
                  return false;
              while (query.next()) {
                  QString key;
                  for (int i = 0; i < sourceColumns.size(); ++i)
                      key += keyText(query.value(i)) + u'\x1f';
                  into->insert(key);
              }
              return true;
          };
    if (hasRows) {
        for (ColumnPlan &plan : columns) {
            if (plan.source != Source::Unique)
                continue;
            QSet<QString> keys;
            if (!readTuples(table, {int(table.columnIndex(plan.column->id))}, &keys))
                return false;
            for (const QString &k : std::as_const(keys))
                plan.taken.insert(k.chopped(1));
        }
        for (Group &g : groups) {
            for (qsizetype c = 0; c < g.constraints.size(); ++c) {
                if (!readTuples(table, g.constraints.at(c), &g.seen[c]))
                    return false;
            }
        }
    }
    if (alone) {
        // Siblings' rows are parent rows of another type already.
        Group &g = groups[alone->group];
        // The unique key made of exactly the foreign key's columns (the primary key).
        qsizetype c = -1;
        for (qsizetype i = 0; i < g.constraints.size() && c < 0; ++i) {
            QList<int> sorted = g.constraints.at(i), own = alone->columns;
            std::sort(sorted.begin(), sorted.end());
            std::sort(own.begin(), own.end());
            if (sorted == own)
                c = i;
        }
        for (int sibling : m_nodes.at(m_nodes.at(node).parent).children) {
            const Table *other = m_physical.table(m_nodes.at(sibling).table);
            if (m_nodes.at(sibling).single || !other || other->id == table.id || c < 0)
                continue;
            const ForeignKey *key = nullptr;
            for (const ForeignKey &fk : other->foreignKeys) {
                if (fk.id == m_nodes.at(sibling).joinKey)
                    key = &fk;
            }
            // The sibling's columns that hold the same parent key, in the key's order.
            QList<int> sourceColumns;
            for (int column : g.constraints.at(c)) {
                const int parentColumn = alone->parentColumns.at(alone->columns.indexOf(column));
                for (const ForeignKeyPart &p : key ? key->parts : QList<ForeignKeyPart>()) {
                    if (alone->parent->columnIndex(p.referencedColumn) == parentColumn)
                        sourceColumns << int(other->columnIndex(p.column));
                }
            }
            if (sourceColumns.size() == g.constraints.at(c).size() && !sourceColumns.contains(-1)
                && !readTuples(*other, sourceColumns, &g.seen[c]))
                return false;
        }
    }

    // Distinct tuples for the groups; the table gets as many rows as they allow.
    for (Group &g : groups) {
        sampleGroup(g, fks, rows, structure);
        rows = std::min<qint64>(rows, g.tuples.size());
    }

    // Each row's type: chosen here, or the parent row's.
    if (typeNode) {
        if (joined) {
            const TableState &parentState = stateOf(joined->parent->id);
            for (qint64 r : std::as_const(rowSource))
                state.types << parentState.types.at(r);
        } else {
            const QList<int> types = available(node);
            for (qint64 r = 0; r < rows; ++r)
                state.types << types.at(qsizetype(structure.below(quint64(types.size()))));
        }
    }

    // Unique columns: enough values, and counters past what exists.
    for (ColumnPlan &plan : columns) {
        if (plan.source != Source::Unique)
            continue;
        if (uniqueCapacity(plan.spec) < rows + plan.taken.size()) {
            *error = tr("%1.%2 is unique, but its type %3 cannot hold %n different value(s).",
                nullptr, int(std::min<qint64>(rows, std::numeric_limits<int>::max())))
                         .arg(name, plan.column->name, plan.column->datatype);
            return false;
        }
    }

    // Trees: each row references an earlier one; the first rows are the roots.
    int keptAuto = -1; // the kept column the database numbers, read back after inserting
    for (int i = 0; i < state.refColumns.size(); ++i) {
        if (columns.at(state.refColumns.at(i)).source == Source::AutoIncrement) {
            if (keptAuto >= 0) {
                *error = tr("%1 has more than one column that the database numbers and others "
                            "reference; Schemata cannot tell its rows apart.")
                             .arg(name);
                return false;
            }
            keptAuto = i;
        }
    }
    bool waves = false;
    for (ForeignKeyPlan &plan : fks) {
        if (plan.mode != Mode::Self && plan.mode != Mode::Chain)
            continue;
        const bool numbered = std::any_of(plan.parentColumns.cbegin(), plan.parentColumns.cend(),
            [&](int c) { return columns.at(c).source == Source::AutoIncrement; });
        if (!plan.nullable && numbered && rows > 0) {
            QStringList names;
            for (int c : std::as_const(plan.columns))
                names << table.columns.at(c).name;
            *error = tr("%1.%2 is NOT NULL and references the key the database numbers, so "
                        "the first row cannot reference itself; make the column nullable.")
                         .arg(name, names.join(QStringLiteral(", ")));
            return false;
        }
        waves = waves || numbered;
        const qint64 roots = plan.nullable ? std::max<qint64>(1, (rows + 19) / 20) : 0;
        plan.parentRow.reserve(rows);
        for (qint64 r = 0; r < rows; ++r) {
            if (plan.mode == Mode::Chain)
                plan.parentRow << (r == 0 ? (plan.nullable ? -1 : 0) : r - 1);
            else if (r < roots)
                plan.parentRow << -1;
            else
                plan.parentRow << (r == 0 ? 0 : qint64(structure.below(quint64(r))));
        }
    }
    // Rows referencing rows the database numbers go in waves: roots, then their children...
    QList<qint64> order;
    QList<qint64> waveEnds;
    if (waves) {
        QList<int> depth(rows, 0);
        int deepest = 0;
        for (qint64 r = 0; r < rows; ++r) {
            for (const ForeignKeyPlan &plan : std::as_const(fks)) {
                if ((plan.mode == Mode::Self || plan.mode == Mode::Chain)
                    && plan.parentRow.at(r) >= 0 && plan.parentRow.at(r) != r)
                    depth[r] = std::max(depth.at(r), depth.at(plan.parentRow.at(r)) + 1);
            }
            deepest = std::max(deepest, depth.at(r));
        }
        // Rows by depth, in row order within a depth (a counting sort).
        QList<qint64> starts(deepest + 2, 0);
        for (qint64 r = 0; r < rows; ++r)
            ++starts[depth.at(r) + 1];
        for (int d = 1; d <= deepest + 1; ++d) {
            starts[d] += starts.at(d - 1);
            waveEnds << starts.at(d);
        }
        order.resize(rows);
        for (qint64 r = 0; r < rows; ++r)
            order[starts[depth.at(r)]++] = r;
    } else {
        order.resize(rows);
        std::iota(order.begin(), order.end(), 0);
        waveEnds << rows;
    }

    // The statement.
    QStringList insertNames;
    QList<int> insertedColumns;
    int rowBytes = 0;
    for (int i = 0; i < columns.size(); ++i) {
        const Source source = columns.at(i).source;
        if (source == Source::AutoIncrement || source == Source::Default)
            continue;
        insertNames << table.columns.at(i).name;
        insertedColumns << i;
        rowBytes += estimatedBytes(columns.at(i).spec);
    }
    BatchInserter::Options options;
    options.wantedRows = m_dialect.preferredRowsPerInsert();
    options.rowBytes = rowBytes;
    BatchInserter inserter(m_db, m_dialect, name, insertNames, options);
    const auto insertFailed = [&] {
        *error = tr("Cannot insert into %1: %2").arg(name, inserter.errorText());
        return false;
    };

    const qsizetype stride = state.refColumns.size();
    QList<int> keptPosition(columns.size(), -1);
    for (int k = 0; k < stride; ++k)
        keptPosition[state.refColumns.at(k)] = k;
    state.refValues.resize(rows * stride);
    QSqlQuery readBack(m_db);
    readBack.setForwardOnly(true);
    QVariant lastNumber;
    QString numberedColumn;
    if (keptAuto >= 0) {
        numberedColumn = quote(table.columns.at(state.refColumns.at(keptAuto)).name);
        if (!readBack.prepare(QStringLiteral("SELECT MAX(") + numberedColumn
                + QStringLiteral(") FROM ") + quote(name))
            || !exec(readBack, name, error))
            return false;
        if (!readBack.next()) {
            *error
                = tr("Cannot read %1: %2").arg(name, Connection::errorText(readBack.lastError()));
            return false;
        }
        lastNumber = readBack.value(0);
    }

    QList<QVariant> row(columns.size());
    qsizetype waveStart = 0;
    for (qsizetype w = 0; w < waveEnds.size(); ++w) {
        for (qsizetype o = waveStart; o < waveEnds.at(w); ++o) {
            const qint64 r = order.at(o);
            const int type = state.types.value(r, -1);
            // Values first: a row may reference itself.
            for (int i : std::as_const(insertedColumns)) {
                ColumnPlan &plan = columns[i];
                const bool present = plan.subclass < 0 || inSubtree(type, plan.subclass);
                switch (plan.source) {
                case Source::Value:
                    row[i] = present && !(plan.nullable && values.percent(NullPercent))
                        ? randomValue(plan.spec, values)
                        : nullOf(plan.spec.type);
                    break;
                case Source::Unique:
                    if (!present) {
                        row[i] = nullOf(plan.spec.type);
                        break;
                    }
                    do {
                        row[i] = uniqueValue(plan.spec, values, plan.uniqueNext++);
                    } while (!plan.taken.isEmpty() && plan.taken.contains(keyText(row[i])));
                    break;
                case Source::Discriminator:
                    row[i] = type >= 0 ? QVariant(m_nodes.at(type).identity)
                                       : randomValue(plan.spec, values);
                    break;
                case Source::Null:
                    row[i] = nullOf(plan.spec.type);
                    break;
                default:
                    break;
                }
                if (keptPosition.at(i) >= 0 && plan.source != Source::ForeignKey)
                    state.refValues[r * stride + keptPosition.at(i)] = row.at(i);
            }
            for (qsizetype f = 0; f < fks.size(); ++f) {
                ForeignKeyPlan &plan = fks[f];
                const QVariant *tuple = nullptr; // plan.columns.size() values, or NULL
                QList<QVariant> gathered;
                switch (plan.mode) {
                case Mode::Null:
                    break;
                case Mode::Random:
                    if (!(plan.nullable && values.percent(NullPercent)))
                        tuple = plan.pool.values.constData()
                            + qsizetype(values.below(quint64(plan.pool.size()))) * plan.pool.width;
                    break;
                case Mode::Group:
                    tuple = plan.pool.values.constData()
                        + groups.at(plan.group).tuples.at(r).at(plan.groupIndex) * plan.pool.width;
                    break;
                case Mode::Joined: {
                    const TableState &parentState = stateOf(plan.parent->id);
                    const qsizetype parentStride = parentState.refColumns.size();
                    for (int p : std::as_const(plan.statePositions))
                        gathered << parentState.refValues.at(rowSource.at(r) * parentStride + p);
                    tuple = gathered.constData();
                    break;
                }
                case Mode::Self:
                case Mode::Chain: {
                    const qint64 parentRow = plan.parentRow.at(r);
                    if (parentRow < 0)
                        break;
                    for (int p : std::as_const(plan.statePositions))
                        gathered << state.refValues.at(parentRow * stride + p);
                    tuple = gathered.constData();
                    break;
                }
                }
                if (plan.subclass >= 0 && !inSubtree(type, plan.subclass))
                    tuple = nullptr;
                else if (plan.subclass >= 0 && !plan.subclassNullable && !tuple
                    && plan.pool.size() > 0)
                    tuple = plan.pool.values.constData()
                        + qsizetype(values.below(quint64(plan.pool.size()))) * plan.pool.width;
                for (qsizetype k = 0; k < plan.columns.size(); ++k) {
                    const int column = plan.columns.at(k);
                    row[column] = tuple ? tuple[k] : nullOf(columns.at(column).spec.type);
                    if (keptPosition.at(column) >= 0)
                        state.refValues[r * stride + keptPosition.at(column)] = row.at(column);
                }
            }
            for (int i : std::as_const(insertedColumns))
                inserter.append(row.at(i));
            const int done = inserter.endRow();
            if (done < 0)
                return insertFailed();
            if (done > 0 && !reportProgress(done, error))
                return false;
        }
        const int done = inserter.flush();
        if (done < 0)
            return insertFailed();
        if (done > 0 && !reportProgress(done, error))
            return false;

        // The numbers the database gave this wave's rows, in the order they were inserted.
        if (keptAuto >= 0) {
            const QString sql = QStringLiteral("SELECT ") + numberedColumn
                + QStringLiteral(" FROM ") + quote(name)
                + (lastNumber.isNull()
                        ? QString()
                        : QStringLiteral(" WHERE ") + numberedColumn + QStringLiteral(" > ?"))
                + QStringLiteral(" ORDER BY ") + numberedColumn;
            if (!readBack.prepare(sql)) {
                *error = tr("Cannot read %1: %2")
                             .arg(name, Connection::errorText(readBack.lastError()));
                return false;
            }
            if (!lastNumber.isNull())
                readBack.addBindValue(lastNumber);
            if (!exec(readBack, name, error))
                return false;
            qsizetype o = waveStart;
            while (readBack.next()) {
                if (o < waveEnds.at(w))
                    state.refValues[order.at(o) * stride + keptAuto] = readBack.value(0);
                lastNumber = readBack.value(0);
                ++o;
            }
            if (o != waveEnds.at(w)) {
                *error = tr("The database numbered %1 rows of %2 where %3 were inserted; "
                            "Schemata cannot tell which key belongs to which row.")
                             .arg(o - waveStart)
                             .arg(name)
                             .arg(waveEnds.at(w) - waveStart);
                return false;
            }
        }
        waveStart = waveEnds.at(w);
    }

    // A joined child filled alone: the parent rows it extends now have its type.
    if (alone && !discriminatorName.isEmpty() && rows > 0) {
        QStringList conditions;
        for (int c : std::as_const(alone->parentColumns))
            conditions << quote(alone->parent->columns.at(c).name) + QStringLiteral(" = ?");
        QSqlQuery update(m_db);
        if (!update.prepare(QStringLiteral("UPDATE ") + quote(alone->parent->name)
                + QStringLiteral(" SET ") + quote(discriminatorName) + QStringLiteral(" = ? WHERE ")
                + conditions.join(QStringLiteral(" AND ")))) {
            *error = tr("Cannot update %1: %2")
                         .arg(alone->parent->name, Connection::errorText(update.lastError()));
            return false;
        }
        const Group &g = groups.at(alone->group);
        for (qint64 r = 0; r < rows; ++r) {
            update.bindValue(0, m_nodes.at(state.types.at(r)).identity);
            const qint64 key = g.tuples.at(r).at(alone->groupIndex);
            for (int k = 0; k < alone->pool.width; ++k)
                update.bindValue(k + 1, alone->pool.values.at(key * alone->pool.width + k));
            if (!Sql::exec(update)) {
                *error = tr("Cannot update %1: %2")
                             .arg(alone->parent->name, Connection::errorText(update.lastError()));
                return false;
            }
        }
    }

    state.rows = rows;
    state.filled = true;
    this->inserted << qMakePair(name, rows);
    return true;
}

} // namespace

DataGenerator::DataGenerator(Connection &connection, const Schema &schema)
    : m_connection(connection)
    , m_design(schema)
{
}

bool DataGenerator::fill(QString *error)
{
    m_inserted.clear();
    m_filled.clear();
    Run run(m_connection, m_design, m_seed, m_progress);
    if (!run.prepare(m_tables, m_rows, m_defaultRows, error))
        return false;
    QSqlDatabase db = m_connection.database();
    if (!db.transaction()) {
        *error = tr("Cannot start a transaction: %1").arg(Connection::errorText(db.lastError()));
        return false;
    }
    if (!run.fillAll(error)) {
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        *error = tr("Cannot commit the rows: %1").arg(Connection::errorText(db.lastError()));
        db.rollback();
        return false;
    }
    for (const auto &[table, rows] : std::as_const(run.inserted)) {
        m_inserted.insert(table, rows);
        m_filled << table;
    }
    return true;
}
