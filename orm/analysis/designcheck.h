#pragma once

#include "designproblem.h"

class Dialect;
class Schema;

// What would stop a design from becoming a database, found before anything runs: missing
// and duplicate names, foreign keys whose types differ or that reference columns that are
// not unique, AUTOINCREMENT without a single-column primary key, defaults that the engine
// refuses (Dialect::checkDefault). Other engine-specific limits are DdlWriter's.
namespace DesignCheck {

// For any engine: a default that one engine refuses is a warning, one that all refuse an
// error.
QList<DesignProblem> check(const Schema &schema);
// For `dialect`'s engine: a default it refuses is an error (DdlWriter checks this way).
QList<DesignProblem> check(const Schema &schema, const Dialect &dialect);

} // namespace DesignCheck
