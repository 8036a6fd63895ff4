#pragma once

#include "schema/objectid.h"

#include <QGraphicsItem>
#include <QPainterPath>

class TableItem;

// A connector between two table cards, routed orthogonally: a foreign key with crow's-foot
// ends (one or many at the referencing table, from the key's uniqueness; mandatory or optional
// at the referenced table, from its nullability), a many-to-many relationship drawn through its
// hidden association table, or an inheritance link drawn as a generalisation (hollow triangle
// at the parent; dashed for single-table inheritance). A composite foreign key is one connector.
class RelationItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };
    int type() const override { return Type; }

    enum class Kind { ForeignKey, ManyToMany, JoinedInheritance, SingleInheritance };

    struct End
    {
        TableItem *table = nullptr;
        ObjectId column = NoObject; // the row the connector meets; NoObject: the header
        bool many = false;
        bool optional = false;
    };

    // `id`: the foreign key's id, or the association or subclass table's id.
    RelationItem(Kind kind, ObjectId id, const End &from, const End &to);
    ~RelationItem() override;

    Kind kind() const { return m_kind; }
    ObjectId id() const { return m_id; }
    const End &from() const { return m_from; }
    const End &to() const { return m_to; }
    // The route as a polyline, in scene coordinates (tests and export read it).
    const QPolygonF &route() const { return m_route; }

    void updatePath();
    // Drawn in a comparison's colour: 1 added, 2 removed (dashed), 3 changed; 0 none.
    void setMark(int mark);
    int mark() const { return m_mark; }
    // Forgets the cards (the scene is going away with all its items).
    void detach();

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QPolygonF computeRoute() const;
    void paintEnd(
        QPainter *painter, QPointF tip, QPointF outwards, const End &end, bool parentEnd) const;

    Kind m_kind;
    ObjectId m_id;
    End m_from;
    End m_to;
    QPolygonF m_route;
    QPainterPath m_path;
    QRectF m_bounds;
    int m_mark = 0;
};
