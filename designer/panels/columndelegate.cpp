#include "columndelegate.h"

#include "columnsmodel.h"
#include "document/designdocument.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QStyle>

namespace {

const char NoDefaultProperty[] = "schemataNoDefault";

} // namespace

ColumnDelegate::ColumnDelegate(const DesignDocument *document, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_document(document)
{
}

QStringList ColumnDelegate::typeNames(const DesignDocument *document)
{
    QStringList names;
    for (const Datatype &type : document->schema().catalogue().types()) {
        if (!type.sql.isEmpty() && !names.contains(type.sql))
            names.append(type.sql);
    }
    return names;
}

QWidget *ColumnDelegate::createEditor(
    QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() == ColumnsModel::Type) {
        auto *combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("typeEditor"));
        combo->setEditable(true);
        combo->setInsertPolicy(QComboBox::NoInsert);
        combo->addItems(typeNames(m_document));
        combo->setMaxVisibleItems(20);
        // Picking from the list is a choice made: commit it at once.
        connect(combo, &QComboBox::activated, this, [this, combo] {
            auto *self = const_cast<ColumnDelegate *>(this);
            emit self->commitData(combo);
            emit self->closeEditor(combo);
        });
        return combo;
    }
    if (index.column() == ColumnsModel::Default) {
        auto *edit = new QLineEdit(parent);
        edit->setObjectName(QStringLiteral("defaultEditor"));
        const bool nullable
            = index.siblingAtColumn(ColumnsModel::NotNull).data(Qt::CheckStateRole).toInt()
            != Qt::Checked;
        edit->setPlaceholderText(nullable ? QStringLiteral("NULL") : tr("No default"));
        auto *noDefault = new QAction(
            edit->style()->standardIcon(QStyle::SP_LineEditClearButton), tr("No default"), edit);
        noDefault->setObjectName(QStringLiteral("noDefault"));
        noDefault->setToolTip(tr("Remove the default"));
        edit->addAction(noDefault, QLineEdit::TrailingPosition);
        connect(noDefault, &QAction::triggered, this, [this, edit] {
            edit->setProperty(NoDefaultProperty, true);
            auto *self = const_cast<ColumnDelegate *>(this);
            emit self->commitData(edit);
            emit self->closeEditor(edit);
        });
        return edit;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void ColumnDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentText(index.data(Qt::EditRole).toString());
        return;
    }
    if (index.column() == ColumnsModel::Default) {
        if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
            edit->setText(index.data(Qt::EditRole).toString());
            edit->setModified(false);
            return;
        }
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void ColumnDelegate::setModelData(
    QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const QString text = combo->currentText().trimmed();
        if (!text.isEmpty() && text != index.data(Qt::EditRole).toString())
            model->setData(index, text);
        return;
    }
    if (index.column() == ColumnsModel::Default) {
        if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
            if (edit->property(NoDefaultProperty).toBool())
                model->setData(index, int(DefaultValue::Kind::None), ColumnsModel::DefaultKindRole);
            else if (edit->isModified())
                model->setData(index, edit->text());
            return;
        }
    }
    // Committing an untouched editor changes nothing (and records no undo step).
    if (auto *edit = qobject_cast<QLineEdit *>(editor); edit && !edit->isModified())
        return;
    QStyledItemDelegate::setModelData(editor, model, index);
}
