#include "mainwindow.h"

#include "browser/browserpane.h"
#include "browser/tablemodel.h"
#include "database/sqlitefile.h"
#include "databaseopener.h"
#include "analysis/designcheck.h"
#include "diagram/diagramcomparison.h"
#include "diagram/diagramexport.h"
#include "diagram/documentationexport.h"
#include "diagram/diagramscene.h"
#include "diagram/diagramview.h"
#include "diagram/inlineeditor.h"
#include "diagram/overviewwidget.h"
#include "diagram/tableitem.h"
#include "dialogs/applydialog.h"
#include "dialogs/exportjsondialog.h"
#include "dialogs/importdialog.h"
#include "dialogs/sqlpreviewdialog.h"
#include "dialogs/synchronizedialog.h"
#include "diff/designmerge.h"
#include "diff/schemadiff.h"
#include "document/designdocument.h"
#include "document/designeditor.h"
#include "layout/autolayout.h"
#include "panels/changespanel.h"
#include "panels/problemspanel.h"
#include "panels/propertypanel.h"
#include "recentlist.h"
#include "exampledatabase.h"
#include "gitrevisions.h"
#include "recovery.h"
#include "shortcutsdialog.h"
#include "textformats/sqlalchemywriter.h"
#include "theme.h"
#include "userguide.h"
#include "welcomepage.h"
#include "version.h"
#include "sqlimport/sqlscriptimporter.h"
#include "textformats/dbmlreader.h"
#include "textformats/dbmlwriter.h"
#include "textformats/mermaidwriter.h"
#include "xml/designfile.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringDecoder>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPrintDialog>
#include <QPrinter>
#include <QSaveFile>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSysInfo>
#include <QTimer>
#include <QToolBar>
#include <QTreeWidget>
#include <QUndoGroup>
#include <QUrl>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>

namespace {

// File > Open Recent, under the key it has always had.
RecentList recentFiles()
{
    return RecentList(QStringLiteral("recentFiles"), 10);
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new DesignDocument(this))
    , m_editor(new DesignEditor(m_document, this))
    , m_scene(new DiagramScene(m_document, this))
    , m_recovery(new Recovery(m_document, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    createPages();
    createDocks();
    createActions();
    createStatusLabels();
    connectDocument();
    connectScene();

    QSettings settings;
    resize(1200, 800);
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    updateTitle();
    updateActions();
    updateStatus();
    updateRecentMenu();
    action(QStringLiteral("dataBeside"))
        ->setChecked(settings.value(QStringLiteral("view/dataBeside"), false).toBool());
    followSelection();
    statusBar()->showMessage(tr("Double-click the canvas to add a table; open a WWW SQL Designer "
                                "file with File > Open."),
        8000);
}

void MainWindow::createPages()
{
    m_view = new DiagramView(m_scene, this);
    m_view->setObjectName(QStringLiteral("diagramView"));
    m_inline = new InlineEditor(m_view, m_editor, this);
    // The centre holds pages: the diagram now, the data browser next to it.
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_view);
    m_browser = new BrowserPane(this);
    m_browser->setObjectName(QStringLiteral("browserPane"));
    m_pages->addWidget(m_browser);
    connect(m_browser, &BrowserPane::statusMessage, this,
        [this](const QString &message) { statusBar()->showMessage(message, 6000); });
    connect(m_browser, &BrowserPane::databaseOpened, this, &MainWindow::updateTitle);
    connect(m_browser, &BrowserPane::showInDiagramRequested, this, &MainWindow::showInDiagram);
    m_opener = new DatabaseOpener(m_browser, m_document, this, [this] { return save(); });
    connect(m_opener, &DatabaseOpener::databaseDesignChosen, this, &MainWindow::showDatabaseDesign);
    connect(m_opener, &DatabaseOpener::opened, this, &MainWindow::showOpenedDatabase);
    // View > Data Beside Diagram: a third page with the diagram and the browser side by side.
    m_beside = new QSplitter(Qt::Horizontal, this);
    m_beside->setObjectName(QStringLiteral("besideSplitter"));
    m_beside->setChildrenCollapsible(false);
    m_pages->addWidget(m_beside);
    connect(m_beside, &QSplitter::splitterMoved, this, [this] {
        QSettings().setValue(QStringLiteral("view/dataBesideSizes"), m_beside->saveState());
    });
    // When nothing is open: ways to start, and the recent designs and databases.
    m_welcome = new WelcomePage(recentFiles(), DatabaseOpener::recentList(), this);
    m_pages->addWidget(m_welcome);
    connect(m_welcome, &WelcomePage::designChosen, this, [this](const QString &path) {
        if (maybeSave())
            openFile(path);
    });
    connect(m_welcome, &WelcomePage::databaseChosen, m_opener, &DatabaseOpener::open);
    setCentralWidget(m_pages);
}

void MainWindow::createStatusLabels()
{
    m_zoomLabel = new QLabel(this);
    m_problemsLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_problemsLabel);
    statusBar()->addPermanentWidget(m_zoomLabel);
    connect(m_view, &DiagramView::zoomChanged, this,
        [this](qreal zoom) { m_zoomLabel->setText(tr("%1 %").arg(qRound(zoom * 100))); });
    m_zoomLabel->setText(tr("%1 %").arg(100));
}

void MainWindow::connectDocument()
{
    connect(m_document, &DesignDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &DesignDocument::pathChanged, this, &MainWindow::updateTitle);
    connect(m_document, &DesignDocument::documentReset, this, [this] {
        refreshTables();
        updateStatus();
    });
    // Whatever opens a design or edits one (Insert > Table from the welcome page) shows it.
    connect(m_document, &DesignDocument::documentReset, this, &MainWindow::leaveWelcomePage);
    connect(m_document, &DesignDocument::changed, this, &MainWindow::leaveWelcomePage);
    // A comparison follows the edits (worked out again once the event loop is free), and ends
    // when another design opens.
    connect(m_document, &DesignDocument::changed, this, [this] {
        if (m_compared && !m_comparisonPending) {
            m_comparisonPending = true;
            QTimer::singleShot(0, this, [this] {
                if (m_comparisonPending)
                    updateComparison();
            });
        }
    });
    connect(m_document, &DesignDocument::documentReset, this, &MainWindow::endComparison);
    m_tablesTimer = new QTimer(this);
    m_tablesTimer->setSingleShot(true);
    m_tablesTimer->setInterval(150);
    connect(m_tablesTimer, &QTimer::timeout, this, [this] {
        refreshTables();
        updateStatus();
        updateActions();
    });
    connect(m_document, &DesignDocument::changed, m_tablesTimer, qOverload<>(&QTimer::start));
}

void MainWindow::connectScene()
{
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &MainWindow::updateActions);
    // Queued: the scene also tells about its selection while its items are being destroyed.
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &MainWindow::followSelection,
        Qt::QueuedConnection);
    // Beside the diagram, the editing actions follow the focus between diagram and rows.
    connect(qApp, &QApplication::focusChanged, this, [this] {
        if (!isDataBeside())
            return;
        updateActions();
        m_undoGroup->setActiveStack(
            onDataPage() ? m_browser->undoStack() : m_document->undoStack());
    });
    // The property panel shows the one selected table, note, area or relation.
    connect(m_scene, &QGraphicsScene::selectionChanged, this, [this] {
        const QList<ObjectId> objects = m_scene->selectedObjects();
        const QList<ObjectId> foreignKeys = m_scene->selectedForeignKeys();
        if (objects.size() + foreignKeys.size() == 1)
            m_properties->setCurrent(objects.isEmpty() ? foreignKeys.first() : objects.first());
        else if (objects.size() + foreignKeys.size() > 1)
            m_properties->setCurrent(NoObject);
    });
    // A double-click on the canvas makes a table there (or the nearest free place) and its
    // name is typed at once.
    connect(m_scene, &DiagramScene::addTableRequested, this, [this](QPointF at) {
        const ObjectId id
            = m_editor->addTable(m_scene->freePosition(at, DiagramScene::newTableSize()));
        m_scene->selectObjects({id});
        m_inline->editTableName(id);
    });
    connect(m_scene, &DiagramScene::editRequested, this, &MainWindow::editObject);
    connect(m_scene, &DiagramScene::resizeRequested, m_editor, &DesignEditor::resizeObject);
    connect(m_scene, &DiagramScene::connectRequested, m_editor, &DesignEditor::connectColumns);
    connect(
        m_scene, &DiagramScene::connectToTableRequested, m_editor, &DesignEditor::connectToTable);
    connect(QApplication::clipboard(), &QClipboard::dataChanged, this, &MainWindow::updateActions);
}

MainWindow::~MainWindow()
{
    // The scene goes away with the window's children and tells about its selection while it
    // does; nothing here should listen any more.
    disconnect(m_scene, nullptr, this, nullptr);
    disconnect(m_document, nullptr, this, nullptr);
    disconnect(qApp, nullptr, this, nullptr);
    m_recovery->remove();
}

const Schema &MainWindow::schema() const
{
    return m_document->schema();
}

QAction *MainWindow::action(const QString &name) const
{
    return m_actions.value(name);
}

QWidget *MainWindow::createTableList()
{
    // Tables: every table, filtered by name; activating one shows it.
    auto *tablesWidget = new QWidget(this);
    auto *tablesLayout = new QVBoxLayout(tablesWidget);
    tablesLayout->setContentsMargins(0, 0, 0, 0);
    m_tableFilter = new QLineEdit(tablesWidget);
    m_tableFilter->setObjectName(QStringLiteral("tableFilter"));
    m_tableFilter->setPlaceholderText(tr("Find a table..."));
    m_tableFilter->setClearButtonEnabled(true);
    m_tableList = new QTreeWidget(tablesWidget);
    m_tableList->setObjectName(QStringLiteral("tableList"));
    m_tableList->setHeaderLabels({tr("Table"), tr("Columns")});
    m_tableList->setRootIsDecorated(false);
    m_tableList->setUniformRowHeights(true);
    m_tableList->setSortingEnabled(true);
    m_tableList->sortByColumn(0, Qt::AscendingOrder);
    m_tableList->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tableList->header()->setStretchLastSection(false);
    tablesLayout->addWidget(m_tableFilter);
    tablesLayout->addWidget(m_tableList);
    connect(m_tableFilter, &QLineEdit::textChanged, this, [this](const QString &text) {
        QTreeWidgetItem *first = nullptr;
        for (int i = 0; i < m_tableList->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = m_tableList->topLevelItem(i);
            const bool match = item->text(0).contains(text, Qt::CaseInsensitive);
            item->setHidden(!match);
            if (match && !first)
                first = item;
        }
        if (first)
            m_tableList->setCurrentItem(first);
    });
    connect(m_tableFilter, &QLineEdit::returnPressed, this, [this] {
        if (QTreeWidgetItem *item = m_tableList->currentItem(); item && !item->isHidden())
            m_view->showObject(item->data(0, Qt::UserRole).toULongLong());
    });
    connect(m_tableList, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        m_view->showObject(item->data(0, Qt::UserRole).toULongLong());
    });
    connect(m_tableList, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        m_view->showObject(item->data(0, Qt::UserRole).toULongLong());
    });
    return tablesWidget;
}

void MainWindow::createDocks()
{
    QWidget *tablesWidget = createTableList();
    const auto addDock = [this](QWidget *widget, const QString &title, const QString &name,
                             Qt::DockWidgetArea area) {
        auto *dock = new QDockWidget(title, this);
        dock->setObjectName(name);
        dock->setWidget(widget);
        addDockWidget(area, dock);
        return dock;
    };
    QDockWidget *tables
        = addDock(tablesWidget, tr("Tables"), QStringLiteral("tablesDock"), Qt::LeftDockWidgetArea);
    QDockWidget *overview = addDock(new OverviewWidget(m_view, this), tr("Overview"),
        QStringLiteral("overviewDock"), Qt::LeftDockWidgetArea);
    splitDockWidget(tables, overview, Qt::Vertical);

    m_properties = new PropertyPanel(m_editor, this);
    m_properties->setObjectName(QStringLiteral("propertyPanel"));
    QDockWidget *propertiesDock = addDock(
        m_properties, tr("Properties"), QStringLiteral("propertiesDock"), Qt::RightDockWidgetArea);
    auto *history = new QUndoView(m_document->undoStack(), this);
    history->setObjectName(QStringLiteral("historyView"));
    history->setEmptyLabel(tr("<opened>"));
    QDockWidget *historyDock
        = addDock(history, tr("History"), QStringLiteral("historyDock"), Qt::RightDockWidgetArea);
    tabifyDockWidget(propertiesDock, historyDock);
    propertiesDock->raise();

    m_problems = new ProblemsPanel(m_document, this);
    QDockWidget *problemsDock = addDock(
        m_problems, tr("Problems"), QStringLiteral("problemsDock"), Qt::BottomDockWidgetArea);
    m_changes = new ChangesPanel(this);
    m_changes->setObjectName(QStringLiteral("changesPanel"));
    m_changesDock = addDock(
        m_changes, tr("Changes"), QStringLiteral("changesDock"), Qt::BottomDockWidgetArea);
    tabifyDockWidget(problemsDock, m_changesDock);
    m_changesDock->hide();
    problemsDock->raise();
    connect(m_changes, &ChangesPanel::showRequested, this, [this](ObjectId table, ObjectId other) {
        if (table != NoObject) {
            m_view->showObject(table);
        } else if (TableItem *ghost = m_scene->ghostItem(other)) {
            m_scene->clearSelection();
            m_view->centerOn(ghost);
        }
    });
    connect(m_changes, &ChangesPanel::saveMarkdownRequested, this, &MainWindow::saveChangesAsMarkdown);
    resizeDocks({problemsDock}, {90}, Qt::Vertical);
    resizeDocks({tables, propertiesDock}, {220, 400}, Qt::Horizontal);
    connect(
        m_problems, &ProblemsPanel::showRequested, this, [this](ObjectId table, ObjectId column) {
            m_view->showObject(table);
            if (column != NoObject)
                m_properties->setCurrentColumn(column);
        });
    connect(m_problems, &ProblemsPanel::countsChanged, this, [this](int errors, int warnings) {
        m_problemsLabel->setText(
            tr("%n error(s)", nullptr, errors) + u", " + tr("%n warning(s)", nullptr, warnings));
    });
}

void MainWindow::openDatabaseFile()
{
    m_opener->openFile();
}

void MainWindow::connectToDatabase()
{
    m_opener->connectToDatabase();
}

void MainWindow::saveDesignOrRows()
{
    // On the data page with unsaved rows, Save writes them (as data tools do); else the design.
    if (onDataPage() && m_browser->hasUnsavedEdits()) {
        QString error;
        m_browser->saveEdits(&error);
        return;
    }
    save();
}

void MainWindow::saveDesignAs()
{
    saveAs();
}

void MainWindow::exportJson()
{
    // The open database, never one another dialog used last.
    ExportJsonDialog dialog(this);
    if (const std::optional<DatabaseAddress> open = m_browser->openDatabaseAddress())
        dialog.setDatabase(*open);
    dialog.exec();
}

void MainWindow::quit()
{
    close();
}

void MainWindow::addUndoStack(QUndoStack *stack)
{
    if (stack)
        m_undoGroup->addStack(stack);
    if (onDataPage())
        m_undoGroup->setActiveStack(stack);
}

void MainWindow::setConnectTool(bool on)
{
    m_scene->setTool(on ? DiagramScene::Tool::Connect : DiagramScene::Tool::Select);
    m_view->setDragMode(on ? QGraphicsView::NoDrag : QGraphicsView::RubberBandDrag);
    if (on)
        m_view->setFocus(); // where Escape puts the tool down
}

void MainWindow::connectToolChanged()
{
    action(QStringLiteral("connect"))->setChecked(m_scene->tool() == DiagramScene::Tool::Connect);
}

void MainWindow::browserActionsChanged()
{
    if (onDataPage())
        updateActions();
}

void MainWindow::pageChanged()
{
    updateActions();
    m_undoGroup->setActiveStack(onDataPage() ? m_browser->undoStack() : m_document->undoStack());
    updateTitle();
    const QWidget *page = m_pages->currentWidget();
    const bool design = page != m_browser && page != m_welcome;
    // On the welcome page neither is checked.
    action(QStringLiteral("showDesign"))->setChecked(design);
    action(QStringLiteral("showData"))->setChecked(page == m_browser);
    setDesignDocksShown(design);
    // The zoom and the problems are the diagram's: nothing to count on the welcome page.
    m_zoomLabel->setVisible(page != m_welcome);
    m_problemsLabel->setVisible(page != m_welcome);
}

void MainWindow::setDesignDocksShown(bool shown)
{
    // The designer's panels belong to the diagram: out of the way while browsing rows or on
    // the welcome page, back as they were when returning.
    if (shown == !m_designDocksHidden)
        return;
    m_designDocksHidden = !shown;
    if (!shown) {
        m_designDocks.clear();
        for (QDockWidget *dock : findChildren<QDockWidget *>()) {
            if (dock->isVisible()) {
                m_designDocks.append(dock);
                dock->hide();
            }
        }
    } else {
        for (QDockWidget *dock : std::as_const(m_designDocks))
            dock->show();
        m_designDocks.clear();
    }
}

void MainWindow::toggleDataBeside(bool on)
{
    setDataBeside(on);
    QSettings().setValue(QStringLiteral("view/dataBeside"), on);
}

void MainWindow::zoomIn()
{
    m_view->zoomIn();
}

void MainWindow::zoomOut()
{
    m_view->zoomOut();
}

void MainWindow::resetZoom()
{
    m_view->resetZoom();
}

void MainWindow::findTable()
{
    m_tableFilter->setFocus();
    m_tableFilter->selectAll();
}

void MainWindow::setSnapToGrid(bool on)
{
    m_scene->setSnapToGrid(on);
}

void MainWindow::setColorByType(bool on)
{
    m_scene->setColorByType(on);
}

void MainWindow::setManyToManyAsOne(bool on)
{
    m_scene->setManyToManyAsOne(on);
}

void MainWindow::setLanguage(const QString &code)
{
    QSettings().setValue(QStringLiteral("language"), code);
    QMessageBox::information(
        this, tr("Language"), tr("The language changes when Schemata is started again."));
}

void MainWindow::pinSelection()
{
    m_editor->setPinned(m_scene->selectedObjects(), action(QStringLiteral("pin"))->isChecked());
}

void MainWindow::alignLeft()
{
    align(0);
}

void MainWindow::alignHCenter()
{
    align(1);
}

void MainWindow::alignRight()
{
    align(2);
}

void MainWindow::alignTop()
{
    align(3);
}

void MainWindow::alignVCenter()
{
    align(4);
}

void MainWindow::alignBottom()
{
    align(5);
}

void MainWindow::distributeHorizontally()
{
    m_editor->distribute(selectedRects(), Qt::Horizontal);
}

void MainWindow::distributeVertically()
{
    m_editor->distribute(selectedRects(), Qt::Vertical);
}

void MainWindow::showSqlPreview()
{
    SqlPreviewDialog dialog(m_document->schema(), this);
    dialog.exec();
}

void MainWindow::applyToDatabase()
{
    ApplyDialog dialog(m_document->schema(), this);
    if (const std::optional<DatabaseAddress> open = m_browser->openDatabaseAddress())
        dialog.setDatabase(*open);
    // The dialog is modal, so the design it applied is the document's: a database has its
    // names now, and renaming them from here on must be recorded.
    connect(&dialog, &ApplyDialog::applyFinished, m_document, [this](bool ok) {
        if (ok)
            m_document->markBaseline();
    });
    dialog.exec();
}

void MainWindow::importFromDatabase()
{
    ImportDialog dialog(this);
    if (const std::optional<DatabaseAddress> open = m_browser->openDatabaseAddress())
        dialog.setDatabase(*open);
    if (dialog.exec() == QDialog::Accepted) {
        if (const std::optional<Schema> schema = dialog.importedSchema())
            openSchema(*schema,
                tr("Imported %n table(s); save the design to keep it.", nullptr,
                    int(schema->tables().size())));
    }
}

void MainWindow::updateTitle()
{
    if (onWelcomePage()) {
        // Nothing is open.
        setWindowFilePath(QString());
        setWindowTitle(tr("Schemata"));
        return;
    }
    // "blog.xml[*] — chinook.sqlite — Schemata": the design, the open database, the program.
    setWindowFilePath(m_document->path());
    QStringList parts {m_document->displayName() + QStringLiteral("[*]")};
    if (const std::optional<DatabaseAddress> open = m_browser->openDatabaseAddress())
        parts << open->title();
    parts << tr("Schemata");
    setWindowTitle(parts.join(QStringLiteral(" \u2014 ")));
    setWindowModified(m_document->isModified());
}

void MainWindow::updateActions()
{
    for (const char *name : {"endComparison", "nextChange", "previousChange"})
        m_actions.value(QString::fromLatin1(name))->setEnabled(m_compared != nullptr);
    // On the data page the editing actions work on the grid's rows.
    if (onDataPage()) {
        const bool rows = m_browser->model() && !m_browser->selectedRows().isEmpty();
        m_actions.value(QStringLiteral("delete"))
            ->setEnabled(m_browser->action(QStringLiteral("deleteRows"))->isEnabled());
        m_actions.value(QStringLiteral("duplicate"))
            ->setEnabled(m_browser->action(QStringLiteral("duplicateRows"))->isEnabled());
        m_actions.value(QStringLiteral("copy"))->setEnabled(rows);
        m_actions.value(QStringLiteral("cut"))->setEnabled(false);
        m_actions.value(QStringLiteral("paste"))->setEnabled(false);
        return;
    }
    const QList<ObjectId> selected = m_scene->selectedObjects();
    int tables = 0;
    for (ObjectId id : selected)
        tables += m_document->schema().table(id) ? 1 : 0;
    const bool any = !selected.isEmpty() || !m_scene->selectedForeignKeys().isEmpty();
    m_actions.value(QStringLiteral("delete"))->setEnabled(any);
    m_actions.value(QStringLiteral("cut"))->setEnabled(!selected.isEmpty());
    m_actions.value(QStringLiteral("copy"))->setEnabled(!selected.isEmpty());
    m_actions.value(QStringLiteral("duplicate"))->setEnabled(tables > 0);
    m_actions.value(QStringLiteral("addColumn"))->setEnabled(tables == 1);
    m_actions.value(QStringLiteral("manyToMany"))->setEnabled(tables == 2 || tables == 1);
    m_actions.value(QStringLiteral("foreignKey"))->setEnabled(tables == 2);
    m_actions.value(QStringLiteral("autoLayoutSelection"))->setEnabled(tables > 1);
    bool allPinned = tables > 0;
    for (ObjectId id : selected) {
        if (const Table *t = m_document->schema().table(id))
            allPinned = allPinned && t->pinned;
    }
    m_actions.value(QStringLiteral("pin"))->setEnabled(tables > 0);
    m_actions.value(QStringLiteral("pin"))->setChecked(allPinned);
    m_actions.value(QStringLiteral("paste"))
        ->setEnabled(DesignEditor::canPaste(QApplication::clipboard()->mimeData()));
    for (const char *name :
        {"alignLeft", "alignHCenter", "alignRight", "alignTop", "alignVCenter", "alignBottom"})
        m_actions.value(QString::fromLatin1(name))->setEnabled(selected.size() > 1);
    m_actions.value(QStringLiteral("distributeH"))->setEnabled(selected.size() > 2);
    m_actions.value(QStringLiteral("distributeV"))->setEnabled(selected.size() > 2);
}

void MainWindow::updateStatus()
{
    const Schema &schema = m_document->schema();
    statusBar()->showMessage(tr("%n table(s)", nullptr, int(schema.tables().size())) + u", "
        + tr("%n relation(s)", nullptr, schema.foreignKeyCount()));
}

void MainWindow::refreshTables()
{
    const Schema &schema = m_document->schema();
    const QString filter = m_tableFilter->text();
    m_tableList->setUpdatesEnabled(false);
    m_tableList->setSortingEnabled(false);
    m_tableList->clear();
    QList<QTreeWidgetItem *> items;
    items.reserve(schema.tables().size());
    for (const Table &t : schema.tables()) {
        auto *item = new QTreeWidgetItem({t.name, QString::number(t.columns.size())});
        item->setData(0, Qt::UserRole, t.id);
        item->setToolTip(0, t.comment);
        item->setHidden(!filter.isEmpty() && !t.name.contains(filter, Qt::CaseInsensitive));
        items.append(item);
    }
    m_tableList->addTopLevelItems(items);
    m_tableList->setSortingEnabled(true);
    m_tableList->setUpdatesEnabled(true);
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const auto answer = QMessageBox::warning(this, tr("Unsaved Changes"),
        tr("%1 has unsaved changes. Save them?").arg(m_document->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::newDesign()
{
    if (!maybeSave())
        return;
    m_recovery->remove();
    m_document->reset(Schema());
    m_problems->setFileWarnings({});
}

void MainWindow::closeDesign()
{
    // Both the design and the database: what is left is the welcome page.
    if (!m_browser->maybeSaveEdits() || !maybeSave())
        return;
    m_recovery->remove();
    m_document->reset(Schema());
    m_problems->setFileWarnings({});
    m_browser->closeDatabase();
    updateTitle();
    followSelection();
    showWelcomePage();
}

void MainWindow::showWelcomePage()
{
    m_pages->setCurrentWidget(m_welcome);
    statusBar()->clearMessage();
}

bool MainWindow::onWelcomePage() const
{
    return m_pages->currentWidget() == m_welcome;
}

void MainWindow::leaveWelcomePage()
{
    if (onWelcomePage())
        m_pages->setCurrentWidget(isDataBeside() ? static_cast<QWidget *>(m_beside) : m_view);
}

bool MainWindow::openExample()
{
    if (!maybeSave())
        return false;
    QString error;
    if (!ExampleDatabase::ensure(&error)) {
        QMessageBox::warning(this, tr("Cannot Open the Example"), error);
        return false;
    }
    if (!openFile(ExampleDatabase::designPath())
        || !openDatabase(ExampleDatabase::databasePath()))
        return false;
    showDesignPage();
    return true;
}

void MainWindow::showExample()
{
    openExample();
}

void MainWindow::open()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Design"),
        QFileInfo(m_document->path()).absolutePath(), tr("Designs (*.xml *.txt);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::openFile(const QString &path)
{
    DesignReader reader;
    if (!DesignFile::load(path, &reader)) {
        // The open design stays as it was.
        QMessageBox::critical(
            this, tr("Cannot Open Design"), DesignFile::describeError(path, reader));
        return false;
    }
    m_recovery->remove();
    m_document->reset(reader.takeSchema(), QFileInfo(path).absoluteFilePath());
    QStringList warnings;
    for (const DesignWarning &w : reader.warnings())
        warnings.append(w.toString());
    m_problems->setFileWarnings(warnings);
    addRecent(QFileInfo(path).absoluteFilePath());
    showWholeDesign();
    return true;
}

void MainWindow::showWholeDesign()
{
    // After the window has its final size: all of it when it can be read whole, else its
    // top-left corner at a zoom that can be read.
    m_view->resetZoom();
    QTimer::singleShot(0, m_view, &DiagramView::showReadable);
}

bool MainWindow::openSchema(const Schema &schema, const QString &title)
{
    if (!maybeSave())
        return false;
    m_document->reset(schema);
    m_document->markModified(); // made here, not read from a file: unsaved
    m_problems->setFileWarnings({});
    showWholeDesign();
    statusBar()->showMessage(title, 8000);
    return true;
}

bool MainWindow::saveFile(const QString &path)
{
    QString error;
    if (!m_document->save(path, &error)) {
        QMessageBox::critical(this, tr("Cannot Save Design"), error);
        return false;
    }
    m_recovery->remove();
    addRecent(QFileInfo(path).absoluteFilePath());
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 4000);
    return true;
}

bool MainWindow::save()
{
    if (m_document->path().isEmpty())
        return saveAs();
    return saveFile(m_document->path());
}

bool MainWindow::saveAs()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save Design As"),
        m_document->path().isEmpty() ? QDir::home().filePath(tr("design.xml")) : m_document->path(),
        tr("Designs (*.xml)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".xml");
    return saveFile(path);
}

void MainWindow::addRecent(const QString &path)
{
    recentFiles().add(path);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    recentFiles().fillMenu(
        m_recentMenu, QStringLiteral("clearRecentFiles"),
        [](const QString &path) { return QDir::toNativeSeparators(path); },
        [this](const QString &path) {
            if (maybeSave())
                openFile(path);
        });
}

QString MainWindow::exportBase(const QString &fallback) const
{
    if (m_document->path().isEmpty())
        return QDir::home().filePath(fallback);
    const QFileInfo design(m_document->path());
    return design.absolutePath() + u'/' + design.completeBaseName();
}

void MainWindow::exportText(
    const QString &title, const QString &filter, const QString &suffix, const QString &text)
{
    QString path = QFileDialog::getSaveFileName(
        this, title, exportBase(tr("schema")) + u'.' + suffix, filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + suffix;
    QSaveFile file(path);
    const QByteArray bytes = text.toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        QMessageBox::critical(this, title, tr("Cannot write %1: %2").arg(path, file.errorString()));
        return;
    }
    statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 4000);
}

void MainWindow::exportDbml()
{
    exportText(tr("Export DBML"), tr("DBML (*.dbml)"), QStringLiteral("dbml"),
        DbmlWriter::write(m_document->schema()));
}

void MainWindow::exportMermaid()
{
    exportText(tr("Export Mermaid Diagram"), tr("Mermaid (*.mmd);;Markdown (*.md)"),
        QStringLiteral("mmd"), MermaidWriter::write(m_document->schema()));
}

bool MainWindow::openImported(const Schema &schema, const QString &message)
{
    // The reader's grid is a start; the layout places tables by their relations.
    if (!openSchema(schema, message))
        return false;
    autoLayout(false);
    return true;
}

void MainWindow::importSqlScript()
{
    const QString title = tr("Import SQL Script");
    const QString path = QFileDialog::getOpenFileName(this, title,
        QFileInfo(exportBase(tr("schema"))).absolutePath(),
        tr("SQL scripts (*.sql);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::critical(this, title, tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString script = utf8(file.readAll());
    if (utf8.hasError()) {
        QMessageBox::critical(this, title,
            tr("%1 is not UTF-8 text; convert it first, e.g. with iconv.").arg(path));
        return;
    }
    // The dialect the script looks written for, said, and asked to confirm.
    QStringList clues;
    const SqlEngine guess = SqlScriptImporter::guessEngine(script, &clues);
    QStringList names;
    for (SqlEngine engine : allSqlEngines)
        names << sqlEngineTitle(engine);
    bool ok = false;
    const QString because = clues.isEmpty()
        ? tr("Nothing in it belongs to one engine alone.")
        : tr("It looks written for %1 (%2).").arg(sqlEngineTitle(guess), SqlScriptImporter::listClues(clues));
    const QString chosen = QInputDialog::getItem(this, title,
        because + u'\n' + tr("Read it as:"), names, int(names.indexOf(sqlEngineTitle(guess))),
        false, &ok);
    if (!ok)
        return;
    const SqlEngine engine = allSqlEngines[names.indexOf(chosen)];
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QString error;
    const std::optional<SqlImportReport> report = SqlScriptImporter::import(script, engine, &error);
    QApplication::restoreOverrideCursor();
    if (!report) {
        QMessageBox::critical(this, title, error);
        return;
    }
    // Every statement that did not import is said; failures are never opened silently.
    const QString name = QFileInfo(path).fileName();
    QStringList notImported;
    for (const SqlStatementReport &statement : report->statements) {
        if (statement.outcome != SqlStatementReport::Outcome::Imported)
            notImported << report->describe(statement, name);
    }
    if (report->hasFailures()) {
        QStringList failed;
        for (const SqlStatementReport &statement : report->statements) {
            if (statement.outcome == SqlStatementReport::Outcome::Failed)
                failed << report->describe(statement, name);
        }
        QMessageBox box(QMessageBox::Warning, title,
            tr("%n statement(s) of %1 could not be imported.", nullptr, int(failed.size())).arg(name),
            QMessageBox::Open | QMessageBox::Cancel, this);
        box.setInformativeText(tr("Open what did import? The failed statements are listed in the "
                                  "Problems panel."));
        box.setDetailedText(failed.join(u'\n'));
        box.setDefaultButton(QMessageBox::Cancel);
        if (box.exec() != QMessageBox::Open)
            return;
    }
    if (openImported(report->schema, report->summary() + QStringLiteral(" (") + name + u')'))
        m_problems->setFileWarnings(notImported + report->warnings);
}

void MainWindow::importDbml()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import DBML"),
        QFileInfo(exportBase(tr("schema"))).absolutePath(), tr("DBML (*.dbml);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::critical(this, tr("Cannot Import DBML"),
            tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    DbmlReader reader;
    if (!reader.read(file.readAll())) {
        // The open design stays as it was.
        QMessageBox::critical(this, tr("Cannot Import DBML"),
            tr("%1:%2").arg(QFileInfo(path).fileName(), reader.error().toString()));
        return;
    }
    if (openImported(reader.schema(),
            tr("Imported %n table(s) from %1; save the design to keep it.", nullptr,
                int(reader.schema().tables().size()))
                .arg(QFileInfo(path).fileName())))
        m_problems->setFileWarnings(reader.warnings());
}

void MainWindow::exportDocs()
{
    QString selectedFilter;
    QString path = QFileDialog::getSaveFileName(this, tr("Export Documentation"),
        exportBase(tr("schema")) + QStringLiteral(".html"),
        tr("HTML page (*.html);;Markdown, with the diagram beside it (*.md)"), &selectedFilter);
    if (path.isEmpty())
        return;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != u"html" && suffix != u"htm" && suffix != u"md" && suffix != u"markdown")
        path += selectedFilter.contains(u"*.md") ? QStringLiteral(".md") : QStringLiteral(".html");
    DataDictionary::Options options;
    options.title = m_document->path().isEmpty() ? m_document->displayName()
                                                 : QFileInfo(m_document->path()).completeBaseName();
    options.source = m_document->path().isEmpty() ? QString() : QFileInfo(m_document->path()).fileName();
    options.problems = DesignCheck::check(m_document->schema());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QString error;
    const bool ok = DocumentationExport::save(m_document->schema(), m_scene, options,
        DocumentationExport::formatForPath(path), path, &error);
    QApplication::restoreOverrideCursor();
    if (!ok)
        QMessageBox::critical(this, tr("Cannot Export Documentation"), error);
    else
        statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 4000);
}

void MainWindow::compareWithFile()
{
    const QString dir = m_document->path().isEmpty() ? QDir::homePath()
                                                     : QFileInfo(m_document->path()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Compare with File"), dir,
        tr("Designs (*.xml);;All files (*)"));
    if (path.isEmpty())
        return;
    DesignReader reader;
    if (!DesignFile::load(path, &reader)) {
        QMessageBox::critical(
            this, tr("Cannot Compare"), DesignFile::describeError(path, reader));
        return;
    }
    startComparison(reader.takeSchema(), QFileInfo(path).fileName());
}

void MainWindow::synchronize()
{
    const QString name = m_document->path().isEmpty() ? m_document->displayName()
                                                      : QFileInfo(m_document->path()).fileName();
    SynchronizeDialog dialog(m_document->schema(), name, this);
    if (const std::optional<DatabaseAddress> open = m_browser->openDatabaseAddress())
        dialog.setDatabase(*open);
    // The dialog is modal: the design it applied is the document's, and the database has its
    // names now, so renames from here on are recorded against them.
    connect(&dialog, &SynchronizeDialog::applyFinished, m_document, [this](bool ok) {
        if (ok)
            m_document->markBaseline();
    });
    dialog.exec();
}

void MainWindow::updateDesignFromDatabase()
{
    const QString title = tr("Update Design from Database");
    ImportDialog dialog(this);
    dialog.setWording(title, tr("&Update"));
    if (const std::optional<DatabaseAddress> open = m_browser->openDatabaseAddress())
        dialog.setDatabase(*open);
    if (dialog.exec() != QDialog::Accepted || !dialog.importedSchema() || !dialog.importedAddress())
        return;
    const DatabaseAddress address = *dialog.importedAddress();
    DesignMergeOptions options;
    options.engine = address.engine;
    options.tableNamesIgnoreCase = address.engine == SqlEngine::Sqlite;
    options.dropTables = false;
    for (TableItem *item : m_scene->tableItems())
        options.sizes.insert(item->id(), item->cardRect().size());
    DesignMergeResult merged = DesignMerge::merge(m_document->schema(), *dialog.importedSchema(), options);
    if (!merged.ok()) {
        QMessageBox::critical(this, title, merged.errors.join(u'\n'));
        return;
    }
    if (!merged.droppedTables.isEmpty()
        && QMessageBox::question(this, title,
               tr("%1 lacks %n table(s) of the design: %2. Remove them from the design too?",
                   nullptr, int(merged.droppedTables.size()))
                   .arg(address.displayName(), merged.droppedTables.join(QStringLiteral(", "))),
               QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            == QMessageBox::Yes) {
        options.dropTables = true;
        merged = DesignMerge::merge(m_document->schema(), *dialog.importedSchema(), options);
    }
    if (merged.isEmpty()) {
        statusBar()->showMessage(
            tr("The design has the structure of %1 already.").arg(address.displayName()), 6000);
        return;
    }
    // One edit: every table the merge touched, added or removed, undone as one step.
    SchemaEdit edit(*m_document);
    edit.schema().reserveIds(merged.design.lastId());
    for (const Table &t : m_document->schema().tables()) {
        if (!merged.design.table(t.id))
            edit.removeTable(t.id);
    }
    for (const Table &t : merged.design.tables()) {
        if (Table *existing = edit.table(t.id)) {
            *existing = t;
        } else {
            edit.schema().tables().append(t);
            edit.table(t.id);
        }
    }
    m_document->push(edit.command(tr("Update the design from %1").arg(address.displayName())));
    statusBar()->showMessage(tr("%n change(s) from %1", nullptr, int(merged.changes.size()))
                                 .arg(address.displayName()),
        6000);
    if (!merged.warnings.isEmpty())
        QMessageBox::information(this, title, merged.warnings.join(QStringLiteral("\n\n")));
}

void MainWindow::compareWithGitRevision()
{
    const QString title = tr("Compare with Git Revision");
    if (m_document->path().isEmpty()) {
        QMessageBox::information(this, title,
            tr("The design has no file yet: save it in a git repository and commit it first."));
        return;
    }
    QString error;
    const std::optional<QList<GitRevisions::Revision>> revisions
        = GitRevisions::log(m_document->path(), &error);
    if (!revisions) {
        QMessageBox::information(this, title, error);
        return;
    }
    QStringList items;
    for (const GitRevisions::Revision &r : *revisions)
        items << r.shortHash + QStringLiteral("  ") + r.date + QStringLiteral("  ") + r.subject;
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, title,
        tr("The design as it was committed in:"), items, 0, false, &ok);
    if (!ok)
        return;
    const GitRevisions::Revision &revision = revisions->at(items.indexOf(chosen));
    const std::optional<QByteArray> bytes = GitRevisions::show(m_document->path(), revision, &error);
    DesignReader reader;
    if (!bytes || !reader.read(*bytes)) {
        QMessageBox::critical(this, title, bytes ? reader.errorString() : error);
        return;
    }
    startComparison(reader.takeSchema(),
        tr("%1 at %2").arg(QFileInfo(m_document->path()).fileName(), revision.shortHash));
}

void MainWindow::compareWithDatabase()
{
    ImportDialog dialog(this);
    dialog.setForComparison();
    if (const std::optional<DatabaseAddress> open = m_browser->openDatabaseAddress())
        dialog.setDatabase(*open);
    if (dialog.exec() != QDialog::Accepted || !dialog.importedSchema()
        || !dialog.importedAddress())
        return;
    const DatabaseAddress address = *dialog.importedAddress();
    startComparison(*dialog.importedSchema(), address.displayName(), address.engine);
}

void MainWindow::startComparison(
    const Schema &other, const QString &title, std::optional<SqlEngine> engine)
{
    m_compared = std::make_shared<const Schema>(other);
    m_comparedTitle = title;
    m_comparedEngine = engine;
    updateComparison();
    m_changesDock->show();
    m_changesDock->raise();
}

void MainWindow::updateComparison()
{
    m_comparisonPending = false;
    if (!m_compared) {
        m_comparison.reset();
    } else {
        // Two designs compare as written; a database as its engine makes the design (types,
        // keys), names folded as SQLite folds them. Renames the design records are followed.
        const DiffOptions options = m_comparedEngine
            ? DiffOptions::forEngine(*m_comparedEngine, *m_comparedEngine == SqlEngine::Sqlite)
            : DiffOptions();
        const SchemaDiffResult diff
            = SchemaDiff::compare(*m_compared, m_document->schema(), options);
        if (!diff.ok())
            statusBar()->showMessage(diff.errors.join(QStringLiteral("; ")), 8000);
        m_comparison = std::make_shared<const DiagramComparison>(
            *m_compared, m_document->schema(), diff, m_comparedTitle);
        statusBar()->showMessage(tr("%n change(s) since %1", nullptr,
                                     int(m_comparison->changes().size()))
                                     .arg(m_comparedTitle),
            6000);
    }
    m_scene->setComparison(m_comparison);
    m_changes->setComparison(m_comparison);
    updateActions();
}

void MainWindow::endComparison()
{
    if (!m_compared)
        return;
    m_compared.reset();
    updateComparison();
    m_changesDock->hide();
}

void MainWindow::nextChange()
{
    m_changes->step(1);
}

void MainWindow::previousChange()
{
    m_changes->step(-1);
}

void MainWindow::saveChangesAsMarkdown()
{
    if (!m_comparison)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Changes as Markdown"),
        exportBase(tr("changes")) + QStringLiteral("-changes.md"), tr("Markdown (*.md)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    const QByteArray text = m_comparison->markdown().toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit())
        QMessageBox::critical(this, tr("Cannot Save Changes"),
            tr("Cannot write %1: %2").arg(path, file.errorString()));
}

void MainWindow::exportImage()
{
    const QString base = exportBase(tr("diagram"));
    QString selectedFilter;
    QString path
        = QFileDialog::getSaveFileName(this, tr("Export Diagram"), base + QStringLiteral(".png"),
            tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"), &selectedFilter);
    if (path.isEmpty())
        return;
    std::optional<DiagramExport::Format> format = DiagramExport::formatForPath(path);
    if (!format) {
        format = selectedFilter.contains(u"svg") ? DiagramExport::Format::Svg
            : selectedFilter.contains(u"pdf")    ? DiagramExport::Format::Pdf
                                                 : DiagramExport::Format::Png;
        path += format == DiagramExport::Format::Svg ? QStringLiteral(".svg")
            : format == DiagramExport::Format::Pdf   ? QStringLiteral(".pdf")
                                                     : QStringLiteral(".png");
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QString error;
    const bool ok = DiagramExport::save(m_scene, path, *format, &error);
    QApplication::restoreOverrideCursor();
    if (!ok)
        QMessageBox::critical(this, tr("Cannot Export Diagram"), error);
    else
        statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 4000);
}

// The design as SQLAlchemy models (`schemata export-models`): the style and the factories are
// chosen with the file type.
void MainWindow::exportModels()
{
    const QString declarative = tr("SQLAlchemy models, declarative (*.py)");
    const QString classical = tr("SQLAlchemy models, classical mapping (*.py)");
    const QString factories = tr("SQLAlchemy models with factory_boy factories (*.py)");
    QString selectedFilter = declarative;
    QString path = QFileDialog::getSaveFileName(this, tr("Export SQLAlchemy Models"),
        exportBase(tr("models")) + QStringLiteral(".py"),
        QStringList {declarative, classical, factories}.join(QStringLiteral(";;")),
        &selectedFilter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".py");
    SqlAlchemyWriter::Options options;
    options.style = selectedFilter == classical ? SqlAlchemyWriter::Style::Classical
                                                : SqlAlchemyWriter::Style::Declarative;
    options.factories = selectedFilter == factories;
    const SqlAlchemyWriter::Result result = SqlAlchemyWriter::write(m_document->schema(), options);
    if (!result.ok()) {
        QStringList errors;
        for (const DesignProblem &p : result.problems) {
            if (p.isError())
                errors << p.toString();
        }
        QMessageBox::critical(this, tr("Cannot Export Models"),
            tr("The design has errors; no models were written.") + u'\n' + errors.join(u'\n'));
        return;
    }
    const QByteArray text = result.text.toUtf8();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit()) {
        QMessageBox::critical(this, tr("Cannot Export Models"),
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 4000);
}

void MainWindow::printDiagram()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        DiagramExport::print(m_scene, &printer);
}

void MainWindow::addTable()
{
    const QPointF centre
        = m_scene->snapped(m_view->mapToScene(m_view->viewport()->rect().center()));
    const ObjectId id
        = m_editor->addTable(m_scene->freePosition(centre, DiagramScene::newTableSize()));
    m_scene->selectObjects({id});
    m_inline->editTableName(id);
}

void MainWindow::addColumn()
{
    const QList<ObjectId> selected = m_scene->selectedObjects();
    // Typed on the card: "name TYPE", Tab for the next one.
    if (selected.size() == 1 && m_document->schema().table(selected.first()))
        m_inline->editColumn(selected.first(), NoObject);
}

void MainWindow::addNote()
{
    const QPointF centre = m_view->mapToScene(m_view->viewport()->rect().center());
    bool ok = false;
    const QString text
        = QInputDialog::getMultiLineText(this, tr("Add Note"), tr("Note:"), QString(), &ok);
    if (ok && !text.isEmpty())
        m_scene->selectObjects({m_editor->addNote(centre, text)});
}

void MainWindow::addArea()
{
    // Around the selected tables, or an empty area in the middle of the view.
    QRectF rect;
    for (const QRectF &r : selectedRects())
        rect |= r;
    if (rect.isEmpty())
        rect = QRectF(m_view->mapToScene(m_view->viewport()->rect().center()), QSizeF(300, 200));
    else
        rect.adjust(-20, -36, 20, 20);
    bool ok = false;
    const QString title = QInputDialog::getText(
        this, tr("Add Area"), tr("Title:"), QLineEdit::Normal, tr("Group"), &ok);
    if (ok)
        m_scene->selectObjects({m_editor->addArea(rect, title)});
}

void MainWindow::deleteSelection()
{
    if (onDataPage())
        return m_browser->deleteSelectedRows();
    QList<ObjectId> ids = m_scene->selectedObjects();
    ids.append(m_scene->selectedForeignKeys());
    m_editor->remove(ids);
}

void MainWindow::copy()
{
    if (onDataPage())
        return m_browser->copySelection();
    if (QMimeData *mime = m_editor->copy(m_scene->selectedObjects()))
        QApplication::clipboard()->setMimeData(mime);
}

void MainWindow::cut()
{
    copy();
    m_editor->remove(m_scene->selectedObjects());
}

void MainWindow::paste()
{
    m_scene->selectObjects(m_editor->paste(QApplication::clipboard()->mimeData()));
}

void MainWindow::duplicate()
{
    if (onDataPage())
        return m_browser->duplicateSelectedRows(false);
    m_scene->selectObjects(m_editor->duplicate(m_scene->selectedObjects()));
}

void MainWindow::selectAll()
{
    if (onDataPage())
        return m_browser->grid()->selectAll();
    for (QGraphicsItem *item : m_scene->items()) {
        if (item->isVisible() && (item->flags() & QGraphicsItem::ItemIsSelectable))
            item->setSelected(true);
    }
}

void MainWindow::createManyToMany()
{
    QList<ObjectId> tables;
    for (ObjectId id : m_scene->selectedObjects()) {
        if (m_document->schema().table(id))
            tables.append(id);
    }
    if (tables.size() == 1)
        tables.append(tables.first()); // self-referential (followers)
    if (tables.size() != 2)
        return;
    const ObjectId association = m_editor->createManyToMany(tables.at(0), tables.at(1));
    if (association == NoObject)
        QMessageBox::information(this, tr("Many-to-Many"), tr("Both tables need a primary key."));
    else
        m_scene->selectObjects({association});
}

void MainWindow::createForeignKey()
{
    // The first selected (in document order) is asked about: which one is referenced?
    QList<ObjectId> tables;
    for (ObjectId id : m_scene->selectedObjects()) {
        if (m_document->schema().table(id))
            tables.append(id);
    }
    if (tables.size() != 2)
        return;
    const Schema &schema = m_document->schema();
    const QString a = schema.table(tables.at(0))->name;
    const QString b = schema.table(tables.at(1))->name;
    bool ok = false;
    const QString parent = QInputDialog::getItem(this, tr("Create Foreign Key"),
        tr("Referenced table (the other gets a column referencing its primary key):"), {a, b}, 0,
        false, &ok);
    if (!ok)
        return;
    const bool firstIsParent = parent == a;
    if (m_editor->createForeignKey(
            tables.at(firstIsParent ? 0 : 1), tables.at(firstIsParent ? 1 : 0))
        == NoObject)
        QMessageBox::information(
            this, tr("Create Foreign Key"), tr("%1 has no primary key.").arg(parent));
}

void MainWindow::autoLayoutAll()
{
    autoLayout(false);
}

void MainWindow::autoLayoutSelection()
{
    autoLayout(true);
}

bool MainWindow::openDatabase(const QString &pathOrUrl)
{
    return m_opener->open(pathOrUrl);
}

void MainWindow::showDatabaseDesign(const Schema &database)
{
    // Not saved, and not marked as changed: it is the database's, read again at will.
    m_recovery->remove();
    m_document->reset(database);
    m_problems->setFileWarnings({});
    showWholeDesign();
}

void MainWindow::showOpenedDatabase()
{
    showDataPage();
    followSelection();
    updateTitle();
}

void MainWindow::autoLayout(bool selectionOnly)
{
    AutoLayoutRequest request;
    for (TableItem *item : m_scene->tableItems())
        request.sizes.insert(item->id(), item->cardRect().size());
    if (selectionOnly) {
        for (ObjectId id : m_scene->selectedObjects()) {
            if (m_document->schema().table(id))
                request.tables.insert(id);
        }
        if (request.tables.size() < 2)
            return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const AutoLayoutResult result = ::autoLayout(m_document->schema(), request);
    QApplication::restoreOverrideCursor();
    if (!result.ok()) {
        QMessageBox::warning(this, tr("Auto-Layout"), result.error);
        return;
    }
    if (m_editor->setPositions(result.positions,
            selectionOnly ? tr("Auto-layout %n table(s)", nullptr, int(result.positions.size()))
                          : tr("Auto-layout the design"))
        && !selectionOnly)
        fitToWindow();
}

bool MainWindow::isDataBeside() const
{
    return m_browser->parentWidget() == m_beside;
}

void MainWindow::setDataBeside(bool on)
{
    if (on == isDataBeside())
        return;
    if (on) {
        // The page first, so that the pages never show the browser alone meanwhile.
        m_pages->setCurrentWidget(m_beside);
        m_browser->setCompact(true);
        m_beside->addWidget(m_view);
        m_beside->addWidget(m_browser);
        m_view->show();
        m_browser->show();
        // Half and half (the weights share whatever width there is) unless moved before.
        if (!m_beside->restoreState(
                QSettings().value(QStringLiteral("view/dataBesideSizes")).toByteArray()))
            m_beside->setSizes({1000, 1000});
        followSelection();
    } else {
        m_browser->setCompact(false);
        m_pages->insertWidget(0, m_view);
        m_pages->insertWidget(1, m_browser);
        m_pages->setCurrentWidget(m_view);
    }
    updateActions();
}

void MainWindow::showDesignPage()
{
    leaveWelcomePage();
    if (isDataBeside())
        m_view->setFocus();
    else
        m_pages->setCurrentWidget(m_view);
}

void MainWindow::showDataPage()
{
    leaveWelcomePage();
    if (isDataBeside())
        m_browser->grid()->setFocus();
    else
        m_pages->setCurrentWidget(m_browser);
}

bool MainWindow::onDataPage() const
{
    if (isDataBeside())
        return m_browser->isAncestorOf(QApplication::focusWidget());
    return m_pages->currentWidget() == m_browser;
}

QString MainWindow::selectedDatabaseTable() const
{
    const Schema *database = m_browser->schema();
    const QList<ObjectId> selected = m_scene->selectedObjects();
    if (!database || selected.size() != 1)
        return {};
    const Table *table = m_document->schema().table(selected.first());
    if (!table)
        return {};
    for (const Table &candidate : database->tables()) {
        if (candidate.name.compare(table->name, Qt::CaseInsensitive) == 0)
            return candidate.name;
    }
    return {};
}

void MainWindow::followSelection()
{
    const QString table = selectedDatabaseTable();
    if (QAction *browse = m_actions.value(QStringLiteral("browseRows")))
        browse->setEnabled(!table.isEmpty());
    // Beside the diagram, the browser shows the rows of the table selected in it.
    if (isDataBeside() && !table.isEmpty() && table != m_browser->currentTable())
        m_browser->showTable(table);
}

void MainWindow::browseRows()
{
    const QString table = selectedDatabaseTable();
    if (table.isEmpty())
        return;
    if (table != m_browser->currentTable())
        m_browser->showTable(table);
    showDataPage();
}

void MainWindow::showInDiagram(const QString &table)
{
    for (const Table &t : m_document->schema().tables()) {
        if (t.name.compare(table, Qt::CaseInsensitive) == 0) {
            showDesignPage();
            m_view->showObject(t.id);
            return;
        }
    }
    statusBar()->showMessage(tr("%1 is not in the design.").arg(table), 6000);
}

void MainWindow::switchDialect(SqlEngine engine)
{
    const QStringList changes = m_editor->switchDialect(engine);
    QMessageBox box(QMessageBox::Information, tr("Switch Dialect"),
        changes.isEmpty()
            ? tr("The design already uses the types of %1.").arg(sqlEngineTitle(engine))
            : tr("The design now uses the datatype catalogue and types of %1: %n change(s). "
                 "Undo reverts them all.",
                nullptr, int(changes.size()))
                  .arg(sqlEngineTitle(engine)),
        QMessageBox::Ok, this);
    if (!changes.isEmpty())
        box.setDetailedText(changes.join(u'\n'));
    box.exec();
}

void MainWindow::fitToWindow()
{
    m_view->fitToWindow();
}

void MainWindow::editObject(ObjectId id, ObjectId column)
{
    const Schema &schema = m_document->schema();
    if (schema.table(id)) {
        if (column == NoObject)
            m_inline->editTableName(id);
        else
            m_inline->editColumn(id, column);
        return;
    }
    for (const Note &note : schema.notes()) {
        if (note.id == id) {
            bool ok = false;
            const QString text = QInputDialog::getMultiLineText(
                this, tr("Edit Note"), tr("Note:"), note.text, &ok);
            if (ok)
                m_editor->setNoteText(id, text);
            return;
        }
    }
    for (const Area &area : schema.areas()) {
        if (area.id == id) {
            bool ok = false;
            const QString title = QInputDialog::getText(
                this, tr("Edit Area"), tr("Title:"), QLineEdit::Normal, area.title, &ok);
            if (ok)
                m_editor->setArea(id, title, area.color);
            return;
        }
    }
}

QHash<ObjectId, QRectF> MainWindow::selectedRects() const
{
    QHash<ObjectId, QRectF> rects;
    for (ObjectId id : m_scene->selectedObjects()) {
        if (TableItem *item = m_scene->tableItem(id))
            rects.insert(id, QRectF(item->pos(), item->shape().boundingRect().size()));
    }
    return rects;
}

void MainWindow::align(int alignment)
{
    m_editor->align(selectedRects(), DesignEditor::Alignment(alignment));
}

void MainWindow::setTheme(const QString &theme)
{
    Theme::apply(theme);
    m_scene->updateColors();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && m_scene)
        m_scene->updateColors();
    QMainWindow::changeEvent(event);
}

QString MainWindow::recoveryPath() const
{
    return m_recovery->path();
}

void MainWindow::writeRecovery()
{
    m_recovery->write();
}

QStringList MainWindow::pendingRecoveries()
{
    return Recovery::pending();
}

bool MainWindow::offerRecovery()
{
    const QStringList files = pendingRecoveries();
    if (files.isEmpty())
        return false;
    const QString newest = files.first();
    const auto answer = QMessageBox::question(this, tr("Recover Unsaved Changes"),
        tr("Schemata did not end cleanly last time. Restore the unsaved design from %1?")
            .arg(QLocale().toString(QFileInfo(newest).lastModified(), QLocale::ShortFormat)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    bool restored = false;
    if (answer == QMessageBox::Yes) {
        if (auto recovered = Recovery::read(newest)) {
            auto &[schema, original] = *recovered;
            m_document->reset(schema, QString());
            // The restored design is unsaved work: it belongs to its original path, but must be
            // saved to get there.
            m_document->setPath(original);
            m_document->markModified();
            restored = true;
            statusBar()->showMessage(tr("Restored unsaved changes; save them to keep them."), 8000);
        }
    }
    for (const QString &file : files)
        QFile::remove(file);
    return restored;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_browser->maybeSaveEdits() || !maybeSave()) {
        event->ignore();
        return;
    }
    m_recovery->remove();
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    // After the drop has ended: a question or an error box inside it would hold the program the
    // file came from.
    const QString path = urls.first().toLocalFile();
    QTimer::singleShot(0, this, [this, path] {
        // An SQLite database (by its header) opens on the data page; anything else is a design.
        if (SqliteFile::hasHeader(path))
            openDatabase(path);
        else if (maybeSave() && openFile(path))
            showDesignPage();
    });
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Schemata"),
        tr("<h3>Schemata %1</h3><p>Design relational schemas, map them to SQLite, "
           "PostgreSQL and MariaDB, and browse their data.</p><p>Designs are "
           "saved in the file format of WWW SQL Designer.</p>")
            .arg(Version::text()));
}

void MainWindow::openUserGuide()
{
    const QString index = UserGuide::indexPath();
    if (index.isEmpty()) {
        QStringList folders;
        for (const QString &folder : UserGuide::folders())
            folders.append(QDir::toNativeSeparators(folder));
        QMessageBox::warning(this, tr("User Guide Not Found"),
            tr("The user guide is not installed. Schemata looked for it in:\n%1\n\nBuild it "
               "with the program (it needs cmark-gfm) or install Schemata's package.")
                .arg(folders.join(u'\n')));
        return;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(index))) {
        QMessageBox::warning(this, tr("Cannot Open the User Guide"),
            tr("No web browser opened %1. Open it in one yourself.")
                .arg(QDir::toNativeSeparators(index)));
    }
}

void MainWindow::showShortcuts()
{
    // Made anew each time from the actions as they are now, so it cannot go stale.
    auto *dialog = new ShortcutsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->addMenuBar(menuBar());
    dialog->addActions(m_browser->actions(), tr("Data page"));
    dialog->show();
}

QString MainWindow::problemReport()
{
    // The labels in the user's language, who reads them before pasting; the values as they are.
    QStringList lines;
    lines << tr("Schemata %1").arg(QStringLiteral(SCHEMATA_VERSION));
    lines << tr("Qt %1 (built with %2)").arg(QString::fromLatin1(qVersion()),
                 QStringLiteral(QT_VERSION_STR));
    lines << tr("Platform: %1, %2 %3, %4 (%5)")
                 .arg(QSysInfo::prettyProductName(), QSysInfo::kernelType(),
                     QSysInfo::kernelVersion(), QSysInfo::currentCpuArchitecture(),
                     QGuiApplication::platformName());
    // Schemata writes no log file: its messages, and the SQL statement log when it is turned
    // on, go to standard error. What it keeps on disk is the settings and the recovery copies.
    lines << tr("Log: no file; the statements sent to databases go to standard error with "
                "QT_LOGGING_RULES=\"schemata.sql.debug=true\"");
    lines << tr("Settings: %1").arg(QDir::toNativeSeparators(QSettings().fileName()));
    lines << tr("Recovery files: %1").arg(QDir::toNativeSeparators(Recovery::folder()));
    return lines.join(u'\n') + u'\n';
}

void MainWindow::reportProblem()
{
    QApplication::clipboard()->setText(problemReport());
    statusBar()->showMessage(
        tr("Copied the version, Qt version, platform and file locations to the clipboard: "
           "paste them into your report."),
        10000);
}
