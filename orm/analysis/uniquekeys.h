#pragma once

#include "schema/objectid.h"

#include <QSet>

struct Table;

// True when a primary or unique key of `table` has exactly these columns: a foreign key on
// them is one-to-one.
bool isUniqueColumnSet(const Table &table, const QSet<ObjectId> &columns);
