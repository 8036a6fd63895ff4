#include "ddl/ddlwriter.h"
#include "dialects/dialect.h"
#include "records/fillplan.h"

#include "testdesigns.h"

#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Fill;
using Mode = ForeignKeyPlan::Mode;
using Source = ColumnPlan::Source;

// The phases of the data generator's table plan that need no database: where each foreign key
// and column takes its values from, which keys must stay distinct, the distinct tuples of a
// group, the rows' types, the trees and the order in which their rows are inserted.
class tst_FillPlan : public QObject
{
    Q_OBJECT

private slots:
    void keyText();
    void columnsSources();
    void associationLinksAreOneGroup();
    void uniqueForeignKeyIsAGroup();
    void selfReferences();
    void parentFilledLaterIsNullOrRefused();
    void joinedChild();
    void joinedChildFilledAlone();
    void discriminatorAndSubclassColumns();
    void identityLongerThanTheDiscriminatorIsRefused();
    void uniqueCapacity();
    void groupTuplesAreDistinct_data();
    void groupTuplesAreDistinct();
    void treeParents();
    void wavesByDepth();
    void numberedTreeGoesInWaves();
    void notNullReferenceToANumberedKeyIsRefused();
    void rowTypes();
};

namespace {

const Schema &treeDesign()
{
    static const Schema schema = designFrom(R"(
<table x="0" y="0" name="person">
<row name="id" null="0" autoincrement="1"><datatype>INTEGER</datatype></row>
<row name="name" null="0" autoincrement="0"><datatype>VARCHAR(40)</datatype></row>
<row name="code" null="0" autoincrement="0"><datatype>TINYINT</datatype></row>
<key type="PRIMARY" name=""><part>id</part></key>
<key type="UNIQUE" name=""><part>code</part></key>
</table>
<table x="0" y="0" name="folder">
<row name="id" null="0" autoincrement="1"><datatype>INTEGER</datatype></row>
<row name="parent_id" null="1" autoincrement="0"><datatype>INTEGER</datatype>
<relation table="folder" row="id" /></row>
<key type="PRIMARY" name=""><part>id</part></key>
</table>
<table x="0" y="0" name="passport">
<row name="number" null="0" autoincrement="0"><datatype>VARCHAR(12)</datatype></row>
<row name="person_id" null="0" autoincrement="0"><datatype>INTEGER</datatype>
<relation table="person" row="id" /></row>
<key type="PRIMARY" name=""><part>number</part></key>
<key type="UNIQUE" name=""><part>person_id</part></key>
</table>
<table x="0" y="0" name="link">
<row name="id" null="0" autoincrement="0"><datatype>INTEGER</datatype></row>
<row name="next_id" null="1" autoincrement="0"><datatype>INTEGER</datatype>
<relation table="link" row="id" /></row>
<key type="PRIMARY" name=""><part>id</part></key>
<key type="UNIQUE" name=""><part>next_id</part></key>
</table>
<table x="0" y="0" name="item">
<row name="id" null="0" autoincrement="1"><datatype>INTEGER</datatype></row>
<row name="parent_id" null="0" autoincrement="0"><datatype>INTEGER</datatype>
<relation table="item" row="id" /></row>
<key type="PRIMARY" name=""><part>id</part></key>
</table>
<table x="0" y="0" name="a">
<row name="id" null="0" autoincrement="1"><datatype>INTEGER</datatype></row>
<row name="b_id" null="1" autoincrement="0"><datatype>INTEGER</datatype>
<relation table="b" row="id" /></row>
<key type="PRIMARY" name=""><part>id</part></key>
</table>
<table x="0" y="0" name="b">
<row name="id" null="0" autoincrement="1"><datatype>INTEGER</datatype></row>
<row name="a_id" null="0" autoincrement="0"><datatype>INTEGER</datatype>
<relation table="a" row="id" /></row>
<key type="PRIMARY" name=""><part>id</part></key>
</table>)");
    return schema;
}

// A planner over a design, every table filled in the run, none filled yet.
struct Planning
{
    explicit Planning(const Schema &schema)
        : design(schema)
        , physical(DdlWriter::physicalSchema(schema))
        , types(design, physical)
        , planner(physical, types, filled, Dialect::forEngine(SqlEngine::Sqlite), states)
    {
        for (const Table &t : physical.tables())
            filled.insert(t.id);
    }

    const Table &table(const QString &name) const { return *physical.tableByName(name); }
    int column(const QString &tableName, const QString &name) const
    {
        const Table &t = table(tableName);
        return int(t.columnIndex(t.columnByName(name)->id));
    }
    // A parent filled with `rows` rows, keeping its first column (the key).
    void fill(const QString &name, const QList<QVariant> &keys, const QList<int> &rowTypes = {})
    {
        TableState &state = states[table(name).id];
        state.filled = true;
        state.rows = keys.size();
        state.refColumns = {0};
        state.refValues = keys;
        state.types = rowTypes;
    }
    // The phases up to the unique keys; false with *error when one refuses.
    bool plan(TablePlan &plan, const QString &name, qint64 rows, QString *error) const
    {
        plan = planner.start(table(name), rows);
        if (!planner.planForeignKeys(plan, error) || !planner.planColumns(plan, error))
            return false;
        Planner::planUniqueKeys(plan);
        return true;
    }

    Schema design;
    Schema physical;
    TypeTree types;
    QSet<ObjectId> filled;
    QHash<ObjectId, TableState> states;
    Planner planner;
};

QList<QVariant> numbers(qint64 count)
{
    QList<QVariant> result;
    for (qint64 i = 1; i <= count; ++i)
        result << QVariant(i);
    return result;
}

} // namespace

void tst_FillPlan::keyText()
{
    QCOMPARE(Fill::keyText(QVariant()), u"\x01"_s);
    // Text without case: MariaDB's default collation takes "Anna" and "aNNA" for one key.
    QCOMPARE(Fill::keyText(u"Anna"_s), Fill::keyText(u"aNNA"_s));
    QCOMPARE(Fill::keyText(QByteArray("\x01\xff", 2)), u"01ff"_s);
    QCOMPARE(Fill::keyText(42), u"42"_s);
}

void tst_FillPlan::columnsSources()
{
    Planning p(seedModels());
    TablePlan plan;
    QString error;
    QVERIFY2(p.plan(plan, u"user"_s, 10, &error), qPrintable(error));
    QCOMPARE(plan.columns.size(), p.table(u"user"_s).columns.size());
    QCOMPARE(plan.columns.at(p.column(u"user"_s, u"id"_s)).source, Source::AutoIncrement);
    // The unique key's column counts its values.
    QCOMPARE(plan.columns.at(p.column(u"user"_s, u"name"_s)).source, Source::Unique);
    QCOMPARE(plan.columns.at(p.column(u"user"_s, u"name"_s)).spec.maxLength, 64);
    QCOMPARE(plan.columns.at(p.column(u"user"_s, u"email"_s)).source, Source::Value);
    QVERIFY(plan.columns.at(p.column(u"user"_s, u"email"_s)).nullable);
    QVERIFY(!plan.columns.at(p.column(u"user"_s, u"name"_s)).nullable);
    QVERIFY(plan.fks.isEmpty());
    QVERIFY(plan.groups.isEmpty());

    p.fill(u"user"_s, numbers(3));
    QVERIFY2(p.plan(plan, u"post"_s, 10, &error), qPrintable(error));
    QCOMPARE(plan.fks.size(), 1);
    QCOMPARE(plan.fks.first().mode, Mode::Random);
    QVERIFY(!plan.fks.first().nullable);
    QCOMPARE(plan.fks.first().statePositions, QList<int> {0});
    const int userId = p.column(u"post"_s, u"user_id"_s);
    QCOMPARE(plan.owner.at(userId), 0);
    QCOMPARE(plan.columns.at(userId).source, Source::ForeignKey);
    QCOMPARE(plan.columns.at(userId).fk, 0);
    QCOMPARE(plan.columns.at(userId).part, 0);
}

void tst_FillPlan::associationLinksAreOneGroup()
{
    Planning p(seedModels());
    for (const QString &parent : {u"user"_s, u"content"_s, u"category"_s})
        p.fill(parent, numbers(3));
    for (const QString &name : {u"followers"_s, u"content_category"_s}) {
        TablePlan plan;
        QString error;
        QVERIFY2(p.plan(plan, name, 10, &error), qPrintable(error));
        QCOMPARE(plan.fks.size(), 2);
        QCOMPARE(plan.groups.size(), 1);
        QCOMPARE(plan.groups.first().fks, (QList<int> {0, 1}));
        // The primary key is the links: one constraint, not two.
        QCOMPARE(plan.groups.first().constraints, (QList<QList<int>> {{0, 1}}));
        QCOMPARE(plan.groups.first().seen.size(), 1);
        for (int f = 0; f < 2; ++f) {
            QCOMPARE(plan.fks.at(f).mode, Mode::Group);
            QCOMPARE(plan.fks.at(f).group, 0);
            QCOMPARE(plan.fks.at(f).groupIndex, f);
        }
    }
}

void tst_FillPlan::uniqueForeignKeyIsAGroup()
{
    Planning p(treeDesign());
    p.fill(u"person"_s, numbers(3));
    TablePlan plan;
    QString error;
    QVERIFY2(p.plan(plan, u"passport"_s, 10, &error), qPrintable(error));
    QCOMPARE(plan.fks.size(), 1);
    QCOMPARE(plan.fks.first().mode, Mode::Group);
    QCOMPARE(plan.groups.size(), 1);
    QCOMPARE(plan.groups.first().constraints,
        (QList<QList<int>> {{p.column(u"passport"_s, u"person_id"_s)}}));
    QCOMPARE(plan.columns.at(p.column(u"passport"_s, u"number"_s)).source, Source::Unique);
}

void tst_FillPlan::selfReferences()
{
    const Planning p(treeDesign());
    TablePlan plan;
    QString error;
    // A tree.
    QVERIFY2(p.plan(plan, u"folder"_s, 10, &error), qPrintable(error));
    QCOMPARE(plan.fks.size(), 1);
    QCOMPARE(plan.fks.first().mode, Mode::Self);
    QVERIFY(plan.fks.first().nullable);
    QVERIFY(plan.groups.isEmpty());
    // A unique self-reference: a chain.
    QVERIFY2(p.plan(plan, u"link"_s, 10, &error), qPrintable(error));
    QCOMPARE(plan.fks.first().mode, Mode::Chain);
    QVERIFY(plan.groups.isEmpty());
}

void tst_FillPlan::parentFilledLaterIsNullOrRefused()
{
    const Planning p(treeDesign());
    TablePlan plan;
    QString error;
    QVERIFY2(p.plan(plan, u"a"_s, 10, &error), qPrintable(error));
    QCOMPARE(plan.fks.first().mode, Mode::Null);
    QVERIFY(!p.plan(plan, u"b"_s, 10, &error));
    QVERIFY2(error.contains(u"cycle"_s) && error.contains(u"b.a_id"_s), qPrintable(error));
}

void tst_FillPlan::joinedChild()
{
    Planning p(seedModels());
    const int employee = p.types.nodeOf(p.table(u"employee"_s).id);
    const int engineer = p.types.nodeOf(p.table(u"engineer"_s).id);
    const int manager = p.types.nodeOf(p.table(u"manager"_s).id);
    p.fill(u"employee"_s, numbers(5), {employee, engineer, manager, engineer, employee});
    TablePlan plan;
    QString error;
    QVERIFY2(p.plan(plan, u"engineer"_s, 100, &error), qPrintable(error));
    QCOMPARE(plan.fks.size(), 1);
    QCOMPARE(plan.fks.first().mode, Mode::Joined);
    QCOMPARE(plan.fks.first().statePositions, QList<int> {0});
    // Each parent row is extended once: no group.
    QVERIFY(plan.groups.isEmpty());
    // One row for each parent row of the child's type.
    p.planner.planRowSource(plan);
    QCOMPARE(plan.joined, &plan.fks.first());
    QCOMPARE(plan.rowSource, (QList<qint64> {1, 3}));
    QCOMPARE(plan.rows, 2);
}

void tst_FillPlan::joinedChildFilledAlone()
{
    Planning p(seedModels());
    p.filled = {p.table(u"engineer"_s).id};
    TablePlan plan;
    QString error;
    QVERIFY2(p.plan(plan, u"engineer"_s, 10, &error), qPrintable(error));
    ForeignKeyPlan &fk = plan.fks.first();
    QCOMPARE(fk.mode, Mode::Group);
    QVERIFY(fk.childAlone);
    QCOMPARE(plan.groups.size(), 1);
    // The parent rows of the parent's type, and the siblings' rows that are taken.
    p.planner.planAlone(plan, fk);
    QCOMPARE(plan.alone, &fk);
    QCOMPARE(plan.discriminatorName, u"type"_s);
    QCOMPARE(plan.parentIdentity, u"employee"_s);
    const qsizetype constraint = Planner::aloneConstraint(plan);
    QCOMPARE(constraint, 0);
    const QList<SiblingKeys> siblings = p.planner.siblingKeys(plan, constraint);
    QCOMPARE(siblings.size(), 1);
    QCOMPARE(siblings.first().table->name, u"manager"_s);
    QCOMPARE(siblings.first().columns, QList<int> {p.column(u"manager"_s, u"id"_s)});
    // No such parent row: a message that names the type.
    QVERIFY(!p.planner.checkPool(plan, fk, &error));
    QVERIFY2(error.contains(u"\"employee\""_s) && error.contains(u"engineer"_s), qPrintable(error));
}

void tst_FillPlan::discriminatorAndSubclassColumns()
{
    const Planning p(seedModels());
    TablePlan plan;
    QString error;
    QVERIFY2(p.plan(plan, u"employee"_s, 10, &error), qPrintable(error));
    QCOMPARE(plan.columns.at(p.column(u"employee"_s, u"type"_s)).source, Source::Discriminator);
    QVERIFY(plan.typeNode);
    QVERIFY2(p.plan(plan, u"staff"_s, 10, &error), qPrintable(error));
    const ColumnPlan &managerData = plan.columns.at(p.column(u"staff"_s, u"manager_data"_s));
    QCOMPARE(managerData.subclass, p.types.nodeOf(p.design.tableByName(u"staff_manager"_s)->id));
    QVERIFY(managerData.nullable);
    QCOMPARE(plan.columns.at(p.column(u"staff"_s, u"name"_s)).subclass, -1);
}

void tst_FillPlan::identityLongerThanTheDiscriminatorIsRefused()
{
    const Planning p(designFrom(R"(
<table x="0" y="0" name="animal" discriminator="kind" identity="pet">
<row name="id" null="0" autoincrement="1"><datatype>INTEGER</datatype></row>
<row name="kind" null="0" autoincrement="0"><datatype>VARCHAR(4)</datatype></row>
<key type="PRIMARY" name=""><part>id</part></key>
</table>
<table x="0" y="0" name="elephant" inherits="animal" inheritance="single" identity="elephant">
<row name="trunk" null="1" autoincrement="0"><datatype>INTEGER</datatype></row>
</table>)"));
    TablePlan plan;
    QString error;
    QVERIFY(!p.plan(plan, u"animal"_s, 10, &error));
    QVERIFY2(
        error.contains(u"\"elephant\""_s) && error.contains(u"animal.kind"_s), qPrintable(error));
}

void tst_FillPlan::uniqueCapacity()
{
    const Planning p(treeDesign());
    TablePlan plan;
    QString error;
    QVERIFY2(p.plan(plan, u"person"_s, 100, &error), qPrintable(error));
    QCOMPARE(plan.columns.at(p.column(u"person"_s, u"code"_s)).source, Source::Unique);
    QVERIFY2(Planner::checkUniqueCapacity(plan, &error), qPrintable(error));
    // A TINYINT holds no more than 256 values, fewer with those taken already.
    plan.rows = 100'000;
    QVERIFY(!Planner::checkUniqueCapacity(plan, &error));
    QVERIFY2(error.contains(u"person.code"_s), qPrintable(error));
    plan.rows = 100;
    for (int i = 0; i < 200; ++i)
        plan.columns[p.column(u"person"_s, u"code"_s)].taken.insert(QString::number(i));
    QVERIFY(!Planner::checkUniqueCapacity(plan, &error));
}

void tst_FillPlan::groupTuplesAreDistinct_data()
{
    QTest::addColumn<int>("poolSize");
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("expected");
    // Dense: every pair of distinct users, in random order, as many as there are.
    QTest::newRow("dense, all pairs") << 7 << 1000 << 42;
    QTest::newRow("dense, some pairs") << 7 << 20 << 20;
    // Sparse: drawn and retried.
    QTest::newRow("sparse") << 1000 << 500 << 500;
}

void tst_FillPlan::groupTuplesAreDistinct()
{
    QFETCH(int, poolSize);
    QFETCH(int, rows);
    QFETCH(int, expected);
    Planning p(seedModels());
    p.fill(u"user"_s, numbers(poolSize));
    // The tuples, and the rows the table then gets.
    const auto sample = [&](quint64 seed) {
        TablePlan plan;
        QString error;
        if (!p.plan(plan, u"followers"_s, rows, &error))
            qFatal("%s", qPrintable(error));
        for (ForeignKeyPlan &fk : plan.fks)
            p.planner.poolFromState(fk);
        ValueGenerator::Random random(seed, u"followers"_s, u"structure");
        Planner::pickGroups(plan, random);
        return std::make_pair(plan.groups.first().tuples, plan.rows);
    };
    const auto [tuples, tableRows] = sample(1);
    QCOMPARE(tableRows, expected);
    QCOMPARE(tuples.size(), expected);
    QSet<QPair<qint64, qint64>> pairs;
    for (const QList<qint64> &tuple : tuples) {
        QCOMPARE(tuple.size(), 2);
        QVERIFY(tuple.at(0) >= 0 && tuple.at(0) < poolSize);
        QVERIFY(tuple.at(1) >= 0 && tuple.at(1) < poolSize);
        QVERIFY(tuple.at(0) != tuple.at(1)); // nobody follows themselves
        pairs.insert(qMakePair(tuple.at(0), tuple.at(1)));
    }
    QCOMPARE(pairs.size(), expected);
    QCOMPARE(sample(1).first, tuples);
    QVERIFY(sample(2).first != tuples);
}

void tst_FillPlan::treeParents()
{
    ValueGenerator::Random random(1, u"t"_s, u"structure");
    ForeignKeyPlan chain;
    chain.mode = Mode::Chain;
    chain.nullable = true;
    QCOMPARE(Fill::treeParents(chain, 4, random), (QList<qint64> {-1, 0, 1, 2}));
    chain.nullable = false;
    QCOMPARE(Fill::treeParents(chain, 4, random), (QList<qint64> {0, 0, 1, 2}));

    ForeignKeyPlan tree;
    tree.mode = Mode::Self;
    tree.nullable = true;
    const QList<qint64> parents = Fill::treeParents(tree, 100, random);
    QCOMPARE(parents.size(), 100);
    // One row in twenty is a root; the others reference an earlier row.
    QCOMPARE(std::count(parents.cbegin(), parents.cend(), -1), 5);
    for (qint64 r = 5; r < 100; ++r)
        QVERIFY(parents.at(r) >= 0 && parents.at(r) < r);
    // NOT NULL: the first row references itself.
    tree.nullable = false;
    QCOMPARE(Fill::treeParents(tree, 3, random).first(), 0);
}

void tst_FillPlan::wavesByDepth()
{
    ForeignKeyPlan tree;
    tree.mode = Mode::Self;
    tree.parentRow = {-1, 0, 1, 0, -1, 4};
    QList<qint64> order, waveEnds;
    planWaves({tree}, 6, true, &order, &waveEnds);
    // Roots, then their children, then theirs; row order within a depth.
    QCOMPARE(order, (QList<qint64> {0, 4, 1, 3, 5, 2}));
    QCOMPARE(waveEnds, (QList<qint64> {2, 5, 6}));

    order.clear();
    waveEnds.clear();
    planWaves({tree}, 6, false, &order, &waveEnds);
    QCOMPARE(order, (QList<qint64> {0, 1, 2, 3, 4, 5}));
    QCOMPARE(waveEnds, QList<qint64> {6});
}

void tst_FillPlan::numberedTreeGoesInWaves()
{
    const Planning p(treeDesign());
    TablePlan plan;
    QString error;
    QVERIFY2(p.plan(plan, u"folder"_s, 200, &error), qPrintable(error));
    TableState state;
    state.refColumns = {p.column(u"folder"_s, u"id"_s)};
    ValueGenerator::Random random(3, u"folder"_s, u"structure");
    QVERIFY2(Planner::planTrees(plan, state, random, &error), qPrintable(error));
    QCOMPARE(plan.keptAuto, 0);
    QVERIFY(plan.waveEnds.size() >= 3);
    QCOMPARE(plan.waveEnds.last(), 200);
    // Every row once, and after the row it references.
    QList<qint64> sorted = plan.order;
    std::sort(sorted.begin(), sorted.end());
    for (qint64 r = 0; r < 200; ++r)
        QCOMPARE(sorted.at(r), r);
    QList<qsizetype> wave(200);
    qsizetype w = 0;
    for (qsizetype o = 0; o < plan.order.size(); ++o) {
        if (o == plan.waveEnds.at(w))
            ++w;
        wave[plan.order.at(o)] = w;
    }
    const QList<qint64> &parents = plan.fks.first().parentRow;
    for (qint64 r = 0; r < 200; ++r) {
        if (parents.at(r) >= 0)
            QVERIFY(wave.at(parents.at(r)) < wave.at(r));
    }
}

void tst_FillPlan::notNullReferenceToANumberedKeyIsRefused()
{
    const Planning p(treeDesign());
    TablePlan plan;
    QString error;
    QVERIFY2(p.plan(plan, u"item"_s, 10, &error), qPrintable(error));
    TableState state;
    state.refColumns = {p.column(u"item"_s, u"id"_s)};
    ValueGenerator::Random random(1, u"item"_s, u"structure");
    QVERIFY(!Planner::planTrees(plan, state, random, &error));
    QVERIFY2(error.contains(u"item.parent_id"_s), qPrintable(error));
}

void tst_FillPlan::rowTypes()
{
    Planning p(seedModels());
    const int employee = p.types.nodeOf(p.table(u"employee"_s).id);
    TablePlan plan;
    QString error;
    QVERIFY2(p.plan(plan, u"employee"_s, 300, &error), qPrintable(error));
    ValueGenerator::Random random(1, u"employee"_s, u"structure");
    // Children filled too: rows of each type.
    TableState state;
    p.planner.pickTypes(plan, state, random);
    QCOMPARE(state.types.size(), 300);
    QCOMPARE(QSet<int>(state.types.cbegin(), state.types.cend()),
        (QSet<int> {employee, p.types.nodeOf(p.table(u"engineer"_s).id),
            p.types.nodeOf(p.table(u"manager"_s).id)}));
    // Alone: every row of the root's type.
    p.filled = {p.table(u"employee"_s).id};
    state.types.clear();
    p.planner.pickTypes(plan, state, random);
    QCOMPARE(state.types, QList<int>(300, employee));
}

QTEST_GUILESS_MAIN(tst_FillPlan)
#include "tst_fillplan.moc"
