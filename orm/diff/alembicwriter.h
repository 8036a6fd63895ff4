#pragma once

#include "schemadiff.h"

#include <QString>

class Schema;

// An Alembic revision (a Python file of `op.*` calls) for projects that keep their migrations
// in Alembic: upgrade() turns the old design's database into the new one's, downgrade() turns
// it back. Changes to existing tables go through `op.batch_alter_table`, which SQLite needs
// (it copies the table) and the servers run as plain ALTER TABLE. Constraint names are the ones
// Schemata's DDL gives, so they match a database that `schemata apply` made.
class AlembicWriter
{
public:
    struct Revision
    {
        QString id;
        QString downRevision; // empty: the first revision
        QString message;
        QString createDate; // as Alembic writes it, "2026-12-08 02:10:00"
    };

    // `upgrade` compares old with new and `downgrade` new with old (both as written).
    static QString write(const Schema &oldDesign, const Schema &newDesign,
        const SchemaDiffResult &upgrade, const SchemaDiffResult &downgrade,
        const Revision &revision);
};
