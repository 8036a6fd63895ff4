#include "designmerge.h"

#include "schemadiff.h"

#include "dialects/dialect.h"

#include <QMap>
#include <QRectF>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <optional>

namespace {

using Kind = SchemaChange::Kind;

// Brings a copy of the design to the database, change by change. Ids: the diff speaks of the
// design's physical tables, which keep the design's ids (a single-table subclass's columns,
// keys and foreign keys sit in its root there, under their own ids), and of the database's.
class Merger
{
public:
    Merger(const Schema &database, const SchemaDiffResult &diff, const DesignMergeOptions &options,
        DesignMergeResult &result)
        : m_database(database)
        , m_options(options)
        , m_result(result)
        , m_merged(result.design)
        , m_keepsComments(!Dialect::forEngine(options.engine).commentsInCreateText())
    {
        for (auto it = diff.pairedTables.cbegin(); it != diff.pairedTables.cend(); ++it)
            m_fromDatabase.insert(it.value(), it.key());
        for (auto it = diff.pairedColumns.cbegin(); it != diff.pairedColumns.cend(); ++it)
            m_fromDatabase.insert(it.value(), it.key());
    }

    void run(const SchemaChanges &changes);

private:
    bool apply(const SchemaChange &change);
    void warn(const QString &text) { m_result.warnings << text; }
    Table *mergedTable(ObjectId id) { return m_merged.table(id); }
    // The table of the merged design that holds a column, key or foreign key.
    Table *owner(ObjectId member);
    Column *mergedColumn(ObjectId id);
    const Table *databaseTable(ObjectId id) const { return m_database.table(id); }
    const Column *databaseColumn(const SchemaChange &change) const;
    // True when `table` is the root of single-table subclasses: a column, key or foreign key the
    // database adds to its physical table may belong to any of them.
    bool hasSingleTableSubclasses(const Table &table) const;
    bool inSingleTableSubclass(ObjectId column);

    void rename(const SchemaChange &change);
    void drop(const SchemaChange &change);
    void dropTable(const SchemaChange &change);
    void addTable(const SchemaChange &change);
    bool addColumn(const SchemaChange &change);
    bool changeColumn(const SchemaChange &change);
    bool addKey(const SchemaChange &change); // or a foreign key
    // The one merged table that holds every column of the database's key or foreign key
    // `member`; nullptr, with a warning, when the design keeps them in several.
    template<typename Member>
    Table *holderOf(const Member &member, const SchemaChange &change);
    // Copies with fresh ids, in the merged design's columns and tables.
    Key copiedKey(const Key &key);
    ForeignKey copiedForeignKey(const ForeignKey &fk);
    void placeAddedTables();
    QSizeF sizeOf(const Table &table) const;

    const Schema &m_database;
    const DesignMergeOptions &m_options;
    DesignMergeResult &m_result;
    Schema &m_merged;
    const bool m_keepsComments;
    QHash<ObjectId, ObjectId> m_fromDatabase; // database table or column -> merged one
    QSet<ObjectId> m_removedTables;
};

Table *Merger::owner(ObjectId member)
{
    const Table *t = m_merged.tableOf(member);
    return t ? m_merged.table(t->id) : nullptr;
}

Column *Merger::mergedColumn(ObjectId id)
{
    Table *t = owner(id);
    return t ? t->column(id) : nullptr;
}

const Column *Merger::databaseColumn(const SchemaChange &change) const
{
    const Table *t = databaseTable(change.targetTable);
    return t ? t->column(change.targetObject) : nullptr;
}

bool Merger::hasSingleTableSubclasses(const Table &table) const
{
    return std::any_of(m_merged.tables().cbegin(), m_merged.tables().cend(), [&](const Table &t) {
        return t.inheritance.kind == Inheritance::Kind::Single && t.inheritance.parent == table.id;
    });
}

bool Merger::inSingleTableSubclass(ObjectId column)
{
    const Table *t = owner(column);
    return t && t->inheritance.kind == Inheritance::Kind::Single;
}

// The design takes the database's name, which is no longer one of its former names.
void Merger::rename(const SchemaChange &change)
{
    const auto renamed = [](auto *object, const QString &name) {
        if (!object)
            return;
        object->name = name;
        object->formerNames.removeAll(name);
    };
    if (change.kind == Kind::RenameTable)
        renamed(mergedTable(change.sourceTable), change.table);
    else
        renamed(mergedColumn(change.sourceObject), change.column);
}

// A column, key or foreign key the database does not have.
void Merger::drop(const SchemaChange &change)
{
    Table *t = owner(change.sourceObject);
    if (!t)
        return;
    const auto hasId = [id = change.sourceObject](const auto &object) { return object.id == id; };
    if (change.kind == Kind::DropColumn)
        t->columns.removeIf(hasId);
    else if (change.kind == Kind::DropKey)
        t->keys.removeIf(hasId);
    else
        t->foreignKeys.removeIf(hasId);
}

void Merger::dropTable(const SchemaChange &change)
{
    m_removedTables.insert(change.sourceTable);
    // A single-table subclass lives in its root's table: it goes with it.
    bool more = true;
    while (more) {
        more = false;
        for (const Table &t : m_merged.tables()) {
            if (t.inheritance.kind == Inheritance::Kind::Single
                && m_removedTables.contains(t.inheritance.parent)
                && !m_removedTables.contains(t.id)) {
                m_removedTables.insert(t.id);
                more = true;
            }
        }
    }
}

void Merger::addTable(const SchemaChange &change)
{
    const Table *from = databaseTable(change.targetTable);
    if (!from)
        return;
    Table table = *from;
    table.id = m_merged.newId();
    table.position = {};
    table.foreignKeys.clear(); // once every table is in (they may reference each other)
    m_fromDatabase.insert(from->id, table.id);
    for (Column &c : table.columns) {
        const ObjectId old = c.id;
        c.id = m_merged.newId();
        m_fromDatabase.insert(old, c.id);
    }
    for (Key &k : table.keys)
        k = copiedKey(k);
    m_merged.tables().append(table);
    m_result.addedTables << table.id;
}

bool Merger::addColumn(const SchemaChange &change)
{
    const Table *from = databaseTable(change.targetTable);
    const Column *column = databaseColumn(change);
    Table *table = mergedTable(m_fromDatabase.value(change.targetTable, NoObject));
    if (!from || !column || !table)
        return false;
    if (hasSingleTableSubclasses(*table)) {
        warn(DesignMerge::tr("Column %1.%2 was added to %1, the table its single-table "
                             "subclasses share; move it to a subclass if it is one's.")
                 .arg(table->name, column->name));
    }
    Column copy = *column;
    copy.id = m_merged.newId();
    // After the column that comes before it in the database, where this table has that one.
    qsizetype at = 0;
    for (qsizetype i = from->columnIndex(column->id) - 1; i >= 0; --i) {
        const qsizetype here
            = table->columnIndex(m_fromDatabase.value(from->columns.at(i).id, NoObject));
        if (here >= 0) {
            at = here + 1;
            break;
        }
    }
    table->columns.insert(at, copy);
    m_fromDatabase.insert(column->id, copy.id);
    return true;
}

bool Merger::changeColumn(const SchemaChange &change)
{
    Column *column = mergedColumn(change.sourceObject);
    const Column *from = databaseColumn(change);
    if (!column || !from)
        return false;
    switch (change.kind) {
    case Kind::ChangeType:
        column->datatype = from->datatype;
        break;
    case Kind::ChangeNullable:
        // A single-table subclass's columns are nullable in the shared table whatever the
        // design says: NOT NULL there has no place in the design.
        if (!from->nullable && inSingleTableSubclass(column->id)) {
            warn(DesignMerge::tr("Column %1 is NOT NULL in the database, but the design has it "
                                 "in a single-table subclass, where it must be nullable; it "
                                 "was left as it is.")
                     .arg(change.subject()));
            return false;
        }
        column->setNullable(from->nullable);
        break;
    case Kind::ChangeDefault:
        column->defaultValue = from->defaultValue;
        break;
    case Kind::ChangeAutoIncrement:
        column->autoIncrement = from->autoIncrement;
        break;
    case Kind::ChangeColumnComment:
        if (!m_keepsComments)
            return false;
        column->comment = from->comment;
        break;
    default:
        return false;
    }
    return true;
}

// The key or foreign key of `members` with this id, or nullptr.
template<typename Member>
const Member *memberWithId(const QList<Member> &members, ObjectId id)
{
    const auto it = std::find_if(
        members.cbegin(), members.cend(), [id](const Member &m) { return m.id == id; });
    return it == members.cend() ? nullptr : &*it;
}

template<typename Member>
Table *Merger::holderOf(const Member &member, const SchemaChange &change)
{
    Table *holder = nullptr;
    for (const auto &part : member.parts) {
        Table *t = owner(m_fromDatabase.value(part.column, NoObject));
        if (!t || (holder && holder != t)) {
            warn(DesignMerge::tr("Not merged: %1. The design keeps its columns in different "
                                 "tables (single-table inheritance).")
                     .arg(change.describe()));
            return nullptr;
        }
        holder = t;
    }
    return holder;
}

Key Merger::copiedKey(const Key &key)
{
    Key copy = key;
    copy.id = m_merged.newId();
    for (KeyPart &part : copy.parts)
        part.column = m_fromDatabase.value(part.column, NoObject);
    return copy;
}

ForeignKey Merger::copiedForeignKey(const ForeignKey &fk)
{
    ForeignKey copy = fk;
    copy.id = m_merged.newId();
    copy.referencedTable = m_fromDatabase.value(fk.referencedTable, NoObject);
    if (const Table *referenced = m_merged.table(copy.referencedTable))
        copy.referencedTableName = referenced->name;
    for (ForeignKeyPart &part : copy.parts) {
        part.column = m_fromDatabase.value(part.column, NoObject);
        const ObjectId referenced = m_fromDatabase.value(part.referencedColumn, NoObject);
        if (referenced == NoObject)
            part.referencedColumnName = m_database.referencedColumnName(fk, part);
        part.referencedColumn = referenced;
    }
    return copy;
}

// A key or foreign key of the database, in the table of the design that has its columns.
bool Merger::addKey(const SchemaChange &change)
{
    const Table *from = databaseTable(change.targetTable);
    if (!from)
        return false;
    const auto add = [&](const auto &members, auto list, auto copied) {
        const auto *member = memberWithId(members, change.targetObject);
        Table *table = member ? holderOf(*member, change) : nullptr;
        if (table)
            (table->*list) << (this->*copied)(*member);
        return table != nullptr;
    };
    return change.kind == Kind::AddKey
        ? add(from->keys, &Table::keys, &Merger::copiedKey)
        : add(from->foreignKeys, &Table::foreignKeys, &Merger::copiedForeignKey);
}

bool Merger::apply(const SchemaChange &change)
{
    switch (change.kind) {
    case Kind::RenameTable:
    case Kind::RenameColumn:
        rename(change);
        return true;
    case Kind::DropKey:
    case Kind::DropForeignKey:
    case Kind::DropColumn:
        drop(change);
        return true;
    case Kind::DropTable:
        dropTable(change); // named either way, so that the window can ask
        return m_options.dropTables;
    case Kind::AddTable:
        addTable(change);
        return true;
    case Kind::AddColumn:
        return addColumn(change);
    case Kind::ChangeType:
    case Kind::ChangeNullable:
    case Kind::ChangeDefault:
    case Kind::ChangeAutoIncrement:
    case Kind::ChangeColumnComment:
        return changeColumn(change);
    case Kind::AddKey:
    case Kind::AddForeignKey:
        return addKey(change);
    case Kind::ChangeTableComment:
        if (!m_keepsComments)
            return false;
        if (Table *t = mergedTable(change.sourceTable))
            t->comment = change.after;
        return true;
    case Kind::ChangeInheritance:
        return false; // only between designs compared as written
    }
    return false;
}

// The order that lets each step find what it needs: names first (the diff speaks in the
// database's), drops before adds, tables before the columns they get, columns before keys.
int applyOrder(Kind kind)
{
    switch (kind) {
    case Kind::RenameTable:
    case Kind::RenameColumn:
        return 0;
    case Kind::DropKey:
    case Kind::DropForeignKey:
        return 1;
    case Kind::DropColumn:
        return 2;
    case Kind::DropTable:
        return 3;
    case Kind::AddTable:
        return 4;
    case Kind::AddColumn:
        return 5;
    case Kind::AddKey:
    case Kind::AddForeignKey:
        return 7;
    default:
        return 6;
    }
}

void Merger::run(const SchemaChanges &changes)
{
    QList<const SchemaChange *> ordered;
    for (const SchemaChange &c : changes)
        ordered << &c;
    // New columns in the database's order, so that each finds the one before it.
    const auto columnIndex = [&](const SchemaChange *c) {
        const Table *t = databaseTable(c->targetTable);
        return t && c->kind == Kind::AddColumn ? t->columnIndex(c->targetObject) : -1;
    };
    std::stable_sort(ordered.begin(), ordered.end(),
        [&](const SchemaChange *a, const SchemaChange *b) {
            if (applyOrder(a->kind) != applyOrder(b->kind))
                return applyOrder(a->kind) < applyOrder(b->kind);
            return columnIndex(a) < columnIndex(b);
        });
    QSet<const SchemaChange *> applied;
    for (const SchemaChange *c : std::as_const(ordered)) {
        if (apply(*c))
            applied.insert(c);
    }
    // The new tables' foreign keys, once every table they may reference is in.
    for (const ObjectId id : std::as_const(m_result.addedTables)) {
        Table *table = m_merged.table(id);
        const Table *from = databaseTable(m_fromDatabase.key(id));
        for (const ForeignKey &fk : from->foreignKeys)
            table->foreignKeys << copiedForeignKey(fk);
    }
    QList<Table> &tables = m_merged.tables();
    for (const Table &t : std::as_const(tables)) {
        if (m_removedTables.contains(t.id))
            m_result.droppedTables << t.name;
    }
    if (m_options.dropTables)
        tables.removeIf([&](const Table &t) { return m_removedTables.contains(t.id); });
    placeAddedTables();
    for (const SchemaChange &c : changes) {
        if (applied.contains(&c))
            m_result.changes << c;
    }
}

QSizeF Merger::sizeOf(const Table &table) const
{
    const QSizeF size = m_options.sizes.value(table.id);
    return size.isEmpty() ? DesignMerge::estimatedSize(table) : size;
}

// Each new table goes next to a table it references or that references it (the first of them
// in the design's order), at the free place nearest to its right; a table without neighbours
// goes to the right of the whole diagram. No table is put on another, or on a note.
void Merger::placeAddedTables()
{
    const QSet<ObjectId> added(m_result.addedTables.cbegin(), m_result.addedTables.cend());
    QList<QRectF> taken;
    QHash<ObjectId, QRectF> placed;
    for (const Table &t : m_merged.tables()) {
        if (!added.contains(t.id)) {
            placed.insert(t.id, QRectF(t.position, sizeOf(t)));
            taken << placed.value(t.id);
        }
    }
    for (const Note &note : m_merged.notes())
        taken << note.geometry;
    const qreal gap = m_options.spacing;
    const auto isFree = [&](const QRectF &rect) {
        const QRectF around = rect.adjusted(-gap + 1, -gap + 1, gap - 1, gap - 1);
        return std::none_of(taken.cbegin(), taken.cend(),
            [&](const QRectF &other) { return around.intersects(other); });
    };
    const auto freeEdge = [&] {
        QRectF bounds;
        for (const QRectF &r : std::as_const(taken))
            bounds = bounds.isNull() ? r : bounds.united(r);
        return bounds.isNull() ? QPointF(0, 0)
                               : QPointF(std::ceil(bounds.right() + gap), std::round(bounds.top()));
    };
    // Rings of a grid around the wanted place, nearest first.
    const auto nearestFree = [&](QPointF wanted, const QSizeF &size) {
        const qreal step = gap / 2;
        constexpr int Rings = 60;
        for (int ring = 0; ring <= Rings; ++ring) {
            std::optional<QPointF> best;
            qreal bestDistance = 0;
            for (int i = -ring; i <= ring; ++i) {
                for (int j = -ring; j <= ring; ++j) {
                    if (std::max(std::abs(i), std::abs(j)) != ring)
                        continue;
                    const QPointF at = wanted + QPointF(i * step, j * step);
                    const qreal distance = i * i + j * j;
                    if ((!best || distance < bestDistance) && isFree(QRectF(at, size))) {
                        best = at;
                        bestDistance = distance;
                    }
                }
            }
            if (best)
                return *best;
        }
        return freeEdge();
    };
    for (const ObjectId id : std::as_const(m_result.addedTables)) {
        Table *table = m_merged.table(id);
        const QSizeF size = sizeOf(*table);
        // Its neighbours already on the diagram, in the design's order.
        const Table *neighbour = nullptr;
        for (const Table &t : m_merged.tables()) {
            if (!placed.contains(t.id) || t.id == id)
                continue;
            const bool references = std::any_of(table->foreignKeys.cbegin(),
                table->foreignKeys.cend(),
                [&](const ForeignKey &fk) { return fk.referencedTable == t.id; });
            const bool referenced = std::any_of(t.foreignKeys.cbegin(), t.foreignKeys.cend(),
                [&](const ForeignKey &fk) { return fk.referencedTable == id; });
            if (references || referenced) {
                neighbour = &t;
                break;
            }
        }
        QPointF at;
        if (neighbour) {
            const QRectF next = placed.value(neighbour->id);
            at = nearestFree(
                QPointF(std::ceil(next.right() + gap), std::round(next.top())), size);
        } else {
            at = freeEdge();
        }
        table->position = at;
        placed.insert(id, QRectF(at, size));
        taken << placed.value(id);
    }
}

// Where the design and the database each have tables or columns the other lacks, a rename made
// in the database is among the possibilities: nothing records it, so it is a drop and an add.
QStringList possibleRenames(const SchemaChanges &changes)
{
    QStringList notes;
    QStringList droppedTables, addedTables;
    QMap<QString, QStringList> droppedColumns, addedColumns; // by table, in order
    for (const SchemaChange &c : changes) {
        if (c.kind == Kind::DropTable)
            droppedTables << c.table;
        else if (c.kind == Kind::AddTable)
            addedTables << c.table;
        else if (c.kind == Kind::DropColumn)
            droppedColumns[c.table] << c.column;
        else if (c.kind == Kind::AddColumn)
            addedColumns[c.table] << c.column;
    }
    const QString separator = QStringLiteral(", ");
    if (!droppedTables.isEmpty() && !addedTables.isEmpty()) {
        notes << DesignMerge::tr("Tables gone from the database: %1; new in it: %2. A table "
                                 "renamed in the database is recorded nowhere, so it shows as a "
                                 "drop and an add.")
                     .arg(droppedTables.join(separator), addedTables.join(separator));
    }
    for (auto it = droppedColumns.cbegin(); it != droppedColumns.cend(); ++it) {
        const QStringList added = addedColumns.value(it.key());
        if (added.isEmpty())
            continue;
        notes << DesignMerge::tr("Columns of %1 gone from the database: %2; new in it: %3. A "
                                 "column renamed in the database is recorded nowhere, so it shows "
                                 "as a drop and an add.")
                     .arg(it.key(), it.value().join(separator), added.join(separator));
    }
    return notes;
}

} // namespace

QSizeF DesignMerge::estimatedSize(const Table &table)
{
    return QSizeF(200, 24 + 18 * double(table.columns.size()));
}

DesignMergeResult DesignMerge::merge(
    const Schema &design, const Schema &database, const DesignMergeOptions &options)
{
    DesignMergeResult result;
    result.design = design;
    // Every table of the database belongs in the updated design, and none of the design's
    // stays that the database lacks: nothing is left alone as unmanaged.
    DiffOptions diffOptions = DiffOptions::forEngine(options.engine, options.tableNamesIgnoreCase);
    diffOptions.unmanagedSide = DiffOptions::DatabaseSide::None;
    const SchemaDiffResult diff = SchemaDiff::compare(design, database, diffOptions);
    result.warnings = diff.warnings;
    if (!diff.ok()) {
        result.errors = diff.errors;
        return result;
    }
    if (diff.isEmpty())
        return result;
    Merger(database, diff, options, result).run(diff.changes);
    result.warnings << possibleRenames(result.changes);
    return result;
}
