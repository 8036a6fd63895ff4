#pragma once

#include "schema/foreignkey.h"

#include <QWidget>

class DesignEditor;
class QComboBox;
class QLabel;
class QPushButton;
class Schema;
struct Table;

// One foreign key: what it connects, its ON DELETE and ON UPDATE actions (each change one
// undo step) and a button that disconnects it.
class ForeignKeyEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ForeignKeyEditor(DesignEditor *editor, QWidget *parent = nullptr);

    ObjectId foreignKey() const { return m_foreignKey; }
    void setForeignKey(ObjectId foreignKey);
    // Follows the document (disabled when the foreign key is gone).
    void refresh();
    // Also show the owning table, its columns and the referenced table on rows of their own
    // (when the foreign key is shown alone).
    void setDetailsVisible(bool visible);

    // "(a, b) → other(x, y)".
    static QString describe(const Schema &schema, const Table &table, const ForeignKey &fk);
    static QString actionLabel(ReferentialAction action);

private:
    const ForeignKey *current(const Table **owner = nullptr) const;
    void commitActions();

    DesignEditor *m_editor;
    ObjectId m_foreignKey = NoObject;
    QLabel *m_description;
    QLabel *m_table;
    QLabel *m_columns;
    QLabel *m_references;
    QWidget *m_details;
    QComboBox *m_onDelete;
    QComboBox *m_onUpdate;
    QPushButton *m_disconnect;
};
