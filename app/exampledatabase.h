#pragma once

#include <QCoreApplication>
#include <QString>

// The embedded default: the bundled example design (the seed note's models) and an SQLite
// database made from it and filled with generated rows, in the user's data folder. Made on
// first use; later starts reuse it.
class ExampleDatabase
{
    Q_DECLARE_TR_FUNCTIONS(ExampleDatabase)

public:
    // Where the example design and database live (AppDataLocation/example).
    static QString folder();
    static QString designPath();
    static QString databasePath();

    // Writes the design and makes the database when they are missing. The database is built
    // in a temporary file and renamed into place, so a failure leaves nothing half-made.
    // Returns false with a message for people.
    static bool ensure(QString *error, qint64 rowsPerTable = 200);
};
