#include "columnseditor.h"

#include "columndelegate.h"
#include "columnsmodel.h"
#include "document/designdocument.h"
#include "document/designeditor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

ColumnsEditor::ColumnsEditor(DesignEditor *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_model(new ColumnsModel(editor, this))
    , m_view(new QTableView(this))
    , m_add(new QPushButton(tr("Add column"), this))
    , m_delete(new QPushButton(tr("Delete column"), this))
    , m_up(new QPushButton(tr("Move up"), this))
    , m_down(new QPushButton(tr("Move down"), this))
{
    m_view->setObjectName(QStringLiteral("columns"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new ColumnDelegate(editor->document(), m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::AnyKeyPressed);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->installEventFilter(this);
    m_add->setObjectName(QStringLiteral("addColumn"));
    m_delete->setObjectName(QStringLiteral("deleteColumn"));
    m_up->setObjectName(QStringLiteral("moveColumnUp"));
    m_down->setObjectName(QStringLiteral("moveColumnDown"));
    m_add->setToolTip(tr("Add a column at the end (Insert)"));
    m_delete->setToolTip(tr("Delete the current column (Delete)"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_delete);
    buttons->addStretch();
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &ColumnsEditor::addColumn);
    connect(m_delete, &QPushButton::clicked, this, &ColumnsEditor::deleteColumn);
    connect(m_up, &QPushButton::clicked, this, [this] { moveColumn(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveColumn(1); });
    connect(m_view, &QWidget::customContextMenuRequested, this, &ColumnsEditor::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &ColumnsEditor::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ColumnsEditor::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ColumnsEditor::updateButtons);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &ColumnsEditor::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ColumnsEditor::updateButtons);
    updateButtons();
}

void ColumnsEditor::setTable(ObjectId table)
{
    if (table == m_model->table()) {
        refresh();
        return;
    }
    m_model->setTable(table);
    m_view->resizeColumnsToContents();
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, ColumnsModel::Name));
    updateButtons();
}

ObjectId ColumnsEditor::table() const
{
    return m_model->table();
}

void ColumnsEditor::refresh()
{
    m_model->refresh();
    updateButtons();
}

ObjectId ColumnsEditor::currentColumn() const
{
    return m_model->columnId(m_view->currentIndex().row());
}

void ColumnsEditor::setCurrentColumn(ObjectId column)
{
    const int row = m_model->rowOf(column);
    if (row < 0)
        return;
    const int section = m_view->currentIndex().isValid() ? m_view->currentIndex().column()
                                                         : int(ColumnsModel::Name);
    m_view->setCurrentIndex(m_model->index(row, section));
    m_view->scrollTo(m_view->currentIndex());
}

void ColumnsEditor::addColumn()
{
    // At the end, as WWW SQL Designer does: one undo step; Move up places it.
    const ObjectId column = m_editor->addColumn(m_model->table());
    const int row = m_model->rowOf(column);
    if (row < 0)
        return;
    const QModelIndex name = m_model->index(row, ColumnsModel::Name);
    m_view->setCurrentIndex(name);
    m_view->scrollTo(name);
    if (isVisible())
        m_view->edit(name);
}

void ColumnsEditor::deleteColumn()
{
    const ObjectId column = currentColumn();
    if (column != NoObject)
        m_editor->removeColumn(m_model->table(), column);
}

void ColumnsEditor::moveColumn(int delta)
{
    const QModelIndex current = m_view->currentIndex();
    const ObjectId column = currentColumn();
    if (column == NoObject)
        return;
    m_editor->moveColumn(m_model->table(), column, current.row() + delta);
    m_view->scrollTo(m_view->currentIndex());
}

void ColumnsEditor::setCurrentDefault(bool null)
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    m_model->setData(current.siblingAtColumn(ColumnsModel::Default),
        int(null ? DefaultValue::Kind::Null : DefaultValue::Kind::None),
        ColumnsModel::DefaultKindRole);
}

void ColumnsEditor::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_view->indexAt(position);
    if (index.isValid())
        m_view->setCurrentIndex(index);
    QMenu menu(this);
    menu.addAction(tr("Add column"), this, &ColumnsEditor::addColumn);
    if (index.isValid()) {
        menu.addAction(tr("Delete column"), this, &ColumnsEditor::deleteColumn);
        menu.addSeparator();
        menu.addAction(tr("Move up"), this, [this] { moveColumn(-1); })
            ->setEnabled(index.row() > 0);
        menu.addAction(tr("Move down"), this, [this] { moveColumn(1); })
            ->setEnabled(index.row() < m_model->rowCount() - 1);
        menu.addSeparator();
        const auto kind = DefaultValue::Kind(index.data(ColumnsModel::DefaultKindRole).toInt());
        const bool nullable
            = index.siblingAtColumn(ColumnsModel::NotNull).data(Qt::CheckStateRole).toInt()
            != Qt::Checked;
        menu.addAction(tr("Default NULL"), this, [this] { setCurrentDefault(true); })
            ->setEnabled(nullable && kind != DefaultValue::Kind::Null);
        menu.addAction(tr("No default"), this, [this] { setCurrentDefault(false); })
            ->setEnabled(kind != DefaultValue::Kind::None);
    }
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

void ColumnsEditor::updateButtons()
{
    const bool hasTable = m_model->table() != NoObject;
    const int row = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
    m_add->setEnabled(hasTable);
    m_delete->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row < m_model->rowCount() - 1);
}

bool ColumnsEditor::eventFilter(QObject *watched, QEvent *event)
{
    // Insert and Delete act on the columns while the table has the focus (and no cell is being
    // edited), before any window-wide shortcut of the same keys.
    if (watched == m_view
        && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool ours = key->modifiers() == Qt::NoModifier
            && (key->key() == Qt::Key_Insert || key->key() == Qt::Key_Delete) && m_view->hasFocus();
        if (ours && event->type() == QEvent::ShortcutOverride) {
            event->accept();
            return true;
        }
        if (ours) {
            if (key->key() == Qt::Key_Insert)
                addColumn();
            else
                deleteColumn();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
