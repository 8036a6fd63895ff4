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

QString quoted(const QString &name)
{
    return u'"' + name + u'"';
}

// A COLUMN_DEFAULT of MariaDB's for a literal: a quoted string, a number, NULL. Anything
// else is an expression, which a design cannot hold unless it is one of the functions
// Dialect::defaultFromSql knows.
bool isLiteralDefault(const QString &expression)
{
    static const QRegularExpression literal(
        QStringLiteral(R"(^(?:'(?:[^'\\]|''|\\.)*'|[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)"
                       R"(|null|true|false|b'[01]*')$)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    return literal.match(expression.trimmed()).hasMatch();
}

} // namespace

bool MysqlDialect::readCatalogue(
    const QSqlDatabase &db, Schema &schema, QStringList *warnings, QString *error) const
{
    CatalogueQuery catalogue(db);
    QSqlQuery &query = catalogue.query();
    const auto run = [&](const QString &sql, const QVariantList &values) {
        return catalogue.run(sql, values);
    };
    const auto fail = [&](const QString &what) { return catalogue.fail(what, error); };

    if (!run(QStringLiteral("SELECT DATABASE()"), {}))
        return fail(tr("the name of the database"));
    if (!query.next() || query.value(0).isNull()) {
        *error = tr("Cannot read the catalogue: the connection has no database selected.");
        return false;
    }
    const QString database = query.value(0).toString();
    const QVariantList inDatabase {database};

    // Tables in creation order as far as MariaDB knows it: CREATE_TIME has whole seconds,
    // so tables created within one second come in name order. Views and sequences are
    // listed for the warnings below.
    if (!run(QStringLiteral("SELECT TABLE_NAME, TABLE_TYPE, TABLE_COMMENT "
                            "FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? "
                            "ORDER BY CREATE_TIME, TABLE_NAME"),
            inDatabase))
        return fail(tr("the list of tables"));
    QHash<QString, ObjectId> tableIds;
    QStringList tableOrder, views, sequences;
    while (query.next()) {
        const QString name = query.value(0).toString();
        const QString type = query.value(1).toString();
        if (type == u"VIEW") {
            views << quoted(name);
            continue;
        }
        if (type == u"SEQUENCE") {
            sequences << quoted(name);
            continue;
        }
        if (type != u"BASE TABLE" && type != u"SYSTEM VERSIONED")
            continue; // TEMPORARY: the session's own
        if (type == u"SYSTEM VERSIONED")
            warnings->append(tr("\"%1\" is system-versioned; its history is not part of the "
                                "design.")
                                 .arg(name));
        Table &table = schema.addTable(name);
        table.comment = query.value(2).toString();
        tableIds.insert(name, table.id);
        tableOrder << name;
    }
    // No table is added from here on, so pointers into the schema's list stay valid.
    QHash<QString, Table *> tables;
    for (auto it = tableIds.cbegin(); it != tableIds.cend(); ++it)
        tables.insert(it.key(), schema.table(it.value()));
    const auto tableOf = [&](const QString &name) { return tables.value(name); };

    // CHECK constraints. MariaDB's JSON is LONGTEXT with the column-level CHECK
    // (json_valid(`column`)) named after the column: that one makes the column JSON again.
    // MySQL's CHECK_CONSTRAINTS has no TABLE_NAME; TABLE_CONSTRAINTS names them there.
    QHash<QString, QList<std::pair<QString, QString>>> checks; // table -> (name, clause)
    if (!run(QStringLiteral("SELECT TABLE_NAME, CONSTRAINT_NAME, CHECK_CLAUSE "
                            "FROM information_schema.CHECK_CONSTRAINTS "
                            "WHERE CONSTRAINT_SCHEMA = ?"),
            inDatabase)
        && !run(QStringLiteral("SELECT TABLE_NAME, CONSTRAINT_NAME, '' "
                               "FROM information_schema.TABLE_CONSTRAINTS "
                               "WHERE TABLE_SCHEMA = ? AND CONSTRAINT_TYPE = 'CHECK'"),
            inDatabase))
        return fail(tr("the CHECK constraints"));
    while (query.next())
        checks[query.value(0).toString()].append(
            {query.value(1).toString(), query.value(2).toString()});
    const auto isJsonCheck
        = [this](const std::pair<QString, QString> &check, const QString &column) {
              return check.first == column
                  && check.second == u"json_valid(" + quoteIdentifier(column) + u')';
          };

    // Columns in ordinal position.
    if (!run(QStringLiteral("SELECT TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, "
                            "COLUMN_DEFAULT, EXTRA, COLUMN_COMMENT "
                            "FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ? "
                            "ORDER BY TABLE_NAME, ORDINAL_POSITION"),
            inDatabase))
        return fail(tr("the columns"));
    static const QRegularExpression generatedExtra(
        QStringLiteral("\\b(VIRTUAL|STORED|PERSISTENT)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    while (query.next()) {
        const QString tableName = query.value(0).toString();
        Table *table = tableOf(tableName);
        if (!table)
            continue;
        const QString name = query.value(1).toString();
        QString reportedType = query.value(2).toString();
        const QList<std::pair<QString, QString>> tableChecks = checks.value(tableName);
        if (reportedType.compare(u"longtext", Qt::CaseInsensitive) == 0
            && std::any_of(tableChecks.cbegin(), tableChecks.cend(),
                [&](const auto &check) { return isJsonCheck(check, name); }))
            reportedType = QStringLiteral("json");
        const LogicalType type = typeFromCatalogue(reportedType);
        Column &column = schema.addColumn(*table, name, designType(type));
        column.nullable = query.value(3).toString() == u"YES";
        column.comment = query.value(6).toString();
        const QString extra = query.value(5).toString();
        if (generatedExtra.match(extra).hasMatch()) {
            warnings->append(tr("\"%1\".\"%2\" is a generated column; its expression is not "
                                "part of the design.")
                                 .arg(table->name, name));
            column.computed = true;
            column.defaultValue = column.nullable ? DefaultValue::null() : DefaultValue::none();
            continue;
        }
        if (extra.contains(QStringLiteral("on update"), Qt::CaseInsensitive))
            warnings->append(tr("\"%1\".\"%2\" is set on every update (ON UPDATE); the "
                                "design does not say so.")
                                 .arg(table->name, name));
        column.autoIncrement
            = extra.contains(QStringLiteral("auto_increment"), Qt::CaseInsensitive);
        column.generatedByEngine = column.autoIncrement;
        // COLUMN_DEFAULT: SQL NULL for no default; MariaDB quotes literals and writes a
        // NULL default as the text NULL.
        const QString expression = query.value(4).toString();
        column.defaultValue = column.autoIncrement
            ? DefaultValue::none()
            : defaultFromSql(expression, type, column.nullable);
        if (!column.autoIncrement && !expression.isEmpty() && !isLiteralDefault(expression)
            && !CatalogueQuery::isFunctionDefault(column.defaultValue))
            warnings->append(tr("The default of \"%1\".\"%2\" is the expression %3, which "
                                "the design keeps as written; another engine may refuse it.")
                                 .arg(table->name, name, expression));
    }

    // Keys. STATISTICS has no index number: its rows come in the table's key order (primary
    // key, unique keys, other indexes, full-text ones), which is kept; SEQ_IN_INDEX orders
    // the columns.
    if (!run(QStringLiteral("SELECT TABLE_NAME, INDEX_NAME, NON_UNIQUE, SEQ_IN_INDEX, "
                            "COLUMN_NAME, SUB_PART, INDEX_TYPE "
                            "FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = ?"),
            inDatabase))
        return fail(tr("the keys and indexes"));
    struct Index
    {
        QString table;
        QString name;
        bool unique = false;
        QString type; // BTREE, HASH, FULLTEXT, SPATIAL
        QList<std::pair<int, QString>> columns; // (SEQ_IN_INDEX, column)
        bool prefix = false;
        bool expression = false;
    };
    QList<Index> indexes;
    QHash<std::pair<QString, QString>, qsizetype> indexAt;
    while (query.next()) {
        const std::pair<QString, QString> key {
            query.value(0).toString(), query.value(1).toString()};
        auto it = indexAt.constFind(key);
        if (it == indexAt.cend()) {
            Index index;
            index.table = key.first;
            index.name = key.second;
            index.unique = query.value(2).toInt() == 0;
            index.type = query.value(6).toString().toUpper();
            it = indexAt.insert(key, indexes.size());
            indexes << index;
        }
        Index &index = indexes[it.value()];
        if (query.value(4).isNull())
            index.expression = true; // MySQL 8's functional key parts
        else
            index.columns.append({query.value(3).toInt(), query.value(4).toString()});
        if (!query.value(5).isNull())
            index.prefix = true;
    }
    for (Index &index : indexes) {
        Table *table = tableOf(index.table);
        if (!table)
            continue;
        if (index.expression) {
            warnings->append(tr("The index \"%1\" of \"%2\" is on an expression; it is not "
                                "part of the design.")
                                 .arg(index.name, table->name));
            continue;
        }
        std::stable_sort(index.columns.begin(), index.columns.end(),
            [](const auto &a, const auto &b) { return a.first < b.first; });
        QList<ObjectId> ids;
        for (const auto &part : std::as_const(index.columns)) {
            const Column *column = table->columnByName(part.second);
            ids << (column ? column->id : NoObject);
        }
        if (index.prefix && index.type != u"SPATIAL")
            warnings->append(tr("The index \"%1\" of \"%2\" covers only a prefix of some "
                                "columns; the design has the whole columns.")
                                 .arg(index.name, table->name));
        if (index.type == u"SPATIAL")
            warnings->append(tr("The index \"%1\" of \"%2\" is a SPATIAL index; the design "
                                "keeps it as a plain index.")
                                 .arg(index.name, table->name));
        const QString type = index.name == u"PRIMARY" ? Key::Primary
            : index.unique                            ? Key::Unique
            : index.type == u"FULLTEXT"               ? Key::Fulltext
                                                      : Key::Index;
        schema.addKey(*table, type, ids, index.name);
    }

    // Foreign keys, now that every table they can reference exists.
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
            {database, database}))
        return fail(tr("the foreign keys"));
    struct Reference
    {
        QString table;
        QString name;
        QString targetSchema, target;
        QString onUpdate, onDelete;
        QList<std::tuple<int, QString, QString>> columns; // (position, column, referenced)
    };
    QList<Reference> references;
    QHash<std::pair<QString, QString>, qsizetype> referenceAt;
    while (query.next()) {
        const std::pair<QString, QString> key {
            query.value(0).toString(), query.value(1).toString()};
        auto it = referenceAt.constFind(key);
        if (it == referenceAt.cend()) {
            Reference reference;
            reference.table = key.first;
            reference.name = key.second;
            reference.targetSchema = query.value(4).toString();
            reference.target = query.value(5).toString();
            reference.onUpdate = query.value(7).toString();
            reference.onDelete = query.value(8).toString();
            it = referenceAt.insert(key, references.size());
            references << reference;
        }
        references[it.value()].columns.append(
            {query.value(2).toInt(), query.value(3).toString(), query.value(6).toString()});
    }
    for (Reference &reference : references) {
        Table *table = tableOf(reference.table);
        if (!table)
            continue;
        const Table *target
            = reference.targetSchema == database ? tableOf(reference.target) : nullptr;
        if (!target) {
            warnings->append(
                tr("The foreign key \"%1\" of \"%2\" references %3, which is not "
                   "a table of this database; it is left out.")
                    .arg(reference.name, table->name,
                        quoted(reference.targetSchema) + u'.' + quoted(reference.target)));
            continue;
        }
        std::stable_sort(reference.columns.begin(), reference.columns.end(),
            [](const auto &a, const auto &b) { return std::get<0>(a) < std::get<0>(b); });
        QList<ObjectId> from, to;
        for (const auto &part : std::as_const(reference.columns)) {
            const Column *column = table->columnByName(std::get<1>(part));
            from << (column ? column->id : NoObject);
            const Column *referenced = target->columnByName(std::get<2>(part));
            to << (referenced ? referenced->id : NoObject);
        }
        ForeignKey &fk = schema.addForeignKey(*table, from, *target, to, reference.name);
        fk.onDelete
            = referentialActionFromSql(reference.onDelete).value_or(ReferentialAction::Unspecified);
        fk.onUpdate
            = referentialActionFromSql(reference.onUpdate).value_or(ReferentialAction::Unspecified);
    }

    // Triggers; with the CHECK constraints (but MariaDB's JSON ones), one warning per table.
    if (!run(QStringLiteral("SELECT EVENT_OBJECT_TABLE, TRIGGER_NAME "
                            "FROM information_schema.TRIGGERS WHERE EVENT_OBJECT_SCHEMA = ? "
                            "ORDER BY EVENT_OBJECT_TABLE, ACTION_TIMING, EVENT_MANIPULATION, "
                            "ACTION_ORDER"),
            inDatabase))
        return fail(tr("the triggers"));
    QHash<QString, QStringList> triggers;
    while (query.next())
        triggers[query.value(0).toString()] << quoted(query.value(1).toString());
    for (const QString &name : std::as_const(tableOrder)) {
        const Table *table = tableOf(name);
        QStringList checkNames;
        for (const auto &check : checks.value(name)) {
            const Column *column = table->columnByName(check.first);
            if (!(column
                    && column->datatype
                        == designType(typeFromCatalogue(QStringLiteral("json")))
                    && isJsonCheck(check, column->name)))
                checkNames << quoted(check.first);
        }
        QStringList parts;
        if (!checkNames.isEmpty())
            parts << tr("CHECK constraints %1").arg(checkNames.join(QStringLiteral(", ")));
        if (triggers.contains(name))
            parts << tr("triggers %1").arg(triggers.value(name).join(QStringLiteral(", ")));
        if (!parts.isEmpty())
            warnings->append(tr("Not part of the design, of \"%1\": %2")
                                 .arg(name, parts.join(QStringLiteral("; "))));
    }

    if (!views.isEmpty())
        warnings->append(
            tr("Views are not part of a design: %1").arg(views.join(QStringLiteral(", "))));
    if (!sequences.isEmpty())
        warnings->append(
            tr("Sequences are not part of a design: %1").arg(sequences.join(QStringLiteral(", "))));
    return true;
}
