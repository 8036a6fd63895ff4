#pragma once

#include "designproblem.h"

class Schema;

// What would stop a design from becoming a database, on any engine, found before anything
// runs: missing and duplicate names, foreign keys whose types differ or that reference
// columns that are not unique, AUTOINCREMENT without a single-column primary key, defaults
// that are not values of their column's type. Engine-specific limits are DdlWriter's.
namespace DesignCheck {

QList<DesignProblem> check(const Schema &schema);

} // namespace DesignCheck
