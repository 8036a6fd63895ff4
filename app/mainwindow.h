#pragma once

#include "schema/objectid.h"
#include "sql/sqlengine.h"

#include <QMainWindow>

#include <functional>
#include <span>
#include <string_view>

class BrowserPane;
class DatabaseOpener;
class DesignDocument;
class DesignEditor;
class DiagramScene;
class DiagramView;
class InlineEditor;
class ChangesPanel;
class DiagramComparison;
class ProblemsPanel;
class PropertyPanel;
class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QLineEdit;
class QMenu;
class QSettings;
class Recovery;
class WelcomePage;
class QSplitter;
class QStackedWidget;
class QUndoGroup;
class QTimer;
class QToolBar;
class QTreeWidget;
class QUndoStack;
class Schema;

// The main window: the diagram of one design in the centre (the data browser becomes a second
// page of the same centre), with the table list, properties, problems, history and an overview
// around it. It owns the document and its undo stack; every edit goes through DesignEditor.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    bool openFile(const QString &path);
    bool saveFile(const QString &path);
    // Opens a design made elsewhere (import) as a new, unsaved document.
    bool openSchema(const Schema &schema, const QString &title);
    // Opens a database (an SQLite path or a postgresql:// / mysql:// URL) in the data page
    // (DatabaseOpener::open says how).
    bool openDatabase(const QString &pathOrUrl);
    BrowserPane *browser() const { return m_browser; }
    const Schema &schema() const;

    DesignDocument *document() const { return m_document; }
    DesignEditor *editor() const { return m_editor; }
    DiagramScene *scene() const { return m_scene; }
    DiagramView *view() const { return m_view; }
    InlineEditor *inlineEditor() const { return m_inline; }
    QAction *action(const QString &name) const;

    // Autosave: where the recovery copy of this window's document goes.
    QString recoveryPath() const;
    // Recovery files left by a session that did not end cleanly.
    static QStringList pendingRecoveries();
    // Offers to restore them (asks; returns true if one was restored into this window).
    bool offerRecovery();
    void writeRecovery();
    // "system", "light" or "dark" (remembered).
    void setTheme(const QString &theme);
    // The bundled example design with its database of generated rows (made on first use).
    bool openExample();
    // The welcome page, as when nothing is open; it gives way to whatever opens next.
    void showWelcomePage();
    bool onWelcomePage() const;
    // Help > Report a Problem's text: version, Qt, platform, and where the files are.
    static QString problemReport();

    QMenu *createPopupMenu() override;

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    // The centre's pages: the diagram, the data browser, and both side by side.
    void createPages();
    void createDocks();
    // The Tables dock's contents: the filter box over the list of tables.
    QWidget *createTableList();
    // The actions from a table (name, text, shortcut, icon, tip, slot) and the menus, tool bar
    // and context menu from their names (mainwindowactions.cpp).
    struct ActionEntry;
    struct MenuEntry;
    static std::span<const ActionEntry> actionTable();
    static std::span<const MenuEntry> menuTable();
    void createActions();
    void createUndoActions();
    void createAction(const ActionEntry &entry, const QSettings &settings);
    void createMenus();
    void createToolBar();
    void createContextMenu();
    // The welcome page's start buttons, on the window's actions.
    void addWelcomeStarts();
    // The zoom and problem counts at the right of the status bar.
    void createStatusLabels();
    // The document's changes to the title, table list and status.
    void connectDocument();
    // The scene's selection and requests, the focus and the clipboard, to what follows them.
    void connectScene();
    void addSubmenu(QMenu *menu, std::string_view name);
    QAction *addAction(QMenu *menu, const QString &name, const QString &text, const QString &icon,
        const QKeySequence &shortcut, const std::function<void()> &slot);
    void updateTitle();
    void updateActions();
    // Compares the open design with `other` (a file, a database, a revision) and keeps the
    // comparison up to date as the design is edited, until endComparison().
    void startComparison(
        const Schema &other, const QString &title, std::optional<SqlEngine> engine = {});
    void updateComparison();
    void updateStatus();
    void updateRecentMenu();
    void addRecent(const QString &path);
    void refreshTables();
    bool maybeSave();

    void newDesign();
    void open();
    bool save();
    bool saveAs();
    void exportImage();
    void exportDocs();
    void exportDbml();
    void exportMermaid();
    void importDbml();
    void importSqlScript();
    // Saves `text` (through QSaveFile) where the user says, beside the design by default.
    void exportText(const QString &title, const QString &filter, const QString &suffix,
        const QString &text);
    // A design read from another format, opened as a new, unsaved design and laid out.
    bool openImported(const Schema &schema, const QString &message);
    // View > Compare with File...: the open design against another file of it, on the diagram.
    void compareWithFile();
    // Database > Compare and Synchronize...: the design's changes applied to a database.
    void synchronize();
    // Database > Update Design from Database...: the database's structure merged into the open
    // design as one undoable step, its layout kept; dropping tables is asked first.
    void updateDesignFromDatabase();
    // View > Compare with Database...: the open design against a database's structure, compared
    // as that engine makes the design.
    void compareWithDatabase();
    // View > Compare with Git Revision...: the open design against a committed version of its
    // file, chosen from the file's git history.
    void compareWithGitRevision();
    void endComparison();
    void nextChange();
    void previousChange();
    void saveChangesAsMarkdown();
    // Where a file exported from the design goes by default: beside the design, named after it
    // (`fallback` in the home folder for a design never saved), without a suffix.
    QString exportBase(const QString &fallback) const;
    void exportModels();
    void printDiagram();
    void addTable();
    void addColumn();
    void addNote();
    void addArea();
    void deleteSelection();
    void copy();
    void cut();
    void paste();
    void duplicate();
    void selectAll();
    void createManyToMany();
    void createForeignKey();
    void autoLayoutAll();
    void autoLayoutSelection();
    void autoLayout(bool selectionOnly);
    void fitToWindow();
    void showWholeDesign();
    void switchDialect(SqlEngine engine);
    void connectToDatabase();
    // What the opener asks of the window: the database's design in the open one's place, and
    // the data page once the database is open.
    void showDatabaseDesign(const Schema &database);
    void showOpenedDatabase();
    void editObject(ObjectId id, ObjectId column);
    // The pages: the diagram or the data browser, or both with View > Data Beside Diagram.
    bool isDataBeside() const;
    void setDataBeside(bool on);
    void showDesignPage();
    void showDataPage();
    // Whether the window's editing actions work on rows: on the data page, or beside the
    // diagram while the browser has the focus.
    bool onDataPage() const;
    // The one table selected in the diagram, by its name in the open database (empty when
    // that is not one table the database has).
    QString selectedDatabaseTable() const;
    void followSelection();
    void browseRows();
    void showInDiagram(const QString &table);
    void about();
    void closeDesign();
    void leaveWelcomePage();
    // The design's panels hide with the diagram and come back as they were.
    void setDesignDocksShown(bool shown);
    // Toolbar tooltips name the action and its shortcut: "Save (Ctrl+S)".
    static void updateToolTip(QAction *action);
    void setToolBarTextBesideIcons(bool on);
    void openUserGuide();
    void showShortcuts();
    void reportProblem();

    // The slots of actions that have no other use.
    void openDatabaseFile();
    void showExample();
    void saveDesignOrRows();
    void saveDesignAs();
    void exportJson();
    void quit();
    void addUndoStack(QUndoStack *stack);
    void setConnectTool(bool on);
    void connectToolChanged();
    void browserActionsChanged();
    void pageChanged();
    void toggleDataBeside(bool on);
    void zoomIn();
    void zoomOut();
    void resetZoom();
    void findTable();
    void setSnapToGrid(bool on);
    void setColorByType(bool on);
    void setManyToManyAsOne(bool on);
    void setLanguage(const QString &code);
    void pinSelection();
    void alignLeft();
    void alignHCenter();
    void alignRight();
    void alignTop();
    void alignVCenter();
    void alignBottom();
    void distributeHorizontally();
    void distributeVertically();
    void showSqlPreview();
    void applyToDatabase();
    void importFromDatabase();

    QHash<ObjectId, QRectF> selectedRects() const;
    void align(int alignment);

    DesignDocument *m_document = nullptr;
    DesignEditor *m_editor = nullptr;
    DiagramScene *m_scene = nullptr;
    DiagramView *m_view = nullptr;
    InlineEditor *m_inline = nullptr;
    QStackedWidget *m_pages = nullptr;
    QSplitter *m_beside = nullptr; // the page of the diagram and the browser side by side
    BrowserPane *m_browser = nullptr;
    QList<QDockWidget *> m_designDocks; // hidden while the data or welcome page shows
    bool m_designDocksHidden = false;
    WelcomePage *m_welcome = nullptr;
    QToolBar *m_toolBar = nullptr;
    QTreeWidget *m_tableList = nullptr;
    QLineEdit *m_tableFilter = nullptr;
    ProblemsPanel *m_problems = nullptr;
    ChangesPanel *m_changes = nullptr;
    QDockWidget *m_changesDock = nullptr;
    std::shared_ptr<const Schema> m_compared; // the other side of the comparison, when comparing
    QString m_comparedTitle;
    std::optional<SqlEngine> m_comparedEngine; // a database's: compare on its engine
    std::shared_ptr<const DiagramComparison> m_comparison;
    bool m_comparisonPending = false;
    PropertyPanel *m_properties = nullptr;
    QHash<QString, QAction *> m_actions;
    QMenu *m_recentMenu = nullptr;
    QUndoGroup *m_undoGroup = nullptr;
    QLabel *m_zoomLabel = nullptr;
    QLabel *m_problemsLabel = nullptr;
    QTimer *m_tablesTimer = nullptr;
    Recovery *m_recovery = nullptr;
    DatabaseOpener *m_opener = nullptr;
};
