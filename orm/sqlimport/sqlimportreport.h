#pragma once

#include "schema/schema.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// What an SQL script import did with each statement of the script, in order, and the design it
// made. Nothing of the script is left out: a statement is imported, skipped (noise such as SET
// or INSERT, with the reason) or failed (with the database's or the parser's message), so the
// caller can refuse a half-imported design.
struct SqlStatementReport
{
    enum class Outcome { Imported, Skipped, Failed };

    int line = 1; // 1-based, of the statement's first token in the script
    int column = 1;
    QString summary; // the statement's beginning, on one line
    Outcome outcome = Outcome::Imported;
    QString reason; // why it was skipped, or why it failed

    // The first characters of a statement, on one line, for the report.
    static QString summarise(const QString &statement);
};

class SqlImportReport
{
    Q_DECLARE_TR_FUNCTIONS(SqlImportReport)

public:
    QList<SqlStatementReport> statements;
    Schema schema;
    // What the design cannot hold of what imported (a CHECK constraint, a view), as the
    // database import says it.
    QStringList warnings;

    int count(SqlStatementReport::Outcome outcome) const;
    bool hasFailures() const { return count(SqlStatementReport::Outcome::Failed) > 0; }
    // "FILE:LINE:COLUMN: skipped: SET NAMES utf8mb4 (a session setting)", for a skipped or
    // failed statement; `file` is the script's name as the user gave it.
    QString describe(const SqlStatementReport &statement, const QString &file) const;
    // "12 statements: 9 imported, 3 skipped, 0 failed".
    QString summary() const;
};
