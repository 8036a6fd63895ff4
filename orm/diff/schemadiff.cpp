#include "schemadiff.h"

#include "ddl/ddlwriter.h"
#include "dialects/dialect.h"
#include "schema/schema.h"
#include "sql/typemapping.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <functional>

DiffOptions DiffOptions::forEngine(SqlEngine engine, bool tableNamesIgnoreCase)
{
    DiffOptions options;
    options.engine = engine;
    const Dialect &dialect = Dialect::forEngine(engine);
    options.foldColumnNames = dialect.columnNamesIgnoreCase();
    options.foldTableNames = tableNamesIgnoreCase;
    return options;
}

bool SchemaDiffResult::hasRisk(SchemaChange::Risk risk) const
{
    return std::any_of(changes.cbegin(), changes.cend(),
        [risk](const SchemaChange &c) { return c.risk == risk; });
}

QString SchemaDiff::historyTable()
{
    return QStringLiteral("schemata_migrations");
}

namespace {

using Risk = SchemaChange::Risk;
using Kind = SchemaChange::Kind;

// A type as written, spelled one way: upper case, no space before "(" or around ",".
QString normalizedTypeText(const QString &datatype)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    static const QRegularExpression aroundPunctuation(QStringLiteral("\\s*([(),])\\s*"));
    return datatype.simplified()
        .toUpper()
        .replace(spaces, QStringLiteral(" "))
        .replace(aroundPunctuation, QStringLiteral("\\1"));
}

// NO ACTION, RESTRICT and none said are one for a diff: the row is refused either way.
QString actionText(ReferentialAction action)
{
    switch (action) {
    case ReferentialAction::Unspecified:
    case ReferentialAction::NoAction:
    case ReferentialAction::Restrict:
        return {};
    default:
        return referentialActionSql(action);
    }
}

QString defaultText(const DefaultValue &value)
{
    return value.isText() ? u'\'' + value.text() + u'\'' : QString();
}

struct ColumnView
{
    const Column *column = nullptr;
    QString type;
    LogicalType logical;
    bool notNull = false;
    QString defaultSql;
    bool numbered = false;
};

struct TableView
{
    const Table *table = nullptr;
    QList<ColumnView> columns;
    QHash<QString, qsizetype> byName; // folded name -> index in columns
    QHash<ObjectId, QString> keyTypes; // keys as made; absent: not applied
};

// One side of the comparison: the schema as the database holds it (or as written), with a
// view of every column.
struct SchemaView
{
    Schema schema;
    QList<TableView> tables;
    QHash<QString, qsizetype> byName;
    QHash<ObjectId, ReferentialAction> impliedOnDelete;
};

class Comparison
{
public:
    Comparison(const Schema &source, const Schema &target, const DiffOptions &options)
        : m_options(options)
    {
        m_source = view(source);
        m_target = view(target);
    }

    SchemaDiffResult run();

private:
    QString tableKey(const QString &name) const
    {
        return m_options.foldTableNames ? name.toCaseFolded() : name;
    }
    QString columnKey(const QString &name) const
    {
        return m_options.foldColumnNames ? name.toCaseFolded() : name;
    }
    SchemaView view(const Schema &schema);
    void pairTables();
    void pairColumns(qsizetype source, qsizetype target);
    void compareTables(qsizetype source, qsizetype target);
    void compareColumns(const TableView &source, const TableView &target,
        const QList<std::pair<qsizetype, qsizetype>> &pairs);
    void compareKeys(const TableView &source, const TableView &target);
    void compareForeignKeys(const TableView &source, const TableView &target);
    void compareSets(const TableView &source, const TableView &target,
        const QHash<QString, ObjectId> &sourceSet, const QHash<QString, ObjectId> &targetSet,
        Kind drop, Kind add, const std::function<Risk(ObjectId)> &addRisk);
    QString keyText(const SchemaView &side, const TableView &table, const Key &key,
        bool translate) const;
    QString foreignKeyText(const SchemaView &side, const TableView &table, const ForeignKey &fk,
        bool translate) const;
    // The target's name of a source column, through the pairing (its own name when unpaired).
    QString targetColumnName(ObjectId sourceTable, ObjectId sourceColumn) const;
    SchemaChange change(Kind kind, Risk risk, const TableView *source, const TableView *target) const;

    const DiffOptions m_options;
    SchemaView m_source;
    SchemaView m_target;
    SchemaDiffResult m_result;
    QList<std::pair<qsizetype, qsizetype>> m_tablePairs; // source index, target index
    QHash<ObjectId, ObjectId> m_pairedTable; // source table id -> target table id
    QHash<ObjectId, ObjectId> m_pairedColumn; // source column id -> target column id
    QHash<ObjectId, QList<std::pair<qsizetype, qsizetype>>> m_columnPairs; // by source table id
};

SchemaView Comparison::view(const Schema &schema)
{
    SchemaView v;
    DdlScript script;
    if (m_options.engine) {
        const Dialect &dialect = Dialect::forEngine(*m_options.engine);
        script = DdlWriter(dialect).write(schema);
        if (!script.ok()) {
            for (const DesignProblem &p : std::as_const(script.problems)) {
                if (p.isError())
                    m_result.errors << p.toString();
            }
            return v;
        }
        v.schema = DdlWriter::physicalSchema(schema);
        v.impliedOnDelete = DdlWriter::impliedOnDeleteActions(v.schema);
    } else {
        v.schema = schema;
    }
    // A schema repeats a few type texts over thousands of columns: each is read once.
    QHash<QString, LogicalType> logicalTypes;
    QHash<QString, QString> typeTexts;
    const auto logicalType = [&](const QString &datatype) {
        auto it = logicalTypes.constFind(datatype);
        if (it == logicalTypes.cend())
            it = logicalTypes.insert(datatype, TypeMapping::fromDesign(datatype));
        return *it;
    };
    const auto typeText = [&](const QString &type) {
        auto it = typeTexts.constFind(type);
        if (it == typeTexts.cend()) {
            it = typeTexts.insert(type,
                normalizedTypeText(m_options.engine
                        ? Dialect::forEngine(*m_options.engine).canonicalType(type)
                        : type));
        }
        return *it;
    };
    const QString history = SchemaDiff::historyTable();
    for (const Table &t : v.schema.tables()) {
        if (t.name.compare(history, Qt::CaseInsensitive) == 0)
            continue;
        TableView tv;
        tv.table = &t;
        for (const Column &c : t.columns) {
            ColumnView cv;
            cv.column = &c;
            cv.logical = logicalType(c.datatype);
            if (m_options.engine) {
                const DdlScript::ColumnFacts facts = script.columnFacts.value(c.id);
                cv.type = typeText(facts.type);
                cv.notNull = facts.notNull;
                cv.defaultSql = facts.defaultSql;
                cv.numbered = facts.numbered;
            } else {
                cv.type = typeText(c.datatype);
                cv.notNull = !c.nullable;
                cv.defaultSql = defaultText(c.defaultValue);
                cv.numbered = c.autoIncrement;
            }
            // The first of two columns of one name (a design error, yet a file can have it).
            if (!tv.byName.contains(columnKey(c.name)))
                tv.byName.insert(columnKey(c.name), tv.columns.size());
            tv.columns << cv;
        }
        QList<QList<ObjectId>> foreignKeyColumns;
        for (const ForeignKey &fk : t.foreignKeys) {
            QList<ObjectId> columns;
            for (const ForeignKeyPart &part : fk.parts)
                columns << part.column;
            foreignKeyColumns << columns;
        }
        for (const Key &k : t.keys) {
            if (m_options.engine) {
                QList<ObjectId> columns;
                for (const KeyPart &part : k.parts)
                    columns << part.column;
                // The database has an index on every foreign key's columns: made by the
                // statements when the design has none, and left out by the import.
                const QString type = script.keyTypes.value(k.id);
                if (type == Key::Index && foreignKeyColumns.contains(columns))
                    continue;
                if (!type.isEmpty())
                    tv.keyTypes.insert(k.id, type);
            } else if (!k.parts.isEmpty()) {
                tv.keyTypes.insert(k.id, k.type.toUpper());
            }
        }
        if (!v.byName.contains(tableKey(t.name)))
            v.byName.insert(tableKey(t.name), v.tables.size());
        v.tables << tv;
    }
    return v;
}

void Comparison::pairTables()
{
    QSet<qsizetype> pairedSource, pairedTarget;
    const auto pair = [&](qsizetype s, qsizetype t) {
        pairedSource.insert(s);
        pairedTarget.insert(t);
        m_tablePairs.append({s, t});
        m_pairedTable.insert(m_source.tables.at(s).table->id, m_target.tables.at(t).table->id);
    };
    const auto free = [](const SchemaView &side, const QSet<qsizetype> &taken, qsizetype index) {
        return index >= 0 && index < side.tables.size() && !taken.contains(index);
    };
    // The user's word first, then same names, then recorded renames.
    for (const RenameHints::TableRename &hint : m_options.renames.tables) {
        const qsizetype s = m_source.byName.value(tableKey(hint.from), -1);
        const qsizetype t = m_target.byName.value(tableKey(hint.to), -1);
        if (free(m_source, pairedSource, s) && free(m_target, pairedTarget, t)
            && !m_source.byName.contains(tableKey(hint.to)))
            pair(s, t);
        else
            m_result.warnings << SchemaDiff::tr("The rename of table %1 to %2 was not used: the "
                                                "first must be only in the source and the "
                                                "second only in the target.")
                                     .arg(hint.from, hint.to);
    }
    for (qsizetype t = 0; t < m_target.tables.size(); ++t) {
        const QString key = tableKey(m_target.tables.at(t).table->name);
        qsizetype s = m_source.byName.value(key, -1);
        // Tables of one name (a design error, yet files have it) pair in their order.
        while (s >= 0 && pairedSource.contains(s)) {
            do
                ++s;
            while (s < m_source.tables.size() && tableKey(m_source.tables.at(s).table->name) != key);
            if (s >= m_source.tables.size())
                s = -1;
        }
        if (free(m_source, pairedSource, s) && free(m_target, pairedTarget, t))
            pair(s, t);
    }
    // A recorded rename applies when the old name is on the other side and the new one is not;
    // the latest former name first, as a database is more likely to have it.
    for (qsizetype t = 0; t < m_target.tables.size(); ++t) {
        const QStringList &former = m_target.tables.at(t).table->formerNames;
        for (auto it = former.crbegin(); it != former.crend() && !pairedTarget.contains(t); ++it) {
            const qsizetype s = m_source.byName.value(tableKey(*it), -1);
            if (free(m_source, pairedSource, s))
                pair(s, t);
        }
    }
    for (qsizetype s = 0; s < m_source.tables.size(); ++s) {
        const QStringList &former = m_source.tables.at(s).table->formerNames;
        for (auto it = former.crbegin(); it != former.crend() && !pairedSource.contains(s); ++it) {
            const qsizetype t = m_target.byName.value(tableKey(*it), -1);
            if (free(m_target, pairedTarget, t))
                pair(s, t);
        }
    }
    using Side = DiffOptions::DatabaseSide;
    for (qsizetype t = 0; t < m_target.tables.size(); ++t) {
        if (pairedTarget.contains(t))
            continue;
        if (m_options.unmanagedSide == Side::Target)
            m_result.unmanaged << m_target.tables.at(t).table->name;
        else
            m_result.changes << change(Kind::AddTable, Risk::Safe, nullptr, &m_target.tables.at(t));
    }
    for (qsizetype s = 0; s < m_source.tables.size(); ++s) {
        if (pairedSource.contains(s))
            continue;
        if (m_options.unmanagedSide == Side::Source && !m_options.dropUnmanaged)
            m_result.unmanaged << m_source.tables.at(s).table->name;
        else
            m_result.changes << change(
                Kind::DropTable, Risk::DataLoss, &m_source.tables.at(s), nullptr);
    }
}

void Comparison::pairColumns(qsizetype sourceIndex, qsizetype targetIndex)
{
    const TableView &source = m_source.tables.at(sourceIndex);
    const TableView &target = m_target.tables.at(targetIndex);
    QList<std::pair<qsizetype, qsizetype>> &pairs = m_columnPairs[source.table->id];
    QSet<qsizetype> pairedSource, pairedTarget;
    const auto pair = [&](qsizetype s, qsizetype t) {
        pairedSource.insert(s);
        pairedTarget.insert(t);
        pairs.append({s, t});
        m_pairedColumn.insert(source.columns.at(s).column->id, target.columns.at(t).column->id);
    };
    const auto freeSource = [&](qsizetype s) { return s >= 0 && !pairedSource.contains(s); };
    const auto freeTarget = [&](qsizetype t) { return t >= 0 && !pairedTarget.contains(t); };
    for (const RenameHints::ColumnRename &hint : m_options.renames.columns) {
        if (tableKey(hint.table) != tableKey(target.table->name))
            continue;
        const qsizetype s = source.byName.value(columnKey(hint.from), -1);
        const qsizetype t = target.byName.value(columnKey(hint.to), -1);
        if (freeSource(s) && freeTarget(t) && !source.byName.contains(columnKey(hint.to)))
            pair(s, t);
        else
            m_result.warnings << SchemaDiff::tr("The rename of column %1.%2 to %3 was not used: "
                                                "the first must be only in the source and the "
                                                "second only in the target.")
                                     .arg(hint.table, hint.from, hint.to);
    }
    for (qsizetype t = 0; t < target.columns.size(); ++t) {
        const QString key = columnKey(target.columns.at(t).column->name);
        qsizetype s = source.byName.value(key, -1);
        // Columns of one name pair in their order, as tables do.
        while (s >= 0 && pairedSource.contains(s)) {
            do
                ++s;
            while (s < source.columns.size() && columnKey(source.columns.at(s).column->name) != key);
            if (s >= source.columns.size())
                s = -1;
        }
        if (freeSource(s) && freeTarget(t))
            pair(s, t);
    }
    for (qsizetype t = 0; t < target.columns.size(); ++t) {
        const QStringList &former = target.columns.at(t).column->formerNames;
        for (auto it = former.crbegin(); it != former.crend() && !pairedTarget.contains(t); ++it) {
            const qsizetype s = source.byName.value(columnKey(*it), -1);
            if (freeSource(s))
                pair(s, t);
        }
    }
    for (qsizetype s = 0; s < source.columns.size(); ++s) {
        const QStringList &former = source.columns.at(s).column->formerNames;
        for (auto it = former.crbegin(); it != former.crend() && !pairedSource.contains(s); ++it) {
            const qsizetype t = target.byName.value(columnKey(*it), -1);
            if (freeTarget(t))
                pair(s, t);
        }
    }
    std::sort(pairs.begin(), pairs.end(),
        [](const auto &a, const auto &b) { return a.second < b.second; });
}

SchemaChange Comparison::change(
    Kind kind, Risk risk, const TableView *source, const TableView *target) const
{
    SchemaChange c;
    c.kind = kind;
    c.risk = risk;
    if (source) {
        c.sourceTable = source->table->id;
        c.table = source->table->name;
    }
    if (target) {
        c.targetTable = target->table->id;
        if (source && tableKey(source->table->name) != tableKey(target->table->name))
            c.oldTable = source->table->name;
        c.table = target->table->name;
    }
    return c;
}

QString Comparison::targetColumnName(ObjectId sourceTable, ObjectId sourceColumn) const
{
    const ObjectId targetTable = m_pairedTable.value(sourceTable, NoObject);
    const ObjectId targetColumn = m_pairedColumn.value(sourceColumn, NoObject);
    if (const Table *t = m_target.schema.table(targetTable)) {
        if (const Column *c = t->column(targetColumn))
            return c->name;
    }
    const Table *t = m_source.schema.table(sourceTable);
    const Column *c = t ? t->column(sourceColumn) : nullptr;
    return c ? c->name : QString();
}

// "UNIQUE (a, b)". With `translate`, a source key is spelled in the target's names, so that a
// key on a renamed column is the same key.
QString Comparison::keyText(
    const SchemaView &side, const TableView &table, const Key &key, bool translate) const
{
    QStringList columns;
    for (const KeyPart &part : key.parts) {
        columns << (translate && part.column != NoObject
                ? targetColumnName(table.table->id, part.column)
                : side.schema.keyPartName(*table.table, part));
    }
    return table.keyTypes.value(key.id) + QStringLiteral(" (") + columns.join(QStringLiteral(", "))
        + u')';
}

QString Comparison::foreignKeyText(
    const SchemaView &side, const TableView &table, const ForeignKey &fk, bool translate) const
{
    QStringList columns, referenced;
    const Table *referencedTable = side.schema.table(fk.referencedTable);
    QString referencedName = side.schema.referencedTableName(fk);
    if (translate && referencedTable) {
        if (const Table *t = m_target.schema.table(m_pairedTable.value(fk.referencedTable)))
            referencedName = t->name;
    }
    for (const ForeignKeyPart &part : fk.parts) {
        const Column *c = table.table->column(part.column);
        columns << (translate ? targetColumnName(table.table->id, part.column)
                              : (c ? c->name : QString()));
        referenced << (translate && referencedTable && part.referencedColumn != NoObject
                ? targetColumnName(referencedTable->id, part.referencedColumn)
                : side.schema.referencedColumnName(fk, part));
    }
    const ReferentialAction onDelete = fk.onDelete == ReferentialAction::Unspecified
        ? side.impliedOnDelete.value(fk.id, fk.onDelete)
        : fk.onDelete;
    QString text = u'(' + columns.join(QStringLiteral(", ")) + QStringLiteral(") -> ")
        + referencedName + QStringLiteral(" (") + referenced.join(QStringLiteral(", ")) + u')';
    if (const QString action = actionText(onDelete); !action.isEmpty())
        text += QStringLiteral(" ON DELETE ") + action;
    if (const QString action = actionText(fk.onUpdate); !action.isEmpty())
        text += QStringLiteral(" ON UPDATE ") + action;
    return text;
}

// What a type change can do to the values a column holds.
Risk typeChangeRisk(const LogicalType &from, const LogicalType &to)
{
    using K = LogicalType::Kind;
    const auto bounded = [](const LogicalType &t) {
        return t.kind == K::Char || t.kind == K::Varchar || t.kind == K::Binary;
    };
    const auto integerRank = [](K kind) {
        return kind == K::Boolean ? 0
            : kind == K::TinyInt  ? 1
            : kind == K::SmallInt ? 2
            : kind == K::Integer  ? 3
                                  : 4;
    };
    if (from.kind == K::Other || to.kind == K::Other)
        return Risk::DataLoss; // nothing known of the conversion
    const bool textual = [&] {
        return to.kind == K::Text || (bounded(to) && to.kind != K::Binary);
    }();
    if (from.isText() && textual) {
        if (to.kind == K::Text || (bounded(from) && from.length > 0 && to.length >= from.length))
            return Risk::Safe;
        return Risk::MayFail; // longer values are refused (or cut: the data check finds them)
    }
    if ((from.isNumeric() || from.isTemporal()) && textual)
        return to.kind == K::Text ? Risk::Safe : Risk::MayFail;
    if ((from.isInteger() || from.kind == K::Boolean) && (to.isInteger() || to.kind == K::Boolean))
        return integerRank(to.kind) >= integerRank(from.kind) && from.isUnsigned == to.isUnsigned
            ? Risk::Safe
            : Risk::MayFail;
    if (from.isInteger() && (to.kind == K::Decimal || to.kind == K::Double))
        return Risk::Safe;
    if (from.kind == K::Decimal && to.kind == K::Decimal) {
        const bool wider = (to.precision < 0 || to.precision - to.scale >= from.precision - from.scale)
            && to.scale >= from.scale;
        return wider ? Risk::Safe : Risk::MayFail;
    }
    if ((from.kind == K::Float && to.kind == K::Double) || (from.kind == to.kind && !bounded(to)))
        return Risk::Safe;
    if (from.isBinary() && to.isBinary())
        return to.kind == K::Blob || (from.length > 0 && to.length >= from.length) ? Risk::Safe
                                                                                  : Risk::MayFail;
    if (from.kind == K::Date && (to.kind == K::DateTime || to.kind == K::TimestampTz))
        return Risk::Safe;
    if (from.kind == K::DateTime && to.kind == K::TimestampTz)
        return Risk::Safe;
    return Risk::DataLoss;
}

void Comparison::compareColumns(const TableView &source, const TableView &target,
    const QList<std::pair<qsizetype, qsizetype>> &pairs)
{
    QSet<qsizetype> pairedSource, pairedTarget;
    for (const auto &[s, t] : pairs) {
        pairedSource.insert(s);
        pairedTarget.insert(t);
    }
    const auto columnChange = [&](Kind kind, Risk risk, const ColumnView *from,
                                  const ColumnView *to) {
        SchemaChange c = change(kind, risk, &source, &target);
        if (from) {
            c.sourceObject = from->column->id;
            c.column = from->column->name;
        }
        if (to) {
            c.targetObject = to->column->id;
            c.column = to->column->name;
        }
        return c;
    };
    for (qsizetype t = 0; t < target.columns.size(); ++t) {
        if (pairedTarget.contains(t))
            continue;
        const ColumnView &to = target.columns.at(t);
        // A NOT NULL column without a default has no value for the rows already there.
        const Risk risk
            = to.notNull && to.defaultSql.isEmpty() && !to.numbered ? Risk::MayFail : Risk::Safe;
        SchemaChange c = columnChange(Kind::AddColumn, risk, nullptr, &to);
        c.after = to.type + (to.notNull ? QStringLiteral(" NOT NULL") : QString());
        m_result.changes << c;
    }
    for (qsizetype s = 0; s < source.columns.size(); ++s) {
        if (!pairedSource.contains(s))
            m_result.changes << columnChange(
                Kind::DropColumn, Risk::DataLoss, &source.columns.at(s), nullptr);
    }
    for (const auto &[s, t] : pairs) {
        const ColumnView &from = source.columns.at(s);
        const ColumnView &to = target.columns.at(t);
        const auto add = [&](Kind kind, Risk risk, const QString &before, const QString &after) {
            SchemaChange c = columnChange(kind, risk, &from, &to);
            c.before = before;
            c.after = after;
            m_result.changes << c;
        };
        if (columnKey(from.column->name) != columnKey(to.column->name)) {
            SchemaChange c = columnChange(Kind::RenameColumn, Risk::Safe, &from, &to);
            c.oldColumn = from.column->name;
            m_result.changes << c;
        }
        if (from.type != to.type)
            add(Kind::ChangeType, typeChangeRisk(from.logical, to.logical), from.type, to.type);
        if (from.notNull != to.notNull)
            add(Kind::ChangeNullable, to.notNull ? Risk::MayFail : Risk::Safe,
                from.notNull ? QStringLiteral("NOT NULL") : QStringLiteral("NULL"),
                to.notNull ? QStringLiteral("NOT NULL") : QStringLiteral("NULL"));
        if (from.defaultSql.compare(to.defaultSql, Qt::CaseInsensitive) != 0 && !to.numbered)
            add(Kind::ChangeDefault, Risk::Safe,
                from.defaultSql.isEmpty() ? QStringLiteral("none") : from.defaultSql,
                to.defaultSql.isEmpty() ? QStringLiteral("none") : to.defaultSql);
        if (from.numbered != to.numbered)
            add(Kind::ChangeAutoIncrement, Risk::Safe,
                from.numbered ? QStringLiteral("AUTO_INCREMENT") : QString(),
                to.numbered ? QStringLiteral("AUTO_INCREMENT") : QString());
        if (from.column->comment != to.column->comment)
            add(Kind::ChangeColumnComment, Risk::Safe, from.column->comment, to.column->comment);
    }
}

// Keys and foreign keys are the same when their texts are (in the target's names): those only
// in the source are dropped, those only in the target added.
void Comparison::compareSets(const TableView &source, const TableView &target,
    const QHash<QString, ObjectId> &sourceSet, const QHash<QString, ObjectId> &targetSet,
    Kind drop, Kind add, const std::function<Risk(ObjectId)> &addRisk)
{
    for (auto it = sourceSet.cbegin(); it != sourceSet.cend(); ++it) {
        if (targetSet.contains(it.key()))
            continue;
        SchemaChange c = change(drop, Risk::Safe, &source, &target);
        c.sourceObject = it.value();
        c.object = it.key();
        m_result.changes << c;
    }
    for (auto it = targetSet.cbegin(); it != targetSet.cend(); ++it) {
        if (sourceSet.contains(it.key()))
            continue;
        SchemaChange c = change(add, addRisk(it.value()), &source, &target);
        c.targetObject = it.value();
        c.object = it.key();
        m_result.changes << c;
    }
}

void Comparison::compareKeys(const TableView &source, const TableView &target)
{
    QHash<QString, ObjectId> sourceKeys, targetKeys;
    for (const Key &k : source.table->keys) {
        if (source.keyTypes.contains(k.id))
            sourceKeys.insert(keyText(m_source, source, k, true), k.id);
    }
    for (const Key &k : target.table->keys) {
        if (target.keyTypes.contains(k.id))
            targetKeys.insert(keyText(m_target, target, k, false), k.id);
    }
    // A new unique key refuses duplicates already there.
    compareSets(source, target, sourceKeys, targetKeys, Kind::DropKey, Kind::AddKey,
        [&](ObjectId key) {
            const QString type = target.keyTypes.value(key);
            return type == Key::Primary || type == Key::Unique ? Risk::MayFail : Risk::Safe;
        });
}

void Comparison::compareForeignKeys(const TableView &source, const TableView &target)
{
    QHash<QString, ObjectId> sourceKeys, targetKeys;
    for (const ForeignKey &fk : source.table->foreignKeys)
        sourceKeys.insert(foreignKeyText(m_source, source, fk, true), fk.id);
    for (const ForeignKey &fk : target.table->foreignKeys)
        targetKeys.insert(foreignKeyText(m_target, target, fk, false), fk.id);
    // Rows whose parent is missing refuse a new one.
    compareSets(source, target, sourceKeys, targetKeys, Kind::DropForeignKey,
        Kind::AddForeignKey, [](ObjectId) { return Risk::MayFail; });
}

QString inheritanceText(const Schema &schema, const Table &table)
{
    const Inheritance &i = table.inheritance;
    if (i.kind == Inheritance::Kind::None)
        return QStringLiteral("none");
    const Table *parent = schema.table(i.parent);
    return inheritanceKindName(i.kind) + u' ' + (parent ? parent->name : i.parentName)
        + (i.identity.isEmpty() ? QString() : u" \"" + i.identity + u'"');
}

void Comparison::compareTables(qsizetype sourceIndex, qsizetype targetIndex)
{
    const TableView &source = m_source.tables.at(sourceIndex);
    const TableView &target = m_target.tables.at(targetIndex);
    if (tableKey(source.table->name) != tableKey(target.table->name))
        m_result.changes << change(Kind::RenameTable, Risk::Safe, &source, &target);
    if (source.table->comment != target.table->comment) {
        SchemaChange c = change(Kind::ChangeTableComment, Risk::Safe, &source, &target);
        c.before = source.table->comment;
        c.after = target.table->comment;
        m_result.changes << c;
    }
    if (!m_options.engine) {
        const QString before = inheritanceText(m_source.schema, *source.table);
        const QString after = inheritanceText(m_target.schema, *target.table);
        if (before != after) {
            SchemaChange c = change(Kind::ChangeInheritance, Risk::Safe, &source, &target);
            c.before = before;
            c.after = after;
            m_result.changes << c;
        }
    }
    compareColumns(source, target, m_columnPairs.value(source.table->id));
    compareKeys(source, target);
    compareForeignKeys(source, target);
}

SchemaDiffResult Comparison::run()
{
    if (!m_result.ok())
        return m_result;
    pairTables();
    // Every column pairing first: keys and foreign keys are spelled in the target's names.
    for (const auto &[s, t] : std::as_const(m_tablePairs))
        pairColumns(s, t);
    for (const RenameHints::ColumnRename &hint : m_options.renames.columns) {
        const qsizetype t = m_target.byName.value(tableKey(hint.table), -1);
        const bool paired = std::any_of(m_tablePairs.cbegin(), m_tablePairs.cend(),
            [t](const auto &pair) { return pair.second == t; });
        if (!paired)
            m_result.warnings << SchemaDiff::tr("The rename of column %1.%2 to %3 was not used: "
                                                "the target has no table %1 that the source has "
                                                "too.")
                                     .arg(hint.table, hint.from, hint.to);
    }
    for (const auto &[s, t] : std::as_const(m_tablePairs))
        compareTables(s, t);
    m_result.pairedTables = m_pairedTable;
    m_result.pairedColumns = m_pairedColumn;
    std::stable_sort(m_result.changes.begin(), m_result.changes.end(),
        [](const SchemaChange &a, const SchemaChange &b) {
            if (a.table != b.table)
                return a.table < b.table;
            if (a.kind != b.kind)
                return a.kind < b.kind;
            if (a.column != b.column)
                return a.column < b.column;
            return a.object < b.object;
        });
    return m_result;
}

} // namespace

SchemaDiffResult SchemaDiff::compare(
    const Schema &source, const Schema &target, const DiffOptions &options)
{
    return Comparison(source, target, options).run();
}
