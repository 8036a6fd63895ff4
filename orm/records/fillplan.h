#pragma once

#include "typetree.h"
#include "valuegenerator.h"

#include "schema/schema.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QVariant>

class Dialect;

// What the data generator decides about a table before it makes any row, and the phases that
// decide it without a database (DataGenerator's Run reads the database and inserts).
namespace Fill {

// Turns a value into the text a set of taken values holds (NULL and text apart).
QString keyText(const QVariant &value);

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
    ValueGenerator::ValueSpec spec;
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

// A table's plan, built in named phases (Planner's, then Run's reading of parent keys and
// existing rows). It holds pointers into itself: do not copy it once its foreign keys are
// planned.
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
    // A joined child of a parent filled in this run: its key to the parent, and the parent
    // row each row extends.
    const ForeignKeyPlan *joined = nullptr;
    QList<qint64> rowSource;
    qint64 rows = 0; // the rows to make
    int keptAuto = -1; // the kept column the database numbers, read back after inserting
    // The rows in the order they are inserted, in waves (ending at each of waveEnds): a row
    // that references a row the database numbers comes in a wave after it.
    QList<qint64> order;
    QList<qint64> waveEnds;
};

// A table that existing rows of a table's siblings are in, and the columns of theirs that hold
// the parent keys of a joined child filled alone.
struct SiblingKeys
{
    const Table *table = nullptr;
    QList<int> columns;
};

// The phases of a table's plan that need no database.
class Planner
{
    Q_DECLARE_TR_FUNCTIONS(DataGenerator)

public:
    // `filled` holds the tables filled in this run, `states` those filled so far.
    Planner(const Schema &physical, const TypeTree &types, const QSet<ObjectId> &filled,
        const Dialect &dialect, const QHash<ObjectId, TableState> &states);

    // A reference that stays valid while no table state is added.
    const TableState &stateOf(ObjectId table) const;

    // A plan of `rows` rows of `table`, with its place in the type tree.
    TablePlan start(const Table &table, qint64 rows) const;
    // Foreign keys: where each one's values come from.
    bool planForeignKeys(TablePlan &plan, QString *error) const;
    // Columns: where each one's values come from.
    bool planColumns(TablePlan &plan, QString *error) const;
    // Unique keys: the column made unique, or the foreign keys whose parent keys are distinct.
    static void planUniqueKeys(TablePlan &plan);
    // A joined child of a filled parent: one row per parent row of its type.
    void planRowSource(TablePlan &plan) const;
    // A foreign key to a parent filled in this run: the parent's complete keys.
    void poolFromState(ForeignKeyPlan &fk) const;
    // A joined child filled alone: the discriminator that picks its parent's rows of the
    // parent's type, if the parent's rows say their type.
    void planAlone(TablePlan &plan, ForeignKeyPlan &fk) const;
    // After the pools are read: no parent row leaves a foreign key NULL, or is an error.
    bool checkPool(TablePlan &plan, ForeignKeyPlan &fk, QString *error) const;
    // A joined child filled alone: which unique key of its group its parent key is, and where
    // its siblings keep theirs (their rows extend parent rows too).
    static qsizetype aloneConstraint(const TablePlan &plan);
    QList<SiblingKeys> siblingKeys(const TablePlan &plan, qsizetype constraint) const;
    // Distinct tuples for the groups; the table gets as many rows as they allow.
    static void pickGroups(TablePlan &plan, ValueGenerator::Random &structure);
    // Each row's type: chosen here, or the parent row's.
    void pickTypes(
        const TablePlan &plan, TableState &state, ValueGenerator::Random &structure) const;
    // Unique columns: enough values for the rows and those that exist.
    static bool checkUniqueCapacity(const TablePlan &plan, QString *error);
    // Trees: each row references an earlier one; the first rows are the roots. Then the
    // order of the rows and their waves.
    static bool planTrees(TablePlan &plan, const TableState &state,
        ValueGenerator::Random &structure, QString *error);

private:
    bool checkIdentities(const TablePlan &plan, const ColumnPlan &column, QString *error) const;

    const Schema &m_physical;
    const TypeTree &m_types;
    const QSet<ObjectId> &m_filled;
    const Dialect &m_dialect;
    const QHash<ObjectId, TableState> &m_states;
};

// Picks `rows` tuples of parent keys, one per foreign key of the group, that keep every unique
// key of the group distinct (and never pair a row with itself when two foreign keys reference
// the same table); fewer when no more can be found.
void sampleGroup(
    Group &group, const QList<ForeignKeyPlan> &fks, qint64 rows, ValueGenerator::Random &random);

// The referenced row of each of `rows` rows of a Self or Chain foreign key (-1: NULL).
QList<qint64> treeParents(const ForeignKeyPlan &fk, qint64 rows, ValueGenerator::Random &random);

// Rows that reference rows the database numbers go in waves: roots, then their children...
// (by depth in the trees of `fks`, in row order within a depth); else one wave in row order.
void planWaves(const QList<ForeignKeyPlan> &fks, qint64 rows, bool waves, QList<qint64> *order,
    QList<qint64> *waveEnds);

} // namespace Fill
