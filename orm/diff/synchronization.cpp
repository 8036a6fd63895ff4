#include "synchronization.h"

#include "database/connection.h"
#include "database/schemaimporter.h"
#include "dialects/dialect.h"

#include <QCryptographicHash>

namespace Synchronization {

Preview preview(const Schema &design, const DatabaseAddress &address, const RenameHints &hints)
{
    Preview result;
    result.engine = address.engine;
    Connection connection;
    if (!connection.open(address, Connection::Mode::OpenExisting, &result.error))
        return result;
    result.database = SchemaImporter(connection).import(&result.error);
    if (!result.database)
        return result;
    const Dialect &dialect = connection.dialect();
    DiffOptions options
        = DiffOptions::forEngine(dialect.engine(), dialect.tableNamesIgnoreCase(connection.database()));
    options.unmanagedSide = DiffOptions::DatabaseSide::Source;
    options.renames = hints;
    result.diff = SchemaDiff::compare(*result.database, design, options);
    if (!result.diff.ok())
        return result;
    if (dialect.engine() == SqlEngine::Sqlite)
        result.sqliteObjects = Migrator::sqliteObjects(connection.database());
    MigrationPlanner planner(dialect, *result.database, design, result.diff);
    planner.setSqliteObjects(result.sqliteObjects);
    result.checks = Migrator(connection).check(planner.plan());
    return result;
}

MigrationPlan plan(const Preview &preview, const Schema &design, const QList<int> &chosen)
{
    SchemaDiffResult selected = preview.diff;
    selected.changes.clear();
    for (qsizetype i = 0; i < preview.diff.changes.size(); ++i) {
        if (chosen.contains(int(i)))
            selected.changes << preview.diff.changes.at(i);
    }
    // The planner keeps references: to named schemas that outlive it, never to a temporary.
    static const Schema none;
    const Schema &database = preview.database ? *preview.database : none;
    MigrationPlanner planner(Dialect::forEngine(preview.engine), database, design, selected);
    planner.setSqliteObjects(preview.sqliteObjects);
    return planner.plan();
}

int changeOf(const Preview &preview, const DataCheck &check)
{
    const SchemaChange &c = check.change;
    for (qsizetype i = 0; i < preview.diff.changes.size(); ++i) {
        const SchemaChange &d = preview.diff.changes.at(i);
        if (d.kind == c.kind && d.table == c.table && d.column == c.column && d.object == c.object)
            return int(i);
    }
    return -1;
}

MigrationReport apply(const DatabaseAddress &address, const MigrationPlan &plan,
    const QString &designName, const QByteArray &designText,
    const std::function<bool(int, int)> &progress)
{
    MigrationReport report;
    Connection connection;
    if (!connection.open(address, Connection::Mode::OpenExisting, &report.error))
        return report;
    Migrator migrator(connection);
    migrator.setProgress(progress);
    return migrator.run(plan, designName,
        QString::fromLatin1(
            QCryptographicHash::hash(designText, QCryptographicHash::Sha256).toHex()));
}

} // namespace Synchronization
