#pragma once

#include "browse/tablequery.h"
#include "database/databaseaddress.h"

#include <QHash>
#include <QMutex>
#include <QObject>

#include <memory>
#include <optional>

class Connection;
class QueryInterrupter;

// How many rows the browsed table has, as far as the model knows.
struct RowCount
{
    enum class State {
        Unknown, // rows: those read so far (more may follow)
        Estimated, // rows: the engine's estimate, until the count arrives
        Exact
    };
    State state = State::Unknown;
    qint64 rows = 0;
};

// One page as a RowFetcher read it.
struct FetchedPage
{
    QList<QVariantList> rows;
    QList<QVariantList> keys; // each row's key (TableQuery::rowKey); empty without a keyset
    // -1 when the rows are counted from the start, so their place is certain. Otherwise they
    // were read back from the end of a table estimated at `basis` rows, and are in place only
    // if it has that many.
    qint64 basis = -1;
    // When this page showed where the table ends: the exact number of rows; else -1.
    qint64 exactCount = -1;
};

// Reads pages of a TableQuery on a thread of its own, with its own read-only connection to the
// database (Qt's SQL connections belong to one thread). The thread that asks never waits: the
// requests are queued and the results arrive as signals.
//
// Pages are numbered from the start (page n holds rows n * pageSize ...). The fetcher remembers
// where the pages it read begin and end (their first and last rows' positions, a bounded
// number), and reads each page the cheapest way it knows: after the page before it or before
// the page after it (keyset), at its rowid when SQLite's rowids have no gaps (or, before the
// count, as if they had none), back from the end of the table, or with the smallest OFFSET
// from any of these. The latest requests go first;
// older ones beyond a few pages are dropped before they run, and a running query that falls
// out that way is interrupted where the driver allows (QueryInterrupter). Each change of query
// is a new generation: everything of older ones is dropped.
class RowFetcher : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxQueuedPages = 8;
    static constexpr int MaxPositions = 1024;

    // A fetcher on a new thread; it connects to `address` (with its password) when work
    // first arrives.
    static RowFetcher *start(const DatabaseAddress &address, int pageSize);
    // Ends the thread once the running query ends (interrupting it where the driver allows);
    // the fetcher then deletes itself. Returns at once. Disconnect from its signals first.
    void stop();

    // From any thread. A new generation drops all queued work and interrupts the running one.
    void setQuery(quint64 generation, const TableQuery &query);
    void requestEstimate(quint64 generation);
    void requestCount(quint64 generation);
    // The pages wanted now, most wanted first, ahead of those asked for before; `count` is
    // what the model knows of the table's size.
    void requestPages(quint64 generation, const RowCount &count, const QList<int> &pages);

signals:
    void estimated(quint64 generation, qint64 rows); // -1: unknown
    void counted(quint64 generation, qint64 rows);
    void pageFetched(quint64 generation, int page, const FetchedPage &fetched);
    void failed(quint64 generation, int page, const QString &message); // page -1: not a page

private:
    RowFetcher(const DatabaseAddress &address, int pageSize);
    ~RowFetcher() override;

    enum class Job { None, Estimate, Count, Page };
    struct Boundary // of a page read: its first and last rows' positions
    {
        QVariantList first;
        QVariantList last;
        qint64 basis = -1; // as FetchedPage::basis
    };

    void schedule(); // with m_mutex held
    void interruptRunning(); // with m_mutex held
    void process();
    bool open(QString *error);
    void fetchPage(quint64 generation, int page, const RowCount &count);
    TableQuery::PageSpec plan(int page, const RowCount &count, qint64 *basis) const;
    bool isInterruption(const QSqlError &error) const;

    // Shared with the requesting thread, under m_mutex.
    mutable QMutex m_mutex;
    quint64 m_generation = 0;
    TableQuery m_query;
    RowCount m_count;
    QList<int> m_pages;
    bool m_estimateWanted = false;
    bool m_countWanted = false;
    Job m_running = Job::None;
    int m_runningPage = -1;
    quint64 m_runningGeneration = 0;
    bool m_interrupted = false;
    bool m_scheduled = false;
    bool m_stopping = false;
    std::unique_ptr<QueryInterrupter> m_interrupter;

    // The worker thread's own.
    const DatabaseAddress m_address;
    const int m_pageSize;
    std::unique_ptr<Connection> m_connection;
    QString m_openError;
    TableQuery m_work;
    quint64 m_workGeneration = 0;
    bool m_workInspected = false;
    QHash<int, Boundary> m_boundaries;
    std::optional<std::pair<qint64, qint64>> m_rowIds; // first and last rowid
};
