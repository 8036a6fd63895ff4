// Comparing and migrating schemas: what the engines differ in (the "diff" block of dialect.h).
#include "dialect.h"

bool Dialect::tableNamesIgnoreCase(const QSqlDatabase &) const
{
    return false;
}
