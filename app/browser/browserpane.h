#pragma once

#include "browser/browsehistory.h"
#include "browser/celldelegate.h"
#include "browser/gridview.h"
#include "schema/table.h"

#include "analysis/relationship.h"
#include "browse/rowfilter.h"
#include "browse/tablequery.h"
#include "database/databaseaddress.h"

#include <QIcon>
#include <QKeySequence>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class CellDelegate;
class FilterBar;
class Connection;
class Schema;
class TableModel;
class TableSidebar;
class ValuePanel;
struct Table;
class QAction;
class QLabel;
class QPushButton;
class QSplitter;
class QTableView;
class QLayout;
class QToolBar;
class QUndoStack;
class Cloner;
class Record;
class Session;
class RelatedRowsPanel;
struct ForeignKey;

// The data browser: the tables of an open database with their row counts and relationships
// on the left, the rows of the selected table (sorted and filtered in SQL) in the middle, and
// the full value of the current cell and the current row's relationships on the right.
//
// Rows are edited in place (TableModel keeps the edits until Save, which applies them in one
// transaction). From a row one can go to the row it refers to, list its children in each
// table that refers to it, or its many-to-many partners; Back and Forward retrace these steps
// like a web browser's. Duplicate copies rows without their keys (Cloner), deep on request.
class BrowserPane : public QWidget
{
    Q_OBJECT

public:
    explicit BrowserPane(QWidget *parent = nullptr);
    ~BrowserPane() override;

    // Connects and reads the schema; on failure returns false with a message in *error and
    // keeps the database that was open.
    bool openDatabase(const DatabaseAddress &address, QString *error);
    void closeDatabase();
    // The design of the open database as read from it (null without one).
    const Schema *schema() const { return m_schema.get(); }
    // The database open here (its password too, when it has one), or nullopt.
    std::optional<DatabaseAddress> openDatabaseAddress() const;
    QString currentTable() const;
    // Shows a table's rows (unfiltered, in its key's order), as a step Back can undo.
    void showTable(const QString &name);
    QTableView *grid() const { return m_grid; }
    // Beside the diagram the pane is the rows alone: the diagram lists the tables, and the
    // table list and the value and relationship panels are out of the way.
    void setCompact(bool compact);
    bool isCompact() const;
    // The pane's actions by object name: back, forward, addRow, deleteRows, duplicateRows,
    // deepDuplicateRows, saveEdits, revertEdits, setNull, showInDiagram.
    QAction *action(const QString &name) const;

    // Where the browser is: a table, its filters and order, and the current row.
    using Place = BrowsePlace;
    bool canGoBack() const { return m_history.canGoBack(); }
    bool canGoForward() const { return m_history.canGoForward(); }
    void goBack();
    void goForward();
    // From the current row: the row a foreign key of its table refers to.
    void goToParent(ObjectId foreignKey);
    // From the current row: the rows of `table` whose `foreignKey` refers to it.
    void showChildren(const QString &table, ObjectId foreignKey);
    // From the current row: its partners through a many-to-many relationship, from the side of
    // its first foreign key, or of the second with `reverse`.
    void showPartners(const Relationship &relationship, bool reverse);

    // Editing the current table's rows (see TableModel).
    void addRow();
    void deleteSelectedRows();
    void setCurrentCellNull();
    // Puts the text of an open cell editor into the model, as leaving the cell would; false
    // (the editor left open, the reason shown) when it does not fit the column.
    bool commitOpenEditor();
    // True when Save has something to write: edits, or a cell editor open.
    bool hasUnsavedEdits() const;
    // Commits an open cell editor first, then writes every edit.
    bool saveEdits(QString *error);
    void revertEdits();
    // Asks whether to save unsaved edits before they would be lost; false when the user
    // cancels (or saving failed).
    bool maybeSaveEdits();
    // Copies the selected rows (Cloner), asking for values of unique columns, and the depth
    // of a deep copy; the copies are selected when they have been found.
    void duplicateSelectedRows(bool deep);
    // The rows of the grid's selection (or the current row), in order.
    QList<int> selectedRows() const;
    // Puts the selected cells on the clipboard as tab-separated text, a line per row (the
    // whole values, as an editor shows them; NULL as nothing).
    void copySelection() const;
    TableModel *model() const { return m_model; }
    // The current table's unsaved edits as undoable steps (null without a table).
    QUndoStack *undoStack() const;
    // Writes the rows of the current table, only those the filters and WHERE box let through
    // when they apply (as last applied), to `path` as {"table": [rows]}. Runs on a worker
    // thread with its own connection while a progress dialog offers Cancel; returns when done.
    // The result also goes out as statusMessage. A cancel or a failure leaves no file.
    bool exportCurrentView(const QString &path, QString *error);
    // Tests: called on the worker thread at each progress step, before Cancel is looked at.
    void setExportProgressHookForTests(std::function<void(qint64, qint64)> hook)
    {
        m_exportProgressHook = std::move(hook);
    }

signals:
    void databaseOpened(const QString &title);
    // The current table's edits changed (to enable Save, and for the window's title).
    void editsChanged(bool pending);
    // A new table (or none) brings its own undo stack.
    void undoStackChanged(QUndoStack *stack);
    // What the pane's actions can do changed (selection, edits, history).
    void actionsChanged();
    void statusMessage(const QString &message);
    // Show in Diagram: the window shows the table's card on the Design page.
    void showInDiagramRequested(const QString &table);

private:
    GridView *createGrid();
    QLayout *createStatusRow();
    QWidget *createSidebar();
    QWidget *createRowPanels();
    QWidget *createToolBar();
    struct ToolAction
    {
        QString name;
        QIcon icon;
        QString text;
        QString tip;
        QKeySequence shortcut;
    };
    QAction *addToolAction(
        QToolBar *bar, const ToolAction &action, const std::function<void()> &slot);
    void addDuplicateMenu(QToolBar *bar, QAction *deep);
    void connectModel();
    QVariantList keyAfterSave() const;
    // The records of the selected rows, their keys and the columns a copy needs values for;
    // false (the error shown) when one cannot be read.
    bool readSelectedRecords(Session &session, const Cloner &cloner, QList<Record> *records,
        QList<QVariantList> *keys, QList<QStringList> *needed);
    void openTable(const QString &name);
    Place currentPlace() const;
    void visit(const Place &place);
    void applyPlace(const Place &place);
    void select(const QVariantList &key, int row);
    void updateActions();
    void updateRelated();
    QList<CellDelegate::Choice> foreignKeyChoices(int column) const;
    void showGridMenu(const QPoint &pos);
    // Applies the chips (when one is added or removed), with the WHERE as last applied.
    void applyChips();
    void applyFilters();
    void showError(const QString &message);
    void updateRowStatus();
    void exportView();
    void updateValuePanel();
    const Table *table() const; // the current table of the schema (null for a view)
    // A table of the schema or a view, by name (as the sidebar lists them).
    const Table *relation(const QString &name, bool *isView = nullptr) const;

    DatabaseAddress m_address;
    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<Schema> m_schema;
    QList<Relationship> m_relationshipList;
    TableModel *m_model = nullptr;
    CellDelegate *m_delegate = nullptr;
    BrowseHistory m_history;
    QList<QVariantList> m_wanted; // rows to select once located
    QHash<QString, QAction *> m_actions;

    QSplitter *m_splitter = nullptr;
    TableSidebar *m_sidebar = nullptr;
    FilterBar *m_filterBar = nullptr;
    RelatedRowsPanel *m_relatedPanel = nullptr;
    QString m_inputProblem; // shown in the filter bar's error line by the cell editor
    GridView *m_grid = nullptr;
    QLabel *m_rowStatus = nullptr;
    QPushButton *m_exportView = nullptr;
    bool m_exporting = false;
    std::function<void(qint64, qint64)> m_exportProgressHook;
    ValuePanel *m_valuePanel = nullptr;
};
