#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <optional>
#include <utility>

class Dialect;

// Multi-row INSERT statements with bound values into one table and set of columns: as many rows
// a statement as the engine takes (Dialect::rowsPerInsert), the full-size statement prepared
// once. Fill and import-json insert their rows through it, and the session its single rows
// (insertReturningKey); the callers keep their transactions, messages and progress.
class BatchInserter
{
public:
    struct Options
    {
        int wantedRows = 1000; // at most this many rows a statement
        qint64 rowBytes = 0; // about the bytes a row binds (MySQL keeps a statement small)
        bool overriding = false; // given values win over the engine's own (a restore)
        // A statement the database refuses is tried again row by row, so that the caller can
        // name the row; where a failed statement aborts the transaction, each batch then runs
        // inside a savepoint, and so must be inside the caller's transaction.
        bool retryRowByRow = false;
    };

    BatchInserter(const QSqlDatabase &db, const Dialect &dialect, const QString &table,
        const QStringList &columns, const Options &options);

    int rowsPerStatement() const { return m_rowsPerStatement; }
    int pendingRows() const { return m_pending; }
    void append(QVariant value) { m_values.append(std::move(value)); }
    // Ends a row; inserts the batch when it is full. Returns the rows inserted then (0 while
    // the batch fills), or -1 on failure.
    int endRow();
    // Inserts the rows not yet inserted; returns how many, or -1 on failure.
    int flush();

    // After a failure: the database's message; the pending row (from 0) it refused when
    // retrying row by row, else -1; and the statement that failed when it was not the INSERT
    // (a savepoint), else empty.
    QString errorText() const { return m_errorText; }
    qsizetype failedRow() const { return m_failedRow; }
    QString failedStatement() const { return m_failedStatement; }

    // Runs `query`, a prepared Dialect::insertReturningSql with its values bound, and reads the
    // generated key back when `wantKey`: from the statement's result where the engine returns
    // it, else lastInsertId(). std::nullopt when the statement failed.
    static std::optional<QVariant> insertReturningKey(
        QSqlQuery &query, const Dialect &dialect, bool wantKey);

private:
    bool run(const QString &statement);
    bool insertRowByRow();

    QSqlDatabase m_db;
    const Dialect &m_dialect;
    QString m_table;
    QStringList m_columns;
    Options m_options;
    int m_rowsPerStatement = 1;
    QSqlQuery m_full;
    bool m_fullPrepared = false;
    int m_pending = 0;
    QVariantList m_values;
    QString m_errorText;
    qsizetype m_failedRow = -1;
    QString m_failedStatement;
};
