#include "tableitem.h"

#include "diagramcomparison.h"
#include "diagramscene.h"
#include "relationitem.h"
#include "schema/schema.h"

#include <QGraphicsSceneHoverEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace {

constexpr qreal Padding = 8;
constexpr qreal MarkerWidth = 30;
constexpr qreal Gap = 14;
constexpr qreal MinimumWidth = 120;
constexpr qreal MaximumWidth = 420;

} // namespace

TableItem::TableItem(ObjectId id)
    : m_id(id)
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges);
    setAcceptHoverEvents(true);
    setZValue(1);
}

DiagramScene *TableItem::diagramScene() const
{
    return static_cast<DiagramScene *>(scene());
}

void TableItem::update(const Table &table, const Schema &schema, bool colorByType)
{
    prepareGeometryChange();
    m_name = table.name;
    m_comment = table.comment;
    m_pinned = table.pinned;
    m_rows.clear();
    m_rows.reserve(table.columns.size());
    const Key *primary = table.primaryKey();
    for (const Column &c : table.columns) {
        Row row;
        row.column = c.id;
        row.name = c.name;
        row.type = c.datatype;
        row.comment = c.comment;
        row.primary = primary && primary->contains(c.id);
        row.notNull = !c.nullable;
        row.autoIncrement = c.autoIncrement;
        for (const ForeignKey &fk : table.foreignKeys) {
            for (const ForeignKeyPart &part : fk.parts)
                row.foreign = row.foreign || part.column == c.id;
        }
        for (const Key &k : table.keys) {
            if (k.type == Key::Unique && k.parts.size() == 1 && k.parts.first().column == c.id)
                row.unique = true;
        }
        if (colorByType) {
            const int type = schema.catalogue().resolve(c.typeName());
            if (type >= 0)
                row.color = QColor(schema.catalogue().colorFor(type));
        }
        m_rows.append(row);
    }
    layOut();
}

void TableItem::setComparison(const DiagramComparison *comparison)
{
    prepareGeometryChange();
    m_comparison = comparison;
    m_removedRows.clear();
    if (comparison && !m_ghost) {
        for (const Column &c : comparison->removedColumns(m_id)) {
            Row row;
            row.name = c.name;
            row.type = c.datatype;
            row.comment = DiagramComparison::markName(DiagramComparison::Mark::Removed);
            row.removed = true;
            m_removedRows.append(row);
        }
    }
    layOut();
}

void TableItem::setGhost(bool ghost)
{
    m_ghost = ghost;
    setFlags(ghost ? GraphicsItemFlags() : (ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges));
    setZValue(ghost ? 0.5 : 1);
    setAcceptHoverEvents(true);
}

int TableItem::mark() const
{
    if (m_ghost)
        return int(DiagramComparison::Mark::Removed);
    return m_comparison ? int(m_comparison->mark(m_id)) : 0;
}

int TableItem::markOf(ObjectId column) const
{
    if (m_ghost)
        return int(DiagramComparison::Mark::Removed);
    return m_comparison ? int(m_comparison->mark(column)) : 0;
}

void TableItem::layOut()
{
    prepareGeometryChange();
    const DiagramScene::Style &style = DiagramScene::style();
    qreal nameWidth = 0;
    qreal typeWidth = 0;
    for (const Row &row : m_rows + m_removedRows) {
        using Font = DiagramScene::Style::Font;
        nameWidth = std::max<qreal>(
            nameWidth, style.width(row.name, row.notNull ? Font::Bold : Font::Regular) + 1);
        typeWidth = std::max<qreal>(typeWidth, style.width(row.type, Font::Small));
    }
    const qreal headerWidth = style.width(m_name, DiagramScene::Style::Font::Bold) + 2 * Padding;
    const qreal rowsWidth = MarkerWidth + nameWidth + Gap + typeWidth + Padding;
    const qreal width = std::clamp(std::max(headerWidth, rowsWidth), MinimumWidth, MaximumWidth);
    m_nameWidth = std::min(nameWidth, width - MarkerWidth - Padding - Gap);
    m_size = QSizeF(std::ceil(width),
        HeaderHeight + RowHeight * std::max<qsizetype>(1, m_rows.size() + m_removedRows.size()) + 4);
    setToolTip(m_comment);
    for (RelationItem *relation : std::as_const(m_relations))
        relation->updatePath();
    QGraphicsItem::update();
}

QRectF TableItem::boundingRect() const
{
    return QRectF(QPointF(-1, -1), m_size + QSizeF(2, 2));
}

QPainterPath TableItem::shape() const
{
    QPainterPath path;
    path.addRect(QRectF(QPointF(0, 0), m_size));
    return path;
}

QRectF TableItem::headerRect() const
{
    return QRectF(0, 0, m_size.width(), HeaderHeight);
}

QRectF TableItem::rowRect(int row) const
{
    return QRectF(0, HeaderHeight + row * RowHeight, m_size.width(), RowHeight);
}

int TableItem::rowAt(QPointF itemPos) const
{
    if (itemPos.x() < 0 || itemPos.x() > m_size.width() || itemPos.y() < HeaderHeight)
        return -1;
    const int row = int((itemPos.y() - HeaderHeight) / RowHeight);
    return row < m_rows.size() ? row : -1;
}

int TableItem::rowOf(ObjectId column) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).column == column)
            return i;
    }
    return -1;
}

ObjectId TableItem::columnAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).column : NoObject;
}

QPointF TableItem::anchor(ObjectId column, bool rightSide) const
{
    const int row = rowOf(column);
    const qreal y = row >= 0 ? rowRect(row).center().y() : HeaderHeight / 2;
    return mapToScene(QPointF(rightSide ? m_size.width() : 0, y));
}

void TableItem::setHighlightedRow(int row)
{
    if (m_highlightedRow == row)
        return;
    m_highlightedRow = row;
    QGraphicsItem::update();
}

void TableItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const DiagramScene::Style &style = DiagramScene::style();
    const DiagramScene::Colors &colors = diagramScene()->colors();
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const QRectF card(QPointF(0, 0), m_size);
    const bool selected = isSelected();

    // Far away: a block with the header colour, and the name while it can be read.
    // The view does not save the painter's state between items: set what this item needs.
    painter->setRenderHint(QPainter::Antialiasing, lod >= 0.4);
    if (lod < 0.4) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(colors.cardBackground);
        painter->drawRect(card);
        painter->setBrush(selected ? colors.selection : colors.header);
        painter->drawRect(headerRect());
        if (lod > 0.12) {
            painter->setPen(colors.headerText);
            painter->setFont(style.boldFont);
            painter->drawText(headerRect().adjusted(Padding, 0, -Padding, 0),
                Qt::AlignVCenter | Qt::AlignLeft, m_name);
        }
        return;
    }

    painter->setPen(QPen(selected ? colors.selection : colors.border, selected ? 2 : 1));
    painter->setBrush(colors.cardBackground);
    painter->drawRoundedRect(card, 4, 4);

    painter->setPen(Qt::NoPen);
    painter->setBrush(selected ? colors.selection : colors.header);
    QPainterPath header;
    header.addRoundedRect(headerRect(), 4, 4);
    header.addRect(headerRect().adjusted(0, HeaderHeight / 2, 0, 0));
    painter->drawPath(header.simplified());
    painter->setPen(colors.headerText);
    painter->setFont(style.boldFont);
    const qreal pinSpace = m_pinned ? 14 : 0;
    painter->drawText(headerRect().adjusted(Padding, 0, -Padding - pinSpace, 0),
        Qt::AlignVCenter | Qt::AlignLeft,
        style.boldMetrics.elidedText(
            m_name, Qt::ElideRight, int(m_size.width() - 2 * Padding - pinSpace)));
    if (m_pinned) {
        // A pin: a round head on a short needle, at the header's right end.
        const QPointF head(m_size.width() - Padding - 5, HeaderHeight / 2 - 3);
        painter->setPen(QPen(colors.headerText, 1.5));
        painter->drawLine(head, head + QPointF(-3, 9));
        painter->setPen(Qt::NoPen);
        painter->setBrush(colors.primaryMarker);
        painter->drawEllipse(head, 3.5, 3.5);
    }

    const QRectF exposed = option->exposedRect;
    const qsizetype rowCount = m_rows.size() + m_removedRows.size();
    for (int i = 0; i < rowCount; ++i) {
        const QRectF rect = rowRect(i);
        if (!rect.intersects(exposed))
            continue;
        const Row &row = i < m_rows.size() ? m_rows.at(i) : m_removedRows.at(i - m_rows.size());
        if (row.color.isValid()) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(row.color);
            painter->drawRect(rect.adjusted(1, 0, -1, 0));
        }
        if (i == m_highlightedRow) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(colors.highlight);
            painter->drawRect(rect.adjusted(1, 0, -1, 0));
        }
        const QColor text = row.color.isValid() ? QColor(Qt::black) : colors.text;
        const QColor secondary
            = row.color.isValid() ? QColor(0x55, 0x55, 0x55) : colors.secondaryText;

        // Markers: PK, FK (both: "PF"), U for unique; not null draws the name in bold.
        QString marker;
        if (row.primary)
            marker = row.foreign ? QStringLiteral("PF") : QStringLiteral("PK");
        else if (row.foreign)
            marker = QStringLiteral("FK");
        else if (row.unique)
            marker = QStringLiteral("U");
        if (!marker.isEmpty()) {
            painter->setFont(style.markerFont);
            painter->setPen(row.primary ? colors.primaryMarker : colors.foreignMarker);
            painter->drawText(QRectF(rect.left() + 4, rect.top(), MarkerWidth - 6, rect.height()),
                Qt::AlignVCenter | Qt::AlignLeft, marker);
        }
        painter->setFont(row.notNull ? style.boldFont : style.font);
        painter->setPen(text);
        const QFontMetricsF &nameMetrics = row.notNull ? style.boldMetrics : style.metrics;
        painter->drawText(
            QRectF(rect.left() + MarkerWidth, rect.top(), m_nameWidth + Gap / 2, rect.height()),
            Qt::AlignVCenter | Qt::AlignLeft,
            nameMetrics.elidedText(row.name, Qt::ElideRight, m_nameWidth + Gap / 2));
        painter->setFont(style.smallFont);
        painter->setPen(secondary);
        const qreal typeLeft = rect.left() + MarkerWidth + m_nameWidth + Gap;
        painter->drawText(
            QRectF(typeLeft, rect.top(), rect.right() - Padding - typeLeft, rect.height()),
            Qt::AlignVCenter | Qt::AlignRight,
            style.smallMetrics.elidedText(
                row.type, Qt::ElideRight, rect.right() - Padding - typeLeft));
    }
    if (m_comparison || m_ghost)
        paintMarks(painter, colors.background.lightness() < 128);
}

// The comparison's marks over the card: a border and a sign in the header for the table, a bar
// and a sign on each marked row, and a line through what was removed. The signs (+, ~, -)
// tell the marks apart without their colours.
void TableItem::paintMarks(QPainter *painter, bool dark)
{
    using Mark = DiagramComparison::Mark;
    const auto sign = [&](QPointF centre, Mark mark, qreal radius) {
        const QColor color = DiagramComparison::markColor(mark, dark);
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawEllipse(centre, radius, radius);
        painter->setPen(QPen(dark ? QColor(0x10, 0x10, 0x10) : QColor(Qt::white), radius / 3.5));
        const qreal r = radius * 0.55;
        painter->drawLine(centre - QPointF(r, 0), centre + QPointF(r, 0));
        if (mark == Mark::Added)
            painter->drawLine(centre - QPointF(0, r), centre + QPointF(0, r));
        if (mark == Mark::Changed) {
            painter->drawLine(centre + QPointF(-r, -r * 0.7), centre + QPointF(r, -r * 0.7));
            painter->drawLine(centre + QPointF(-r, r * 0.7), centre + QPointF(r, r * 0.7));
        }
    };
    const Mark tableMark = Mark(mark());
    if (tableMark != Mark::None) {
        QPen border(DiagramComparison::markColor(tableMark, dark), 3);
        if (tableMark == Mark::Removed)
            border.setStyle(Qt::DashLine);
        painter->setPen(border);
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(QPointF(0, 0), m_size), 4, 4);
        sign(QPointF(m_size.width() - 11, HeaderHeight / 2), tableMark, 7);
    }
    const qsizetype rowCount = m_rows.size() + m_removedRows.size();
    for (int i = 0; i < rowCount; ++i) {
        const bool removed = i >= m_rows.size() || m_ghost;
        const Mark rowMark = removed ? Mark::Removed : Mark(markOf(m_rows.at(i).column));
        if (rowMark == Mark::None)
            continue;
        const QRectF rect = rowRect(i);
        QColor tint = DiagramComparison::markColor(rowMark, dark);
        tint.setAlpha(40);
        painter->setPen(Qt::NoPen);
        painter->setBrush(tint);
        painter->drawRect(rect.adjusted(1, 0, -1, 0));
        painter->setBrush(DiagramComparison::markColor(rowMark, dark));
        painter->drawRect(QRectF(rect.left() + 1, rect.top() + 2, 3, rect.height() - 4));
        if (removed) {
            painter->setPen(QPen(DiagramComparison::markColor(rowMark, dark), 1.2));
            painter->drawLine(QPointF(rect.left() + MarkerWidth, rect.center().y()),
                QPointF(rect.right() - Padding, rect.center().y()));
        }
        sign(QPointF(rect.right() - 4.5, rect.center().y()), rowMark, 3.5);
    }
    if (m_ghost) {
        painter->setPen(QPen(DiagramComparison::markColor(Mark::Removed, dark), 1.5));
        const qreal y = HeaderHeight / 2;
        painter->drawLine(QPointF(Padding, y), QPointF(m_size.width() - 22, y));
    }
}

QVariant TableItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionChange && scene())
        return diagramScene()->snapped(value.toPointF());
    if (change == ItemPositionHasChanged) {
        for (RelationItem *relation : std::as_const(m_relations))
            relation->updatePath();
    }
    return QGraphicsItem::itemChange(change, value);
}

void TableItem::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    // The comment of the column under the pointer, else the table's.
    const int row = rowAt(event->pos());
    QString tip = row >= 0 && !m_rows.at(row).comment.isEmpty() ? m_rows.at(row).comment : m_comment;
    // Compared: what changed, old and new.
    if (m_comparison && !m_ghost) {
        const QStringList details = m_comparison->details(row >= 0 ? m_rows.at(row).column : m_id);
        if (!details.isEmpty())
            tip = details.join(u'\n') + (tip.isEmpty() ? QString() : QString(u"\n\n" + tip));
    } else if (m_ghost) {
        tip = DiagramComparison::tr("Removed: %1").arg(m_name);
    }
    if (toolTip() != tip)
        setToolTip(tip);
    QGraphicsItem::hoverMoveEvent(event);
}
