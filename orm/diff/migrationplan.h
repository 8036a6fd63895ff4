#pragma once

#include "schemachange.h"
#include "schemadiff.h"

#include "sql/sqlengine.h"

#include <QCoreApplication>
#include <QStringList>

class Dialect;
class Schema;

// One step of a migration: statements that leave a working database behind them.
struct MigrationStep
{
    QString description; // for people: "add column users.email"
    QStringList statements;
    // Statements that undo the step, for engines whose DDL commits by itself (MariaDB): empty
    // when the step cannot be undone.
    QStringList undo;
    bool losesData = false; // a dropped table or column: gone for good once it ran
    // SQLite: the table this step rebuilds (copy, drop, rename); its rows are counted before
    // and after.
    QString rebuiltTable;
    QString rebuiltFrom; // the name of the copy the rows went into before the rename
};

// A check of the rows a change may fail on, run before anything changes.
struct DataCheck
{
    QString description; // "users.email is NULL in some rows; NOT NULL needs a value"
    QString countSql; // SELECT COUNT(*) of the offending rows
    QString sampleSql; // their first keys (or first values), at most five rows
    SchemaChange change;
};

// What SQLite keeps beside its tables: indexes, triggers and views, as their CREATE text, read
// from sqlite_master. A table rebuild recreates those that belong to it from this text.
struct SqliteObject
{
    QString type; // index, trigger, view
    QString name;
    QString table;
    QString sql;
};

struct MigrationPlan
{
    SqlEngine engine = SqlEngine::Sqlite;
    QList<MigrationStep> steps;
    QList<DataCheck> checks;
    QStringList errors; // what cannot be planned; then there are no steps
    bool transactional = true; // one transaction (SQLite, PostgreSQL), or step by step
    // SQLite: a table is rebuilt, so foreign keys must be off while the plan runs (outside the
    // transaction) and checked before it commits.
    bool foreignKeysOff = false;

    bool isEmpty() const { return steps.isEmpty(); }
    bool losesData() const;
    // The plan as an SQL script: statements ended by ";", each step introduced by a comment,
    // wrapped in BEGIN/COMMIT (and the SQLite pragmas) where the engine allows.
    QString script() const;
};

// Turns the changes between a database's schema (the source) and a design (the target) into
// statements for the database's engine, in an order in which each step leaves a working
// database: foreign keys and keys dropped first, renames, new tables, columns added and
// changed, columns dropped, keys and foreign keys added, tables dropped (children first).
// SQLite changes what ALTER TABLE can (ADD, RENAME and DROP COLUMN within SQLite's own limits)
// and rebuilds the table for everything else, create-new-first.
class MigrationPlanner
{
    Q_DECLARE_TR_FUNCTIONS(MigrationPlanner)

public:
    MigrationPlanner(const Dialect &dialect, const Schema &source, const Schema &target,
        const SchemaDiffResult &diff);

    // SQLite's indexes, triggers and views of the database, so that a rebuild keeps those the
    // design does not know. Without them (a script for a database not at hand), only what the
    // design says is recreated.
    void setSqliteObjects(const QList<SqliteObject> &objects) { m_objects = objects; }

    MigrationPlan plan() const;

private:
    const Dialect &m_dialect;
    const Schema &m_source;
    const Schema &m_target;
    const SchemaDiffResult &m_diff;
    QList<SqliteObject> m_objects;
};
