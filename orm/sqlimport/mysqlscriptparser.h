#pragma once

#include "sqlscriptsplitter.h"

#include <QCoreApplication>

class SqlImportReport;

// Reads what mysqldump --no-data (MariaDB's and MySQL's) and hand-written MariaDB/MySQL schema
// files hold into a design, without a server: CREATE TABLE with its columns, keys, foreign keys
// and options, CREATE INDEX, ALTER TABLE ADD/MODIFY/CHANGE/DROP, DROP TABLE and RENAME TABLE.
// Types, defaults and names come out as importing the same tables from a live MariaDB gives
// them (its catalogue's spelling through the dialect, then SchemaImporter's tidying), so that
// a dump and its database import to the same design.
class MysqlScriptParser
{
    Q_DECLARE_TR_FUNCTIONS(MysqlScriptParser)

public:
    // Adds one entry per statement to `report` and fills its schema and warnings.
    static void run(const QList<SqlStatement> &statements, SqlImportReport &report);
};
