#include "rowfetcher.h"

#include "browse/queryinterrupter.h"
#include "database/connection.h"
#include "database/sqllog.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <cstdlib>

namespace {

// Threads of stopped fetchers may still be finishing a query when the application ends; it
// waits for them, so no query runs while Qt's SQL plugins unload.
QList<QPointer<QThread>> &fetcherThreads()
{
    static QList<QPointer<QThread>> threads;
    return threads;
}

void waitForFetcherThreads()
{
    for (const QPointer<QThread> &thread : std::as_const(fetcherThreads())) {
        if (thread) {
            thread->quit();
            thread->wait();
        }
    }
    fetcherThreads().clear();
}

} // namespace

RowFetcher *RowFetcher::start(const DatabaseAddress &address, int pageSize)
{
    static const bool registered = [] {
        qAddPostRoutine(waitForFetcherThreads);
        return true;
    }();
    Q_UNUSED(registered);

    auto *thread = new QThread;
    thread->setObjectName(QStringLiteral("RowFetcher"));
    auto *fetcher = new RowFetcher(address, pageSize);
    fetcher->moveToThread(thread);
    // Deleted on its own thread as the thread finishes, which closes its connection there.
    connect(thread, &QThread::finished, fetcher, &QObject::deleteLater);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    fetcherThreads().removeAll(nullptr);
    fetcherThreads() << thread;
    thread->start();
    return fetcher;
}

RowFetcher::RowFetcher(const DatabaseAddress &address, int pageSize)
    : m_address(address)
    , m_pageSize(std::max(1, pageSize))
{
}

RowFetcher::~RowFetcher()
{
    {
        QMutexLocker lock(&m_mutex);
        m_interrupter.reset();
    }
    m_connection.reset();
}

void RowFetcher::stop()
{
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
        m_pages.clear();
        m_estimateWanted = m_countWanted = false;
        interruptRunning();
    }
    QMetaObject::invokeMethod(
        this,
        [this] {
            {
                QMutexLocker lock(&m_mutex);
                m_interrupter.reset();
            }
            m_connection.reset();
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
}

void RowFetcher::schedule()
{
    if (m_scheduled || m_stopping)
        return;
    m_scheduled = true;
    QMetaObject::invokeMethod(this, &RowFetcher::process, Qt::QueuedConnection);
}

void RowFetcher::interruptRunning()
{
    if (m_running == Job::None || m_interrupted)
        return;
    m_interrupted = true;
    if (m_interrupter)
        m_interrupter->interrupt();
}

void RowFetcher::setQuery(quint64 generation, const TableQuery &query)
{
    QMutexLocker lock(&m_mutex);
    m_generation = generation;
    m_query = query;
    m_pages.clear();
    m_estimateWanted = m_countWanted = false;
    if (m_runningGeneration != generation)
        interruptRunning();
}

void RowFetcher::requestEstimate(quint64 generation)
{
    QMutexLocker lock(&m_mutex);
    if (generation != m_generation)
        return;
    m_estimateWanted = true;
    schedule();
}

void RowFetcher::requestCount(quint64 generation)
{
    QMutexLocker lock(&m_mutex);
    if (generation != m_generation)
        return;
    m_countWanted = true;
    schedule();
}

void RowFetcher::requestPages(quint64 generation, const RowCount &count, const QList<int> &pages)
{
    QMutexLocker lock(&m_mutex);
    if (generation != m_generation)
        return;
    m_count = count;
    const bool runningPage = m_running == Job::Page && m_runningGeneration == generation;
    // The new pages first, then what was asked for before (the running page at its head).
    QList<int> wanted;
    for (int page : pages) {
        if (page >= 0 && !wanted.contains(page))
            wanted << page;
    }
    if (runningPage && !wanted.contains(m_runningPage))
        wanted << m_runningPage;
    for (int page : std::as_const(m_pages)) {
        if (!wanted.contains(page))
            wanted << page;
    }
    if (wanted.size() > MaxQueuedPages)
        wanted.resize(MaxQueuedPages);
    if (runningPage) {
        if (!wanted.removeOne(m_runningPage))
            interruptRunning(); // no longer near what is asked for
    }
    m_pages = wanted;
    if (!m_pages.isEmpty())
        schedule();
}

bool RowFetcher::open(QString *error)
{
    if (m_connection)
        return true;
    if (!m_openError.isEmpty()) {
        *error = m_openError;
        return false;
    }
    auto connection = std::make_unique<Connection>();
    if (!connection->open(m_address, Connection::Mode::OpenExisting, error)) {
        m_openError = *error;
        return false;
    }
    QSqlQuery setup(connection->database());
    for (const QString &statement : TableQuery::browsingSetup(m_address.engine))
        Sql::exec(setup, statement);
    std::unique_ptr<QueryInterrupter> interrupter
        = QueryInterrupter::create(connection->database());
    {
        QMutexLocker lock(&m_mutex);
        m_interrupter = std::move(interrupter);
    }
    m_connection = std::move(connection);
    return true;
}

bool RowFetcher::isInterruption(const QSqlError &error) const
{
    return QueryInterrupter::isInterruption(error, m_address.engine);
}

void RowFetcher::process()
{
    Job job = Job::None;
    int page = -1;
    quint64 generation = 0;
    RowCount count;
    {
        QMutexLocker lock(&m_mutex);
        m_scheduled = false;
        if (m_stopping)
            return;
        if (m_estimateWanted) {
            job = Job::Estimate;
            m_estimateWanted = false;
        } else if (!m_pages.isEmpty()) {
            job = Job::Page;
            page = m_pages.takeFirst();
        } else if (m_countWanted) {
            job = Job::Count;
            m_countWanted = false;
        } else {
            return;
        }
        generation = m_generation;
        count = m_count;
        if (generation != m_workGeneration) {
            m_work = m_query;
            m_workGeneration = generation;
            m_boundaries.clear();
            m_workInspected = false;
        }
        m_running = job;
        m_runningPage = page;
        m_runningGeneration = generation;
        m_interrupted = false;
    }

    QString error;
    if (!open(&error)) {
        emit failed(generation, page, error);
    } else {
        if (!m_workInspected) {
            m_work.inspect(m_connection->database());
            m_workInspected = true;
        }
        switch (job) {
        case Job::Estimate: {
            const RowEstimate estimate = m_work.estimate(m_connection->database());
            if (estimate.hasRowIdRange())
                m_rowIds = std::pair(estimate.firstRowId, estimate.lastRowId);
            else if (!m_work.isFiltered())
                m_rowIds.reset();
            emit estimated(generation, estimate.rows);
            break;
        }
        case Job::Count: {
            QSqlError cause;
            const std::optional<qint64> rows
                = m_work.count(m_connection->database(), &error, &cause);
            if (rows) {
                emit counted(generation, *rows);
            } else if (isInterruption(cause)) {
                QMutexLocker lock(&m_mutex);
                if (!m_interrupted && generation == m_generation)
                    m_countWanted = true; // a cancel meant for an earlier query: again
            } else {
                emit failed(generation, -1, error);
            }
            break;
        }
        case Job::Page:
            fetchPage(generation, page, count);
            break;
        case Job::None:
            break;
        }
    }

    QMutexLocker lock(&m_mutex);
    m_running = Job::None;
    m_runningPage = -1;
    if (m_estimateWanted || !m_pages.isEmpty() || m_countWanted)
        schedule();
}

TableQuery::PageSpec RowFetcher::plan(int page, const RowCount &count, qint64 *basis) const
{
    using From = TableQuery::PageSpec::From;
    const qint64 start = qint64(page) * m_pageSize;
    const bool known = count.state != RowCount::State::Unknown;
    TableQuery::PageSpec spec;
    spec.limit = known ? int(std::min<qint64>(m_pageSize, count.rows - start)) : m_pageSize;
    *basis = -1;

    // SQLite with rowids first..last and as many rows: row n has rowid first + n. Before the
    // count, the estimate is that range, so this is a guess placed against the estimate: right
    // when the count agrees (no gaps), dropped and read again when it does not.
    if (known && m_rowIds && m_work.ordersByRowId()
        && m_rowIds->second - m_rowIds->first + 1 == count.rows) {
        spec.from = From::At;
        spec.position = {m_work.sortOrder() == Qt::DescendingOrder ? m_rowIds->second - start
                                                                   : m_rowIds->first + start};
        *basis = count.state == RowCount::State::Exact ? -1 : count.rows;
        return spec;
    }

    // Otherwise the smallest OFFSET: from the start, the end, or a page read before.
    spec.from = From::Start;
    spec.skip = start;
    if (known && m_work.isOrdered()) {
        const qint64 fromEnd = count.rows - (start + spec.limit);
        if (fromEnd < spec.skip) {
            spec.from = From::End;
            spec.skip = fromEnd;
            *basis = count.state == RowCount::State::Exact ? -1 : count.rows;
        }
    }
    if (!m_work.hasKeyset())
        return spec;
    for (auto it = m_boundaries.cbegin(); it != m_boundaries.cend(); ++it) {
        const int other = it.key();
        if (other < page) {
            const qint64 skip = start - (qint64(other) + 1) * m_pageSize;
            if (skip < spec.skip) {
                spec.from = From::After;
                spec.position = it->last;
                spec.skip = skip;
                *basis = it->basis;
            }
        } else if (other > page) {
            const qint64 skip = qint64(other) * m_pageSize - (start + spec.limit);
            if (skip < spec.skip) {
                spec.from = From::Before;
                spec.position = it->first;
                spec.skip = skip;
                *basis = it->basis;
            }
        }
    }
    return spec;
}

void RowFetcher::fetchPage(quint64 generation, int page, const RowCount &count)
{
    const qint64 start = qint64(page) * m_pageSize;
    if (count.state != RowCount::State::Unknown && start >= count.rows) {
        emit pageFetched(generation, page, FetchedPage {{}, {}, -1, -1});
        return;
    }
    // Boundaries found against an estimate hold only while the model still uses it.
    for (auto it = m_boundaries.begin(); it != m_boundaries.end();) {
        if (it->basis >= 0 && count.state == RowCount::State::Exact && it->basis == count.rows)
            it->basis = -1;
        if (it->basis >= 0
            && (count.state != RowCount::State::Estimated || it->basis != count.rows))
            it = m_boundaries.erase(it);
        else
            ++it;
    }

    qint64 basis = -1;
    const TableQuery::PageSpec spec = plan(page, count, &basis);
    QString error;
    QSqlError cause;
    const std::optional<TableQuery::Page> result
        = m_work.fetch(m_connection->database(), spec, &error, &cause);
    if (!result) {
        if (!isInterruption(cause)) {
            emit failed(generation, page, error);
            return;
        }
        QMutexLocker lock(&m_mutex);
        // A cancel meant for an earlier query: read this page again.
        if (!m_interrupted && generation == m_generation && !m_pages.contains(page))
            m_pages.prepend(page);
        return;
    }

    FetchedPage fetched;
    fetched.rows = result->rows;
    if (m_work.hasKeyset()) {
        fetched.keys.reserve(result->rows.size());
        for (qsizetype i = 0; i < result->rows.size(); ++i)
            fetched.keys << m_work.rowKey(result->rows.at(i), result->positions.at(i));
    }
    fetched.basis = basis;
    using From = TableQuery::PageSpec::From;
    if (result->rows.size() < spec.limit) { // the table ended before the page did
        if (spec.from == From::End)
            fetched.exactCount = spec.skip + result->rows.size();
        else if (spec.from != From::Before && basis < 0)
            fetched.exactCount = start + result->rows.size();
    }
    // Only a whole page tells where the next one starts (a short one is the end of the table,
    // or, against an estimate, a sign that the estimate is wrong).
    if (result->rows.size() == spec.limit && spec.limit > 0 && m_work.hasKeyset()) {
        m_boundaries.insert(
            page, Boundary {result->positions.first(), result->positions.last(), basis});
        if (m_boundaries.size() > MaxPositions) {
            // Forget the farthest.
            int farthest = page;
            for (auto it = m_boundaries.cbegin(); it != m_boundaries.cend(); ++it) {
                if (std::abs(it.key() - page) > std::abs(farthest - page))
                    farthest = it.key();
            }
            m_boundaries.remove(farthest);
        }
    }
    emit pageFetched(generation, page, fetched);
}
