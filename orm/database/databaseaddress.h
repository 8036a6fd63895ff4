#pragma once

#include "sql/sqlengine.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

// Where a database is: an SQLite file path, or a URL
// postgresql://user[:password]@host[:port]/database or mysql://user[:password]@host[:port]/db
// (also postgres:// and mariadb://). The password may come later, from the environment
// (PGPASSWORD, MYSQL_PWD) or from the user.
struct DatabaseAddress
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseAddress)

public:
    SqlEngine engine = SqlEngine::Sqlite;
    QString path; // SQLite
    QString host;
    int port = -1;
    QString database;
    QString user;
    std::optional<QString> password;

    static std::optional<DatabaseAddress> parse(const QString &text, QString *error);
    // The password from the engine's usual environment variable, when the URL had none.
    void takePasswordFromEnvironment();
    bool isServer() const { return engine != SqlEngine::Sqlite; }
    // For messages: the URL without its password, or the file path.
    QString displayName() const;
};
