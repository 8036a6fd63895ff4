#pragma once

#include "migrationplan.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <functional>
#include <optional>

class Connection;
class QSqlDatabase;

// What a data check found.
struct DataCheckResult
{
    DataCheck check;
    qint64 count = 0; // offending rows
    QStringList sample; // their first keys, "1", "(2, 'x')"
    QString error; // the check itself could not run
    bool passed() const { return count == 0 && error.isEmpty(); }
};

// What a run did.
struct MigrationReport
{
    bool ok = false;
    bool cancelled = false;
    QString error; // why it stopped, for people
    QString failedStatement;
    int failedStep = -1; // index in the plan
    QList<int> stepsRun; // indexes of the steps that completed (and stay, where DDL commits)
    // Where DDL commits by itself (MariaDB): the statements that undo the steps that ran, in
    // the order to run them, and the steps whose data is gone for good.
    QStringList undo;
    QStringList lostForGood;
};

// One record of the history table.
struct MigrationRecord
{
    qint64 id = 0;
    QString appliedAt; // ISO 8601, UTC
    QString design; // the design's file name
    QString designHash; // SHA-256 of the design file, hex
    QString statements;
};

// Runs a migration plan on a database: the data checks first (read only), then the steps.
// SQLite and PostgreSQL run the whole plan in one transaction (SQLite with foreign keys off,
// set outside it and read back, and PRAGMA foreign_key_check and row counts of rebuilt tables
// checked before COMMIT); anything unexpected rolls everything back. MariaDB commits each
// DDL statement: the run stops at the first failure and reports what ran and how to undo it.
// Each migration that changes something is recorded in the history table.
class Migrator
{
    Q_DECLARE_TR_FUNCTIONS(Migrator)

public:
    explicit Migrator(Connection &connection)
        : m_connection(connection)
    {
    }

    // Called after each step with (done, total); returning false cancels.
    void setProgress(std::function<bool(int, int)> progress) { m_progress = std::move(progress); }

    QList<DataCheckResult> check(const MigrationPlan &plan);
    MigrationReport run(const MigrationPlan &plan, const QString &design, const QString &designHash);

    // SQLite's tables, indexes, triggers and views with their CREATE text, for the planner.
    static QList<SqliteObject> sqliteObjects(const QSqlDatabase &db);
    // The records of the history table, oldest first; an empty list where there is none.
    static std::optional<QList<MigrationRecord>> history(Connection &connection, QString *error);

private:
    bool runSteps(const MigrationPlan &plan, MigrationReport &report);
    bool runStep(const MigrationStep &step, MigrationReport &report);
    bool record(const MigrationPlan &plan, const QString &design, const QString &designHash,
        MigrationReport &report);
    bool exec(const QString &sql, MigrationReport &report);

    Connection &m_connection;
    std::function<bool(int, int)> m_progress;
};
