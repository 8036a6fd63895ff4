#pragma once

#include "analysis/designproblem.h"
#include "ddl/ddlwriter.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

class Connection;
class Schema;

struct ApplyResult
{
    bool ok = false;
    QString error; // for people: what failed, and what state the database was left in
    QString failedStatement;
    QList<DesignProblem> problems; // the design's problems (errors stop everything)
    QStringList createdTables;
    QStringList replacedTables;
    // When refused for them (not replacing): the design's tables the database has already.
    QStringList existingTables;
    int statements = 0; // how many ran
};

// What SchemaApplier::apply() will run, worked out without changing anything.
struct ApplyPlan
{
    DdlScript script;
    // The design's tables that the database has already, as it spells them, in the order
    // replacing drops them (children first); apply() refuses them unless replacing.
    QStringList existingTables;
};

// Creates a design's tables in a database: DdlWriter's script, run in one transaction where
// the engine rolls DDL back (SQLite, PostgreSQL), so a failure leaves the database as it was.
// MariaDB commits each DDL statement, so there a failure drops what this run created. Tables
// that exist already are refused by name, unless replacing was asked for.
class SchemaApplier
{
    Q_DECLARE_TR_FUNCTIONS(SchemaApplier)

public:
    explicit SchemaApplier(Connection &connection)
        : m_connection(connection)
    {
    }

    void setReplaceExisting(bool replace) { m_replace = replace; }
    // Called after each statement with (done, total); returning false cancels (and rolls
    // back, or drops on MariaDB).
    void setProgress(std::function<bool(int, int)> progress) { m_progress = std::move(progress); }

    ApplyResult apply(const Schema &schema);
    // The script and the existing tables apply() would drop, for a preview: with replacing,
    // apply() runs DROP TABLE for each existing table, then the script's statements.
    ApplyPlan plan(const Schema &schema) const;

private:
    Connection &m_connection;
    bool m_replace = false;
    std::function<bool(int, int)> m_progress;
};
