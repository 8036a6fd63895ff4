#pragma once

#include "sqlscriptsplitter.h"

#include <QCoreApplication>

class SqlImportReport;

// Reads what pg_dump --schema-only and hand-written PostgreSQL schema files hold into a design,
// through PostgreSQL's own grammar (libpg_query's parse tree): CREATE TABLE, CREATE TYPE ... AS
// ENUM, CREATE INDEX, COMMENT ON, and pg_dump's later ALTER TABLE statements (ADD CONSTRAINT,
// ALTER COLUMN ... SET DEFAULT nextval(...), ADD GENERATED ... AS IDENTITY) with the sequences
// they use. Types and defaults come out as PostgreSQL's catalogue (format_type, pg_get_expr)
// writes them, read as the live import reads them, so that a dump and its database import to
// the same design.
class PostgresScriptParser
{
    Q_DECLARE_TR_FUNCTIONS(PostgresScriptParser)

public:
    // Adds one entry per statement to `report` and fills its schema and warnings.
    static void run(const QList<SqlStatement> &statements, SqlImportReport &report);
};
