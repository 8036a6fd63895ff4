#pragma once

#include "databaseaddress.h"

#include <QSqlDatabase>

#include <memory>

class Dialect;
class QSqlError;

// An open connection to a database with its dialect. Owns a uniquely named QSqlDatabase and
// removes it when destroyed. Every connection runs the dialect's setup statements, so SQLite
// enforces foreign keys on every connection Schemata opens.
class Connection
{
    Q_DECLARE_TR_FUNCTIONS(Connection)

public:
    Connection();
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    enum class Mode { OpenExisting, CreateIfMissing };
    // Opens the database; on failure returns false with a message for people in *error.
    bool open(const DatabaseAddress &address, Mode mode, QString *error);
    void close();

    bool isOpen() const;
    QSqlDatabase database() const;
    const Dialect &dialect() const { return *m_dialect; }
    const DatabaseAddress &address() const { return m_address; }

    // What the database said, for people: SQLite's or the server's own words, without what
    // Qt's driver adds around them ("Unable to execute statement", "QPSQL: Unable to create
    // query", PostgreSQL's "ERROR:" and its SQLSTATE in parentheses). Every message in the
    // libraries that quotes a database error goes through here.
    static QString errorText(const QSqlError &error);

private:
    QString m_name;
    DatabaseAddress m_address;
    std::unique_ptr<Dialect> m_dialect;
};
