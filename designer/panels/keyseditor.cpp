#include "keyseditor.h"

#include "document/designdocument.h"
#include "document/designeditor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

constexpr int ColumnIdRole = Qt::UserRole;
constexpr int PartNameRole = Qt::UserRole + 1;

bool sameKeys(const QList<Key> &a, const QList<Key> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const Key &x = a.at(i), &y = b.at(i);
        if (x.id != y.id || x.type != y.type || x.name != y.name
            || x.parts.size() != y.parts.size())
            return false;
        for (qsizetype p = 0; p < x.parts.size(); ++p) {
            if (x.parts.at(p).column != y.parts.at(p).column
                || x.parts.at(p).name != y.parts.at(p).name)
                return false;
        }
    }
    return true;
}

} // namespace

KeysEditor::KeysEditor(DesignEditor *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_list(new QTreeWidget(this))
    , m_add(new QPushButton(tr("Add key"), this))
    , m_delete(new QPushButton(tr("Delete key"), this))
    , m_form(new QWidget(this))
    , m_type(new QComboBox(m_form))
    , m_name(new QLineEdit(m_form))
    , m_columns(new QListWidget(m_form))
    , m_up(new QToolButton(m_form))
    , m_down(new QToolButton(m_form))
    , m_save(new QPushButton(tr("Save key"), m_form))
{
    m_list->setObjectName(QStringLiteral("keys"));
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Type"), tr("Name"), tr("Columns")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_add->setObjectName(QStringLiteral("addKey"));
    m_delete->setObjectName(QStringLiteral("deleteKey"));

    m_type->setObjectName(QStringLiteral("keyType"));
    // SQL keywords, not translated.
    m_type->addItems({Key::Primary, Key::Unique, Key::Index, Key::Fulltext});
    m_name->setObjectName(QStringLiteral("keyName"));
    m_name->setPlaceholderText(tr("Optional"));
    m_columns->setObjectName(QStringLiteral("keyColumns"));
    m_columns->setDragDropMode(QAbstractItemView::InternalMove);
    m_columns->setToolTip(tr("Check the key's columns; their order is the key's order"));
    m_up->setObjectName(QStringLiteral("keyColumnUp"));
    m_up->setArrowType(Qt::UpArrow);
    m_up->setToolTip(tr("Move the column up in the key"));
    m_down->setObjectName(QStringLiteral("keyColumnDown"));
    m_down->setArrowType(Qt::DownArrow);
    m_down->setToolTip(tr("Move the column down in the key"));
    m_save->setObjectName(QStringLiteral("saveKey"));
    m_form->setObjectName(QStringLiteral("keyForm"));

    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_delete);
    listButtons->addStretch();

    auto *order = new QVBoxLayout;
    order->addWidget(m_up);
    order->addWidget(m_down);
    order->addStretch();
    auto *columns = new QHBoxLayout;
    columns->addWidget(m_columns);
    columns->addLayout(order);
    auto *form = new QFormLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Type:"), m_type);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Columns:"), columns);
    form->addRow(QString(), m_save);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addLayout(listButtons);
    layout->addWidget(m_form);

    connect(m_add, &QPushButton::clicked, this, &KeysEditor::addKey);
    connect(m_delete, &QPushButton::clicked, this, &KeysEditor::deleteKey);
    connect(m_save, &QPushButton::clicked, this, &KeysEditor::saveKey);
    connect(m_up, &QToolButton::clicked, this, [this] { moveFormColumn(-1); });
    connect(m_down, &QToolButton::clicked, this, [this] { moveFormColumn(1); });
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (m_loading || !item)
            return;
        m_key = item->data(0, Qt::UserRole).value<ObjectId>();
        m_formActive = true;
        loadForm(key(m_key));
    });
    connect(m_type, &QComboBox::activated, this, &KeysEditor::markDirty);
    connect(m_name, &QLineEdit::textEdited, this, &KeysEditor::markDirty);
    connect(m_columns, &QListWidget::itemChanged, this, &KeysEditor::markDirty);
    connect(m_columns->model(), &QAbstractItemModel::rowsMoved, this, &KeysEditor::markDirty);
    connect(m_columns, &QListWidget::currentRowChanged, this, &KeysEditor::updateButtons);
    updateButtons();
}

const Table *KeysEditor::table() const
{
    return m_editor->document()->schema().table(m_table);
}

const Key *KeysEditor::key(ObjectId id) const
{
    const Table *t = table();
    if (!t || id == NoObject)
        return nullptr;
    for (const Key &k : t->keys) {
        if (k.id == id)
            return &k;
    }
    return nullptr;
}

QString KeysEditor::columnList(const Table &table, const Key &key)
{
    QStringList names;
    for (const KeyPart &part : key.parts) {
        const Column *c = table.column(part.column);
        names.append(c ? c->name : part.name);
    }
    return names.join(QStringLiteral(", "));
}

void KeysEditor::setTable(ObjectId tableId)
{
    if (tableId == m_table) {
        refresh();
        return;
    }
    m_table = tableId;
    m_key = NoObject;
    m_formActive = false;
    m_dirty = false;
    rebuildList();
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    else
        loadForm(nullptr);
    updateButtons();
}

void KeysEditor::refresh()
{
    rebuildList();
    if (m_saving)
        return;
    if (m_formActive && m_key != NoObject && !key(m_key)) {
        // The key was deleted (here, or by an undo).
        m_key = NoObject;
        m_formActive = false;
        m_dirty = false;
        loadForm(nullptr);
    } else if (m_formActive && m_dirty) {
        mergeFormColumns();
    } else {
        loadForm(key(m_key));
    }
    updateButtons();
}

void KeysEditor::rebuildList()
{
    m_loading = true;
    m_list->clear();
    if (const Table *t = table()) {
        for (const Key &k : t->keys) {
            auto *item = new QTreeWidgetItem(m_list, {k.type, k.name, columnList(*t, k)});
            item->setData(0, Qt::UserRole, QVariant::fromValue<qulonglong>(k.id));
            if (k.id == m_key && m_formActive)
                m_list->setCurrentItem(item);
        }
    }
    m_loading = false;
}

void KeysEditor::selectKey(ObjectId id)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->data(0, Qt::UserRole).value<ObjectId>() == id) {
            m_list->setCurrentItem(item);
            return;
        }
    }
}

void KeysEditor::addColumnItem(ObjectId column, const QString &name, bool checked)
{
    auto *item = new QListWidgetItem(m_columns);
    item->setText(column == NoObject ? tr("%1 (missing)").arg(name) : name);
    item->setData(ColumnIdRole, QVariant::fromValue<qulonglong>(column));
    item->setData(PartNameRole, name);
    item->setFlags(
        Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemIsDragEnabled);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

void KeysEditor::loadForm(const Key *k)
{
    // The key's columns first, in key order, then the others in table order.
    m_loading = true;
    const int type = m_type->findText(k ? k->type : Key::Index);
    if (type >= 0) {
        m_type->setCurrentIndex(type);
    } else {
        m_type->addItem(k->type);
        m_type->setCurrentIndex(m_type->count() - 1);
    }
    m_name->setText(k ? k->name : QString());
    m_columns->clear();
    const Table *t = table();
    if (k) {
        for (const KeyPart &part : k->parts) {
            const Column *c = t ? t->column(part.column) : nullptr;
            addColumnItem(c ? c->id : NoObject, c ? c->name : part.name, true);
        }
    }
    if (t) {
        for (const Column &c : t->columns) {
            if (!k || !k->contains(c.id))
                addColumnItem(c.id, c.name, false);
        }
    }
    m_dirty = false;
    m_loading = false;
    updateButtons();
}

void KeysEditor::mergeFormColumns()
{
    // Keeps the user's choice and order; columns renamed, removed or added meanwhile follow.
    const Table *t = table();
    if (!t)
        return;
    m_loading = true;
    QSet<ObjectId> listed;
    for (int row = m_columns->count() - 1; row >= 0; --row) {
        QListWidgetItem *item = m_columns->item(row);
        const auto id = item->data(ColumnIdRole).value<ObjectId>();
        if (id == NoObject)
            continue;
        if (const Column *c = t->column(id)) {
            item->setText(c->name);
            item->setData(PartNameRole, c->name);
            listed.insert(id);
        } else {
            delete m_columns->takeItem(row);
        }
    }
    for (const Column &c : t->columns) {
        if (!listed.contains(c.id))
            addColumnItem(c.id, c.name, false);
    }
    m_loading = false;
}

void KeysEditor::moveFormColumn(int delta)
{
    const int row = m_columns->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_columns->count())
        return;
    m_loading = true;
    QListWidgetItem *item = m_columns->takeItem(row);
    m_columns->insertItem(target, item);
    m_columns->setCurrentItem(item);
    m_loading = false;
    markDirty();
}

void KeysEditor::markDirty()
{
    if (m_loading)
        return;
    m_formActive = true;
    m_dirty = true;
    updateButtons();
}

void KeysEditor::addKey()
{
    m_loading = true;
    m_list->setCurrentItem(nullptr);
    m_list->clearSelection();
    m_loading = false;
    m_key = NoObject;
    m_formActive = true;
    loadForm(nullptr);
    m_type->setFocus();
}

void KeysEditor::deleteKey()
{
    const Table *t = table();
    QTreeWidgetItem *item = m_list->currentItem();
    if (!t || !item)
        return;
    const auto id = item->data(0, Qt::UserRole).value<ObjectId>();
    QList<Key> keys = t->keys;
    keys.removeIf([id](const Key &k) { return k.id == id; });
    if (keys.size() != t->keys.size())
        m_editor->setKeys(m_table, keys);
}

void KeysEditor::saveKey()
{
    const Table *t = table();
    if (!t || !m_formActive)
        return;
    Key edited;
    if (const Key *existing = key(m_key))
        edited = *existing;
    edited.type = m_type->currentText();
    edited.name = m_name->text().trimmed();
    edited.parts.clear();
    for (int row = 0; row < m_columns->count(); ++row) {
        const QListWidgetItem *item = m_columns->item(row);
        if (item->checkState() != Qt::Checked)
            continue;
        const auto column = item->data(ColumnIdRole).value<ObjectId>();
        edited.parts.append(
            KeyPart {column, column == NoObject ? item->data(PartNameRole).toString() : QString()});
    }
    if (edited.parts.isEmpty())
        return;

    QList<Key> keys = t->keys;
    // A table has one primary key: a saved primary key replaces any other.
    if (edited.isPrimary())
        keys.removeIf([&](const Key &k) { return k.isPrimary() && k.id != edited.id; });
    const auto at
        = std::find_if(keys.begin(), keys.end(), [&](const Key &k) { return k.id == edited.id; });
    if (edited.id != NoObject && at != keys.end())
        *at = edited;
    else
        keys.append(edited);
    if (sameKeys(keys, t->keys)) {
        m_dirty = false;
        updateButtons();
        return;
    }

    QSet<ObjectId> before;
    for (const Key &k : t->keys)
        before.insert(k.id);
    m_saving = true;
    const bool saved = m_editor->setKeys(m_table, keys);
    m_saving = false;
    if (saved && edited.id == NoObject) {
        // The new key's id is the one that was not there before.
        if (const Table *after = table()) {
            for (const Key &k : after->keys) {
                if (!before.contains(k.id))
                    m_key = k.id;
            }
        }
    }
    m_dirty = false;
    rebuildList();
    loadForm(key(m_key));
    selectKey(m_key);
}

void KeysEditor::updateButtons()
{
    const bool hasTable = table() != nullptr;
    m_add->setEnabled(hasTable);
    m_delete->setEnabled(hasTable && m_list->currentItem() != nullptr);
    m_form->setEnabled(hasTable && m_formActive);
    bool anyChecked = false;
    for (int row = 0; row < m_columns->count() && !anyChecked; ++row)
        anyChecked = m_columns->item(row)->checkState() == Qt::Checked;
    m_save->setEnabled(m_formActive && anyChecked);
    const int row = m_columns->currentRow();
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row < m_columns->count() - 1);
}
