#pragma once

#include <QStyledItemDelegate>

#include <functional>

// Edits a grid cell as its column's type: a line edit that refuses text the column cannot
// hold (TableModel::parseInput, the reason shown as it is typed), or, for a foreign-key
// column, a picker of the parent table's rows that also takes a key typed in.
class CellDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    struct Choice
    {
        QVariant value; // the referenced key, as ValueRole gives values
        QString label; // "5 — Alice"
    };
    // The rows a foreign-key column can point at; empty for other columns.
    using ChoiceSource = std::function<QList<Choice>(int column)>;

    explicit CellDelegate(QObject *parent = nullptr);

    void setChoiceSource(ChoiceSource source) { m_choices = std::move(source); }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(
        QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    // The problem shown while typing goes with the editor (also when it closes uncommitted).
    void destroyEditor(QWidget *editor, const QModelIndex &index) const override;

signals:
    // What is wrong with the text being typed; empty when it is fine.
    void inputProblem(const QString &message) const;
    // An editor opened (true) or went (false); the view's state follows after this.
    void editingChanged(bool editing) const;

private:
    ChoiceSource m_choices;
};
