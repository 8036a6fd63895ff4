#include "databasejobs.h"

#include "database/connection.h"
#include "database/schemaimporter.h"
#include "dialects/dialect.h"

#include <QFileInfo>

namespace DatabaseJobs {

Plan plan(const Schema &schema, const DatabaseAddress &address)
{
    Plan result;
    if (!address.isServer() && !QFileInfo::exists(address.path)) {
        result.plan = ApplyPlan {DdlWriter(Dialect::forEngine(address.engine)).write(schema), {}};
        return result;
    }
    Connection connection;
    if (!connection.open(address, Connection::Mode::OpenExisting, &result.error))
        return result;
    result.plan = SchemaApplier(connection).plan(schema);
    return result;
}

ApplyResult apply(const Schema &schema, const DatabaseAddress &address, bool replaceExisting,
    const std::function<bool(int, int)> &progress)
{
    Connection connection;
    ApplyResult result;
    if (!connection.open(address, Connection::Mode::CreateIfMissing, &result.error))
        return result;
    SchemaApplier applier(connection);
    applier.setReplaceExisting(replaceExisting);
    applier.setProgress(progress);
    return applier.apply(schema);
}

Import importSchema(const DatabaseAddress &address)
{
    Import result;
    Connection connection;
    if (!connection.open(address, Connection::Mode::OpenExisting, &result.error))
        return result;
    SchemaImporter importer(connection);
    result.schema = importer.import(&result.error);
    result.warnings = importer.warnings();
    return result;
}

} // namespace DatabaseJobs
