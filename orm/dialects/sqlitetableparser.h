#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// What the stored CREATE TABLE text of an SQLite table (sqlite_master.sql) says beyond its
// PRAGMAs: constraint names, comments, AUTOINCREMENT, DEFERRABLE, and which UNIQUE constraint a
// name belongs to. Reflection reads the PRAGMAs first and takes only these details from here.
//
// Names are unquoted. Expressions (DEFAULT, CHECK, GENERATED) are the source text as written.
// Inline column constraints (PRIMARY KEY, UNIQUE, REFERENCES on a column) stay on the column;
// `constraints` holds only the table constraints, in order.
//
// Comments: those after "(" and before the first element belong to the table; those after an
// element (column or table constraint) started and before the next one, or before ")" for the
// last, belong to that element. This is how Schemata's SQLite DDL writes them:
//     CREATE TABLE "users" ( -- table comment
//         "id" INTEGER PRIMARY KEY, -- comment of "id"
//         -- its second line
//         "name" TEXT -- comment of "name"
//     )
// Each "--" comment loses the "--", one space after it and its trailing whitespace; a "/* */"
// comment is trimmed; several join with "\n". Comments before "(" or after ")" are ignored.
struct SqliteTableDefinition
{
    // A REFERENCES clause, of a column or of a FOREIGN KEY table constraint.
    struct ForeignKeyDefinition
    {
        QString name; // "CONSTRAINT name REFERENCES ..." on a column; empty when unnamed
        QString referencedTable;
        QStringList referencedColumns; // empty for a bare "REFERENCES parent" (its primary key)
        QString onDelete; // upper case, single spaces: "CASCADE", "SET NULL"; empty when absent
        QString onUpdate;
        bool deferrable = false; // NOT DEFERRABLE reads as false
        bool initiallyDeferred = false; // true only for DEFERRABLE INITIALLY DEFERRED

        bool operator==(const ForeignKeyDefinition &) const = default;
    };

    struct ColumnDefinition
    {
        QString name;
        // Tokens after the name up to the first constraint keyword (CONSTRAINT, PRIMARY, NOT,
        // NULL, UNIQUE, CHECK, DEFAULT, COLLATE, REFERENCES, DEFERRABLE, AS, GENERATED ALWAYS
        // AS), with single spaces and none inside parentheses: "DOUBLE   PRECISION" -> "DOUBLE
        // PRECISION", "decimal(10, 2)" -> "decimal(10,2)"; "" when the column has no type.
        // Quotes stay as written, except around a type that is one quoted word, as in SQLite.
        // PRAGMA table_xinfo keeps the spacing as written.
        QString declaredType;
        bool primaryKey = false;
        bool autoIncrement = false;
        bool notNull = false;
        bool unique = false;
        // A "CONSTRAINT name" names the one constraint right after it.
        QString primaryKeyName; // from "CONSTRAINT name PRIMARY KEY" on the column
        QString uniqueName; // from "CONSTRAINT name UNIQUE" on the column
        QString defaultValue; // as written after DEFAULT, e.g. "(datetime('now'))", "-1"
        QString collation;
        QStringList checks; // expressions of the column's CHECK constraints, without "( )"
        QString generatedExpression; // of GENERATED ALWAYS AS (...), without "( )"
        bool generatedStored = false; // STORED; VIRTUAL (the default) reads as false
        QString comment;
        // The first REFERENCES clause on the column, if any.
        std::optional<ForeignKeyDefinition> references;

        bool operator==(const ColumnDefinition &) const = default;
    };

    // A table constraint.
    struct ConstraintDefinition
    {
        enum class Type { PrimaryKey, Unique, ForeignKey, Check };
        Type type = Type::PrimaryKey;
        QString name; // empty when unnamed
        // PRIMARY KEY and UNIQUE: the indexed columns (COLLATE, ASC and DESC dropped);
        // FOREIGN KEY: the referencing columns; CHECK: empty.
        QStringList columns;
        bool autoIncrement = false; // PRIMARY KEY ("a" AUTOINCREMENT), which SQLite accepts
        // FOREIGN KEY: the REFERENCES clause (its `name` is empty; the name is above).
        QString referencedTable;
        QStringList referencedColumns;
        QString onDelete;
        QString onUpdate;
        bool deferrable = false;
        bool initiallyDeferred = false;
        QString checkExpression; // CHECK: the expression without "( )"
        QString comment;

        bool operator==(const ConstraintDefinition &) const = default;
    };

    QString schemaName; // "main" in "main.t"; SQLite stores the text without it
    QString tableName;
    bool temporary = false; // TEMP/TEMPORARY; SQLite stores the text without it
    QString comment;
    QList<ColumnDefinition> columns;
    QList<ConstraintDefinition> constraints;
    bool withoutRowid = false;
    bool strict = false;

    bool operator==(const SqliteTableDefinition &) const = default;
};

// Parses one CREATE TABLE statement (an optional ";" and comments may follow). Returns nullopt
// when `sql` is not one, with *error saying where ("At offset 12 (line 1, column 13): ...").
// CREATE TABLE ... AS SELECT is an error too: it has no column definitions to read.
std::optional<SqliteTableDefinition> parseSqliteCreateTable(
    const QString &sql, QString *error = nullptr);
