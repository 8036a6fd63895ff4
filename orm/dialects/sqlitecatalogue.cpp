// SqliteDialect::readCatalogue: PRAGMAs first, the stored CREATE TABLE text for the rest.

#include "cataloguequery.h"
#include "sqlitedialect.h"
#include "sqlitetableparser.h"

#include "database/sqllog.h"
#include "schema/schema.h"
#include "sql/typemapping.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

struct TableSource
{
    ObjectId id = NoObject;
    QString name;
    std::optional<SqliteTableDefinition> definition;
};

bool sameName(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0; // SQLite's identifiers ignore ASCII case
}

ObjectId columnNamed(const Table &table, const QString &name)
{
    for (const Column &c : table.columns) {
        if (sameName(c.name, name))
            return c.id;
    }
    return NoObject;
}

const Table *tableNamed(const Schema &schema, const QString &name)
{
    if (const Table *t = schema.tableByName(name))
        return t;
    for (const Table &t : schema.tables()) {
        if (sameName(t.name, name))
            return &t;
    }
    return nullptr;
}

bool sameColumns(const QStringList &a, const QStringList &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!sameName(a.at(i), b.at(i)))
            return false;
    }
    return true;
}

// The name the CREATE TABLE text gives the foreign key from these columns to `target`.
QString foreignKeyName(const TableSource &source, const QStringList &from, const QString &target)
{
    QString name;
    if (!source.definition)
        return name;
    for (const auto &c : source.definition->constraints) {
        if (c.type == SqliteTableDefinition::ConstraintDefinition::Type::ForeignKey
            && sameColumns(c.columns, from) && sameName(c.referencedTable, target))
            name = c.name;
    }
    for (const auto &c : source.definition->columns) {
        if (c.references && from.size() == 1 && sameName(c.name, from.first())
            && sameName(c.references->referencedTable, target))
            name = c.references->name;
    }
    return name;
}

// An index of a table as pragma_index_list describes it.
struct SqliteIndex
{
    QString name;
    bool unique;
    QString origin;
    bool partial;
    qint64 order;
};

// A foreign key as pragma_foreign_key_list describes it, one row per column.
struct SqliteReference
{
    int id = -1;
    QString target;
    QStringList from;
    QStringList to; // empty entries: the target's primary key
    QString onUpdate, onDelete;
};

// One reading of the catalogue: the list of tables, then the PRAGMAs of each table, a step
// per kind of object, with the names only the CREATE TABLE text has.
class SqliteCatalogueReader : CatalogueReader
{
    Q_DECLARE_TR_FUNCTIONS(Dialect)

public:
    using CatalogueReader::CatalogueReader;

    bool read();

private:
    // Runs a PRAGMA table function on one name.
    bool runPragma(const QString &sql, const QString &name)
    {
        m_query.prepare(sql);
        m_query.addBindValue(name);
        return Sql::exec(m_query);
    }

    bool readTableList();
    bool readIndexOrder();
    bool readTable(TableSource &source);
    bool readColumns(const TableSource &source, Table &table, QList<ObjectId> *primaryKey);
    void addPrimaryKey(const TableSource &source, Table &table, const QList<ObjectId> &ids);
    bool readIndexes(const TableSource &source, Table &table, QList<SqliteIndex> *indexes);
    bool addIndex(const TableSource &source, Table &table, const SqliteIndex &index);
    void warnChecks(const TableSource &source);
    bool readForeignKeys(const TableSource &source);
    void addForeignKey(const TableSource &source, Table &table, const SqliteReference &reference);
    void readViews();

    QList<TableSource> m_sources;
    QHash<QString, qint64> m_indexOrder;
};

bool SqliteCatalogueReader::read()
{
    if (!readTableList() || !readIndexOrder())
        return false;
    for (TableSource &source : m_sources) {
        if (!readTable(source))
            return false;
    }
    // Foreign keys, now that every table they can reference exists.
    for (const TableSource &source : std::as_const(m_sources)) {
        if (!readForeignKeys(source))
            return false;
    }
    readViews();
    return true;
}

bool SqliteCatalogueReader::readTableList()
{
    if (!Sql::exec(m_query,
            QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'table' "
                           "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY rowid")))
        return fail(tr("the list of tables"));
    while (m_query.next()) {
        TableSource source;
        source.name = m_query.value(0).toString();
        QString parseError;
        source.definition = parseSqliteCreateTable(m_query.value(1).toString(), &parseError);
        if (!source.definition)
            m_warnings->append(tr("The CREATE TABLE text of \"%1\" cannot be read (%2); its "
                                  "constraint names, comments and AUTOINCREMENT are missing.")
                                   .arg(source.name, parseError));
        m_sources << source;
    }
    return true;
}

// Creation order of the indexes, read once (a lookup per index would scan sqlite_master
// for each of them).
bool SqliteCatalogueReader::readIndexOrder()
{
    if (!Sql::exec(
            m_query, QStringLiteral("SELECT name, rowid FROM sqlite_master WHERE type = 'index'")))
        return fail(tr("the list of indexes"));
    while (m_query.next())
        m_indexOrder.insert(m_query.value(0).toString(), m_query.value(1).toLongLong());
    return true;
}

bool SqliteCatalogueReader::readTable(TableSource &source)
{
    Table &table = m_schema.addTable(source.name);
    source.id = table.id;
    const SqliteTableDefinition *definition = source.definition ? &*source.definition : nullptr;
    if (definition)
        table.comment = definition->comment;
    if (definition && definition->withoutRowid)
        m_warnings->append(
            tr("\"%1\" is a WITHOUT ROWID table; the design does not say so.").arg(source.name));
    QList<ObjectId> primaryKey;
    if (!readColumns(source, table, &primaryKey))
        return false;
    if (!primaryKey.isEmpty())
        addPrimaryKey(source, table, primaryKey);
    QList<SqliteIndex> indexes;
    if (!readIndexes(source, table, &indexes))
        return false;
    // SQLite numbers a rowid table's single-column INTEGER PRIMARY KEY itself (a rowid
    // alias: declared type exactly INTEGER, not the column form "PRIMARY KEY DESC"). Any
    // other primary key, and every key of a WITHOUT ROWID table, has an index of its own
    // (origin 'pk'), so SQLite's own answer is whether that index exists.
    const bool keyIndex = std::any_of(indexes.cbegin(), indexes.cend(),
        [](const SqliteIndex &index) { return index.origin == u"pk"; });
    if (primaryKey.size() == 1 && !keyIndex && !(definition && definition->withoutRowid))
        table.column(primaryKey.first())->generatedByEngine = true;
    warnChecks(source);
    return true;
}

// Columns, and the primary key's columns in key order. hidden: 1 a hidden column of a
// virtual table, 2 and 3 generated columns.
bool SqliteCatalogueReader::readColumns(
    const TableSource &source, Table &table, QList<ObjectId> *primaryKey)
{
    if (!runPragma(QStringLiteral("SELECT name, type, \"notnull\", dflt_value, pk, hidden "
                                  "FROM pragma_table_xinfo(?) ORDER BY cid"),
            source.name))
        return fail(tr("the columns of \"%1\"").arg(source.name));
    QList<std::pair<int, ObjectId>> keyParts;
    while (m_query.next()) {
        const int hidden = m_query.value(5).toInt();
        if (hidden == 1)
            continue;
        const QString name = m_query.value(0).toString();
        const LogicalType type = m_dialect.typeFromCatalogue(m_query.value(1).toString());
        Column &column = m_schema.addColumn(table, name, m_dialect.designType(type));
        const int pk = m_query.value(4).toInt();
        column.nullable = m_query.value(2).toInt() == 0 && pk == 0;
        const SqliteTableDefinition::ColumnDefinition *columnDefinition = nullptr;
        if (source.definition) {
            for (const auto &c : source.definition->columns) {
                if (sameName(c.name, name))
                    columnDefinition = &c;
            }
        }
        if (columnDefinition) {
            column.comment = columnDefinition->comment;
            column.autoIncrement = columnDefinition->autoIncrement;
        }
        if (hidden == 2 || hidden == 3)
            CatalogueQuery::markGenerated(column, source.name, m_warnings);
        else if (column.autoIncrement)
            column.defaultValue = DefaultValue::none();
        else
            column.defaultValue
                = m_dialect.defaultFromSql(m_query.value(3).toString(), type, column.nullable);
        if (pk > 0)
            keyParts.append({pk, column.id});
    }
    std::sort(keyParts.begin(), keyParts.end());
    for (const auto &part : std::as_const(keyParts))
        *primaryKey << part.second;
    return true;
}

// The primary key, with its name and AUTOINCREMENT from the CREATE TABLE text.
void SqliteCatalogueReader::addPrimaryKey(
    const TableSource &source, Table &table, const QList<ObjectId> &ids)
{
    QString name;
    if (source.definition) {
        for (const auto &c : source.definition->columns) {
            if (c.primaryKey)
                name = c.primaryKeyName;
            if (c.primaryKey && c.autoIncrement)
                table.column(ids.first())->autoIncrement = true;
        }
        for (const auto &c : source.definition->constraints) {
            if (c.type == SqliteTableDefinition::ConstraintDefinition::Type::PrimaryKey) {
                name = c.name;
                if (c.autoIncrement && ids.size() == 1)
                    table.column(ids.first())->autoIncrement = true;
            }
        }
    }
    m_schema.addKey(table, Key::Primary, ids, name);
    for (ObjectId id : ids) {
        if (table.column(id)->autoIncrement)
            table.column(id)->defaultValue = DefaultValue::none();
    }
}

// Unique constraints and indexes. origin: 'pk' the primary key, 'u' a UNIQUE
// constraint (an automatic index without the constraint's name), 'c' CREATE INDEX.
bool SqliteCatalogueReader::readIndexes(
    const TableSource &source, Table &table, QList<SqliteIndex> *indexes)
{
    if (!runPragma(
            QStringLiteral("SELECT name, \"unique\", origin, partial FROM pragma_index_list(?)"),
            source.name))
        return fail(tr("the indexes of \"%1\"").arg(source.name));
    while (m_query.next()) {
        const QString name = m_query.value(0).toString();
        indexes->append({name, m_query.value(1).toBool(), m_query.value(2).toString(),
            m_query.value(3).toBool(), m_indexOrder.value(name)});
    }
    // Constraints in the order they were written, then indexes in creation order.
    std::sort(indexes->begin(), indexes->end(), [](const SqliteIndex &a, const SqliteIndex &b) {
        if ((a.origin == u"c") != (b.origin == u"c"))
            return a.origin != u"c";
        if (a.origin != u"c") {
            const int na = a.name.section(u'_', -1).toInt();
            const int nb = b.name.section(u'_', -1).toInt();
            return na < nb;
        }
        return a.order < b.order;
    });
    for (const SqliteIndex &index : std::as_const(*indexes)) {
        if (index.origin == u"pk")
            continue;
        if (index.partial) {
            m_warnings->append(tr("The partial index \"%1\" of \"%2\" is not part of the "
                                  "design.")
                                   .arg(index.name, source.name));
            continue;
        }
        if (!addIndex(source, table, index))
            return false;
    }
    return true;
}

bool SqliteCatalogueReader::addIndex(
    const TableSource &source, Table &table, const SqliteIndex &index)
{
    if (!runPragma(QStringLiteral("SELECT cid, name FROM pragma_index_info(?) ORDER BY seqno"),
            index.name))
        return fail(tr("the index \"%1\"").arg(index.name));
    QList<ObjectId> ids;
    QStringList names;
    bool expression = false;
    while (m_query.next()) {
        if (m_query.value(0).toInt() < 0) {
            expression = true;
            continue;
        }
        names << m_query.value(1).toString();
        ids << columnNamed(table, m_query.value(1).toString());
    }
    if (expression) {
        m_warnings->append(tr("The index \"%1\" of \"%2\" is on an expression; it is not "
                              "part of the design.")
                               .arg(index.name, source.name));
        return true;
    }
    QString name = index.name;
    if (index.origin == u"u") {
        name.clear(); // sqlite_autoindex_<table>_<n>: the constraint's name is in the SQL
        if (source.definition) {
            for (const auto &c : source.definition->constraints) {
                if (c.type == SqliteTableDefinition::ConstraintDefinition::Type::Unique
                    && sameColumns(c.columns, names))
                    name = c.name;
            }
            for (const auto &c : source.definition->columns) {
                if (c.unique && names.size() == 1 && sameName(c.name, names.first()))
                    name = c.uniqueName;
            }
        }
    }
    m_schema.addKey(table, index.unique ? Key::Unique : Key::Index, ids, name);
    return true;
}

void SqliteCatalogueReader::warnChecks(const TableSource &source)
{
    if (!source.definition)
        return;
    QStringList checks;
    for (const auto &c : source.definition->constraints) {
        if (c.type == SqliteTableDefinition::ConstraintDefinition::Type::Check)
            checks << (c.name.isEmpty() ? c.checkExpression : c.name);
    }
    for (const auto &c : source.definition->columns)
        checks << c.checks;
    if (!checks.isEmpty())
        m_warnings->append(tr("The CHECK constraints of \"%1\" are not part of the "
                              "design: %2")
                               .arg(source.name, checks.join(QStringLiteral("; "))));
}

bool SqliteCatalogueReader::readForeignKeys(const TableSource &source)
{
    Table &table = *m_schema.table(source.id);
    if (!runPragma(QStringLiteral("SELECT id, \"table\", \"from\", \"to\", on_update, on_delete "
                                  "FROM pragma_foreign_key_list(?) ORDER BY id, seq"),
            source.name))
        return fail(tr("the foreign keys of \"%1\"").arg(source.name));
    QList<SqliteReference> references;
    while (m_query.next()) {
        const int id = m_query.value(0).toInt();
        if (references.isEmpty() || references.last().id != id) {
            references.append(SqliteReference {id, m_query.value(1).toString(), {}, {},
                m_query.value(4).toString(), m_query.value(5).toString()});
        }
        references.last().from << m_query.value(2).toString();
        references.last().to << m_query.value(3).toString();
    }
    // SQLite numbers foreign keys from the last declared; the design lists them in the
    // order they were written.
    std::reverse(references.begin(), references.end());
    for (const SqliteReference &reference : std::as_const(references))
        addForeignKey(source, table, reference);
    return true;
}

void SqliteCatalogueReader::addForeignKey(
    const TableSource &source, Table &table, const SqliteReference &reference)
{
    const Table *target = tableNamed(m_schema, reference.target);
    if (!target) {
        m_warnings->append(tr("A foreign key of \"%1\" references \"%2\", which does not "
                              "exist; it is left out.")
                               .arg(source.name, reference.target));
        return;
    }
    QList<ObjectId> from, to;
    QStringList toNames = reference.to;
    if (std::all_of(
            toNames.cbegin(), toNames.cend(), [](const QString &s) { return s.isEmpty(); })) {
        // A bare REFERENCES parent: the parent's primary key.
        toNames.clear();
        if (const Key *pk = target->primaryKey()) {
            for (const KeyPart &p : pk->parts)
                toNames << target->column(p.column)->name;
        }
    }
    for (const QString &name : reference.from)
        from << columnNamed(table, name);
    for (const QString &name : toNames)
        to << columnNamed(*target, name);
    if (from.contains(NoObject) || to.contains(NoObject) || from.size() != to.size()) {
        m_warnings->append(tr("A foreign key of \"%1\" to \"%2\" names columns that do "
                              "not exist; it is left out.")
                               .arg(source.name, reference.target));
        return;
    }
    ForeignKey &fk = m_schema.addForeignKey(
        table, from, *target, to, foreignKeyName(source, reference.from, reference.target));
    CatalogueQuery::setActions(fk, reference.onUpdate, reference.onDelete);
}

void SqliteCatalogueReader::readViews()
{
    if (!Sql::exec(m_query,
            QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'view' "
                           "ORDER BY rowid")))
        return;
    QStringList views;
    while (m_query.next())
        views << m_query.value(0).toString();
    CatalogueQuery::warnNotTables(views, {}, {}, m_warnings);
}

} // namespace

bool SqliteDialect::readCatalogue(
    const QSqlDatabase &db, Schema &schema, QStringList *warnings, QString *error) const
{
    return SqliteCatalogueReader(*this, db, schema, warnings, error).read();
}
