#pragma once

#include "schema/schema.h"

#include <QHash>
#include <QPointF>
#include <QSet>
#include <QSizeF>
#include <QString>

// What the diagram asks the auto-layout to arrange, and how.
struct AutoLayoutRequest
{
    // Card size of every table, in scene pixels. A table missing here gets an estimate from
    // its column count (200 x (24 + 18 per column)).
    QHash<ObjectId, QSizeF> sizes;
    // Tables to place; empty means the whole design. The others stay where they are, and the
    // placed ones are kept off them.
    QSet<ObjectId> tables;
    // Tables that keep their exact position, even when they are in `tables`, besides those
    // marked Table::pinned in the schema.
    QSet<ObjectId> pinned;
    // Horizontal: a referenced table (parent) left of the tables that reference it.
    // Vertical: above them.
    Qt::Orientation direction = Qt::Horizontal;
    // Minimal gap between two cards. Layers are twice as far apart, to leave the connectors
    // room between them.
    qreal spacing = 40;
};

struct AutoLayoutResult
{
    // New top-left corner of every table that moves (scene pixels, y downwards, whole
    // pixels); pinned and unselected tables are not in it. Empty when error is set.
    QHash<ObjectId, QPointF> positions;
    QString error; // translated, for the user
    bool ok() const { return error.isEmpty(); }
};

// Lays the tables out in layers by their foreign keys with Graphviz's dot: a referenced table
// comes before the tables referencing it (a composite key is one edge, a self-reference is
// ignored, a cycle is broken by dot; only keys between tables that move count). Each group of
// connected tables is laid out on its own, layers too long for the screen are folded into several
// columns (rows when vertical), and the groups are packed into a block about 1.6 times as wide as
// high. A full layout puts the block's top-left corner at (0, 0), a selection's layout where the
// selection's top-left corner was; if that overlaps a table that stays, the block moves right or
// down to the nearest free place. Same schema and request, same positions. Safe to call from any
// thread (Graphviz itself is not: calls are serialised).
AutoLayoutResult autoLayout(const Schema &schema, const AutoLayoutRequest &request);
