#include "gridview.h"

#include "tablemodel.h"

#include <QComboBox>
#include <QEvent>
#include <QLineEdit>
#include <QHeaderView>
#include <QScrollBar>

#include <algorithm>
#include <climits>
#include <optional>

GridView::GridView(QWidget *parent)
    : QTableView(parent)
    , m_bar(new QScrollBar(Qt::Vertical, verticalScrollBar()->parentWidget()))
{
    setVerticalScrollMode(ScrollPerItem);
    // The view's own bar spans the window and keeps working (the wheel goes to it) under the
    // one the user sees, which spans the table: a sibling laid over it.
    m_bar->setObjectName(QStringLiteral("tableScrollBar"));
    verticalScrollBar()->installEventFilter(this);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &GridView::onViewScrolled);
    connect(verticalScrollBar(), &QScrollBar::rangeChanged, this, &GridView::updateBar);
    connect(m_bar, &QScrollBar::valueChanged, this, &GridView::onBarMoved);
}

bool GridView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == verticalScrollBar()
        && (event->type() == QEvent::Resize || event->type() == QEvent::Move
            || event->type() == QEvent::Show)) {
        m_bar->setGeometry(verticalScrollBar()->geometry());
        m_bar->raise();
    }
    return QTableView::eventFilter(watched, event);
}

void GridView::setModel(QAbstractItemModel *model)
{
    if (m_model)
        m_model->disconnect(this);
    QTableView::setModel(model);
    m_model = qobject_cast<TableModel *>(model);
    m_fitted = false;
    if (m_model) {
        fitColumnsToContents(0, -1); // the headers, until rows come
        // The first page that arrives (the first rows, or those around a row gone back to).
        connect(m_model, &TableModel::rowsLoaded, this, [this](int first, int last) {
            if (m_fitted)
                return;
            m_fitted = true;
            fitColumnsToContents(first, std::min(last, first + TableModel::PageSize - 1));
        });
        connect(m_model, &TableModel::windowChanged, this, &GridView::updateBar);
        connect(m_model, &QAbstractItemModel::rowsInserted, this, &GridView::updateBar);
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, &GridView::updateBar);
        connect(m_model, &QAbstractItemModel::modelReset, this, &GridView::updateBar);
    }
    updateBar();
}

qint64 GridView::firstVisibleTableRow() const
{
    const int row = rowAt(0);
    if (row < 0)
        return -1;
    return (m_model ? m_model->windowStart() : 0) + row;
}

int GridView::visibleRows() const
{
    return std::max(1, verticalScrollBar()->pageStep());
}

void GridView::updateBar()
{
    const QScrollBar *inner = verticalScrollBar();
    const qint64 start = m_model ? m_model->windowStart() : 0;
    const qint64 outside = m_model ? m_model->totalRowCount() - m_model->rowCount() : 0;
    const bool syncing = std::exchange(m_syncing, true);
    m_bar->setRange(0, int(std::min<qint64>(inner->maximum() + outside, INT_MAX)));
    m_bar->setPageStep(std::max(1, inner->pageStep()));
    m_bar->setSingleStep(inner->singleStep());
    m_bar->setValue(int(start + inner->value()));
    m_syncing = syncing;
}

void GridView::updateGeometries()
{
    QTableView::updateGeometries();
    updateBar(); // the view's bar has its range and page step now
}

void GridView::commitEditor()
{
    // A move may take the edited row out of the window, and Qt drops the editor of an index
    // that goes without committing it: what was typed is kept first.
    if (state() != EditingState)
        return;
    if (QWidget *editor = indexWidget(currentIndex())) {
        commitData(editor);
        closeEditor(editor, QAbstractItemDelegate::NoHint);
    }
}

void GridView::fitColumnsToContents(int firstRow, int lastRow)
{
    if (!model())
        return;
    const int maxWidth = fontMetrics().averageCharWidth() * MaxColumnCharacters;
    lastRow = std::min(lastRow, model()->rowCount() - 1);
    // A little room, so that the text does not touch the grid line.
    const int room = fontMetrics().averageCharWidth();
    for (int column = 0; column < model()->columnCount(); ++column) {
        int content = 0;
        for (int row = firstRow; row <= lastRow && content < maxWidth; ++row) {
            if (!m_model || m_model->isRowLoaded(row))
                content = std::max(content, sizeHintForIndex(model()->index(row, column)).width());
        }
        // The header is read whole; a long value is cut (the value panel shows it all).
        horizontalHeader()->resizeSection(column,
            std::max(horizontalHeader()->sectionSizeHint(column),
                std::min(content + room, maxWidth)));
    }
}

bool GridView::commitOpenEditor()
{
    if (state() != EditingState)
        return true;
    QWidget *editor = indexWidget(currentIndex());
    if (!editor)
        return true;
    auto *line = qobject_cast<QLineEdit *>(editor);
    if (auto *picker = qobject_cast<QComboBox *>(editor))
        line = picker->lineEdit();
    // The validator says why (CellDelegate::inputProblem) while the editor stays.
    if (line && !line->hasAcceptableInput())
        return false;
    commitData(editor);
    closeEditor(editor, QAbstractItemDelegate::NoHint);
    return true;
}

void GridView::keepAway(qint64 tableRow)
{
    if (!m_model || m_model->totalRowCount() <= m_model->rowCount())
        return;
    const int window = TableModel::windowRows();
    const int margin = window / 4;
    const qint64 start = m_model->windowStart();
    const qint64 top = tableRow - start;
    const qint64 bottom = top + visibleRows();
    const bool atStart = start == 0;
    const bool atEnd = start + m_model->rowCount() >= m_model->totalRowCount();
    const bool inside = top >= 0 && bottom <= m_model->rowCount();
    if (inside && (atStart || top >= margin) && (atEnd || bottom <= m_model->rowCount() - margin))
        return;
    const bool syncing = std::exchange(m_syncing, true);
    commitEditor();
    m_model->moveWindow(tableRow + visibleRows() / 2 - window / 2);
    verticalScrollBar()->setValue(int(tableRow - m_model->windowStart()));
    m_syncing = syncing;
}

void GridView::onViewScrolled()
{
    if (m_syncing)
        return;
    if (m_model)
        keepAway(m_model->windowStart() + verticalScrollBar()->value());
    updateBar();
}

void GridView::onBarMoved(int value)
{
    if (!m_syncing)
        scrollToTableRow(value);
}

void GridView::scrollToTableRow(qint64 tableRow)
{
    if (!m_model) {
        verticalScrollBar()->setValue(int(tableRow));
        return;
    }
    tableRow = std::clamp<qint64>(tableRow, 0, std::max<qint64>(0, m_model->totalRowCount() - 1));
    keepAway(tableRow);
    const bool syncing = std::exchange(m_syncing, true);
    verticalScrollBar()->setValue(int(tableRow - m_model->windowStart()));
    m_syncing = syncing;
    updateBar();
}

QModelIndex GridView::moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers)
{
    if (!m_model || m_model->totalRowCount() <= m_model->rowCount())
        return QTableView::moveCursor(action, modifiers);
    const QModelIndex current = currentIndex();
    const int column = current.isValid() ? current.column() : 0;
    const qint64 here
        = current.isValid() ? m_model->windowStart() + current.row() : firstVisibleTableRow();
    const bool control = modifiers & Qt::ControlModifier;
    std::optional<qint64> target;
    switch (action) {
    case MoveHome:
        if (control)
            target = 0;
        break;
    case MoveEnd:
        if (control)
            target = m_model->totalRowCount() - 1;
        break;
    case MovePageUp:
        target = here - visibleRows();
        break;
    case MovePageDown:
        target = here + visibleRows();
        break;
    case MoveUp:
        target = here - 1;
        break;
    case MoveDown:
        target = here + 1;
        break;
    default:
        break;
    }
    if (!target)
        return QTableView::moveCursor(action, modifiers);
    const qint64 row = std::clamp<qint64>(*target, 0, m_model->totalRowCount() - 1);
    // Room on both sides of the row, so that the view can scroll to it within the window.
    const int window = TableModel::windowRows();
    const int modelRow = m_model->modelRowOf(row);
    const bool atStart = m_model->windowStart() == 0;
    const bool atEnd = m_model->windowStart() + m_model->rowCount() >= m_model->totalRowCount();
    if (modelRow < 0 || (!atStart && modelRow < window / 4)
        || (!atEnd && modelRow > m_model->rowCount() - window / 4)) {
        commitEditor();
        m_model->moveWindow(row - window / 2);
    }
    return m_model->index(m_model->modelRowOf(row), column);
}
