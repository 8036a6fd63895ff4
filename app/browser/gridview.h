#pragma once

#include <QTableView>

class QScrollBar;
class TableModel;

// The data browser's grid. A TableModel shows a view a window of a big table's rows; this
// view's scroll bar spans the whole table, and it slides the model's window as the user
// scrolls, pages or jumps (Ctrl+End, Ctrl+Home) near its edges, keeping the same rows on
// screen. Rows scroll one at a time (ScrollPerItem). A model's columns are sized to their
// header and the text of its first rows when they arrive (at most MaxColumnCharacters wide);
// after that they keep the width the user gives them, through sorting and filtering.
class GridView : public QTableView
{
    Q_OBJECT

public:
    static constexpr int MaxColumnCharacters = 40;

    explicit GridView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    // The scroll bar the user sees: its value is the table row at the top.
    QScrollBar *tableScrollBar() const { return m_bar; }
    // The table row at the top of the viewport (-1 without rows).
    qint64 firstVisibleTableRow() const;
    // Scrolls so that `tableRow` is at the top, moving the window if it must.
    void scrollToTableRow(qint64 tableRow);
    // A cell editor is open.
    bool isEditing() const { return state() == EditingState; }
    // Commits the open cell editor's text into the model and closes it, as leaving the cell
    // does (a Save must not lose what was typed). False, with the editor left open, when its
    // text does not fit the column; true when there was none.
    bool commitOpenEditor();
    // Sizes each column to its header and the loaded rows among these model rows, bounded.
    void fitColumnsToContents(int firstRow, int lastRow);

protected:
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override;
    void updateGeometries() override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    int visibleRows() const;
    void onViewScrolled();
    void onBarMoved(int value);
    void updateBar();
    // Commits and closes an open editor (before the window moves).
    void commitEditor();
    // Moves the window when `tableRow` at the top would come near its edges.
    void keepAway(qint64 tableRow);

    TableModel *m_model = nullptr;
    QScrollBar *m_bar = nullptr;
    bool m_syncing = false;
    bool m_fitted = false; // the columns were sized to the model's first rows
};
