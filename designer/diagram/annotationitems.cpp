#include "annotationitems.h"

#include "diagramscene.h"

#include <QCursor>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

AnnotationItem::AnnotationItem(ObjectId id, QSizeF minimumSize)
    : m_id(id)
    , m_minimumSize(minimumSize)
    , m_size(minimumSize)
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges);
    setAcceptHoverEvents(true);
}

QRectF AnnotationItem::boundingRect() const
{
    return QRectF(QPointF(-1, -1), m_size + QSizeF(2, 2));
}

void AnnotationItem::setGeometry(const QRectF &geometry)
{
    prepareGeometryChange();
    m_size = geometry.size().expandedTo(m_minimumSize);
    setPos(geometry.topLeft());
    QGraphicsItem::update();
}

void AnnotationItem::paintGrip(QPainter *painter, const QColor &color) const
{
    const QPointF corner = rect().bottomRight();
    painter->setPen(QPen(color, 1.5));
    for (qreal d : {4.0, 8.0})
        painter->drawLine(corner - QPointF(d, 1), corner - QPointF(1, d));
}

bool AnnotationItem::onGrip(QPointF pos) const
{
    return pos.x() >= m_size.width() - GripSize && pos.y() >= m_size.height() - GripSize;
}

QVariant AnnotationItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionChange && scene())
        return static_cast<DiagramScene *>(scene())->snapped(value.toPointF());
    return QGraphicsItem::itemChange(change, value);
}

void AnnotationItem::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    setCursor(onGrip(event->pos()) ? Qt::SizeFDiagCursor : Qt::ArrowCursor);
    QGraphicsItem::hoverMoveEvent(event);
}

void AnnotationItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && onGrip(event->pos())) {
        m_resizing = true;
        m_sizeBefore = m_size;
        m_gripOffset = QPointF(m_size.width(), m_size.height()) - event->pos();
        event->accept();
        return;
    }
    QGraphicsItem::mousePressEvent(event);
}

void AnnotationItem::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_resizing) {
        prepareGeometryChange();
        const QPointF corner = event->pos() + m_gripOffset;
        m_size = QSizeF(corner.x(), corner.y()).expandedTo(m_minimumSize);
        return;
    }
    QGraphicsItem::mouseMoveEvent(event);
}

void AnnotationItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_resizing) {
        m_resizing = false;
        const QSizeF size = m_size;
        prepareGeometryChange();
        m_size = m_sizeBefore; // the document decides; the scene follows it
        emit static_cast<DiagramScene *>(scene())->resizeRequested(m_id, QRectF(pos(), size));
        return;
    }
    QGraphicsItem::mouseReleaseEvent(event);
}

NoteItem::NoteItem(ObjectId id)
    : AnnotationItem(id, QSizeF(60, 30))
{
    setZValue(2);
}

void NoteItem::update(const Note &note)
{
    m_text = note.text;
    m_color = note.color.isEmpty() ? QColor(0xff, 0xf3, 0xa8) : QColor(note.color);
    setGeometry(note.geometry);
}

void NoteItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const auto &colors = static_cast<DiagramScene *>(scene())->colors();
    const QRectF r = rect();
    painter->setPen(
        QPen(isSelected() ? colors.selection : m_color.darker(140), isSelected() ? 2 : 1));
    painter->setBrush(m_color);
    // A folded corner, as notes are drawn in UML.
    const qreal fold = 12;
    painter->drawPolygon(QPolygonF({r.topLeft(), r.topRight() - QPointF(fold, 0),
        r.topRight() + QPointF(0, fold), r.bottomRight(), r.bottomLeft()}));
    painter->setPen(Qt::black);
    painter->setFont(DiagramScene::style().font);
    painter->drawText(
        r.adjusted(8, 6, -8, -6), Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, m_text);
    if (isSelected())
        paintGrip(painter, colors.selection);
}

AreaItem::AreaItem(ObjectId id)
    : AnnotationItem(id, QSizeF(80, 40))
{
    setZValue(-10);
}

void AreaItem::update(const Area &area)
{
    m_title = area.title;
    m_color = area.color.isEmpty() ? QColor(0x7a, 0xa7, 0xd8) : QColor(area.color);
    setGeometry(area.geometry);
}

void AreaItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const auto &colors = static_cast<DiagramScene *>(scene())->colors();
    const QRectF r = rect();
    QColor fill = m_color;
    fill.setAlpha(40);
    painter->setPen(QPen(isSelected() ? colors.selection : m_color, isSelected() ? 2 : 1.5));
    painter->setBrush(fill);
    painter->drawRoundedRect(r, 8, 8);
    painter->setPen(m_color.darker(150));
    painter->setFont(DiagramScene::style().boldFont);
    painter->drawText(r.adjusted(10, 6, -10, -6), Qt::AlignLeft | Qt::AlignTop, m_title);
    if (isSelected())
        paintGrip(painter, colors.selection);
}
