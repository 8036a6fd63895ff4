#include "designcheck.h"

#include "dialects/mysqldialect.h"
#include "dialects/postgresdialect.h"
#include "dialects/sqlitedialect.h"
#include "schema/schema.h"
#include "sql/typemapping.h"

#include <QLocale>
#include <QSet>

namespace {

struct Checker
{
    Q_DECLARE_TR_FUNCTIONS(DesignCheck)

public:
    Checker(const Schema &s, const Dialect *d)
        : schema(s)
        , dialect(d)
    {
    }

    const Schema &schema;
    const Dialect *dialect; // null: for every engine
    QList<DesignProblem> problems;

    void error(const QString &message, const QString &table = {}, const QString &column = {})
    {
        problems.append(DesignProblem::error(message, table, column));
    }
    void warning(const QString &message, const QString &table = {}, const QString &column = {})
    {
        problems.append(DesignProblem::warning(message, table, column));
    }

    void run()
    {
        QHash<QString, QString> tableNames; // folded -> as written
        QHash<QString, QString> constraintNames; // folded -> its table
        for (const Table &table : schema.tables()) {
            if (table.name.trimmed().isEmpty()) {
                error(tr("A table has no name."));
                continue;
            }
            const QString folded = table.name.toCaseFolded();
            if (tableNames.contains(folded))
                error(tr("Two tables are named \"%1\" (names that differ only in case are the "
                         "same table in SQLite and MySQL).")
                          .arg(table.name),
                    table.name);
            tableNames.insert(folded, table.name);
            checkTable(table, constraintNames);
        }
    }

    void checkTable(const Table &table, QHash<QString, QString> &constraintNames)
    {
        if (table.columns.isEmpty())
            error(tr("The table has no columns."), table.name);
        QSet<QString> columnNames;
        for (const Column &column : table.columns) {
            if (column.name.trimmed().isEmpty()) {
                error(tr("A column has no name."), table.name);
                continue;
            }
            if (columnNames.contains(column.name.toCaseFolded()))
                error(
                    tr("Two columns are named \"%1\".").arg(column.name), table.name, column.name);
            columnNames.insert(column.name.toCaseFolded());
            checkColumn(table, column);
        }

        const auto claimName = [&](const QString &name) {
            if (name.isEmpty())
                return;
            const QString folded = name.toCaseFolded();
            if (constraintNames.contains(folded))
                error(tr("Two constraints or indexes are named \"%1\".").arg(name), table.name);
            constraintNames.insert(folded, table.name);
        };
        // A key's name: MariaDB keeps them per table (mysqldump's KEY `product_id` stands in
        // many tables), SQLite and PostgreSQL per schema. For every engine, a clash across
        // tables is a warning; for an engine that keeps them per schema, an error.
        QSet<QString> tableKeyNames;
        const auto claimKeyName = [&](const QString &name) {
            if (name.isEmpty())
                return;
            const QString folded = name.toCaseFolded();
            if (tableKeyNames.contains(folded) || constraintNames.contains(folded)) {
                const bool sameTable = tableKeyNames.contains(folded)
                    || constraintNames.value(folded) == table.name;
                if (sameTable || (dialect && !dialect->keyNamesPerTable()))
                    error(tr("Two constraints or indexes are named \"%1\".").arg(name),
                        table.name);
                else if (!dialect)
                    warning(tr("Another table has a key or index named \"%1\" too: MariaDB "
                               "takes that, SQLite and PostgreSQL do not.")
                                .arg(name),
                        table.name);
            }
            tableKeyNames.insert(folded);
            if (!constraintNames.contains(folded))
                constraintNames.insert(folded, table.name);
        };

        int primaryKeys = 0;
        for (const Key &key : table.keys) {
            if (key.isPrimary())
                ++primaryKeys;
            if (key.isPrimary() && key.name.compare(u"PRIMARY", Qt::CaseInsensitive) == 0)
                ; // MySQL's name for every primary key, not a name of its own
            else
                claimKeyName(key.name);
            if (key.parts.isEmpty()) {
                // The designer writes an empty <key> when the last column leaves a key; its
                // SQL output skips it, and so does Schemata.
                warning(tr("A key of type %1 has no columns; it is left out.").arg(key.type),
                    table.name);
                if (key.isPrimary())
                    --primaryKeys;
            }
            for (const KeyPart &part : key.parts) {
                if (!table.column(part.column))
                    error(tr("A %1 key names the column \"%2\", which does not exist.")
                              .arg(key.type, part.name),
                        table.name);
            }
        }
        if (primaryKeys > 1)
            error(tr("The table has %1 primary keys; a table can have only one.").arg(primaryKeys),
                table.name);

        checkAutoIncrement(table);
        for (const ForeignKey &fk : table.foreignKeys) {
            claimName(fk.name);
            checkForeignKey(table, fk);
        }
        checkInheritance(table);
    }

    void checkColumn(const Table &table, const Column &column)
    {
        if (column.datatype.trimmed().isEmpty()) {
            error(tr("The column has no datatype."), table.name, column.name);
            return;
        }
        if (!column.autoIncrement)
            checkDefault(table, column);
    }

    // For one engine, its verdict; for every engine, an error when none takes the default
    // and a warning naming each that refuses it, so that a design for SQLite is not stopped
    // by what only the servers refuse.
    void checkDefault(const Table &table, const Column &column)
    {
        using Verdict = Dialect::DefaultCheck::Verdict;
        const LogicalType type = TypeMapping::fromDesign(column.datatype);
        if (dialect) {
            const Dialect::DefaultCheck check = dialect->checkDefault(column.defaultValue, type);
            if (check.verdict == Verdict::Refused)
                error(check.problem, table.name, column.name);
            else if (check.verdict == Verdict::Unchecked)
                warning(check.problem, table.name, column.name);
            return;
        }
        static const SqliteDialect sqlite;
        static const PostgresDialect postgres;
        static const MysqlDialect mysql;
        QList<Dialect::DefaultCheck> refusals;
        QStringList unchecked;
        for (const Dialect *d : {static_cast<const Dialect *>(&sqlite),
                 static_cast<const Dialect *>(&postgres), static_cast<const Dialect *>(&mysql)}) {
            const Dialect::DefaultCheck check = d->checkDefault(column.defaultValue, type);
            if (check.verdict == Verdict::Refused)
                refusals << check;
            else if (check.verdict == Verdict::Unchecked)
                unchecked << sqlEngineTitle(d->engine());
        }
        if (refusals.size() == 3 && refusals.first().notAValue) {
            error(refusals.first().problem, table.name, column.name);
            return;
        }
        for (const Dialect::DefaultCheck &refusal : std::as_const(refusals)) {
            if (refusals.size() == 3)
                error(refusal.problem, table.name, column.name);
            else
                warning(refusal.problem, table.name, column.name);
        }
        if (!unchecked.isEmpty())
            warning(tr("Schemata cannot check the default %1 for %2; the server checks it when "
                       "the design is applied.")
                        .arg(Dialect::defaultExpression(column.defaultValue.text()),
                            QLocale().createSeparatedList(unchecked)),
                table.name, column.name);
    }

    void checkAutoIncrement(const Table &table)
    {
        const Key *pk = table.primaryKey();
        for (const Column &column : table.columns) {
            const LogicalType type = TypeMapping::fromDesign(column.datatype);
            if (!column.autoIncrement && !type.serial)
                continue;
            if (!type.isInteger()) {
                error(tr("AUTOINCREMENT needs an integer column; this one is %1.")
                          .arg(column.datatype),
                    table.name, column.name);
            } else if (!pk || pk->parts.size() != 1 || pk->parts.first().column != column.id) {
                error(tr("AUTOINCREMENT needs the column to be the table's primary key, alone."),
                    table.name, column.name);
            }
        }
    }

    void checkForeignKey(const Table &table, const ForeignKey &fk)
    {
        const Table *target = schema.table(fk.referencedTable);
        const QString firstColumn = fk.parts.isEmpty()
            ? QString()
            : schema.keyPartName(table, KeyPart {fk.parts.first().column, {}});
        if (!target) {
            error(tr("The foreign key references the table \"%1\", which does not exist.")
                      .arg(fk.referencedTableName),
                table.name, firstColumn);
            return;
        }
        QSet<ObjectId> referenced;
        for (const ForeignKeyPart &part : fk.parts) {
            const Column *column = table.column(part.column);
            const Column *other = target->column(part.referencedColumn);
            if (!other) {
                error(tr("The foreign key references the column \"%1\" of \"%2\", which does "
                         "not exist.")
                          .arg(part.referencedColumnName, target->name),
                    table.name, column ? column->name : QString());
                return;
            }
            referenced.insert(other->id);
            if (column && !compatible(column->datatype, other->datatype))
                error(tr("The column is %1 but references %2.%3, which is %4.")
                          .arg(column->datatype, target->name, other->name, other->datatype),
                    table.name, column->name);
        }
        bool unique = false;
        for (const Key &key : target->keys) {
            QSet<ObjectId> columns;
            for (const KeyPart &p : key.parts)
                columns.insert(p.column);
            unique = unique || (key.isUnique() && columns == referenced);
        }
        if (!unique) {
            QStringList names;
            for (const ForeignKeyPart &part : fk.parts)
                names << schema.referencedColumnName(fk, part);
            error(tr("The foreign key references %1.%2, which is not a primary key or unique.")
                      .arg(target->name, names.join(u", ")),
                table.name, firstColumn);
        }
    }

    static bool compatible(const QString &a, const QString &b)
    {
        const LogicalType x = TypeMapping::fromDesign(a);
        const LogicalType y = TypeMapping::fromDesign(b);
        if (x.isInteger() && y.isInteger())
            return true; // widths may differ; every engine compares the values
        const auto textual = [](const LogicalType &t) {
            return t.kind == LogicalType::Kind::Char || t.kind == LogicalType::Kind::Varchar
                || t.kind == LogicalType::Kind::Text;
        };
        if (textual(x) && textual(y))
            return true;
        if (x.kind == LogicalType::Kind::Other || y.kind == LogicalType::Kind::Other)
            return x.original.simplified().compare(y.original.simplified(), Qt::CaseInsensitive)
                == 0;
        return x.kind == y.kind;
    }

    void checkInheritance(const Table &table)
    {
        const Inheritance &inheritance = table.inheritance;
        if (inheritance.kind == Inheritance::Kind::None)
            return;
        const Table *parent = schema.table(inheritance.parent);
        if (!parent) {
            error(tr("The table inherits from \"%1\", which does not exist.")
                      .arg(inheritance.parentName),
                table.name);
            return;
        }
        if (inheritance.kind == Inheritance::Kind::Joined) {
            const Key *pk = table.primaryKey();
            bool linked = false;
            for (const ForeignKey &fk : table.foreignKeys) {
                if (fk.referencedTable != parent->id || !pk)
                    continue;
                QSet<ObjectId> fkColumns, pkColumns;
                for (const ForeignKeyPart &p : fk.parts)
                    fkColumns.insert(p.column);
                for (const KeyPart &p : pk->parts)
                    pkColumns.insert(p.column);
                linked = linked || fkColumns == pkColumns;
            }
            if (!linked)
                error(tr("Joined-table inheritance needs the primary key of \"%1\" to be a "
                         "foreign key to the primary key of \"%2\".")
                          .arg(table.name, parent->name),
                    table.name);
        }
    }
};

} // namespace

namespace DesignCheck {

QList<DesignProblem> check(const Schema &schema)
{
    Checker checker(schema, nullptr);
    checker.run();
    return checker.problems;
}

QList<DesignProblem> check(const Schema &schema, const Dialect &dialect)
{
    Checker checker(schema, &dialect);
    checker.run();
    return checker.problems;
}

} // namespace DesignCheck
