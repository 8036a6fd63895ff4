#include "browserpane.h"

#include "browser/filterbar.h"
#include "browser/gridview.h"
#include "browser/parentchoices.h"
#include "browser/relatedrowspanel.h"
#include "browser/rowlinks.h"
#include "browser/tablemodel.h"
#include "browser/tablesidebar.h"
#include "browser/valuepanel.h"
#include "browser/viewexport.h"

#include "browse/tablequery.h"
#include "database/connection.h"
#include "database/schemaimporter.h"
#include "dialogs/duplicaterowsdialog.h"
#include "records/cloner.h"
#include "records/session.h"
#include "schema/schema.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

BrowserPane::BrowserPane(QWidget *parent)
    : QWidget(parent)
{
    auto *center = new QWidget;
    auto *centerLayout = new QVBoxLayout(center);
    centerLayout->setContentsMargins(0, 0, 0, 0);
    centerLayout->addWidget(createToolBar());
    m_filterBar = new FilterBar;
    connect(m_filterBar, &FilterBar::chipsChanged, this, &BrowserPane::applyChips);
    connect(m_filterBar, &FilterBar::applyRequested, this, &BrowserPane::applyFilters);
    centerLayout->addWidget(m_filterBar);

    centerLayout->addWidget(createGrid(), 1);

    centerLayout->addLayout(createStatusRow());

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->addWidget(createSidebar());
    m_splitter->addWidget(center);
    m_splitter->addWidget(createRowPanels());
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    m_splitter->setCollapsible(1, false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
    updateActions();
}

GridView *BrowserPane::createGrid()
{
    m_grid = new GridView;
    m_grid->setObjectName(QStringLiteral("grid"));
    m_grid->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::AnyKeyPressed);
    m_grid->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_grid->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_grid, &QWidget::customContextMenuRequested, this, &BrowserPane::showGridMenu);
    m_delegate = new CellDelegate(this);
    m_delegate->setChoiceSource([this](int column) { return foreignKeyChoices(column); });
    // What is wrong with the text being typed, until it is fixed or the editor closes; a
    // message of something else (a refused edit, a failed save) stays.
    connect(m_delegate, &CellDelegate::inputProblem, this, [this](const QString &message) {
        if (message.isEmpty() && m_filterBar->error() != m_inputProblem)
            return;
        m_inputProblem = message;
        m_filterBar->showError(message);
    });
    // Save is there while a cell is being edited, even before its first edit (queued: the
    // view is in its editing state only after the editor is made).
    connect(m_delegate, &CellDelegate::editingChanged, this, &BrowserPane::updateActions,
        Qt::QueuedConnection);
    m_grid->setItemDelegate(m_delegate);
    m_grid->setWordWrap(false);
    m_grid->setTextElideMode(Qt::ElideRight);
    m_grid->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_grid->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_grid->verticalHeader()->setVisible(true);
    m_grid->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_grid->setSortingEnabled(true);
    return m_grid;
}

QLayout *BrowserPane::createStatusRow()
{
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
    return statusRow;
}

QWidget *BrowserPane::createSidebar()
{
    m_sidebar = new TableSidebar;
    connect(m_sidebar, &TableSidebar::currentTableChanged, this, [this](const QString &name) {
        if (name != currentTable())
            showTable(name);
    });
    connect(m_sidebar, &TableSidebar::relatedTableActivated, this, &BrowserPane::showTable);
    connect(m_sidebar, &TableSidebar::showInDiagramRequested, this,
        &BrowserPane::showInDiagramRequested);
    connect(m_sidebar, &TableSidebar::statusMessage, this, &BrowserPane::statusMessage);
    return m_sidebar;
}

QWidget *BrowserPane::createRowPanels()
{
    auto *right = new QSplitter(Qt::Vertical);
    m_valuePanel = new ValuePanel;
    right->addWidget(m_valuePanel);
    m_relatedPanel = new RelatedRowsPanel;
    connect(m_relatedPanel, &RelatedRowsPanel::parentRequested, this, &BrowserPane::goToParent);
    connect(m_relatedPanel, &RelatedRowsPanel::childrenRequested, this, &BrowserPane::showChildren);
    connect(m_relatedPanel, &RelatedRowsPanel::partnersRequested, this,
        [this](int relationship, bool reverse) {
            showPartners(m_relationshipList.at(relationship), reverse);
        });
    right->addWidget(m_relatedPanel);
    right->setStretchFactor(0, 1);
    right->setStretchFactor(1, 1);
    return right;
}

void BrowserPane::setCompact(bool compact)
{
    // The splitter holds the sidebar, the rows and the value and relationship panels.
    m_splitter->widget(0)->setVisible(!compact);
    m_splitter->widget(2)->setVisible(!compact);
}

bool BrowserPane::isCompact() const
{
    return m_splitter->widget(0)->isHidden();
}

QWidget *BrowserPane::createToolBar()
{
    auto *bar = new QToolBar;
    bar->setObjectName(QStringLiteral("browserToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(16, 16));
    const auto add
        = [&](const QString &name, const QIcon &icon, const QString &text, const QString &tip,
              const QKeySequence &shortcut, const std::function<void()> &slot) {
              return addToolAction(bar, {name, icon, text, tip, shortcut}, slot);
          };
    // Low priority: icon only beside the others' text.
    add(QStringLiteral("back"), style()->standardIcon(QStyle::SP_ArrowBack), tr("Back"),
        tr("Go back to where you were"), QKeySequence::Back, [this] { goBack(); })
        ->setPriority(QAction::LowPriority);
    add(QStringLiteral("forward"), style()->standardIcon(QStyle::SP_ArrowForward), tr("Forward"),
        tr("Go forward again"), QKeySequence::Forward, [this] { goForward(); })
        ->setPriority(QAction::LowPriority);
    add(QStringLiteral("showInDiagram"), QIcon(QStringLiteral(":/icons/zoom-fit.svg")),
        tr("Show in Diagram"), tr("Show this table's card on the Design page"), {},
        [this] { emit showInDiagramRequested(currentTable()); })
        ->setPriority(QAction::LowPriority);
    bar->addSeparator();
    add(QStringLiteral("addRow"), QIcon(QStringLiteral(":/icons/table-add.svg")), tr("Add Row"),
        tr("Add a new row, saved with Save"), {}, [this] { addRow(); });
    add(QStringLiteral("deleteRows"), QIcon(QStringLiteral(":/icons/edit-delete.svg")),
        tr("Delete Rows"), tr("Mark the selected rows for deletion; Save deletes them"), {},
        [this] { deleteSelectedRows(); });
    add(QStringLiteral("duplicateRows"), QIcon(QStringLiteral(":/icons/edit-copy.svg")),
        tr("Duplicate"), tr("Copy the selected rows without their keys"), {},
        [this] { duplicateSelectedRows(false); });
    // In the Duplicate button's menu rather than a button of its own.
    QAction *deep
        = add(QStringLiteral("deepDuplicateRows"), QIcon(), tr("Duplicate with Children..."),
            tr("Copy the selected rows with their child rows and many-to-many links"), {},
            [this] { duplicateSelectedRows(true); });
    addDuplicateMenu(bar, deep);
    bar->addSeparator();
    add(QStringLiteral("saveEdits"), QIcon(QStringLiteral(":/icons/document-save.svg")), tr("Save"),
        tr("Write the changes to the database in one transaction"), {}, [this] {
            QString error;
            saveEdits(&error);
        });
    add(QStringLiteral("revertEdits"), QIcon(QStringLiteral(":/icons/edit-undo.svg")), tr("Revert"),
        tr("Drop the unsaved changes"), {}, [this] { revertEdits(); });
    QAction *setNull = new QAction(tr("Set to NULL"), this);
    setNull->setObjectName(QStringLiteral("setNull"));
    setNull->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    setNull->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(setNull, &QAction::triggered, this, &BrowserPane::setCurrentCellNull);
    addAction(setNull);
    m_actions.insert(setNull->objectName(), setNull);
    return bar;
}

QAction *BrowserPane::addToolAction(
    QToolBar *bar, const ToolAction &action, const std::function<void()> &slot)
{
    QAction *a = bar->addAction(action.icon, action.text);
    a->setObjectName(action.name);
    a->setToolTip(action.shortcut.isEmpty()
            ? action.tip
            : tr("%1 (%2)").arg(action.tip, action.shortcut.toString(QKeySequence::NativeText)));
    if (!action.shortcut.isEmpty()) {
        a->setShortcut(action.shortcut);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    connect(a, &QAction::triggered, this, slot);
    m_actions.insert(action.name, a);
    return a;
}

void BrowserPane::addDuplicateMenu(QToolBar *bar, QAction *deep)
{
    // Deep duplication is in the Duplicate button's menu rather than a button of its own.
    bar->removeAction(deep);
    auto *duplicateMenu = new QMenu(bar);
    duplicateMenu->addAction(m_actions.value(QStringLiteral("duplicateRows")));
    duplicateMenu->addAction(deep);
    if (auto *button = qobject_cast<QToolButton *>(
            bar->widgetForAction(m_actions.value(QStringLiteral("duplicateRows"))))) {
        button->setMenu(duplicateMenu);
        button->setPopupMode(QToolButton::MenuButtonPopup);
    }
}

QUndoStack *BrowserPane::undoStack() const
{
    return m_model ? m_model->undoStack() : nullptr;
}

QAction *BrowserPane::action(const QString &name) const
{
    return m_actions.value(name);
}

BrowserPane::~BrowserPane()
{
    // An editor still open commits into the model as the widgets go: not into this pane.
    if (m_model)
        m_model->disconnect(this);
    m_delegate->disconnect(this);
}

bool BrowserPane::openDatabase(const DatabaseAddress &address, QString *error)
{
    auto connection = std::make_unique<Connection>();
    if (!connection->open(address, Connection::Mode::OpenExisting, error))
        return false;
    SchemaImporter importer(*connection);
    std::optional<Schema> schema = importer.import(error);
    if (!schema)
        return false;
    if (!maybeSaveEdits()) {
        *error = tr("The database that is open has unsaved changes.");
        return false;
    }
    closeDatabase();
    m_address = address;
    m_connection = std::move(connection);
    m_schema = std::make_unique<Schema>(std::move(*schema));
    m_relationshipList = findRelationships(*m_schema);
    QList<Table> schemataTables;
    if (importer.historyTable())
        schemataTables << *importer.historyTable();
    m_sidebar->showDatabase(m_address, *m_schema, TableQuery::views(m_connection->database()),
        schemataTables, m_connection->database());
    emit databaseOpened(address.displayName());
    emit statusMessage(tr("Opened %1: %n table(s)", nullptr, int(m_schema->tables().size()))
                           .arg(address.displayName()));
    m_sidebar->chooseFirst();
    return true;
}

void BrowserPane::closeDatabase()
{
    QItemSelectionModel *oldSelection = m_grid->selectionModel();
    m_grid->setModel(nullptr);
    delete oldSelection;
    delete m_model;
    m_model = nullptr;
    emit undoStackChanged(nullptr);
    m_sidebar->clear();
    m_filterBar->setColumns({});
    m_filterBar->clearConditions();
    showError({});
    m_schema.reset();
    m_relationshipList.clear();
    m_connection.reset();
    m_address = {};
    m_history.clear();
    m_wanted.clear();
    updateRowStatus();
    updateValuePanel();
    updateRelated();
    updateActions();
}

std::optional<DatabaseAddress> BrowserPane::openDatabaseAddress() const
{
    if (!m_connection)
        return std::nullopt;
    return m_address;
}

QString BrowserPane::currentTable() const
{
    return m_model ? m_model->query().tableName() : QString();
}

const Table *BrowserPane::relation(const QString &name, bool *isView) const
{
    return m_sidebar->relation(name, isView);
}

void BrowserPane::connectModel()
{
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateRowStatus();
        updateValuePanel();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &BrowserPane::updateRowStatus);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &BrowserPane::updateRowStatus);
    // Rows beyond the grid's window come and go without rowsInserted or rowsRemoved.
    connect(m_model, &TableModel::windowChanged, this, &BrowserPane::updateRowStatus);
    connect(m_model, &TableModel::rowCountKnown, this, [this](qint64 rows) {
        updateRowStatus();
        if (m_model->query().isFiltered())
            return;
        m_sidebar->setExactCount(currentTable(), rows);
    });
    connect(m_model, &TableModel::errorOccurred, this, &BrowserPane::showError);
    connect(m_model, &TableModel::editRejected, this, &BrowserPane::showError);
    connect(m_model, &TableModel::editsChanged, this, [this] {
        updateActions();
        updateRowStatus();
        emit editsChanged(m_model->hasPendingEdits());
    });
    connect(m_model, &TableModel::located, this, &BrowserPane::select);
    connect(m_model, &TableModel::rowsLoaded, this, [this](int first, int last) {
        if (m_relatedPanel->shownRow() < 0 && m_grid->currentIndex().isValid()) {
            const int row = m_grid->currentIndex().row();
            if (row >= first && row <= last)
                updateRelated();
        }
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
            const QModelIndex current = m_grid->currentIndex();
            if (current.isValid() && current.row() >= topLeft.row()
                && current.row() <= bottomRight.row())
                updateValuePanel();
        });
    connect(m_grid->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current, const QModelIndex &previous) {
            updateValuePanel();
            if (current.row() != previous.row() || !current.isValid())
                updateRelated();
        });
    connect(m_grid->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &BrowserPane::updateActions);
}

void BrowserPane::showTable(const QString &name)
{
    if (!relation(name))
        return;
    Place place;
    place.table = name;
    visit(place);
}

const Table *BrowserPane::table() const
{
    return m_schema && m_model ? m_schema->tableByName(currentTable()) : nullptr;
}

void BrowserPane::openTable(const QString &name)
{
    bool isView = false;
    const Table *table = relation(name, &isView);
    if (!table)
        return;
    m_sidebar->setCurrentTable(name);

    TableModel *old = m_model;
    m_model = new TableModel(
        m_address, *table, this, isView ? TableQuery::Relation::View : TableQuery::Relation::Table);
    // A new table starts in its own order: the header must not sort it by the last column.
    {
        const QSignalBlocker blocker(m_grid->horizontalHeader());
        m_grid->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    }
    QItemSelectionModel *oldSelection = m_grid->selectionModel();
    m_grid->setModel(m_model);
    delete oldSelection; // the view does not free it
    delete old;

    connectModel();

    emit undoStackChanged(m_model->undoStack());
    m_filterBar->setColumns(m_model->query().columnNames());
    m_filterBar->clearConditions();
    showError({});
    m_sidebar->showRelationships(*table);
    updateRowStatus();
    updateValuePanel();
    updateRelated();
    updateActions();
}

void BrowserPane::applyChips()
{
    // A chip filters as soon as it is shown. The WHERE box stays as last applied: its text may
    // be half typed, and Apply (or Enter) applies it.
    if (!m_model)
        return;
    showError({});
    m_model->setFilters(m_filterBar->filters(), m_model->query().where(), m_filterBar->scope());
    updateRowStatus();
}

void BrowserPane::applyFilters()
{
    if (!m_model)
        return;
    showError({});
    m_model->setFilters(m_filterBar->filters(), m_filterBar->where(), m_filterBar->scope());
    updateRowStatus();
}

void BrowserPane::showError(const QString &message)
{
    m_filterBar->showError(message);
    if (!message.isEmpty())
        emit statusMessage(message);
}

void BrowserPane::updateRowStatus()
{
    // The exporter writes tables of the schema; a view is not one.
    m_exportView->setEnabled(m_model && !m_exporting && !m_model->query().isView());
    if (!m_model) {
        m_rowStatus->clear();
        return;
    }
    const int rows = int(m_model->tableRowCount());
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
    if (m_model->hasPendingEdits())
        m_rowStatus->setText(m_rowStatus->text() + QStringLiteral(" · ")
            + tr("%n unsaved change(s)", nullptr, m_model->pendingChangeCount()));
}

void BrowserPane::exportView()
{
    if (!m_model || m_exporting)
        return;
    const QString path = ViewExport::askPath(this, currentTable());
    if (path.isEmpty())
        return;
    QString error;
    exportCurrentView(path, &error); // the outcome goes out as statusMessage
}

bool BrowserPane::exportCurrentView(const QString &path, QString *error)
{
    if (!m_model || !m_schema || m_exporting) {
        *error = tr("No table to export.");
        return false;
    }
    // The rows the grid shows: the filters and WHERE as last applied, not as being edited.
    ViewExport exporter(m_address, *m_schema, currentTable(), m_model->query().whereCondition());
    exporter.setProgressHook(m_exportProgressHook);
    m_exporting = true;
    updateRowStatus();
    const ViewExport::Outcome outcome = exporter.write(path, this);
    m_exporting = false;
    updateRowStatus();
    const QString message = exporter.message(outcome, path);
    if (!outcome.ok)
        *error = message;
    emit statusMessage(message);
    return outcome.ok;
}

void BrowserPane::updateValuePanel()
{
    m_valuePanel->showCell(m_model, m_model ? m_grid->currentIndex() : QModelIndex());
}

// Navigation

BrowserPane::Place BrowserPane::currentPlace() const
{
    Place place;
    if (!m_model)
        return place;
    place.table = currentTable();
    place.filters = m_model->query().filters();
    place.where = m_model->query().where();
    place.scope = m_filterBar->scope();
    place.scopeText = m_filterBar->scopeText();
    place.sortColumn = m_model->query().sortColumn();
    place.sortOrder = m_model->query().sortOrder();
    const QModelIndex current = m_grid->currentIndex();
    if (current.isValid()) {
        place.row = int(m_model->windowStart()) + current.row(); // a table row
        place.column = current.column();
        place.key = m_model->rowKey(current.row());
    }
    return place;
}

void BrowserPane::visit(const Place &place)
{
    if (m_model && place.table != currentTable() && !maybeSaveEdits()) {
        // Stay: the tables list shows the table that is still open.
        m_sidebar->setCurrentTable(currentTable());
        return;
    }
    m_history.visit(currentPlace()); // nowhere (no table yet) is not kept
    applyPlace(place);
}

void BrowserPane::goBack()
{
    if (!m_history.canGoBack())
        return;
    if (m_history.previous().table != currentTable() && !maybeSaveEdits())
        return;
    applyPlace(m_history.back(currentPlace()));
}

void BrowserPane::goForward()
{
    if (!m_history.canGoForward())
        return;
    if (m_history.next().table != currentTable() && !maybeSaveEdits())
        return;
    applyPlace(m_history.forward(currentPlace()));
}

void BrowserPane::applyPlace(const Place &place)
{
    if (!m_model || place.table != currentTable())
        openTable(place.table);
    if (!m_model)
        return;
    m_filterBar->setConditions(place.filters, place.where, place.scope, place.scopeText);
    showError({});
    {
        const QSignalBlocker blocker(m_grid->horizontalHeader());
        m_grid->horizontalHeader()->setSortIndicator(place.sortColumn, place.sortOrder);
    }
    m_model->sort(place.sortColumn, place.sortOrder);
    if (m_model->query().filters() != place.filters || m_model->query().where() != place.where
        || m_model->query().scope().sql != place.scope.sql
        || m_model->query().scope().values != place.scope.values)
        m_model->setFilters(place.filters, place.where, place.scope);
    updateRowStatus();
    m_wanted.clear();
    if (!place.key.isEmpty()) {
        // The row found becomes the current one and the only one selected (the table may be
        // the same, with the old selection still there).
        m_grid->clearSelection();
        m_wanted << place.key;
        m_model->locate(place.key);
    } else if (const int row = m_model->bringIntoWindow(place.row); row >= 0) {
        const QModelIndex index = m_model->index(row, place.column);
        m_grid->setCurrentIndex(index);
        m_grid->scrollTo(index, QAbstractItemView::PositionAtCenter);
    }
    updateActions();
}

void BrowserPane::select(const QVariantList &key, int row)
{
    const qsizetype wanted = m_wanted.indexOf(key);
    if (wanted < 0)
        return;
    const bool first = !m_grid->selectionModel()->hasSelection();
    m_wanted.removeAt(wanted);
    if (row < 0) {
        emit statusMessage(tr("The row is not among the rows shown."));
        return;
    }
    const QModelIndex index = m_model->index(row, 0);
    const QItemSelection rowSelection(index, m_model->index(row, m_model->columnCount() - 1));
    if (first) {
        m_grid->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
        m_grid->scrollTo(index, QAbstractItemView::PositionAtCenter);
    }
    m_grid->selectionModel()->select(rowSelection, QItemSelectionModel::Select);
    if (first)
        updateRelated();
}

void BrowserPane::goToParent(ObjectId foreignKey)
{
    const Table *child = table();
    const QModelIndex current = m_grid->currentIndex();
    if (!child || !current.isValid())
        return;
    QString problem;
    if (const std::optional<Place> place = RowLinks::parent(m_address.engine, *m_schema, *child,
            foreignKey, m_model->rowValues(current.row()), &problem))
        visit(*place);
    else if (!problem.isEmpty())
        emit statusMessage(problem);
}

void BrowserPane::showChildren(const QString &tableName, ObjectId foreignKey)
{
    const Table *parent = table();
    const Table *child = m_schema ? m_schema->tableByName(tableName) : nullptr;
    const QModelIndex current = m_grid->currentIndex();
    if (!parent || !child || !current.isValid())
        return;
    if (const std::optional<Place> place
        = RowLinks::children(*parent, *child, foreignKey, m_model->rowValues(current.row())))
        visit(*place);
}

void BrowserPane::showPartners(const Relationship &relationship, bool reverse)
{
    const Table *here = table();
    const QModelIndex current = m_grid->currentIndex();
    if (!here || !current.isValid())
        return;
    if (const std::optional<Place> place = RowLinks::partners(m_address.engine, *m_schema, *here,
            relationship, reverse, m_model->rowValues(current.row())))
        visit(*place);
}

// The current row's relationships

void BrowserPane::updateRelated()
{
    const Table *here = table();
    const QModelIndex current = m_grid->currentIndex();
    if (!here || !current.isValid()) {
        m_relatedPanel->clear();
        return;
    }
    // Not loaded yet: rowsLoaded brings it back here.
    m_relatedPanel->showRow(
        *m_schema, m_relationshipList, *here, *m_model, current.row(), *m_connection);
}

// Editing

void BrowserPane::updateActions()
{
    const bool editable = m_model && m_model->isEditable();
    const bool pending = m_model && m_model->hasPendingEdits();
    const bool selected
        = m_model && m_grid->selectionModel() && m_grid->selectionModel()->hasSelection();
    const bool hasKey = table() && table()->primaryKey();
    m_actions.value(QStringLiteral("back"))->setEnabled(canGoBack());
    m_actions.value(QStringLiteral("forward"))->setEnabled(canGoForward());
    m_actions.value(QStringLiteral("addRow"))->setEnabled(editable);
    m_actions.value(QStringLiteral("deleteRows"))->setEnabled(editable && selected);
    m_actions.value(QStringLiteral("duplicateRows"))->setEnabled(hasKey && selected && !pending);
    m_actions.value(QStringLiteral("deepDuplicateRows"))
        ->setEnabled(hasKey && selected && !pending);
    m_actions.value(QStringLiteral("saveEdits"))->setEnabled(hasUnsavedEdits());
    m_actions.value(QStringLiteral("revertEdits"))->setEnabled(pending);
    m_actions.value(QStringLiteral("setNull"))->setEnabled(editable);
    m_actions.value(QStringLiteral("showInDiagram"))->setEnabled(table() != nullptr);
    const QString why = !m_model ? QString()
        : !editable ? tr("%1 has no key to name its rows by, so they cannot be edited here.")
                          .arg(currentTable())
                    : QString();
    m_actions.value(QStringLiteral("addRow"))->setStatusTip(why);
    if (m_model && !hasKey)
        m_actions.value(QStringLiteral("duplicateRows"))
            ->setToolTip(tr("Duplicating needs a primary key"));
    emit actionsChanged();
}

void BrowserPane::copySelection() const
{
    if (!m_model)
        return;
    QModelIndexList indexes = m_grid->selectionModel()->selectedIndexes();
    if (indexes.isEmpty() && m_grid->currentIndex().isValid())
        indexes << m_grid->currentIndex();
    if (indexes.isEmpty())
        return;
    std::sort(indexes.begin(), indexes.end());
    QString text;
    int row = indexes.first().row();
    bool first = true;
    for (const QModelIndex &index : std::as_const(indexes)) {
        if (index.row() != row) {
            text += u'\n';
            row = index.row();
            first = true;
        }
        if (!first)
            text += u'\t';
        first = false;
        text += m_model->editText(index);
    }
    QApplication::clipboard()->setText(text);
}

QList<int> BrowserPane::selectedRows() const
{
    QList<int> rows;
    if (!m_model)
        return rows;
    // By the selection's ranges, not its cells: Select All on a wide window is millions.
    QSet<int> selected;
    const QItemSelection selection = m_grid->selectionModel()->selection();
    for (const QItemSelectionRange &range : selection) {
        for (int row = range.top(); row <= range.bottom(); ++row)
            selected.insert(row);
    }
    rows = QList<int>(selected.cbegin(), selected.cend());
    if (rows.isEmpty() && m_grid->currentIndex().isValid())
        rows << m_grid->currentIndex().row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

void BrowserPane::addRow()
{
    if (!m_model || !m_model->isEditable())
        return;
    const int row = m_model->addRow();
    const QModelIndex index = m_model->index(row, 0);
    m_grid->scrollTo(index);
    m_grid->setCurrentIndex(index);
    m_grid->setFocus();
}

void BrowserPane::deleteSelectedRows()
{
    if (!m_model || !m_model->isEditable())
        return;
    m_model->removeRows(selectedRows());
}

void BrowserPane::setCurrentCellNull()
{
    const QModelIndex index = m_grid->currentIndex();
    if (m_model && index.isValid())
        m_model->setData(index, QVariant(), TableModel::ValueRole);
}

bool BrowserPane::commitOpenEditor()
{
    return !m_model || m_grid->commitOpenEditor();
}

bool BrowserPane::hasUnsavedEdits() const
{
    return m_model && (m_model->hasPendingEdits() || m_grid->isEditing());
}

QVariantList BrowserPane::keyAfterSave() const
{
    // None when the row is to be deleted.
    QVariantList currentKey = currentPlace().key;
    if (const QModelIndex current = m_grid->currentIndex(); current.isValid()) {
        if (m_model->rowState(current.row()) == TableModel::RowState::Removed) {
            currentKey.clear();
        } else if (!m_model->isNewRow(current.row())) {
            const QVariantList values = m_model->rowValues(current.row());
            QVariantList edited;
            for (const QString &name : m_model->query().keyColumns()) {
                const qsizetype at = m_model->query().columnNames().indexOf(name);
                if (at < 0) { // a rowid or ctid, which edits do not change
                    edited.clear();
                    break;
                }
                edited << values.value(at);
            }
            if (!edited.isEmpty())
                currentKey = edited;
        }
    }
    return currentKey;
}

bool BrowserPane::saveEdits(QString *error)
{
    // What is typed in a cell still open is part of what the user saves (a foreign-key
    // picker keeps its editor open after its completer takes the Enter).
    if (!commitOpenEditor()) {
        *error = tr("The cell being edited holds a value its column cannot take: %1 Fix it, or "
                    "press Escape to drop it, then save.")
                     .arg(m_inputProblem);
        showError(*error);
        return false;
    }
    if (!m_model || !m_model->hasPendingEdits())
        return true;
    const int changes = m_model->pendingChangeCount();
    // The current row's key as it will be once saved (its key columns may be edited).
    const QVariantList currentKey = keyAfterSave();
    if (!m_model->save(m_connection->database(), error)) {
        // The engine's words for a row that others refer to name a constraint at best; say
        // which rows, and how many (the rows as they are now, the save rolled back).
        const QString referred = m_model->refusedDeleteMessage(m_connection->database(), *m_schema);
        if (!referred.isEmpty())
            *error = referred + u' ' + tr("Nothing was saved.");
        showError(*error);
        return false;
    }
    showError({});
    m_wanted.clear();
    // The rows are read again: find the current row by its key, or the new rows.
    const QList<QVariantList> newKeys = m_model->savedNewKeys();
    if (!newKeys.isEmpty()) {
        for (const QVariantList &key : newKeys) {
            m_wanted << key;
            m_model->locate(key);
        }
    } else if (!currentKey.isEmpty()) {
        m_wanted << currentKey;
        m_model->locate(currentKey);
    }
    emit statusMessage(tr("Saved %Ln change(s) to %1", nullptr, changes).arg(currentTable()));
    return true;
}

void BrowserPane::revertEdits()
{
    if (m_model)
        m_model->revertAll();
    showError({});
}

bool BrowserPane::maybeSaveEdits()
{
    commitOpenEditor(); // what is typed counts as an edit (text that does not fit cannot)
    if (!m_model || !m_model->hasPendingEdits())
        return true;
    const auto answer = QMessageBox::question(this, tr("Unsaved Changes"),
        tr("%1 has %Ln unsaved change(s). Save them?", nullptr, m_model->pendingChangeCount())
            .arg(currentTable()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Discard) {
        m_model->revertAll();
        return true;
    }
    QString error;
    if (!saveEdits(&error)) {
        QMessageBox::warning(this, tr("Cannot Save Changes"), error);
        return false;
    }
    return true;
}

bool BrowserPane::readSelectedRecords(Session &session, const Cloner &cloner,
    QList<Record> *records, QList<QVariantList> *keys, QList<QStringList> *needed)
{
    for (int row : selectedRows()) {
        if (m_model->isNewRow(row))
            continue;
        const QVariantList key = m_model->rowKey(row);
        if (key.isEmpty())
            continue; // not loaded
        const std::optional<Record> record = session.get(table()->name, key);
        if (!record) {
            showError(session.lastError());
            return false;
        }
        *records << *record;
        *keys << key;
        *needed << cloner.columnsNeedingValues(*record, {});
    }
    return true;
}

void BrowserPane::duplicateSelectedRows(bool deep)
{
    const Table *here = table();
    if (!here || !here->primaryKey() || m_model->hasPendingEdits())
        return;
    Session session(*m_connection, *m_schema);
    Cloner cloner(session);
    QList<Record> records;
    QList<QVariantList> keys;
    QList<QStringList> needed;
    if (!readSelectedRecords(session, cloner, &records, &keys, &needed))
        return;
    const bool anyNeeded = std::any_of(
        needed.cbegin(), needed.cend(), [](const QStringList &n) { return !n.isEmpty(); });
    if (records.isEmpty())
        return;

    QList<QHash<QString, QVariant>> overrides(records.size());
    CloneOptions options;
    if (deep || anyNeeded) {
        DuplicateRowsDialog dialog(*here, records, needed, deep, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        overrides = dialog.overrides();
        options.deep = dialog.isDeep();
        options.depth = dialog.depth();
    }
    QList<QVariantList> copies;
    QString error;
    for (qsizetype i = 0; i < records.size(); ++i) {
        options.overrides = overrides.at(i);
        const std::optional<QVariantList> copy = cloner.clone(here->name, keys.at(i), options);
        if (!copy) {
            error = cloner.error();
            break;
        }
        copies << *copy;
    }
    if (!error.isEmpty()) {
        showError(copies.isEmpty()
                ? error
                : tr("%1 (%Ln row(s) were copied before this one)", nullptr, int(copies.size()))
                      .arg(error));
    } else {
        showError({});
    }
    if (copies.isEmpty())
        return;
    // Read the rows again and select the copies where the order puts them.
    m_model->reload();
    m_grid->clearSelection();
    m_wanted = copies;
    for (const QVariantList &key : std::as_const(copies))
        m_model->locate(key);
    emit statusMessage(
        tr("Duplicated %Ln row(s) of %1", nullptr, int(copies.size())).arg(here->name));
}

void BrowserPane::showGridMenu(const QPoint &pos)
{
    if (!m_model)
        return;
    QMenu menu;
    const QModelIndex index = m_grid->indexAt(pos);
    if (index.isValid() && !m_grid->selectionModel()->isSelected(index))
        m_grid->setCurrentIndex(index);
    for (const QString &name :
        {QStringLiteral("setNull"), QStringLiteral("addRow"), QStringLiteral("deleteRows"),
            QStringLiteral("duplicateRows"), QStringLiteral("deepDuplicateRows")})
        menu.addAction(m_actions.value(name));
    QList<int> rows = selectedRows();
    QAction *revertRows
        = menu.addAction(tr("Revert Row"), this, [this, rows] { m_model->revertRows(rows); });
    revertRows->setEnabled(std::any_of(rows.cbegin(), rows.cend(),
        [this](int row) { return m_model->rowState(row) != TableModel::RowState::Saved; }));
    m_relatedPanel->addToMenu(&menu); // the same entries as the row panel
    menu.exec(m_grid->viewport()->mapToGlobal(pos));
}

QList<CellDelegate::Choice> BrowserPane::foreignKeyChoices(int column) const
{
    const Table *here = table();
    if (!here)
        return {};
    return ParentChoices::forColumn(
        m_connection->database(), m_address.engine, *m_schema, *here, column);
}
