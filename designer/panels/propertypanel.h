#pragma once

#include "schema/objectid.h"

#include <QWidget>

class ColumnsEditor;
class DesignEditor;
class ForeignKeyEditor;
class InheritanceEditor;
class KeysEditor;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTreeWidget;
struct DocumentChange;

// The properties of the object selected in the designer: a table (name, comment, columns,
// keys, foreign keys, inheritance), a foreign key, a note or an area. Every change is one
// DesignEditor call, hence one undo step; the panel follows the document, keeping the user's
// place, and clears itself when its object is deleted.
class PropertyPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PropertyPanel(DesignEditor *editor, QWidget *parent = nullptr);
    ~PropertyPanel() override;

    // A table, a foreign key, a note or an area; anything else (NoObject) shows a hint.
    void setCurrent(ObjectId id);
    ObjectId current() const { return m_current; }
    // Shows the column's table with the column's row current.
    void setCurrentColumn(ObjectId column);

    ColumnsEditor *columnsEditor() const { return m_columns; }
    KeysEditor *keysEditor() const { return m_keys; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Kind { None, Table, ForeignKey, Note, Area };

    QWidget *createTablePage();
    QWidget *createForeignKeyPage();
    QWidget *createNotePage();
    QWidget *createAreaPage();
    Kind kindOf(ObjectId id) const;
    void documentChanged(const DocumentChange &change);
    void refresh();
    void refreshTable();
    void refreshForeignKeys();
    void refreshNote();
    void refreshArea();
    // Commits what is being typed before the panel switches to another object.
    void commitPending();
    void commitTableName();
    void commitTableComment();
    void commitNote();
    void commitAreaTitle();
    void chooseAreaColor();
    void setAreaColor(const QString &color);

    DesignEditor *m_editor;
    ObjectId m_current = NoObject;
    Kind m_kind = Kind::None;

    QLabel *m_title;
    QStackedWidget *m_pages;
    QLabel *m_hint;
    QWidget *m_tablePage;
    QLineEdit *m_tableName;
    QLineEdit *m_tableComment;
    ColumnsEditor *m_columns;
    KeysEditor *m_keys;
    QTreeWidget *m_foreignKeys;
    ForeignKeyEditor *m_tableForeignKey;
    InheritanceEditor *m_inheritance;
    QWidget *m_foreignKeyPage;
    ForeignKeyEditor *m_foreignKey;
    QWidget *m_notePage;
    QPlainTextEdit *m_noteText;
    QWidget *m_areaPage;
    QLineEdit *m_areaTitle;
    QPushButton *m_areaColor;
    QPushButton *m_areaDefaultColor;
};
