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

class QSqlDatabase;

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

    // Browses `table` (as SchemaImporter read it) of the database at `address`, which carries
    // its password if it needs one.
    TableModel(const DatabaseAddress &address, const Table &table, QObject *parent = nullptr);
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
    bool isNewRow(int row) const { return row >= m_rows && row < rowCount(); }
    int newRowCount() const { return int(m_newRows.size()); }
    // Applies every edit in one transaction on `db` (a connection that may write). On success
    // the rows are read again and saved() gives the keys new rows got; on failure the edits
    // stay, with the reason in *error.
    bool save(const QSqlDatabase &db, QString *error);
    void revertAll();
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
    void rowsLoaded(int first, int last);
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
    const QVariantList *cachedRow(int row, const QVariantList **key = nullptr) const;
    // The value a cell shows: an edit, else what was read; nullopt when not loaded.
    std::optional<QVariant> cellValue(int row, int column, bool *changed, bool *isDefault) const;
    void emitRowChanged(int row);

    DatabaseAddress m_address;
    Table m_table;
    TableQuery m_query;
    RowEdits m_edits;
    QList<int> m_newRows; // RowEdits' numbers of the rows after m_rows, in order
    QList<QVariantList> m_savedNewKeys;
    QList<std::pair<QVariantList, qint64>> m_located; // found beyond the rows known so far
    QStringList m_datatypes;
    RowFetcher *m_fetcher = nullptr;
    RowFetcher *m_counter = nullptr;
    quint64 m_generation = 0;
    quint64 m_filterGeneration = 0; // the counter's generations
    quint64 m_estimateSince = 0; // estimates of this generation on fit the filters
    int m_rows = 0;
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
