#include "migrationplan.h"

#include "analysis/tableorder.h"
#include "ddl/ddlwriter.h"
#include "dialects/dialect.h"
#include "dialects/sqlitetableparser.h"
#include "schema/schema.h"
#include "sql/typemapping.h"

#include <QHash>
#include <QSet>

#include <algorithm>

bool MigrationPlan::losesData() const
{
    return std::any_of(
        steps.cbegin(), steps.cend(), [](const MigrationStep &s) { return s.losesData; });
}

QString MigrationPlan::script() const
{
    QStringList out;
    if (foreignKeysOff)
        out << QStringLiteral("PRAGMA foreign_keys = OFF;");
    if (transactional && !steps.isEmpty())
        out << QStringLiteral("BEGIN;");
    for (const MigrationStep &step : steps) {
        out << QString();
        out << QStringLiteral("-- ") + step.description;
        for (const QString &statement : step.statements)
            out << statement + u';';
    }
    if (foreignKeysOff)
        out << QString() << QStringLiteral("PRAGMA foreign_key_check;");
    if (transactional && !steps.isEmpty())
        out << QString() << QStringLiteral("COMMIT;");
    if (foreignKeysOff)
        out << QStringLiteral("PRAGMA foreign_keys = ON;");
    return out.join(u'\n') + u'\n';
}

namespace {

using Kind = SchemaChange::Kind;

// One side of the migration: the schema as the database holds it, and what DdlWriter makes of
// it (names and definitions of every column, key and foreign key).
struct Side
{
    Side(const Dialect &dialect, const Schema &schema)
        : physical(DdlWriter::physicalSchema(schema))
        , script(DdlWriter(dialect).write(schema))
    {
    }
    const Schema physical;
    const DdlScript script;
};

class Planner
{
    Q_DECLARE_TR_FUNCTIONS(MigrationPlanner)

public:
    Planner(const Dialect &dialect, const Schema &source, const Schema &target,
        const SchemaDiffResult &diff, const QList<SqliteObject> &objects)
        : d(dialect)
        , m_source(dialect, source)
        , m_target(dialect, target)
        , m_diff(diff)
        , m_objects(objects)
    {
    }

    MigrationPlan plan();

private:
    QString q(const QString &name) const { return d.quoteIdentifier(name); }
    const Table *sourceTable(ObjectId id) const { return m_source.physical.table(id); }
    const Table *targetTable(ObjectId id) const { return m_target.physical.table(id); }
    // The source's name of a target column of a paired table; empty for a new column.
    QString sourceColumnName(const SchemaChange &tableChange, ObjectId targetColumn) const;
    QString sourceTableName(ObjectId targetTable) const;
    bool needsRebuild(const QList<const SchemaChange *> &changes) const;
    bool addsNatively(const SchemaChange &change) const;
    bool dropsNatively(const SchemaChange &change) const;
    void dropConstraints(const QList<const SchemaChange *> &changes);
    // MariaDB: the unchanged foreign keys that name a column whose type changes, dropped
    // before the change and added again after it.
    struct HeldForeignKey
    {
        QString text; // "kids (parent_id) -> parents (id)"
        QString sourceTable;
        DdlScript::ConstraintFacts source;
        QString targetTable;
        DdlScript::ConstraintFacts target;
    };
    QList<HeldForeignKey> foreignKeysInTheWay(const QList<const SchemaChange *> &typeChanges) const;
    void holdForeignKeys(const QList<HeldForeignKey> &held);
    void restoreForeignKeys(const QList<HeldForeignKey> &held);
    void rename(const QList<const SchemaChange *> &changes);
    void addTables();
    void changeColumns(const QList<const SchemaChange *> &changes);
    void dropColumns(const QList<const SchemaChange *> &changes);
    void addConstraints(const QList<const SchemaChange *> &changes);
    void rebuild(const QList<const SchemaChange *> &changes);
    void dropTables();
    void addCheck(const SchemaChange &change);
    QStringList keyColumns(const Table &source) const;
    void checkRows(const SchemaChange &change, const QString &description,
        const QString &condition, const QString &shown);
    QString misfitCondition(const LogicalType &to, const QString &value) const;
    void checkUnique(const SchemaChange &change);
    void checkForeignKey(const SchemaChange &change);
    MigrationStep &step(const QString &description)
    {
        m_plan.steps.append(MigrationStep {description, {}, {}, false, {}, {}});
        return m_plan.steps.last();
    }

    const Dialect &d;
    const Side m_source;
    const Side m_target;
    const SchemaDiffResult &m_diff;
    const QList<SqliteObject> &m_objects;
    MigrationPlan m_plan;
    QList<const SqliteObject *> m_droppedObjects; // views and triggers, recreated at the end
};

QString Planner::sourceTableName(ObjectId targetTableId) const
{
    for (const SchemaChange &c : m_diff.changes) {
        if (c.targetTable == targetTableId && c.sourceTable != NoObject) {
            if (const Table *t = sourceTable(c.sourceTable))
                return t->name;
        }
    }
    const Table *t = targetTable(targetTableId);
    if (!t)
        return {};
    // Unchanged tables have no change to name them: the same name, as the diff paired them.
    for (const Table &s : m_source.physical.tables()) {
        if (s.name.compare(t->name, Qt::CaseInsensitive) == 0)
            return s.name;
    }
    return {};
}

QString Planner::sourceColumnName(const SchemaChange &tableChange, ObjectId targetColumn) const
{
    for (const SchemaChange &c : m_diff.changes) {
        if (c.kind == Kind::RenameColumn && c.targetObject == targetColumn)
            return c.oldColumn;
        if (c.kind == Kind::AddColumn && c.targetObject == targetColumn)
            return {};
    }
    const Table *target = targetTable(tableChange.targetTable);
    const Column *column = target ? target->column(targetColumn) : nullptr;
    const Table *source = sourceTable(tableChange.sourceTable);
    if (!column || !source)
        return {};
    for (const Column &c : source->columns) {
        if (c.name.compare(column->name, Qt::CaseInsensitive) == 0)
            return c.name;
    }
    return {};
}

// SQLite's ADD COLUMN refuses a non-constant default, PRIMARY KEY or UNIQUE, NOT NULL without
// a default, and REFERENCES with a non-NULL default.
bool Planner::addsNatively(const SchemaChange &change) const
{
    const DdlScript::ColumnFacts facts = m_target.script.columnFacts.value(change.targetObject);
    if (facts.numbered || (facts.notNull && facts.defaultSql.isEmpty()))
        return false;
    const QString value = facts.defaultSql.toUpper();
    if (value.startsWith(u'(') || value.startsWith(QStringLiteral("CURRENT_")))
        return false;
    const Table *t = targetTable(change.targetTable);
    for (const Key &k : t->keys) {
        if (k.contains(change.targetObject) && k.isUnique())
            return false;
    }
    for (const ForeignKey &fk : t->foreignKeys) {
        for (const ForeignKeyPart &p : fk.parts) {
            if (p.column == change.targetObject && !facts.defaultSql.isEmpty())
                return false;
        }
    }
    return true;
}

// SQLite's DROP COLUMN refuses a column used by an index, a key, a foreign key, a view, a
// trigger, a CHECK or a generated column.
bool Planner::dropsNatively(const SchemaChange &change) const
{
    const Table *t = sourceTable(change.sourceTable);
    for (const Key &k : t->keys) {
        if (k.contains(change.sourceObject))
            return false;
    }
    for (const Table &other : m_source.physical.tables()) {
        for (const ForeignKey &fk : other.foreignKeys) {
            for (const ForeignKeyPart &p : fk.parts) {
                if ((other.id == t->id && p.column == change.sourceObject)
                    || p.referencedColumn == change.sourceObject)
                    return false;
            }
        }
    }
    for (const SqliteObject &o : m_objects) {
        if (o.type == u"index" && o.table.compare(t->name, Qt::CaseInsensitive) != 0)
            continue; // an index names its own table's columns only
        // A mention anywhere is enough to take the safe way.
        if ((o.type != u"table" || o.name.compare(t->name, Qt::CaseInsensitive) == 0)
            && o.sql.contains(change.column, Qt::CaseInsensitive)
            && (o.type != u"table" || o.sql.contains(QStringLiteral("CHECK"), Qt::CaseInsensitive)
                || o.sql.contains(QStringLiteral("GENERATED"), Qt::CaseInsensitive)))
            return false;
    }
    return true;
}

bool Planner::needsRebuild(const QList<const SchemaChange *> &changes) const
{
    if (d.altersConstraints())
        return false;
    for (const SchemaChange *c : changes) {
        switch (c->kind) {
        case Kind::AddColumn:
            if (!addsNatively(*c))
                return true;
            break;
        case Kind::DropColumn:
            if (!dropsNatively(*c))
                return true;
            break;
        case Kind::AddKey:
            if (m_target.script.keyTypes.value(c->targetObject) == Key::Primary)
                return true;
            break;
        case Kind::DropKey: {
            const QString type = m_source.script.keyTypes.value(c->sourceObject);
            if (type == Key::Primary)
                return true;
            if (type == Key::Unique) {
                // A UNIQUE constraint's index cannot be dropped; one made by CREATE UNIQUE
                // INDEX can.
                const QString name = m_source.script.constraints.value(c->sourceObject).name;
                const bool index = std::any_of(m_objects.cbegin(), m_objects.cend(),
                    [&](const SqliteObject &o) { return o.type == u"index" && o.name == name; });
                if (!index)
                    return true;
            }
            break;
        }
        case Kind::RenameTable:
        case Kind::RenameColumn:
            break;
        default:
            return true;
        }
    }
    return false;
}

void Planner::dropConstraints(const QList<const SchemaChange *> &changes)
{
    for (const SchemaChange *c : changes) {
        const DdlScript::ConstraintFacts facts = m_source.script.constraints.value(c->sourceObject);
        const QString table = sourceTable(c->sourceTable)->name;
        if (c->kind == Kind::DropForeignKey) {
            MigrationStep &s = step(c->describe());
            s.statements << d.dropForeignKeySql(table, facts.name);
            s.undo << d.addConstraintSql(table, facts.sql);
        } else if (c->kind == Kind::DropKey) {
            const QString type = m_source.script.keyTypes.value(c->sourceObject);
            MigrationStep &s = step(c->describe());
            s.statements << (d.altersConstraints() || type != Key::Unique
                    ? d.dropKeySql(table, type, facts.name)
                    : QStringLiteral("DROP INDEX ") + q(facts.name));
            s.undo << (type == Key::Index || type == Key::Fulltext
                    ? facts.sql
                    : d.addConstraintSql(table, facts.sql));
        }
    }
}

QList<Planner::HeldForeignKey> Planner::foreignKeysInTheWay(
    const QList<const SchemaChange *> &typeChanges) const
{
    QList<HeldForeignKey> held;
    if (!d.typeChangeNeedsForeignKeysDropped() || typeChanges.isEmpty())
        return held;
    QSet<ObjectId> changing; // target columns
    for (const SchemaChange *c : typeChanges)
        changing.insert(c->targetObject);
    QSet<ObjectId> added; // foreign keys the plan adds anyway, after the columns change
    for (const SchemaChange &c : m_diff.changes) {
        if (c.kind == Kind::AddForeignKey)
            added.insert(c.targetObject);
    }
    for (const Table &t : m_target.physical.tables()) {
        const QString sourceName = sourceTableName(t.id);
        const Table *source = sourceName.isEmpty() ? nullptr : m_source.physical.tableByName(sourceName);
        if (!source)
            continue; // a new table: its foreign keys come with it
        for (const ForeignKey &fk : t.foreignKeys) {
            if (added.contains(fk.id))
                continue;
            QStringList columns;
            QStringList sourceColumns;
            bool inTheWay = false;
            SchemaChange pairing;
            pairing.sourceTable = source->id;
            pairing.targetTable = t.id;
            for (const ForeignKeyPart &part : fk.parts) {
                inTheWay |= changing.contains(part.column) || changing.contains(part.referencedColumn);
                const Column *c = t.column(part.column);
                columns << (c ? c->name : QString());
                sourceColumns << sourceColumnName(pairing, part.column).toCaseFolded();
            }
            if (!inTheWay)
                continue;
            // The same foreign key in the database: the source table's over the same columns.
            for (const ForeignKey &candidate : source->foreignKeys) {
                QStringList names;
                for (const ForeignKeyPart &part : candidate.parts) {
                    const Column *c = source->column(part.column);
                    names << (c ? c->name.toCaseFolded() : QString());
                }
                if (names != sourceColumns)
                    continue;
                QStringList referenced;
                for (const ForeignKeyPart &part : fk.parts)
                    referenced << m_target.physical.referencedColumnName(fk, part);
                held << HeldForeignKey {
                    QStringLiteral("%1 (%2) -> %3 (%4)")
                        .arg(t.name, columns.join(QStringLiteral(", ")),
                            m_target.physical.referencedTableName(fk),
                            referenced.join(QStringLiteral(", "))),
                    source->name, m_source.script.constraints.value(candidate.id), t.name,
                    m_target.script.constraints.value(fk.id)};
                break;
            }
        }
    }
    return held;
}

void Planner::holdForeignKeys(const QList<HeldForeignKey> &held)
{
    for (const HeldForeignKey &h : held) {
        MigrationStep &s = step(
            MigrationPlanner::tr("drop foreign key %1 while the types of its columns change")
                .arg(h.text));
        s.statements << d.dropForeignKeySql(h.sourceTable, h.source.name);
        s.undo << d.addConstraintSql(h.sourceTable, h.source.sql);
    }
}

void Planner::restoreForeignKeys(const QList<HeldForeignKey> &held)
{
    for (const HeldForeignKey &h : held) {
        MigrationStep &s = step(MigrationPlanner::tr("add foreign key %1 again").arg(h.text));
        s.statements << d.addConstraintSql(h.targetTable, h.target.sql);
        s.undo << d.dropForeignKeySql(h.targetTable, h.target.name);
    }
}

void Planner::rename(const QList<const SchemaChange *> &changes)
{
    for (const SchemaChange *c : changes) {
        MigrationStep &s = step(c->describe());
        if (c->kind == Kind::RenameTable) {
            s.statements << d.renameTableSql(c->oldTable, c->table);
            s.undo << d.renameTableSql(c->table, c->oldTable);
        } else {
            s.statements << d.renameColumnSql(c->table, c->oldColumn, c->column);
            s.undo << d.renameColumnSql(c->table, c->column, c->oldColumn);
        }
    }
}

void Planner::addTables()
{
    QSet<QString> added;
    for (const SchemaChange &c : m_diff.changes) {
        if (c.kind == Kind::AddTable)
            added.insert(c.table);
    }
    if (added.isEmpty())
        return;
    // In the script's order: parents first.
    for (const QString &table : m_target.script.tables) {
        if (!added.contains(table))
            continue;
        MigrationStep &s = step(MigrationPlanner::tr("add table %1").arg(table));
        for (const DdlStatement &statement : m_target.script.statements) {
            if (statement.table == table && statement.kind != DdlStatement::Kind::AddForeignKey)
                s.statements << statement.sql;
        }
        s.undo << QStringLiteral("DROP TABLE ") + q(table);
    }
}

void Planner::changeColumns(const QList<const SchemaChange *> &changes)
{
    // Every change of one column together: MariaDB rewrites the whole definition at once.
    QList<ObjectId> order;
    QHash<ObjectId, QList<const SchemaChange *>> byColumn;
    for (const SchemaChange *c : changes) {
        if (c->kind == Kind::AddColumn) {
            const DdlScript::ColumnFacts facts = m_target.script.columnFacts.value(c->targetObject);
            MigrationStep &s = step(c->describe());
            s.statements << d.addColumnSql(c->table, facts.definition);
            s.undo << d.dropColumnSql(c->table, c->column);
        } else if (c->kind == Kind::ChangeTableComment) {
            const QString statement = d.tableCommentSql(c->table, c->after);
            if (!statement.isEmpty()) {
                MigrationStep &s = step(c->describe());
                s.statements << statement;
                s.undo << d.tableCommentSql(c->table, c->before);
            }
        } else if (c->targetObject != NoObject && c->sourceObject != NoObject
            && c->kind != Kind::RenameColumn) {
            if (!byColumn.contains(c->targetObject))
                order << c->targetObject;
            byColumn[c->targetObject] << c;
        }
    }
    for (ObjectId column : std::as_const(order)) {
        const QList<const SchemaChange *> &list = byColumn.value(column);
        const SchemaChange &first = *list.first();
        const DdlScript::ColumnFacts to = m_target.script.columnFacts.value(column);
        const DdlScript::ColumnFacts from = m_source.script.columnFacts.value(first.sourceObject);
        Dialect::ColumnAlteration alteration;
        alteration.column = first.column;
        alteration.definition = to.definition;
        alteration.type = to.type;
        alteration.notNull = to.notNull;
        alteration.defaultSql = to.defaultSql;
        alteration.numbered = to.numbered;
        alteration.comment = targetTable(first.targetTable)->column(column)->comment;
        QStringList descriptions;
        for (const SchemaChange *c : list) {
            descriptions << c->describe();
            alteration.typeChanged |= c->kind == Kind::ChangeType;
            alteration.nullChanged |= c->kind == Kind::ChangeNullable;
            alteration.defaultChanged |= c->kind == Kind::ChangeDefault;
            alteration.numberingChanged |= c->kind == Kind::ChangeAutoIncrement;
            alteration.commentChanged |= c->kind == Kind::ChangeColumnComment;
        }
        MigrationStep &s = step(descriptions.join(QStringLiteral("; ")));
        s.statements << d.alterColumnSql(first.table, alteration);
        // Undone by the source's definition; the source's name is the target's by now.
        Dialect::ColumnAlteration back = alteration;
        QString definition = from.definition;
        const Column *old = sourceTable(first.sourceTable)->column(first.sourceObject);
        if (old && old->name != first.column)
            definition.replace(0, q(old->name).size(), q(first.column));
        back.definition = definition;
        back.type = from.type;
        back.notNull = from.notNull;
        back.defaultSql = from.defaultSql;
        back.numbered = from.numbered;
        back.comment = old ? old->comment : QString();
        s.undo << d.alterColumnSql(first.table, back);
    }
}

void Planner::dropColumns(const QList<const SchemaChange *> &changes)
{
    for (const SchemaChange *c : changes) {
        MigrationStep &s = step(c->describe());
        s.statements << d.dropColumnSql(c->table, c->column);
        s.losesData = true;
    }
}

void Planner::addConstraints(const QList<const SchemaChange *> &changes)
{
    for (const SchemaChange *c : changes) {
        const DdlScript::ConstraintFacts facts = m_target.script.constraints.value(c->targetObject);
        MigrationStep &s = step(c->describe());
        if (c->kind == Kind::AddForeignKey) {
            s.statements << d.addConstraintSql(c->table, facts.sql);
            s.undo << d.dropForeignKeySql(c->table, facts.name);
            continue;
        }
        const QString type = m_target.script.keyTypes.value(c->targetObject);
        if (type == Key::Index || type == Key::Fulltext) {
            s.statements << facts.sql;
        } else if (d.altersConstraints()) {
            s.statements << d.addConstraintSql(c->table, facts.sql);
        } else {
            // SQLite: a unique index is a UNIQUE key to the catalogue.
            const Table *t = targetTable(c->targetTable);
            QStringList columns;
            for (const Key &k : t->keys) {
                if (k.id != c->targetObject)
                    continue;
                for (const KeyPart &p : k.parts)
                    columns << q(m_target.physical.keyPartName(*t, p));
            }
            s.statements << QStringLiteral("CREATE UNIQUE INDEX ") + q(facts.name)
                    + QStringLiteral(" ON ") + q(c->table) + QStringLiteral(" (")
                    + columns.join(QStringLiteral(", ")) + u')';
        }
        s.undo << d.dropKeySql(c->table, d.altersConstraints() ? type : Key::Index, facts.name);
    }
}

// SQLite's documented procedure, create-new-first: the new table under a temporary name, the
// rows copied, the old table dropped and the new one renamed, its indexes and triggers made
// again. Renames of the table happen before (ALTER TABLE RENAME keeps children pointing at it).
void Planner::rebuild(const QList<const SchemaChange *> &changes)
{
    const SchemaChange &first = *changes.first();
    const Table *target = targetTable(first.targetTable);
    const Table *source = sourceTable(first.sourceTable);
    const QString name = target->name;
    const QString temporary = QStringLiteral("schemata_new_") + name;
    QString create;
    for (const DdlStatement &statement : m_target.script.statements) {
        if (statement.kind == DdlStatement::Kind::CreateTable && statement.table == name)
            create = statement.sql;
    }
    const QString head = QStringLiteral("CREATE TABLE ") + q(name);
    if (!create.startsWith(head)) {
        m_plan.errors << MigrationPlanner::tr("The table %1 cannot be rebuilt: its new "
                                              "definition was not made.")
                             .arg(name);
        return;
    }
    create.replace(0, head.size(), QStringLiteral("CREATE TABLE ") + q(temporary));
    // CHECK constraints the design does not know stay, as written.
    for (const SqliteObject &o : m_objects) {
        if (o.type != u"table" || o.name.compare(source->name, Qt::CaseInsensitive) != 0)
            continue;
        const std::optional<SqliteTableDefinition> definition = parseSqliteCreateTable(o.sql);
        if (!definition)
            continue;
        QStringList checks;
        for (const auto &constraint : definition->constraints) {
            if (constraint.type == SqliteTableDefinition::ConstraintDefinition::Type::Check)
                checks << constraint.checkExpression;
        }
        for (const auto &column : definition->columns)
            checks << column.checks;
        const qsizetype close = create.lastIndexOf(u')');
        for (const QString &check : std::as_const(checks))
            create.insert(close, QStringLiteral("\n    , CHECK (") + check + QStringLiteral(")\n"));
    }
    QStringList into, from;
    for (const Column &c : target->columns) {
        const QString old = sourceColumnName(first, c.id);
        if (old.isEmpty())
            continue;
        into << q(c.name);
        from << q(old);
    }
    QStringList descriptions;
    for (const SchemaChange *c : changes) {
        if (c->kind != Kind::RenameTable)
            descriptions << c->describe();
    }
    MigrationStep &s = step(MigrationPlanner::tr("rebuild table %1: %2")
                                .arg(name, descriptions.join(QStringLiteral("; "))));
    s.rebuiltTable = name;
    s.rebuiltFrom = temporary;
    s.losesData = std::any_of(changes.cbegin(), changes.cend(),
        [](const SchemaChange *c) { return c->kind == Kind::DropColumn; });
    s.statements << create;
    s.statements << QStringLiteral("INSERT INTO ") + q(temporary) + QStringLiteral(" (")
            + into.join(QStringLiteral(", ")) + QStringLiteral(") SELECT ")
            + from.join(QStringLiteral(", ")) + QStringLiteral(" FROM ") + q(name);
    s.statements << QStringLiteral("DROP TABLE ") + q(name);
    s.statements << d.renameTableSql(temporary, name);
    for (const DdlStatement &statement : m_target.script.statements) {
        if (statement.kind == DdlStatement::Kind::CreateIndex && statement.table == name)
            s.statements << statement.sql;
    }
}

void Planner::dropTables()
{
    QList<const Table *> dropped;
    for (const SchemaChange &c : m_diff.changes) {
        if (c.kind == Kind::DropTable)
            dropped << sourceTable(c.sourceTable);
    }
    const TableOrder order = TableOrder::parentsFirst(dropped);
    for (auto it = order.tables.crbegin(); it != order.tables.crend(); ++it) {
        MigrationStep &s = step(MigrationPlanner::tr("drop table %1").arg((*it)->name));
        s.statements << QStringLiteral("DROP TABLE ") + q((*it)->name);
        s.losesData = true;
    }
}

// The source's primary key columns, quoted, to show which rows a check found.
QStringList Planner::keyColumns(const Table &source) const
{
    QStringList columns;
    if (const Key *pk = source.primaryKey()) {
        for (const KeyPart &p : pk->parts)
            columns << q(m_source.physical.keyPartName(source, p));
    }
    return columns;
}

// A check of the rows of the change's source table that meet `condition`; the sample shows
// their keys, or `shown` where the table has none.
void Planner::checkRows(const SchemaChange &change, const QString &description,
    const QString &condition, const QString &shown)
{
    const Table *source = sourceTable(change.sourceTable);
    const QString table = q(source->name);
    const QStringList keys = keyColumns(*source);
    DataCheck c;
    c.description = description;
    c.change = change;
    c.countSql
        = QStringLiteral("SELECT COUNT(*) FROM ") + table + QStringLiteral(" WHERE ") + condition;
    c.sampleSql = QStringLiteral("SELECT ") + (keys.isEmpty() ? shown : keys.join(QStringLiteral(", ")))
        + QStringLiteral(" FROM ") + table + QStringLiteral(" WHERE ") + condition
        + QStringLiteral(" LIMIT 5");
    m_plan.checks << c;
}

// The values of `value` that a column of type `to` cannot hold: too long, out of an
// integer's range, too many digits before the point; empty when nothing can be checked.
QString Planner::misfitCondition(const LogicalType &to, const QString &value) const
{
    using K = LogicalType::Kind;
    if (to.length > 0 && (to.kind == K::Char || to.kind == K::Varchar))
        return d.characterLength(d.castToText(value)) + QStringLiteral(" > ")
            + QString::number(to.length);
    if (to.isInteger()) {
        const qint64 max = to.kind == K::TinyInt ? 127
            : to.kind == K::SmallInt             ? 32767
            : to.kind == K::Integer              ? 2147483647LL
                                                 : 0;
        QStringList conditions;
        if (to.isUnsigned)
            conditions << value + QStringLiteral(" < 0");
        if (max > 0)
            conditions << value + QStringLiteral(" > ")
                    + QString::number(to.isUnsigned ? 2 * max + 1 : max)
                << value + QStringLiteral(" < ") + QString::number(to.isUnsigned ? 0 : -max - 1);
        return conditions.join(QStringLiteral(" OR "));
    }
    if (to.kind == K::Decimal && to.precision > 0)
        return QStringLiteral("ABS(") + value + QStringLiteral(") >= 1")
            + QString(to.precision - std::max(to.scale, 0), u'0');
    return {};
}

// Duplicates of a new UNIQUE or primary key's columns.
void Planner::checkUnique(const SchemaChange &change)
{
    const Table *source = sourceTable(change.sourceTable);
    const Table *target = targetTable(change.targetTable);
    const auto key = std::find_if(target->keys.cbegin(), target->keys.cend(),
        [&](const Key &k) { return k.id == change.targetObject; });
    QStringList columns;
    for (const KeyPart &p : key->parts) {
        const QString old = sourceColumnName(change, p.column);
        if (old.isEmpty())
            return; // a new column: NULL in every row, which no key refuses twice
        columns << q(old);
    }
    const QString list = columns.join(QStringLiteral(", "));
    const QString duplicates = QStringLiteral(" FROM ") + q(source->name)
        + QStringLiteral(" GROUP BY ") + list + QStringLiteral(" HAVING COUNT(*) > 1");
    DataCheck c;
    c.change = change;
    c.description = MigrationPlanner::tr("some rows of %1 share values of %2; %3 refuses "
                                         "duplicates")
                        .arg(source->name, list, change.object);
    c.countSql = QStringLiteral("SELECT COUNT(*) FROM (SELECT ") + list + duplicates
        + QStringLiteral(") duplicates");
    c.sampleSql = QStringLiteral("SELECT ") + list + duplicates + QStringLiteral(" LIMIT 5");
    m_plan.checks << c;
}

// Rows of a new foreign key's table whose parent row is missing (all of them with a value,
// when the parent table is new).
void Planner::checkForeignKey(const SchemaChange &change)
{
    const Table *source = sourceTable(change.sourceTable);
    const Table *target = targetTable(change.targetTable);
    const auto fk = std::find_if(target->foreignKeys.cbegin(), target->foreignKeys.cend(),
        [&](const ForeignKey &f) { return f.id == change.targetObject; });
    const Table *parent = targetTable(fk->referencedTable);
    const QString parentSource = sourceTableName(fk->referencedTable);
    QStringList notNull, matches;
    for (const ForeignKeyPart &p : fk->parts) {
        const QString old = sourceColumnName(change, p.column);
        if (old.isEmpty())
            return; // a new column: NULL everywhere, no row is an orphan
        notNull << QStringLiteral("c.") + q(old) + QStringLiteral(" IS NOT NULL");
        QString parentColumn = parent->column(p.referencedColumn)->name;
        for (const SchemaChange &c : m_diff.changes) {
            if (c.kind == Kind::RenameColumn && c.targetObject == p.referencedColumn)
                parentColumn = c.oldColumn;
        }
        matches << QStringLiteral("p.") + q(parentColumn) + QStringLiteral(" = c.") + q(old);
    }
    QString condition = notNull.join(QStringLiteral(" AND "));
    if (!parentSource.isEmpty())
        condition += QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM ") + q(parentSource)
            + QStringLiteral(" p WHERE ") + matches.join(QStringLiteral(" AND ")) + u')';
    QStringList shown;
    for (const QString &k : keyColumns(*source))
        shown << QStringLiteral("c.") + k;
    DataCheck c;
    c.change = change;
    c.description = MigrationPlanner::tr("some rows of %1 reference rows of %2 that do not exist")
                        .arg(source->name, parent->name);
    const QString rows = QStringLiteral(" FROM ") + q(source->name) + QStringLiteral(" c WHERE ")
        + condition;
    c.countSql = QStringLiteral("SELECT COUNT(*)") + rows;
    c.sampleSql = QStringLiteral("SELECT ")
        + (shown.isEmpty() ? QStringLiteral("c.*") : shown.join(QStringLiteral(", "))) + rows
        + QStringLiteral(" LIMIT 5");
    m_plan.checks << c;
}

// The rows a change may fail on, counted before anything runs. Names are the source's: the
// checks run on the database as it is.
void Planner::addCheck(const SchemaChange &change)
{
    const Table *source = sourceTable(change.sourceTable);
    if (!source)
        return;
    const Column *column = source->column(change.sourceObject);
    switch (change.kind) {
    case Kind::ChangeNullable:
        checkRows(change,
            MigrationPlanner::tr("%1 is NULL in some rows; NOT NULL needs a value in each")
                .arg(change.subject()),
            q(column->name) + QStringLiteral(" IS NULL"), q(column->name));
        break;
    case Kind::AddColumn:
        checkRows(change,
            MigrationPlanner::tr("the new column %1 is NOT NULL without a default; the rows "
                                 "already there have no value for it")
                .arg(change.subject()),
            QStringLiteral("1 = 1"), QStringLiteral("*"));
        break;
    case Kind::ChangeType: {
        const Column *to = targetTable(change.targetTable)->column(change.targetObject);
        const QString condition
            = misfitCondition(TypeMapping::fromDesign(to->datatype), q(column->name));
        if (!condition.isEmpty())
            checkRows(change,
                MigrationPlanner::tr("some values of %1 do not fit %2")
                    .arg(change.subject(), change.after),
                u'(' + condition + u')', q(column->name));
        break;
    }
    case Kind::AddKey:
        checkUnique(change);
        break;
    case Kind::AddForeignKey:
        checkForeignKey(change);
        break;
    default:
        break;
    }
}

MigrationPlan Planner::plan()
{
    m_plan.engine = d.engine();
    m_plan.transactional = d.transactionalDdl();
    if (!m_diff.ok()) {
        m_plan.errors = m_diff.errors;
        return m_plan;
    }
    for (const SchemaChange &c : m_diff.changes) {
        if (c.risk == SchemaChange::Risk::MayFail)
            addCheck(c);
    }
    // The changes of each table kept, and which of those tables SQLite rebuilds.
    QList<ObjectId> tables;
    QHash<ObjectId, QList<const SchemaChange *>> byTable;
    for (const SchemaChange &c : m_diff.changes) {
        if (c.sourceTable == NoObject || c.targetTable == NoObject)
            continue;
        if (!byTable.contains(c.targetTable))
            tables << c.targetTable;
        byTable[c.targetTable] << &c;
    }
    QSet<ObjectId> rebuilt;
    for (ObjectId t : std::as_const(tables)) {
        if (needsRebuild(byTable.value(t)))
            rebuilt.insert(t);
    }
    const auto select = [&](std::initializer_list<Kind> kinds, bool includeRebuilt) {
        QList<const SchemaChange *> list;
        for (ObjectId t : std::as_const(tables)) {
            if (!includeRebuilt && rebuilt.contains(t))
                continue;
            for (const SchemaChange *c : byTable.value(t)) {
                if (std::find(kinds.begin(), kinds.end(), c->kind) != kinds.end())
                    list << c;
            }
        }
        return list;
    };
    if (!rebuilt.isEmpty()) {
        m_plan.foreignKeysOff = true;
        // Views and triggers that name a rebuilt table would stop its rename; they are made
        // again, as written, at the end.
        MigrationStep *s = nullptr;
        for (const SqliteObject &o : m_objects) {
            if (o.type != u"view" && o.type != u"trigger")
                continue;
            if (!s)
                s = &step(MigrationPlanner::tr("drop views and triggers, to make them again after "
                                               "the tables are rebuilt"));
            s->statements << QStringLiteral("DROP ") + o.type.toUpper() + u' ' + q(o.name);
            m_droppedObjects << &o;
        }
    }
    dropConstraints(select({Kind::DropForeignKey, Kind::DropKey}, false));
    const QList<HeldForeignKey> held = foreignKeysInTheWay(select({Kind::ChangeType}, false));
    holdForeignKeys(held);
    // Renames: tables always natively (SQLite rewrites the references to them); columns of
    // rebuilt tables through the copy.
    QList<const SchemaChange *> renames = select({Kind::RenameTable}, true);
    renames << select({Kind::RenameColumn}, false);
    rename(renames);
    addTables();
    changeColumns(select({Kind::AddColumn, Kind::ChangeType, Kind::ChangeNullable,
                             Kind::ChangeDefault, Kind::ChangeAutoIncrement,
                             Kind::ChangeColumnComment, Kind::ChangeTableComment},
        false));
    restoreForeignKeys(held);
    for (ObjectId t : std::as_const(tables)) {
        if (rebuilt.contains(t))
            rebuild(byTable.value(t));
    }
    dropColumns(select({Kind::DropColumn}, false));
    addConstraints(select({Kind::AddKey, Kind::AddForeignKey}, false));
    // Foreign keys of new tables on engines that add them after the tables.
    for (const DdlStatement &statement : m_target.script.statements) {
        if (statement.kind != DdlStatement::Kind::AddForeignKey)
            continue;
        for (const SchemaChange &c : m_diff.changes) {
            if (c.kind == Kind::AddTable && c.table == statement.table) {
                MigrationStep &s = step(MigrationPlanner::tr("add the foreign keys of %1").arg(c.table));
                s.statements << statement.sql;
            }
        }
    }
    dropTables();
    if (!m_droppedObjects.isEmpty()) {
        QSet<QString> droppedTables;
        for (const SchemaChange &c : m_diff.changes) {
            if (c.kind == Kind::DropTable)
                droppedTables.insert(c.table.toCaseFolded());
        }
        MigrationStep &s = step(MigrationPlanner::tr("make the views and triggers again"));
        for (const SqliteObject *o : std::as_const(m_droppedObjects)) {
            if (!(o->type == u"trigger" && droppedTables.contains(o->table.toCaseFolded())))
                s.statements << o->sql;
        }
    }
    if (!m_plan.errors.isEmpty())
        m_plan.steps.clear();
    return m_plan;
}

} // namespace

MigrationPlanner::MigrationPlanner(const Dialect &dialect, const Schema &source,
    const Schema &target, const SchemaDiffResult &diff)
    : m_dialect(dialect)
    , m_source(source)
    , m_target(target)
    , m_diff(diff)
{
}

MigrationPlan MigrationPlanner::plan() const
{
    return Planner(m_dialect, m_source, m_target, m_diff, m_objects).plan();
}
