#include "databasedesign.h"

#include "diff/designmatch.h"
#include "schema/schema.h"

DatabaseDesign::Choice DatabaseDesign::choose(
    const Schema &openDesign, bool openDesignModified, const Schema &database)
{
    // A database without tables has no diagram to show: the design may be about to be applied.
    if (database.tables().isEmpty() || DesignMatch::describes(openDesign, database))
        return Choice::KeepOpenDesign;
    return openDesignModified ? Choice::AskFirst : Choice::ShowDatabaseDesign;
}
