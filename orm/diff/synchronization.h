#pragma once

#include "migrationplan.h"
#include "migrator.h"
#include "renamehints.h"
#include "schemadiff.h"

#include "database/databaseaddress.h"
#include "schema/schema.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

// What Database > Compare and Synchronize does to a database, as functions that open their own
// connection (each can run on a worker thread, as Qt SQL connections belong to the thread that
// made them): read the database and compare it with the design, with the data checks of every
// change; plan the changes the user chose; run that plan, recorded in the history as `migrate`
// records it.
namespace Synchronization {

struct Preview
{
    std::optional<Schema> database; // nullopt when it could not be read (error says why)
    SchemaDiffResult diff; // from the database to the design
    QList<DataCheckResult> checks; // of every change that may fail on the rows
    QList<SqliteObject> sqliteObjects;
    SqlEngine engine = SqlEngine::Sqlite;
    QString error;
};

Preview preview(const Schema &design, const DatabaseAddress &address, const RenameHints &hints);

// The plan of the changes `chosen` (indexes into preview.diff.changes), in the order the
// planner needs.
MigrationPlan plan(const Preview &preview, const Schema &design, const QList<int> &chosen);

// The index of the change a data check is about, or -1.
int changeOf(const Preview &preview, const DataCheck &check);

// Runs `plan` on the database; `progress` is Migrator's (returning false cancels).
MigrationReport apply(const DatabaseAddress &address, const MigrationPlan &plan,
    const QString &designName, const QByteArray &designText,
    const std::function<bool(int, int)> &progress);

} // namespace Synchronization
