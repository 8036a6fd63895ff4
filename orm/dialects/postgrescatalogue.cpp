// PostgresDialect::readCatalogue: pg_catalog, for the tables of current_schema().
//
// One query per kind of object for the whole schema (tables, columns, keys, foreign keys,
// what a design cannot hold), each with the schema's oid bound, rather than one per table:
// a schema of hundreds of tables reads in a handful of round trips. Rows are matched to
// tables by oid, never by name, so no name is ever compared, quoted or spliced.

#include "cataloguequery.h"
#include "postgresdialect.h"

#include "schema/schema.h"
#include "sql/typemapping.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

// The tables of the schema (relkind r: ordinary, p: partitioned), without partitions.
const char16_t TablesFilter[] = u"c.relnamespace = ? AND c.relkind IN ('r', 'p') "
                                u"AND NOT c.relispartition";

QString pgActionText(const QString &letter)
{
    if (letter == u"a")
        return QStringLiteral("NO ACTION");
    if (letter == u"r")
        return QStringLiteral("RESTRICT");
    if (letter == u"c")
        return QStringLiteral("CASCADE");
    if (letter == u"n")
        return QStringLiteral("SET NULL");
    if (letter == u"d")
        return QStringLiteral("SET DEFAULT");
    return letter;
}

// An index as pg_index describes it, with the constraint it backs.
struct PgIndex
{
    qint64 table = 0;
    qint64 oid = 0;
    QString name;
    bool unique = false;
    QString constraintType; // p, u, x or empty
    bool partial = false;
    QString method;
    int keyColumns = 0;
    QStringList columns;
    bool expression = false;
    bool included = false;
    bool descending = false;
};

// A foreign key as pg_constraint describes it, its columns zipped with the referenced ones.
struct PgReference
{
    qint64 table = 0;
    qint64 oid = 0;
    QString name;
    qint64 target = 0;
    QString targetSchema, targetName;
    QString onUpdate, onDelete;
    QStringList from, to;
};

// One reading of the catalogue: a step per kind of object, each one query for the schema.
class PostgresCatalogueReader : CatalogueReader
{
    Q_DECLARE_TR_FUNCTIONS(Dialect)

public:
    using CatalogueReader::CatalogueReader;

    bool read()
    {
        return readNamespace() && readTables() && readColumns() && readIndexes()
            && readForeignKeys() && readChecksAndTriggers() && readViewsAndSequences();
    }

private:
    Table *tableOf(qint64 oid) const { return m_tables.value(oid); }

    bool readNamespace();
    bool readTables();
    bool readColumns();
    void addColumn(Table &table);
    bool readIndexes();
    void addIndex(const PgIndex &index);
    bool readForeignKeys();
    void addForeignKey(const PgReference &reference);
    bool readChecksAndTriggers();
    bool readViewsAndSequences();

    const QString m_tablesFilter = QString::fromUtf16(TablesFilter);
    qint64 m_namespaceOid = 0;
    QVariantList m_inSchema;
    QHash<qint64, Table *> m_tables;
    QList<qint64> m_tableOrder;
    QHash<qint64, QString> m_tableNames;
};

// The schema: the first of the search path that exists, as unqualified names resolve.
bool PostgresCatalogueReader::readNamespace()
{
    if (!run(QStringLiteral("SELECT n.oid::bigint, n.nspname FROM pg_catalog.pg_namespace n "
                            "WHERE n.nspname = pg_catalog.current_schema()"),
            {}))
        return fail(tr("the current schema"));
    if (!m_query.next()) {
        *m_error = tr("Cannot read the catalogue: no schema of the search path exists.");
        return false;
    }
    m_namespaceOid = m_query.value(0).toLongLong();
    m_inSchema = {m_namespaceOid};
    return true;
}

// Tables, in creation order.
bool PostgresCatalogueReader::readTables()
{
    if (!run(QStringLiteral("SELECT c.oid::bigint, c.relname, c.relkind::text, "
                            "pg_catalog.obj_description(c.oid, 'pg_class') "
                            "FROM pg_catalog.pg_class c WHERE ")
                + m_tablesFilter + QStringLiteral(" ORDER BY c.oid"),
            m_inSchema))
        return fail(tr("the list of tables"));
    QHash<qint64, ObjectId> tableIds;
    while (m_query.next()) {
        const qint64 oid = m_query.value(0).toLongLong();
        const QString name = m_query.value(1).toString();
        Table &table = m_schema.addTable(name);
        table.comment = m_query.value(3).toString();
        tableIds.insert(oid, table.id);
        m_tableNames.insert(oid, name);
        m_tableOrder << oid;
        if (m_query.value(2).toString() == u"p")
            m_warnings->append(tr("\"%1\" is a partitioned table; its partitioning and its "
                                  "partitions are not part of the design.")
                                   .arg(name));
    }
    // No table is added from here on, so pointers into the schema's list stay valid.
    for (auto it = tableIds.cbegin(); it != tableIds.cend(); ++it)
        m_tables.insert(it.key(), m_schema.table(it.value()));
    return true;
}

// Columns in ordinal position. attidentity: 'a' ALWAYS, 'd' BY DEFAULT; attgenerated:
// 's' a stored generated column, whose expression is in pg_attrdef like a default.
bool PostgresCatalogueReader::readColumns()
{
    if (!run(QStringLiteral("SELECT a.attrelid::bigint, a.attname, "
                            "pg_catalog.format_type(a.atttypid, a.atttypmod), a.attnotnull, "
                            "a.attidentity::text, a.attgenerated::text, "
                            "pg_catalog.pg_get_expr(d.adbin, d.adrelid), "
                            "pg_catalog.col_description(a.attrelid, a.attnum), "
                            // An enum type's labels, in their order.
                            "(SELECT pg_catalog.string_agg(pg_catalog.quote_literal(e.enumlabel), "
                            "',' ORDER BY e.enumsortorder) FROM pg_catalog.pg_enum e "
                            "WHERE e.enumtypid = a.atttypid) "
                            "FROM pg_catalog.pg_attribute a "
                            "JOIN pg_catalog.pg_class c ON c.oid = a.attrelid "
                            "LEFT JOIN pg_catalog.pg_attrdef d "
                            "ON d.adrelid = a.attrelid AND d.adnum = a.attnum "
                            "WHERE ")
                + m_tablesFilter
                + QStringLiteral(" AND a.attnum > 0 AND NOT a.attisdropped "
                                 "ORDER BY a.attrelid, a.attnum"),
            m_inSchema))
        return fail(tr("the columns"));
    while (m_query.next()) {
        if (Table *table = tableOf(m_query.value(0).toLongLong()))
            addColumn(*table);
    }
    return true;
}

void PostgresCatalogueReader::addColumn(Table &table)
{
    const QString name = m_query.value(1).toString();
    // A column of an enum type (CREATE TYPE mood AS ENUM ...) keeps its labels as the
    // design's ENUM(...), which a design can hold and every engine can apply.
    const QString labels = m_query.value(8).toString();
    if (!labels.isEmpty())
        m_warnings->append(tr("\"%1\".\"%2\" is of the enum type %3; the design keeps its "
                              "values as ENUM(%4).")
                               .arg(table.name, name, m_query.value(2).toString(), labels));
    const LogicalType type = m_dialect.typeFromCatalogue(labels.isEmpty()
            ? m_query.value(2).toString()
            : QStringLiteral("ENUM(") + labels + u')');
    Column &column = m_schema.addColumn(table, name, m_dialect.designType(type));
    column.nullable = !m_query.value(3).toBool();
    column.comment = m_query.value(7).toString();
    const QString identity = m_query.value(4).toString();
    const bool generated = !m_query.value(5).toString().isEmpty();
    const QString expression = m_query.value(6).toString();
    if (generated) {
        CatalogueQuery::markGenerated(column, table.name, m_warnings);
        return;
    }
    // SERIAL: a default taken from a sequence.
    column.autoIncrement = identity == u"a" || identity == u"d"
        || expression.startsWith(QStringLiteral("nextval("), Qt::CaseInsensitive);
    column.generatedByEngine = column.autoIncrement;
    CatalogueQuery::setDefault(column, m_dialect, table.name, expression, type, m_warnings);
}

// Keys: every index, with the PRIMARY KEY / UNIQUE / EXCLUDE constraint it backs (so a
// constraint is read once, under the constraint's name), its columns in index order.
// attnum 0 is an expression; columns past indnkeyatts are INCLUDE columns.
bool PostgresCatalogueReader::readIndexes()
{
    if (!run(QStringLiteral(
                 "SELECT i.indrelid::bigint, i.indexrelid::bigint, ic.relname, i.indisunique, "
                 "con.conname, con.contype::text, i.indpred IS NOT NULL, am.amname, "
                 "i.indnkeyatts, k.n, k.attnum, a.attname, "
                 "(i.indoption[(k.n - 1)::int] & 1) = 1 AS descending "
                 "FROM pg_catalog.pg_index i "
                 "JOIN pg_catalog.pg_class c ON c.oid = i.indrelid "
                 "JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid "
                 "JOIN pg_catalog.pg_am am ON am.oid = ic.relam "
                 "LEFT JOIN pg_catalog.pg_constraint con ON con.conindid = i.indexrelid "
                 "AND con.conrelid = i.indrelid AND con.contype IN ('p', 'u', 'x') "
                 "CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, n) "
                 "LEFT JOIN pg_catalog.pg_attribute a "
                 "ON a.attrelid = i.indrelid AND a.attnum = k.attnum "
                 "WHERE ")
                + m_tablesFilter + QStringLiteral(" ORDER BY i.indrelid, i.indexrelid, k.n"),
            m_inSchema))
        return fail(tr("the keys and indexes"));
    QList<PgIndex> indexes;
    while (m_query.next()) {
        const qint64 oid = m_query.value(1).toLongLong();
        if (indexes.isEmpty() || indexes.last().oid != oid) {
            PgIndex index;
            index.table = m_query.value(0).toLongLong();
            index.oid = oid;
            index.constraintType = m_query.value(5).toString();
            index.name = index.constraintType.isEmpty() ? m_query.value(2).toString()
                                                        : m_query.value(4).toString();
            index.unique = m_query.value(3).toBool();
            index.partial = m_query.value(6).toBool();
            index.method = m_query.value(7).toString();
            index.keyColumns = m_query.value(8).toInt();
            indexes << index;
        }
        PgIndex &index = indexes.last();
        if (m_query.value(9).toInt() > index.keyColumns)
            index.included = true;
        else if (m_query.value(10).toInt() <= 0 || m_query.value(11).isNull())
            index.expression = true;
        else
            index.columns << m_query.value(11).toString();
        if (m_query.value(9).toInt() <= index.keyColumns && m_query.value(12).toBool())
            index.descending = true;
    }
    for (const PgIndex &index : std::as_const(indexes))
        addIndex(index);
    return true;
}

void PostgresCatalogueReader::addIndex(const PgIndex &index)
{
    Table *table = tableOf(index.table);
    if (!table)
        return;
    if (index.constraintType == u"x") {
        m_warnings->append(tr("The exclusion constraint \"%1\" of \"%2\" is not part of the "
                              "design.")
                               .arg(index.name, table->name));
        return;
    }
    if (index.expression) {
        m_warnings->append(tr("The index \"%1\" of \"%2\" is on an expression; it is not "
                              "part of the design.")
                               .arg(index.name, table->name));
        return;
    }
    if (index.partial) {
        m_warnings->append(tr("The partial index \"%1\" of \"%2\" is not part of the "
                              "design.")
                               .arg(index.name, table->name));
        return;
    }
    if (index.included)
        m_warnings->append(tr("The INCLUDE columns of the index \"%1\" of \"%2\" are not "
                              "part of the design.")
                               .arg(index.name, table->name));
    if (index.descending)
        m_warnings->append(tr("The index \"%1\" of \"%2\" sorts some columns in descending "
                              "order; the design does not say so.")
                               .arg(index.name, table->name));
    if (index.constraintType.isEmpty() && index.method != u"btree")
        m_warnings->append(tr("The index \"%1\" of \"%2\" is a %3 index; the design keeps "
                              "its columns only.")
                               .arg(index.name, table->name, index.method));
    const QString type = index.constraintType == u"p" ? Key::Primary
        : index.unique                                ? Key::Unique
                                                      : Key::Index;
    m_schema.addKey(*table, type, CatalogueQuery::columnIds(*table, index.columns), index.name);
}

// Foreign keys, now that every table they can reference exists: conkey and confkey
// zipped in order. conparentid: the copies PostgreSQL makes for partitions.
bool PostgresCatalogueReader::readForeignKeys()
{
    if (!run(QStringLiteral("SELECT con.conrelid::bigint, con.oid::bigint, con.conname, "
                            "con.confrelid::bigint, rn.nspname, rc.relname, con.confupdtype::text, "
                            "con.confdeltype::text, a.attname, ra.attname "
                            "FROM pg_catalog.pg_constraint con "
                            "JOIN pg_catalog.pg_class c ON c.oid = con.conrelid "
                            "JOIN pg_catalog.pg_class rc ON rc.oid = con.confrelid "
                            "JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace "
                            "CROSS JOIN LATERAL unnest(con.conkey, con.confkey) "
                            "WITH ORDINALITY AS k(attnum, refattnum, n) "
                            "JOIN pg_catalog.pg_attribute a "
                            "ON a.attrelid = con.conrelid AND a.attnum = k.attnum "
                            "JOIN pg_catalog.pg_attribute ra "
                            "ON ra.attrelid = con.confrelid AND ra.attnum = k.refattnum "
                            "WHERE ")
                + m_tablesFilter
                + QStringLiteral(" AND con.contype = 'f' AND con.conparentid = 0 "
                                 "ORDER BY con.conrelid, con.oid, k.n"),
            m_inSchema))
        return fail(tr("the foreign keys"));
    QList<PgReference> references;
    while (m_query.next()) {
        const qint64 oid = m_query.value(1).toLongLong();
        if (references.isEmpty() || references.last().oid != oid) {
            references.append(PgReference {m_query.value(0).toLongLong(), oid,
                m_query.value(2).toString(), m_query.value(3).toLongLong(),
                m_query.value(4).toString(), m_query.value(5).toString(),
                m_query.value(6).toString(), m_query.value(7).toString(), {}, {}});
        }
        references.last().from << m_query.value(8).toString();
        references.last().to << m_query.value(9).toString();
    }
    for (const PgReference &reference : std::as_const(references))
        addForeignKey(reference);
    return true;
}

void PostgresCatalogueReader::addForeignKey(const PgReference &reference)
{
    Table *table = tableOf(reference.table);
    if (!table)
        return;
    const Table *target = tableOf(reference.target);
    if (!target) {
        m_warnings->append(tr("The foreign key \"%1\" of \"%2\" references %3, which is not "
                              "a table of this schema; it is left out.")
                               .arg(reference.name, table->name,
                                   CatalogueQuery::quoted(reference.targetSchema) + u'.'
                                       + CatalogueQuery::quoted(reference.targetName)));
        return;
    }
    ForeignKey &fk
        = m_schema.addForeignKey(*table, CatalogueQuery::columnIds(*table, reference.from), *target,
            CatalogueQuery::columnIds(*target, reference.to), reference.name);
    CatalogueQuery::setActions(
        fk, pgActionText(reference.onUpdate), pgActionText(reference.onDelete));
}

// What a design cannot hold: CHECK constraints and triggers, one warning per table.
bool PostgresCatalogueReader::readChecksAndTriggers()
{
    if (!run(QStringLiteral("SELECT x.relid, x.kind, x.name FROM ("
                            "SELECT con.conrelid::bigint AS relid, 1 AS kind, con.conname AS name, "
                            "con.oid AS oid FROM pg_catalog.pg_constraint con "
                            "JOIN pg_catalog.pg_class c ON c.oid = con.conrelid WHERE ")
                + m_tablesFilter
                + QStringLiteral(" AND con.contype = 'c' UNION ALL "
                                 "SELECT t.tgrelid::bigint, 2, t.tgname, t.oid "
                                 "FROM pg_catalog.pg_trigger t "
                                 "JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid WHERE ")
                + m_tablesFilter
                + QStringLiteral(" AND NOT t.tgisinternal) x ORDER BY x.relid, x.kind, x.oid"),
            {m_namespaceOid, m_namespaceOid}))
        return fail(tr("the CHECK constraints and triggers"));
    QHash<qint64, QStringList> checks, triggers;
    while (m_query.next()) {
        QHash<qint64, QStringList> &list = m_query.value(1).toInt() == 1 ? checks : triggers;
        list[m_query.value(0).toLongLong()] << CatalogueQuery::quoted(m_query.value(2).toString());
    }
    for (qint64 oid : std::as_const(m_tableOrder))
        CatalogueQuery::warnChecksAndTriggers(
            m_tableNames.value(oid), checks.value(oid), triggers.value(oid), m_warnings);
    return true;
}

// Views and sequences of the schema; a sequence that belongs to a SERIAL or identity
// column (an 'a' or 'i' dependency) is that column's AUTOINCREMENT.
bool PostgresCatalogueReader::readViewsAndSequences()
{
    if (!run(QStringLiteral(
                 "SELECT c.relkind::text, c.relname FROM pg_catalog.pg_class c "
                 "WHERE c.relnamespace = ? AND (c.relkind IN ('v', 'm', 'f') "
                 "OR (c.relkind = 'S' AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d "
                 "WHERE d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = c.oid "
                 "AND d.refclassid = 'pg_catalog.pg_class'::regclass "
                 "AND d.deptype IN ('a', 'i')))) ORDER BY c.oid"),
            m_inSchema))
        return fail(tr("the views and sequences"));
    QStringList views, sequences, foreignTables;
    while (m_query.next()) {
        const QString kind = m_query.value(0).toString();
        const QString name = CatalogueQuery::quoted(m_query.value(1).toString());
        (kind == u"S" ? sequences : kind == u"f" ? foreignTables : views) << name;
    }
    CatalogueQuery::warnNotTables(views, sequences, foreignTables, m_warnings);
    return true;
}

} // namespace

bool PostgresDialect::readCatalogue(
    const QSqlDatabase &db, Schema &schema, QStringList *warnings, QString *error) const
{
    return PostgresCatalogueReader(*this, db, schema, warnings, error).read();
}
