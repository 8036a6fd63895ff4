#pragma once

#include "schema/inheritance.h"

#include <QWidget>

class DesignEditor;
class QComboBox;
class QLabel;
class QLineEdit;
class Schema;
struct Table;

// How a table takes part in an inheritance hierarchy: none, joined or single-table, its parent,
// the discriminator column (held by the root of the hierarchy) and the table's identity (its
// discriminator value). A change is committed as soon as it is complete, as one undo step.
class InheritanceEditor : public QWidget
{
    Q_OBJECT

public:
    explicit InheritanceEditor(DesignEditor *editor, QWidget *parent = nullptr);

    void setTable(ObjectId table);
    void refresh();

    // The root of the table's hierarchy (the table itself when it has no parent).
    static const Table *rootOf(const Schema &schema, const Table &table);
    // The name of the root's discriminator column, resolved or as written.
    static QString discriminatorName(const Table &root);

private:
    const Table *table() const;
    void commit();
    void parentChosen();
    // A table without a parent as the root of a hierarchy: its discriminator column (created
    // when missing, VARCHAR(50) as DesignEditor::setInheritance does) and identity.
    bool setRoot(const QString &discriminator, const QString &identity);
    void updateHint();

    DesignEditor *m_editor;
    ObjectId m_table = NoObject;
    QComboBox *m_kind;
    QComboBox *m_parent;
    QLineEdit *m_discriminator;
    QLineEdit *m_identity;
    QLabel *m_hint;
    QList<ObjectId> m_parentIds; // the parent combo's tables, after its first entry
    QStringList m_parentNames;
};
