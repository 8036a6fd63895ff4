#pragma once

#include "schema/objectid.h"

#include <QLineEdit>
#include <QPointer>

class DesignEditor;
class DiagramView;

// Editing on the card itself: a line edit laid over a table's name, or over a column's row
// where the column is typed as "name TYPE" and constraints ("email VARCHAR(255) NOT NULL
// UNIQUE", see TypedColumn). Enter commits (one undo step; a text that is no column definition
// stays open with the reason), Escape cancels, Tab commits and goes on to the next column, creating one after the
// last, so a table's columns can be typed in one go. Alt+Up/Alt+Down move the column; clearing
// its text and pressing Enter deletes it.
class InlineEditor : public QObject
{
    Q_OBJECT

public:
    InlineEditor(DiagramView *view, DesignEditor *editor, QObject *parent = nullptr);

    void editTableName(ObjectId table);
    // `column` NoObject: a new column at the end.
    void editColumn(ObjectId table, ObjectId column);
    bool isEditing() const { return m_line != nullptr; }
    QLineEdit *lineEdit() const { return m_line; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void open(const QRectF &sceneRect, const QString &text);
    void commit(bool next);
    void close();

    DiagramView *m_view;
    DesignEditor *m_editor;
    QPointer<QLineEdit> m_line;
    ObjectId m_table = NoObject;
    ObjectId m_column = NoObject;
    bool m_editingName = false;
};
