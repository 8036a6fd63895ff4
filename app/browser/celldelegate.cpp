#include "celldelegate.h"

#include "browser/tablemodel.h"

#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QValidator>

namespace {

// Accepts what the column can hold; anything else stays Intermediate, so Enter does not
// commit it, and the reason goes to whoever shows it.
class CellValidator : public QValidator
{
public:
    CellValidator(const TableModel *model, int column, const CellDelegate *delegate,
        QObject *parent, const QComboBox *picker = nullptr)
        : QValidator(parent)
        , m_model(model)
        , m_column(column)
        , m_delegate(delegate)
        , m_picker(picker)
    {
    }

    State validate(QString &input, int &) const override
    {
        if (m_picker && m_picker->findText(input, Qt::MatchExactly) >= 0) {
            emit m_delegate->inputProblem({});
            return Acceptable;
        }
        QString error;
        const bool ok = m_model->parseInput(m_column, input, &error).has_value();
        emit m_delegate->inputProblem(ok ? QString() : error);
        return ok ? Acceptable : Intermediate;
    }

private:
    const TableModel *m_model;
    int m_column;
    const CellDelegate *m_delegate;
    const QComboBox *m_picker;
};

} // namespace

CellDelegate::CellDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QWidget *CellDelegate::createEditor(
    QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto *model = qobject_cast<const TableModel *>(index.model());
    if (!model)
        return QStyledItemDelegate::createEditor(parent, option, index);
    emit editingChanged(true);
    const QList<Choice> choices = m_choices ? m_choices(index.column()) : QList<Choice>();
    if (!choices.isEmpty()) {
        auto *picker = new QComboBox(parent);
        picker->setObjectName(QStringLiteral("foreignKeyPicker"));
        picker->setEditable(true);
        picker->setInsertPolicy(QComboBox::NoInsert);
        picker->setMaxVisibleItems(20);
        for (const Choice &choice : choices)
            picker->addItem(choice.label, choice.value);
        picker->completer()->setFilterMode(Qt::MatchContains);
        picker->completer()->setCompletionMode(QCompleter::PopupCompletion);
        picker->lineEdit()->setValidator(
            new CellValidator(model, index.column(), this, picker->lineEdit(), picker));
        return picker;
    }
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QStringLiteral("cellEditor"));
    edit->setFrame(false);
    edit->setValidator(new CellValidator(model, index.column(), this, edit));
    return edit;
}

void CellDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const auto *model = qobject_cast<const TableModel *>(index.model());
    const QString text = model ? model->editText(index) : index.data(Qt::EditRole).toString();
    if (auto *picker = qobject_cast<QComboBox *>(editor)) {
        // The current key is found among the rows by its value, else shown as typed.
        const QVariant value = index.data(TableModel::ValueRole);
        const int found = value.isNull() ? -1 : picker->findData(value);
        picker->setCurrentIndex(found);
        picker->setEditText(text);
        return;
    }
    if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        edit->setText(text);
        edit->selectAll();
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void CellDelegate::setModelData(
    QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    emit inputProblem({});
    if (auto *picker = qobject_cast<QComboBox *>(editor)) {
        // A row picked from the list gives its key; other text is read as a key typed in.
        const QString text = picker->currentText();
        const int picked = picker->findText(text, Qt::MatchExactly);
        if (picked >= 0) {
            model->setData(index, picker->itemData(picked), TableModel::ValueRole);
            return;
        }
        model->setData(index, text, Qt::EditRole);
        return;
    }
    if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        model->setData(index, edit->text(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

void CellDelegate::destroyEditor(QWidget *editor, const QModelIndex &index) const
{
    emit inputProblem({});
    emit editingChanged(false);
    QStyledItemDelegate::destroyEditor(editor, index);
}
