#pragma once

#include "rowfetcher.h"

#include "browse/rowedits.h"
#include "browse/tablequery.h"
#include "database/databaseaddress.h"
#include "schema/table.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QTimer>

#include <functional>

class QSqlDatabase;
class QUndoStack;
class Schema;

// The rows of one table of a database, of any size, for a QTableView. Nothing is read on the
// window's thread: rows come in pages from a RowFetcher around what the view asks for, and a
// page that has not arrived yet shows a placeholder until it lands (dataChanged). At most
// MaxCachedPages pages are kept (the least recently shown go first), however far the view
// scrolls. rowCount() is the engine's estimate at first and becomes exact when a second
// fetcher has counted the rows (rowCountKnown); where there is no estimate (a filter), rows
// appear page by page as the view scrolls (canFetchMore) until the count arrives. Sorting and
// filtering run in SQL and reset the model.
//
// Edits are kept in the model until save(): changed cells (by the row's key, so they survive
// sorting, filtering and the cache letting their page go), new rows (after the table's rows),
// and rows marked for deletion, each with a marker; save() applies them all in one transaction.
//
// The first page is shown before the estimate grows the model: a QTableView's header takes
// time and memory for every row it is told of (about 70 ns and 8 bytes each), which for ten
// million rows is longer than reading the first page.
//
// For the same reason a view is never told of more than windowRows() rows: the model's rows
// are a window onto the table, table rows [windowStart(), windowStart() + rowCount()), and
// the new rows follow the table's last row. Every method taking a row takes a model row;
// moveWindow() slides the window (a layout change, so persistent indexes follow their rows)
// and a GridView moves it as the user scrolls. Smaller tables fit and start at 0.
class TableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        ValueRole = Qt::UserRole + 1, // the exact value: a null QVariant for NULL, QByteArray
        IsNullRole, // bool: the value is SQL NULL (shown as "NULL" in grey italics)
        IsLoadedRole, // bool: the row has arrived (else the cell shows a placeholder)
        IsChangedRole, // bool: the cell has an unsaved value (or its row is new)
        RowStateRole, // RowState
        IsDefaultRole, // bool: a new row's cell left to the column's DEFAULT
    };
    enum class RowState { Saved, Changed, New, Removed };
    static constexpr int PageSize = 256;
    static constexpr int MaxCachedPages = 64;
    static constexpr int DisplayLength = 200; // characters of text a cell shows
    static constexpr int ToolTipLength = 2000;
    static constexpr int WindowRows = 100000;

    // The most rows a view is told of: WindowRows unless a test made it smaller.
    static int windowRows();
    static void setWindowRowsForTesting(int rows); // 0: WindowRows again

    // Browses `table` (as SchemaImporter read it) of the database at `address`, which carries
    // its password if it needs one.
    // A view's rows are read-only.
    TableModel(const DatabaseAddress &address, const Table &table, QObject *parent = nullptr,
        TableQuery::Relation relation = TableQuery::Relation::Table);
    ~TableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Qt::EditRole: text as typed, read as the column's type (CellInput; empty text is NULL
    // for a column that is not text); ValueRole: a value as ValueRole gives them (a null
    // QVariant for NULL). A value that does not fit is refused with editRejected.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    // Column -1: the table's own order (its key).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Filters on columns, a free WHERE condition and a scope (TableQuery::setScope);
    // replaces the previous ones.
    void setFilters(const QList<RowFilter> &filters, const QString &where = {},
        const BoundStatement &scope = {});
    // Reads the rows again (after the database changed under the model).
    void reload();
    const TableQuery &query() const { return m_query; }
    RowCount::State rowCountState() const { return m_state; }
    bool isRowLoaded(int row) const;

    // The window. Table rows count the table's rows (as far as known), new rows apart.
    qint64 tableRowCount() const { return m_rows; }
    // The table's rows followed by the new rows: what a scroll bar spans.
    qint64 totalRowCount() const { return qint64(m_rows) + m_newRows.size(); }
    qint64 windowStart() const { return m_windowStart; }
    // The model row of a table row (new rows counted after the table's), or -1 outside the
    // window.
    int modelRowOf(qint64 tableRow) const;
    // Slides the window so it starts at `firstTableRow` (clamped so it stays full).
    void moveWindow(qint64 firstTableRow);
    // Moves the window, if it must, so that it holds `tableRow`, and returns its model row.
    int bringIntoWindow(qint64 tableRow);
    // The last error of a query (a WHERE that does not parse, a lost connection), for people.
    QString lastError() const { return m_error; }
    // Pages held now; never more than MaxCachedPages.
    int cachedPageCount() const { return int(m_pages.size()); }
    const Table &table() const { return m_table; }

    // Editing. Rows can be edited when the table has a key to name them by.
    bool isEditable() const { return m_edits.canEdit(); }
    // The text typed into a cell as a value of its column, or nullopt and why in *error.
    std::optional<QVariant> parseInput(int column, const QString &text, QString *error) const;
    // The text an editor starts with for a cell.
    QString editText(const QModelIndex &index) const;
    // Adds a row after the others; returns its model row.
    int addRow();
    // Marks the table's rows for deletion and drops new ones.
    void removeRows(QList<int> rows);
    // Drops the unsaved changes of these rows (and un-marks their deletion).
    void revertRows(QList<int> rows);
    bool hasPendingEdits() const { return !m_edits.isEmpty(); }
    int pendingChangeCount() const { return m_edits.changeCount(); }
    RowState rowState(int row) const;
    bool isNewRow(int row) const { return isNewAt(qint64(m_windowStart) + row) && isModelRow(row); }
    int newRowCount() const { return int(m_newRows.size()); }
    // Applies every edit in one transaction on `db` (a connection that may write). On success
    // the rows are read again and saved() gives the keys new rows got; on failure the edits
    // stay, with the reason in *error.
    bool save(const QSqlDatabase &db, QString *error);
    // After a save that the database refused on a deletion: which rows refer to the row, in
    // words (RowEdits::refusedDeleteMessage); empty otherwise.
    QString refusedDeleteMessage(const QSqlDatabase &db, const Schema &schema) const
    {
        return m_edits.refusedDeleteMessage(db, schema);
    }
    void revertAll();
    // Every change to the edits (a cell, a new row, a deletion, a revert) is a step on this
    // stack, undone and redone as a whole; Save clears it, as the database cannot be undone.
    QUndoStack *undoStack() const { return m_undoStack; }
    struct EditState
    {
        RowEdits edits;
        QList<int> newRows;
    };
    EditState editState() const { return {m_edits, m_newRows}; }
    // Puts the edits back as they were in `state` (for the undo stack).
    void restoreEdits(const EditState &state);
    // The keys the new rows got at the last save, in the order they were added.
    QList<QVariantList> savedNewKeys() const { return m_savedNewKeys; }
    // The key of a loaded row of the table (TableQuery::rowKey); empty for a new row or one
    // that has not arrived.
    QVariantList rowKey(int row) const;
    // The values a row shows, edits included; empty when it has not arrived.
    QVariantList rowValues(int row) const;
    // Finds where the row with `key` is in the current order, on a worker thread: located()
    // gives its model row (-1 when the filters leave it out or it is gone).
    void locate(const QVariantList &key);

signals:
    void rowCountKnown(qint64 rows); // the exact count
    void rowsLoaded(int first, int last); // model rows
    // The window moved, or the rows around it changed: what a scroll bar spans.
    void windowChanged();
    void errorOccurred(const QString &message);
    void editsChanged();
    void editRejected(const QString &message);
    void saved(const QList<QVariantList> &newKeys);
    void located(const QVariantList &key, int row);

private:
    struct CachedPage
    {
        QList<QVariantList> rows;
        QList<QVariantList> keys;
        qint64 basis = -1; // as FetchedPage::basis
        quint64 used = 0;
    };

    void restart(bool filtersChanged);
    void request(int page) const;
    void sendRequests();
    RowCount rowCountInfo() const { return {m_state, m_rows}; }
    void setRows(qint64 rows);
    void applyExactCount(qint64 rows);
    void onEstimated(quint64 generation, qint64 rows);
    void applyEstimate();
    void onCounted(quint64 generation, qint64 rows);
    void onPageFetched(quint64 generation, int page, const FetchedPage &fetched);
    void onFailed(const QString &message);
    QString displayText(const QVariant &value, int column) const;
    QString toolTip(const QVariant &value, int column) const;
    // These take table rows (new rows after the table's).
    const QVariantList *cachedRow(int row, const QVariantList **key = nullptr) const;
    // The value a cell shows: an edit, else what was read; nullopt when not loaded.
    std::optional<QVariant> cellValue(int row, int column, bool *changed, bool *isDefault) const;
    RowState rowStateAt(int row) const;
    bool isNewAt(qint64 row) const { return row >= m_rows && row < totalRowCount(); }
    bool isModelRow(int row) const { return row >= 0 && row < m_modelRows; }
    void emitRowChanged(int row); // a model row
    void emitTableRowsChanged(int first, int last);
    // Tells the view of rows of the table (or new rows) that come or go at table row `at`,
    // `apply` making the change itself.
    void insertTableRows(int at, int count, const std::function<void()> &apply);
    void removeTableRows(int at, int count, const std::function<void()> &apply);
    void setWindow(int start);
    int fittingWindowStart(int start) const;

    DatabaseAddress m_address;
    Table m_table;
    TableQuery m_query;
    RowEdits m_edits;
    QList<int> m_newRows; // RowEdits' numbers of the rows after m_rows, in order
    QList<QVariantList> m_savedNewKeys;
    QUndoStack *m_undoStack = nullptr;
    void record(const EditState &before, const QString &text);
    // Model rows as table rows, each once, the last first.
    QList<int> tableRowsOf(const QList<int> &rows) const;
    void dropNewRow(int tableRow);
    QList<std::pair<QVariantList, qint64>> m_located; // found beyond the rows known so far
    QStringList m_datatypes;
    RowFetcher *m_fetcher = nullptr;
    RowFetcher *m_counter = nullptr;
    quint64 m_generation = 0;
    quint64 m_filterGeneration = 0; // the counter's generations
    quint64 m_estimateSince = 0; // estimates of this generation on fit the filters
    int m_rows = 0; // table rows
    int m_windowStart = 0; // the table row of model row 0
    int m_modelRows = 0; // rowCount()
    RowCount::State m_state = RowCount::State::Unknown;
    qint64 m_pendingEstimate = -1;
    mutable QTimer m_estimateTimer;
    mutable bool m_estimateAfterPaint = false;
    QString m_error;

    // Changed by data(), which is const.
    mutable QHash<int, CachedPage> m_pages;
    mutable quint64 m_clock = 0;
    mutable QList<int> m_requested;
    mutable QTimer m_requestTimer;
    QSet<int> m_failedPages;
};
