#pragma once

#include "schema/key.h"

#include <QWidget>

class DesignEditor;
class QComboBox;
class QLineEdit;
class QListWidget;
class QPushButton;
class QToolButton;
class QTreeWidget;
struct Table;

// The keys of a table: a list of its keys (type, name, columns) and a form for the selected
// key, or for a new one, with the type, an optional name and the key's columns in order
// (checked, and moved up or down for composite keys). Saving the form is one setKeys() step.
class KeysEditor : public QWidget
{
    Q_OBJECT

public:
    explicit KeysEditor(DesignEditor *editor, QWidget *parent = nullptr);

    void setTable(ObjectId table);
    // Follows the document: keeps the selected key, and the form's edits unless its key is gone.
    void refresh();

    // The key shown in the form (NoObject: a new key, or no form).
    ObjectId currentKey() const { return m_key; }
    void selectKey(ObjectId key);
    // Opens the form for a new key (added to the table on save).
    void addKey();
    void deleteKey();
    void saveKey();

    // "id, name" for the key's columns, as the list shows them.
    static QString columnList(const Table &table, const Key &key);

private:
    const Table *table() const;
    const Key *key(ObjectId id) const;
    void rebuildList();
    void loadForm(const Key *key);
    void mergeFormColumns();
    void addColumnItem(ObjectId column, const QString &name, bool checked);
    void moveFormColumn(int delta);
    void markDirty();
    void updateButtons();

    DesignEditor *m_editor;
    ObjectId m_table = NoObject;
    ObjectId m_key = NoObject;
    bool m_formActive = false; // the form shows m_key, or a new key when m_key is NoObject
    bool m_dirty = false; // the form has edits not saved yet
    bool m_loading = false; // the form is being filled (its signals are not user edits)
    bool m_saving = false;

    QTreeWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_delete;
    QWidget *m_form;
    QComboBox *m_type;
    QLineEdit *m_name;
    QListWidget *m_columns;
    QToolButton *m_up;
    QToolButton *m_down;
    QPushButton *m_save;
};
