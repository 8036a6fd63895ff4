#include "batchinserter.h"

#include "database/connection.h"
#include "database/sqllog.h"
#include "dialects/dialect.h"

#include <QSqlError>

namespace {

const QString savepointName = QStringLiteral("schemata_insert");

} // namespace

BatchInserter::BatchInserter(const QSqlDatabase &db, const Dialect &dialect, const QString &table,
    const QStringList &columns, const Options &options)
    : m_db(db)
    , m_dialect(dialect)
    , m_table(table)
    , m_columns(columns)
    , m_options(options)
    , m_rowsPerStatement(
          dialect.rowsPerInsert(int(columns.size()), options.rowBytes, options.wantedRows))
    , m_full(db)
{
    m_values.reserve(qsizetype(m_rowsPerStatement) * columns.size());
}

int BatchInserter::endRow()
{
    if (++m_pending < m_rowsPerStatement)
        return 0;
    return flush();
}

int BatchInserter::flush()
{
    if (m_pending == 0)
        return 0;
    m_errorText.clear();
    m_failedRow = -1;
    m_failedStatement.clear();
    const bool savepoint = m_options.retryRowByRow && m_dialect.failedStatementAbortsTransaction();
    if (savepoint && !run(Dialect::savepointSql(savepointName)))
        return -1;

    QSqlQuery adHoc(m_db);
    QSqlQuery *query = &m_full;
    bool ok = true;
    if (m_pending != m_rowsPerStatement || !m_fullPrepared) {
        if (m_pending != m_rowsPerStatement)
            query = &adHoc;
        ok = query->prepare(
            m_dialect.insertSql(m_table, m_columns, m_pending, m_options.overriding));
        if (ok && query == &m_full)
            m_fullPrepared = true;
    }
    if (ok) {
        for (qsizetype i = 0; i < m_values.size(); ++i)
            query->bindValue(int(i), m_values.at(i));
        ok = Sql::exec(*query);
    }
    if (!ok) {
        m_errorText = Connection::errorText(query->lastError());
        if (!m_options.retryRowByRow)
            return -1;
        if (savepoint && !run(Dialect::rollbackToSavepointSql(savepointName)))
            return -1;
        if (!insertRowByRow())
            return -1;
    } else if (savepoint && !run(Dialect::releaseSavepointSql(savepointName))) {
        return -1;
    }
    const int rows = m_pending;
    m_pending = 0;
    m_values.clear();
    return rows;
}

bool BatchInserter::run(const QString &statement)
{
    QSqlQuery query(m_db);
    if (Sql::exec(query, statement))
        return true;
    m_errorText = Connection::errorText(query.lastError());
    m_failedStatement = statement;
    return false;
}

bool BatchInserter::insertRowByRow()
{
    m_errorText.clear();
    const qsizetype width = m_columns.size();
    QSqlQuery query(m_db);
    if (!query.prepare(m_dialect.insertSql(m_table, m_columns, 1, m_options.overriding))) {
        m_errorText = Connection::errorText(query.lastError());
        return false;
    }
    for (qsizetype r = 0; r < m_pending; ++r) {
        for (qsizetype c = 0; c < width; ++c)
            query.bindValue(int(c), m_values.at(r * width + c));
        if (!Sql::exec(query)) {
            m_errorText = Connection::errorText(query.lastError());
            m_failedRow = r;
            // Back to the batch's savepoint, so that the transaction can still end.
            if (m_dialect.failedStatementAbortsTransaction()) {
                QSqlQuery rollback(m_db);
                Sql::exec(rollback, Dialect::rollbackToSavepointSql(savepointName));
            }
            return false;
        }
    }
    return true;
}

std::optional<QVariant> BatchInserter::insertReturningKey(
    QSqlQuery &query, const Dialect &dialect, bool wantKey)
{
    if (!Sql::exec(query))
        return std::nullopt;
    if (!wantKey)
        return QVariant();
    if (dialect.returnsInsertedKeys())
        return query.next() ? query.value(0) : QVariant();
    return query.lastInsertId();
}
