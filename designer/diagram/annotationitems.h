#pragma once

#include "schema/annotation.h"

#include <QColor>
#include <QGraphicsItem>

// What notes and areas share: an id, a size of their own, moving with snapping, and a corner
// grip that resizes them. A resize is asked for through DiagramScene::resizeRequested when the
// mouse is released (one undo step); until the document answers, the item keeps its size.
class AnnotationItem : public QGraphicsItem
{
public:
    ObjectId id() const { return m_id; }
    QRectF boundingRect() const override;

    static constexpr qreal GripSize = 12;

protected:
    AnnotationItem(ObjectId id, QSizeF minimumSize);
    // Takes the geometry from the document.
    void setGeometry(const QRectF &geometry);
    QRectF rect() const { return QRectF(QPointF(0, 0), m_size); }
    // The grip's marks, drawn while selected.
    void paintGrip(QPainter *painter, const QColor &color) const;

    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;

private:
    bool onGrip(QPointF pos) const;

    ObjectId m_id;
    QSizeF m_minimumSize;
    QSizeF m_size;
    bool m_resizing = false;
    QSizeF m_sizeBefore;
    QPointF m_gripOffset; // from the pointer to the corner
};

// A free-text note on the diagram (stored as <note> in the file).
class NoteItem : public AnnotationItem
{
public:
    enum { Type = UserType + 3 };
    int type() const override { return Type; }

    explicit NoteItem(ObjectId id);
    QString text() const { return m_text; }
    void update(const Note &note);
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QString m_text;
    QColor m_color;
};

// A coloured area grouping tables, with a title (stored as <area> in the file). Drawn behind
// the cards.
class AreaItem : public AnnotationItem
{
public:
    enum { Type = UserType + 4 };
    int type() const override { return Type; }

    explicit AreaItem(ObjectId id);
    QString title() const { return m_title; }
    void update(const Area &area);
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QString m_title;
    QColor m_color;
};
