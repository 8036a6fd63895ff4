#include "diagramview.h"

#include "diagramscene.h"
#include "tableitem.h"

#include <QNativeGestureEvent>
#include <QScrollBar>
#include <QWheelEvent>

DiagramView::DiagramView(DiagramScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(RubberBandDrag);
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    setTransformationAnchor(AnchorUnderMouse);
    setViewportUpdateMode(SmartViewportUpdate);
    setOptimizationFlags(DontSavePainterState | DontAdjustForAntialiasing);
    setFocusPolicy(Qt::StrongFocus);
    viewport()->grabGesture(Qt::PinchGesture);
    connect(scene, &QGraphicsScene::sceneRectChanged, this, [this] { updateSceneRect(); });
    updateSceneRect();
}

void DiagramView::updateSceneRect(const QRectF &content)
{
    const QRectF diagram = content | scene()->sceneRect();
    const qreal z = zoom();
    const qreal marginX = viewport()->width() / z;
    const qreal marginY = viewport()->height() / z;
    setSceneRect(diagram.adjusted(-marginX, -marginY, marginX, marginY));
}

void DiagramView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    updateSceneRect();
}

DiagramScene *DiagramView::diagramScene() const
{
    return static_cast<DiagramScene *>(scene());
}

qreal DiagramView::zoom() const
{
    return transform().m11();
}

void DiagramView::setZoom(qreal zoom, std::optional<QPointF> centre)
{
    zoom = std::clamp(zoom, MinimumZoom, MaximumZoom);
    const QPointF middle = centre ? *centre : mapToScene(viewport()->rect().center());
    setTransform(QTransform::fromScale(zoom, zoom));
    updateSceneRect(diagramScene()->contentRect());
    centerOn(middle);
    emit zoomChanged(zoom);
}

void DiagramView::zoomBy(qreal factor, QPoint viewportAnchor)
{
    const qreal target = std::clamp(zoom() * factor, MinimumZoom, MaximumZoom);
    if (qFuzzyCompare(target, zoom()))
        return;
    // Keep the point under the anchor where it is.
    const QPointF before = mapToScene(viewportAnchor);
    setTransform(QTransform::fromScale(target, target));
    updateSceneRect();
    const QPointF after = mapToScene(viewportAnchor);
    const QPointF shift = (after - before) * target;
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() - int(shift.x()));
    verticalScrollBar()->setValue(verticalScrollBar()->value() - int(shift.y()));
    emit zoomChanged(target);
}

void DiagramView::zoomIn()
{
    zoomBy(1.25, viewport()->rect().center());
}

void DiagramView::zoomOut()
{
    zoomBy(0.8, viewport()->rect().center());
}

void DiagramView::resetZoom()
{
    setZoom(1);
}

void DiagramView::fitToWindow()
{
    const QRectF content = diagramScene()->contentRect();
    if (content.isEmpty()) {
        resetZoom();
        return;
    }
    const QRectF padded = content.adjusted(-20, -20, 20, 20);
    const qreal zoom
        = std::min(viewport()->width() / padded.width(), viewport()->height() / padded.height());
    setZoom(std::min<qreal>(zoom, 1), padded.center());
}

void DiagramView::showReadable()
{
    const QRectF content = diagramScene()->contentRect();
    if (content.isEmpty()) {
        resetZoom();
        return;
    }
    const QRectF padded = content.adjusted(-20, -20, 20, 20);
    const qreal fit
        = std::min(viewport()->width() / padded.width(), viewport()->height() / padded.height());
    if (fit >= ReadableZoom) {
        setZoom(std::min<qreal>(fit, 1), padded.center());
        return;
    }
    // Too big to be read whole: readable, from where a reader starts.
    setZoom(ReadableZoom);
    const QSizeF visible = QSizeF(viewport()->size()) / ReadableZoom;
    centerOn(padded.topLeft() + QPointF(visible.width(), visible.height()) / 2);
}

void DiagramView::showObject(quint64 id)
{
    if (TableItem *item = diagramScene()->tableItem(id)) {
        diagramScene()->selectObjects({id});
        if (zoom() < 0.5)
            setZoom(1, item->sceneBoundingRect().center());
        else
            centerOn(item);
    }
}

bool DiagramView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::NativeGesture) {
        auto *gesture = static_cast<QNativeGestureEvent *>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            zoomBy(1 + gesture->value(), gesture->position().toPoint());
            return true;
        }
    }
    return QGraphicsView::viewportEvent(event);
}

void DiagramView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const qreal steps = event->angleDelta().y() / 120.0;
        zoomBy(std::pow(1.2, steps), event->position().toPoint());
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void DiagramView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::ZoomIn)
        || (event->key() == Qt::Key_Equal && (event->modifiers() & Qt::ControlModifier))) {
        zoomIn();
        return;
    }
    if (event->matches(QKeySequence::ZoomOut)) {
        zoomOut();
        return;
    }
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = true;
        viewport()->setCursor(Qt::OpenHandCursor);
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void DiagramView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        viewport()->unsetCursor();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void DiagramView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton || (m_spaceHeld && event->button() == Qt::LeftButton)) {
        m_panning = true;
        m_panStart = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void DiagramView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint delta = event->position().toPoint() - m_panStart;
        m_panStart = event->position().toPoint();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void DiagramView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning) {
        m_panning = false;
        if (m_spaceHeld)
            viewport()->setCursor(Qt::OpenHandCursor);
        else
            viewport()->unsetCursor();
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}
