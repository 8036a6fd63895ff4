#pragma once

#include "sql/sqlengine.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

// Where a database is: an SQLite file path, or a URL
// postgresql://user[:password]@host[:port]/database or mysql://user[:password]@host[:port]/db
// (also postgres:// and mariadb://), optionally with ?sslmode=MODE (or ?ssl=true). The password
// may come later, from the environment (PGPASSWORD, MYSQL_PWD) or from the user.
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
    // TLS, in libpq's words: empty for the client library's default, else one of sslModes().
    QString sslMode;

    static std::optional<DatabaseAddress> parse(const QString &text, QString *error);
    // The TLS modes an engine's Qt driver can honour: PostgreSQL all of libpq's (disable,
    // allow, prefer, require, verify-ca, verify-full); MariaDB/MySQL disable, prefer and
    // require, since Qt 6.4's driver can turn TLS on but not verify the server (Connection
    // checks the cipher after connecting for require); none for SQLite.
    static QStringList sslModes(SqlEngine engine);
    // False with a message in *error when sslMode is set but not one of sslModes().
    bool checkSslMode(QString *error) const;
    // The password from the engine's usual environment variable, when the URL had none.
    void takePasswordFromEnvironment();
    bool isServer() const { return engine != SqlEngine::Sqlite; }
    // For messages: the URL without its password, or the file path.
    QString displayName() const;
    // `text` as typed, for messages: a password in it (what lies between the user name's ':'
    // and the last '@') replaced by ***, and a port that is not a number too, since without an
    // '@' it may be a password (postgresql://user:secret/db).
    static QString redacted(const QString &text);
};
