#include "annotationitems.h"

#include "diagramscene.h"

#include <QCursor>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace {

void paintGrip(QPainter *painter, const QRectF &rect, const QColor &color)
{
    painter->setPen(QPen(color, 1.5));
    for (qreal d : {4.0, 8.0})
        painter->drawLine(rect.bottomRight() - QPointF(d, 1), rect.bottomRight() - QPointF(1, d));
}

} // namespace

NoteItem::NoteItem(ObjectId id)
    : m_id(id)
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges);
    setAcceptHoverEvents(true);
    setZValue(2);
}

void NoteItem::update(const Note &note)
{
    prepareGeometryChange();
    m_text = note.text;
    m_color = note.color.isEmpty() ? QColor(0xff, 0xf3, 0xa8) : QColor(note.color);
    m_size = note.geometry.size().expandedTo(QSizeF(60, 30));
    setPos(note.geometry.topLeft());
    QGraphicsItem::update();
}

QRectF NoteItem::boundingRect() const
{
    return QRectF(QPointF(-1, -1), m_size + QSizeF(2, 2));
}

void NoteItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const auto &colors = static_cast<DiagramScene *>(scene())->colors();
    const QRectF rect(QPointF(0, 0), m_size);
    painter->setPen(
        QPen(isSelected() ? colors.selection : m_color.darker(140), isSelected() ? 2 : 1));
    painter->setBrush(m_color);
    // A folded corner, as notes are drawn in UML.
    const qreal fold = 12;
    painter->drawPolygon(QPolygonF({rect.topLeft(), rect.topRight() - QPointF(fold, 0),
        rect.topRight() + QPointF(0, fold), rect.bottomRight(), rect.bottomLeft()}));
    painter->setPen(Qt::black);
    painter->setFont(DiagramScene::style().font);
    painter->drawText(
        rect.adjusted(8, 6, -8, -6), Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, m_text);
}

QVariant NoteItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionChange && scene())
        return static_cast<DiagramScene *>(scene())->snapped(value.toPointF());
    return QGraphicsItem::itemChange(change, value);
}

AreaItem::AreaItem(ObjectId id)
    : m_id(id)
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges);
    setAcceptHoverEvents(true);
    setZValue(-10);
}

void AreaItem::update(const Area &area)
{
    prepareGeometryChange();
    m_title = area.title;
    m_color = area.color.isEmpty() ? QColor(0x7a, 0xa7, 0xd8) : QColor(area.color);
    m_size = area.geometry.size().expandedTo(QSizeF(80, 40));
    setPos(area.geometry.topLeft());
    QGraphicsItem::update();
}

QRectF AreaItem::boundingRect() const
{
    return QRectF(QPointF(-1, -1), m_size + QSizeF(2, 2));
}

void AreaItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const auto &colors = static_cast<DiagramScene *>(scene())->colors();
    const QRectF rect(QPointF(0, 0), m_size);
    QColor fill = m_color;
    fill.setAlpha(40);
    painter->setPen(QPen(isSelected() ? colors.selection : m_color, isSelected() ? 2 : 1.5));
    painter->setBrush(fill);
    painter->drawRoundedRect(rect, 8, 8);
    painter->setPen(m_color.darker(150));
    painter->setFont(DiagramScene::style().boldFont);
    painter->drawText(rect.adjusted(10, 6, -10, -6), Qt::AlignLeft | Qt::AlignTop, m_title);
    if (isSelected())
        paintGrip(painter, rect, colors.selection);
}

QVariant AreaItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionChange && scene())
        return static_cast<DiagramScene *>(scene())->snapped(value.toPointF());
    return QGraphicsItem::itemChange(change, value);
}

void NoteItem::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    setCursor(ResizeGrip::contains(m_size, event->pos()) ? Qt::SizeFDiagCursor : Qt::ArrowCursor);
    QGraphicsItem::hoverMoveEvent(event);
}

void NoteItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && ResizeGrip::contains(m_size, event->pos())) {
        m_grip.active = true;
        m_grip.size = m_size;
        m_grip.offset = QPointF(m_size.width(), m_size.height()) - event->pos();
        event->accept();
        return;
    }
    QGraphicsItem::mousePressEvent(event);
}

void NoteItem::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_grip.active) {
        prepareGeometryChange();
        const QPointF corner = event->pos() + m_grip.offset;
        m_size = QSizeF(corner.x(), corner.y()).expandedTo(QSizeF(60, 30));
        return;
    }
    QGraphicsItem::mouseMoveEvent(event);
}

void NoteItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_grip.active) {
        m_grip.active = false;
        const QSizeF size = m_size;
        prepareGeometryChange();
        m_size = m_grip.size; // the document decides; the scene follows it
        emit static_cast<DiagramScene *>(scene())->resizeRequested(m_id, QRectF(pos(), size));
        return;
    }
    QGraphicsItem::mouseReleaseEvent(event);
}

void AreaItem::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    setCursor(ResizeGrip::contains(m_size, event->pos()) ? Qt::SizeFDiagCursor : Qt::ArrowCursor);
    QGraphicsItem::hoverMoveEvent(event);
}

void AreaItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && ResizeGrip::contains(m_size, event->pos())) {
        m_grip.active = true;
        m_grip.size = m_size;
        m_grip.offset = QPointF(m_size.width(), m_size.height()) - event->pos();
        event->accept();
        return;
    }
    QGraphicsItem::mousePressEvent(event);
}

void AreaItem::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_grip.active) {
        prepareGeometryChange();
        const QPointF corner = event->pos() + m_grip.offset;
        m_size = QSizeF(corner.x(), corner.y()).expandedTo(QSizeF(80, 40));
        return;
    }
    QGraphicsItem::mouseMoveEvent(event);
}

void AreaItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_grip.active) {
        m_grip.active = false;
        const QSizeF size = m_size;
        prepareGeometryChange();
        m_size = m_grip.size; // the document decides; the scene follows it
        emit static_cast<DiagramScene *>(scene())->resizeRequested(m_id, QRectF(pos(), size));
        return;
    }
    QGraphicsItem::mouseReleaseEvent(event);
}
