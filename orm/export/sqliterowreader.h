#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QVariant>

#include <optional>

class QSqlQuery;

// Reads the rows of a query that Qt's SQLite driver has run straight from SQLite's statement,
// without the driver's QVariant and QString per value: for readers of whole tables (the JSON
// export) where those copies are most of the time. The query prepares, binds and executes as
// usual; the reader then steps its statement itself. Values come in SQLite's own storage
// classes, or as value(), which gives what QSqlQuery::value() would have.
//
// SQLite's functions are looked up from the driver's plugin at run time, so they are those of
// the SQLite the driver uses (the system's libsqlite3, or a copy built into the plugin); a
// plugin that hides them gives no reader, and the query is read as usual.
class SqliteRowReader
{
    Q_DECLARE_TR_FUNCTIONS(SqliteRowReader)

public:
    enum class Storage { Integer = 1, Real = 2, Text = 3, Blob = 4, Null = 5 }; // SQLite's codes

    // The reader of `query`, executed (exec() returned true) and not read from yet; nothing,
    // with the query as it was, when the query does not run on Qt's SQLite driver or SQLite's
    // library is not found. Otherwise the rows are read through the reader alone from then
    // on (the query must live as long): it has already taken the first from the query.
    static std::optional<SqliteRowReader> of(QSqlQuery &query);

    // Moves to the next row: false after the last one, or on an error (failed() then).
    bool next();
    bool failed() const { return m_failed; }
    // SQLite's message for the error that stopped next().
    QString errorText() const;

    Storage storage(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    // The bytes of a blob, or of text as SQLite's UTF-8 (numbers as SQLite writes them);
    // valid until the reader moves on.
    QByteArrayView blob(int column) const;
    QByteArrayView text(int column) const;
    // The value as Qt's driver gives it: qlonglong, double, QByteArray, QString (from SQLite's
    // UTF-16), or a null QString variant.
    QVariant value(int column) const;

private:
    struct Api;
    enum class State { OnFirstRow, Stepping, Done };
    SqliteRowReader(const Api *api, void *statement);

    const Api *m_api;
    void *m_statement;
    State m_state = State::OnFirstRow; // the driver has read the first row itself
    bool m_failed = false;
    QString m_firstRowError;
};
