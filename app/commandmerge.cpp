// `schemata import DATABASE --into DESIGN.xml`: Update Design from Database on the command line.
#include "commandline.h"

#include "database/connection.h"
#include "dialects/dialect.h"
#include "diff/designmerge.h"

#include <QTextStream>

int CommandLine::mergeIntoDesign(const QString &databaseText, const QString &designPath,
    const QString &outputPath, bool keychain, QTextStream &out, QTextStream &err)
{
    std::optional<Schema> design;
    if (const int code = loadCheckedDesign(designPath, &design, err))
        return code;
    Connection connection;
    if (!openDatabase(databaseText, connection, false, keychain, err))
        return DatabaseError;
    const std::optional<Schema> database = importedSchema(connection, err);
    if (!database)
        return DatabaseError;
    DesignMergeOptions options;
    options.engine = connection.dialect().engine();
    options.tableNamesIgnoreCase = connection.dialect().tableNamesIgnoreCase(connection.database());
    const DesignMergeResult merged = DesignMerge::merge(*design, *database, options);
    if (!merged.ok()) {
        for (const QString &e : merged.errors)
            err << e << u'\n';
        err.flush();
        return DesignError;
    }
    // What changed, one line each, on standard error: standard output is the design.
    for (const SchemaChange &change : merged.changes)
        err << change.describe() << u'\n';
    for (const QString &w : merged.warnings)
        err << tr("warning: %1").arg(w) << u'\n';
    err.flush();
    return writeDesign(merged.design, outputPath, out, err);
}
