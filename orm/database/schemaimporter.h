#pragma once

#include "schema/table.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

class Connection;
class Dialect;
class Schema;

// Reads an existing database into a new design: the dialect reads the catalogue, then names
// that Schemata's own patterns would give are dropped (ConstraintNames), so are the indexes
// that exist only to serve a foreign key, and the tables are laid out in layers, parents to
// the left of their children, so the design opens readable.
class SchemaImporter
{
    Q_DECLARE_TR_FUNCTIONS(SchemaImporter)

public:
    explicit SchemaImporter(Connection &connection)
        : m_connection(connection)
    {
    }

    std::optional<Schema> import(QString *error);
    // What the import could not carry into the design (e.g. a CHECK constraint, a view).
    QStringList warnings() const { return m_warnings; }
    // The table Schemata records migrations in (SchemaDiff::historyTable()), when the database
    // has one: read with the rest, and left out of the design, as it is Schemata's, not the
    // user's.
    const std::optional<Table> &historyTable() const { return m_historyTable; }

    // What import() does to the catalogue it read, for a schema read some other way (an SQL
    // script): leaves out Schemata's history table (into *history when given) and the names
    // and indexes Schemata's own DDL would make, then lays the tables out.
    static void tidy(
        Schema &schema, const Dialect &dialect, std::optional<Table> *history = nullptr);
    // Places tables in columns by foreign-key depth. Shared with the designer's import.
    static void layOut(Schema &schema);

private:
    Connection &m_connection;
    QStringList m_warnings;
    std::optional<Table> m_historyTable;
};
