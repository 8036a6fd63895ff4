#pragma once

#include "sqlimportreport.h"
#include "sqlscriptsplitter.h"

#include "sql/sqlengine.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

// Reads an SQL script (a schema.sql, a dump) into a new design: SQLite's by running it in an
// in-memory SQLite, MariaDB/MySQL's through MysqlScriptParser, PostgreSQL's through
// PostgresScriptParser. Every statement gets a line in the report.
class SqlScriptImporter
{
    Q_DECLARE_TR_FUNCTIONS(SqlScriptImporter)

public:
    // The engine a script seems written for, from what only that engine's scripts contain;
    // *clues says what decided ("backquotes", "ENGINE="), and is empty when nothing did (then
    // SQLite).
    // "backquotes", "backquotes and ENGINE=", "backquotes, ENGINE= and AUTO_INCREMENT".
    static QString listClues(const QStringList &clues);
    static SqlEngine guessEngine(const QString &script, QStringList *clues);

    // The report with the design, or nothing with *error when the script cannot be imported
    // at all (SQLite's driver is missing or hides SQLite's functions).
    static std::optional<SqlImportReport> import(
        const QString &script, SqlEngine engine, QString *error);

    // Why a statement is skipped on `engine` (a session setting, data, a client command),
    // empty when it is not noise. Shared by the engines' importers.
    static QString noiseReason(const SqlStatement &statement, SqlEngine engine);
};
