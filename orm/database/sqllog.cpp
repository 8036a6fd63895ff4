#include "sqllog.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

Q_LOGGING_CATEGORY(lcSql, "schemata.sql", QtWarningMsg)

namespace Sql {

namespace {

void logDone(const QSqlQuery &query, const QElapsedTimer &timer, bool ok, qsizetype rows = -1)
{
    const double ms = timer.nsecsElapsed() / 1e6;
    if (ok) {
        if (rows >= 0)
            qCDebug(lcSql, "%.2f ms, %lld rows: %s", ms, qlonglong(rows),
                qUtf8Printable(query.lastQuery()));
        else
            qCDebug(lcSql, "%.2f ms: %s", ms, qUtf8Printable(query.lastQuery()));
    } else {
        qCDebug(lcSql, "%.2f ms, failed (%s): %s", ms, qUtf8Printable(query.lastError().text()),
            qUtf8Printable(query.lastQuery()));
    }
}

} // namespace

bool exec(QSqlQuery &query)
{
    if (!lcSql().isDebugEnabled())
        return query.exec();
    QElapsedTimer timer;
    timer.start();
    const bool ok = query.exec();
    logDone(query, timer, ok);
    return ok;
}

bool exec(QSqlQuery &query, const QString &statement)
{
    if (!lcSql().isDebugEnabled())
        return query.exec(statement);
    QElapsedTimer timer;
    timer.start();
    const bool ok = query.exec(statement);
    logDone(query, timer, ok);
    return ok;
}

bool execBatch(QSqlQuery &query)
{
    if (!lcSql().isDebugEnabled())
        return query.execBatch();
    qsizetype rows = 0;
    const QVariantList values = query.boundValues();
    if (!values.isEmpty())
        rows = values.first().toList().size();
    QElapsedTimer timer;
    timer.start();
    const bool ok = query.execBatch();
    logDone(query, timer, ok, rows);
    return ok;
}

} // namespace Sql
