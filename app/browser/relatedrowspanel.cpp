#include "relatedrowspanel.h"

#include "browser/relationtext.h"
#include "browser/tablemodel.h"

#include "records/session.h"
#include "schema/schema.h"

#include <QLabel>
#include <QMenu>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

// What an entry of the row's relationship list leads to.
enum class RelatedKind { None, Parent, Children, Partners, ReversePartners };
constexpr int RelatedKindRole = Qt::UserRole + 1;
constexpr int RelatedTableRole = Qt::UserRole + 2;
constexpr int RelatedIdRole = Qt::UserRole + 3;
constexpr int RelatedIndexRole = Qt::UserRole + 4;

RelatedKind kind(const QTreeWidgetItem *item)
{
    return RelatedKind(item->data(0, RelatedKindRole).toInt());
}

} // namespace

RelatedRowsPanel::RelatedRowsPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("This row")));
    m_tree = new QTreeWidget;
    m_tree->setObjectName(QStringLiteral("related"));
    m_tree->setHeaderHidden(true);
    m_tree->setColumnCount(1);
    m_tree->setToolTip(tr("Activate an entry to go there"));
    connect(m_tree, &QTreeWidget::itemActivated, this, &RelatedRowsPanel::activate);
    layout->addWidget(m_tree);
}

void RelatedRowsPanel::activate(QTreeWidgetItem *item)
{
    switch (kind(item)) {
    case RelatedKind::Parent:
        emit parentRequested(ObjectId(item->data(0, RelatedIdRole).toInt()));
        break;
    case RelatedKind::Children:
        emit childrenRequested(item->data(0, RelatedTableRole).toString(),
            ObjectId(item->data(0, RelatedIdRole).toInt()));
        break;
    case RelatedKind::Partners:
    case RelatedKind::ReversePartners:
        emit partnersRequested(
            item->data(0, RelatedIndexRole).toInt(), kind(item) == RelatedKind::ReversePartners);
        break;
    case RelatedKind::None:
        break;
    }
}

void RelatedRowsPanel::clear()
{
    m_tree->clear();
    m_row = -1;
}

void RelatedRowsPanel::showRow(const Schema &schema, const QList<Relationship> &relationships,
    const Table &here, const TableModel &model, int row, Connection &connection)
{
    clear();
    if (model.isNewRow(row)) {
        new QTreeWidgetItem(m_tree, {tr("A new row: save it to follow its relationships")});
        return;
    }
    const QVariantList values = model.rowValues(row);
    if (values.isEmpty())
        return; // not loaded yet
    m_row = row;
    addParents(schema, here, values);
    addChildren(schema, here);
    addPartners(schema, relationships, here);
    addInherited(schema, relationships, here, model.rowKey(row), connection);
    m_tree->expandAll();
}

QTreeWidgetItem *RelatedRowsPanel::group(const QString &title)
{
    QFont bold = m_tree->font();
    bold.setBold(true);
    auto *item = new QTreeWidgetItem(m_tree, {title});
    item->setFont(0, bold);
    item->setFlags(Qt::ItemIsEnabled);
    item->setExpanded(true);
    return item;
}

void RelatedRowsPanel::addParents(
    const Schema &schema, const Table &here, const QVariantList &values)
{
    // Up: the rows this one refers to.
    QTreeWidgetItem *parents = nullptr;
    for (const ForeignKey &fk : here.foreignKeys) {
        const QString target = schema.referencedTableName(fk);
        QStringList shown;
        bool isNull = false;
        for (const ForeignKeyPart &part : fk.parts) {
            const QVariant value = values.value(here.columnIndex(part.column));
            isNull = isNull || value.isNull();
            const Column *c = here.column(part.column);
            shown << (c ? c->name : QString()) + QStringLiteral(" = ")
                    + RelationText::shortValue(value);
        }
        if (!parents)
            parents = group(tr("Refers to"));
        auto *item = new QTreeWidgetItem(
            parents, {tr("%1 (%2)").arg(target, shown.join(QStringLiteral(", ")))});
        if (isNull) {
            item->setDisabled(true);
            item->setToolTip(0, tr("NULL: no row"));
            continue;
        }
        item->setData(0, RelatedKindRole, int(RelatedKind::Parent));
        item->setData(0, RelatedIdRole, int(fk.id));
        item->setToolTip(0, tr("Go to the row of %1 this row refers to").arg(target));
    }
}

void RelatedRowsPanel::addChildren(const Schema &schema, const Table &here)
{
    // Down: the tables whose rows refer to this one.
    QTreeWidgetItem *children = nullptr;
    for (const Table &other : schema.tables()) {
        for (const ForeignKey &fk : other.foreignKeys) {
            if (!RelationText::refersTo(fk, here))
                continue;
            if (!children)
                children = group(tr("Referred to by"));
            auto *item = new QTreeWidgetItem(
                children, {tr("%1 (%2)").arg(other.name, RelationText::columnList(other, fk))});
            item->setData(0, RelatedKindRole, int(RelatedKind::Children));
            item->setData(0, RelatedTableRole, other.name);
            item->setData(0, RelatedIdRole, int(fk.id));
            item->setToolTip(0, tr("Show the rows of %1 that refer to this row").arg(other.name));
        }
    }
}

void RelatedRowsPanel::addPartners(
    const Schema &schema, const QList<Relationship> &relationships, const Table &here)
{
    // Across: the many-to-many partners.
    QTreeWidgetItem *partners = nullptr;
    for (qsizetype i = 0; i < relationships.size(); ++i) {
        const Relationship &r = relationships.at(i);
        if (r.kind != Relationship::Kind::ManyToMany
            && r.kind != Relationship::Kind::SelfManyToMany)
            continue;
        const Table *association = schema.table(r.table);
        const Table *first = schema.table(r.target);
        const Table *second = schema.table(r.secondTarget);
        if (!association || !first || !second)
            continue;
        for (const bool reverse : {false, true}) {
            if ((reverse ? second : first)->id != here.id)
                continue;
            const Table *other = reverse ? first : second;
            if (!partners)
                partners = group(tr("Linked to"));
            QString text = tr("%1 through %2").arg(other->name, association->name);
            if (r.kind == Relationship::Kind::SelfManyToMany) {
                const ForeignKey *fk = nullptr;
                for (const ForeignKey &f : association->foreignKeys) {
                    if (f.id == (reverse ? r.foreignKey : r.secondForeignKey))
                        fk = &f;
                }
                if (fk)
                    text = tr("%1 through %2 (%3)")
                               .arg(other->name, association->name,
                                   RelationText::columnList(*association, *fk));
            }
            auto *item = new QTreeWidgetItem(partners, {text});
            item->setData(0, RelatedKindRole,
                int(reverse ? RelatedKind::ReversePartners : RelatedKind::Partners));
            item->setData(0, RelatedIndexRole, int(i));
            item->setToolTip(0,
                tr("Show the rows of %1 linked to this row through %2")
                    .arg(other->name, association->name));
        }
    }
}

void RelatedRowsPanel::addInherited(const Schema &schema, const QList<Relationship> &relationships,
    const Table &here, const QVariantList &key, Connection &connection)
{
    // A joined-inheritance child: its ancestors' columns, as one record (Session).
    bool isChild = false;
    for (const Relationship &r : relationships)
        isChild
            = isChild || (r.kind == Relationship::Kind::JoinedInheritance && r.table == here.id);
    if (!isChild || key.isEmpty())
        return;
    Session session(connection, schema);
    const std::optional<Record> record = session.get(here.name, key);
    if (!record)
        return;
    QTreeWidgetItem *inherited = nullptr;
    for (qsizetype i = 0; i < record->columns().size(); ++i) {
        const QString &name = record->columns().at(i);
        if (here.columnByName(name))
            continue;
        if (!inherited)
            inherited = group(tr("Inherited columns"));
        auto *item = new QTreeWidgetItem(
            inherited, {tr("%1: %2").arg(name, RelationText::shortValue(record->values().at(i)))});
        item->setData(0, RelatedKindRole, int(RelatedKind::None));
        item->setToolTip(0, record->values().at(i).toString());
    }
}

void RelatedRowsPanel::addToMenu(QMenu *menu)
{
    if (m_tree->topLevelItemCount() == 0)
        return;
    menu->addSeparator();
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *group = m_tree->topLevelItem(i);
        if (group->childCount() == 0 || kind(group->child(0)) == RelatedKind::None)
            continue;
        QMenu *sub = menu->addMenu(group->text(0));
        for (int c = 0; c < group->childCount(); ++c) {
            QTreeWidgetItem *item = group->child(c);
            QAction *a = sub->addAction(item->text(0), this, [this, item] { activate(item); });
            a->setEnabled(!item->isDisabled());
        }
    }
}
