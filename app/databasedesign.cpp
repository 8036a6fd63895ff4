#include "databasedesign.h"

#include "database/designmatch.h"

DatabaseDesign::Choice DatabaseDesign::choose(
    const Schema &openDesign, bool openDesignModified, const Schema &database)
{
    if (DesignMatch::describes(openDesign, database))
        return Choice::KeepOpenDesign;
    return openDesignModified ? Choice::AskFirst : Choice::ShowDatabaseDesign;
}
