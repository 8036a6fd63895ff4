#include "autolayout.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QMutex>
#include <QRectF>

#include <gvc.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <optional>
#include <tuple>

// The dot layout is linked in as a built-in plugin (see designer/CMakeLists.txt), so no
// plugin configuration is read and no text-layout plugin (Pango, Cairo) is loaded at run time.
extern "C" {
extern gvplugin_library_t gvplugin_dot_layout_LTX_library;
}

namespace {

Q_LOGGING_CATEGORY(lcLayout, "schemata.designer.layout", QtInfoMsg)

// How dot is run, and why. CPU time of dot alone on this machine (Graphviz 2.42, rankdir=LR)
// for 2,000 tables and 3,000 foreign keys: "star" is the generated design, where nearly every
// table references table 0; "random" has each key reference a random earlier table.
// - dot's classic ranking frees its auxiliary edges with a loop over all edges per edge
//   (cleanup1, quadratic): 0.45 s for 2,000 tables, 9 s for 4,000, 76 s for 8,000, just to
//   rank. newrank=true ranks the same graphs in 0.05 s and 0.6 s.
// - splines=none: the diagram routes its own connectors; saves 0.1 to 0.7 s.
// - The coordinate phase (network simplex over ~10,000 nodes, with the virtual nodes of long
//   edges) takes 1.1 to 1.5 s, and nslimit barely shortens it (0.5: 1.9 -> 1.5 s in all).
//   Layers that long are folded below anyway, which discards dot's coordinates. So a group
//   of more than LargeGroup tables stops after crossing minimisation (phase=2) and is
//   stacked here in dot's order, with mclimit=0.3 (fewer crossing passes: nobody follows
//   single crossings in 2,000 tables): star 1.0 s -> 0.26 s, random 1.9 s -> 0.39 s (0.73 s
//   without mclimit), random 4,000 tables 20 s -> 1.4 s.
// - searchsize and remincross=false: no gain.
// Smaller groups get dot's full layout (at most ~0.65 s, for 1,000 random tables).
// All of autoLayout() on the generated 2,000-table design: 0.25 to 0.4 s of CPU
// (bench_autolayout).
constexpr qsizetype LargeGroup = 1000;
constexpr double PointsPerInch = 72;
// Width / height aimed at when folding layers and packing groups: a landscape screen.
constexpr double TargetAspect = 1.6;
// A layer is folded only when it is longer than this many average cards, whatever the
// group's shape: a parent with a handful of children keeps them in one column.
constexpr double FoldMinimumCards = 8;

struct Card
{
    ObjectId id = NoObject;
    QSizeF size;
    int rank = 0;
    // Place within the layer: dot's cross coordinate (centre) or its crossing-minimised order.
    double order = 0;
    QPointF topLeft; // in its group, then in the block
};

struct Edge
{
    int parent = 0;
    int child = 0;
    int weight = 1;
};

struct Group
{
    QList<int> cards; // indices into the card list, in schema order
    QList<Edge> edges;
    QSizeF size;
};

struct Geometry
{
    bool horizontal = true;
    double gap = 0; // between cards of a layer, folded columns and groups
    double layerGap = 0; // between layers

    // Extent along the layers (u) and across them (v).
    double along(const QSizeF &size) const { return horizontal ? size.width() : size.height(); }
    double across(const QSizeF &size) const { return horizontal ? size.height() : size.width(); }
    QPointF point(double u, double v) const { return horizontal ? QPointF(u, v) : QPointF(v, u); }
};

QSizeF cardSize(const Table &table, const AutoLayoutRequest &request)
{
    QSizeF size = request.sizes.value(table.id);
    if (size.isEmpty() || !std::isfinite(size.width()) || !std::isfinite(size.height()))
        size = QSizeF(200, 24 + 18 * double(table.columns.size()));
    return size;
}

QByteArray inches(double pixels)
{
    return QByteArray::number(pixels / PointsPerInch, 'f', 4);
}

void setAttribute(void *object, const char *name, const QByteArray &value)
{
    // Graphviz copies the strings; its API just is not const-correct.
    agsafeset(object, const_cast<char *>(name), const_cast<char *>(value.constData()),
        const_cast<char *>(""));
}

// One Graphviz context for one layout, holding the lock that serialises all use of Graphviz
// (its error handler, attribute defaults and layout state are global) and collecting its
// messages instead of letting it print them.
class GraphvizSession
{
public:
    GraphvizSession()
        : m_locker(&mutex())
    {
        messages().clear();
        m_previousHandler = agseterrf(&collect);
        agreseterrors();
        static const lt_symlist_t builtins[] = {
            {"gvplugin_dot_layout_LTX_library", &gvplugin_dot_layout_LTX_library},
            {nullptr, nullptr},
        };
        m_context = gvContextPlugins(builtins, 0);
    }
    ~GraphvizSession()
    {
        if (m_context)
            gvFreeContext(m_context);
        agseterrf(m_previousHandler);
        const QString text = messages().trimmed();
        if (!text.isEmpty())
            qCDebug(lcLayout, "Graphviz: %s", qPrintable(text));
    }
    GraphvizSession(const GraphvizSession &) = delete;
    GraphvizSession &operator=(const GraphvizSession &) = delete;

    GVC_t *context() const { return m_context; }
    QString failure() const
    {
        const QString text = messages().simplified();
        return text.isEmpty()
            ? QCoreApplication::translate("AutoLayout", "Graphviz could not lay out the diagram.")
            : QCoreApplication::translate(
                "AutoLayout", "Graphviz could not lay out the diagram: %1")
                  .arg(text);
    }

private:
    static QMutex &mutex()
    {
        static QMutex m;
        return m;
    }
    static QString &messages()
    {
        static QString m;
        return m;
    }
    static int collect(char *text)
    {
        messages() += QString::fromUtf8(text);
        return 0;
    }

    QMutexLocker<QMutex> m_locker;
    agusererrf m_previousHandler = nullptr;
    GVC_t *m_context = nullptr;
};

// Runs dot on one group and stores each card's layer and place within it. Returns whether
// the places are dot's cross coordinates (full layout) rather than mere orders.
bool rankGroup(GraphvizSession &session, const Group &group, QList<Card> &cards,
    const Geometry &geometry, bool *coordinates, QString *error)
{
    const bool large = group.cards.size() > LargeGroup;
    Agraph_t *graph = agopen(const_cast<char *>("schema"), Agdirected, nullptr);
    if (!graph) {
        *error = session.failure();
        return false;
    }
    setAttribute(graph, "rankdir", geometry.horizontal ? "LR" : "TB");
    setAttribute(graph, "nodesep", inches(geometry.gap));
    setAttribute(graph, "ranksep", inches(geometry.layerGap));
    setAttribute(graph, "splines", "none");
    setAttribute(graph, "newrank", "true");
    if (large) {
        setAttribute(graph, "phase", "2");
        setAttribute(graph, "mclimit", "0.3");
    }
    agattr(graph, AGNODE, const_cast<char *>("shape"), const_cast<char *>("box"));
    agattr(graph, AGNODE, const_cast<char *>("fixedsize"), const_cast<char *>("true"));
    agattr(graph, AGNODE, const_cast<char *>("label"), const_cast<char *>(""));

    // Node names are table ids, never table names (which can hold any text).
    QHash<int, Agnode_t *> nodes;
    nodes.reserve(group.cards.size());
    for (int index : group.cards) {
        const Card &card = cards.at(index);
        QByteArray name = QByteArray::number(card.id);
        Agnode_t *node = agnode(graph, name.data(), 1);
        setAttribute(node, "width", inches(card.size.width()));
        setAttribute(node, "height", inches(card.size.height()));
        nodes.insert(index, node);
    }
    for (const Edge &edge : group.edges) {
        Agedge_t *e = agedge(graph, nodes.value(edge.parent), nodes.value(edge.child), nullptr, 1);
        if (edge.weight > 1)
            setAttribute(e, "weight", QByteArray::number(edge.weight));
    }

    const int status = gvLayout(session.context(), graph, "dot");
    const bool ok = status == 0 && agerrors() < AGERR;
    if (ok) {
        for (int index : group.cards) {
            Agnode_t *node = nodes.value(index);
            Card &card = cards[index];
            card.rank = ND_rank(node);
            if (large) {
                card.order = ND_order(node);
            } else {
                const pointf centre = ND_coord(node);
                // Graphviz's y grows upwards.
                card.order = geometry.horizontal ? -centre.y : centre.x;
            }
        }
        *coordinates = !large;
    } else {
        *error = session.failure();
    }
    gvFreeLayout(session.context(), graph);
    agclose(graph);
    return ok;
}

// Places the cards of a group from their layers and places: layer after layer along the
// rank axis; across it dot's coordinates, or stacked in dot's order when there are none or
// when a layer is folded into several columns.
void arrangeGroup(Group &group, QList<Card> &cards, const Geometry &geometry, bool coordinates)
{
    QList<int> sorted = group.cards;
    std::stable_sort(sorted.begin(), sorted.end(), [&](int a, int b) {
        return std::tie(cards.at(a).rank, cards.at(a).order)
            < std::tie(cards.at(b).rank, cards.at(b).order);
    });

    struct Layer
    {
        QList<int> cards;
        double length = 0; // across, unfolded
        double thickness = 0; // along: the widest card
        int folds = 1;
    };
    QList<Layer> layers;
    double totalAcross = 0, widestAcross = 0;
    for (int index : std::as_const(sorted)) {
        const QSizeF size = cards.at(index).size;
        if (layers.isEmpty() || cards.at(layers.last().cards.first()).rank != cards.at(index).rank)
            layers.append(Layer());
        Layer &layer = layers.last();
        layer.length += (layer.cards.isEmpty() ? 0 : geometry.gap) + geometry.across(size);
        layer.thickness = std::max(layer.thickness, geometry.along(size));
        layer.cards.append(index);
        totalAcross += geometry.across(size) + geometry.gap;
        widestAcross = std::max(widestAcross, geometry.across(size));
    }
    // The length across at which a layer is folded: the one that brings the group closest
    // to TargetAspect. The longer the limit, the fewer columns along and the longer across,
    // so the group's ratio falls as the limit grows: bisection. A layer of fewer than
    // FoldMinimumCards cards is never folded.
    const auto foldsFor = [](double length, double limit) {
        return std::max(1, int(std::ceil(length / limit - 1e-9)));
    };
    const auto ratio = [&](double limit) {
        double along = -geometry.layerGap, acrossLength = 0;
        for (const Layer &layer : std::as_const(layers)) {
            const int folds = foldsFor(layer.length, limit);
            along += folds * layer.thickness + (folds - 1) * geometry.gap + geometry.layerGap;
            acrossLength = std::max(acrossLength, layer.length / folds);
        }
        return along / acrossLength;
    };
    const double aimed = geometry.horizontal ? TargetAspect : 1 / TargetAspect;
    const double shortest = std::max(
        FoldMinimumCards * totalAcross / double(sorted.size()), widestAcross + geometry.gap);
    double limit = 0;
    for (const Layer &layer : std::as_const(layers))
        limit = std::max(limit, layer.length);
    if (limit > shortest && ratio(limit) < aimed) {
        double low = shortest, high = limit;
        if (ratio(low) <= aimed) {
            high = low;
        } else {
            for (int step = 0; step < 40; ++step) {
                const double middle = (low + high) / 2;
                (ratio(middle) > aimed ? low : high) = middle;
            }
            // The ratio jumps at each fold: take the closer of the two sides.
            if (std::abs(std::log(ratio(low) / aimed)) < std::abs(std::log(ratio(high) / aimed)))
                high = low;
        }
        limit = high;
    }
    bool folded = false;
    for (Layer &layer : layers) {
        layer.folds = foldsFor(layer.length, limit);
        folded = folded || layer.folds > 1;
    }
    const bool stacked = !coordinates || folded;

    // Across: each layer's columns are centred on one line (v = 0) when stacked.
    QHash<int, double> across;
    across.reserve(sorted.size());
    QHash<int, int> column;
    column.reserve(sorted.size());
    for (const Layer &layer : std::as_const(layers)) {
        if (!stacked) {
            // dot's centres, pushed apart where its rounding left less than the gap.
            double previousEnd = -std::numeric_limits<double>::infinity();
            for (int index : layer.cards) {
                const double extent = geometry.across(cards.at(index).size);
                const double start = std::max(cards.at(index).order - extent / 2, previousEnd);
                across.insert(index, start);
                column.insert(index, 0);
                previousEnd = start + extent + geometry.gap;
            }
            continue;
        }
        const double share = layer.length / layer.folds;
        QList<QList<int>> columns(layer.folds);
        double offset = 0;
        for (int index : layer.cards) {
            const double extent = geometry.across(cards.at(index).size);
            const int c = std::min(layer.folds - 1, int((offset + extent / 2) / share));
            columns[c].append(index);
            offset += extent + geometry.gap;
        }
        for (int c = 0; c < layer.folds; ++c) {
            double length = -geometry.gap;
            for (int index : std::as_const(columns.at(c)))
                length += geometry.across(cards.at(index).size) + geometry.gap;
            double start = -length / 2;
            for (int index : std::as_const(columns.at(c))) {
                across.insert(index, start);
                column.insert(index, c);
                start += geometry.across(cards.at(index).size) + geometry.gap;
            }
        }
    }

    // Along: layer after layer, each as thick as its widest card times its columns.
    double layerStart = 0;
    double minAcross = std::numeric_limits<double>::infinity();
    for (int index : std::as_const(sorted))
        minAcross = std::min(minAcross, across.value(index));
    QSizeF size;
    for (const Layer &layer : std::as_const(layers)) {
        for (int index : layer.cards) {
            Card &card = cards[index];
            const double along = layerStart + column.value(index) * (layer.thickness + geometry.gap)
                + (layer.thickness - geometry.along(card.size)) / 2;
            card.topLeft = geometry.point(along, across.value(index) - minAcross);
            size = size.expandedTo(QSizeF(
                card.topLeft.x() + card.size.width(), card.topLeft.y() + card.size.height()));
        }
        layerStart
            += layer.folds * layer.thickness + (layer.folds - 1) * geometry.gap + geometry.layerGap;
    }
    group.size = size;
}

// Packs the groups, largest first, each at the lowest then leftmost free place under a
// skyline of the ones already placed, within a width that makes the block about
// TargetAspect wide. Moves the cards to their place in the block and returns its size.
QSizeF packGroups(QList<Group> &groups, QList<Card> &cards, double gap)
{
    QList<int> order(groups.size());
    std::iota(order.begin(), order.end(), 0);
    const auto area = [&](int g) {
        return (groups.at(g).size.width() + gap) * (groups.at(g).size.height() + gap);
    };
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return area(a) > area(b); });
    double totalArea = 0, widest = 0;
    for (const Group &group : std::as_const(groups)) {
        totalArea += (group.size.width() + gap) * (group.size.height() + gap);
        widest = std::max(widest, group.size.width() + gap);
    }
    const double width = std::max(widest, std::sqrt(totalArea * TargetAspect));

    struct Segment
    {
        double x, width, top;
    };
    QList<Segment> skyline = {{0, width, 0}};
    QSizeF block;
    for (int g : std::as_const(order)) {
        Group &group = groups[g];
        const double w = group.size.width() + gap, h = group.size.height() + gap;
        double bestX = 0, bestTop = std::numeric_limits<double>::infinity();
        for (qsizetype i = 0; i < skyline.size(); ++i) {
            const double x = skyline.at(i).x;
            if (x + w > width + 1e-6)
                break;
            double top = 0;
            for (qsizetype j = i; j < skyline.size() && skyline.at(j).x < x + w - 1e-6; ++j)
                top = std::max(top, skyline.at(j).top);
            if (top < bestTop - 1e-6) {
                bestTop = top;
                bestX = x;
            }
        }
        for (int index : std::as_const(group.cards))
            cards[index].topLeft += QPointF(bestX, bestTop);
        block = block.expandedTo(QSizeF(bestX + group.size.width(), bestTop + group.size.height()));

        // The placed group becomes a segment; the ones it covers are cut.
        QList<Segment> next;
        const double end = bestX + w;
        bool added = false;
        for (const Segment &s : std::as_const(skyline)) {
            const double sEnd = s.x + s.width;
            if (sEnd <= bestX + 1e-6 || s.x >= end - 1e-6) {
                if (!added && s.x >= end - 1e-6) {
                    next.append({bestX, w, bestTop + h});
                    added = true;
                }
                next.append(s);
                continue;
            }
            if (s.x < bestX)
                next.append({s.x, bestX - s.x, s.top});
            if (!added) {
                next.append({bestX, w, bestTop + h});
                added = true;
            }
            if (sEnd > end)
                next.append({end, sEnd - end, s.top});
        }
        if (!added)
            next.append({bestX, w, bestTop + h});
        skyline.clear();
        for (const Segment &s : std::as_const(next)) {
            if (!skyline.isEmpty() && std::abs(skyline.last().top - s.top) < 1e-6)
                skyline.last().width += s.width;
            else
                skyline.append(s);
        }
    }
    return block;
}

// Where the block's top-left corner goes: at `anchor` if it overlaps none of the cards that
// stay (`obstacles`, already grown by the gap), otherwise at the nearest place right of or below
// `anchor` past the edge of one of them. The last candidate, right of all of them, is always free.
QPointF placeBlock(
    const QList<Card> &cards, QSizeF block, QPointF anchor, const QList<QRectF> &obstacles)
{
    const auto blockIsFree = [&](QPointF at) {
        const QRectF box(at, block);
        for (const QRectF &o : obstacles) {
            if (box.intersects(o))
                return false;
        }
        return true;
    };
    if (obstacles.isEmpty() || blockIsFree(anchor))
        return anchor;
    // The cards themselves may fit between the tables that stay (a selection spread among
    // others); checked only at the anchor, and only while it is cheap.
    if (qsizetype(cards.size()) * obstacles.size() <= 4'000'000) {
        const bool free = std::none_of(cards.begin(), cards.end(), [&](const Card &card) {
            const QRectF box(anchor + card.topLeft, card.size);
            return std::any_of(obstacles.begin(), obstacles.end(),
                [&](const QRectF &o) { return box.intersects(o); });
        });
        if (free)
            return anchor;
    }
    QList<QPointF> candidates;
    candidates.reserve(2 * obstacles.size());
    for (const QRectF &o : obstacles) {
        // Obstacles are already grown by the gap.
        if (o.right() > anchor.x())
            candidates.append(QPointF(std::ceil(o.right()), anchor.y()));
        if (o.bottom() > anchor.y())
            candidates.append(QPointF(anchor.x(), std::ceil(o.bottom())));
    }
    std::stable_sort(candidates.begin(), candidates.end(), [&](QPointF a, QPointF b) {
        const QPointF da = a - anchor, db = b - anchor;
        return std::tuple(QPointF::dotProduct(da, da), a.x(), a.y())
            < std::tuple(QPointF::dotProduct(db, db), b.x(), b.y());
    });
    for (const QPointF &candidate : std::as_const(candidates)) {
        if (blockIsFree(candidate))
            return candidate;
    }
    return anchor; // not reached
}

} // namespace

AutoLayoutResult autoLayout(const Schema &schema, const AutoLayoutRequest &request)
{
    const double spacing = std::isfinite(request.spacing) ? std::max(0.0, request.spacing) : 40;
    // One pixel more than asked for, so that snapping both cards to whole pixels keeps them
    // `spacing` apart.
    Geometry geometry;
    geometry.horizontal = request.direction == Qt::Horizontal;
    geometry.gap = spacing + 1;
    geometry.layerGap = 2 * spacing + 1;

    // Cards in schema order (never QSet order: the result must not depend on hashing).
    QList<Card> cards;
    QHash<ObjectId, int> cardOf;
    QList<QRectF> obstacles;
    const bool everything = request.tables.isEmpty();
    QPointF selectionTopLeft(
        std::numeric_limits<double>::infinity(), std::numeric_limits<double>::infinity());
    for (const Table &table : schema.tables()) {
        const QSizeF size = cardSize(table, request);
        const bool moves = (everything || request.tables.contains(table.id)) && !table.pinned
            && !request.pinned.contains(table.id);
        if (!moves) {
            obstacles.append(
                QRectF(table.position, size)
                    .adjusted(-geometry.gap, -geometry.gap, geometry.gap, geometry.gap));
            continue;
        }
        cardOf.insert(table.id, int(cards.size()));
        cards.append(Card {table.id, size, 0, 0, {}});
        selectionTopLeft.setX(std::min(selectionTopLeft.x(), table.position.x()));
        selectionTopLeft.setY(std::min(selectionTopLeft.y(), table.position.y()));
    }
    AutoLayoutResult result;
    if (cards.isEmpty())
        return result;

    // One edge per referenced/referencing pair among the moving tables, weighted by the
    // number of foreign keys between them; groups of connected tables by union-find.
    QList<int> parentOf(cards.size());
    std::iota(parentOf.begin(), parentOf.end(), 0);
    const auto root = [&](int i) {
        while (parentOf.at(i) != i)
            i = parentOf[i] = parentOf.at(parentOf.at(i));
        return i;
    };
    QList<Edge> edges;
    QHash<quint64, int> edgeOf;
    for (const Table &table : schema.tables()) {
        const int child = cardOf.value(table.id, -1);
        if (child < 0)
            continue;
        for (const ForeignKey &fk : table.foreignKeys) {
            const int parent = cardOf.value(fk.referencedTable, -1);
            if (parent < 0 || parent == child)
                continue;
            const quint64 key = (quint64(parent) << 32) | quint64(child);
            if (const auto it = edgeOf.constFind(key); it != edgeOf.cend()) {
                ++edges[*it].weight;
                continue;
            }
            edgeOf.insert(key, int(edges.size()));
            edges.append(Edge {parent, child, 1});
            parentOf[root(parent)] = root(child);
        }
    }
    QList<Group> groups;
    QHash<int, int> groupOf;
    for (int i = 0; i < cards.size(); ++i) {
        const int r = root(i);
        auto it = groupOf.constFind(r);
        if (it == groupOf.cend()) {
            it = groupOf.insert(r, int(groups.size()));
            groups.append(Group());
        }
        groups[*it].cards.append(i);
    }
    for (const Edge &edge : std::as_const(edges))
        groups[groupOf.value(root(edge.parent))].edges.append(edge);

    {
        std::optional<GraphvizSession> session;
        for (Group &group : groups) {
            if (group.cards.size() == 1) {
                group.size = cards.at(group.cards.first()).size;
                continue;
            }
            if (!session) {
                session.emplace();
                if (!session->context()) {
                    result.error = session->failure();
                    return result;
                }
            }
            bool coordinates = false;
            if (!rankGroup(*session, group, cards, geometry, &coordinates, &result.error))
                return result;
            arrangeGroup(group, cards, geometry, coordinates);
        }
    }

    const QSizeF block = packGroups(groups, cards, geometry.gap);
    const QPointF anchor = everything
        ? QPointF(0, 0)
        : QPointF(std::round(selectionTopLeft.x()), std::round(selectionTopLeft.y()));
    const QPointF at = placeBlock(cards, block, anchor, obstacles);
    result.positions.reserve(cards.size());
    for (const Card &card : std::as_const(cards)) {
        const QPointF p = at + card.topLeft;
        result.positions.insert(card.id, QPointF(std::round(p.x()), std::round(p.y())));
    }
    return result;
}
