#include "relationitem.h"

#include "diagramcomparison.h"
#include "diagramscene.h"
#include "tableitem.h"

#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>
#include <QtMath>

namespace {

constexpr qreal Stub = 24; // straight run out of a card, where the end marks are drawn
constexpr qreal LoopWidth = 28;
constexpr qreal MarkMargin = 20; // bounding rect margin for the end marks

} // namespace

RelationItem::RelationItem(Kind kind, ObjectId id, const End &from, const End &to)
    : m_kind(kind)
    , m_id(id)
    , m_from(from)
    , m_to(to)
{
    setFlags(ItemIsSelectable);
    setZValue(0);
    m_from.table->addRelation(this);
    if (m_to.table != m_from.table)
        m_to.table->addRelation(this);
}

void RelationItem::setMark(int mark)
{
    if (m_mark == mark)
        return;
    m_mark = mark;
    update();
}

RelationItem::~RelationItem()
{
    detach();
}

void RelationItem::detach()
{
    if (m_from.table)
        m_from.table->removeRelation(this);
    if (m_to.table)
        m_to.table->removeRelation(this);
    m_from.table = nullptr;
    m_to.table = nullptr;
}

QPolygonF RelationItem::computeRoute() const
{
    const QRectF a = m_from.table->cardRect();
    const QRectF b = m_to.table->cardRect();
    if (m_from.table == m_to.table) {
        const QPointF p = m_from.table->anchor(m_from.column, true);
        QPointF q = m_to.table->anchor(m_to.column, true);
        if (qFuzzyCompare(p.y(), q.y()))
            q.ry() = a.top() + TableItem::HeaderHeight / 2;
        const qreal x = a.right() + LoopWidth;
        return QPolygonF({p, QPointF(x, p.y()), QPointF(x, q.y()), q});
    }

    const auto *s = static_cast<const DiagramScene *>(scene());
    if (a.right() + 2 * Stub <= b.left() || b.right() + 2 * Stub <= a.left()) {
        // Side by side: out of the facing sides, one vertical run in the gap between them,
        // moved along the gap until it crosses no other card.
        const bool fromLeft = a.right() <= b.left();
        const QPointF p = m_from.table->anchor(m_from.column, fromLeft);
        const QPointF q = m_to.table->anchor(m_to.column, !fromLeft);
        const qreal low = std::min(p.x(), q.x()) + Stub;
        const qreal high = std::max(p.x(), q.x()) - Stub;
        qreal x = (p.x() + q.x()) / 2;
        if (s && !qFuzzyCompare(p.y(), q.y())) {
            const QRectF run(x - 1, std::min(p.y(), q.y()), 2, std::abs(p.y() - q.y()));
            if (s->isCardAt(run, m_from.table, m_to.table)) {
                for (qreal step = 12; step < (high - low) / 2 + 12; step += 12) {
                    for (qreal candidate : {x - step, x + step}) {
                        if (candidate < low || candidate > high)
                            continue;
                        if (!s->isCardAt(QRectF(candidate - 1, run.top(), 2, run.height()),
                                m_from.table, m_to.table)) {
                            x = candidate;
                            goto found;
                        }
                    }
                }
            }
        }
    found:
        x = std::clamp(x, low, std::max(low, high));
        if (qFuzzyCompare(p.y(), q.y()))
            return QPolygonF({p, q});
        return QPolygonF({p, QPointF(x, p.y()), QPointF(x, q.y()), q});
    }

    // One above the other: out of the same side (the one with the shorter way round) and back.
    const bool right = std::abs(a.right() - b.right()) <= std::abs(a.left() - b.left());
    const QPointF p = m_from.table->anchor(m_from.column, right);
    const QPointF q = m_to.table->anchor(m_to.column, right);
    const qreal x
        = right ? std::max(a.right(), b.right()) + Stub : std::min(a.left(), b.left()) - Stub;
    return QPolygonF({p, QPointF(x, p.y()), QPointF(x, q.y()), q});
}

void RelationItem::updatePath()
{
    prepareGeometryChange();
    m_route = computeRoute();
    m_path = QPainterPath();
    m_path.addPolygon(m_route);
    m_bounds = m_route.boundingRect().adjusted(-MarkMargin, -MarkMargin, MarkMargin, MarkMargin);
}

QRectF RelationItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath RelationItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(8);
    return stroker.createStroke(m_path);
}

void RelationItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    if (m_route.size() < 2)
        return;
    const DiagramScene::Colors &colors = static_cast<DiagramScene *>(scene())->colors();
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    // A cosmetic one-pixel pen is drawn by Qt's fast path; wider pens are filled outlines.
    QPen pen(isSelected() ? colors.selection : colors.relation, isSelected() ? 2 : 1);
    pen.setCosmetic(!isSelected() || lod < 0.5);
    if (m_mark != 0 && !isSelected()) {
        pen.setColor(DiagramComparison::markColor(
            DiagramComparison::Mark(m_mark), colors.background.lightness() < 128));
        pen.setWidthF(2);
        pen.setCosmetic(lod < 0.5);
    }
    painter->setRenderHint(QPainter::Antialiasing, lod >= 0.3);
    if (m_kind == Kind::SingleInheritance || m_mark == int(DiagramComparison::Mark::Removed))
        pen.setStyle(Qt::DashLine);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPolyline(m_route);
    if (lod < 0.3)
        return;

    const auto outwards = [](QPointF tip, QPointF next) {
        const QPointF d = next - tip;
        const qreal length = std::hypot(d.x(), d.y());
        return length > 0 ? d / length : QPointF(1, 0);
    };
    const QPointF fromTip = m_route.first();
    const QPointF toTip = m_route.last();
    const QPointF fromOut = outwards(fromTip, m_route.at(1));
    const QPointF toOut = outwards(toTip, m_route.at(m_route.size() - 2));
    pen.setStyle(Qt::SolidLine);
    painter->setPen(pen);

    if (m_kind == Kind::JoinedInheritance || m_kind == Kind::SingleInheritance) {
        // Generalisation: a hollow triangle pointing at the parent.
        const QPointF normal(-toOut.y(), toOut.x());
        const QPointF base = toTip + toOut * 14;
        painter->setBrush(colors.cardBackground);
        painter->drawPolygon(QPolygonF({toTip, base + normal * 8, base - normal * 8}));
        return;
    }
    paintEnd(painter, fromTip, fromOut, m_from, false);
    paintEnd(painter, toTip, toOut, m_to, true);
}

void RelationItem::paintEnd(
    QPainter *painter, QPointF tip, QPointF outwards, const End &end, bool parentEnd) const
{
    const DiagramScene::Colors &colors = static_cast<DiagramScene *>(scene())->colors();
    const QPointF normal(-outwards.y(), outwards.x());
    const auto bar = [&](qreal at) {
        const QPointF c = tip + outwards * at;
        painter->drawLine(c + normal * 6, c - normal * 6);
    };
    if (end.many) {
        // Crow's foot: three prongs meeting 12 px out.
        const QPointF joint = tip + outwards * 12;
        painter->drawLine(joint, tip + normal * 7);
        painter->drawLine(joint, tip);
        painter->drawLine(joint, tip - normal * 7);
    } else {
        bar(parentEnd && !end.optional ? 6 : 10);
        if (parentEnd && !end.optional)
            bar(11);
    }
    if (end.optional || !parentEnd) {
        painter->setBrush(colors.background);
        const QPointF c = tip + outwards * (end.many ? 17 : 16);
        painter->drawEllipse(c, 4, 4);
        painter->setBrush(Qt::NoBrush);
    }
}
