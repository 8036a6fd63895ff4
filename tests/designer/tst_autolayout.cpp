#include "layout/autolayout.h"
#include "xml/designfile.h"

#include <QDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <functional>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Qt::Orientation)

namespace {

using References = QList<std::pair<int, int>>; // (referencing table, referenced table)

// `count` tables t0, t1, ... each with an id key, and for each (child, parent) pair a column
// of the child referencing the parent's id.
Schema design(int count, const References &references = {})
{
    Schema schema;
    for (int i = 0; i < count; ++i) {
        Table &table = schema.addTable(u"t%1"_s.arg(i));
        const Column &id = schema.addColumn(table, u"id"_s, u"INTEGER"_s);
        schema.addKey(table, u"PRIMARY"_s, {id.id});
        // Varied column counts, so cards differ in height.
        for (int c = 0; c < i % 6; ++c)
            schema.addColumn(table, u"c%1"_s.arg(c), u"TEXT"_s);
    }
    for (qsizetype r = 0; r < references.size(); ++r) {
        const auto [child, parent] = references.at(r);
        Table &table = schema.tables()[child];
        const Table &referenced = schema.tables().at(parent);
        const Column &column = schema.addColumn(table, u"ref%1"_s.arg(r), u"INTEGER"_s);
        schema.addForeignKey(table, {column.id}, referenced, {referenced.columns.first().id});
    }
    return schema;
}

// Every table after the first references one earlier table, every third a second one;
// pseudo-random but fixed.
References randomAcyclic(int count)
{
    References references;
    quint32 state = 12345;
    const auto next = [&state] {
        state = state * 1103515245u + 12345u;
        return state >> 8;
    };
    for (int t = 1; t < count; ++t) {
        references.append({t, int(next() % quint32(t))});
        if (t % 3 == 0 && t > 1)
            references.append({t, int(next() % quint32(t))});
    }
    return references;
}

// Card sizes as the diagram draws them: 160 to 260 wide, 24 + 18 per column high, with
// fractions, as a scaled font gives.
QHash<ObjectId, QSizeF> cardSizes(const Schema &schema)
{
    QHash<ObjectId, QSizeF> sizes;
    for (qsizetype i = 0; i < schema.tables().size(); ++i) {
        const Table &table = schema.tables().at(i);
        sizes.insert(table.id,
            QSizeF(160.5 + double((i * 37) % 101), 24 + 18 * double(table.columns.size())));
    }
    return sizes;
}

AutoLayoutRequest requestFor(const Schema &schema, Qt::Orientation direction = Qt::Horizontal)
{
    AutoLayoutRequest request;
    request.sizes = cardSizes(schema);
    request.direction = direction;
    return request;
}

// Where every card ends up: moved ones from the result, the others where they were.
QHash<ObjectId, QRectF> finalCards(
    const Schema &schema, const AutoLayoutRequest &request, const AutoLayoutResult &result)
{
    QHash<ObjectId, QRectF> cards;
    for (const Table &table : schema.tables()) {
        QSizeF size = request.sizes.value(table.id);
        if (size.isEmpty())
            size = QSizeF(200, 24 + 18 * double(table.columns.size()));
        cards.insert(table.id, QRectF(result.positions.value(table.id, table.position), size));
    }
    return cards;
}

QString nameOf(const Schema &schema, ObjectId id)
{
    return schema.table(id) ? schema.table(id)->name : u"?"_s;
}

// The first pair of cards closer than `spacing` on both axes, or an empty string.
QString overlap(const Schema &schema, const QHash<ObjectId, QRectF> &cards, double spacing)
{
    QList<std::pair<ObjectId, QRectF>> sorted;
    for (auto it = cards.cbegin(); it != cards.cend(); ++it)
        sorted.append({it.key(), it.value()});
    std::sort(sorted.begin(), sorted.end(),
        [](const auto &a, const auto &b) { return a.second.left() < b.second.left(); });
    for (qsizetype i = 0; i < sorted.size(); ++i) {
        const QRectF grown = sorted.at(i).second.adjusted(
            -spacing + 1e-6, -spacing + 1e-6, spacing - 1e-6, spacing - 1e-6);
        for (qsizetype j = i + 1; j < sorted.size(); ++j) {
            if (sorted.at(j).second.left() >= grown.right())
                break;
            if (grown.intersects(sorted.at(j).second)) {
                const auto describe = [&](qsizetype k) {
                    const QRectF r = sorted.at(k).second;
                    return u"%1 (%2,%3 %4x%5)"_s.arg(nameOf(schema, sorted.at(k).first))
                        .arg(r.x())
                        .arg(r.y())
                        .arg(r.width())
                        .arg(r.height());
                };
                return describe(i) + u" and "_s + describe(j);
            }
        }
    }
    return {};
}

// Strongly connected components (Tarjan) of the reference graph: a foreign key inside one
// may point backwards (dot breaks the cycle somewhere), any other must point forwards.
QHash<ObjectId, int> components(const Schema &schema)
{
    QHash<ObjectId, int> index, low, component;
    QList<ObjectId> stack;
    QSet<ObjectId> onStack;
    int counter = 0, components = 0;
    std::function<void(ObjectId)> visit = [&](ObjectId v) {
        index[v] = low[v] = counter++;
        stack.append(v);
        onStack.insert(v);
        for (const ForeignKey &fk : schema.table(v)->foreignKeys) {
            const ObjectId w = fk.referencedTable;
            if (!schema.table(w))
                continue;
            if (!index.contains(w)) {
                visit(w);
                low[v] = std::min(low[v], low[w]);
            } else if (onStack.contains(w)) {
                low[v] = std::min(low[v], index[w]);
            }
        }
        if (low[v] == index[v]) {
            ObjectId w;
            do {
                w = stack.takeLast();
                onStack.remove(w);
                component[w] = components;
            } while (w != v);
            ++components;
        }
    };
    for (const Table &table : schema.tables()) {
        if (!index.contains(table.id))
            visit(table.id);
    }
    return component;
}

// The first foreign key between two moved tables, outside a cycle, whose referenced table
// is not wholly left of (above) the referencing one, or an empty string.
QString backwardReference(const Schema &schema, const QHash<ObjectId, QRectF> &cards,
    const AutoLayoutResult &result, Qt::Orientation direction)
{
    const QHash<ObjectId, int> component = components(schema);
    for (const Table &table : schema.tables()) {
        for (const ForeignKey &fk : table.foreignKeys) {
            const ObjectId parent = fk.referencedTable;
            if (!result.positions.contains(table.id) || !result.positions.contains(parent)
                || component.value(parent) == component.value(table.id))
                continue;
            const QRectF p = cards.value(parent), c = cards.value(table.id);
            const bool before
                = direction == Qt::Horizontal ? p.right() < c.left() : p.bottom() < c.top();
            if (!before)
                return u"%1 references %2"_s.arg(table.name, nameOf(schema, parent));
        }
    }
    return {};
}

QRectF boundingBox(const QHash<ObjectId, QPointF> &positions, const QHash<ObjectId, QRectF> &cards)
{
    QRectF box;
    for (auto it = positions.cbegin(); it != positions.cend(); ++it)
        box = box.isNull() ? cards.value(it.key()) : box.united(cards.value(it.key()));
    return box;
}

bool snapped(const AutoLayoutResult &result)
{
    return std::all_of(result.positions.cbegin(), result.positions.cend(), [](QPointF p) {
        return std::isfinite(p.x()) && std::isfinite(p.y()) && p.x() == std::round(p.x())
            && p.y() == std::round(p.y());
    });
}

} // namespace

class tst_AutoLayout : public QObject
{
    Q_OBJECT

private slots:
    void layered_data();
    void layered();
    void cycleAndSelfReference();
    void twoTablesAreCompact();
    void disconnectedTablesArePacked();
    void longLayerIsFolded();
    void largeGroup();
    void pinnedTablesStay();
    void selectionOnlyMovesSelection();
    void selectionKeepsItsPlace();
    void deterministic();
    void concurrentCalls();
    void missingSizesAreEstimated();
    void nothingToMove();
    void fixtures_data();
    void fixtures();
};

void tst_AutoLayout::layered_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<References>("references");
    QTest::addColumn<Qt::Orientation>("direction");

    const References chain = {{1, 0}, {2, 1}, {3, 2}, {4, 3}};
    const References tree = {{1, 0}, {2, 0}, {3, 1}, {4, 1}, {5, 2}, {6, 2}};
    // t3 references t1 and t2, both referencing t0; t4 references t0 and t3 (a long edge);
    // t5 references t3 twice (a pair of foreign keys) and t2 through a composite key.
    const References diamond
        = {{1, 0}, {2, 0}, {3, 1}, {3, 2}, {4, 0}, {4, 3}, {5, 3}, {5, 3}, {5, 2}};
    for (const Qt::Orientation direction : {Qt::Horizontal, Qt::Vertical}) {
        const char *suffix = direction == Qt::Horizontal ? "horizontal" : "vertical";
        QTest::addRow("chain %s", suffix) << 5 << chain << direction;
        QTest::addRow("tree %s", suffix) << 7 << tree << direction;
        QTest::addRow("diamond %s", suffix) << 6 << diamond << direction;
        QTest::addRow("random 150 %s", suffix) << 150 << randomAcyclic(150) << direction;
    }
}

void tst_AutoLayout::layered()
{
    QFETCH(int, count);
    QFETCH(References, references);
    QFETCH(Qt::Orientation, direction);
    Schema schema = design(count, references);
    // Old positions all on one spot: the layout must not depend on them.
    for (Table &table : schema.tables())
        table.position = QPointF(500, 500);
    const AutoLayoutRequest request = requestFor(schema, direction);

    const AutoLayoutResult result = autoLayout(schema, request);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.positions.size(), schema.tables().size());
    QVERIFY(snapped(result));
    const auto cards = finalCards(schema, request, result);
    const QString overlapping = overlap(schema, cards, request.spacing);
    QVERIFY2(overlapping.isEmpty(), qPrintable(overlapping));
    const QString backwards = backwardReference(schema, cards, result, direction);
    QVERIFY2(backwards.isEmpty(), qPrintable(backwards));
    // A full layout starts at the origin.
    QCOMPARE(boundingBox(result.positions, cards).topLeft(), QPointF(0, 0));
}

void tst_AutoLayout::cycleAndSelfReference()
{
    // t0 -> t1 -> t2 -> t0 is a cycle, t3 references itself and t2, t4 references t3.
    Schema schema = design(5, {{1, 0}, {2, 1}, {0, 2}, {3, 3}, {3, 2}, {4, 3}});
    const AutoLayoutRequest request = requestFor(schema);

    const AutoLayoutResult result = autoLayout(schema, request);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.positions.size(), 5);
    QVERIFY(snapped(result));
    const auto cards = finalCards(schema, request, result);
    const QString overlapping = overlap(schema, cards, request.spacing);
    QVERIFY2(overlapping.isEmpty(), qPrintable(overlapping));
    // Outside the cycle the order holds: t2 before t3 before t4.
    const QString backwards = backwardReference(schema, cards, result, Qt::Horizontal);
    QVERIFY2(backwards.isEmpty(), qPrintable(backwards));
    const ObjectId t3 = schema.tables().at(3).id, t4 = schema.tables().at(4).id;
    QVERIFY(cards.value(t3).right() < cards.value(t4).left());
}

void tst_AutoLayout::twoTablesAreCompact()
{
    const Schema schema = design(2, {{1, 0}});
    const AutoLayoutRequest request = requestFor(schema);
    const AutoLayoutResult result = autoLayout(schema, request);
    QVERIFY2(result.ok(), qPrintable(result.error));
    const auto cards = finalCards(schema, request, result);
    const QRectF parent = cards.value(schema.tables().at(0).id);
    const QRectF child = cards.value(schema.tables().at(1).id);
    const QRectF box = boundingBox(result.positions, cards);
    QVERIFY(parent.right() + request.spacing <= child.left());
    QVERIFY2(box.width() <= parent.width() + child.width() + 3 * request.spacing,
        qPrintable(u"width %1"_s.arg(box.width())));
    QVERIFY2(box.height() <= std::max(parent.height(), child.height()) + request.spacing,
        qPrintable(u"height %1"_s.arg(box.height())));
}

void tst_AutoLayout::disconnectedTablesArePacked()
{
    const Schema schema = design(50);
    const AutoLayoutRequest request = requestFor(schema);
    const AutoLayoutResult result = autoLayout(schema, request);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.positions.size(), 50);
    const auto cards = finalCards(schema, request, result);
    const QString overlapping = overlap(schema, cards, request.spacing);
    QVERIFY2(overlapping.isEmpty(), qPrintable(overlapping));

    const QRectF box = boundingBox(result.positions, cards);
    const double aspect = box.width() / box.height();
    QVERIFY2(
        aspect > 0.7 && aspect < 3, qPrintable(u"%1 x %2"_s.arg(box.width()).arg(box.height())));
    double area = 0;
    for (const QRectF &card : cards)
        area += (card.width() + request.spacing) * (card.height() + request.spacing);
    QVERIFY2(box.width() * box.height() < 1.6 * area,
        qPrintable(u"%1 x %2 for %3 px²"_s.arg(box.width()).arg(box.height()).arg(area)));
}

void tst_AutoLayout::longLayerIsFolded()
{
    // One table referenced by 120 others: a single layer of 120 cards unless folded.
    References references;
    for (int t = 1; t <= 120; ++t)
        references.append({t, 0});
    for (const Qt::Orientation direction : {Qt::Horizontal, Qt::Vertical}) {
        const Schema schema = design(121, references);
        const AutoLayoutRequest request = requestFor(schema, direction);
        const AutoLayoutResult result = autoLayout(schema, request);
        QVERIFY2(result.ok(), qPrintable(result.error));
        const auto cards = finalCards(schema, request, result);
        const QString overlapping = overlap(schema, cards, request.spacing);
        QVERIFY2(overlapping.isEmpty(), qPrintable(overlapping));
        const QString backwards = backwardReference(schema, cards, result, direction);
        QVERIFY2(backwards.isEmpty(), qPrintable(backwards));
        const QRectF box = boundingBox(result.positions, cards);
        const double aspect = box.width() / box.height();
        QVERIFY2(aspect > 0.4 && aspect < 4,
            qPrintable(u"%1 x %2"_s.arg(box.width()).arg(box.height())));
    }
}

void tst_AutoLayout::largeGroup()
{
    // Above 1,000 connected tables dot stops after ordering the layers; the stacking here
    // must keep the same guarantees.
    const Schema schema = design(1200, randomAcyclic(1200));
    const AutoLayoutRequest request = requestFor(schema);
    const AutoLayoutResult result = autoLayout(schema, request);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.positions.size(), 1200);
    QVERIFY(snapped(result));
    const auto cards = finalCards(schema, request, result);
    const QString overlapping = overlap(schema, cards, request.spacing);
    QVERIFY2(overlapping.isEmpty(), qPrintable(overlapping));
    const QString backwards = backwardReference(schema, cards, result, Qt::Horizontal);
    QVERIFY2(backwards.isEmpty(), qPrintable(backwards));
    const QRectF box = boundingBox(result.positions, cards);
    QCOMPARE(box.topLeft(), QPointF(0, 0));
    const double aspect = box.width() / box.height();
    QVERIFY2(
        aspect > 0.4 && aspect < 5, qPrintable(u"%1 x %2"_s.arg(box.width()).arg(box.height())));
}

void tst_AutoLayout::pinnedTablesStay()
{
    Schema schema = design(30, randomAcyclic(30));
    // Pinned where the laid-out block would start, and one among the others' old places.
    const QList<QPointF> pins = {QPointF(0, 0), QPointF(350, 120), QPointF(1200.5, 40)};
    QSet<ObjectId> pinned;
    for (qsizetype i = 0; i < pins.size(); ++i) {
        Table &table = schema.tables()[5 * i + 2];
        table.position = pins.at(i);
        pinned.insert(table.id);
    }
    AutoLayoutRequest request = requestFor(schema);
    request.pinned = pinned;
    // The schema's own mark pins too.
    schema.tables()[2].pinned = true;
    request.pinned.remove(schema.tables().at(2).id);

    const AutoLayoutResult result = autoLayout(schema, request);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.positions.size(), 27);
    for (const ObjectId id : pinned)
        QVERIFY(!result.positions.contains(id));
    const auto cards = finalCards(schema, request, result);
    for (qsizetype i = 0; i < pins.size(); ++i)
        QCOMPARE(cards.value(schema.tables().at(5 * i + 2).id).topLeft(), pins.at(i));
    const QString overlapping = overlap(schema, cards, request.spacing);
    QVERIFY2(overlapping.isEmpty(), qPrintable(overlapping));
}

void tst_AutoLayout::selectionOnlyMovesSelection()
{
    // 40 tables in a grid; a scattered selection of 10, one of them pinned.
    Schema schema = design(40, randomAcyclic(40));
    for (qsizetype i = 0; i < schema.tables().size(); ++i)
        schema.tables()[i].position = QPointF(40 + (i % 8) * 300, 40 + (i / 8) * 250);
    AutoLayoutRequest request = requestFor(schema);
    for (int i = 3; i < 40; i += 4)
        request.tables.insert(schema.tables().at(i).id);
    const ObjectId pinned = schema.tables().at(7).id;
    request.pinned.insert(pinned);

    const AutoLayoutResult result = autoLayout(schema, request);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QSet<ObjectId> moved(request.tables);
    moved.remove(pinned);
    QCOMPARE(QSet<ObjectId>(result.positions.keyBegin(), result.positions.keyEnd()), moved);
    const auto cards = finalCards(schema, request, result);
    const QString overlapping = overlap(schema, cards, request.spacing);
    QVERIFY2(overlapping.isEmpty(), qPrintable(overlapping));
    const QString backwards = backwardReference(schema, cards, result, Qt::Horizontal);
    QVERIFY2(backwards.isEmpty(), qPrintable(backwards));
}

void tst_AutoLayout::selectionKeepsItsPlace()
{
    // The selection lies apart from the other tables: its block starts where its top-left
    // corner was.
    Schema schema = design(20, randomAcyclic(20));
    AutoLayoutRequest request = requestFor(schema);
    for (qsizetype i = 0; i < schema.tables().size(); ++i) {
        Table &table = schema.tables()[i];
        if (i >= 12) {
            table.position = QPointF(5000 + (i % 3) * 50, 3000 + (i % 4) * 70);
            request.tables.insert(table.id);
        } else {
            table.position = QPointF(40 + (i % 4) * 300, 40 + (i / 4) * 250);
        }
    }
    const AutoLayoutResult result = autoLayout(schema, request);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.positions.size(), 8);
    const auto cards = finalCards(schema, request, result);
    QCOMPARE(boundingBox(result.positions, cards).topLeft(), QPointF(5000, 3000));
    const QString overlapping = overlap(schema, cards, request.spacing);
    QVERIFY2(overlapping.isEmpty(), qPrintable(overlapping));
}

void tst_AutoLayout::deterministic()
{
    Schema schema = design(200, randomAcyclic(200));
    for (qsizetype i = 0; i < schema.tables().size(); ++i)
        schema.tables()[i].position = QPointF((i % 20) * 250, (i / 20) * 200);
    AutoLayoutRequest request = requestFor(schema);
    for (int i = 0; i < 200; i += 2)
        request.tables.insert(schema.tables().at(i).id);
    request.pinned.insert(schema.tables().at(10).id);

    // The same sets built in the other order.
    AutoLayoutRequest again = request;
    again.tables.clear();
    for (int i = 198; i >= 0; i -= 2)
        again.tables.insert(schema.tables().at(i).id);

    const AutoLayoutResult first = autoLayout(schema, request);
    const AutoLayoutResult second = autoLayout(schema, again);
    QVERIFY2(first.ok(), qPrintable(first.error));
    QCOMPARE(first.positions.size(), 99);
    QCOMPARE(second.positions, first.positions);
}

void tst_AutoLayout::concurrentCalls()
{
    // Graphviz keeps global state: calls from several threads at once must be serialised
    // and give what one call alone gives.
    const Schema schema = design(150, randomAcyclic(150));
    const AutoLayoutRequest request = requestFor(schema);
    const AutoLayoutResult alone = autoLayout(schema, request);
    QVERIFY2(alone.ok(), qPrintable(alone.error));
    QList<AutoLayoutResult> results(4);
    {
        std::vector<std::thread> threads;
        for (AutoLayoutResult &result : results)
            threads.emplace_back([&] { result = autoLayout(schema, request); });
        for (std::thread &thread : threads)
            thread.join();
    }
    for (const AutoLayoutResult &result : std::as_const(results))
        QCOMPARE(result.positions, alone.positions);
}

void tst_AutoLayout::missingSizesAreEstimated()
{
    const Schema schema = design(12, randomAcyclic(12));
    AutoLayoutRequest request; // no sizes: 200 x (24 + 18 per column)
    const AutoLayoutResult result = autoLayout(schema, request);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.positions.size(), 12);
    const auto cards = finalCards(schema, request, result);
    const QString overlapping = overlap(schema, cards, request.spacing);
    QVERIFY2(overlapping.isEmpty(), qPrintable(overlapping));
}

void tst_AutoLayout::nothingToMove()
{
    const Schema empty;
    QVERIFY(autoLayout(empty, {}).positions.isEmpty());

    const Schema schema = design(3, {{1, 0}});
    AutoLayoutRequest request = requestFor(schema);
    for (const Table &table : schema.tables())
        request.pinned.insert(table.id);
    const AutoLayoutResult result = autoLayout(schema, request);
    QVERIFY(result.ok());
    QVERIFY(result.positions.isEmpty());
}

void tst_AutoLayout::fixtures_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<Qt::Orientation>("direction");
    const QDir dir(QStringLiteral(SCHEMATA_FIXTURES));
    const QStringList files = dir.entryList({u"*.xml"_s}, QDir::Files, QDir::Name);
    QVERIFY(!files.isEmpty());
    for (const QString &file : files) {
        QTest::addRow("%s horizontal", qPrintable(file)) << dir.filePath(file) << Qt::Horizontal;
        QTest::addRow("%s vertical", qPrintable(file)) << dir.filePath(file) << Qt::Vertical;
    }
}

void tst_AutoLayout::fixtures()
{
    QFETCH(QString, path);
    QFETCH(Qt::Orientation, direction);
    DesignReader reader;
    QVERIFY2(DesignFile::load(path, &reader), qPrintable(reader.errorString()));
    const Schema &schema = reader.schema();
    const AutoLayoutRequest request = requestFor(schema, direction);

    const AutoLayoutResult result = autoLayout(schema, request);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.positions.size(), schema.tables().size());
    QVERIFY(snapped(result));
    const auto cards = finalCards(schema, request, result);
    const QString overlapping = overlap(schema, cards, request.spacing);
    QVERIFY2(overlapping.isEmpty(), qPrintable(overlapping));
    const QString backwards = backwardReference(schema, cards, result, direction);
    QVERIFY2(backwards.isEmpty(), qPrintable(backwards));
}

QTEST_GUILESS_MAIN(tst_AutoLayout)
#include "tst_autolayout.moc"
