#pragma once

#include "schema/objectid.h"

#include <QWidget>

class ColumnsModel;
class DesignEditor;
class QPushButton;
class QTableView;

// The columns of a table, edited in place: a table of name, type, size, not null, default,
// auto increment, primary key and comment, with buttons (and Insert/Delete keys) to add,
// delete and move columns. Every edit goes through the DesignEditor.
class ColumnsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ColumnsEditor(DesignEditor *editor, QWidget *parent = nullptr);

    void setTable(ObjectId table);
    ObjectId table() const;
    // Follows the document, keeping the current row.
    void refresh();

    QTableView *view() const { return m_view; }
    ColumnsModel *model() const { return m_model; }
    ObjectId currentColumn() const;
    void setCurrentColumn(ObjectId column);

    void addColumn();
    void deleteColumn();
    void moveColumn(int delta);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showContextMenu(const QPoint &position);
    void setCurrentDefault(bool null);
    void updateButtons();

    DesignEditor *m_editor;
    ColumnsModel *m_model;
    QTableView *m_view;
    QPushButton *m_add;
    QPushButton *m_delete;
    QPushButton *m_up;
    QPushButton *m_down;
};
