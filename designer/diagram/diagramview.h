#pragma once

#include <QGraphicsView>

class DiagramScene;

// The view of a diagram: zoom with Ctrl+wheel, pinch and keys, fit to window, 100 %, rubber-band
// selection, and panning with the middle button or Space+drag.
class DiagramView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit DiagramView(DiagramScene *scene, QWidget *parent = nullptr);

    DiagramScene *diagramScene() const;
    qreal zoom() const;
    void setZoom(qreal zoom, QPointF anchorScenePos = {});
    static constexpr qreal MinimumZoom = 0.02;
    static constexpr qreal MaximumZoom = 8;

public slots:
    void zoomIn();
    void zoomOut();
    void resetZoom();
    void fitToWindow();
    // Centres a table and selects it (search, validation panel).
    void showObject(quint64 id);

signals:
    void zoomChanged(qreal zoom);

protected:
    bool viewportEvent(QEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void zoomBy(qreal factor, QPoint viewportAnchor);

    bool m_panning = false;
    bool m_spaceHeld = false;
    QPoint m_panStart;
};
