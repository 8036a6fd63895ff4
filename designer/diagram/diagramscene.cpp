#include "diagramscene.h"

#include "analysis/relationship.h"
#include "annotationitems.h"
#include "document/designdocument.h"
#include "relationitem.h"
#include "diagramcomparison.h"
#include "tableitem.h"

#include <QApplication>
#include <QGraphicsLineItem>
#include <QGraphicsSceneMouseEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QPalette>
#include <QScopedValueRollback>

namespace {

bool isUniqueSet(const Table &table, const ForeignKey &fk)
{
    for (const Key &key : table.keys) {
        if (!key.isUnique() || key.parts.size() != fk.parts.size())
            continue;
        bool all = true;
        for (const ForeignKeyPart &part : fk.parts)
            all = all && key.contains(part.column);
        if (all)
            return true;
    }
    return false;
}

} // namespace

// Items leave the scene's index while they are still whole, before they are deleted.
void DiagramScene::deleteItem(QGraphicsItem *item)
{
    if (!item)
        return;
    removeItem(item);
    delete item;
}

qreal DiagramScene::Style::width(const QString &text, Font which) const
{
    // Text shaping is the costly part of laying out thousands of cards, and names and types
    // repeat (id, name, INTEGER, VARCHAR(255)): measured once per font.
    static QHash<QString, qreal> cache[3];
    QHash<QString, qreal> &widths = cache[int(which)];
    if (auto it = widths.constFind(text); it != widths.cend())
        return *it;
    if (widths.size() > 200'000)
        widths.clear();
    const QFontMetricsF &m = which == Font::Bold ? boldMetrics
        : which == Font::Small                   ? smallMetrics
                                                 : metrics;
    const qreal w = m.horizontalAdvance(text);
    widths.insert(text, w);
    return w;
}

const DiagramScene::Style &DiagramScene::style()
{
    static const Style s = [] {
        Style style;
        style.font = QApplication::font();
        style.font.setPointSizeF(9);
        style.boldFont = style.font;
        style.boldFont.setBold(true);
        style.smallFont = style.font;
        style.smallFont.setPointSizeF(8);
        style.markerFont = style.smallFont;
        style.markerFont.setBold(true);
        style.metrics = QFontMetricsF(style.font);
        style.boldMetrics = QFontMetricsF(style.boldFont);
        style.smallMetrics = QFontMetricsF(style.smallFont);
        return style;
    }();
    return s;
}

DiagramScene::DiagramScene(DesignDocument *document, QObject *parent)
    : QGraphicsScene(parent)
    , m_document(document)
{
    updateColors();
    connect(document, &DesignDocument::documentReset, this, &DiagramScene::rebuild);
    connect(document, &DesignDocument::changed, this, &DiagramScene::apply);
    rebuild();
}

DiagramScene::~DiagramScene()
{
    // What listens may already be gone with the window (the document is): no more news.
    blockSignals(true);
    removeAllItems();
}

void DiagramScene::updateColors()
{
    const QPalette palette = QApplication::palette();
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    m_colors.background = palette.color(QPalette::Base);
    m_colors.grid = dark ? m_colors.background.lighter(140) : m_colors.background.darker(108);
    m_colors.cardBackground = dark ? QColor(0x2b, 0x2f, 0x36) : QColor(Qt::white);
    m_colors.border = dark ? QColor(0x6b, 0x72, 0x80) : QColor(0x8a, 0x93, 0xa3);
    m_colors.header = dark ? QColor(0x3b, 0x5b, 0x8c) : QColor(0xd6, 0xe4, 0xf7);
    m_colors.headerText = dark ? QColor(Qt::white) : QColor(0x10, 0x20, 0x40);
    m_colors.text = palette.color(QPalette::Text);
    m_colors.secondaryText = dark ? QColor(0xa0, 0xa8, 0xb8) : QColor(0x5f, 0x67, 0x75);
    m_colors.primaryMarker = dark ? QColor(0xf0, 0xc0, 0x40) : QColor(0xb0, 0x7d, 0x00);
    m_colors.foreignMarker = dark ? QColor(0x70, 0xb0, 0xff) : QColor(0x1f, 0x5f, 0xbf);
    m_colors.relation = dark ? QColor(0xb8, 0xc0, 0xcc) : QColor(0x4a, 0x52, 0x60);
    m_colors.selection = palette.color(QPalette::Highlight);
    m_colors.highlight = m_colors.selection;
    m_colors.highlight.setAlpha(70);
    setBackgroundBrush(m_colors.background);
    update();
}

void DiagramScene::removeAllItems()
{
    // Deleting a selected item tells the scene's listeners that the selection changed, and they
    // ask selectedObjects(): the selection is dropped while every item is whole, and the lookups
    // are emptied before the first item goes, so that no listener reaches a deleted item.
    clearSelection();
    for (RelationItem *r : std::as_const(m_relations))
        r->detach();
    m_relations.clear();
    for (RelationItem *r : std::as_const(m_ghostRelations))
        r->detach();
    m_ghostRelations.clear();
    m_ghosts.clear();
    m_tables.clear();
    m_notes.clear();
    m_areas.clear();
    m_connectLine = nullptr;
    m_connectTarget = nullptr;
    m_connectFrom = NoObject;
    m_pressPositions.clear();
    clear();
}

void DiagramScene::rebuild()
{
    const QScopedValueRollback syncing(m_syncing, true);
    removeAllItems();
    const Schema &schema = m_document->schema();
    for (const Table &t : schema.tables())
        syncTable(t.id);
    for (const Note &n : schema.notes())
        syncNote(n.id);
    for (const Area &a : schema.areas())
        syncArea(a.id);
    rebuildRelations();
}

void DiagramScene::syncTable(ObjectId id)
{
    const Schema &schema = m_document->schema();
    const Table *table = schema.table(id);
    TableItem *item = m_tables.value(id);
    if (!table) {
        if (item) {
            const QList<RelationItem *> attached = item->relations();
            for (RelationItem *r : attached) {
                m_relations.removeAll(r);
                m_ghostRelations.removeAll(r);
                deleteItem(r);
            }
            m_tables.remove(id);
            deleteItem(item);
        }
        return;
    }
    if (!item) {
        item = new TableItem(id);
        addItem(item);
        m_tables.insert(id, item);
    }
    item->update(*table, schema, m_colorByType);
    if (item->pos() != table->position)
        item->setPos(table->position);
}

void DiagramScene::syncNote(ObjectId id)
{
    const Schema &schema = m_document->schema();
    NoteItem *item = m_notes.value(id);
    for (const Note &note : schema.notes()) {
        if (note.id != id)
            continue;
        if (!item) {
            item = new NoteItem(id);
            addItem(item);
            m_notes.insert(id, item);
        }
        item->update(note);
        return;
    }
    m_notes.remove(id);
    deleteItem(item);
}

void DiagramScene::syncArea(ObjectId id)
{
    const Schema &schema = m_document->schema();
    AreaItem *item = m_areas.value(id);
    for (const Area &area : schema.areas()) {
        if (area.id != id)
            continue;
        if (!item) {
            item = new AreaItem(id);
            addItem(item);
            m_areas.insert(id, item);
        }
        item->update(area);
        return;
    }
    m_areas.remove(id);
    deleteItem(item);
}

void DiagramScene::apply(const DocumentChange &change)
{
    const QScopedValueRollback syncing(m_syncing, true);
    const Schema &schema = m_document->schema();
    bool structural = change.catalogueChanged;
    QSet<ObjectId> all = change.inserted;
    all.unite(change.removed).unite(change.changed);
    for (ObjectId id : std::as_const(all)) {
        if (m_tables.contains(id) || schema.table(id)) {
            syncTable(id);
            structural = true;
        } else if (m_notes.contains(id)
            || std::any_of(schema.notes().cbegin(), schema.notes().cend(),
                [id](const Note &n) { return n.id == id; })) {
            syncNote(id);
        } else {
            syncArea(id);
        }
    }
    if (change.catalogueChanged && m_colorByType) {
        for (const Table &t : schema.tables())
            syncTable(t.id);
    }
    for (ObjectId id : change.moved) {
        if (const Table *t = schema.table(id); t && m_tables.contains(id)) {
            if (m_tables.value(id)->pos() != t->position)
                m_tables.value(id)->setPos(t->position);
        } else if (m_notes.contains(id)) {
            syncNote(id);
        } else if (m_areas.contains(id)) {
            syncArea(id);
        }
    }
    if (structural)
        rebuildRelations();
}

void DiagramScene::clearGhosts()
{
    for (RelationItem *r : std::as_const(m_ghostRelations))
        deleteItem(r);
    m_ghostRelations.clear();
    for (TableItem *t : std::as_const(m_ghosts))
        deleteItem(t);
    m_ghosts.clear();
}

void DiagramScene::setComparison(std::shared_ptr<const DiagramComparison> comparison)
{
    clearGhosts();
    m_comparison = std::move(comparison);
    const DiagramComparison *c = m_comparison.get();
    for (TableItem *item : std::as_const(m_tables))
        item->setComparison(c);
    for (RelationItem *r : std::as_const(m_relations))
        r->setMark(c && r->kind() == RelationItem::Kind::ForeignKey ? int(c->mark(r->id())) : 0);
    if (!c)
        return;
    const Schema &other = c->other();
    for (ObjectId id : c->removedTables()) {
        const Table *table = other.table(id);
        if (!table)
            continue;
        auto *ghost = new TableItem(id);
        ghost->setGhost(true);
        addItem(ghost);
        ghost->update(*table, other, false);
        ghost->setComparison(c);
        ghost->setPos(table->position);
        m_ghosts.insert(id, ghost);
    }
    // A removed foreign key joins the cards its tables have now, or their ghosts.
    const auto cardOf = [&](ObjectId otherTable) -> TableItem * {
        if (TableItem *ghost = m_ghosts.value(otherTable))
            return ghost;
        return m_tables.value(c->currentTable(otherTable));
    };
    for (const DiagramComparison::RemovedForeignKey &removed : c->removedForeignKeys()) {
        RelationItem::End from, to;
        from.table = cardOf(removed.otherTable);
        to.table = cardOf(removed.foreignKey.referencedTable);
        if (!from.table || !to.table)
            continue;
        from.many = true;
        from.optional = true;
        auto *relation = new RelationItem(
            RelationItem::Kind::ForeignKey, removed.foreignKey.id, from, to);
        relation->setFlag(QGraphicsItem::ItemIsSelectable, false);
        relation->setMark(int(DiagramComparison::Mark::Removed));
        addItem(relation);
        relation->updatePath();
        m_ghostRelations << relation;
    }
}

void DiagramScene::rebuildRelations()
{
    // Worked out anew from the schema, but only connectors that differ are replaced: an edit
    // of one table leaves the other thousands of connectors alone.
    struct Spec
    {
        RelationItem::Kind kind;
        ObjectId id;
        RelationItem::End from, to;
    };
    QList<Spec> specs;
    QSet<ObjectId> hidden;
    const Schema &schema = m_document->schema();

    const auto foreignKeyEnds = [&](const Table &table, const ForeignKey &fk,
                                    RelationItem::End *from, RelationItem::End *to) {
        from->table = m_tables.value(table.id);
        to->table = m_tables.value(fk.referencedTable);
        if (!from->table || !to->table || fk.parts.isEmpty())
            return false;
        from->column = fk.parts.first().column;
        to->column = fk.parts.first().referencedColumn;
        from->many = !isUniqueSet(table, fk);
        from->optional = true;
        to->many = false;
        to->optional = false;
        for (const ForeignKeyPart &part : fk.parts) {
            const Column *c = table.column(part.column);
            to->optional = to->optional || (c && c->nullable);
        }
        return true;
    };
    const auto findForeignKey = [&](ObjectId tableId, ObjectId fkId) -> const ForeignKey * {
        const Table *t = schema.table(tableId);
        if (!t)
            return nullptr;
        for (const ForeignKey &fk : t->foreignKeys) {
            if (fk.id == fkId)
                return &fk;
        }
        return nullptr;
    };
    const auto addForeignKey = [&](ObjectId tableId, ObjectId fkId) {
        const ForeignKey *fk = findForeignKey(tableId, fkId);
        RelationItem::End from, to;
        if (fk && foreignKeyEnds(*schema.table(tableId), *fk, &from, &to))
            specs.append({RelationItem::Kind::ForeignKey, fkId, from, to});
    };

    const QList<Relationship> relationships = findRelationships(schema);
    for (const Relationship &r : relationships) {
        switch (r.kind) {
        case Relationship::Kind::ManyToOne:
        case Relationship::Kind::OneToOne:
        case Relationship::Kind::SelfReferential:
            addForeignKey(r.table, r.foreignKey);
            break;
        case Relationship::Kind::ManyToMany:
        case Relationship::Kind::SelfManyToMany:
            if (m_manyToManyAsOne && m_tables.contains(r.target)
                && m_tables.contains(r.secondTarget)) {
                RelationItem::End from {m_tables.value(r.target), NoObject, true, true};
                RelationItem::End to {m_tables.value(r.secondTarget), NoObject, true, true};
                specs.append({RelationItem::Kind::ManyToMany, r.table, from, to});
                hidden.insert(r.table);
            } else {
                addForeignKey(r.table, r.foreignKey);
                addForeignKey(r.table, r.secondForeignKey);
            }
            break;
        case Relationship::Kind::JoinedInheritance:
        case Relationship::Kind::SingleInheritance:
            if (m_tables.contains(r.table) && m_tables.contains(r.target)) {
                const auto kind = r.kind == Relationship::Kind::JoinedInheritance
                    ? RelationItem::Kind::JoinedInheritance
                    : RelationItem::Kind::SingleInheritance;
                specs.append({kind, r.table,
                    RelationItem::End {m_tables.value(r.table), NoObject, false, false},
                    RelationItem::End {m_tables.value(r.target), NoObject, false, false}});
            }
            break;
        }
    }
    for (auto it = m_tables.cbegin(); it != m_tables.cend(); ++it) {
        const bool visible = !hidden.contains(it.key());
        if (it.value()->isVisible() != visible)
            it.value()->setVisible(visible);
    }

    const auto key = [](RelationItem::Kind kind, ObjectId id, const RelationItem::End &from,
                         const RelationItem::End &to) {
        return QStringLiteral("%1/%2/%3/%4/%5/%6/%7%8%9%10")
            .arg(int(kind))
            .arg(id)
            .arg(quintptr(from.table))
            .arg(quintptr(to.table))
            .arg(from.column)
            .arg(to.column)
            .arg(int(from.many))
            .arg(int(from.optional))
            .arg(int(to.many))
            .arg(int(to.optional));
    };
    QHash<QString, RelationItem *> existing;
    for (RelationItem *r : std::as_const(m_relations))
        existing.insert(key(r->kind(), r->id(), r->from(), r->to()), r);
    QList<RelationItem *> kept;
    QList<RelationItem *> created;
    for (const Spec &spec : std::as_const(specs)) {
        if (RelationItem *r = existing.take(key(spec.kind, spec.id, spec.from, spec.to))) {
            kept.append(r);
        } else {
            auto *relation = new RelationItem(spec.kind, spec.id, spec.from, spec.to);
            kept.append(relation);
            created.append(relation);
        }
    }
    // The list no longer holds the stale connectors when they go: deleting a selected one
    // announces a selection change, and selectedForeignKeys() walks the list.
    m_relations = kept;
    for (RelationItem *stale : std::as_const(existing))
        deleteItem(stale);
    for (RelationItem *relation : std::as_const(created)) {
        addItem(relation);
        relation->updatePath();
    }
}

bool DiagramScene::isCardAt(const QRectF &rect, const TableItem *a, const TableItem *b) const
{
    for (const TableItem *item : m_tables) {
        if (item != a && item != b && item->cardRect().intersects(rect)
            && (!m_manyToManyAsOne || item->isVisible()))
            return true;
    }
    return false;
}

QRectF DiagramScene::contentRect() const
{
    QRectF rect;
    for (const QGraphicsItem *item : items()) {
        if (item->isVisible() && item != m_connectLine)
            rect |= item->sceneBoundingRect();
    }
    return rect;
}

QList<ObjectId> DiagramScene::selectedObjects() const
{
    QList<ObjectId> ids;
    const Schema &schema = m_document->schema();
    for (const Table &t : schema.tables()) {
        if (const TableItem *item = m_tables.value(t.id); item && item->isSelected())
            ids.append(t.id);
    }
    for (const Note &n : schema.notes()) {
        if (const NoteItem *item = m_notes.value(n.id); item && item->isSelected())
            ids.append(n.id);
    }
    for (const Area &a : schema.areas()) {
        if (const AreaItem *item = m_areas.value(a.id); item && item->isSelected())
            ids.append(a.id);
    }
    return ids;
}

QList<ObjectId> DiagramScene::selectedForeignKeys() const
{
    QList<ObjectId> ids;
    for (const RelationItem *r : m_relations) {
        if (r->isSelected() && r->kind() == RelationItem::Kind::ForeignKey)
            ids.append(r->id());
    }
    return ids;
}

void DiagramScene::selectObjects(const QList<ObjectId> &ids)
{
    clearSelection();
    for (ObjectId id : ids) {
        if (QGraphicsItem *item = m_tables.value(id))
            item->setSelected(true);
        else if (QGraphicsItem *note = m_notes.value(id))
            note->setSelected(true);
        else if (QGraphicsItem *area = m_areas.value(id))
            area->setSelected(true);
    }
}

void DiagramScene::setTool(Tool tool)
{
    if (m_tool == tool)
        return;
    m_tool = tool;
    if (tool != Tool::Connect)
        cancelConnection();
    emit toolChanged(tool);
}

void DiagramScene::cancelConnection()
{
    if (m_connectTarget)
        m_connectTarget->setHighlightedRow(-1);
    m_connectTarget = nullptr;
    m_connectFrom = NoObject;
    QGraphicsLineItem *line = m_connectLine;
    m_connectLine = nullptr;
    deleteItem(line);
}

QSizeF DiagramScene::newTableSize()
{
    // A card is at least this wide, and a new table has a header and one row (TableItem).
    return QSizeF(120, TableItem::HeaderHeight + TableItem::RowHeight + 4);
}

QPointF DiagramScene::freePosition(QPointF wanted, QSizeF size) const
{
    // Free means a gap of a grid step all around, so cards never touch.
    const auto isFree = [&](QPointF at) {
        const QRectF rect = QRectF(at, size).adjusted(-GridSize, -GridSize, GridSize, GridSize);
        for (const TableItem *item : m_tables) {
            if (item->isVisible() && item->cardRect().intersects(rect))
                return false;
        }
        return true;
    };
    if (isFree(wanted))
        return wanted;
    // Rings of growing distance (in grid steps); on each ring the nearest point wins, the one
    // below or right of `wanted` on a tie, so a new card tends to land beside its neighbours.
    for (int ring = 1; ring <= 60; ++ring) {
        QPointF best;
        qreal bestDistance = -1;
        for (int dx = -ring; dx <= ring; ++dx) {
            for (int dy = -ring; dy <= ring; ++dy) {
                if (std::max(std::abs(dx), std::abs(dy)) != ring)
                    continue;
                const QPointF at = wanted + QPointF(dx * GridSize, dy * GridSize);
                const qreal distance = std::hypot(dx, dy) - (dx >= 0 && dy >= 0 ? 0.01 : 0);
                if ((bestDistance < 0 || distance < bestDistance) && isFree(at)) {
                    best = at;
                    bestDistance = distance;
                }
            }
        }
        if (bestDistance >= 0)
            return best;
    }
    // Crowded all around: right of every card.
    qreal right = wanted.x();
    for (const TableItem *item : m_tables)
        right = std::max(right, item->cardRect().right() + 2 * GridSize);
    return QPointF(right, wanted.y());
}

QPointF DiagramScene::snapped(QPointF position) const
{
    if (!m_snapToGrid || m_syncing)
        return position;
    return QPointF(std::round(position.x() / GridSize) * GridSize,
        std::round(position.y() / GridSize) * GridSize);
}

void DiagramScene::setColorByType(bool on)
{
    if (m_colorByType == on)
        return;
    m_colorByType = on;
    for (const Table &t : m_document->schema().tables())
        syncTable(t.id);
}

void DiagramScene::setManyToManyAsOne(bool on)
{
    if (m_manyToManyAsOne == on)
        return;
    m_manyToManyAsOne = on;
    rebuildRelations();
}

void DiagramScene::drawBackground(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, m_colors.background);
    if (m_exporting)
        return;
    // The grid, while its lines are far enough apart to help.
    const qreal scale = painter->worldTransform().m11();
    if (GridSize * scale < 8)
        return;
    const qreal left = std::floor(rect.left() / GridSize) * GridSize;
    const qreal top = std::floor(rect.top() / GridSize) * GridSize;
    QVarLengthArray<QPointF, 2048> points;
    for (qreal x = left; x < rect.right(); x += GridSize) {
        for (qreal y = top; y < rect.bottom(); y += GridSize)
            points.append(QPointF(x, y));
    }
    QPen pen(m_colors.grid, 2);
    pen.setCosmetic(true);
    painter->setPen(pen);
    painter->drawPoints(points.data(), int(points.size()));
}

QHash<ObjectId, QPointF> DiagramScene::selectedPositions() const
{
    QHash<ObjectId, QPointF> positions;
    for (QGraphicsItem *item : selectedItems()) {
        switch (item->type()) {
        case TableItem::Type:
            positions.insert(static_cast<TableItem *>(item)->id(), item->pos());
            break;
        case NoteItem::Type:
            positions.insert(static_cast<NoteItem *>(item)->id(), item->pos());
            break;
        case AreaItem::Type:
            positions.insert(static_cast<AreaItem *>(item)->id(), item->pos());
            break;
        default:
            break;
        }
    }
    return positions;
}

TableItem *DiagramScene::tableAt(QPointF scenePos) const
{
    const QList<QGraphicsItem *> found = items(scenePos);
    for (QGraphicsItem *item : found) {
        // A ghost of a compared state is no table of the design.
        if (item->type() == TableItem::Type && item->isVisible()
            && !static_cast<TableItem *>(item)->isGhost())
            return static_cast<TableItem *>(item);
    }
    return nullptr;
}

void DiagramScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_tool == Tool::Connect && event->button() == Qt::LeftButton) {
        TableItem *table = tableAt(event->scenePos());
        const ObjectId column = table
            ? table->columnAt(table->rowAt(table->mapFromScene(event->scenePos())))
            : NoObject;
        if (column != NoObject) {
            m_connectFrom = column;
            m_connectLine = addLine(QLineF(event->scenePos(), event->scenePos()),
                QPen(m_colors.selection, 2, Qt::DashLine));
            m_connectLine->setZValue(100);
            event->accept();
            return;
        }
    }
    // A right click on a card that is not selected makes it the selection, so that the context
    // menu's actions (Browse Rows, Delete...) act on the card clicked.
    if (event->button() == Qt::RightButton) {
        if (TableItem *table = tableAt(event->scenePos()); table && !table->isSelected()) {
            clearSelection();
            table->setSelected(true);
        }
    }
    QGraphicsScene::mousePressEvent(event);
    if (event->button() == Qt::LeftButton)
        m_pressPositions = selectedPositions();
}

void DiagramScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_connectLine) {
        m_connectLine->setLine(QLineF(m_connectLine->line().p1(), event->scenePos()));
        TableItem *target = tableAt(event->scenePos());
        if (m_connectTarget && m_connectTarget != target)
            m_connectTarget->setHighlightedRow(-1);
        m_connectTarget = target;
        if (target)
            target->setHighlightedRow(target->rowAt(target->mapFromScene(event->scenePos())));
        return;
    }
    QGraphicsScene::mouseMoveEvent(event);
}

void DiagramScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_connectLine) {
        deleteItem(m_connectLine);
        m_connectLine = nullptr;
        if (m_connectTarget)
            m_connectTarget->setHighlightedRow(-1);
        m_connectTarget = nullptr;
        const ObjectId from = m_connectFrom;
        m_connectFrom = NoObject;
        if (TableItem *target = tableAt(event->scenePos())) {
            const int row = target->rowAt(target->mapFromScene(event->scenePos()));
            if (row >= 0)
                emit connectRequested(from, target->columnAt(row));
            else
                emit connectToTableRequested(from, target->id());
        }
        return;
    }
    QGraphicsScene::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton || m_pressPositions.isEmpty())
        return;
    // A drag is one undo step, pushed when the mouse is released.
    QHash<ObjectId, QPointF> before, after;
    const QHash<ObjectId, QPointF> now = selectedPositions();
    for (auto it = m_pressPositions.cbegin(); it != m_pressPositions.cend(); ++it) {
        const QPointF current = now.value(it.key(), it.value());
        if (current != it.value()) {
            before.insert(it.key(), it.value());
            after.insert(it.key(), current);
        }
    }
    m_pressPositions.clear();
    m_document->push(m_document->moveCommand(before, after));
}

void DiagramScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QGraphicsScene::mouseDoubleClickEvent(event);
    const QList<QGraphicsItem *> found = items(event->scenePos());
    for (QGraphicsItem *item : found) {
        if (item->type() == TableItem::Type && item->isVisible()) {
            auto *table = static_cast<TableItem *>(item);
            if (table->isGhost())
                return; // a compared state's table: nothing to edit
            emit editRequested(
                table->id(), table->columnAt(table->rowAt(table->mapFromScene(event->scenePos()))));
            return;
        }
        if (item->type() == NoteItem::Type) {
            emit editRequested(static_cast<NoteItem *>(item)->id(), NoObject);
            return;
        }
        if (item->type() == AreaItem::Type) {
            emit editRequested(static_cast<AreaItem *>(item)->id(), NoObject);
            return;
        }
    }
    emit addTableRequested(snapped(event->scenePos()));
}

void DiagramScene::nudgeSelection(QPointF step)
{
    const QHash<ObjectId, QPointF> before = selectedPositions();
    QHash<ObjectId, QPointF> after;
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        after.insert(it.key(), it.value() + step);
    m_document->push(m_document->moveCommand(before, after, true));
}

void DiagramScene::keyPressEvent(QKeyEvent *event)
{
    // Escape puts the relation tool down (and drops a connection being dragged).
    if (event->key() == Qt::Key_Escape && m_tool == Tool::Connect) {
        setTool(Tool::Select);
        event->accept();
        return;
    }
    if (!focusItem() && !selectedItems().isEmpty()) {
        const qreal step
            = (event->modifiers() & Qt::ShiftModifier) ? GridSize : (m_snapToGrid ? GridSize : 1);
        QPointF delta;
        switch (event->key()) {
        case Qt::Key_Left:
            delta = {-step, 0};
            break;
        case Qt::Key_Right:
            delta = {step, 0};
            break;
        case Qt::Key_Up:
            delta = {0, -step};
            break;
        case Qt::Key_Down:
            delta = {0, step};
            break;
        default:
            break;
        }
        if (!delta.isNull()) {
            nudgeSelection(delta);
            event->accept();
            return;
        }
    }
    QGraphicsScene::keyPressEvent(event);
}
