#pragma once

#include "analysis/designproblem.h"
#include "schema/foreignkey.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

class Dialect;
class Schema;

// One statement of a DDL script, with what it does, so that applying can report progress and
// undo what it created on engines without transactional DDL.
struct DdlStatement
{
    enum class Kind { CreateTable, CreateIndex, AddForeignKey, Comment };

    Kind kind = Kind::CreateTable;
    QString table;
    QString sql; // without the final ";"
};

struct DdlScript
{
    QList<DdlStatement> statements;
    // The design's problems (DesignCheck) and the engine's: with an error, there are no
    // statements; warnings say what was done instead of what the design asks.
    QList<DesignProblem> problems;
    QStringList tables; // the tables created, parents first

    // What the statements make of each column and key of the physical schema, as the database
    // will report it: the schema diff compares these, so that a design and the database made
    // from it are the same, whatever the engine did to the design (types, NOT NULL on keys).
    struct ColumnFacts
    {
        QString type; // the column type in CREATE TABLE
        bool notNull = false;
        QString defaultSql; // after DEFAULT; empty: none
        bool numbered = false; // the engine numbers it (AUTOINCREMENT, identity, serial)
        QString definition; // the whole column definition in CREATE TABLE
    };
    QHash<ObjectId, ColumnFacts> columnFacts;
    // Key id -> PRIMARY, UNIQUE, INDEX or FULLTEXT as made; keys that are not applied are
    // missing.
    QHash<ObjectId, QString> keyTypes;
    // Keys and foreign keys as made, for changing them later (orm/diff): the constraint or
    // index name, and its text: the element of CREATE TABLE ("CONSTRAINT ... UNIQUE (...)",
    // "CONSTRAINT ... FOREIGN KEY ...") or, for an index, the CREATE INDEX statement.
    struct ConstraintFacts
    {
        QString name;
        QString sql;
    };
    QHash<ObjectId, ConstraintFacts> constraints;

    bool ok() const { return !hasErrors(problems); }
    // The statements, each ended by ";" and separated by a blank line.
    QString text() const;
};

// Turns a design into the DDL of one engine: tables in foreign-key order (parents first),
// every constraint and index named, foreign keys inline (SQLite) or added by ALTER TABLE after
// all tables (which also resolves cycles), an index on every foreign-key column that no key
// already leads with, and what each relationship kind needs: cascading foreign keys on
// association tables and joined-inheritance children, no identity on a child's key, and
// single-table subclasses folded into their root table with their own columns nullable.
class DdlWriter
{
    Q_DECLARE_TR_FUNCTIONS(DdlWriter)

public:
    explicit DdlWriter(const Dialect &dialect)
        : m_dialect(dialect)
    {
    }

    DdlScript write(const Schema &schema) const;

    // The design as the database will hold it: single-table subclasses folded into their
    // root. Shared with the tests and the importer's round trip.
    static Schema physicalSchema(const Schema &schema, QList<DesignProblem> *problems = nullptr);
    // ON DELETE of the foreign keys whose action the design leaves open but a relationship
    // kind decides: association tables and declared joined-inheritance children cascade.
    static QHash<ObjectId, ReferentialAction> impliedOnDeleteActions(const Schema &physical);

private:
    const Dialect &m_dialect;
};
