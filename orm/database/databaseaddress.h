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
    SqlEngine engine = defaultSqlEngine;
    QString path; // SQLite
    QString host;
    int port = -1;
    QString database;
    QString user;
    std::optional<QString> password;
    // TLS, in libpq's words: empty for the client library's default, else one of sslModes().
    QString sslMode;

    static std::optional<DatabaseAddress> parse(const QString &text, QString *error);
    // The SQLite database in the file at `path`.
    static DatabaseAddress sqliteFile(const QString &path);
    // Whether `text` is written as a URL (scheme://...), a server's or a file's, rather than as
    // a file path.
    static bool isUrl(const QString &text);
    // Whether `text` names a database rather than a design: a URL, or a file that starts with
    // SQLite's header whatever it is called.
    static bool namesDatabase(const QString &text);
    // The TLS modes an engine's Qt driver can honour: PostgreSQL all of libpq's (disable,
    // allow, prefer, require, verify-ca, verify-full); MariaDB/MySQL disable, prefer and
    // require, since Qt 6.4's driver can turn TLS on but not verify the server (Connection
    // checks the cipher after connecting for require); none for SQLite.
    static QStringList sslModes(SqlEngine engine);
    // False with a message in *error when sslMode is set but not one of sslModes().
    bool checkSslMode(QString *error) const;
    // The password from the engine's usual environment variable, when the URL had none.
    void takePasswordFromEnvironment();
    bool isServer() const;
    // For messages: the URL without its password, or the file path.
    QString displayName() const;
    // For titles: a server's URL without its password, or the file's name.
    QString title() const;
    // The address as parse() reads it back, to keep (File > Recent Databases): an SQLite
    // file's clean absolute path, or a server's URL without its password, with its TLS mode.
    QString toString() const;
    // `text` as typed, for messages: a password in it (what lies between the user name's ':'
    // and the last '@') replaced by ***, and a port that is not a number too, since without an
    // '@' it may be a password (postgresql://user:secret/db).
    static QString redacted(const QString &text);
};
