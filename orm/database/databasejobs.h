#pragma once

#include "database/databaseaddress.h"
#include "database/schemaapplier.h"
#include "schema/schema.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <optional>

// The database work behind the Apply and Import dialogs, each a function that opens its own
// Connection, uses it and closes it, so that it can run on a worker thread (Qt SQL connections
// belong to the thread that made them) and nothing of it outlives the call.
namespace DatabaseJobs {

struct Plan
{
    std::optional<ApplyPlan> plan; // nullopt when the database could not be read
    QString error;
};

// What applying `schema` to `address` would run. A SQLite file that does not exist yet is not
// created: its plan is the script alone.
Plan plan(const Schema &schema, const DatabaseAddress &address);

// Creates the tables (CreateIfMissing for a SQLite file); `progress` is SchemaApplier's.
// A connection failure comes back as a result that is not ok, with the reason in `error`.
ApplyResult apply(const Schema &schema, const DatabaseAddress &address, bool replaceExisting,
    const std::function<bool(int, int)> &progress);

struct Import
{
    std::optional<Schema> schema;
    QStringList warnings;
    QString error;
};

// Reads the database into a new design laid out for the diagram.
Import importSchema(const DatabaseAddress &address);

} // namespace DatabaseJobs
