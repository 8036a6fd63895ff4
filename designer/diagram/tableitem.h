#pragma once

#include "schema/objectid.h"

#include <QColor>
#include <QGraphicsItem>

class DiagramComparison;
class DiagramScene;
class RelationItem;
class Schema;
struct Table;

// A table drawn as a card: its name in a header, then one row per column with markers for
// primary key, foreign key, unique and not null, the column's name and its type. The item keeps
// what it draws (not a pointer into the schema) and is refreshed by DiagramScene when the
// document changes. Connectors attached to it re-route when it moves.
class TableItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };
    int type() const override { return Type; }

    explicit TableItem(ObjectId id);

    ObjectId id() const { return m_id; }
    QString name() const { return m_name; }
    bool isPinned() const { return m_pinned; }
    // Takes the table's content; the size follows it.
    void update(const Table &table, const Schema &schema, bool colorByType);

    // The card in scene coordinates (cheaper than sceneBoundingRect(): cards are never
    // rotated or scaled).
    QRectF cardRect() const { return QRectF(pos(), m_size); }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    // Geometry, in item coordinates: the header, and the row of a column.
    QRectF headerRect() const;
    QRectF rowRect(int row) const;
    int rowAt(QPointF itemPos) const; // -1 outside the rows
    int rowOf(ObjectId column) const;
    ObjectId columnAt(int row) const;
    // Where a connector meets the card for a column (its row's middle; the header's for none),
    // in scene coordinates, on the left or right edge.
    QPointF anchor(ObjectId column, bool rightSide) const;

    void addRelation(RelationItem *relation) { m_relations.append(relation); }
    void removeRelation(RelationItem *relation) { m_relations.removeAll(relation); }
    const QList<RelationItem *> &relations() const { return m_relations; }

    // Highlights a row (a connection being dragged over it); -1 for none.
    void setHighlightedRow(int row);

    // Marks from a comparison (null: none); the comparison must outlive the item or be
    // replaced. Columns the compared state had and this table no longer has are drawn struck
    // out at the end of the card.
    void setComparison(const DiagramComparison *comparison);
    // A card of a table the open design no longer has, drawn where the compared state had it:
    // struck out, in the removed colour, neither selectable nor movable.
    void setGhost(bool ghost);
    bool isGhost() const { return m_ghost; }
    // The mark the card is drawn with (tests; the Changes panel).
    int markOf(ObjectId column) const;
    int mark() const;

    static constexpr qreal HeaderHeight = 26;
    static constexpr qreal RowHeight = 20;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    struct Row
    {
        ObjectId column = NoObject;
        QString name;
        QString type;
        QString comment;
        bool primary = false;
        bool foreign = false;
        bool unique = false;
        bool notNull = false;
        bool autoIncrement = false;
        QColor color; // from the catalogue; invalid when plain
        bool removed = false; // a compared state's column, struck out
    };
    void layOut();
    void paintMarks(QPainter *painter, bool dark);

    DiagramScene *diagramScene() const;

    ObjectId m_id;
    QString m_name;
    QString m_comment;
    bool m_pinned = false;
    QList<Row> m_rows;
    QList<Row> m_removedRows; // from the comparison
    const DiagramComparison *m_comparison = nullptr;
    bool m_ghost = false;
    QSizeF m_size;
    qreal m_nameWidth = 0; // where the type column starts
    int m_highlightedRow = -1;
    QList<RelationItem *> m_relations;
};
