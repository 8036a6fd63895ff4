#pragma once

class Schema;

// What the Design page shows once a database opens: the open design when it describes the
// database (DesignMatch::describes: its tables and columns are there), else the
// database's own design (as SchemaImporter reads it) in its place; an open design with
// unsaved edits is not replaced without asking. A database without tables leaves it alone.
class DatabaseDesign
{
public:
    enum class Choice { KeepOpenDesign, ShowDatabaseDesign, AskFirst };

    static Choice choose(const Schema &openDesign, bool openDesignModified, const Schema &database);
};
