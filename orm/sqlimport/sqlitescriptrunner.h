#pragma once

#include "sqlscriptsplitter.h"

#include <QCoreApplication>

class SqlImportReport;

// Runs an SQLite script, statement by statement, in an in-memory database, and reads the
// catalogue back as `import` reads a file. The script is untrusted: an authorizer refuses
// ATTACH, DETACH, PRAGMA and load_extension(), no database may be attached, VACUUM INTO is
// refused, data statements are skipped, and a statement that runs too long is stopped.
class SqliteScriptRunner
{
    Q_DECLARE_TR_FUNCTIONS(SqliteScriptRunner)

public:
    // Fills `report`; false with *error when SQLite itself cannot be used (no driver, a driver
    // that hides SQLite's functions) or the catalogue cannot be read back.
    static bool run(const QList<SqlStatement> &statements, SqlImportReport &report, QString *error);
};
