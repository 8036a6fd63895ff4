#pragma once

#include "schema/objectid.h"

#include <QFont>
#include <QFontMetricsF>
#include <QGraphicsScene>

#include <memory>
#include <QHash>

class AreaItem;
class DesignDocument;
class DiagramComparison;
class NoteItem;
class RelationItem;
class TableItem;
struct DocumentChange;

// The diagram of a DesignDocument: one TableItem per table, one RelationItem per relationship,
// notes and areas. It only renders the document and turns mouse and key gestures into edits
// (a drag is one undo step); it never changes the schema itself.
class DiagramScene : public QGraphicsScene
{
    Q_OBJECT

public:
    // Fonts shared by every card (computed once).
    struct Style
    {
        QFont font, boldFont, smallFont, markerFont;
        QFontMetricsF metrics {QFont()}, boldMetrics {QFont()}, smallMetrics {QFont()};

        enum class Font { Regular, Bold, Small };
        // The advance of `text` in one of the fonts, cached (GUI thread only).
        qreal width(const QString &text, Font which) const;
    };
    static const Style &style();

    // Colours from the application palette (light or dark).
    struct Colors
    {
        QColor background, grid, cardBackground, border, header, headerText, text, secondaryText,
            primaryMarker, foreignMarker, relation, selection, highlight;
    };
    const Colors &colors() const { return m_colors; }

    enum class Tool { Select, Connect };

    explicit DiagramScene(DesignDocument *document, QObject *parent = nullptr);
    ~DiagramScene() override;

    DesignDocument *document() const { return m_document; }
    TableItem *tableItem(ObjectId id) const { return m_tables.value(id); }
    QList<TableItem *> tableItems() const { return m_tables.values(); }
    QList<RelationItem *> relationItems() const { return m_relations; }
    // The rectangle of everything drawn (cards, connectors, notes, areas).
    QRectF contentRect() const;

    // Selected tables, notes and areas by id, in document order; foreign keys of selected
    // connectors.
    QList<ObjectId> selectedObjects() const;
    QList<ObjectId> selectedForeignKeys() const;
    void selectObjects(const QList<ObjectId> &ids);

    Tool tool() const { return m_tool; }
    void setTool(Tool tool);
    bool snapToGrid() const { return m_snapToGrid; }
    void setSnapToGrid(bool snap) { m_snapToGrid = snap; }
    static constexpr qreal GridSize = 20;
    QPointF snapped(QPointF position) const;
    bool colorByType() const { return m_colorByType; }
    void setColorByType(bool on);
    bool manyToManyAsOne() const { return m_manyToManyAsOne; }
    void setManyToManyAsOne(bool on);
    // While exporting, the grid is left out.
    void setExporting(bool exporting) { m_exporting = exporting; }
    // Re-reads the palette (light/dark switch).
    void updateColors();

    // Where a card of `size` can go at or near `wanted` without touching another card, the
    // nearest such place found on a spiral of grid steps around it (new tables).
    QPointF freePosition(QPointF wanted, QSizeF size) const;
    // The size of the card a new table gets (its name and an "id" column).
    static QSizeF newTableSize();

    // Whether a visible card other than `a` and `b` overlaps `rect` (connector routing).
    bool isCardAt(const QRectF &rect, const TableItem *a, const TableItem *b) const;

    // Moves the selection by a step (arrow keys); consecutive nudges are one undo step.
    void nudgeSelection(QPointF step);

    // Draws a comparison over the diagram (null: none): marks on the cards and connectors,
    // ghosts of the tables and foreign keys the design no longer has. Set it again after the
    // design changes (the marks are by id).
    void setComparison(std::shared_ptr<const DiagramComparison> comparison);
    const DiagramComparison *comparison() const { return m_comparison.get(); }
    // The ghost card of a table of the compared state (null when there is none).
    TableItem *ghostItem(ObjectId otherTable) const { return m_ghosts.value(otherTable); }

signals:
    void toolChanged(DiagramScene::Tool tool);
    // Double-click on empty canvas.
    void addTableRequested(QPointF scenePos);
    // A note's or an area's corner grip was dragged to this geometry.
    void resizeRequested(ObjectId id, const QRectF &geometry);
    // Double-click on a card, a note or an area.
    void editRequested(ObjectId id, ObjectId column);
    // A connection dragged from a column to a column (the Connect tool).
    void connectRequested(ObjectId fromColumn, ObjectId toColumn);
    // A connection dragged from a column onto a table's header: reference its primary key.
    void connectToTableRequested(ObjectId fromColumn, ObjectId table);

protected:
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void clearGhosts();
    void rebuild();
    void removeAllItems();
    void cancelConnection();
    void deleteItem(QGraphicsItem *item);
    void apply(const DocumentChange &change);
    void rebuildRelations();
    void syncTable(ObjectId id);
    void syncNote(ObjectId id);
    void syncArea(ObjectId id);
    QHash<ObjectId, QPointF> selectedPositions() const;
    TableItem *tableAt(QPointF scenePos) const;

    DesignDocument *m_document;
    QHash<ObjectId, TableItem *> m_tables;
    QHash<ObjectId, NoteItem *> m_notes;
    QHash<ObjectId, AreaItem *> m_areas;
    QList<RelationItem *> m_relations;
    std::shared_ptr<const DiagramComparison> m_comparison;
    QHash<ObjectId, TableItem *> m_ghosts; // by the compared state's table id
    QList<RelationItem *> m_ghostRelations;
    Colors m_colors;
    Tool m_tool = Tool::Select;
    bool m_snapToGrid = false;
    bool m_colorByType = false;
    bool m_manyToManyAsOne = false;
    bool m_exporting = false;
    bool m_syncing = false; // positions come from the document: no snapping

    QHash<ObjectId, QPointF> m_pressPositions; // positions when a drag began
    // The connection being dragged.
    ObjectId m_connectFrom = NoObject;
    QGraphicsLineItem *m_connectLine = nullptr;
    TableItem *m_connectTarget = nullptr;
};
