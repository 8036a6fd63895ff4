#include "viewexport.h"

#include "database/connection.h"
#include "database/sqllog.h"
#include "export/jsonexporter.h"
#include "schema/schema.h"

#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QSqlQuery>
#include <QtConcurrent>

#include <atomic>

namespace {

constexpr int ProgressSteps = 1000;

} // namespace

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
    QProgressDialog progress(
        tr("Exporting %1...").arg(m_table), tr("Cancel"), 0, ProgressSteps, parent);
    progress.setObjectName(QStringLiteral("exportProgress"));
    progress.setWindowTitle(tr("Export to JSON"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    progress.setMinimumDuration(500);
    progress.setValue(0);
    // The worker reads the flag; the dialog and this frame outlive it (the loop below waits).
    std::atomic_bool cancelRequested = false;
    QObject::connect(&progress, &QProgressDialog::canceled, &progress, [&] {
        cancelRequested = true;
        progress.setLabelText(tr("Cancelling..."));
    });

    QFutureWatcher<Outcome> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<Outcome>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([&progress, &cancelRequested, address = m_address,
                                            schema = m_schema, table = m_table,
                                            condition = m_condition, path, hook = m_hook] {
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
            const int step = total > 0 ? int(done * ProgressSteps / total) : 0;
            QMetaObject::invokeMethod(
                &progress, [&progress, step] { progress.setValue(step); }, Qt::QueuedConnection);
            if (hook)
                hook(done, total);
            outcome.cancelled = cancelRequested.load();
            return !outcome.cancelled;
        });
        outcome.ok = exporter.writeFile(path, &outcome.error);
        return outcome;
    }));
    loop.exec();
    return watcher.result();
}

QString ViewExport::message(const Outcome &outcome, const QString &path) const
{
    if (outcome.ok)
        return tr("Exported %Ln rows of %1 to %2", nullptr, int(outcome.rows))
            .arg(m_table, QDir::toNativeSeparators(path));
    return outcome.cancelled ? tr("Cancelled; nothing was written.") : outcome.error;
}
