#pragma once

#include <QGraphicsView>

class DiagramView;

// A small map of the whole diagram with the main view's visible part outlined; clicking or
// dragging on it moves the main view there.
class OverviewWidget : public QGraphicsView
{
    Q_OBJECT

public:
    explicit OverviewWidget(DiagramView *view, QWidget *parent = nullptr);

protected:
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    void refit();

    DiagramView *m_view;
};
