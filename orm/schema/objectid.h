#pragma once

#include <QtGlobal>

// Identity of a schema object (table, column, key, foreign key, note, area). Ids are unique
// within one Schema, never reused, and survive renames, so undo commands, the diagram and
// relations can refer to an object whatever it is called. 0 means "none".
using ObjectId = quint64;
constexpr ObjectId NoObject = 0;
