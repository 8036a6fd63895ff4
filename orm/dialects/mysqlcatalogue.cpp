// MysqlDialect::readCatalogue: information_schema, for the connection's database.
//
// One query per kind of object for the whole database, the database's name bound, rather
// than one per table. Rows are sorted out by the exact table name they carry (information_schema
// compares and sorts names without case, so its ORDER BY only groups rows; the grouping that
// matters is done here).

#include "cataloguequery.h"
#include "mysqldialect.h"

#include "schema/schema.h"
#include "sql/typemapping.h"

#include <QHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <tuple>

namespace {

using Check = std::pair<QString, QString>; // (name, clause)

// An index as STATISTICS lists it, one row per column.
struct MyIndex
{
    QString table;
    QString name;
    bool unique = false;
    QString type; // BTREE, HASH, FULLTEXT, SPATIAL
    QList<std::pair<int, QString>> columns; // (SEQ_IN_INDEX, column)
    bool prefix = false;
    bool expression = false;
};

// A foreign key as KEY_COLUMN_USAGE lists it, one row per column.
struct MyReference
{
    QString table;
    QString name;
    QString targetSchema, target;
    QString onUpdate, onDelete;
    QList<std::tuple<int, QString, QString>> columns; // (position, column, referenced)
};

// One reading of the catalogue: a step per kind of object, each one query for the database.
class MysqlCatalogueReader : CatalogueReader
{
    Q_DECLARE_TR_FUNCTIONS(Dialect)

public:
    using CatalogueReader::CatalogueReader;

    bool read()
    {
        if (!(readDatabase() && readTables() && readChecks() && readColumns() && readIndexes()
                && readForeignKeys() && readTriggers()))
            return false;
        CatalogueQuery::warnNotTables(m_views, m_sequences, {}, m_warnings);
        return true;
    }

private:
    Table *tableOf(const QString &name) const { return m_tables.value(name); }
    bool isJsonCheck(const Check &check, const QString &column) const
    {
        return check.first == column
            && check.second == u"json_valid(" + m_dialect.quoteIdentifier(column) + u')';
    }

    bool readDatabase();
    bool readTables();
    bool readChecks();
    bool readColumns();
    void addColumn(Table &table);
    bool readIndexes();
    void addIndex(MyIndex &index);
    bool readForeignKeys();
    void addForeignKey(MyReference &reference);
    bool readTriggers();
    QStringList checkNames(const Table &table) const;

    QString m_database;
    QVariantList m_inDatabase;
    QHash<QString, Table *> m_tables;
    QStringList m_tableOrder, m_views, m_sequences;
    QHash<QString, QList<Check>> m_checks; // by table
};

bool MysqlCatalogueReader::readDatabase()
{
    if (!run(QStringLiteral("SELECT DATABASE()"), {}))
        return fail(tr("the name of the database"));
    if (!m_query.next() || m_query.value(0).isNull()) {
        *m_error = tr("Cannot read the catalogue: the connection has no database selected.");
        return false;
    }
    m_database = m_query.value(0).toString();
    m_inDatabase = {m_database};
    return true;
}

// Tables in creation order as far as MariaDB knows it: CREATE_TIME has whole seconds,
// so tables created within one second come in name order. Views and sequences are
// listed for the warnings at the end.
bool MysqlCatalogueReader::readTables()
{
    if (!run(QStringLiteral("SELECT TABLE_NAME, TABLE_TYPE, TABLE_COMMENT "
                            "FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? "
                            "ORDER BY CREATE_TIME, TABLE_NAME"),
            m_inDatabase))
        return fail(tr("the list of tables"));
    QHash<QString, ObjectId> tableIds;
    while (m_query.next()) {
        const QString name = m_query.value(0).toString();
        const QString type = m_query.value(1).toString();
        if (type == u"VIEW") {
            m_views << CatalogueQuery::quoted(name);
            continue;
        }
        if (type == u"SEQUENCE") {
            m_sequences << CatalogueQuery::quoted(name);
            continue;
        }
        if (type != u"BASE TABLE" && type != u"SYSTEM VERSIONED")
            continue; // TEMPORARY: the session's own
        if (type == u"SYSTEM VERSIONED")
            m_warnings->append(tr("\"%1\" is system-versioned; its history is not part of the "
                                  "design.")
                                   .arg(name));
        Table &table = m_schema.addTable(name);
        table.comment = m_query.value(2).toString();
        tableIds.insert(name, table.id);
        m_tableOrder << name;
    }
    // No table is added from here on, so pointers into the schema's list stay valid.
    for (auto it = tableIds.cbegin(); it != tableIds.cend(); ++it)
        m_tables.insert(it.key(), m_schema.table(it.value()));
    return true;
}

// CHECK constraints. MariaDB's JSON is LONGTEXT with the column-level CHECK
// (json_valid(`column`)) named after the column: that one makes the column JSON again.
// MySQL's CHECK_CONSTRAINTS has no TABLE_NAME; TABLE_CONSTRAINTS names them there.
bool MysqlCatalogueReader::readChecks()
{
    if (!run(QStringLiteral("SELECT TABLE_NAME, CONSTRAINT_NAME, CHECK_CLAUSE "
                            "FROM information_schema.CHECK_CONSTRAINTS "
                            "WHERE CONSTRAINT_SCHEMA = ?"),
            m_inDatabase)
        && !run(QStringLiteral("SELECT TABLE_NAME, CONSTRAINT_NAME, '' "
                               "FROM information_schema.TABLE_CONSTRAINTS "
                               "WHERE TABLE_SCHEMA = ? AND CONSTRAINT_TYPE = 'CHECK'"),
            m_inDatabase))
        return fail(tr("the CHECK constraints"));
    while (m_query.next())
        m_checks[m_query.value(0).toString()].append(
            {m_query.value(1).toString(), m_query.value(2).toString()});
    return true;
}

// Columns in ordinal position.
bool MysqlCatalogueReader::readColumns()
{
    if (!run(QStringLiteral("SELECT TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, "
                            "COLUMN_DEFAULT, EXTRA, COLUMN_COMMENT "
                            "FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ? "
                            "ORDER BY TABLE_NAME, ORDINAL_POSITION"),
            m_inDatabase))
        return fail(tr("the columns"));
    while (m_query.next()) {
        if (Table *table = tableOf(m_query.value(0).toString()))
            addColumn(*table);
    }
    return true;
}

void MysqlCatalogueReader::addColumn(Table &table)
{
    static const QRegularExpression generatedExtra(
        QStringLiteral("\\b(VIRTUAL|STORED|PERSISTENT)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    const QString name = m_query.value(1).toString();
    QString reportedType = m_query.value(2).toString();
    const QList<Check> tableChecks = m_checks.value(table.name);
    if (reportedType.compare(u"longtext", Qt::CaseInsensitive) == 0
        && std::any_of(tableChecks.cbegin(), tableChecks.cend(),
            [&](const Check &check) { return isJsonCheck(check, name); }))
        reportedType = QStringLiteral("json");
    const LogicalType type = m_dialect.typeFromCatalogue(reportedType);
    Column &column = m_schema.addColumn(table, name, m_dialect.designType(type));
    column.nullable = m_query.value(3).toString() == u"YES";
    column.comment = m_query.value(6).toString();
    const QString extra = m_query.value(5).toString();
    if (generatedExtra.match(extra).hasMatch()) {
        CatalogueQuery::markGenerated(column, table.name, m_warnings);
        return;
    }
    if (extra.contains(QStringLiteral("on update"), Qt::CaseInsensitive))
        m_warnings->append(tr("\"%1\".\"%2\" is set on every update (ON UPDATE); the "
                              "design does not say so.")
                               .arg(table.name, name));
    column.autoIncrement = extra.contains(QStringLiteral("auto_increment"), Qt::CaseInsensitive);
    column.generatedByEngine = column.autoIncrement;
    // COLUMN_DEFAULT: SQL NULL for no default; MariaDB quotes literals and writes a
    // NULL default as the text NULL.
    CatalogueQuery::setDefault(
        column, m_dialect, table.name, m_query.value(4).toString(), type, m_warnings);
}

// Keys. STATISTICS has no index number: its rows come in the table's key order (primary
// key, unique keys, other indexes, full-text ones), which is kept; SEQ_IN_INDEX orders
// the columns.
bool MysqlCatalogueReader::readIndexes()
{
    if (!run(QStringLiteral("SELECT TABLE_NAME, INDEX_NAME, NON_UNIQUE, SEQ_IN_INDEX, "
                            "COLUMN_NAME, SUB_PART, INDEX_TYPE "
                            "FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = ?"),
            m_inDatabase))
        return fail(tr("the keys and indexes"));
    QList<MyIndex> indexes;
    QHash<std::pair<QString, QString>, qsizetype> indexAt;
    while (m_query.next()) {
        const std::pair<QString, QString> key {
            m_query.value(0).toString(), m_query.value(1).toString()};
        auto it = indexAt.constFind(key);
        if (it == indexAt.cend()) {
            MyIndex index;
            index.table = key.first;
            index.name = key.second;
            index.unique = m_query.value(2).toInt() == 0;
            index.type = m_query.value(6).toString().toUpper();
            it = indexAt.insert(key, indexes.size());
            indexes << index;
        }
        MyIndex &index = indexes[it.value()];
        if (m_query.value(4).isNull())
            index.expression = true; // MySQL 8's functional key parts
        else
            index.columns.append({m_query.value(3).toInt(), m_query.value(4).toString()});
        if (!m_query.value(5).isNull())
            index.prefix = true;
    }
    for (MyIndex &index : indexes)
        addIndex(index);
    return true;
}

void MysqlCatalogueReader::addIndex(MyIndex &index)
{
    Table *table = tableOf(index.table);
    if (!table)
        return;
    if (index.expression) {
        m_warnings->append(tr("The index \"%1\" of \"%2\" is on an expression; it is not "
                              "part of the design.")
                               .arg(index.name, table->name));
        return;
    }
    std::stable_sort(index.columns.begin(), index.columns.end(),
        [](const auto &a, const auto &b) { return a.first < b.first; });
    QStringList names;
    for (const auto &part : std::as_const(index.columns))
        names << part.second;
    if (index.prefix && index.type != u"SPATIAL")
        m_warnings->append(tr("The index \"%1\" of \"%2\" covers only a prefix of some "
                              "columns; the design has the whole columns.")
                               .arg(index.name, table->name));
    if (index.type == u"SPATIAL")
        m_warnings->append(tr("The index \"%1\" of \"%2\" is a SPATIAL index; the design "
                              "keeps it as a plain index.")
                               .arg(index.name, table->name));
    const QString type = index.name == u"PRIMARY" ? Key::Primary
        : index.unique                            ? Key::Unique
        : index.type == u"FULLTEXT"               ? Key::Fulltext
                                                  : Key::Index;
    m_schema.addKey(*table, type, CatalogueQuery::columnIds(*table, names), index.name);
}

// Foreign keys, now that every table they can reference exists.
bool MysqlCatalogueReader::readForeignKeys()
{
    if (!run(QStringLiteral(
                 "SELECT k.TABLE_NAME, k.CONSTRAINT_NAME, k.ORDINAL_POSITION, k.COLUMN_NAME, "
                 "k.REFERENCED_TABLE_SCHEMA, k.REFERENCED_TABLE_NAME, k.REFERENCED_COLUMN_NAME, "
                 "r.UPDATE_RULE, r.DELETE_RULE "
                 "FROM information_schema.KEY_COLUMN_USAGE k "
                 "JOIN information_schema.REFERENTIAL_CONSTRAINTS r "
                 "ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA "
                 "AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME "
                 "WHERE k.TABLE_SCHEMA = ? AND r.CONSTRAINT_SCHEMA = ? "
                 "AND k.REFERENCED_TABLE_NAME IS NOT NULL "
                 "ORDER BY k.TABLE_NAME, k.CONSTRAINT_NAME, k.ORDINAL_POSITION"),
            {m_database, m_database}))
        return fail(tr("the foreign keys"));
    QList<MyReference> references;
    QHash<std::pair<QString, QString>, qsizetype> referenceAt;
    while (m_query.next()) {
        const std::pair<QString, QString> key {
            m_query.value(0).toString(), m_query.value(1).toString()};
        auto it = referenceAt.constFind(key);
        if (it == referenceAt.cend()) {
            MyReference reference;
            reference.table = key.first;
            reference.name = key.second;
            reference.targetSchema = m_query.value(4).toString();
            reference.target = m_query.value(5).toString();
            reference.onUpdate = m_query.value(7).toString();
            reference.onDelete = m_query.value(8).toString();
            it = referenceAt.insert(key, references.size());
            references << reference;
        }
        references[it.value()].columns.append(
            {m_query.value(2).toInt(), m_query.value(3).toString(), m_query.value(6).toString()});
    }
    for (MyReference &reference : references)
        addForeignKey(reference);
    return true;
}

void MysqlCatalogueReader::addForeignKey(MyReference &reference)
{
    Table *table = tableOf(reference.table);
    if (!table)
        return;
    const Table *target
        = reference.targetSchema == m_database ? tableOf(reference.target) : nullptr;
    if (!target) {
        m_warnings->append(tr("The foreign key \"%1\" of \"%2\" references %3, which is not "
                              "a table of this database; it is left out.")
                               .arg(reference.name, table->name,
                                   CatalogueQuery::quoted(reference.targetSchema) + u'.'
                                       + CatalogueQuery::quoted(reference.target)));
        return;
    }
    std::stable_sort(reference.columns.begin(), reference.columns.end(),
        [](const auto &a, const auto &b) { return std::get<0>(a) < std::get<0>(b); });
    QStringList from, to;
    for (const auto &part : std::as_const(reference.columns)) {
        from << std::get<1>(part);
        to << std::get<2>(part);
    }
    ForeignKey &fk = m_schema.addForeignKey(*table, CatalogueQuery::columnIds(*table, from),
        *target, CatalogueQuery::columnIds(*target, to), reference.name);
    CatalogueQuery::setActions(fk, reference.onUpdate, reference.onDelete);
}

// Triggers; with the CHECK constraints (but MariaDB's JSON ones), one warning per table.
bool MysqlCatalogueReader::readTriggers()
{
    if (!run(QStringLiteral("SELECT EVENT_OBJECT_TABLE, TRIGGER_NAME "
                            "FROM information_schema.TRIGGERS WHERE EVENT_OBJECT_SCHEMA = ? "
                            "ORDER BY EVENT_OBJECT_TABLE, ACTION_TIMING, EVENT_MANIPULATION, "
                            "ACTION_ORDER"),
            m_inDatabase))
        return fail(tr("the triggers"));
    QHash<QString, QStringList> triggers;
    while (m_query.next())
        triggers[m_query.value(0).toString()]
            << CatalogueQuery::quoted(m_query.value(1).toString());
    for (const QString &name : std::as_const(m_tableOrder))
        CatalogueQuery::warnChecksAndTriggers(
            name, checkNames(*tableOf(name)), triggers.value(name), m_warnings);
    return true;
}

// The names of a table's CHECK constraints but the ones that make a column JSON.
QStringList MysqlCatalogueReader::checkNames(const Table &table) const
{
    const QList<Check> checks = m_checks.value(table.name);
    if (checks.isEmpty())
        return {};
    const QString json = m_dialect.designType(m_dialect.typeFromCatalogue(QStringLiteral("json")));
    QStringList names;
    for (const Check &check : checks) {
        const Column *column = table.columnByName(check.first);
        if (!(column && column->datatype == json && isJsonCheck(check, column->name)))
            names << CatalogueQuery::quoted(check.first);
    }
    return names;
}

} // namespace

bool MysqlDialect::readCatalogue(
    const QSqlDatabase &db, Schema &schema, QStringList *warnings, QString *error) const
{
    return MysqlCatalogueReader(*this, db, schema, warnings, error).read();
}
