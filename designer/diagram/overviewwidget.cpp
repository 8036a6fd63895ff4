#include "overviewwidget.h"

#include "diagramscene.h"
#include "diagramview.h"

#include <QMouseEvent>
#include <QScrollBar>
#include <QTimer>

OverviewWidget::OverviewWidget(DiagramView *view, QWidget *parent)
    : QGraphicsView(view->scene(), parent)
    , m_view(view)
{
    setObjectName(QStringLiteral("overview"));
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setInteractive(false);
    setRenderHint(QPainter::Antialiasing, false);
    setViewportUpdateMode(BoundingRectViewportUpdate);
    setMinimumSize(160, 120);
    // The outline follows the main view; the map follows the diagram's extent.
    const auto repaint = [this] { viewport()->update(); };
    connect(view->horizontalScrollBar(), &QScrollBar::valueChanged, this, repaint);
    connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this, repaint);
    connect(view, &DiagramView::zoomChanged, this, repaint);
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setInterval(200);
    connect(timer, &QTimer::timeout, this, &OverviewWidget::refit);
    connect(view->scene(), &QGraphicsScene::changed, timer, qOverload<>(&QTimer::start));
}

void OverviewWidget::refit()
{
    const QRectF content = static_cast<DiagramScene *>(scene())->contentRect();
    if (!content.isEmpty())
        fitInView(content.adjusted(-40, -40, 40, 40), Qt::KeepAspectRatio);
    viewport()->update();
}

void OverviewWidget::drawForeground(QPainter *painter, const QRectF &)
{
    const QRectF visible = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    QColor fill = palette().color(QPalette::Highlight);
    fill.setAlpha(40);
    QPen pen(palette().color(QPalette::Highlight), 2);
    pen.setCosmetic(true);
    painter->setPen(pen);
    painter->setBrush(fill);
    painter->drawRect(visible);
}

void OverviewWidget::mousePressEvent(QMouseEvent *event)
{
    m_view->centerOn(mapToScene(event->position().toPoint()));
}

void OverviewWidget::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        m_view->centerOn(mapToScene(event->position().toPoint()));
}

void OverviewWidget::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    refit();
}

void OverviewWidget::wheelEvent(QWheelEvent *event)
{
    event->ignore();
}
