#pragma once

#include "schema/annotation.h"

#include <QGraphicsItem>

// The corner grip of notes and areas: dragging it resizes the item (one undo step, asked for
// through DiagramScene::resizeRequested when the mouse is released).
struct ResizeGrip
{
    static constexpr qreal Size = 12;
    bool active = false;
    QSizeF size; // before the drag
    QPointF offset; // from the pointer to the corner

    static bool contains(const QSizeF &itemSize, QPointF pos)
    {
        return pos.x() >= itemSize.width() - Size && pos.y() >= itemSize.height() - Size;
    }
};

// A free-text note on the diagram (stored as <note> in the file).
class NoteItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 3 };
    int type() const override { return Type; }

    explicit NoteItem(ObjectId id);
    ObjectId id() const { return m_id; }
    QString text() const { return m_text; }
    void update(const Note &note);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;

private:
    ResizeGrip m_grip;
    ObjectId m_id;
    QString m_text;
    QColor m_color;
    QSizeF m_size;
};

// A coloured area grouping tables, with a title (stored as <area> in the file). Drawn behind
// the cards.
class AreaItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 4 };
    int type() const override { return Type; }

    explicit AreaItem(ObjectId id);
    ObjectId id() const { return m_id; }
    QString title() const { return m_title; }
    void update(const Area &area);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;

private:
    ResizeGrip m_grip;
    ObjectId m_id;
    QString m_title;
    QColor m_color;
    QSizeF m_size;
};
