#include "tablemodel.h"

#include "database/connection.h"
#include "database/sqllog.h"
#include "schema/table.h"
#include "values/cellinput.h"

#include <QBrush>
#include <QDateTime>
#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>
#include <QSqlQuery>
#include <QUndoCommand>
#include <QUndoStack>
#include <QtConcurrent>

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

// Soft tints that keep the text readable in light and dark palettes.
QColor tint(const QColor &color)
{
    QColor base = QGuiApplication::palette().color(QPalette::Base);
    const qreal amount = 0.28;
    return QColor::fromRgbF(base.redF() + (color.redF() - base.redF()) * amount,
        base.greenF() + (color.greenF() - base.greenF()) * amount,
        base.blueF() + (color.blueF() - base.blueF()) * amount);
}

int g_windowRows = 0; // set by tests

// One change to a table model's edits, as the states before and after it.
class EditCommand : public QUndoCommand
{
public:
    EditCommand(TableModel *model, const TableModel::EditState &before,
        const TableModel::EditState &after, const QString &text)
        : QUndoCommand(text)
        , m_model(model)
        , m_before(before)
        , m_after(after)
    {
    }

    void undo() override { m_model->restoreEdits(m_before); }
    void redo() override
    {
        if (m_done) // pushed after the change was made
            m_model->restoreEdits(m_after);
        m_done = true;
    }

private:
    TableModel *m_model;
    TableModel::EditState m_before;
    TableModel::EditState m_after;
    bool m_done = false;
};

} // namespace

int TableModel::windowRows()
{
    return g_windowRows > 0 ? g_windowRows : WindowRows;
}

void TableModel::setWindowRowsForTesting(int rows)
{
    g_windowRows = rows;
}

TableModel::TableModel(const DatabaseAddress &address, const Table &table, QObject *parent,
    TableQuery::Relation relation)
    : QAbstractTableModel(parent)
    , m_address(address)
    , m_table(table)
    , m_query(address.engine, table, relation)
    , m_edits(address.engine, table, m_query.keyColumns())
    , m_undoStack(new QUndoStack(this))
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
    // Rows found for the old query: found again for the new one.
    for (const auto &[key, row] : std::exchange(m_located, {}))
        locate(key);
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
    // Called between beginResetModel() and endResetModel() (or before any view).
    m_windowStart = 0;
    m_modelRows = int(std::min<qint64>(totalRowCount(), windowRows()));
}

int TableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_modelRows;
}

int TableModel::modelRowOf(qint64 tableRow) const
{
    const qint64 row = tableRow - m_windowStart;
    return row >= 0 && row < m_modelRows ? int(row) : -1;
}

int TableModel::fittingWindowStart(int start) const
{
    const qint64 last = std::max<qint64>(0, totalRowCount() - windowRows());
    return int(std::clamp<qint64>(start, 0, last));
}

void TableModel::moveWindow(qint64 firstTableRow)
{
    setWindow(fittingWindowStart(int(std::clamp<qint64>(firstTableRow, 0, INT_MAX))));
}

int TableModel::bringIntoWindow(qint64 tableRow)
{
    if (tableRow < 0 || tableRow >= totalRowCount())
        return -1;
    if (modelRowOf(tableRow) < 0)
        moveWindow(tableRow - windowRows() / 2);
    return modelRowOf(tableRow);
}

void TableModel::setWindow(int start)
{
    const int rows = int(std::min<qint64>(totalRowCount() - start, windowRows()));
    if (start == m_windowStart && rows == m_modelRows)
        return;
    // Rows the window loses go first and rows it gains come last, so that the layout change
    // in between keeps the number of rows.
    if (rows < m_modelRows) {
        beginRemoveRows({}, rows, m_modelRows - 1);
        m_modelRows = rows;
        endRemoveRows();
    }
    if (start != m_windowStart) {
        emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        const QModelIndexList from = persistentIndexList();
        QModelIndexList to;
        to.reserve(from.size());
        for (const QModelIndex &index : from) {
            const int row = m_windowStart + index.row() - start;
            to << (row >= 0 && row < m_modelRows ? createIndex(row, index.column())
                                                 : QModelIndex());
        }
        changePersistentIndexList(from, to);
        m_windowStart = start;
        emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    }
    if (rows > m_modelRows) {
        beginInsertRows({}, m_modelRows, rows - 1);
        m_modelRows = rows;
        endInsertRows();
    }
    emit windowChanged();
}

void TableModel::insertTableRows(int at, int count, const std::function<void()> &apply)
{
    const int position = at - m_windowStart;
    if (count <= 0 || position < 0 || position > m_modelRows
        || (position == m_modelRows && m_modelRows >= windowRows())) {
        // Before the window (which then moves along to show the same rows) or after it.
        apply();
        if (position < 0 && count > 0) {
            m_windowStart += count;
            if (m_modelRows > 0)
                emit headerDataChanged(Qt::Vertical, 0, m_modelRows - 1);
        }
        emit windowChanged();
        return;
    }
    const int inserted = std::min(count, windowRows() - position);
    const int excess = m_modelRows + inserted - windowRows();
    if (excess > 0) { // pushed out of the window's end
        beginRemoveRows({}, m_modelRows - excess, m_modelRows - 1);
        m_modelRows -= excess;
        endRemoveRows();
    }
    beginInsertRows({}, position, position + inserted - 1);
    apply();
    m_modelRows += inserted;
    endInsertRows();
    emit windowChanged();
}

void TableModel::removeTableRows(int at, int count, const std::function<void()> &apply)
{
    if (count <= 0)
        return;
    const int end = at + count;
    const int windowEnd = m_windowStart + m_modelRows;
    const int first = std::max(at, m_windowStart);
    const int last = std::min(end, windowEnd); // exclusive
    const int start = m_windowStart < at ? m_windowStart
        : m_windowStart < end            ? at
                                         : m_windowStart - count;
    const bool moved = start != m_windowStart;
    if (first < last) {
        beginRemoveRows({}, first - m_windowStart, last - m_windowStart - 1);
        apply();
        m_windowStart = start;
        m_modelRows -= last - first;
        endRemoveRows();
    } else {
        apply();
        m_windowStart = start;
    }
    // Fill the window again from the rows after it, or before it at the end.
    setWindow(fittingWindowStart(m_windowStart));
    if (moved && m_modelRows > 0)
        emit headerDataChanged(Qt::Vertical, 0, m_modelRows - 1);
    emit windowChanged();
}

int TableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_query.columnCount();
}

Qt::ItemFlags TableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    const int row = m_windowStart + index.row();
    if (m_edits.canEdit()
        && (isNewAt(row) || (cachedRow(row) && rowStateAt(row) != RowState::Removed)))
        flags |= Qt::ItemIsEditable;
    return flags;
}

const QVariantList *TableModel::cachedRow(int row, const QVariantList **key) const
{
    if (row < 0 || row >= m_rows)
        return nullptr;
    const auto it = m_pages.constFind(row / PageSize);
    if (it == m_pages.cend() || row % PageSize >= it->rows.size())
        return nullptr;
    if (key)
        *key = row % PageSize < it->keys.size() ? &it->keys.at(row % PageSize) : nullptr;
    return &it->rows.at(row % PageSize);
}

std::optional<QVariant> TableModel::cellValue(
    int row, int column, bool *changed, bool *isDefault) const
{
    *changed = false;
    *isDefault = false;
    if (isNewAt(row)) {
        *changed = true;
        const std::optional<QVariant> value = m_edits.newValue(m_newRows.at(row - m_rows), column);
        *isDefault = !value.has_value();
        return value.value_or(QVariant());
    }
    const QVariantList *key = nullptr;
    const QVariantList *values = cachedRow(row, &key);
    if (!values)
        return std::nullopt;
    if (key && !m_edits.isEmpty()) {
        if (const std::optional<QVariant> edited = m_edits.value(*key, column)) {
            *changed = true;
            return edited;
        }
    }
    return values->at(column);
}

TableModel::RowState TableModel::rowState(int row) const
{
    return isModelRow(row) ? rowStateAt(m_windowStart + row) : RowState::Saved;
}

TableModel::RowState TableModel::rowStateAt(int row) const
{
    if (isNewAt(row))
        return RowState::New;
    const QVariantList *key = nullptr;
    if (m_edits.isEmpty() || !cachedRow(row, &key) || !key)
        return RowState::Saved;
    if (m_edits.isRemoved(*key))
        return RowState::Removed;
    return m_edits.isChanged(*key) ? RowState::Changed : RowState::Saved;
}

QVariantList TableModel::rowKey(int row) const
{
    const QVariantList *key = nullptr;
    return isModelRow(row) && cachedRow(m_windowStart + row, &key) && key ? *key : QVariantList();
}

QVariantList TableModel::rowValues(int row) const
{
    QVariantList values;
    if (!isModelRow(row))
        return values;
    row += m_windowStart;
    if (!isNewAt(row) && !cachedRow(row))
        return values;
    for (int c = 0; c < columnCount(); ++c) {
        bool changed = false, isDefault = false;
        values << cellValue(row, c, &changed, &isDefault).value_or(QVariant());
    }
    return values;
}

std::optional<QVariant> TableModel::parseInput(
    int column, const QString &text, QString *error) const
{
    if (column < 0 || column >= columnCount())
        return std::nullopt;
    const LogicalType &type = m_query.columnTypes().at(column);
    const Column &c = m_table.columns.at(column);
    if (text.isEmpty() && !type.isText()) {
        if (!c.nullable) {
            *error = tr("“%1” needs a value: it is NOT NULL.").arg(c.name);
            return std::nullopt;
        }
        return QVariant();
    }
    return CellInput::parse(text, type, error);
}

QString TableModel::editText(const QModelIndex &index) const
{
    bool changed = false, isDefault = false;
    if (!isModelRow(index.row()))
        return {};
    const std::optional<QVariant> value
        = cellValue(m_windowStart + index.row(), index.column(), &changed, &isDefault);
    if (!value || value->isNull())
        return {};
    return CellInput::format(*value, m_query.columnTypes().at(index.column()));
}

bool TableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || !(flags(index) & Qt::ItemIsEditable))
        return false;
    QVariant typed = value;
    if (role == Qt::EditRole) {
        QString error;
        const std::optional<QVariant> parsed = parseInput(index.column(), value.toString(), &error);
        if (!parsed) {
            emit editRejected(error);
            return false;
        }
        typed = *parsed;
    } else if (role != ValueRole) {
        return false;
    } else if (typed.isNull() && !m_table.columns.at(index.column()).nullable) {
        emit editRejected(
            tr("“%1” needs a value: it is NOT NULL.").arg(m_table.columns.at(index.column()).name));
        return false;
    }
    const int row = m_windowStart + index.row();
    const EditState before = editState();
    if (isNewAt(row)) {
        m_edits.setNewValue(m_newRows.at(row - m_rows), index.column(), typed);
    } else {
        const QVariantList key = rowKey(index.row());
        if (key.isEmpty())
            return false;
        const QVariantList *values = cachedRow(row);
        // Typing the value it had back drops the edit.
        if (values && values->at(index.column()) == typed
            && values->at(index.column()).isNull() == typed.isNull()) {
            if (!m_edits.value(key, index.column()))
                return true;
            m_edits.clearValue(key, index.column());
        } else {
            m_edits.setValue(key, index.column(), typed);
        }
    }
    record(before, tr("Edit %1").arg(m_table.columns.at(index.column()).name));
    emitRowChanged(index.row());
    emit editsChanged();
    return true;
}

void TableModel::record(const EditState &before, const QString &text)
{
    m_undoStack->push(new EditCommand(this, before, editState(), text));
}

void TableModel::restoreEdits(const EditState &state)
{
    const int had = int(m_newRows.size());
    const int has = int(state.newRows.size());
    const auto apply = [this, &state] {
        m_edits = state.edits;
        m_newRows = state.newRows;
    };
    if (has < had)
        removeTableRows(m_rows + has, had - has, apply);
    else if (has > had)
        insertTableRows(m_rows + had, has - had, apply);
    else
        apply();
    if (m_modelRows > 0) {
        emit dataChanged(index(0, 0), index(m_modelRows - 1, columnCount() - 1));
        emit headerDataChanged(Qt::Vertical, 0, m_modelRows - 1);
    }
    emit editsChanged();
}

void TableModel::emitRowChanged(int row)
{
    emit dataChanged(index(row, 0), index(row, columnCount() - 1));
    emit headerDataChanged(Qt::Vertical, row, row);
}

void TableModel::emitTableRowsChanged(int first, int last)
{
    first = std::max(first - m_windowStart, 0);
    last = std::min(last - m_windowStart, m_modelRows - 1);
    if (first <= last)
        emit dataChanged(index(first, 0), index(last, columnCount() - 1));
}

int TableModel::addRow()
{
    const int row = int(totalRowCount());
    const EditState before = editState();
    insertTableRows(row, 1, [this] { m_newRows << m_edits.addRow(); });
    record(before, tr("Add Row"));
    const int modelRow = bringIntoWindow(row);
    emit editsChanged();
    return modelRow;
}

QList<int> TableModel::tableRowsOf(const QList<int> &rows) const
{
    // By table row, from the last: dropping a new row may move the window.
    QList<int> tableRows;
    for (int row : rows) {
        if (isModelRow(row))
            tableRows << m_windowStart + row;
    }
    std::sort(tableRows.begin(), tableRows.end(), std::greater<int>());
    tableRows.erase(std::unique(tableRows.begin(), tableRows.end()), tableRows.end());
    return tableRows;
}

void TableModel::dropNewRow(int tableRow)
{
    removeTableRows(tableRow, 1,
        [this, tableRow] { m_edits.removeNewRow(m_newRows.takeAt(tableRow - m_rows)); });
}

void TableModel::removeRows(QList<int> rows)
{
    const QList<int> tableRows = tableRowsOf(rows);
    bool any = false;
    const EditState before = editState();
    for (int row : std::as_const(tableRows)) {
        if (isNewAt(row)) {
            dropNewRow(row);
            any = true;
        } else if (const QVariantList key = rowKey(modelRowOf(row)); !key.isEmpty()) {
            m_edits.remove(key);
            emitRowChanged(modelRowOf(row));
            any = true;
        }
    }
    if (any) {
        record(before, tr("Delete %n Row(s)", nullptr, int(tableRows.size())));
        emit editsChanged();
    }
}

void TableModel::revertRows(QList<int> rows)
{
    const QList<int> tableRows = tableRowsOf(rows);
    const EditState before = editState();
    for (int row : std::as_const(tableRows)) {
        if (isNewAt(row)) {
            dropNewRow(row);
        } else if (const QVariantList key = rowKey(modelRowOf(row)); !key.isEmpty()) {
            m_edits.revertRow(key);
            emitRowChanged(modelRowOf(row));
        }
    }
    if (!tableRows.isEmpty())
        record(before, tr("Revert %n Row(s)", nullptr, int(tableRows.size())));
    emit editsChanged();
}

void TableModel::revertAll()
{
    if (m_edits.isEmpty())
        return;
    const EditState before = editState();
    if (!m_newRows.isEmpty()) {
        removeTableRows(m_rows, int(m_newRows.size()), [this] {
            m_newRows.clear();
            m_edits.clear();
        });
    }
    m_edits.clear();
    if (m_modelRows > 0) {
        emit dataChanged(index(0, 0), index(m_modelRows - 1, columnCount() - 1));
        emit headerDataChanged(Qt::Vertical, 0, m_modelRows - 1);
    }
    record(before, tr("Revert All"));
    emit editsChanged();
}

bool TableModel::save(const QSqlDatabase &db, QString *error)
{
    if (m_edits.isEmpty())
        return true;
    if (!m_edits.apply(db, error))
        return false;
    const QList<QVariantList> keys = m_edits.insertedKeys();
    m_savedNewKeys = keys;
    m_undoStack->clear(); // what is in the database is not undone here
    beginResetModel();
    m_newRows.clear();
    m_edits.clear();
    restart(true);
    endResetModel();
    emit editsChanged();
    emit saved(keys);
    return true;
}

void TableModel::locate(const QVariantList &key)
{
    const quint64 generation = m_generation;
    auto *watcher = new QFutureWatcher<qint64>(this);
    connect(watcher, &QFutureWatcher<qint64>::finished, this, [this, watcher, generation, key] {
        watcher->deleteLater();
        const qint64 row = watcher->result();
        if (generation != m_generation)
            return locate(key); // the rows changed meanwhile: look again
        if (row >= m_rows && row < INT_MAX && m_state != RowCount::State::Exact) {
            m_located.append({key, row}); // told once the model has that many rows
            return;
        }
        emit located(key, row >= 0 && row < m_rows ? bringIntoWindow(row) : -1);
    });
    watcher->setFuture(QtConcurrent::run([address = m_address, query = m_query, key]() -> qint64 {
        Connection connection;
        QString error;
        if (!connection.open(address, Connection::Mode::OpenExisting, &error))
            return -1;
        QSqlQuery setup(connection.database());
        for (const QString &statement : TableQuery::browsingSetup(address.engine))
            Sql::exec(setup, statement);
        return query.rowNumber(connection.database(), key, &error).value_or(-1);
    }));
}

bool TableModel::isRowLoaded(int row) const
{
    return isModelRow(row) && cachedRow(m_windowStart + row);
}

QVariant TableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = m_windowStart + index.row();
    const int page = row / PageSize;
    const int offset = row % PageSize;
    const auto it = m_pages.find(page);
    if (!isNewAt(row) && (it == m_pages.end() || offset >= it->rows.size())) {
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
    if (it != m_pages.end())
        it->used = ++m_clock;
    if (m_pendingEstimate > 0 && !m_estimateAfterPaint) {
        m_estimateAfterPaint = true;
        m_estimateTimer.start(0);
    }
    bool changed = false, isDefault = false;
    const QVariant value
        = cellValue(row, index.column(), &changed, &isDefault).value_or(QVariant());
    const RowState state = rowStateAt(row);
    switch (role) {
    case Qt::DisplayRole:
        if (isDefault)
            return tr("DEFAULT");
        return displayText(value, index.column());
    case Qt::EditRole:
        return editText(index);
    case IsChangedRole:
        return changed;
    case RowStateRole:
        return int(state);
    case IsDefaultRole:
        return isDefault;
    case Qt::BackgroundRole:
        switch (state) {
        case RowState::New:
            return QBrush(tint(QColor(0x2e, 0xa0, 0x43)));
        case RowState::Removed:
            return QBrush(tint(QColor(0xd7, 0x3a, 0x49)));
        case RowState::Changed:
            return changed ? QBrush(tint(QColor(0xf2, 0xa9, 0x00))) : QVariant();
        case RowState::Saved:
            return {};
        }
        return {};
    case Qt::ToolTipRole:
        return toolTip(value, index.column());
    case ValueRole:
        return value;
    case IsNullRole:
        return value.isNull();
    case IsLoadedRole:
        return true;
    case Qt::FontRole: {
        const bool removed = state == RowState::Removed;
        if (value.isNull() || removed || changed) {
            QFont font;
            font.setItalic(value.isNull() || isDefault);
            font.setStrikeOut(removed);
            font.setBold(changed && state != RowState::New);
            return font;
        }
        return {};
    }
    case Qt::ForegroundRole:
        if (value.isNull() || isDefault)
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
    if (orientation == Qt::Vertical) {
        // The table's row numbers, wherever the window is.
        const qint64 row = qint64(m_windowStart) + section;
        if (role == Qt::ToolTipRole) {
            switch (rowState(section)) {
            case RowState::New:
                return tr("New row, not saved yet");
            case RowState::Changed:
                return tr("Changed, not saved yet");
            case RowState::Removed:
                return tr("To be deleted when saved");
            case RowState::Saved:
                return {};
            }
        }
        if (role != Qt::DisplayRole)
            return {};
        switch (rowState(section)) {
        case RowState::New:
            return QStringLiteral("+");
        case RowState::Changed:
            return QString(QString::number(row + 1) + QStringLiteral(" ✎"));
        case RowState::Removed:
            return QString(QString::number(row + 1) + QStringLiteral(" ✕"));
        case RowState::Saved:
            break;
        }
        return QString::number(row + 1);
    }
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

void TableModel::setFilters(
    const QList<RowFilter> &filters, const QString &where, const BoundStatement &scope)
{
    beginResetModel();
    m_query.setFilters(filters);
    m_query.setWhere(where);
    m_query.setScope(scope);
    restart(true);
    endResetModel();
}

void TableModel::reload()
{
    beginResetModel();
    restart(true);
    endResetModel();
}

bool TableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_state == RowCount::State::Unknown && m_rows > 0
        && m_windowStart + m_modelRows >= totalRowCount()
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
    const int n = int(std::clamp<qint64>(rows, 0, INT_MAX - m_newRows.size()));
    if (n > m_rows) {
        insertTableRows(m_rows, n - m_rows, [this, n] { m_rows = n; });
        const QList<std::pair<QVariantList, qint64>> waiting = std::exchange(m_located, {});
        for (const auto &[key, row] : waiting) {
            if (row < m_rows)
                emit located(key, bringIntoWindow(row));
            else
                m_located.append({key, row});
        }
    } else if (n < m_rows) {
        removeTableRows(n, m_rows - n, [this, n] { m_rows = n; });
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
    for (const auto &[key, row] : std::exchange(m_located, {}))
        emit located(key, row < m_rows ? bringIntoWindow(row) : -1);
    for (int page : std::as_const(misplaced)) {
        const int first = page * PageSize;
        emitTableRowsChanged(first, std::min(first + PageSize, m_rows) - 1);
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
    m_pages.insert(page, CachedPage {fetched.rows, fetched.keys, basis, ++m_clock});
    m_failedPages.remove(page);
    if (m_state == RowCount::State::Unknown)
        setRows(std::max<qint64>(m_rows, first + fetched.rows.size()));

    const int last = int(std::min<qint64>(first + fetched.rows.size(), m_rows)) - 1;
    const int firstShown = std::max(int(first) - m_windowStart, 0);
    const int lastShown = std::min(last - m_windowStart, m_modelRows - 1);
    if (firstShown <= lastShown) {
        emit dataChanged(index(firstShown, 0), index(lastShown, columnCount() - 1));
        emit rowsLoaded(firstShown, lastShown);
    }
}

void TableModel::onFailed(const QString &message)
{
    if (message == m_error)
        return;
    m_error = message;
    emit errorOccurred(message);
}
