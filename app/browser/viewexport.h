#pragma once

#include "browse/tablequery.h"
#include "database/databaseaddress.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class Schema;
class QWidget;

// Writes the rows of one table that a condition lets through (the data browser's view) to a
// JSON file as {"table": [rows]}, on a worker thread with its own connection, while a progress
// dialog offers Cancel. A cancel or a failure leaves no file.
class ViewExport
{
    Q_DECLARE_TR_FUNCTIONS(ViewExport)

public:
    struct Outcome
    {
        bool ok = false;
        bool cancelled = false;
        qint64 rows = 0;
        QString error;
    };

    ViewExport(const DatabaseAddress &address, const Schema &schema, const QString &table,
        const BoundStatement &condition);
    // Tests: called on the worker thread at each progress step, before Cancel is looked at.
    void setProgressHook(std::function<void(qint64, qint64)> hook) { m_hook = std::move(hook); }
    // Asks for the file to write, named after the table (empty when the user cancels).
    static QString askPath(QWidget *parent, const QString &table);
    // Writes `path`, the progress dialog over `parent`; returns when done.
    Outcome write(const QString &path, QWidget *parent) const;
    // The outcome in words: the rows written, the cancel, or the error.
    QString message(const Outcome &outcome, const QString &path) const;

private:
    DatabaseAddress m_address;
    const Schema &m_schema;
    QString m_table;
    BoundStatement m_condition;
    std::function<void(qint64, qint64)> m_hook;
};
