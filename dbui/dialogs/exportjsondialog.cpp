#include "exportjsondialog.h"

#include "buttonrow.h"

#include "connection/databasetargetwidget.h"

#include "database/connection.h"
#include "jobs/backgroundtask.h"
#include "database/schemaimporter.h"
#include "schema/schema.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace {

// Opens the database and reads its schema; the caller's connection stays open for the export.
std::optional<Schema> readSchema(
    Connection &connection, const DatabaseAddress &address, QString *error)
{
    if (!connection.open(address, Connection::Mode::OpenExisting, error))
        return std::nullopt;
    return SchemaImporter(connection).import(error);
}

constexpr int ProgressSteps = 1000;

} // namespace

ExportJsonDialog::ExportJsonDialog(QWidget *parent)
    : QDialog(parent)
    , m_readTimer(new QTimer(this))
    , m_exportTask(new BackgroundTask(this))
{
    setWindowTitle(tr("Export Database to JSON"));

    auto *databaseGroup = new QGroupBox(tr("Database"), this);
    m_database = new DatabaseTargetWidget(DatabaseTargetWidget::FileMode::MustExist, databaseGroup);
    m_database->setObjectName(QStringLiteral("database"));
    m_readTables = new QPushButton(tr("&Read Tables"), databaseGroup);
    m_readTables->setObjectName(QStringLiteral("readTables"));
    m_databaseStatus = new QLabel(databaseGroup);
    m_databaseStatus->setObjectName(QStringLiteral("databaseStatus"));
    m_databaseStatus->setWordWrap(true);
    m_databaseStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *readRow = new QHBoxLayout;
    readRow->addWidget(m_databaseStatus, 1);
    readRow->addWidget(m_readTables, 0, Qt::AlignTop);
    auto *databaseLayout = new QVBoxLayout(databaseGroup);
    databaseLayout->addWidget(m_database);
    databaseLayout->addLayout(readRow);

    auto *tablesGroup = new QGroupBox(tr("Tables"), this);
    m_tables = new QListWidget(tablesGroup);
    m_tables->setObjectName(QStringLiteral("tables"));
    m_selectAll = new QPushButton(tr("Select &All"), tablesGroup);
    m_selectAll->setObjectName(QStringLiteral("selectAll"));
    m_selectNone = new QPushButton(tr("Select &None"), tablesGroup);
    m_selectNone->setObjectName(QStringLiteral("selectNone"));
    auto *selectRow = new QHBoxLayout;
    selectRow->addWidget(m_selectAll);
    selectRow->addWidget(m_selectNone);
    selectRow->addStretch(1);
    auto *tablesLayout = new QVBoxLayout(tablesGroup);
    tablesLayout->addWidget(m_tables, 1);
    tablesLayout->addLayout(selectRow);

    auto *outputGroup = new QGroupBox(tr("Output"), this);
    m_outputPath = new QLineEdit(outputGroup);
    m_outputPath->setObjectName(QStringLiteral("outputPath"));
    m_browse = new QPushButton(tr("B&rowse..."), outputGroup);
    m_browse->setObjectName(QStringLiteral("browse"));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_outputPath, 1);
    pathRow->addWidget(m_browse);
    m_pretty = new QCheckBox(tr("&Pretty (one value per line)"), outputGroup);
    m_pretty->setObjectName(QStringLiteral("pretty"));
    m_blobs = new QComboBox(outputGroup);
    m_blobs->setObjectName(QStringLiteral("blobs"));
    m_blobs->addItem(tr("base64"), int(JsonExporter::Blobs::Base64));
    m_blobs->addItem(tr("hex"), int(JsonExporter::Blobs::Hex));
    m_blobs->addItem(tr("skip"), int(JsonExporter::Blobs::Skip));
    auto *outputForm = new QFormLayout(outputGroup);
    // A row of a layout has no buddy for its label, which then shows its "&": name one. Not
    // "&File:", which the database's file has.
    auto *fileLabel = new QLabel(tr("&JSON file:"), outputGroup);
    fileLabel->setObjectName(QStringLiteral("outputLabel"));
    fileLabel->setBuddy(m_outputPath);
    outputForm->addRow(fileLabel, pathRow);
    outputForm->addRow(QString(), m_pretty);
    outputForm->addRow(tr("&BLOBs:"), m_blobs);

    m_progressBar = new QProgressBar(this);
    m_progressBar->setObjectName(QStringLiteral("progressBar"));
    m_progressBar->setRange(0, ProgressSteps);
    m_progressBar->setValue(0);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("result"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new ButtonRow(this);
    m_export = buttons->add(tr("&Export"), QStringLiteral("export"));
    m_cancelButton = buttons->add(tr("Cancel"), QStringLiteral("cancel"));
    m_close = buttons->add(tr("Close"), QStringLiteral("close"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(databaseGroup);
    layout->addWidget(tablesGroup, 1);
    layout->addWidget(outputGroup);
    layout->addWidget(m_progressBar);
    layout->addWidget(m_result);
    layout->addLayout(buttons);
    resize(640, 720);

    m_readTimer->setSingleShot(true);
    m_readTimer->setInterval(400);
    connect(m_readTimer, &QTimer::timeout, this, &ExportJsonDialog::readTables);
    connect(m_exportTask, &BackgroundTask::progressed, this, &ExportJsonDialog::showProgress);
    connect(m_database, &DatabaseTargetWidget::changed, this, [this] {
        // The list belongs to the database it was read from; a field that changes and names
        // the same database (a password filled in from the keychain) keeps it.
        QString ignored;
        const std::optional<DatabaseAddress> named = m_database->address(&ignored);
        if (named && !m_listed.isEmpty() && named->displayName() == m_listed)
            return;
        m_listed.clear();
        ++m_readGeneration;
        m_reading = false;
        m_tables->clear();
        m_databaseStatus->clear();
        updateButtons();
        readTablesSoon();
    });
    connect(m_readTables, &QPushButton::clicked, this, &ExportJsonDialog::readTables);
    connect(m_tables, &QListWidget::itemChanged, this, &ExportJsonDialog::updateButtons);
    connect(m_selectAll, &QPushButton::clicked, this, [this] { setAllChecked(true); });
    connect(m_selectNone, &QPushButton::clicked, this, [this] { setAllChecked(false); });
    connect(m_outputPath, &QLineEdit::textChanged, this, &ExportJsonDialog::updateButtons);
    connect(m_browse, &QPushButton::clicked, this, &ExportJsonDialog::browse);
    connect(m_export, &QPushButton::clicked, this, &ExportJsonDialog::startExport);
    connect(m_cancelButton, &QPushButton::clicked, this, &ExportJsonDialog::cancelExport);
    connect(m_close, &QPushButton::clicked, this, &ExportJsonDialog::reject);
    updateButtons();
}

ExportJsonDialog::~ExportJsonDialog()
{
    stopExport();
}

void ExportJsonDialog::setDatabase(const DatabaseAddress &address)
{
    m_database->setAddress(address);
    readTables();
}

void ExportJsonDialog::readTablesSoon()
{
    m_readTimer->stop();
    if (isExporting())
        return;
    // A file is there to read; a server may be half typed, and is read on Read Tables.
    QString error;
    const std::optional<DatabaseAddress> address = m_database->address(&error);
    if (address && !address->isServer() && QFileInfo(address->path).isFile())
        m_readTimer->start();
}

void ExportJsonDialog::setOutputPath(const QString &path)
{
    m_outputPath->setText(path);
}

QStringList ExportJsonDialog::checkedTables() const
{
    QStringList tables;
    for (int i = 0; i < m_tables->count(); ++i) {
        if (m_tables->item(i)->checkState() == Qt::Checked)
            tables << m_tables->item(i)->text();
    }
    return tables;
}

void ExportJsonDialog::updateButtons()
{
    const bool exporting = isExporting();
    m_database->setEnabled(!exporting);
    m_readTables->setEnabled(!exporting && !m_reading && m_database->isComplete());
    m_tables->setEnabled(!exporting);
    m_selectAll->setEnabled(!exporting && m_tables->count() > 0);
    m_selectNone->setEnabled(!exporting && m_tables->count() > 0);
    m_outputPath->setEnabled(!exporting);
    m_browse->setEnabled(!exporting);
    m_pretty->setEnabled(!exporting);
    m_blobs->setEnabled(!exporting);
    m_export->setEnabled(!exporting && !m_reading && !checkedTables().isEmpty()
        && !m_outputPath->text().trimmed().isEmpty());
    m_export->setDefault(m_export->isEnabled());
    m_readTables->setDefault(!m_export->isEnabled());
    m_cancelButton->setEnabled(exporting);
}

void ExportJsonDialog::setAllChecked(bool checked)
{
    const QSignalBlocker blocker(m_tables);
    for (int i = 0; i < m_tables->count(); ++i)
        m_tables->item(i)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    updateButtons();
}

void ExportJsonDialog::browse()
{
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export to JSON"), m_outputPath->text(), tr("JSON files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    m_outputPath->setText(path);
}

void ExportJsonDialog::readTables()
{
    m_readTimer->stop();
    if (isExporting())
        return;
    QString error;
    const std::optional<DatabaseAddress> address = m_database->address(&error);
    if (!address) {
        m_databaseStatus->setText(error);
        emit tablesRead(false);
        return;
    }
    m_tables->clear();
    m_listed = address->displayName();
    const QString target = DatabaseTargetWidget::describe(*address);
    m_databaseStatus->setText(tr("Reading %1...").arg(target));
    m_reading = true;
    updateButtons();

    const int generation = ++m_readGeneration;
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, generation, target] {
        watcher->deleteLater();
        if (generation != m_readGeneration)
            return;
        m_reading = false;
        const Outcome outcome = watcher->result();
        if (!outcome.ok) {
            m_listed.clear();
            m_databaseStatus->setText(outcome.error);
            updateButtons();
            emit tablesRead(false);
            return;
        }
        m_database->storePassword();
        {
            const QSignalBlocker blocker(m_tables);
            for (const QString &table : outcome.tables) {
                auto *item = new QListWidgetItem(table, m_tables);
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
                item->setCheckState(Qt::Checked);
            }
        }
        m_databaseStatus->setText(
            tr("%n table(s) of %1 to export.", nullptr, int(outcome.tables.size())).arg(target));
        updateButtons();
        emit tablesRead(true);
    });
    // The worker keeps nothing of the dialog, so a closed dialog just drops its answer.
    watcher->setFuture(QtConcurrent::run([address = *address] {
        Outcome outcome;
        Connection connection;
        const std::optional<Schema> schema = readSchema(connection, address, &outcome.error);
        if (!schema)
            return outcome;
        outcome.tables = JsonExporter(connection, *schema).tableOrder(&outcome.error);
        outcome.ok = outcome.error.isEmpty();
        return outcome;
    }));
}

void ExportJsonDialog::startExport()
{
    QString error;
    const std::optional<DatabaseAddress> address = m_database->address(&error);
    const QStringList tables = checkedTables();
    if (!address || tables.isEmpty() || isExporting()) {
        m_result->setText(error);
        return;
    }
    m_exportPath = m_outputPath->text().trimmed();
    const bool pretty = m_pretty->isChecked();
    const auto blobs = JsonExporter::Blobs(m_blobs->currentData().toInt());
    m_progressBar->setValue(0);
    m_result->setText(tr("Exporting to %1...").arg(m_exportPath));

    // The job keeps nothing of the dialog: it reports progress and reads Cancel through the
    // task, which waits for it when the dialog goes.
    m_exportTask->start(
        [address = *address, tables, pretty, blobs, path = m_exportPath, hook = m_progressHook](
            const BackgroundTask::Progress &progress) {
            Outcome outcome;
            Connection connection;
            const std::optional<Schema> schema = readSchema(connection, address, &outcome.error);
            if (!schema)
                return outcome;
            JsonExporter exporter(connection, *schema);
            exporter.setTables(tables);
            exporter.setPretty(pretty);
            exporter.setBlobs(blobs);
            exporter.setProgress([&](qint64 done, qint64 total) {
                outcome.cancelled = !progress.step(done, total, hook);
                return !outcome.cancelled;
            });
            outcome.ok = exporter.writeFile(path, &outcome.error);
            if (outcome.ok)
                outcome.tables = exporter.tableOrder(&outcome.error);
            return outcome;
        },
        [this](const Outcome &outcome) { exportDone(outcome); });
    updateButtons();
}

void ExportJsonDialog::showProgress(qint64 done, qint64 total)
{
    if (!isExporting())
        return;
    m_progressBar->setValue(total > 0 ? int(done * ProgressSteps / total) : ProgressSteps);
}

void ExportJsonDialog::cancelExport()
{
    if (!isExporting())
        return;
    m_exportTask->cancel();
    m_cancelButton->setEnabled(false);
    m_result->setText(tr("Cancelling..."));
}

void ExportJsonDialog::exportDone(const Outcome &outcome)
{
    if (outcome.ok) {
        m_progressBar->setValue(ProgressSteps);
        m_result->setText(tr("Exported %n table(s) to %1", nullptr, int(outcome.tables.size()))
                              .arg(QDir::toNativeSeparators(m_exportPath)));
    } else if (outcome.cancelled) {
        m_progressBar->setValue(0);
        m_result->setText(tr("Cancelled; nothing was written."));
    } else {
        m_progressBar->setValue(0);
        m_result->setText(outcome.error);
    }
    updateButtons();
    emit exportFinished(outcome.ok);
}

void ExportJsonDialog::stopExport()
{
    m_exportTask->stop();
}

bool ExportJsonDialog::isExporting() const
{
    return m_exportTask->isRunning();
}

void ExportJsonDialog::reject()
{
    stopExport();
    ++m_readGeneration; // a closed dialog takes no late table list
    m_reading = false;
    QDialog::reject();
}
