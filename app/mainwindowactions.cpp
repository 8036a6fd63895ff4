#include "mainwindow.h"

#include "browser/browserpane.h"
#include "databaseopener.h"
#include "diagram/diagramscene.h"
#include "diagram/diagramview.h"
#include "document/designdocument.h"
#include "welcomepage.h"

#include <QAction>
#include <QActionGroup>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>

// MainWindow's actions: the table of them (name, text, shortcut, icon, tip, slot) and the menus,
// tool bar and context menu made from their names.

// One action of the window: what File, Edit, ... and the tool bar show, and the slot it runs.
// The texts are translated in MainWindow's context where the action is made.
struct MainWindow::ActionEntry
{
    const char *name;
    const char *text;
    const char *icon = nullptr; // Schemata's own (resources/icons), the same on every desktop
    QKeySequence::StandardKey standardKey = QKeySequence::UnknownKey;
    QKeyCombination key = {};
    const char *tip = nullptr; // the status tip
    void (MainWindow::*triggered)() = nullptr;
    void (MainWindow::*toggled)(bool) = nullptr; // makes the action checkable
    bool checkable = false;
    bool remembered = false; // checked state kept under view/<name>
};

// A menu of the menu bar by action names: "" is a separator, "@name" a submenu.
struct MainWindow::MenuEntry
{
    const char *title;
    std::initializer_list<const char *> items;
};

QAction *MainWindow::addAction(QMenu *menu, const QString &name, const QString &text,
    const QString &icon, const QKeySequence &shortcut, const std::function<void()> &slot)
{
    // Schemata's own icons (resources/icons), the same on every desktop.
    auto *action
        = new QAction(icon.isEmpty() ? QIcon() : QIcon(u":/icons/" + icon + u".svg"), text, this);
    action->setObjectName(name);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    if (slot)
        connect(action, &QAction::triggered, this, slot);
    if (menu)
        menu->addAction(action);
    m_actions.insert(name, action);
    return action;
}

std::span<const MainWindow::ActionEntry> MainWindow::actionTable()
{
    static const ActionEntry actions[] = {
        // File
        {.name = "new", .text = QT_TR_NOOP("&New"), .icon = "document-new",
            .standardKey = QKeySequence::New, .triggered = &MainWindow::newDesign},
        {.name = "open", .text = QT_TR_NOOP("&Open..."), .icon = "document-open",
            .standardKey = QKeySequence::Open, .triggered = &MainWindow::open},
        {.name = "openDatabase", .text = QT_TR_NOOP("Open &Database..."),
            .icon = "database-import", .key = Qt::CTRL | Qt::SHIFT | Qt::Key_O,
            .tip = QT_TR_NOOP("Browse the rows of an SQLite database"),
            .triggered = &MainWindow::openDatabaseFile},
        {.name = "connectDatabase", .text = QT_TR_NOOP("Connec&t to Database..."),
            .tip = QT_TR_NOOP("Browse a PostgreSQL or MariaDB database"),
            .triggered = &MainWindow::connectToDatabase},
        {.name = "save", .text = QT_TR_NOOP("&Save"), .icon = "document-save",
            .standardKey = QKeySequence::Save, .triggered = &MainWindow::saveDesignOrRows},
        {.name = "saveAs", .text = QT_TR_NOOP("Save &As..."),
            .standardKey = QKeySequence::SaveAs, .triggered = &MainWindow::saveDesignAs},
        {.name = "exportImage", .text = QT_TR_NOOP("Diagram &Image..."),
            .icon = "export-image", .key = Qt::CTRL | Qt::SHIFT | Qt::Key_E,
            .tip = QT_TR_NOOP("Save the whole diagram as PNG, SVG or PDF"),
            .triggered = &MainWindow::exportImage},
        {.name = "exportJson", .text = QT_TR_NOOP("Database as &JSON..."),
            .tip = QT_TR_NOOP("Write every row of the open database to one JSON file"),
            .triggered = &MainWindow::exportJson},
        {.name = "exportSql", .text = QT_TR_NOOP("&SQL Script..."),
            .tip = QT_TR_NOOP("The statements that create the design on SQLite, PostgreSQL or "
                              "MariaDB, to read and save"),
            .triggered = &MainWindow::showSqlPreview},
        {.name = "exportDbml", .text = QT_TR_NOOP("D&BML..."),
            .tip = QT_TR_NOOP("The design as DBML, the text format of dbdiagram.io"),
            .triggered = &MainWindow::exportDbml},
        {.name = "exportMermaid", .text = QT_TR_NOOP("&Mermaid Diagram..."),
            .tip = QT_TR_NOOP("The design as a Mermaid erDiagram, which GitHub draws in Markdown"),
            .triggered = &MainWindow::exportMermaid},
        {.name = "importSqlScript", .text = QT_TR_NOOP("&SQL Script..."),
            .tip = QT_TR_NOOP("Open a schema.sql or a dump of SQLite, PostgreSQL or MariaDB as a new "
                              "design"),
            .triggered = &MainWindow::importSqlScript},
        {.name = "importDbml", .text = QT_TR_NOOP("&DBML..."),
            .tip = QT_TR_NOOP("Open a DBML file as a new design"),
            .triggered = &MainWindow::importDbml},
        {.name = "exportDocs", .text = QT_TR_NOOP("&Documentation..."),
            .tip = QT_TR_NOOP("A data dictionary of the design: an HTML page with the diagram, or "
                              "Markdown for a repository"),
            .triggered = &MainWindow::exportDocs},
        {.name = "exportModels", .text = QT_TR_NOOP("SQLAlchemy &Models..."),
            .tip = QT_TR_NOOP("Write the design as SQLAlchemy models, a Python module"),
            .triggered = &MainWindow::exportModels},
        {.name = "print", .text = QT_TR_NOOP("&Print..."), .icon = "print",
            .standardKey = QKeySequence::Print, .triggered = &MainWindow::printDiagram},
        {.name = "close", .text = QT_TR_NOOP("&Close"), .standardKey = QKeySequence::Close,
            .tip = QT_TR_NOOP("Close the design and the database, back to the welcome page"),
            .triggered = &MainWindow::closeDesign},
        {.name = "quit", .text = QT_TR_NOOP("&Quit"), .standardKey = QKeySequence::Quit,
            .triggered = &MainWindow::quit},
        // Edit (Undo and Redo come from the undo group)
        {.name = "cut", .text = QT_TR_NOOP("Cu&t"), .icon = "edit-cut",
            .standardKey = QKeySequence::Cut, .triggered = &MainWindow::cut},
        {.name = "copy", .text = QT_TR_NOOP("&Copy"), .icon = "edit-copy",
            .standardKey = QKeySequence::Copy, .triggered = &MainWindow::copy},
        {.name = "paste", .text = QT_TR_NOOP("&Paste"), .icon = "edit-paste",
            .standardKey = QKeySequence::Paste, .triggered = &MainWindow::paste},
        {.name = "duplicate", .text = QT_TR_NOOP("D&uplicate"), .key = Qt::CTRL | Qt::Key_D,
            .triggered = &MainWindow::duplicate},
        {.name = "delete", .text = QT_TR_NOOP("&Delete"), .icon = "edit-delete",
            .standardKey = QKeySequence::Delete, .triggered = &MainWindow::deleteSelection},
        {.name = "selectAll", .text = QT_TR_NOOP("Select &All"),
            .standardKey = QKeySequence::SelectAll, .triggered = &MainWindow::selectAll},
        // Insert
        {.name = "addTable", .text = QT_TR_NOOP("&Table"), .icon = "table-add",
            .key = Qt::CTRL | Qt::Key_T,
            .tip = QT_TR_NOOP("Add a table (or double-click the canvas)"),
            .triggered = &MainWindow::addTable},
        {.name = "addColumn", .text = QT_TR_NOOP("&Column"),
            .key = Qt::CTRL | Qt::SHIFT | Qt::Key_C,
            .tip = QT_TR_NOOP("Add a column to the selected table"),
            .triggered = &MainWindow::addColumn},
        {.name = "connect", .text = QT_TR_NOOP("&Relation (drag column to column)"),
            .icon = "relation", .key = Qt::CTRL | Qt::Key_R,
            .tip = QT_TR_NOOP("Drag from a column to the column it references"),
            .toggled = &MainWindow::setConnectTool},
        {.name = "foreignKey", .text = QT_TR_NOOP("&Foreign Key to Selected..."),
            .tip = QT_TR_NOOP("Select the referenced table first, then the referencing one"),
            .triggered = &MainWindow::createForeignKey},
        {.name = "manyToMany", .text = QT_TR_NOOP("&Many-to-Many"), .icon = "many-to-many",
            .tip = QT_TR_NOOP("Join the two selected tables through a new association table"),
            .triggered = &MainWindow::createManyToMany},
        {.name = "addNote", .text = QT_TR_NOOP("&Note"), .icon = "note",
            .triggered = &MainWindow::addNote},
        {.name = "addArea", .text = QT_TR_NOOP("&Area"), .icon = "area",
            .tip = QT_TR_NOOP("Group the selected tables in a coloured area"),
            .triggered = &MainWindow::addArea},
        // View
        {.name = "showDesign", .text = QT_TR_NOOP("Desi&gn"), .key = Qt::CTRL | Qt::Key_1,
            .triggered = &MainWindow::showDesignPage, .checkable = true},
        {.name = "showData", .text = QT_TR_NOOP("&Data"), .key = Qt::CTRL | Qt::Key_2,
            .triggered = &MainWindow::showDataPage, .checkable = true},
        {.name = "dataBeside", .text = QT_TR_NOOP("Data &Beside Diagram"),
            .key = Qt::CTRL | Qt::Key_3,
            .tip = QT_TR_NOOP("Show the rows of the table selected in the diagram next to it"),
            .toggled = &MainWindow::toggleDataBeside},
        {.name = "zoomIn", .text = QT_TR_NOOP("Zoom &In"), .icon = "zoom-in",
            .standardKey = QKeySequence::ZoomIn, .triggered = &MainWindow::zoomIn},
        {.name = "zoomOut", .text = QT_TR_NOOP("Zoom &Out"), .icon = "zoom-out",
            .standardKey = QKeySequence::ZoomOut, .triggered = &MainWindow::zoomOut},
        {.name = "zoomReset", .text = QT_TR_NOOP("&Actual Size"), .icon = "zoom-original",
            .key = Qt::CTRL | Qt::Key_0, .triggered = &MainWindow::resetZoom},
        {.name = "zoomFit", .text = QT_TR_NOOP("&Fit to Window"), .icon = "zoom-fit",
            .key = Qt::CTRL | Qt::Key_9, .triggered = &MainWindow::fitToWindow},
        {.name = "synchronize", .text = QT_TR_NOOP("Compare and S&ynchronize..."),
            .tip = QT_TR_NOOP("Bring a database to the design, keeping its rows, change by change"),
            .triggered = &MainWindow::synchronize},
        {.name = "updateDesign", .text = QT_TR_NOOP("&Update Design from Database..."),
            .tip = QT_TR_NOOP("Bring the design to a database's structure, keeping its layout, as "
                              "one undoable step"),
            .triggered = &MainWindow::updateDesignFromDatabase},
        {.name = "compareWithFile", .text = QT_TR_NOOP("Compa&re with File..."),
            .tip = QT_TR_NOOP("Show on the diagram what changed since another file of the design"),
            .triggered = &MainWindow::compareWithFile},
        {.name = "compareWithDatabase", .text = QT_TR_NOOP("Compare &with Database..."),
            .tip = QT_TR_NOOP("Show on the diagram how a database differs from the design"),
            .triggered = &MainWindow::compareWithDatabase},
        {.name = "compareWithGitRevision", .text = QT_TR_NOOP("Compare with &Git Revision..."),
            .tip = QT_TR_NOOP("Show on the diagram what changed since a commit of the design's file"),
            .triggered = &MainWindow::compareWithGitRevision},
        {.name = "endComparison", .text = QT_TR_NOOP("&End Comparison"),
            .triggered = &MainWindow::endComparison},
        {.name = "nextChange", .text = QT_TR_NOOP("Ne&xt Change"), .key = Qt::Key_F8,
            .triggered = &MainWindow::nextChange},
        {.name = "previousChange", .text = QT_TR_NOOP("Pre&vious Change"),
            .key = Qt::SHIFT | Qt::Key_F8, .triggered = &MainWindow::previousChange},
        {.name = "find", .text = QT_TR_NOOP("&Find Table..."), .icon = "find",
            .standardKey = QKeySequence::Find, .triggered = &MainWindow::findTable},
        {.name = "snapToGrid", .text = QT_TR_NOOP("&Snap to Grid"),
            .toggled = &MainWindow::setSnapToGrid, .remembered = true},
        {.name = "colorByType", .text = QT_TR_NOOP("&Colour Columns by Type"),
            .toggled = &MainWindow::setColorByType, .remembered = true},
        {.name = "manyToManyAsOne", .text = QT_TR_NOOP("Show &Many-to-Many as One Connector"),
            .toggled = &MainWindow::setManyToManyAsOne, .remembered = true},
        // Arrange
        {.name = "autoLayout", .text = QT_TR_NOOP("&Auto-Layout"), .icon = "auto-layout",
            .key = Qt::CTRL | Qt::Key_L,
            .tip = QT_TR_NOOP("Lay out the whole design by its foreign keys"),
            .triggered = &MainWindow::autoLayoutAll},
        {.name = "autoLayoutSelection", .text = QT_TR_NOOP("Auto-Layout &Selection"),
            .key = Qt::CTRL | Qt::SHIFT | Qt::Key_L,
            .triggered = &MainWindow::autoLayoutSelection},
        {.name = "pin", .text = QT_TR_NOOP("&Pin in Place"), .icon = "pin",
            .key = Qt::CTRL | Qt::SHIFT | Qt::Key_P,
            .tip = QT_TR_NOOP("Pinned tables keep their place when the design is laid out"),
            .triggered = &MainWindow::pinSelection, .checkable = true},
        {.name = "alignLeft", .text = QT_TR_NOOP("Align &Left"),
            .triggered = &MainWindow::alignLeft},
        {.name = "alignHCenter", .text = QT_TR_NOOP("Align &Centres Horizontally"),
            .triggered = &MainWindow::alignHCenter},
        {.name = "alignRight", .text = QT_TR_NOOP("Align &Right"),
            .triggered = &MainWindow::alignRight},
        {.name = "alignTop", .text = QT_TR_NOOP("Align &Top"),
            .triggered = &MainWindow::alignTop},
        {.name = "alignVCenter", .text = QT_TR_NOOP("Align Centres &Vertically"),
            .triggered = &MainWindow::alignVCenter},
        {.name = "alignBottom", .text = QT_TR_NOOP("Align &Bottom"),
            .triggered = &MainWindow::alignBottom},
        {.name = "distributeH", .text = QT_TR_NOOP("Distribute &Horizontally"),
            .triggered = &MainWindow::distributeHorizontally},
        {.name = "distributeV", .text = QT_TR_NOOP("Distribute Verticall&y"),
            .triggered = &MainWindow::distributeVertically},
        // Database
        {.name = "sqlPreview", .text = QT_TR_NOOP("&SQL Preview..."), .icon = "sql",
            .key = Qt::CTRL | Qt::SHIFT | Qt::Key_Q,
            .tip = QT_TR_NOOP("The DDL that creates the design, per dialect"),
            .triggered = &MainWindow::showSqlPreview},
        {.name = "apply", .text = QT_TR_NOOP("&Apply to Database..."), .icon = "database-apply",
            .tip = QT_TR_NOOP("Create the design's tables in a SQLite, PostgreSQL or MariaDB "
                              "database"),
            .triggered = &MainWindow::applyToDatabase},
        {.name = "import", .text = QT_TR_NOOP("&Import from Database..."),
            .icon = "database-import",
            .tip = QT_TR_NOOP("Read an existing database into a new design"),
            .triggered = &MainWindow::importFromDatabase},
        {.name = "browseRows", .text = QT_TR_NOOP("&Browse Rows"),
            .key = Qt::CTRL | Qt::SHIFT | Qt::Key_B,
            .tip = QT_TR_NOOP("Show the rows of the selected table of the open database"),
            .triggered = &MainWindow::browseRows},
        // Help
        {.name = "userGuide", .text = QT_TR_NOOP("&User Guide"),
            .standardKey = QKeySequence::HelpContents,
            .tip = QT_TR_NOOP("Open the guide to Schemata's tasks in the web browser"),
            .triggered = &MainWindow::openUserGuide},
        {.name = "shortcuts", .text = QT_TR_NOOP("&Keyboard Shortcuts"),
            .tip = QT_TR_NOOP("Every shortcut of the window, searchable"),
            .triggered = &MainWindow::showShortcuts},
        {.name = "reportProblem", .text = QT_TR_NOOP("&Report a Problem"),
            .tip = QT_TR_NOOP("Copy the version, platform and file locations for a bug report"),
            .triggered = &MainWindow::reportProblem},
        {.name = "openExample", .text = QT_TR_NOOP("Open the &Example"),
            .tip = QT_TR_NOOP("The bundled example design with its database of generated rows"),
            .triggered = &MainWindow::showExample},
        {.name = "about", .text = QT_TR_NOOP("&About Schemata"), .triggered = &MainWindow::about},
    };
    return actions;
}

std::span<const MainWindow::MenuEntry> MainWindow::menuTable()
{
    static const MenuEntry menus[] = {
        {QT_TR_NOOP("&File"),
            {"new", "open", "@recent", "openDatabase", "connectDatabase", "@recentDatabases",
                "save", "saveAs", "", "@import", "@export", "print", "", "close", "quit"}},
        {QT_TR_NOOP("&Edit"),
            {"undo", "redo", "", "cut", "copy", "paste", "duplicate", "delete", "",
                "selectAll"}},
        {QT_TR_NOOP("&Insert"),
            {"addTable", "addColumn", "connect", "foreignKey", "manyToMany", "", "addNote",
                "addArea"}},
        {QT_TR_NOOP("&View"),
            {"showDesign", "showData", "dataBeside", "", "zoomIn", "zoomOut", "zoomReset",
                "zoomFit", "find", "", "compareWithFile", "compareWithDatabase",
                "compareWithGitRevision", "nextChange",
                "previousChange", "endComparison", "", "snapToGrid", "colorByType", "manyToManyAsOne", "",
                "@theme", "@language", "", "@panels"}},
        {QT_TR_NOOP("&Arrange"),
            {"autoLayout", "autoLayoutSelection", "pin", "", "alignLeft", "alignHCenter",
                "alignRight", "alignTop", "alignVCenter", "alignBottom", "", "distributeH",
                "distributeV"}},
        {QT_TR_NOOP("&Database"),
            {"sqlPreview", "apply", "synchronize", "import", "updateDesign", "", "@dialect", "",
                "browseRows"}},
        {QT_TR_NOOP("&Help"),
            {"userGuide", "shortcuts", "", "openExample", "", "reportProblem", "about"}},
    };
    return menus;
}

void MainWindow::createActions()
{
    createUndoActions();
    const QSettings settings;
    for (const ActionEntry &entry : actionTable())
        createAction(entry, settings);
    auto *pages = new QActionGroup(this);
    pages->addAction(action(QStringLiteral("showDesign")));
    pages->addAction(action(QStringLiteral("showData")));
    action(QStringLiteral("showDesign"))->setChecked(true);
    connect(m_browser, &BrowserPane::actionsChanged, this, &MainWindow::browserActionsChanged);
    connect(m_pages, &QStackedWidget::currentChanged, this, &MainWindow::pageChanged);
    connect(m_scene, &DiagramScene::toolChanged, this, &MainWindow::connectToolChanged);
    createMenus();
    createToolBar();
    createContextMenu();
    addWelcomeStarts();
}

void MainWindow::addWelcomeStarts()
{
    m_welcome->addStart(action(QStringLiteral("new")), tr("New Design"),
        tr("Draw tables and their relations on an empty canvas"));
    m_welcome->addStart(action(QStringLiteral("open")), tr("Open Design..."),
        tr("A design saved by Schemata or by WWW SQL Designer"));
    m_welcome->addStart(action(QStringLiteral("openDatabase")), tr("Open Database..."),
        tr("Browse the rows of an SQLite file"));
    m_welcome->addStart(action(QStringLiteral("connectDatabase")), tr("Connect..."),
        tr("Browse a PostgreSQL or MariaDB database"));
    m_welcome->addStart(action(QStringLiteral("openExample")), tr("Open the Example"),
        tr("A design of users, projects and tasks, with a database of rows to browse"));
}

void MainWindow::createUndoActions()
{
    // Undo and Redo follow the page: the design's history, or the data page's unsaved edits.
    m_undoGroup = new QUndoGroup(this);
    m_undoGroup->addStack(m_document->undoStack());
    m_undoGroup->setActiveStack(m_document->undoStack());
    connect(m_browser, &BrowserPane::undoStackChanged, this, &MainWindow::addUndoStack);
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(QIcon(QStringLiteral(":/icons/edit-undo.svg")));
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redo"));
    // Ctrl+Y as well, where the platform's Redo is Ctrl+Shift+Z: users of both kinds expect it.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Y)))
        redoKeys.append(QKeySequence(Qt::CTRL | Qt::Key_Y));
    redo->setShortcuts(redoKeys);
    redo->setIcon(QIcon(QStringLiteral(":/icons/edit-redo.svg")));
    m_actions.insert(QStringLiteral("undo"), undo);
    m_actions.insert(QStringLiteral("redo"), redo);
}

void MainWindow::createAction(const ActionEntry &entry, const QSettings &settings)
{
    const QString name = QString::fromLatin1(entry.name);
    QKeySequence shortcut;
    if (entry.standardKey != QKeySequence::UnknownKey)
        shortcut = QKeySequence(entry.standardKey);
    else if (entry.key != QKeyCombination())
        shortcut = QKeySequence(entry.key);
    QAction *a = addAction(nullptr, name, tr(entry.text),
        entry.icon ? QString::fromLatin1(entry.icon) : QString(), shortcut, {});
    if (entry.tip)
        a->setStatusTip(tr(entry.tip));
    if (entry.triggered)
        connect(a, &QAction::triggered, this, entry.triggered);
    if (entry.checkable || entry.toggled)
        a->setCheckable(true);
    if (entry.remembered) {
        const bool initial = settings.value(u"view/" + name, false).toBool();
        a->setChecked(initial);
        (this->*entry.toggled)(initial);
    }
    if (entry.toggled)
        connect(a, &QAction::toggled, this, entry.toggled);
    if (entry.remembered) {
        connect(a, &QAction::toggled, this,
            [name](bool on) { QSettings().setValue(u"view/" + name, on); });
    }
}

void MainWindow::createMenus()
{
    for (const MenuEntry &entry : menuTable()) {
        QMenu *menu = menuBar()->addMenu(tr(entry.title));
        for (const char *item : entry.items) {
            if (!*item)
                menu->addSeparator();
            else if (*item == '@')
                addSubmenu(menu, std::string_view(item + 1));
            else
                menu->addAction(action(QString::fromLatin1(item)));
        }
    }
}

void MainWindow::createToolBar()
{
    QToolBar *toolBar = addToolBar(tr("Main"));
    m_toolBar = toolBar;
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    for (const char *name : {"new", "open", "save", "", "undo", "redo", "", "addTable", "connect",
             "manyToMany", "addNote", "", "zoomOut", "zoomIn", "zoomFit", "autoLayout", "",
             "sqlPreview", "apply", "", "showDesign", "showData"}) {
        if (!*name) {
            toolBar->addSeparator();
            continue;
        }
        QAction *a = m_actions.value(QString::fromLatin1(name));
        toolBar->addAction(a);
        // Undo's text follows the history, and a shortcut may change: the tip follows both.
        updateToolTip(a);
        connect(a, &QAction::changed, a, [a] { updateToolTip(a); });
    }
    // Right-click on the tool bar (createPopupMenu): its buttons with their names or without.
    auto *textBeside = new QAction(tr("Text Beside Icons"), this);
    textBeside->setObjectName(QStringLiteral("textBesideIcons"));
    textBeside->setCheckable(true);
    m_actions.insert(textBeside->objectName(), textBeside);
    const bool on = QSettings().value(QStringLiteral("view/textBesideIcons"), false).toBool();
    textBeside->setChecked(on);
    setToolBarTextBesideIcons(on);
    connect(textBeside, &QAction::toggled, this, [this](bool checked) {
        setToolBarTextBesideIcons(checked);
        QSettings().setValue(QStringLiteral("view/textBesideIcons"), checked);
    });
}

void MainWindow::updateToolTip(QAction *action)
{
    const QKeySequence key = action->shortcut();
    const QString tip = key.isEmpty()
        ? action->iconText()
        : tr("%1 (%2)").arg(action->iconText(), key.toString(QKeySequence::NativeText));
    if (action->toolTip() != tip)
        action->setToolTip(tip);
}

void MainWindow::setToolBarTextBesideIcons(bool on)
{
    m_toolBar->setToolButtonStyle(on ? Qt::ToolButtonTextBesideIcon : Qt::ToolButtonIconOnly);
}

QMenu *MainWindow::createPopupMenu()
{
    // The panels and tool bar to show or hide, as Qt lists them, and how the buttons look.
    QMenu *menu = QMainWindow::createPopupMenu();
    if (!menu)
        menu = new QMenu(this);
    menu->addSeparator();
    menu->addAction(action(QStringLiteral("textBesideIcons")));
    return menu;
}

void MainWindow::createContextMenu()
{
    // Context menus: the diagram's, with what applies to the selection.
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (const char *name :
        {"addTable", "addColumn", "addNote", "", "cut", "copy", "paste", "duplicate", "delete", "",
            "foreignKey", "manyToMany", "addArea", "", "autoLayoutSelection", "pin"}) {
        if (*name) {
            m_view->addAction(m_actions.value(QString::fromLatin1(name)));
        } else {
            auto *separator = new QAction(this);
            separator->setSeparator(true);
            m_view->addAction(separator);
        }
    }
    // The rows of the card right-clicked, when the open database has its table.
    auto *rowsSeparator = new QAction(this);
    rowsSeparator->setSeparator(true);
    m_view->addAction(rowsSeparator);
    m_view->addAction(m_actions.value(QStringLiteral("browseRows")));
}

void MainWindow::addSubmenu(QMenu *menu, std::string_view name)
{
    if (name == "recent") {
        m_recentMenu = menu->addMenu(tr("Open &Recent"));
    } else if (name == "recentDatabases") {
        QMenu *recentDatabases = menu->addMenu(tr("Recent Data&bases"));
        recentDatabases->setObjectName(QStringLiteral("recentDatabasesMenu"));
        m_opener->setRecentMenu(recentDatabases);
    } else if (name == "export") {
        QMenu *exports = menu->addMenu(tr("&Export"));
        exports->setObjectName(QStringLiteral("exportMenu"));
        for (const char *item : {"exportImage", "exportSql", "exportDocs", "", "exportDbml",
                 "exportMermaid", "exportModels", "", "exportJson"}) {
            if (*item)
                exports->addAction(action(QString::fromLatin1(item)));
            else
                exports->addSeparator();
        }
    } else if (name == "import") {
        QMenu *imports = menu->addMenu(tr("&Import"));
        imports->setObjectName(QStringLiteral("importMenu"));
        for (const char *item : {"importSqlScript", "importDbml"})
            imports->addAction(action(QString::fromLatin1(item)));
    } else if (name == "theme") {
        QMenu *theme = menu->addMenu(tr("&Theme"));
        auto *themes = new QActionGroup(this);
        const QString currentTheme
            = QSettings().value(QStringLiteral("view/theme"), QStringLiteral("system")).toString();
        for (const auto &[key, text] : {std::pair {QStringLiteral("system"), tr("&System")},
                 std::pair {QStringLiteral("light"), tr("&Light")},
                 std::pair {QStringLiteral("dark"), tr("&Dark")}}) {
            QAction *a = theme->addAction(text);
            a->setObjectName(u"theme_" + key);
            a->setCheckable(true);
            a->setChecked(key == currentTheme);
            themes->addAction(a);
            connect(a, &QAction::triggered, this, [this, k = key] { setTheme(k); });
        }
    } else if (name == "language") {
        QMenu *language = menu->addMenu(tr("&Language"));
        auto *languages = new QActionGroup(this);
        const QString currentLanguage
            = QSettings().value(QStringLiteral("language"), QString()).toString();
        for (const auto &[code, text] : {std::pair {QString(), tr("System Default")},
                 std::pair {QStringLiteral("en"), QStringLiteral("English")},
                 std::pair {QStringLiteral("de"), QStringLiteral("Deutsch")},
                 std::pair {QStringLiteral("es"), QStringLiteral("Español")}}) {
            QAction *a = language->addAction(text);
            a->setCheckable(true);
            a->setChecked(code == currentLanguage);
            languages->addAction(a);
            connect(a, &QAction::triggered, this, [this, c = code] { setLanguage(c); });
        }
    } else if (name == "panels") {
        QMenu *docks = menu->addMenu(tr("&Panels"));
        for (QDockWidget *dock : findChildren<QDockWidget *>())
            docks->addAction(dock->toggleViewAction());
    } else if (name == "dialect") {
        QMenu *dialect = menu->addMenu(tr("Switch &Dialect"));
        for (const SqlEngine engine : allSqlEngines) {
            QAction *a = dialect->addAction(sqlEngineTitle(engine));
            a->setObjectName(u"dialect_" + sqlEngineName(engine));
            connect(a, &QAction::triggered, this, [this, engine] { switchDialect(engine); });
        }
    }
}
