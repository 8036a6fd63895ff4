#pragma once

// Designs and databases for the tests that work with rows: a design from a file or from
// <table> elements, the bundled seed models, and a fresh database with a design applied.

#include "testdatabases.h"

#include "database/connection.h"
#include "database/schemaapplier.h"
#include "xml/designfile.h"
#include "xml/designreader.h"

#include <memory>

inline Schema loadDesign(const QString &path)
{
    DesignReader reader;
    if (!DesignFile::load(path, &reader))
        qFatal("%s does not load", qPrintable(path));
    return reader.schema();
}

inline Schema designFrom(const QByteArray &tables)
{
    DesignReader reader;
    if (!reader.read(
            "<?xml version=\"1.0\" encoding=\"utf-8\" ?>\n<sql>\n" + tables + "\n</sql>\n"))
        qFatal("test design does not load: %s", qPrintable(reader.errorString()));
    return reader.schema();
}

inline const Schema &seedModels()
{
    static const Schema schema
        = loadDesign(QStringLiteral(SCHEMATA_RESOURCES "/examples/seed-models.xml"));
    return schema;
}

// A fresh database of `engine` named `name`, with `design` applied, open.
inline std::unique_ptr<Connection> prepareDatabase(
    const QString &engine, const QString &name, const Schema &design)
{
    QString error;
    const QString url = TestDatabases::freshDatabase(engine, name, &error);
    if (url.isEmpty())
        qFatal("%s", qPrintable(error));
    auto connection = std::make_unique<Connection>();
    if (!connection->open(
            *DatabaseAddress::parse(url, &error), Connection::Mode::CreateIfMissing, &error))
        qFatal("%s", qPrintable(error));
    const ApplyResult applied = SchemaApplier(*connection).apply(design);
    if (!applied.ok)
        qFatal("apply: %s %s", qPrintable(applied.error), qPrintable(applied.failedStatement));
    return connection;
}
