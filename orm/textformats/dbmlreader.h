#pragma once

#include "dbmllexer.h"
#include "schema/schema.h"

#include <QCoreApplication>
#include <QStringList>

// Reads DBML (https://dbml.dbdiagram.io/docs) into a design: tables, columns with their
// settings, indexes, Refs (short, long and inline forms, composite, with their actions),
// enums (as ENUM('a','b') column types), TableGroups (as areas), table and column notes (as
// comments), sticky and project notes (as notes), and the `// schemata: [...]` comments
// DbmlWriter writes for inheritance. New tables get grid positions, each TableGroup a block
// of its own in an area around it; the window can lay them out better.
class DbmlReader
{
    Q_DECLARE_TR_FUNCTIONS(DbmlReader)

public:
    using Error = DbmlError;

    // Reads `text` (UTF-8, a byte order mark allowed); false on the first error.
    bool read(const QByteArray &text);
    const Schema &schema() const { return m_schema; }
    const Error &error() const { return m_error; }
    // What was read but kept in part (many-to-many refs, references to tables that are not in
    // the file...), each "LINE:COLUMN: MESSAGE".
    QStringList warnings() const { return m_warnings; }

    // True when `head`, the beginning of a file, starts with a DBML element (Table, Ref,
    // Enum, Project, TableGroup, Note) after blanks and comments: not SQL, XML or SQLite.
    static bool looksLikeDbml(const QByteArray &head);

private:
    Schema m_schema;
    Error m_error;
    QStringList m_warnings;
};
