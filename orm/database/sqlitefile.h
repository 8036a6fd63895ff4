#pragma once

#include <QCoreApplication>
#include <QString>

// A file on disk as an SQLite database: whether it has SQLite's header, and otherwise what it
// seems to hold, for the message that refuses it (SQLite itself only says "file is not a
// database", at the first statement).
class SqliteFile
{
    Q_DECLARE_TR_FUNCTIONS(SqliteFile)

public:
    // True when the file starts with SQLite's header, whatever it is called.
    static bool hasHeader(const QString &path);
    // Empty when `path` opens as an SQLite database: it has the header, or is empty (SQLite
    // takes an empty file as an empty database). Otherwise why not, naming the file and what
    // it looks like: "design.xml is not an SQLite database (it looks like an XML file...)".
    static QString refusal(const QString &path);
};
