#include "browserpane.h"

#include "browser/tablemodel.h"

#include "browse/tablequery.h"
#include "database/connection.h"
#include "database/schemaimporter.h"
#include "export/jsonexporter.h"
#include "schema/schema.h"

#include <QBuffer>
#include <QComboBox>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSplitter>
#include <QSqlQuery>
#include <QTableView>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <atomic>

namespace {

constexpr int HexDumpBytes = 4096;
constexpr int PreviewSize = 240;
constexpr int CountExactRole = Qt::UserRole + 1; // bool: the count column holds an exact count

constexpr int ExportProgressSteps = 1000;

enum SidebarColumn { NameColumn, RowsColumn };

struct ExportOutcome
{
    bool ok = false;
    bool cancelled = false;
    qint64 rows = 0;
    QString error;
};

// "00000010  89 50 4e 47 0d 0a 1a 0a  00 00 00 0d 49 48 44 52  .PNG........IHDR"
QString hexDump(const QByteArray &bytes)
{
    QString text;
    const qsizetype length = std::min<qsizetype>(bytes.size(), HexDumpBytes);
    for (qsizetype offset = 0; offset < length; offset += 16) {
        QString hex, ascii;
        for (qsizetype i = offset; i < offset + 16; ++i) {
            if (i == offset + 8)
                hex += u' ';
            if (i >= length) {
                hex += QStringLiteral("   ");
                continue;
            }
            const auto byte = uchar(bytes.at(i));
            hex += QString::number(byte, 16).rightJustified(2, u'0') + u' ';
            ascii += byte >= 0x20 && byte < 0x7f ? QChar(char16_t(byte)) : QChar(u'.');
        }
        text += QString::number(offset, 16).rightJustified(8, u'0') + QStringLiteral("  ") + hex
            + u' ' + ascii + u'\n';
    }
    return text;
}

QString columnList(const Table &table, const ForeignKey &fk)
{
    QStringList names;
    for (const ForeignKeyPart &part : fk.parts) {
        const Column *column = table.column(part.column);
        names << (column ? column->name : QStringLiteral("?"));
    }
    return names.join(QStringLiteral(", "));
}

} // namespace

BrowserPane::BrowserPane(QWidget *parent)
    : QWidget(parent)
{
    auto *center = new QWidget;
    auto *centerLayout = new QVBoxLayout(center);
    centerLayout->setContentsMargins(0, 0, 0, 0);
    centerLayout->addWidget(createFilterBar());

    m_grid = new QTableView;
    m_grid->setObjectName(QStringLiteral("grid"));
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_grid->setWordWrap(false);
    m_grid->setTextElideMode(Qt::ElideRight);
    m_grid->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_grid->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_grid->verticalHeader()->setVisible(true);
    m_grid->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_grid->setSortingEnabled(true);
    centerLayout->addWidget(m_grid, 1);

    m_rowStatus = new QLabel;
    m_rowStatus->setObjectName(QStringLiteral("rowStatus"));
    m_exportView = new QPushButton(tr("Export to JSON..."));
    m_exportView->setObjectName(QStringLiteral("exportView"));
    m_exportView->setToolTip(
        tr("Write the rows shown (filtered, if filters apply) to a JSON file"));
    m_exportView->setEnabled(false);
    connect(m_exportView, &QPushButton::clicked, this, &BrowserPane::exportView);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_rowStatus, 1);
    statusRow->addWidget(m_exportView);
    centerLayout->addLayout(statusRow);

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->addWidget(createSidebar());
    m_splitter->addWidget(center);
    m_splitter->addWidget(createValuePanel());
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    m_splitter->setCollapsible(1, false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
}

BrowserPane::~BrowserPane() = default;

QWidget *BrowserPane::createSidebar()
{
    auto *sidebar = new QSplitter(Qt::Vertical);

    auto *tablesBox = new QWidget;
    auto *tablesLayout = new QVBoxLayout(tablesBox);
    tablesLayout->setContentsMargins(0, 0, 0, 0);
    m_tables = new QTreeWidget;
    m_tables->setObjectName(QStringLiteral("tables"));
    m_tables->setRootIsDecorated(false);
    m_tables->setUniformRowHeights(true);
    m_tables->setHeaderLabels({tr("Table"), tr("Rows")});
    m_tables->header()->setStretchLastSection(false);
    m_tables->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_tables->header()->setSectionResizeMode(RowsColumn, QHeaderView::ResizeToContents);
    m_tables->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tables, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item && item->text(NameColumn) != currentTable())
            showTable(item->text(NameColumn));
    });
    connect(m_tables, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QTreeWidgetItem *item = m_tables->itemAt(pos);
        if (!item)
            return;
        QMenu menu;
        menu.addAction(tr("Count Rows"), this, [this, item] { countRows(item); });
        menu.exec(m_tables->viewport()->mapToGlobal(pos));
    });
    tablesLayout->addWidget(m_tables);
    auto *count = new QPushButton(tr("Count Rows"));
    count->setObjectName(QStringLiteral("countRows"));
    count->setToolTip(tr("Count the rows of the selected table exactly"));
    connect(count, &QPushButton::clicked, this, [this] {
        if (m_tables->currentItem())
            countRows(m_tables->currentItem());
    });
    tablesLayout->addWidget(count);
    sidebar->addWidget(tablesBox);

    auto *relationsBox = new QWidget;
    auto *relationsLayout = new QVBoxLayout(relationsBox);
    relationsLayout->setContentsMargins(0, 0, 0, 0);
    relationsLayout->addWidget(new QLabel(tr("Relationships")));
    m_relationships = new QListWidget;
    m_relationships->setObjectName(QStringLiteral("relationships"));
    connect(m_relationships, &QListWidget::itemActivated, this,
        [this](QListWidgetItem *item) { showTable(item->data(Qt::UserRole).toString()); });
    relationsLayout->addWidget(m_relationships);
    sidebar->addWidget(relationsBox);
    sidebar->setStretchFactor(0, 3);
    sidebar->setStretchFactor(1, 1);
    return sidebar;
}

QWidget *BrowserPane::createFilterBar()
{
    auto *bar = new QWidget;
    auto *layout = new QVBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *conditionRow = new QHBoxLayout;
    m_column = new QComboBox;
    m_column->setObjectName(QStringLiteral("columnFilter"));
    m_column->setToolTip(tr("Column"));
    m_operator = new QComboBox;
    m_operator->setObjectName(QStringLiteral("operatorFilter"));
    for (int op = int(RowFilter::Operator::Contains); op <= int(RowFilter::Operator::IsNotNull);
         ++op)
        m_operator->addItem(RowFilter::operatorName(RowFilter::Operator(op)), op);
    m_value = new QLineEdit;
    m_value->setObjectName(QStringLiteral("valueFilter"));
    m_value->setPlaceholderText(tr("Value"));
    m_upper = new QLineEdit;
    m_upper->setObjectName(QStringLiteral("upperFilter"));
    m_upper->setPlaceholderText(tr("and"));
    auto *add = new QPushButton(tr("Add"));
    add->setObjectName(QStringLiteral("addFilter"));
    connect(m_operator, &QComboBox::currentIndexChanged, this, &BrowserPane::updateOperator);
    connect(m_value, &QLineEdit::returnPressed, this, &BrowserPane::addFilter);
    connect(m_upper, &QLineEdit::returnPressed, this, &BrowserPane::addFilter);
    connect(add, &QPushButton::clicked, this, &BrowserPane::addFilter);
    conditionRow->addWidget(m_column);
    conditionRow->addWidget(m_operator);
    conditionRow->addWidget(m_value, 1);
    conditionRow->addWidget(m_upper, 1);
    conditionRow->addWidget(add);
    layout->addLayout(conditionRow);

    m_chips = new QWidget;
    m_chips->setObjectName(QStringLiteral("filters"));
    m_chipLayout = new QHBoxLayout(m_chips);
    m_chipLayout->setContentsMargins(0, 0, 0, 0);
    m_chipLayout->addStretch();
    m_chips->hide();
    layout->addWidget(m_chips);

    auto *whereRow = new QHBoxLayout;
    m_where = new QLineEdit;
    m_where->setObjectName(QStringLiteral("whereFilter"));
    m_where->setPlaceholderText(tr("WHERE …"));
    m_where->setClearButtonEnabled(true);
    connect(m_where, &QLineEdit::returnPressed, this, &BrowserPane::applyFilters);
    auto *apply = new QPushButton(tr("Apply"));
    apply->setObjectName(QStringLiteral("applyFilters"));
    connect(apply, &QPushButton::clicked, this, &BrowserPane::applyFilters);
    auto *clear = new QPushButton(tr("Clear"));
    clear->setObjectName(QStringLiteral("clearFilters"));
    connect(clear, &QPushButton::clicked, this, &BrowserPane::clearFilters);
    whereRow->addWidget(m_where, 1);
    whereRow->addWidget(apply);
    whereRow->addWidget(clear);
    layout->addLayout(whereRow);

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette palette = m_error->palette();
    palette.setColor(QPalette::WindowText, Qt::darkRed);
    m_error->setPalette(palette);
    m_error->hide();
    layout->addWidget(m_error);

    updateOperator();
    return bar;
}

QWidget *BrowserPane::createValuePanel()
{
    auto *panel = new QWidget;
    panel->setObjectName(QStringLiteral("valuePanel"));
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    m_valueInfo = new QLabel;
    m_valueInfo->setObjectName(QStringLiteral("valueInfo"));
    m_valueInfo->setWordWrap(true);
    layout->addWidget(m_valueInfo);
    m_valueNull = new QLabel(tr("NULL"));
    m_valueNull->setObjectName(QStringLiteral("valueNull"));
    QFont italic = m_valueNull->font();
    italic.setItalic(true);
    m_valueNull->setFont(italic);
    QPalette palette = m_valueNull->palette();
    palette.setColor(QPalette::WindowText, Qt::gray);
    m_valueNull->setPalette(palette);
    m_valueNull->hide();
    layout->addWidget(m_valueNull);
    m_image = new QLabel;
    m_image->setObjectName(QStringLiteral("valueImage"));
    m_image->setAlignment(Qt::AlignCenter);
    m_image->hide();
    layout->addWidget(m_image);
    m_valueText = new QPlainTextEdit;
    m_valueText->setObjectName(QStringLiteral("valueText"));
    m_valueText->setReadOnly(true);
    m_valueText->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    layout->addWidget(m_valueText, 1);
    return panel;
}

bool BrowserPane::openDatabase(const DatabaseAddress &address, QString *error)
{
    auto connection = std::make_unique<Connection>();
    if (!connection->open(address, Connection::Mode::OpenExisting, error))
        return false;
    std::optional<Schema> schema = SchemaImporter(*connection).import(error);
    if (!schema)
        return false;
    closeDatabase();
    m_address = address;
    m_connection = std::move(connection);
    m_schema = std::make_unique<Schema>(std::move(*schema));
    fillTables();
    emit databaseOpened(address.displayName());
    emit statusMessage(tr("Opened %1: %n table(s)", nullptr, int(m_schema->tables().size()))
                           .arg(address.displayName()));
    if (m_tables->topLevelItemCount() > 0)
        m_tables->setCurrentItem(m_tables->topLevelItem(0));
    return true;
}

void BrowserPane::closeDatabase()
{
    QItemSelectionModel *oldSelection = m_grid->selectionModel();
    m_grid->setModel(nullptr);
    delete oldSelection;
    delete m_model;
    m_model = nullptr;
    m_tables->clear();
    m_relationships->clear();
    m_column->clear();
    m_filters.clear();
    showFilterChips();
    m_where->clear();
    showError({});
    m_schema.reset();
    m_connection.reset();
    m_address = {};
    updateRowStatus();
    updateValuePanel();
}

QString BrowserPane::currentTable() const
{
    return m_model ? m_model->query().tableName() : QString();
}

void BrowserPane::fillTables()
{
    m_tables->clear();
    QList<const Table *> tables;
    for (const Table &table : m_schema->tables())
        tables << &table;
    std::sort(tables.begin(), tables.end(),
        [](const Table *a, const Table *b) { return a->name.localeAwareCompare(b->name) < 0; });
    const QSqlDatabase db = m_connection->database();
    for (const Table *table : std::as_const(tables)) {
        auto *item = new QTreeWidgetItem(m_tables, {table->name});
        item->setTextAlignment(RowsColumn, Qt::AlignRight | Qt::AlignVCenter);
        const RowEstimate estimate = TableQuery(m_address.engine, *table).estimate(db);
        if (estimate.rows >= 0) {
            item->setText(RowsColumn, QString(u'~' + QLocale().toString(estimate.rows)));
            item->setToolTip(RowsColumn, tr("Estimated; use Count Rows for the exact number"));
        }
    }
}

void BrowserPane::countRows(QTreeWidgetItem *item)
{
    const Table *table = m_schema ? m_schema->tableByName(item->text(NameColumn)) : nullptr;
    if (!table)
        return;
    QString error;
    const std::optional<qint64> rows
        = TableQuery(m_address.engine, *table).count(m_connection->database(), &error);
    if (!rows) {
        emit statusMessage(error);
        return;
    }
    item->setText(RowsColumn, QLocale().toString(*rows));
    item->setToolTip(RowsColumn, {});
    item->setData(RowsColumn, CountExactRole, true);
}

QTreeWidgetItem *BrowserPane::tableItem(const QString &name) const
{
    for (int i = 0; i < m_tables->topLevelItemCount(); ++i) {
        if (m_tables->topLevelItem(i)->text(NameColumn) == name)
            return m_tables->topLevelItem(i);
    }
    return nullptr;
}

void BrowserPane::showTable(const QString &name)
{
    const Table *table = m_schema ? m_schema->tableByName(name) : nullptr;
    if (!table)
        return;
    if (QTreeWidgetItem *item = tableItem(name); item && m_tables->currentItem() != item) {
        const QSignalBlocker blocker(m_tables);
        m_tables->setCurrentItem(item);
    }

    TableModel *old = m_model;
    m_model = new TableModel(m_address, *table, this);
    // A new table starts in its own order: the header must not sort it by the last column.
    {
        const QSignalBlocker blocker(m_grid->horizontalHeader());
        m_grid->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    }
    QItemSelectionModel *oldSelection = m_grid->selectionModel();
    m_grid->setModel(m_model);
    delete oldSelection; // the view does not free it
    delete old;

    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateRowStatus();
        updateValuePanel();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &BrowserPane::updateRowStatus);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &BrowserPane::updateRowStatus);
    connect(m_model, &TableModel::rowCountKnown, this, [this](qint64 rows) {
        updateRowStatus();
        if (m_model->query().isFiltered())
            return;
        if (QTreeWidgetItem *item = tableItem(currentTable())) {
            item->setText(RowsColumn, QLocale().toString(rows));
            item->setToolTip(RowsColumn, {});
            item->setData(RowsColumn, CountExactRole, true);
        }
    });
    connect(m_model, &TableModel::errorOccurred, this, &BrowserPane::showError);
    connect(m_model, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
            const QModelIndex current = m_grid->currentIndex();
            if (current.isValid() && current.row() >= topLeft.row()
                && current.row() <= bottomRight.row())
                updateValuePanel();
        });
    connect(m_grid->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &BrowserPane::updateValuePanel);

    m_column->clear();
    m_column->addItems(m_model->query().columnNames());
    m_filters.clear();
    showFilterChips();
    m_where->clear();
    showError({});
    showRelationships(*table);
    updateRowStatus();
    updateValuePanel();
}

void BrowserPane::showRelationships(const Table &table)
{
    m_relationships->clear();
    for (const ForeignKey &fk : table.foreignKeys) {
        const QString target = m_schema->referencedTableName(fk);
        auto *item = new QListWidgetItem(
            tr("%1.%2 → %3").arg(table.name, columnList(table, fk), target), m_relationships);
        item->setData(Qt::UserRole, target);
        item->setToolTip(tr("Rows of %1 refer to a row of %2").arg(table.name, target));
    }
    for (const Table &other : m_schema->tables()) {
        for (const ForeignKey &fk : other.foreignKeys) {
            const bool toThis = fk.referencedTable != NoObject
                ? fk.referencedTable == table.id
                : fk.referencedTableName == table.name;
            if (!toThis)
                continue;
            auto *item = new QListWidgetItem(
                tr("← %1.%2").arg(other.name, columnList(other, fk)), m_relationships);
            item->setData(Qt::UserRole, other.name);
            item->setToolTip(tr("Rows of %1 refer to a row of %2").arg(other.name, table.name));
        }
    }
}

void BrowserPane::updateOperator()
{
    const auto op = RowFilter::Operator(m_operator->currentData().toInt());
    m_value->setEnabled(RowFilter::takesValue(op));
    m_upper->setVisible(op == RowFilter::Operator::Between);
}

void BrowserPane::addFilter()
{
    if (m_column->currentIndex() < 0)
        return;
    RowFilter filter;
    filter.column = m_column->currentText();
    filter.op = RowFilter::Operator(m_operator->currentData().toInt());
    if (RowFilter::takesValue(filter.op))
        filter.value = m_value->text();
    if (filter.op == RowFilter::Operator::Between)
        filter.upper = m_upper->text();
    m_filters << filter;
    m_value->clear();
    m_upper->clear();
    showFilterChips();
}

void BrowserPane::removeFilter(int index)
{
    if (index >= 0 && index < m_filters.size())
        m_filters.removeAt(index);
    showFilterChips();
}

void BrowserPane::showFilterChips()
{
    // The layout ends with a stretch; every chip goes before it.
    while (m_chipLayout->count() > 1) {
        QLayoutItem *item = m_chipLayout->takeAt(0);
        delete item->widget();
        delete item;
    }
    for (int i = 0; i < m_filters.size(); ++i) {
        const RowFilter &filter = m_filters.at(i);
        QString text = filter.column + u' ' + RowFilter::operatorName(filter.op);
        if (filter.op == RowFilter::Operator::Between)
            text = tr("%1 between %2 and %3")
                       .arg(filter.column, filter.value.toString(), filter.upper.toString());
        else if (RowFilter::takesValue(filter.op))
            text += QStringLiteral(" “") + filter.value.toString() + QStringLiteral("”");
        auto *chip = new QToolButton;
        chip->setText(text + QStringLiteral("  ×"));
        chip->setToolTip(tr("Remove this filter"));
        chip->setAutoRaise(false);
        connect(chip, &QToolButton::clicked, this, [this, i] { removeFilter(i); });
        m_chipLayout->insertWidget(i, chip);
    }
    m_chips->setVisible(!m_filters.isEmpty());
}

void BrowserPane::applyFilters()
{
    if (!m_model)
        return;
    showError({});
    m_model->setFilters(m_filters, m_where->text());
    updateRowStatus();
}

void BrowserPane::clearFilters()
{
    m_filters.clear();
    showFilterChips();
    m_where->clear();
    applyFilters();
}

void BrowserPane::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    if (!message.isEmpty())
        emit statusMessage(message);
}

void BrowserPane::updateRowStatus()
{
    m_exportView->setEnabled(m_model && !m_exporting);
    if (!m_model) {
        m_rowStatus->clear();
        return;
    }
    const int rows = m_model->rowCount();
    switch (m_model->rowCountState()) {
    case RowCount::State::Estimated:
        m_rowStatus->setText(tr("~%Ln rows", nullptr, rows));
        break;
    case RowCount::State::Exact:
        m_rowStatus->setText(m_model->query().isFiltered()
                ? tr("%Ln rows (filtered)", nullptr, rows)
                : tr("%Ln rows", nullptr, rows));
        break;
    case RowCount::State::Unknown:
        m_rowStatus->setText(
            rows > 0 ? tr("%Ln rows so far, counting…", nullptr, rows) : tr("Counting rows…"));
        break;
    }
}

void BrowserPane::exportView()
{
    if (!m_model || m_exporting)
        return;
    QString path = QFileDialog::getSaveFileName(this, tr("Export to JSON"),
        QString(currentTable() + QStringLiteral(".json")),
        tr("JSON files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    QString error;
    exportCurrentView(path, &error); // the outcome goes out as statusMessage
}

bool BrowserPane::exportCurrentView(const QString &path, QString *error)
{
    if (!m_model || !m_schema || m_exporting) {
        *error = tr("No table to export.");
        return false;
    }
    const QString table = currentTable();
    // The rows the grid shows: the filters and WHERE as last applied, not as being edited.
    const BoundStatement condition = m_model->query().whereCondition();
    m_exporting = true;
    updateRowStatus();

    QProgressDialog progress(
        tr("Exporting %1...").arg(table), tr("Cancel"), 0, ExportProgressSteps, this);
    progress.setObjectName(QStringLiteral("exportProgress"));
    progress.setWindowTitle(tr("Export to JSON"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    progress.setMinimumDuration(500);
    progress.setValue(0);
    // The worker reads the flag; the dialog and this frame outlive it (the loop below waits).
    std::atomic_bool cancelRequested = false;
    connect(&progress, &QProgressDialog::canceled, this, [&] {
        cancelRequested = true;
        progress.setLabelText(tr("Cancelling..."));
    });

    QFutureWatcher<ExportOutcome> watcher;
    QEventLoop loop;
    connect(&watcher, &QFutureWatcher<ExportOutcome>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([&progress, &cancelRequested, address = m_address,
                                            schema = *m_schema, table, condition, path,
                                            hook = m_exportProgressHook] {
        ExportOutcome outcome;
        Connection connection;
        if (!connection.open(address, Connection::Mode::OpenExisting, &outcome.error))
            return outcome;
        // As read-only as the grid's own connection: the WHERE box is the user's SQL.
        QSqlQuery setup(connection.database());
        for (const QString &statement : TableQuery::browsingSetup(address.engine))
            setup.exec(statement);
        JsonExporter exporter(connection, schema);
        exporter.setTables({table});
        if (!condition.sql.isEmpty())
            exporter.setFilter(table, condition.sql, condition.values);
        exporter.setProgress([&](qint64 done, qint64 total) {
            outcome.rows = done;
            const int step = total > 0 ? int(done * ExportProgressSteps / total) : 0;
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
    const ExportOutcome outcome = watcher.result();

    m_exporting = false;
    updateRowStatus();
    QString message;
    if (outcome.ok) {
        message = tr("Exported %Ln rows of %1 to %2", nullptr, int(outcome.rows))
                      .arg(table, QDir::toNativeSeparators(path));
    } else {
        message = outcome.cancelled ? tr("Cancelled; nothing was written.") : outcome.error;
        *error = message;
    }
    emit statusMessage(message);
    return outcome.ok;
}

void BrowserPane::updateValuePanel()
{
    m_valueNull->hide();
    m_image->hide();
    m_image->setPixmap({});
    m_valueText->setEnabled(true);
    const QModelIndex index = m_model ? m_grid->currentIndex() : QModelIndex();
    if (!index.isValid()) {
        m_valueInfo->setText(tr("No cell selected"));
        m_valueText->clear();
        return;
    }
    const QString column = m_model->headerData(index.column(), Qt::Horizontal).toString();
    if (!m_model->data(index, TableModel::IsLoadedRole).toBool()) {
        m_valueInfo->setText(tr("%1, row %2: loading…").arg(column).arg(index.row() + 1));
        m_valueText->clear();
        return;
    }
    const QString where = tr("%1, row %2").arg(column).arg(index.row() + 1);
    if (m_model->data(index, TableModel::IsNullRole).toBool()) {
        m_valueInfo->setText(where);
        m_valueNull->show();
        m_valueText->clear();
        m_valueText->setEnabled(false);
        return;
    }
    const QVariant value = m_model->data(index, TableModel::ValueRole);
    if (value.typeId() == QMetaType::QByteArray) {
        const QByteArray bytes = value.toByteArray();
        QString info = tr("%1: BLOB of %Ln bytes", nullptr, int(bytes.size())).arg(where);
        if (bytes.size() > HexDumpBytes)
            info += u' ' + tr("(the first %Ln bytes shown)", nullptr, HexDumpBytes);
        const QImage image = QImage::fromData(bytes);
        if (!image.isNull()) {
            info += u'\n' + tr("Image, %1 × %2 pixels").arg(image.width()).arg(image.height());
            QPixmap pixmap = QPixmap::fromImage(image);
            if (pixmap.width() > PreviewSize || pixmap.height() > PreviewSize)
                pixmap = pixmap.scaled(
                    PreviewSize, PreviewSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
            m_image->setPixmap(pixmap);
            m_image->show();
        }
        m_valueInfo->setText(info);
        m_valueText->setPlainText(hexDump(bytes));
        return;
    }
    m_valueInfo->setText(where);
    m_valueText->setPlainText(value.toString());
}
