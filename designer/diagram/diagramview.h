#pragma once

#include <QGraphicsView>

#include <optional>

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
    // Zooms, with `centre` (else what is in the middle now) in the middle of the view.
    void setZoom(qreal zoom, std::optional<QPointF> centre = std::nullopt);
    static constexpr qreal MinimumZoom = 0.02;
    static constexpr qreal MaximumZoom = 8;
    // The smallest zoom at which a card's text reads comfortably.
    static constexpr qreal ReadableZoom = 0.75;

public slots:
    void zoomIn();
    void zoomOut();
    void resetZoom();
    // The whole diagram, centred, at the zoom that fits it (at most 100 %).
    void fitToWindow();
    // How a design opens: at 100 % (or the zoom that fits it, down to ReadableZoom) and centred
    // when it fits; else at ReadableZoom from its top-left corner.
    void showReadable();
    // Centres a table and selects it (search, validation panel).
    void showObject(quint64 id);

signals:
    void zoomChanged(qreal zoom);

protected:
    bool viewportEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void zoomBy(qreal factor, QPoint viewportAnchor);
    // The view scrolls over the diagram and a viewport's worth of canvas all around it, so that
    // any part can be brought to the middle at any zoom. (Left to itself, the view scrolls over
    // the scene's rectangle, which only grows, and is brought up to date only after the next
    // event: a view wider than it cannot centre anything, and one asked to show cards that were
    // just moved cannot reach them.) `content`: what must be included beyond that rectangle.
    void updateSceneRect(const QRectF &content = {});

    bool m_panning = false;
    bool m_spaceHeld = false;
    QPoint m_panStart;
};
