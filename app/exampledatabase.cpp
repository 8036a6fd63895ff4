#include "exampledatabase.h"

#include "database/connection.h"
#include "database/schemaapplier.h"
#include "records/datagenerator.h"
#include "xml/designfile.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

QString ExampleDatabase::folder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/example";
}

QString ExampleDatabase::designPath()
{
    return folder() + u"/seed-models.xml";
}

QString ExampleDatabase::databasePath()
{
    return folder() + u"/seed-models.sqlite";
}

bool ExampleDatabase::ensure(QString *error, qint64 rowsPerTable)
{
    if (!QDir().mkpath(folder())) {
        *error = tr("Cannot create %1.").arg(folder());
        return false;
    }
    if (!QFile::exists(designPath())) {
        // The design ships inside the executable (resources/examples).
        QFile bundled(QStringLiteral(":/examples/seed-models.xml"));
        if (!bundled.copy(designPath())) {
            *error = tr("Cannot write %1: %2").arg(designPath(), bundled.errorString());
            return false;
        }
        QFile::setPermissions(designPath(),
            QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    }
    if (QFile::exists(databasePath()))
        return true;

    DesignReader reader;
    if (!DesignFile::load(designPath(), &reader)) {
        *error = DesignFile::describeError(designPath(), reader);
        return false;
    }
    const Schema schema = reader.takeSchema();
    const QString building = databasePath() + QStringLiteral(".part");
    QFile::remove(building);
    {
        Connection connection;
        if (!connection.open(
                DatabaseAddress::sqliteFile(building), Connection::Mode::CreateIfMissing, error))
            return false;
        SchemaApplier applier(connection);
        const ApplyResult applied = applier.apply(schema);
        if (!applied.ok) {
            *error = applied.error;
            connection.close();
            QFile::remove(building);
            return false;
        }
        DataGenerator generator(connection, schema);
        generator.setDefaultRows(rowsPerTable);
        generator.setSeed(1);
        if (!generator.fill(error)) {
            connection.close();
            QFile::remove(building);
            return false;
        }
        connection.close();
    }
    if (!QFile::rename(building, databasePath())) {
        *error = tr("Cannot write %1.").arg(databasePath());
        QFile::remove(building);
        return false;
    }
    return true;
}
