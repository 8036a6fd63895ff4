#pragma once

#include "rowfetcher.h"

#include "browse/tablequery.h"
#include "database/databaseaddress.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QTimer>

struct Table;

// The rows of one table of a database, of any size, for a QTableView. Nothing is read on the
// window's thread: rows come in pages from a RowFetcher around what the view asks for, and a
// page that has not arrived yet shows a placeholder until it lands (dataChanged). At most
// MaxCachedPages pages are kept (the least recently shown go first), however far the view
// scrolls. rowCount() is the engine's estimate at first and becomes exact when a second
// fetcher has counted the rows (rowCountKnown); where there is no estimate (a filter), rows
// appear page by page as the view scrolls (canFetchMore) until the count arrives. Sorting and
// filtering run in SQL and reset the model.
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
    };
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
    // Column -1: the table's own order (its key).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Filters on columns and a free WHERE condition; replaces the previous ones.
    void setFilters(const QList<RowFilter> &filters, const QString &where = {});
    const TableQuery &query() const { return m_query; }
    RowCount::State rowCountState() const { return m_state; }
    bool isRowLoaded(int row) const;
    // The last error of a query (a WHERE that does not parse, a lost connection), for people.
    QString lastError() const { return m_error; }
    // Pages held now; never more than MaxCachedPages.
    int cachedPageCount() const { return int(m_pages.size()); }

signals:
    void rowCountKnown(qint64 rows); // the exact count
    void rowsLoaded(int first, int last);
    void errorOccurred(const QString &message);

private:
    struct CachedPage
    {
        QList<QVariantList> rows;
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

    TableQuery m_query;
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
