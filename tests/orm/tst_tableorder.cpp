#include "analysis/tableorder.h"
#include "schema/schema.h"

#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

// The one parents-first table order (DDL, JSON export and import, fill, the session): chains,
// diamonds and cycles, with the expected orders worked out by hand.
class tst_TableOrder : public QObject
{
    Q_OBJECT

private slots:
    void order_data();
    void order();
    void keysOutsideTheListAreIgnored();
    void sameInputSameOrder();
    void nameOrderDoesNotDependOnDesignOrder();
};

namespace {

// Tables in design order, and foreign keys written "child>parent" (separated by "|", since
// names may hold spaces); each key is named like that too.
Schema design(const QStringList &tables, const QStringList &keys)
{
    Schema schema;
    for (const QString &name : tables)
        schema.addTable(name);
    for (const QString &key : keys) {
        const QStringList ends = key.split(u'>');
        Table *child = nullptr;
        for (Table &t : schema.tables()) {
            if (t.name == ends.at(0))
                child = &t;
        }
        const Table *parent = schema.tableByName(ends.at(1));
        ForeignKey fk;
        fk.id = schema.newId();
        fk.name = key;
        fk.referencedTable = parent ? parent->id : NoObject;
        fk.referencedTableName = ends.at(1);
        child->foreignKeys << fk;
    }
    return schema;
}

QStringList names(const TableOrder &order)
{
    QStringList result;
    for (const Table *t : order.tables)
        result << t->name;
    return result;
}

QStringList keyNames(const Schema &schema, const QSet<ObjectId> &ids)
{
    QStringList result;
    for (const Table &t : schema.tables()) {
        for (const ForeignKey &fk : t.foreignKeys) {
            if (ids.contains(fk.id))
                result << fk.name;
        }
    }
    result.sort();
    return result;
}

QStringList list(const QString &text)
{
    return text.isEmpty() ? QStringList() : text.split(u'|');
}

} // namespace

void tst_TableOrder::order_data()
{
    QTest::addColumn<QString>("tables"); // design order
    QTest::addColumn<QString>("keys");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("cycleKeys");
    QTest::addColumn<QString>("selfKeys");

    QTest::newRow("no tables") << u""_s << u""_s << u""_s << u""_s << u""_s;
    QTest::newRow("no keys: design order") << u"z|y|x"_s << u""_s << u"z|y|x"_s << u""_s << u""_s;
    QTest::newRow("chain") << u"c|b|a"_s << u"c>b|b>a"_s << u"a|b|c"_s << u""_s << u""_s;
    // a is the only table ready; then b is the first ready in design order, then c, then d.
    QTest::newRow("diamond") << u"d|b|c|a"_s << u"d>b|d>c|b>a|c>a"_s << u"a|b|c|d"_s << u""_s
                             << u""_s;
    // A table referencing itself is ready; its key is a self key, not a cycle key.
    QTest::newRow("self-reference") << u"leaf|node"_s << u"leaf>node|node>node"_s
                                    << u"node|leaf"_s << u""_s << u"node>node"_s;
    QTest::newRow("two-table cycle")
        << u"a|b"_s << u"a>b|b>a"_s << u"a|b"_s << u"a>b"_s << u""_s;
    // x goes first (its key to y closes the cycle); then z, whose parent x is placed; then y.
    QTest::newRow("three-table cycle")
        << u"x|y|z"_s << u"x>y|y>z|z>x"_s << u"x|z|y"_s << u"x>y"_s << u""_s;
    // child waits for the cycle but is not on it: the cycle is broken at a, not at child
    // (which comes first in design order); then child, ready and first in design order, and b.
    QTest::newRow("table after a cycle")
        << u"child|a|b"_s << u"child>a|a>b|b>a"_s << u"a|child|b"_s << u"a>b"_s << u""_s;
    // The cycle p-q waits for the cycle r-s: r-s is broken first, at r.
    QTest::newRow("cycle after a cycle") << u"p|q|r|s"_s << u"p>q|q>p|q>r|r>s|s>r"_s
                                         << u"r|s|p|q"_s << u"p>q|r>s"_s << u""_s;
    // A key whose table is not in the design (NoObject) waits for nothing.
    QTest::newRow("unresolved key") << u"b|a"_s << u"b>missing|a>b"_s << u"b|a"_s << u""_s
                                    << u""_s;
    // Names are never parsed: quotes, semicolons, comments and non-Latin text.
    QTest::newRow("hostile and unicode names")
        << u"💾 disk|a\"; DROP TABLE x; --|Ünïcode 'q'"_s
        << u"💾 disk>a\"; DROP TABLE x; --|a\"; DROP TABLE x; -->Ünïcode 'q'"_s
        << u"Ünïcode 'q'|a\"; DROP TABLE x; --|💾 disk"_s << u""_s << u""_s;
}

void tst_TableOrder::order()
{
    QFETCH(QString, tables);
    QFETCH(QString, keys);
    QFETCH(QString, expected);
    QFETCH(QString, cycleKeys);
    QFETCH(QString, selfKeys);

    const Schema schema = design(list(tables), list(keys));
    const TableOrder order = TableOrder::parentsFirst(schema);
    QCOMPARE(names(order), list(expected));
    QCOMPARE(keyNames(schema, order.cycleKeys), list(cycleKeys));
    QCOMPARE(keyNames(schema, order.selfKeys), list(selfKeys));
    for (const Table &t : schema.tables()) {
        for (const ForeignKey &fk : t.foreignKeys) {
            QCOMPARE(order.closesCycle(fk.id),
                order.cycleKeys.contains(fk.id) || order.selfKeys.contains(fk.id));
        }
    }
}

void tst_TableOrder::keysOutsideTheListAreIgnored()
{
    // Exporting only b and c: b's key to a (not exported) does not hold b back, and c's key to
    // b still puts b first.
    const Schema schema = design({u"c"_s, u"b"_s, u"a"_s}, {u"c>b"_s, u"b>a"_s});
    const TableOrder order = TableOrder::parentsFirst(
        QList<const Table *>{schema.tableByName(u"c"_s), schema.tableByName(u"b"_s)});
    QCOMPARE(names(order), (QStringList{u"b"_s, u"c"_s}));
    QVERIFY(order.cycleKeys.isEmpty());
}

void tst_TableOrder::sameInputSameOrder()
{
    const Schema schema = design({u"p"_s, u"q"_s, u"r"_s, u"s"_s, u"t"_s},
        {u"p>q"_s, u"q>p"_s, u"q>r"_s, u"r>s"_s, u"s>r"_s, u"t>t"_s});
    const TableOrder first = TableOrder::parentsFirst(schema);
    for (int i = 0; i < 20; ++i) {
        const TableOrder again = TableOrder::parentsFirst(schema);
        QCOMPARE(names(again), names(first));
        QVERIFY(again.tables == first.tables);
        QVERIFY(again.cycleKeys == first.cycleKeys);
        QVERIFY(again.selfKeys == first.selfKeys);
    }
}

void tst_TableOrder::nameOrderDoesNotDependOnDesignOrder()
{
    // The JSON export sorts the tables by name before ordering them, so that the file is the
    // same whatever order an engine lists its tables in: every design order gives one result.
    QStringList tables{u"orders"_s, u"customers"_s, u"items"_s, u"a"_s, u"b"_s};
    const QStringList keys{
        u"orders>customers"_s, u"items>orders"_s, u"a>b"_s, u"b>a"_s, u"customers>b"_s};
    std::sort(tables.begin(), tables.end());
    // By name: a, b, customers, items, orders. Nothing is ready (a and b wait for each other,
    // customers for b, ...): a starts the cycle (a>b closes it), then b, customers, orders,
    // items.
    const QStringList expected{u"a"_s, u"b"_s, u"customers"_s, u"orders"_s, u"items"_s};
    do {
        const Schema schema = design(tables, keys);
        QList<const Table *> byName;
        for (const Table &t : schema.tables())
            byName << &t;
        std::sort(byName.begin(), byName.end(),
            [](const Table *a, const Table *b) { return a->name < b->name; });
        const TableOrder order = TableOrder::parentsFirst(byName);
        QCOMPARE(names(order), expected);
        QCOMPARE(keyNames(schema, order.cycleKeys), QStringList{u"a>b"_s});
    } while (std::next_permutation(tables.begin(), tables.end()));
}

QTEST_GUILESS_MAIN(tst_TableOrder)
#include "tst_tableorder.moc"
