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

} // namespace

bool SqliteDialect::readCatalogue(
    const QSqlDatabase &db, Schema &schema, QStringList *warnings, QString *error) const
{
    CatalogueQuery catalogue(db);
    QSqlQuery &query = catalogue.query();
    const auto fail = [&](const QString &what) { return catalogue.fail(what, error); };

    if (!Sql::exec(query, QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'table' "
                                   "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY rowid")))
        return fail(tr("the list of tables"));
    QList<TableSource> sources;
    while (query.next()) {
        TableSource source;
        source.name = query.value(0).toString();
        QString parseError;
        source.definition = parseSqliteCreateTable(query.value(1).toString(), &parseError);
        if (!source.definition)
            warnings->append(tr("The CREATE TABLE text of \"%1\" cannot be read (%2); its "
                                "constraint names, comments and AUTOINCREMENT are missing.")
                                 .arg(source.name, parseError));
        sources << source;
    }

    // Creation order of the indexes, read once (a lookup per index would scan sqlite_master
    // for each of them).
    QHash<QString, qint64> indexOrder;
    if (!Sql::exec(query, QStringLiteral("SELECT name, rowid FROM sqlite_master WHERE type = 'index'")))
        return fail(tr("the list of indexes"));
    while (query.next())
        indexOrder.insert(query.value(0).toString(), query.value(1).toLongLong());

    for (TableSource &source : sources) {
        Table &table = schema.addTable(source.name);
        source.id = table.id;
        const SqliteTableDefinition *definition = source.definition ? &*source.definition : nullptr;
        if (definition)
            table.comment = definition->comment;
        if (definition && definition->withoutRowid)
            warnings->append(tr("\"%1\" is a WITHOUT ROWID table; the design does not say so.")
                                 .arg(source.name));

        // Columns. hidden: 1 a hidden column of a virtual table, 2 and 3 generated columns.
        query.prepare(QStringLiteral("SELECT name, type, \"notnull\", dflt_value, pk, hidden "
                                     "FROM pragma_table_xinfo(?) ORDER BY cid"));
        query.addBindValue(source.name);
        if (!Sql::exec(query))
            return fail(tr("the columns of \"%1\"").arg(source.name));
        QList<std::pair<int, ObjectId>> primaryKey;
        while (query.next()) {
            const int hidden = query.value(5).toInt();
            if (hidden == 1)
                continue;
            const QString name = query.value(0).toString();
            const LogicalType type = typeFromCatalogue(query.value(1).toString());
            Column &column = schema.addColumn(table, name, designType(type));
            const int pk = query.value(4).toInt();
            column.nullable = query.value(2).toInt() == 0 && pk == 0;
            const SqliteTableDefinition::ColumnDefinition *columnDefinition = nullptr;
            if (definition) {
                for (const auto &c : definition->columns) {
                    if (sameName(c.name, name))
                        columnDefinition = &c;
                }
            }
            if (columnDefinition) {
                column.comment = columnDefinition->comment;
                column.autoIncrement = columnDefinition->autoIncrement;
            }
            if (hidden == 2 || hidden == 3) {
                warnings->append(tr("\"%1\".\"%2\" is a generated column; its expression is "
                                    "not part of the design.")
                                     .arg(source.name, name));
                column.computed = true;
                column.defaultValue = column.nullable ? DefaultValue::null() : DefaultValue::none();
            } else if (column.autoIncrement) {
                column.defaultValue = DefaultValue::none();
            } else {
                column.defaultValue
                    = defaultFromSql(query.value(3).toString(), type, column.nullable);
            }
            if (pk > 0)
                primaryKey.append({pk, column.id});
        }

        if (!primaryKey.isEmpty()) {
            std::sort(primaryKey.begin(), primaryKey.end());
            QList<ObjectId> ids;
            for (const auto &part : primaryKey)
                ids << part.second;
            QString name;
            if (definition) {
                for (const auto &c : definition->columns) {
                    if (c.primaryKey)
                        name = c.primaryKeyName;
                    if (c.primaryKey && c.autoIncrement)
                        table.column(ids.first())->autoIncrement = true;
                }
                for (const auto &c : definition->constraints) {
                    if (c.type == SqliteTableDefinition::ConstraintDefinition::Type::PrimaryKey) {
                        name = c.name;
                        if (c.autoIncrement && ids.size() == 1)
                            table.column(ids.first())->autoIncrement = true;
                    }
                }
            }
            schema.addKey(table, Key::Primary, ids, name);
            for (ObjectId id : ids) {
                if (table.column(id)->autoIncrement)
                    table.column(id)->defaultValue = DefaultValue::none();
            }
        }

        // Unique constraints and indexes. origin: 'pk' the primary key, 'u' a UNIQUE
        // constraint (an automatic index without the constraint's name), 'c' CREATE INDEX.
        query.prepare(
            QStringLiteral("SELECT name, \"unique\", origin, partial FROM pragma_index_list(?)"));
        query.addBindValue(source.name);
        if (!Sql::exec(query))
            return fail(tr("the indexes of \"%1\"").arg(source.name));
        struct Index
        {
            QString name;
            bool unique;
            QString origin;
            bool partial;
            qint64 order;
        };
        QList<Index> indexes;
        while (query.next()) {
            const QString name = query.value(0).toString();
            indexes.append({name, query.value(1).toBool(), query.value(2).toString(),
                query.value(3).toBool(), indexOrder.value(name)});
        }
        // Constraints in the order they were written, then indexes in creation order.
        std::sort(indexes.begin(), indexes.end(), [](const Index &a, const Index &b) {
            if ((a.origin == u"c") != (b.origin == u"c"))
                return a.origin != u"c";
            if (a.origin != u"c") {
                const int na = a.name.section(u'_', -1).toInt();
                const int nb = b.name.section(u'_', -1).toInt();
                return na < nb;
            }
            return a.order < b.order;
        });
        for (const Index &index : indexes) {
            if (index.origin == u"pk")
                continue;
            if (index.partial) {
                warnings->append(tr("The partial index \"%1\" of \"%2\" is not part of the "
                                    "design.")
                                     .arg(index.name, source.name));
                continue;
            }
            query.prepare(
                QStringLiteral("SELECT cid, name FROM pragma_index_info(?) ORDER BY seqno"));
            query.addBindValue(index.name);
            if (!Sql::exec(query))
                return fail(tr("the index \"%1\"").arg(index.name));
            QList<ObjectId> ids;
            QStringList names;
            bool expression = false;
            while (query.next()) {
                if (query.value(0).toInt() < 0) {
                    expression = true;
                    continue;
                }
                names << query.value(1).toString();
                ids << columnNamed(table, query.value(1).toString());
            }
            if (expression) {
                warnings->append(tr("The index \"%1\" of \"%2\" is on an expression; it is not "
                                    "part of the design.")
                                     .arg(index.name, source.name));
                continue;
            }
            QString name = index.name;
            if (index.origin == u"u") {
                name.clear(); // sqlite_autoindex_<table>_<n>: the constraint's name is in the SQL
                if (definition) {
                    for (const auto &c : definition->constraints) {
                        if (c.type == SqliteTableDefinition::ConstraintDefinition::Type::Unique
                            && sameColumns(c.columns, names))
                            name = c.name;
                    }
                    for (const auto &c : definition->columns) {
                        if (c.unique && names.size() == 1 && sameName(c.name, names.first()))
                            name = c.uniqueName;
                    }
                }
            }
            schema.addKey(table, index.unique ? Key::Unique : Key::Index, ids, name);
        }
        // SQLite numbers a rowid table's single-column INTEGER PRIMARY KEY itself (a rowid
        // alias: declared type exactly INTEGER, not the column form "PRIMARY KEY DESC"). Any
        // other primary key, and every key of a WITHOUT ROWID table, has an index of its own
        // (origin 'pk'), so SQLite's own answer is whether that index exists.
        const bool keyIndex = std::any_of(indexes.cbegin(), indexes.cend(),
            [](const Index &index) { return index.origin == u"pk"; });
        if (primaryKey.size() == 1 && !keyIndex && !(definition && definition->withoutRowid))
            table.column(primaryKey.first().second)->generatedByEngine = true;

        if (definition) {
            QStringList checks;
            for (const auto &c : definition->constraints) {
                if (c.type == SqliteTableDefinition::ConstraintDefinition::Type::Check)
                    checks << (c.name.isEmpty() ? c.checkExpression : c.name);
            }
            for (const auto &c : definition->columns)
                checks << c.checks;
            if (!checks.isEmpty())
                warnings->append(tr("The CHECK constraints of \"%1\" are not part of the "
                                    "design: %2")
                                     .arg(source.name, checks.join(QStringLiteral("; "))));
        }
    }

    // Foreign keys, now that every table they can reference exists.
    for (const TableSource &source : sources) {
        Table &table = *schema.table(source.id);
        query.prepare(QStringLiteral("SELECT id, \"table\", \"from\", \"to\", on_update, on_delete "
                                     "FROM pragma_foreign_key_list(?) ORDER BY id, seq"));
        query.addBindValue(source.name);
        if (!Sql::exec(query))
            return fail(tr("the foreign keys of \"%1\"").arg(source.name));
        struct Reference
        {
            int id = -1;
            QString target;
            QStringList from;
            QStringList to; // empty entries: the target's primary key
            QString onUpdate, onDelete;
        };
        QList<Reference> references;
        while (query.next()) {
            const int id = query.value(0).toInt();
            if (references.isEmpty() || references.last().id != id) {
                references.append(Reference {id, query.value(1).toString(), {}, {},
                    query.value(4).toString(), query.value(5).toString()});
            }
            references.last().from << query.value(2).toString();
            references.last().to << query.value(3).toString();
        }
        // SQLite numbers foreign keys from the last declared; the design lists them in the
        // order they were written.
        std::reverse(references.begin(), references.end());

        for (const Reference &reference : references) {
            const Table *target = tableNamed(schema, reference.target);
            if (!target) {
                warnings->append(tr("A foreign key of \"%1\" references \"%2\", which does not "
                                    "exist; it is left out.")
                                     .arg(source.name, reference.target));
                continue;
            }
            QList<ObjectId> from, to;
            QStringList toNames = reference.to;
            if (std::all_of(toNames.cbegin(), toNames.cend(),
                    [](const QString &s) { return s.isEmpty(); })) {
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
                warnings->append(tr("A foreign key of \"%1\" to \"%2\" names columns that do "
                                    "not exist; it is left out.")
                                     .arg(source.name, reference.target));
                continue;
            }
            QString name;
            if (source.definition) {
                for (const auto &c : source.definition->constraints) {
                    if (c.type == SqliteTableDefinition::ConstraintDefinition::Type::ForeignKey
                        && sameColumns(c.columns, reference.from)
                        && sameName(c.referencedTable, reference.target))
                        name = c.name;
                }
                for (const auto &c : source.definition->columns) {
                    if (c.references && reference.from.size() == 1
                        && sameName(c.name, reference.from.first())
                        && sameName(c.references->referencedTable, reference.target))
                        name = c.references->name;
                }
            }
            ForeignKey &fk = schema.addForeignKey(table, from, *target, to, name);
            fk.onDelete = referentialActionFromSql(reference.onDelete)
                              .value_or(ReferentialAction::Unspecified);
            fk.onUpdate = referentialActionFromSql(reference.onUpdate)
                              .value_or(ReferentialAction::Unspecified);
        }
    }

    if (Sql::exec(query, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'view' "
                                  "ORDER BY rowid"))) {
        QStringList views;
        while (query.next())
            views << query.value(0).toString();
        if (!views.isEmpty())
            warnings->append(
                tr("Views are not part of a design: %1").arg(views.join(QStringLiteral(", "))));
    }
    return true;
}
