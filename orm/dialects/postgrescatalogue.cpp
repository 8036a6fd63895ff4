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
#include <QRegularExpression>
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

QString quoted(const QString &name)
{
    return u'"' + name + u'"';
}

// A default pg_get_expr() writes for a literal: a string, number, boolean or NULL, in
// parentheses or not, with the casts Dialect::defaultFromSql takes off ("'-7'::integer",
// "('now'::text)::date"). Anything else is an expression, which a design cannot hold.
bool isLiteralDefault(const QString &expression)
{
    static const QRegularExpression literal(
        QStringLiteral(R"(^(?:\(\s*)*(?:'(?:[^']|'')*'|[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)"
                       R"(|true|false|null)(?:\s*\))*)"
                       R"((?:::[a-z_ ]+(?:\(\d+(?:,\d+)?\))?(?:\[\])?(?:\s*\))*)*$)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    return literal.match(expression.trimmed()).hasMatch();
}

} // namespace

bool PostgresDialect::readCatalogue(
    const QSqlDatabase &db, Schema &schema, QStringList *warnings, QString *error) const
{
    CatalogueQuery catalogue(db);
    QSqlQuery &query = catalogue.query();
    const auto run = [&](const QString &sql, const QVariantList &values) {
        return catalogue.run(sql, values);
    };
    const auto fail = [&](const QString &what) { return catalogue.fail(what, error); };
    const QString tablesFilter = QString::fromUtf16(TablesFilter);

    // The schema: the first of the search path that exists, as unqualified names resolve.
    if (!run(QStringLiteral("SELECT n.oid::bigint, n.nspname FROM pg_catalog.pg_namespace n "
                            "WHERE n.nspname = pg_catalog.current_schema()"),
            {}))
        return fail(tr("the current schema"));
    if (!query.next()) {
        *error = tr("Cannot read the catalogue: no schema of the search path exists.");
        return false;
    }
    const qint64 namespaceOid = query.value(0).toLongLong();
    const QVariantList inSchema {namespaceOid};

    // Tables, in creation order.
    if (!run(QStringLiteral("SELECT c.oid::bigint, c.relname, c.relkind::text, "
                            "pg_catalog.obj_description(c.oid, 'pg_class') "
                            "FROM pg_catalog.pg_class c WHERE ")
                + tablesFilter + QStringLiteral(" ORDER BY c.oid"),
            inSchema))
        return fail(tr("the list of tables"));
    QHash<qint64, ObjectId> tableIds;
    QList<qint64> tableOrder;
    QHash<qint64, QString> tableNames;
    while (query.next()) {
        const qint64 oid = query.value(0).toLongLong();
        const QString name = query.value(1).toString();
        Table &table = schema.addTable(name);
        table.comment = query.value(3).toString();
        tableIds.insert(oid, table.id);
        tableNames.insert(oid, name);
        tableOrder << oid;
        if (query.value(2).toString() == u"p")
            warnings->append(tr("\"%1\" is a partitioned table; its partitioning and its "
                                "partitions are not part of the design.")
                                 .arg(name));
    }
    // No table is added from here on, so pointers into the schema's list stay valid.
    QHash<qint64, Table *> tables;
    for (auto it = tableIds.cbegin(); it != tableIds.cend(); ++it)
        tables.insert(it.key(), schema.table(it.value()));
    const auto tableOf = [&](qint64 oid) { return tables.value(oid); };

    // Columns in ordinal position. attidentity: 'a' ALWAYS, 'd' BY DEFAULT; attgenerated:
    // 's' a stored generated column, whose expression is in pg_attrdef like a default.
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
                + tablesFilter
                + QStringLiteral(" AND a.attnum > 0 AND NOT a.attisdropped "
                                 "ORDER BY a.attrelid, a.attnum"),
            inSchema))
        return fail(tr("the columns"));
    while (query.next()) {
        Table *table = tableOf(query.value(0).toLongLong());
        if (!table)
            continue;
        const QString name = query.value(1).toString();
        // A column of an enum type (CREATE TYPE mood AS ENUM ...) keeps its labels as the
        // design's ENUM(...), which a design can hold and every engine can apply.
        const QString labels = query.value(8).toString();
        if (!labels.isEmpty())
            warnings->append(tr("\"%1\".\"%2\" is of the enum type %3; the design keeps its "
                                "values as ENUM(%4).")
                                 .arg(table->name, name, query.value(2).toString(), labels));
        const LogicalType type = typeFromCatalogue(labels.isEmpty() ? query.value(2).toString()
                             : QStringLiteral("ENUM(") + labels + u')');
        Column &column = schema.addColumn(*table, name, designType(type));
        column.nullable = !query.value(3).toBool();
        column.comment = query.value(7).toString();
        const QString identity = query.value(4).toString();
        const bool generated = !query.value(5).toString().isEmpty();
        const QString expression = query.value(6).toString();
        if (generated) {
            warnings->append(tr("\"%1\".\"%2\" is a generated column; its expression is not "
                                "part of the design.")
                                 .arg(table->name, name));
            column.computed = true;
            column.defaultValue = column.nullable ? DefaultValue::null() : DefaultValue::none();
            continue;
        }
        // SERIAL: a default taken from a sequence.
        column.autoIncrement = identity == u"a" || identity == u"d"
            || expression.startsWith(QStringLiteral("nextval("), Qt::CaseInsensitive);
        column.generatedByEngine = column.autoIncrement;
        column.defaultValue = column.autoIncrement
            ? DefaultValue::none()
            : defaultFromSql(expression, type, column.nullable);
        if (!column.autoIncrement && !expression.isEmpty() && !isLiteralDefault(expression)
            && !CatalogueQuery::isFunctionDefault(column.defaultValue))
            warnings->append(tr("The default of \"%1\".\"%2\" is the expression %3, which "
                                "the design keeps as written; another engine may refuse it.")
                                 .arg(table->name, name, expression));
    }

    // Keys: every index, with the PRIMARY KEY / UNIQUE / EXCLUDE constraint it backs (so a
    // constraint is read once, under the constraint's name), its columns in index order.
    // attnum 0 is an expression; columns past indnkeyatts are INCLUDE columns.
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
                + tablesFilter + QStringLiteral(" ORDER BY i.indrelid, i.indexrelid, k.n"),
            inSchema))
        return fail(tr("the keys and indexes"));
    struct Index
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
    QList<Index> indexes;
    while (query.next()) {
        const qint64 oid = query.value(1).toLongLong();
        if (indexes.isEmpty() || indexes.last().oid != oid) {
            Index index;
            index.table = query.value(0).toLongLong();
            index.oid = oid;
            index.constraintType = query.value(5).toString();
            index.name = index.constraintType.isEmpty() ? query.value(2).toString()
                                                        : query.value(4).toString();
            index.unique = query.value(3).toBool();
            index.partial = query.value(6).toBool();
            index.method = query.value(7).toString();
            index.keyColumns = query.value(8).toInt();
            indexes << index;
        }
        Index &index = indexes.last();
        if (query.value(9).toInt() > index.keyColumns)
            index.included = true;
        else if (query.value(10).toInt() <= 0 || query.value(11).isNull())
            index.expression = true;
        else
            index.columns << query.value(11).toString();
        if (query.value(9).toInt() <= index.keyColumns && query.value(12).toBool())
            index.descending = true;
    }
    for (const Index &index : std::as_const(indexes)) {
        Table *table = tableOf(index.table);
        if (!table)
            continue;
        if (index.constraintType == u"x") {
            warnings->append(tr("The exclusion constraint \"%1\" of \"%2\" is not part of the "
                                "design.")
                                 .arg(index.name, table->name));
            continue;
        }
        if (index.expression) {
            warnings->append(tr("The index \"%1\" of \"%2\" is on an expression; it is not "
                                "part of the design.")
                                 .arg(index.name, table->name));
            continue;
        }
        if (index.partial) {
            warnings->append(tr("The partial index \"%1\" of \"%2\" is not part of the "
                                "design.")
                                 .arg(index.name, table->name));
            continue;
        }
        if (index.included)
            warnings->append(tr("The INCLUDE columns of the index \"%1\" of \"%2\" are not "
                                "part of the design.")
                                 .arg(index.name, table->name));
        if (index.descending)
            warnings->append(tr("The index \"%1\" of \"%2\" sorts some columns in descending "
                                "order; the design does not say so.")
                                 .arg(index.name, table->name));
        if (index.constraintType.isEmpty() && index.method != u"btree")
            warnings->append(tr("The index \"%1\" of \"%2\" is a %3 index; the design keeps "
                                "its columns only.")
                                 .arg(index.name, table->name, index.method));
        QList<ObjectId> ids;
        for (const QString &name : index.columns) {
            const Column *column = table->columnByName(name);
            ids << (column ? column->id : NoObject);
        }
        const QString type = index.constraintType == u"p" ? Key::Primary
            : index.unique                                ? Key::Unique
                                                          : Key::Index;
        schema.addKey(*table, type, ids, index.name);
    }

    // Foreign keys, now that every table they can reference exists: conkey and confkey
    // zipped in order. conparentid: the copies PostgreSQL makes for partitions.
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
                + tablesFilter
                + QStringLiteral(" AND con.contype = 'f' AND con.conparentid = 0 "
                                 "ORDER BY con.conrelid, con.oid, k.n"),
            inSchema))
        return fail(tr("the foreign keys"));
    struct Reference
    {
        qint64 table = 0;
        qint64 oid = 0;
        QString name;
        qint64 target = 0;
        QString targetSchema, targetName;
        QString onUpdate, onDelete;
        QStringList from, to;
    };
    QList<Reference> references;
    while (query.next()) {
        const qint64 oid = query.value(1).toLongLong();
        if (references.isEmpty() || references.last().oid != oid) {
            references.append(Reference {query.value(0).toLongLong(), oid,
                query.value(2).toString(), query.value(3).toLongLong(), query.value(4).toString(),
                query.value(5).toString(), query.value(6).toString(), query.value(7).toString(), {},
                {}});
        }
        references.last().from << query.value(8).toString();
        references.last().to << query.value(9).toString();
    }
    for (const Reference &reference : std::as_const(references)) {
        Table *table = tableOf(reference.table);
        if (!table)
            continue;
        const Table *target = tableOf(reference.target);
        if (!target) {
            warnings->append(
                tr("The foreign key \"%1\" of \"%2\" references %3, which is not "
                   "a table of this schema; it is left out.")
                    .arg(reference.name, table->name,
                        quoted(reference.targetSchema) + u'.' + quoted(reference.targetName)));
            continue;
        }
        QList<ObjectId> from, to;
        for (const QString &name : reference.from) {
            const Column *column = table->columnByName(name);
            from << (column ? column->id : NoObject);
        }
        for (const QString &name : reference.to) {
            const Column *column = target->columnByName(name);
            to << (column ? column->id : NoObject);
        }
        ForeignKey &fk = schema.addForeignKey(*table, from, *target, to, reference.name);
        fk.onDelete = referentialActionFromSql(pgActionText(reference.onDelete))
                          .value_or(ReferentialAction::Unspecified);
        fk.onUpdate = referentialActionFromSql(pgActionText(reference.onUpdate))
                          .value_or(ReferentialAction::Unspecified);
    }

    // What a design cannot hold: CHECK constraints and triggers, one warning per table.
    if (!run(QStringLiteral("SELECT x.relid, x.kind, x.name FROM ("
                            "SELECT con.conrelid::bigint AS relid, 1 AS kind, con.conname AS name, "
                            "con.oid AS oid FROM pg_catalog.pg_constraint con "
                            "JOIN pg_catalog.pg_class c ON c.oid = con.conrelid WHERE ")
                + tablesFilter
                + QStringLiteral(" AND con.contype = 'c' UNION ALL "
                                 "SELECT t.tgrelid::bigint, 2, t.tgname, t.oid "
                                 "FROM pg_catalog.pg_trigger t "
                                 "JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid WHERE ")
                + tablesFilter
                + QStringLiteral(" AND NOT t.tgisinternal) x ORDER BY x.relid, x.kind, x.oid"),
            {namespaceOid, namespaceOid}))
        return fail(tr("the CHECK constraints and triggers"));
    QHash<qint64, QStringList> checks, triggers;
    while (query.next()) {
        QHash<qint64, QStringList> &list = query.value(1).toInt() == 1 ? checks : triggers;
        list[query.value(0).toLongLong()] << quoted(query.value(2).toString());
    }
    for (qint64 oid : std::as_const(tableOrder)) {
        QStringList parts;
        if (checks.contains(oid))
            parts << tr("CHECK constraints %1").arg(checks.value(oid).join(QStringLiteral(", ")));
        if (triggers.contains(oid))
            parts << tr("triggers %1").arg(triggers.value(oid).join(QStringLiteral(", ")));
        if (!parts.isEmpty())
            warnings->append(tr("Not part of the design, of \"%1\": %2")
                                 .arg(tableNames.value(oid), parts.join(QStringLiteral("; "))));
    }

    // Views and sequences of the schema; a sequence that belongs to a SERIAL or identity
    // column (an 'a' or 'i' dependency) is that column's AUTOINCREMENT.
    if (!run(QStringLiteral(
                 "SELECT c.relkind::text, c.relname FROM pg_catalog.pg_class c "
                 "WHERE c.relnamespace = ? AND (c.relkind IN ('v', 'm', 'f') "
                 "OR (c.relkind = 'S' AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d "
                 "WHERE d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = c.oid "
                 "AND d.refclassid = 'pg_catalog.pg_class'::regclass "
                 "AND d.deptype IN ('a', 'i')))) ORDER BY c.oid"),
            inSchema))
        return fail(tr("the views and sequences"));
    QStringList views, sequences, foreignTables;
    while (query.next()) {
        const QString kind = query.value(0).toString();
        const QString name = quoted(query.value(1).toString());
        (kind == u"S" ? sequences : kind == u"f" ? foreignTables : views) << name;
    }
    if (!views.isEmpty())
        warnings->append(
            tr("Views are not part of a design: %1").arg(views.join(QStringLiteral(", "))));
    if (!sequences.isEmpty())
        warnings->append(
            tr("Sequences are not part of a design: %1").arg(sequences.join(QStringLiteral(", "))));
    if (!foreignTables.isEmpty())
        warnings->append(tr("Foreign tables are not part of a design: %1")
                             .arg(foreignTables.join(QStringLiteral(", "))));
    return true;
}
