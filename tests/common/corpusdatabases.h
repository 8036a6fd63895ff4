#pragma once

// Databases nobody here wrote, for tests of every feature that reads real databases (see
// tests/corpus): the seed note's models as SQLAlchemy's own create_all makes them
// ("sqlalchemy", tests/corpus/seed_models_sqlalchemy.py, run with Debian's python3-sqlalchemy
// and its drivers), and SQL in the styles found in the wild ("shapes" on every engine,
// "chinook_style" on SQLite; tests/corpus/ENGINE/NAME.sql).

#include <QString>
#include <QStringList>

namespace CorpusDatabases {

// The corpus databases of an engine ("sqlite", "postgresql", "mysql").
QStringList names(const QString &engine);

// The number of tables of a corpus database on an engine (views not counted).
int tableCount(const QString &engine, const QString &corpus);

// For initTestCase(): empty when the tools that make the corpus are there (Debian's python3
// with SQLAlchemy), else a message saying what is missing.
QString missingTools();

// Makes the corpus database `corpus` on `engine`, with its rows or empty, as the fresh test
// database `name` (TestDatabases::freshDatabase); returns its address (an SQLite path or a
// URL), or an empty string with *error.
QString make(
    const QString &engine, const QString &corpus, const QString &name, bool rows, QString *error);

} // namespace CorpusDatabases
