#pragma once

#include "schema/objectid.h"

#include <QList>
#include <QSet>

class Schema;
struct Table;

// Tables parents first, so that a table's rows (or its CREATE TABLE) come after those of the
// tables its foreign keys reference. DDL, the JSON export and import, fill and the session all
// take their order from here, so a cycle is broken the same way everywhere.
struct TableOrder
{
    QList<const Table *> tables;
    // Foreign keys to a table that comes later: each closes a cycle of two or more tables, and
    // must be added after the tables (DDL) or deferred or suspended while rows are loaded.
    QSet<ObjectId> cycleKeys;
    // Foreign keys to their own table: a row may reference a row loaded after it.
    QSet<ObjectId> selfKeys;

    bool closesCycle(ObjectId foreignKey) const
    {
        return cycleKeys.contains(foreignKey) || selfKeys.contains(foreignKey);
    }

    // Keys to tables outside `tables` are ignored. Among the tables that are ready (every table
    // they reference is placed), the first in the given order goes first, so the result is the
    // same for the same input: callers give design order, or names sorted when the order must
    // not depend on how an engine lists its tables. When none is ready, the first table that
    // lies on a cycle and references no table outside that cycle goes first, and its keys to
    // tables not yet placed are the cycle's closing keys.
    static TableOrder parentsFirst(const QList<const Table *> &tables);
    // Every table of the schema, in design order.
    static TableOrder parentsFirst(const Schema &schema);
};
