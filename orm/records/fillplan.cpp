#include "fillplan.h"

#include "analysis/relationship.h"
#include "dialects/dialect.h"
#include "sql/typemapping.h"

#include <algorithm>
#include <limits>
#include <numeric>

namespace Fill {

using namespace ValueGenerator;

QString keyText(const QVariant &value)
{
    if (value.isNull())
        return QStringLiteral("\x01");
    if (value.metaType() == QMetaType::fromType<QByteArray>())
        return QString::fromLatin1(value.toByteArray().toHex());
    return value.toString().toCaseFolded();
}

namespace {

using Mode = ForeignKeyPlan::Mode;
using Source = ColumnPlan::Source;

bool inPrimaryKey(const Table &table, ObjectId column)
{
    const Key *pk = table.primaryKey();
    return pk && pk->contains(column);
}

// A foreign key's columns in the table and its parent, its nullability and the single-table
// subclass it belongs to; false when a column is missing.
bool mapForeignKey(const Table &table, const ForeignKey &fk, const TypeTree &types,
    ForeignKeyPlan &plan, QStringList *names)
{
    plan.nullable = true;
    plan.subclass = -2;
    for (const ForeignKeyPart &p : fk.parts) {
        const int column = int(table.columnIndex(p.column));
        const int referenced = int(plan.parent->columnIndex(p.referencedColumn));
        if (column < 0 || referenced < 0)
            break;
        plan.columns << column;
        plan.parentColumns << referenced;
        *names << table.columns.at(column).name;
        const Column &c = table.columns.at(column);
        plan.nullable = plan.nullable && c.nullable && !inPrimaryKey(table, c.id);
        const int subclass = types.subclassOf(c.id);
        plan.subclass = plan.subclass == -2 || plan.subclass == subclass ? subclass : -1;
        if (subclass >= 0)
            plan.subclassNullable = types.designNullable(c.id);
    }
    plan.subclass = std::max(plan.subclass, -1);
    return plan.columns.size() == fk.parts.size();
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

// What values of a column look like.
ValueSpec specFor(const Table &table, const Column &c, bool keyed, const Dialect &dialect)
{
    ValueSpec spec;
    spec.type = TypeMapping::fromDesign(c.datatype);
    spec.unsignedIntegers = dialect.hasUnsignedIntegers();
    spec.zoneInTimestamps = dialect.timestampsTakeZone();
    spec.hint = hintFor(table.name, c.name, spec.type);
    const LogicalType &type = spec.type;
    if (type.kind == LogicalType::Kind::Char)
        spec.maxLength = std::max(type.length, 1);
    else if (type.kind == LogicalType::Kind::Varchar || type.kind == LogicalType::Kind::Binary)
        spec.maxLength = type.length >= 0 ? type.length : 255;
    else if (type.kind == LogicalType::Kind::Text)
        // MariaDB keeps a TEXT column of a key as VARCHAR(255).
        spec.maxLength = keyed ? 255 : 400;
    if (type.kind == LogicalType::Kind::Enum)
        spec.enumValues = enumValues(type.original);
    return spec;
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

// How a unique key is kept: by a column that is unique already (done), by the value column of
// the largest capacity (best), or by its foreign keys.
struct UniqueKeyParts
{
    bool done = false;
    int best = -1;
    QList<int> fks;
};

UniqueKeyParts uniqueKeyParts(const QList<ColumnPlan> &columns, const QList<int> &keyColumns)
{
    UniqueKeyParts parts;
    for (int index : keyColumns) {
        const ColumnPlan &plan = columns.at(index);
        switch (plan.source) {
        case Source::AutoIncrement:
        case Source::Unique:
        case Source::Null:
            parts.done = true;
            break;
        case Source::Value:
            if (parts.best < 0
                || uniqueCapacity(plan.spec) > uniqueCapacity(columns.at(parts.best).spec))
                parts.best = index;
            break;
        case Source::ForeignKey:
            if (!parts.fks.contains(plan.fk))
                parts.fks << plan.fk;
            break;
        default:
            break;
        }
    }
    return parts;
}

// The group the foreign keys of a unique key are in, merging the groups they are in already.
int mergeGroups(QList<ForeignKeyPlan> &fks, QList<Group> &groups, const QList<int> &keyFks)
{
    int target = -1;
    for (int f : keyFks) {
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
    return target;
}

// A unique key made of foreign keys alone: distinct parent keys.
void planForeignKeyKey(TablePlan &plan, const QList<int> &keyColumns, const QList<int> &keyFks)
{
    QList<ForeignKeyPlan> &fks = plan.fks;
    const auto covers = [&](const ForeignKeyPlan &fk) {
        return std::all_of(
            fk.columns.cbegin(), fk.columns.cend(), [&](int c) { return keyColumns.contains(c); });
    };
    if (std::any_of(keyFks.cbegin(), keyFks.cend(),
            [&](int f) { return fks.at(f).mode == Mode::Joined && covers(fks.at(f)); }))
        return; // each parent row is extended once
    if (keyFks.size() == 1 && fks.at(keyFks.first()).mode == Mode::Self) {
        fks[keyFks.first()].mode = Mode::Chain;
        return;
    }
    bool usable = !keyFks.isEmpty();
    for (int f : keyFks) {
        const Mode mode = fks.at(f).mode;
        usable = usable && (mode == Mode::Random || mode == Mode::Group);
    }
    if (!usable)
        return;
    const int target = mergeGroups(fks, plan.groups, keyFks);
    for (int f : keyFks) {
        if (fks.at(f).group != target) {
            fks[f].group = target;
            plan.groups[target].fks << f;
        }
        fks[f].mode = Mode::Group;
    }
    plan.groups[target].constraints << keyColumns;
}

} // namespace

Planner::Planner(const Schema &physical, const TypeTree &types, const QSet<ObjectId> &filled,
    const Dialect &dialect, const QHash<ObjectId, TableState> &states)
    : m_physical(physical)
    , m_types(types)
    , m_filled(filled)
    , m_dialect(dialect)
    , m_states(states)
{
}

const TableState &Planner::stateOf(ObjectId table) const
{
    static const TableState none;
    const auto it = m_states.constFind(table);
    return it == m_states.cend() ? none : it.value();
}

TablePlan Planner::start(const Table &table, qint64 rows) const
{
    TablePlan plan;
    plan.table = &table;
    plan.node = m_types.nodeOf(table.id);
    plan.typeNode
        = plan.node >= 0 && !m_types.node(plan.node).single ? &m_types.node(plan.node) : nullptr;
    plan.rows = rows;
    return plan;
}

bool Planner::planForeignKeys(TablePlan &tablePlan, QString *error) const
{
    const Table &table = *tablePlan.table;
    const QString &name = table.name;
    const TableState &state = stateOf(table.id);
    QList<int> &owner = tablePlan.owner;
    owner = QList<int>(table.columns.size(), -1);
    for (const ForeignKey &fk : table.foreignKeys) {
        const Table *parent = m_physical.table(fk.referencedTable);
        if (!parent || fk.parts.isEmpty())
            continue;
        ForeignKeyPlan plan;
        plan.fk = &fk;
        plan.parent = parent;
        QStringList names;
        if (!mapForeignKey(table, fk, m_types, plan, &names))
            continue;
        const int index = int(tablePlan.fks.size());
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
        } else if (tablePlan.typeNode && tablePlan.typeNode->joinKey == fk.id) {
            plan.mode = parentState.filled ? Mode::Joined : Mode::Group;
            plan.childAlone = !parentState.filled;
        } else if (m_filled.contains(parent->id) && !parentState.filled) {
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
        tablePlan.fks << plan;
    }
    return true;
}

bool Planner::planColumns(TablePlan &tablePlan, QString *error) const
{
    const Table &table = *tablePlan.table;
    const QSet<ObjectId> keyed = keyedColumns(table);
    for (int i = 0; i < table.columns.size(); ++i) {
        const Column &c = table.columns.at(i);
        ColumnPlan plan;
        plan.column = &c;
        plan.spec = specFor(table, c, keyed.contains(c.id), m_dialect);
        plan.subclass = m_types.subclassOf(c.id);
        plan.nullable = plan.subclass >= 0 ? m_types.designNullable(c.id)
                                           : c.nullable && !inPrimaryKey(table, c.id);
        const int owner = tablePlan.owner.at(i);
        if (c.computed) {
            plan.source = Source::Default; // a generated column: the engine computes it
        } else if (owner >= 0) {
            plan.source = Source::ForeignKey;
            plan.fk = owner;
            plan.part = int(tablePlan.fks.at(owner).columns.indexOf(i));
        } else if (c.autoIncrement || plan.spec.type.serial
            || (c.generatedByEngine && inPrimaryKey(table, c.id))) {
            plan.source = Source::AutoIncrement;
        } else if (m_types.isDiscriminator(c.id) && tablePlan.typeNode) {
            plan.source = Source::Discriminator;
            if (!checkIdentities(tablePlan, plan, error))
                return false;
        } else if (!canGenerate(plan.spec)) {
            if (c.nullable && !inPrimaryKey(table, c.id)) {
                plan.source = Source::Null;
            } else if (!c.defaultValue.isNone() && !c.defaultValue.isNull()) {
                plan.source = Source::Default;
            } else {
                *error = tr("Schemata cannot generate values of the type %1 for %2.%3, which is "
                            "NOT NULL without a default.")
                             .arg(c.datatype, table.name, c.name);
                return false;
            }
        }
        tablePlan.columns << plan;
    }
    return true;
}

// The identity of every type a row can take fits the discriminator column.
bool Planner::checkIdentities(const TablePlan &plan, const ColumnPlan &column, QString *error) const
{
    const Column &c = *column.column;
    const LogicalType &type = column.spec.type;
    for (int t : m_types.available(plan.node, m_filled)) {
        const int length
            = type.kind == LogicalType::Kind::Char || type.kind == LogicalType::Kind::Varchar
            ? type.length
            : -1;
        const TypeNode &node = m_types.node(t);
        if (length >= 0 && node.identity.size() > length) {
            *error = tr("The identity \"%1\" of %2 does not fit the discriminator "
                        "%3.%4 (%5).")
                         .arg(node.identity, node.name, plan.table->name, c.name, c.datatype);
            return false;
        }
    }
    return true;
}

// A counted column makes a key unique; keys made of foreign keys alone need distinct parent
// keys. An association table's links are distinct whether or not a key says so
// (isAssociationTable: a table of two foreign keys may have none).
void Planner::planUniqueKeys(TablePlan &plan)
{
    const Table &table = *plan.table;
    for (const QList<ObjectId> &uniqueSet : uniqueColumnSets(table)) {
        QList<int> keyColumns;
        for (ObjectId id : uniqueSet) {
            const int index = int(table.columnIndex(id));
            if (index >= 0)
                keyColumns << index;
        }
        if (keyColumns.isEmpty())
            continue;
        const UniqueKeyParts parts = uniqueKeyParts(plan.columns, keyColumns);
        if (parts.done)
            continue;
        if (parts.best >= 0)
            plan.columns[parts.best].source = Source::Unique;
        else
            planForeignKeyKey(plan, keyColumns, parts.fks);
    }
    numberGroups(plan.fks, plan.groups);
}

void Planner::planRowSource(TablePlan &plan) const
{
    for (const ForeignKeyPlan &fk : std::as_const(plan.fks)) {
        if (fk.mode == Mode::Joined)
            plan.joined = &fk;
    }
    if (!plan.joined)
        return;
    const TableState &parentState = stateOf(plan.joined->parent->id);
    for (qint64 r = 0; r < parentState.rows; ++r) {
        if (m_types.inSubtree(parentState.types.value(r, -1), plan.node))
            plan.rowSource << r;
    }
    plan.rows = plan.rowSource.size();
}

void Planner::poolFromState(ForeignKeyPlan &fk) const
{
    const TableState &parentState = stateOf(fk.parent->id);
    const qsizetype width = fk.statePositions.size();
    fk.pool.width = int(width);
    const qsizetype stride = parentState.refColumns.size();
    for (qint64 r = 0; r < parentState.rows; ++r) {
        bool complete = true;
        for (int p : std::as_const(fk.statePositions))
            complete = complete && !parentState.refValues.at(r * stride + p).isNull();
        if (!complete)
            continue;
        for (int p : std::as_const(fk.statePositions))
            fk.pool.values << parentState.refValues.at(r * stride + p);
    }
}

void Planner::planAlone(TablePlan &plan, ForeignKeyPlan &fk) const
{
    plan.alone = &fk;
    const int parentNode = m_types.node(plan.node).parent;
    const TypeNode &root = m_types.node(m_types.rootOf(plan.node));
    const Column *column = fk.parent->column(root.discriminator);
    if (column && root.physical == fk.parent->id) {
        plan.discriminatorName = column->name;
        plan.parentIdentity = m_types.node(parentNode).identity;
    }
}

bool Planner::checkPool(TablePlan &plan, ForeignKeyPlan &fk, QString *error) const
{
    if (fk.pool.size() > 0)
        return true;
    if (fk.mode == Mode::Random && fk.nullable) {
        fk.mode = Mode::Null;
    } else if (plan.rows > 0) {
        const QString &name = plan.table->name;
        QStringList names;
        for (int c : std::as_const(fk.columns))
            names << plan.table->columns.at(c).name;
        *error = fk.childAlone && !plan.discriminatorName.isEmpty()
            ? tr("The table %1 has no rows of the type \"%2\" for %3 to extend; fill "
                 "%1 too, or add rows to it first.")
                  .arg(fk.parent->name, plan.parentIdentity, name)
            : tr("The table %1 has no rows, and %2.%3 needs one for each row; fill %1 "
                 "too, or add rows to it first.")
                  .arg(fk.parent->name, name, names.join(QStringLiteral(", ")));
        return false;
    }
    return true;
}

// The unique key made of exactly the foreign key's columns (the primary key), or -1.
qsizetype Planner::aloneConstraint(const TablePlan &plan)
{
    const Group &g = plan.groups.at(plan.alone->group);
    for (qsizetype i = 0; i < g.constraints.size(); ++i) {
        QList<int> sorted = g.constraints.at(i), own = plan.alone->columns;
        std::sort(sorted.begin(), sorted.end());
        std::sort(own.begin(), own.end());
        if (sorted == own)
            return i;
    }
    return -1;
}

QList<SiblingKeys> Planner::siblingKeys(const TablePlan &plan, qsizetype constraint) const
{
    QList<SiblingKeys> result;
    const ForeignKeyPlan &alone = *plan.alone;
    const QList<int> &keyColumns = plan.groups.at(alone.group).constraints.at(constraint);
    for (int sibling : m_types.node(m_types.node(plan.node).parent).children) {
        const TypeNode &node = m_types.node(sibling);
        const Table *other = m_physical.table(node.table);
        if (node.single || !other || other->id == plan.table->id)
            continue;
        const ForeignKey *key = nullptr;
        for (const ForeignKey &fk : other->foreignKeys) {
            if (fk.id == node.joinKey)
                key = &fk;
        }
        // The sibling's columns that hold the same parent key, in the key's order.
        QList<int> sourceColumns;
        for (int column : keyColumns) {
            const int parentColumn = alone.parentColumns.at(alone.columns.indexOf(column));
            for (const ForeignKeyPart &p : key ? key->parts : QList<ForeignKeyPart>()) {
                if (alone.parent->columnIndex(p.referencedColumn) == parentColumn)
                    sourceColumns << int(other->columnIndex(p.column));
            }
        }
        if (sourceColumns.size() == keyColumns.size() && !sourceColumns.contains(-1))
            result << SiblingKeys {other, sourceColumns};
    }
    return result;
}

void Planner::pickGroups(TablePlan &plan, Random &structure)
{
    for (Group &g : plan.groups) {
        sampleGroup(g, plan.fks, plan.rows, structure);
        plan.rows = std::min<qint64>(plan.rows, g.tuples.size());
    }
}

void Planner::pickTypes(const TablePlan &plan, TableState &state, Random &structure) const
{
    if (!plan.typeNode)
        return;
    if (plan.joined) {
        const TableState &parentState = stateOf(plan.joined->parent->id);
        for (qint64 r : std::as_const(plan.rowSource))
            state.types << parentState.types.at(r);
    } else {
        const QList<int> types = m_types.available(plan.node, m_filled);
        for (qint64 r = 0; r < plan.rows; ++r)
            state.types << types.at(qsizetype(structure.below(quint64(types.size()))));
    }
}

bool Planner::checkUniqueCapacity(const TablePlan &plan, QString *error)
{
    for (const ColumnPlan &column : plan.columns) {
        if (column.source != Source::Unique)
            continue;
        if (uniqueCapacity(column.spec) < plan.rows + column.taken.size()) {
            *error = tr("%1.%2 is unique, but its type %3 cannot hold %n different value(s).",
                nullptr, int(std::min<qint64>(plan.rows, std::numeric_limits<int>::max())))
                         .arg(plan.table->name, column.column->name, column.column->datatype);
            return false;
        }
    }
    return true;
}

bool Planner::planTrees(TablePlan &plan, const TableState &state, Random &structure, QString *error)
{
    const QString &name = plan.table->name;
    const QList<ColumnPlan> &columns = plan.columns;
    for (int i = 0; i < state.refColumns.size(); ++i) {
        if (columns.at(state.refColumns.at(i)).source == Source::AutoIncrement) {
            if (plan.keptAuto >= 0) {
                *error = tr("%1 has more than one column that the database numbers and others "
                            "reference; Schemata cannot tell its rows apart.")
                             .arg(name);
                return false;
            }
            plan.keptAuto = i;
        }
    }
    bool waves = false;
    for (ForeignKeyPlan &fk : plan.fks) {
        if (fk.mode != Mode::Self && fk.mode != Mode::Chain)
            continue;
        const bool numbered = std::any_of(fk.parentColumns.cbegin(), fk.parentColumns.cend(),
            [&](int c) { return columns.at(c).source == Source::AutoIncrement; });
        if (!fk.nullable && numbered && plan.rows > 0) {
            QStringList names;
            for (int c : std::as_const(fk.columns))
                names << plan.table->columns.at(c).name;
            *error = tr("%1.%2 is NOT NULL and references the key the database numbers, so "
                        "the first row cannot reference itself; make the column nullable.")
                         .arg(name, names.join(QStringLiteral(", ")));
            return false;
        }
        waves = waves || numbered;
        fk.parentRow = treeParents(fk, plan.rows, structure);
    }
    planWaves(plan.fks, plan.rows, waves, &plan.order, &plan.waveEnds);
    return true;
}

namespace {

// Accepts the candidate tuples of a group that keep its unique keys distinct and never pair a
// row with itself, and adds them to the group.
class TupleFilter
{
public:
    TupleFilter(Group &group, const QList<ForeignKeyPlan> &fks)
        : m_group(group)
        , m_fks(fks)
    {
        for (qsizetype a = 0; a < group.fks.size(); ++a) {
            for (qsizetype b = a + 1; b < group.fks.size(); ++b) {
                const ForeignKeyPlan &x = fks.at(group.fks.at(a));
                const ForeignKeyPlan &y = fks.at(group.fks.at(b));
                if (x.parent == y.parent && x.parentColumns == y.parentColumns)
                    m_samePool << qMakePair(int(a), int(b));
            }
        }
    }

    bool accept(const QList<qint64> &tuple)
    {
        for (const auto &[a, b] : std::as_const(m_samePool)) {
            if (tuple.at(a) == tuple.at(b))
                return false;
        }
        QStringList keys;
        for (qsizetype c = 0; c < m_group.constraints.size(); ++c) {
            QString key;
            for (int column : m_group.constraints.at(c))
                key += keyText(valueOf(tuple, column)) + u'\x1f';
            if (m_group.seen.at(c).contains(key))
                return false;
            keys << key;
        }
        for (qsizetype c = 0; c < keys.size(); ++c)
            m_group.seen[c].insert(keys.at(c));
        m_group.tuples << tuple;
        return true;
    }

private:
    // The value of a column of the table under a candidate tuple.
    const QVariant &valueOf(const QList<qint64> &tuple, int column) const
    {
        for (qsizetype g = 0; g < m_group.fks.size(); ++g) {
            const ForeignKeyPlan &plan = m_fks.at(m_group.fks.at(g));
            const qsizetype part = plan.columns.indexOf(column);
            if (part >= 0)
                return plan.pool.values.at(tuple.at(g) * plan.pool.width + part);
        }
        static const QVariant none;
        return none;
    }

    Group &m_group;
    const QList<ForeignKeyPlan> &m_fks;
    QList<QPair<int, int>> m_samePool;
};

// Dense: every tuple of the `total`, in random order.
void sampleDense(Group &group, TupleFilter &filter, const QList<qint64> &sizes, qint64 total,
    qint64 rows, Random &random)
{
    QList<qint64> order(total);
    std::iota(order.begin(), order.end(), 0);
    for (qint64 i = 0; i < total && group.tuples.size() < rows; ++i) {
        const qint64 j = i + qint64(random.below(quint64(total - i)));
        std::swap(order[i], order[j]);
        QList<qint64> tuple(sizes.size());
        qint64 rest = order.at(i);
        for (qsizetype g = 0; g < sizes.size(); ++g) {
            tuple[g] = rest % sizes.at(g);
            rest /= sizes.at(g);
        }
        filter.accept(tuple);
    }
}

// Sparse: draw and retry; give up after many misses in a row.
void sampleSparse(
    Group &group, TupleFilter &filter, const QList<qint64> &sizes, qint64 rows, Random &random)
{
    int misses = 0;
    while (group.tuples.size() < rows && misses < 1000) {
        QList<qint64> tuple(sizes.size());
        for (qsizetype g = 0; g < sizes.size(); ++g)
            tuple[g] = qint64(random.below(quint64(sizes.at(g))));
        misses = filter.accept(tuple) ? 0 : misses + 1;
    }
}

} // namespace

void sampleGroup(Group &group, const QList<ForeignKeyPlan> &fks, qint64 rows, Random &random)
{
    QList<qint64> sizes;
    double space = 1;
    for (int f : std::as_const(group.fks)) {
        sizes << fks.at(f).pool.size();
        space *= double(fks.at(f).pool.size());
    }
    TupleFilter filter(group, fks);
    if (space < 1)
        return;
    if (space <= 2.0 * double(rows) + 16 && space <= 20'000'000)
        sampleDense(group, filter, sizes, qint64(space), rows, random);
    else
        sampleSparse(group, filter, sizes, rows, random);
}

QList<qint64> treeParents(const ForeignKeyPlan &fk, qint64 rows, Random &random)
{
    QList<qint64> parents;
    const qint64 roots = fk.nullable ? std::max<qint64>(1, (rows + 19) / 20) : 0;
    parents.reserve(rows);
    for (qint64 r = 0; r < rows; ++r) {
        if (fk.mode == Mode::Chain)
            parents << (r == 0 ? (fk.nullable ? -1 : 0) : r - 1);
        else if (r < roots)
            parents << -1;
        else
            parents << (r == 0 ? 0 : qint64(random.below(quint64(r))));
    }
    return parents;
}

void planWaves(const QList<ForeignKeyPlan> &fks, qint64 rows, bool waves, QList<qint64> *order,
    QList<qint64> *waveEnds)
{
    order->resize(rows);
    if (!waves) {
        std::iota(order->begin(), order->end(), 0);
        *waveEnds << rows;
        return;
    }
    QList<int> depth(rows, 0);
    int deepest = 0;
    for (qint64 r = 0; r < rows; ++r) {
        for (const ForeignKeyPlan &plan : fks) {
            if ((plan.mode == Mode::Self || plan.mode == Mode::Chain) && plan.parentRow.at(r) >= 0
                && plan.parentRow.at(r) != r)
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
        *waveEnds << starts.at(d);
    }
    for (qint64 r = 0; r < rows; ++r)
        (*order)[starts[depth.at(r)]++] = r;
}

} // namespace Fill
