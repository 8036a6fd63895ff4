#include "tablemodel.h"

#include "schema/table.h"

#include <QBrush>
#include <QDateTime>
#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

#include <algorithm>
#include <climits>
#include <utility>

namespace {

// At most `length` characters, then an ellipsis; a surrogate pair is not split.
QString shortened(const QString &text, int length)
{
    if (text.size() <= length)
        return text;
    qsizetype n = length;
    if (text.at(n - 1).isHighSurrogate())
        --n;
    return text.left(n) + u'…';
}

} // namespace

TableModel::TableModel(const DatabaseAddress &address, const Table &table, QObject *parent)
    : QAbstractTableModel(parent)
    , m_query(address.engine, table)
{
    for (const Column &c : table.columns)
        m_datatypes << c.datatype;
    // Pages asked for while the view paints go out together once it is done.
    m_requestTimer.setSingleShot(true);
    m_requestTimer.setInterval(0);
    connect(&m_requestTimer, &QTimer::timeout, this, &TableModel::sendRequests);
    m_estimateTimer.setSingleShot(true);
    connect(&m_estimateTimer, &QTimer::timeout, this, &TableModel::applyEstimate);

    m_fetcher = RowFetcher::start(address, PageSize);
    m_counter = RowFetcher::start(address, PageSize);
    connect(m_fetcher, &RowFetcher::estimated, this, &TableModel::onEstimated);
    connect(m_fetcher, &RowFetcher::pageFetched, this, &TableModel::onPageFetched);
    connect(m_fetcher, &RowFetcher::failed, this,
        [this](quint64 generation, int page, const QString &message) {
            if (generation != m_generation)
                return;
            if (page >= 0)
                m_failedPages.insert(page); // not asked for again until the query changes
            onFailed(message);
        });
    connect(m_counter, &RowFetcher::counted, this, &TableModel::onCounted);
    connect(m_counter, &RowFetcher::failed, this,
        [this](quint64 generation, int, const QString &message) {
            if (generation == m_filterGeneration)
                onFailed(message);
        });
    restart(true);
}

TableModel::~TableModel()
{
    m_fetcher->disconnect(this);
    m_counter->disconnect(this);
    m_fetcher->stop();
    m_counter->stop();
}

void TableModel::restart(bool filtersChanged)
{
    ++m_generation;
    m_pages.clear();
    m_requested.clear();
    m_failedPages.clear();
    m_error.clear();
    m_estimateTimer.stop();
    m_pendingEstimate = -1;
    m_fetcher->setQuery(m_generation, m_query);
    if (filtersChanged) {
        m_rows = 0;
        m_state = RowCount::State::Unknown;
        m_estimateSince = m_generation;
        ++m_filterGeneration;
        m_counter->setQuery(m_filterGeneration, m_query);
        m_counter->requestCount(m_filterGeneration);
    }
    if (m_state == RowCount::State::Unknown)
        m_fetcher->requestEstimate(m_generation);
    // The first page is wanted whatever the view shows; without an estimate it is what
    // makes the first rows appear.
    m_fetcher->requestPages(m_generation, rowCountInfo(), {0});
}

int TableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int TableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_query.columnCount();
}

Qt::ItemFlags TableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

bool TableModel::isRowLoaded(int row) const
{
    const auto it = m_pages.constFind(row / PageSize);
    return row >= 0 && row < m_rows && it != m_pages.cend() && row % PageSize < it->rows.size();
}

QVariant TableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int page = index.row() / PageSize;
    const int offset = index.row() % PageSize;
    const auto it = m_pages.find(page);
    if (it == m_pages.end() || offset >= it->rows.size()) {
        if (it == m_pages.end())
            request(page);
        switch (role) {
        case Qt::DisplayRole:
            return QStringLiteral("…");
        case IsLoadedRole:
            return false;
        case Qt::ForegroundRole:
            return QBrush(QGuiApplication::palette().color(QPalette::PlaceholderText));
        default:
            return {};
        }
    }
    it->used = ++m_clock;
    if (m_pendingEstimate > 0 && !m_estimateAfterPaint) {
        m_estimateAfterPaint = true;
        m_estimateTimer.start(0);
    }
    const QVariant &value = it->rows.at(offset).at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(value, index.column());
    case Qt::ToolTipRole:
        return toolTip(value, index.column());
    case ValueRole:
        return value;
    case IsNullRole:
        return value.isNull();
    case IsLoadedRole:
        return true;
    case Qt::FontRole:
        if (value.isNull()) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (value.isNull())
            return QBrush(QGuiApplication::palette().color(QPalette::PlaceholderText));
        return {};
    case Qt::TextAlignmentRole: {
        const LogicalType &type = m_query.columnTypes().at(index.column());
        if (type.isNumeric() && type.kind != LogicalType::Kind::Boolean && !value.isNull())
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    default:
        return {};
    }
}

QString TableModel::displayText(const QVariant &value, int column) const
{
    Q_UNUSED(column);
    if (value.isNull())
        return tr("NULL");
    switch (value.typeId()) {
    case QMetaType::QByteArray:
        return tr("BLOB %1").arg(
            QLocale().formattedDataSize(value.toByteArray().size(), 1, QLocale::DataSizeIecFormat));
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QMetaType::Double:
    case QMetaType::Float:
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QMetaType::QDateTime: {
        const QDateTime dt = value.toDateTime();
        return dt.toString(dt.time().msec() ? Qt::ISODateWithMs : Qt::ISODate).replace(u'T', u' ');
    }
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    case QMetaType::QTime: {
        const QTime t = value.toTime();
        return t.toString(t.msec() ? Qt::ISODateWithMs : Qt::ISODate);
    }
    default:
        break;
    }
    // One line in the cell; the tooltip and ValueRole have the text as it is.
    QString text = shortened(value.toString(), DisplayLength);
    for (QChar &c : text) {
        if (c == u'\n' || c == u'\r' || c == u'\t')
            c = u' ';
    }
    return text;
}

QString TableModel::toolTip(const QVariant &value, int column) const
{
    if (value.isNull())
        return {};
    if (value.typeId() == QMetaType::QByteArray)
        return tr("BLOB of %1 bytes").arg(QLocale().toString(value.toByteArray().size()));
    if (value.typeId() == QMetaType::QString)
        return shortened(value.toString(), ToolTipLength);
    return displayText(value, column);
}

QVariant TableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(QString::number(qint64(section) + 1))
                                       : QVariant();
    if (section < 0 || section >= columnCount())
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return m_query.columnNames().at(section);
    case Qt::ToolTipRole:
        return m_datatypes.value(section);
    default:
        return {};
    }
}

void TableModel::sort(int column, Qt::SortOrder order)
{
    TableQuery sorted = m_query;
    sorted.setSort(column, order);
    if (sorted.sortColumn() == m_query.sortColumn() && sorted.sortOrder() == m_query.sortOrder())
        return;
    beginResetModel();
    m_query = sorted;
    restart(false);
    endResetModel();
}

void TableModel::setFilters(const QList<RowFilter> &filters, const QString &where)
{
    beginResetModel();
    m_query.setFilters(filters);
    m_query.setWhere(where);
    restart(true);
    endResetModel();
}

bool TableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_state == RowCount::State::Unknown && m_rows > 0
        && !m_failedPages.contains(m_rows / PageSize);
}

void TableModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        request(m_rows / PageSize);
}

void TableModel::request(int page) const
{
    if (page < 0 || m_failedPages.contains(page) || m_requested.contains(page))
        return;
    m_requested << page;
    if (!m_requestTimer.isActive())
        m_requestTimer.start();
}

void TableModel::sendRequests()
{
    QList<int> pages;
    for (int page : std::as_const(m_requested)) {
        if (!m_pages.contains(page))
            pages << page;
    }
    m_requested.clear();
    if (pages.isEmpty())
        return;
    std::sort(pages.begin(), pages.end());
    // A view shows a page or two: the ones next to them are likely next.
    if (pages.size() <= 4) {
        const int next = pages.last() + 1;
        const int previous = pages.first() - 1;
        if (qint64(next) * PageSize < m_rows && !m_pages.contains(next)
            && !m_failedPages.contains(next))
            pages << next;
        if (previous >= 0 && !m_pages.contains(previous) && !m_failedPages.contains(previous))
            pages << previous;
    }
    m_fetcher->requestPages(m_generation, rowCountInfo(), pages);
}

void TableModel::setRows(qint64 rows)
{
    const int n = int(std::clamp<qint64>(rows, 0, INT_MAX));
    if (n > m_rows) {
        beginInsertRows({}, m_rows, n - 1);
        m_rows = n;
        endInsertRows();
    } else if (n < m_rows) {
        beginRemoveRows({}, n, m_rows - 1);
        m_rows = n;
        endRemoveRows();
    }
}

void TableModel::applyExactCount(qint64 rows)
{
    m_estimateTimer.stop();
    m_pendingEstimate = -1;
    if (m_state == RowCount::State::Exact && rows == m_rows)
        return;
    // Pages read back from the end of an estimated table were placed against the estimate.
    QList<int> misplaced;
    for (auto it = m_pages.begin(); it != m_pages.end();) {
        const bool beyond = qint64(it.key()) * PageSize + it->rows.size() > rows;
        if (it->basis >= 0 && it->basis == rows)
            it->basis = -1;
        if (it->basis >= 0 || beyond) {
            misplaced << it.key();
            it = m_pages.erase(it);
        } else {
            ++it;
        }
    }
    m_state = RowCount::State::Exact;
    setRows(rows);
    for (int page : std::as_const(misplaced)) {
        const int first = page * PageSize;
        const int last = std::min(first + PageSize, m_rows) - 1;
        if (first <= last)
            emit dataChanged(index(first, 0), index(last, columnCount() - 1));
    }
    emit rowCountKnown(rows);
}

void TableModel::onEstimated(quint64 generation, qint64 rows)
{
    if (generation < m_estimateSince || m_state != RowCount::State::Unknown || rows <= 0)
        return;
    m_pendingEstimate = rows;
    // Once a view has drawn rows (data() then starts a zero timer, which runs after the
    // paint), or soon anyway: the first page may be slow (a sort) or nothing may draw.
    m_estimateAfterPaint = false;
    m_estimateTimer.start(50);
}

void TableModel::applyEstimate()
{
    const qint64 rows = std::exchange(m_pendingEstimate, -1);
    if (m_state != RowCount::State::Unknown || rows <= 0 || rows < m_rows)
        return;
    m_state = RowCount::State::Estimated;
    setRows(rows);
}

void TableModel::onCounted(quint64 generation, qint64 rows)
{
    if (generation == m_filterGeneration)
        applyExactCount(rows);
}

void TableModel::onPageFetched(quint64 generation, int page, const FetchedPage &fetched)
{
    if (generation != m_generation)
        return;
    if (fetched.exactCount >= 0)
        applyExactCount(fetched.exactCount);
    qint64 basis = fetched.basis;
    if (basis >= 0) {
        if (m_state == RowCount::State::Exact && basis == m_rows)
            basis = -1;
        else if (m_state != RowCount::State::Estimated || basis != m_rows)
            return; // placed against an estimate the model no longer uses
    }
    const qint64 first = qint64(page) * PageSize;
    if (fetched.rows.isEmpty() || (m_state != RowCount::State::Unknown && first >= m_rows))
        return;

    if (!m_pages.contains(page) && m_pages.size() >= MaxCachedPages) {
        auto oldest = m_pages.begin();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
            if (it->used < oldest->used)
                oldest = it;
        }
        m_pages.erase(oldest);
    }
    m_pages.insert(page, CachedPage {fetched.rows, basis, ++m_clock});
    m_failedPages.remove(page);
    if (m_state == RowCount::State::Unknown)
        setRows(std::max<qint64>(m_rows, first + fetched.rows.size()));

    const int last = int(std::min<qint64>(first + fetched.rows.size(), m_rows)) - 1;
    if (last >= first) {
        emit dataChanged(index(int(first), 0), index(last, columnCount() - 1));
        emit rowsLoaded(int(first), last);
    }
}

void TableModel::onFailed(const QString &message)
{
    if (message == m_error)
        return;
    m_error = message;
    emit errorOccurred(message);
}
