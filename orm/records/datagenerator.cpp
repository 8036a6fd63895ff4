#include "datagenerator.h"

#include "analysis/tableorder.h"
#include "database/batchinserter.h"
#include "database/connection.h"
#include "database/sqllog.h"
#include "ddl/ddlwriter.h"
#include "dialects/dialect.h"
#include "fillplan.h"
#include "typetree.h"
#include "valuegenerator.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace {

using namespace Fill;
using namespace ValueGenerator;

constexpr int NullPercent = 10; // how often a nullable column is NULL

// The columns the INSERT sets, and where those others reference go in the table's state.
struct InsertLayout
{
    QStringList names;
    QList<int> columns;
    int rowBytes = 0;
    QList<int> keptPosition; // per column, its place among the kept columns (-1: none)
};

InsertLayout insertLayout(const TablePlan &plan, const TableState &state)
{
    using Source = ColumnPlan::Source;
    InsertLayout layout;
    for (int i = 0; i < plan.columns.size(); ++i) {
        const Source source = plan.columns.at(i).source;
        if (source == Source::AutoIncrement || source == Source::Default)
            continue;
        layout.names << plan.table->columns.at(i).name;
        layout.columns << i;
        layout.rowBytes += estimatedBytes(plan.columns.at(i).spec);
    }
    layout.keptPosition = QList<int>(plan.columns.size(), -1);
    for (int k = 0; k < state.refColumns.size(); ++k)
        layout.keptPosition[state.refColumns.at(k)] = k;
    return layout;
}

// The numbers the database gives the kept column it numbers: the query that reads them back,
// and the last number before the rows of the next wave.
struct Numbering
{
    QSqlQuery query;
    QString column;
    QVariant last;
};

// ---------------------------------------------------------------------------------------------
// The run: plans each table and inserts its rows, parents first.

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
        , m_types(m_design, m_physical)
        , m_planner(m_physical, m_types, m_fillSet, m_dialect, m_states)
    {
    }

    bool prepare(const QStringList &tables, const QMap<QString, qint64> &rows, qint64 defaultRows,
        QString *error);
    bool fillAll(QString *error);

    QList<QPair<QString, qint64>> inserted;

private:
    const Table *resolveTable(const QString &name, QString *error) const;
    qint64 estimatedRows(const Table &table) const;
    bool fillTable(const Table &table, QString *error);
    bool planPools(TablePlan &plan, QString *error);
    bool readPool(const ForeignKeyPlan &plan, const QString &discriminator, const QString &identity,
        Pool *pool, QString *error);
    bool readExisting(TablePlan &plan, QString *error);
    bool readTuples(QSqlQuery &query, const Table &source, const QList<int> &sourceColumns,
        QSet<QString> *into, QString *error);
    bool insertRows(TablePlan &plan, TableState &state, Random &values, QString *error);
    void makeRow(TablePlan &plan, TableState &state, const InsertLayout &layout, qint64 r,
        Random &values, QList<QVariant> &row) const;
    const QVariant *foreignKeyTuple(const TablePlan &plan, const ForeignKeyPlan &fk,
        const TableState &state, qint64 r, Random &values, QList<QVariant> &gathered) const;
    bool startNumbering(
        const TablePlan &plan, const TableState &state, Numbering &numbering, QString *error);
    bool readNumbers(const TablePlan &plan, TableState &state, Numbering &numbering,
        qsizetype waveStart, qsizetype waveEnd, QString *error);
    bool markParentTypes(const TablePlan &plan, const TableState &state, QString *error);
    bool exec(QSqlQuery &query, const QString &what, QString *error);
    QString quote(const QString &name) const { return m_dialect.quoteIdentifier(name); }
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
    TypeTree m_types;
    Planner m_planner;

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
            const int node = m_types.nodeOf(t.id);
            const Table *root = node >= 0 ? m_physical.table(m_types.node(node).physical) : nullptr;
            *error = tr("\"%1\" is a single-table subclass; its rows are in \"%2\": name that "
                        "table instead.")
                         .arg(t.name, root ? root->name : QString());
            return nullptr;
        }
    }
    *error = tr("There is no table \"%1\" in the schema.").arg(name);
    return nullptr;
}

qint64 Run::estimatedRows(const Table &table) const
{
    const int node = m_types.nodeOf(table.id);
    if (node < 0 || m_types.node(node).single || m_types.node(node).parent < 0)
        return m_rows.value(table.id);
    // The ancestor that chooses the types of this table's rows.
    int top = node;
    while (m_types.node(top).parent >= 0
        && m_fillSet.contains(m_types.node(m_types.node(top).parent).physical))
        top = m_types.node(top).parent;
    if (top == node)
        return m_rows.value(table.id);
    const QList<int> types = m_types.available(top, m_fillSet);
    const qint64 matching = std::count_if(
        types.cbegin(), types.cend(), [&](int t) { return m_types.inSubtree(t, node); });
    return m_rows.value(m_types.node(top).physical) * matching
        / std::max<qsizetype>(1, types.size());
}

bool Run::prepare(const QStringList &tables, const QMap<QString, qint64> &rows, qint64 defaultRows,
    QString *error)
{
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

// The parent keys to pick from: kept from a parent filled in this run, else read.
bool Run::planPools(TablePlan &plan, QString *error)
{
    using Mode = ForeignKeyPlan::Mode;
    for (ForeignKeyPlan &fk : plan.fks) {
        if (fk.mode != Mode::Random && fk.mode != Mode::Group)
            continue;
        if (m_planner.stateOf(fk.parent->id).filled) {
            m_planner.poolFromState(fk);
        } else {
            if (fk.childAlone)
                m_planner.planAlone(plan, fk);
            const bool byType = fk.childAlone && !plan.discriminatorName.isEmpty();
            if (!readPool(fk, byType ? plan.discriminatorName : QString(),
                    byType ? plan.parentIdentity : QString(), &fk.pool, error))
                return false;
        }
        if (!m_planner.checkPool(plan, fk, error))
            return false;
    }
    return true;
}

// Reads the tuples of `sourceColumns` in `source` into a set of taken keys.
bool Run::readTuples(QSqlQuery &query, const Table &source, const QList<int> &sourceColumns,
    QSet<QString> *into, QString *error)
{
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
}

// What exists already: unique values, distinct tuples, and (for a joined child filled alone)
// the parent rows that have a most specific type already: its siblings' rows.
bool Run::readExisting(TablePlan &plan, QString *error)
{
    using Source = ColumnPlan::Source;
    const Table &table = *plan.table;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.setNumericalPrecisionPolicy(QSql::HighPrecision);
    if (!query.prepare(QStringLiteral("SELECT COUNT(*) FROM ") + quote(table.name))
        || !exec(query, table.name, error))
        return false;
    if (!query.next()) {
        *error = tr("Cannot read %1: %2").arg(table.name, Connection::errorText(query.lastError()));
        return false;
    }
    if (query.value(0).toLongLong() > 0) {
        for (ColumnPlan &column : plan.columns) {
            if (column.source != Source::Unique)
                continue;
            QSet<QString> keys;
            if (!readTuples(
                    query, table, {int(table.columnIndex(column.column->id))}, &keys, error))
                return false;
            for (const QString &k : std::as_const(keys))
                column.taken.insert(k.chopped(1));
        }
        for (Group &g : plan.groups) {
            for (qsizetype c = 0; c < g.constraints.size(); ++c) {
                if (!readTuples(query, table, g.constraints.at(c), &g.seen[c], error))
                    return false;
            }
        }
    }
    const qsizetype c = plan.alone ? Planner::aloneConstraint(plan) : -1;
    if (c < 0)
        return true;
    Group &g = plan.groups[plan.alone->group];
    for (const SiblingKeys &sibling : m_planner.siblingKeys(plan, c)) {
        if (!readTuples(query, *sibling.table, sibling.columns, &g.seen[c], error))
            return false;
    }
    return true;
}

// The parent key a foreign key gives row `r`: plan.columns.size() values, or nullptr for NULL.
const QVariant *Run::foreignKeyTuple(const TablePlan &plan, const ForeignKeyPlan &fk,
    const TableState &state, qint64 r, Random &values, QList<QVariant> &gathered) const
{
    using Mode = ForeignKeyPlan::Mode;
    const QVariant *tuple = nullptr;
    switch (fk.mode) {
    case Mode::Null:
        break;
    case Mode::Random:
        if (!(fk.nullable && values.percent(NullPercent)))
            tuple = fk.pool.values.constData()
                + qsizetype(values.below(quint64(fk.pool.size()))) * fk.pool.width;
        break;
    case Mode::Group:
        tuple = fk.pool.values.constData()
            + plan.groups.at(fk.group).tuples.at(r).at(fk.groupIndex) * fk.pool.width;
        break;
    case Mode::Joined: {
        const TableState &parentState = m_planner.stateOf(fk.parent->id);
        const qsizetype parentStride = parentState.refColumns.size();
        for (int p : std::as_const(fk.statePositions))
            gathered << parentState.refValues.at(plan.rowSource.at(r) * parentStride + p);
        tuple = gathered.constData();
        break;
    }
    case Mode::Self:
    case Mode::Chain: {
        const qint64 parentRow = fk.parentRow.at(r);
        if (parentRow < 0)
            break;
        for (int p : std::as_const(fk.statePositions))
            gathered << state.refValues.at(parentRow * state.refColumns.size() + p);
        tuple = gathered.constData();
        break;
    }
    }
    const int type = state.types.value(r, -1);
    if (fk.subclass >= 0 && !m_types.inSubtree(type, fk.subclass))
        tuple = nullptr;
    else if (fk.subclass >= 0 && !fk.subclassNullable && !tuple && fk.pool.size() > 0)
        tuple = fk.pool.values.constData()
            + qsizetype(values.below(quint64(fk.pool.size()))) * fk.pool.width;
    return tuple;
}

// Row `r`'s values, and those others reference kept in the table's state. Values first: a row
// may reference itself.
void Run::makeRow(TablePlan &plan, TableState &state, const InsertLayout &layout, qint64 r,
    Random &values, QList<QVariant> &row) const
{
    using Source = ColumnPlan::Source;
    const qsizetype stride = state.refColumns.size();
    const int type = state.types.value(r, -1);
    for (int i : layout.columns) {
        ColumnPlan &column = plan.columns[i];
        const bool present = column.subclass < 0 || m_types.inSubtree(type, column.subclass);
        switch (column.source) {
        case Source::Value:
            row[i] = present && !(column.nullable && values.percent(NullPercent))
                ? randomValue(column.spec, values)
                : nullOf(column.spec.type);
            break;
        case Source::Unique:
            if (!present) {
                row[i] = nullOf(column.spec.type);
                break;
            }
            do {
                row[i] = uniqueValue(column.spec, values, column.uniqueNext++);
            } while (!column.taken.isEmpty() && column.taken.contains(keyText(row[i])));
            break;
        case Source::Discriminator:
            row[i] = type >= 0 ? QVariant(m_types.node(type).identity)
                               : randomValue(column.spec, values);
            break;
        case Source::Null:
            row[i] = nullOf(column.spec.type);
            break;
        default:
            break;
        }
        if (layout.keptPosition.at(i) >= 0 && column.source != Source::ForeignKey)
            state.refValues[r * stride + layout.keptPosition.at(i)] = row.at(i);
    }
    for (const ForeignKeyPlan &fk : std::as_const(plan.fks)) {
        QList<QVariant> gathered;
        const QVariant *tuple = foreignKeyTuple(plan, fk, state, r, values, gathered);
        for (qsizetype k = 0; k < fk.columns.size(); ++k) {
            const int column = fk.columns.at(k);
            row[column] = tuple ? tuple[k] : nullOf(plan.columns.at(column).spec.type);
            if (layout.keptPosition.at(column) >= 0)
                state.refValues[r * stride + layout.keptPosition.at(column)] = row.at(column);
        }
    }
}

// The rows, wave by wave; after each wave, the numbers the database gave them.
bool Run::insertRows(TablePlan &plan, TableState &state, Random &values, QString *error)
{
    const QString &name = plan.table->name;
    const InsertLayout layout = insertLayout(plan, state);
    BatchInserter::Options options;
    options.wantedRows = m_dialect.preferredRowsPerInsert();
    options.rowBytes = layout.rowBytes;
    BatchInserter inserter(m_db, m_dialect, name, layout.names, options);
    const auto insertFailed = [&] {
        *error = tr("Cannot insert into %1: %2").arg(name, inserter.errorText());
        return false;
    };
    state.refValues.resize(plan.rows * state.refColumns.size());
    Numbering numbering {QSqlQuery(m_db), QString(), QVariant()};
    if (plan.keptAuto >= 0 && !startNumbering(plan, state, numbering, error))
        return false;

    QList<QVariant> row(plan.columns.size());
    qsizetype waveStart = 0;
    for (const qint64 waveEnd : std::as_const(plan.waveEnds)) {
        for (qsizetype o = waveStart; o < waveEnd; ++o) {
            makeRow(plan, state, layout, plan.order.at(o), values, row);
            for (int i : layout.columns)
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
        if (plan.keptAuto >= 0 && !readNumbers(plan, state, numbering, waveStart, waveEnd, error))
            return false;
        waveStart = waveEnd;
    }
    return true;
}

// The largest number the database gave the column before this run's rows.
bool Run::startNumbering(
    const TablePlan &plan, const TableState &state, Numbering &numbering, QString *error)
{
    const QString &name = plan.table->name;
    QSqlQuery &readBack = numbering.query;
    readBack.setForwardOnly(true);
    numbering.column = quote(plan.table->columns.at(state.refColumns.at(plan.keptAuto)).name);
    if (!readBack.prepare(QStringLiteral("SELECT MAX(") + numbering.column
            + QStringLiteral(") FROM ") + quote(name))
        || !exec(readBack, name, error))
        return false;
    if (!readBack.next()) {
        *error = tr("Cannot read %1: %2").arg(name, Connection::errorText(readBack.lastError()));
        return false;
    }
    numbering.last = readBack.value(0);
    return true;
}

// The numbers the database gave a wave's rows, in the order they were inserted.
bool Run::readNumbers(const TablePlan &plan, TableState &state, Numbering &numbering,
    qsizetype waveStart, qsizetype waveEnd, QString *error)
{
    const QString &name = plan.table->name;
    QSqlQuery &readBack = numbering.query;
    const QString sql = QStringLiteral("SELECT ") + numbering.column + QStringLiteral(" FROM ")
        + quote(name)
        + (numbering.last.isNull()
                ? QString()
                : QStringLiteral(" WHERE ") + numbering.column + QStringLiteral(" > ?"))
        + QStringLiteral(" ORDER BY ") + numbering.column;
    if (!readBack.prepare(sql)) {
        *error = tr("Cannot read %1: %2").arg(name, Connection::errorText(readBack.lastError()));
        return false;
    }
    if (!numbering.last.isNull())
        readBack.addBindValue(numbering.last);
    if (!exec(readBack, name, error))
        return false;
    const qsizetype stride = state.refColumns.size();
    qsizetype o = waveStart;
    while (readBack.next()) {
        if (o < waveEnd)
            state.refValues[plan.order.at(o) * stride + plan.keptAuto] = readBack.value(0);
        numbering.last = readBack.value(0);
        ++o;
    }
    if (o != waveEnd) {
        *error = tr("The database numbered %1 rows of %2 where %3 were inserted; "
                    "Schemata cannot tell which key belongs to which row.")
                     .arg(o - waveStart)
                     .arg(name)
                     .arg(waveEnd - waveStart);
        return false;
    }
    return true;
}

// A joined child filled alone: the parent rows it extends now have its type.
bool Run::markParentTypes(const TablePlan &plan, const TableState &state, QString *error)
{
    const ForeignKeyPlan *alone = plan.alone;
    if (!alone || plan.discriminatorName.isEmpty() || plan.rows <= 0)
        return true;
    QStringList conditions;
    for (int c : std::as_const(alone->parentColumns))
        conditions << quote(alone->parent->columns.at(c).name) + QStringLiteral(" = ?");
    QSqlQuery update(m_db);
    if (!update.prepare(QStringLiteral("UPDATE ") + quote(alone->parent->name)
            + QStringLiteral(" SET ") + quote(plan.discriminatorName)
            + QStringLiteral(" = ? WHERE ") + conditions.join(QStringLiteral(" AND ")))) {
        *error = tr("Cannot update %1: %2")
                     .arg(alone->parent->name, Connection::errorText(update.lastError()));
        return false;
    }
    const Group &g = plan.groups.at(alone->group);
    for (qint64 r = 0; r < plan.rows; ++r) {
        update.bindValue(0, m_types.node(state.types.at(r)).identity);
        const qint64 key = g.tuples.at(r).at(alone->groupIndex);
        for (int k = 0; k < alone->pool.width; ++k)
            update.bindValue(k + 1, alone->pool.values.at(key * alone->pool.width + k));
        if (!Sql::exec(update)) {
            *error = tr("Cannot update %1: %2")
                         .arg(alone->parent->name, Connection::errorText(update.lastError()));
            return false;
        }
    }
    return true;
}

// A table's plan in named phases, then its rows.
bool Run::fillTable(const Table &table, QString *error)
{
    TableState &state = m_states[table.id];
    state.refColumns = m_refColumns.value(table.id);
    TablePlan plan = m_planner.start(table, m_rows.value(table.id));
    Random values(m_seed, table.name, u"values");
    Random structure(m_seed, table.name, u"structure");
    if (!m_planner.planForeignKeys(plan, error) || !m_planner.planColumns(plan, error))
        return false;
    Planner::planUniqueKeys(plan);
    m_planner.planRowSource(plan);
    if (!planPools(plan, error) || !readExisting(plan, error))
        return false;
    Planner::pickGroups(plan, structure);
    m_planner.pickTypes(plan, state, structure);
    if (!Planner::checkUniqueCapacity(plan, error)
        || !Planner::planTrees(plan, state, structure, error))
        return false;
    if (!insertRows(plan, state, values, error) || !markParentTypes(plan, state, error))
        return false;
    state.rows = plan.rows;
    state.filled = true;
    inserted << qMakePair(table.name, plan.rows);
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
