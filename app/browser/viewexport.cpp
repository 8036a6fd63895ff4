#include "viewexport.h"

#include "database/connection.h"
#include "database/sqllog.h"
#include "export/jsonexporter.h"
#include "jobs/backgroundtask.h"
#include "jobs/taskprogressdialog.h"
#include "schema/schema.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSqlQuery>

ViewExport::ViewExport(const DatabaseAddress &address, const Schema &schema, const QString &table,
    const BoundStatement &condition)
    : m_address(address)
    , m_schema(schema)
    , m_table(table)
    , m_condition(condition)
{
}

QString ViewExport::askPath(QWidget *parent, const QString &table)
{
    QString path = QFileDialog::getSaveFileName(parent, tr("Export to JSON"),
        QString(table + QStringLiteral(".json")), tr("JSON files (*.json);;All files (*)"));
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    return path;
}

ViewExport::Outcome ViewExport::write(const QString &path, QWidget *parent) const
{
    BackgroundTask task;
    TaskProgressDialog dialog(&task, tr("Exporting %1...").arg(m_table), tr("Cancel"), parent);
    dialog.setObjectName(QStringLiteral("exportProgress"));
    dialog.setWindowTitle(tr("Export to JSON"));
    dialog.setCancellingText(tr("Cancelling..."));
    Outcome result;
    task.start(
        [address = m_address, schema = m_schema, table = m_table, condition = m_condition, path,
            hook = m_hook](const BackgroundTask::Progress &progress) {
            Outcome outcome;
            Connection connection;
            if (!connection.open(address, Connection::Mode::OpenExisting, &outcome.error))
                return outcome;
            // As read-only as the grid's own connection: the WHERE box is the user's SQL.
            QSqlQuery setup(connection.database());
            for (const QString &statement : TableQuery::browsingSetup(address.engine))
                Sql::exec(setup, statement);
            JsonExporter exporter(connection, schema);
            exporter.setTables({table});
            if (!condition.sql.isEmpty())
                exporter.setFilter(table, condition.sql, condition.values);
            exporter.setProgress([&](qint64 done, qint64 total) {
                outcome.rows = done;
                outcome.cancelled = !progress.step(done, total, hook);
                return !outcome.cancelled;
            });
            outcome.ok = exporter.writeFile(path, &outcome.error);
            return outcome;
        },
        [&result](Outcome outcome) { result = std::move(outcome); });
    dialog.waitForTask();
    return result;
}

QString ViewExport::message(const Outcome &outcome, const QString &path) const
{
    if (outcome.ok)
        return tr("Exported %Ln rows of %1 to %2", nullptr, int(outcome.rows))
            .arg(m_table, QDir::toNativeSeparators(path));
    return outcome.cancelled ? tr("Cancelled; nothing was written.") : outcome.error;
}
