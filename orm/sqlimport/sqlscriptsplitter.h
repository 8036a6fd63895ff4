#pragma once

#include "sql/sqlengine.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// One statement of a script as the splitter cut it.
struct SqlStatement
{
    enum class Kind {
        Sql,
        ClientCommand, // DELIMITER, GO: said to the client, never to the database
    };

    Kind kind = Kind::Sql;
    // From its first token to its delimiter (excluded): leading comments left out, inner ones
    // kept. A MySQL executable comment (/*!40101 ... */) counts as a token.
    QString text;
    int line = 1; // 1-based, of the first token
    int column = 1;
    // Set when the statement runs into the end of the script inside a quote or a comment:
    // where that started, for people.
    QString error;
};

// Cuts an SQL script into statements the way each engine's own client does: quotes ('', "",
// `` and SQLite's [], PostgreSQL's $tag$...$tag$), comments (--, #, /* */, MySQL's executable
// /*! ... */), the mysql client's DELIMITER, SQL Server's GO lines and SQLite's trigger bodies,
// whose semicolons do not end the CREATE TRIGGER.
class SqlScriptSplitter
{
    Q_DECLARE_TR_FUNCTIONS(SqlScriptSplitter)

public:
    static QList<SqlStatement> split(const QString &script, SqlEngine engine);
};
