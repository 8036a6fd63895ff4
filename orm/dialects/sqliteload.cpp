// SqliteDialect: inserting rows and the constraint handling around loads.
#include "sqlitedialect.h"

// Every check waits for the commit, from this statement to the end of the transaction.
QString SqliteDialect::deferForeignKeysSql() const
{
    return QStringLiteral("PRAGMA defer_foreign_keys = ON");
}
