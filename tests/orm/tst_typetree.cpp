#include "ddl/ddlwriter.h"
#include "records/typetree.h"

#include "testdesigns.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Fill;

// The inheritance hierarchies the data generator fills, without a database: from the design's
// inheritance extensions (joined and single-table), and guessed from a schema without them.
class tst_TypeTree : public QObject
{
    Q_OBJECT

private slots:
    void joinedHierarchyFromExtensions();
    void singleTableHierarchyFromExtensions();
    void availableTypesFollowTheFilledTables();
    void joinedHierarchyWithoutExtensions();
    void tablesOutsideHierarchiesHaveNoNode();
};

namespace {

// The design and the physical schema a TypeTree reads, kept alive together.
struct Hierarchies
{
    explicit Hierarchies(const Schema &schema)
        : design(schema)
        , physical(DdlWriter::physicalSchema(schema))
        , tree(design, physical)
    {
    }

    ObjectId tableId(const QString &name) const { return design.tableByName(name)->id; }
    int node(const QString &name) const { return tree.nodeOf(tableId(name)); }
    ObjectId columnId(const QString &table, const QString &column) const
    {
        return physical.tableByName(table)->columnByName(column)->id;
    }

    Schema design;
    Schema physical;
    TypeTree tree;
};

} // namespace

void tst_TypeTree::joinedHierarchyFromExtensions()
{
    const Hierarchies h(seedModels());
    const int employee = h.node(u"employee"_s);
    const int engineer = h.node(u"engineer"_s);
    const int manager = h.node(u"manager"_s);
    QVERIFY(employee >= 0 && engineer >= 0 && manager >= 0);
    QCOMPARE(h.tree.node(engineer).parent, employee);
    QCOMPARE(h.tree.node(manager).parent, employee);
    QCOMPARE(h.tree.node(employee).children, (QList<int> {engineer, manager}));
    QVERIFY(!h.tree.node(engineer).single);
    QCOMPARE(h.tree.node(engineer).identity, u"engineer"_s);
    QCOMPARE(h.tree.node(engineer).physical, h.tableId(u"engineer"_s));
    // The joined child's key is its foreign key to the parent.
    const Table *table = h.physical.tableByName(u"engineer"_s);
    QCOMPARE(table->foreignKeys.size(), 1);
    QCOMPARE(h.tree.node(engineer).joinKey, table->foreignKeys.first().id);
    // The root holds the discriminator.
    QCOMPARE(h.tree.node(employee).discriminator, h.columnId(u"employee"_s, u"type"_s));
    QVERIFY(h.tree.isDiscriminator(h.columnId(u"employee"_s, u"type"_s)));
    QVERIFY(!h.tree.isDiscriminator(h.columnId(u"employee"_s, u"name"_s)));
    QCOMPARE(h.tree.rootOf(manager), employee);
    QVERIFY(h.tree.inSubtree(manager, employee));
    QVERIFY(h.tree.inSubtree(manager, manager));
    QVERIFY(!h.tree.inSubtree(manager, engineer));
    QVERIFY(!h.tree.inSubtree(employee, manager));
    QVERIFY(!h.tree.inSubtree(-1, employee));
}

void tst_TypeTree::singleTableHierarchyFromExtensions()
{
    const Hierarchies h(seedModels());
    const int staff = h.node(u"staff"_s);
    const int staffManager = h.node(u"staff_manager"_s);
    QVERIFY(staff >= 0 && staffManager >= 0);
    QVERIFY(h.tree.node(staffManager).single);
    QCOMPARE(h.tree.node(staffManager).parent, staff);
    QCOMPARE(h.tree.node(staffManager).identity, u"manager"_s);
    // Its rows, and the column it adds, are in the root's table.
    QCOMPARE(h.tree.node(staffManager).physical, h.tableId(u"staff"_s));
    const ObjectId managerData = h.columnId(u"staff"_s, u"manager_data"_s);
    QCOMPARE(h.tree.subclassOf(managerData), staffManager);
    QVERIFY(h.tree.designNullable(managerData));
    QCOMPARE(h.tree.subclassOf(h.columnId(u"staff"_s, u"name"_s)), -1);
    QCOMPARE(h.tree.node(staff).discriminator, h.columnId(u"staff"_s, u"type"_s));
}

void tst_TypeTree::availableTypesFollowTheFilledTables()
{
    const Hierarchies h(seedModels());
    const int employee = h.node(u"employee"_s);
    const int engineer = h.node(u"engineer"_s);
    const int manager = h.node(u"manager"_s);
    const ObjectId employeeTable = h.tableId(u"employee"_s);
    const ObjectId engineerTable = h.tableId(u"engineer"_s);
    const ObjectId managerTable = h.tableId(u"manager"_s);
    // A joined child's type only when its table is filled too.
    QCOMPARE(h.tree.available(employee, {employeeTable}), QList<int> {employee});
    QCOMPARE(h.tree.available(employee, {employeeTable, engineerTable}),
        (QList<int> {employee, engineer}));
    QCOMPARE(h.tree.available(employee, {employeeTable, engineerTable, managerTable}),
        (QList<int> {employee, engineer, manager}));
    // Single-table subclasses always.
    const int staff = h.node(u"staff"_s);
    QCOMPARE(h.tree.available(staff, {}),
        (QList<int> {staff, h.node(u"staff_manager"_s), h.node(u"staff_engineer"_s)}));
}

void tst_TypeTree::joinedHierarchyWithoutExtensions()
{
    const Hierarchies h(designFrom(R"(
<table x="0" y="0" name="vehicle">
<row name="id" null="0" autoincrement="1"><datatype>INTEGER</datatype></row>
<row name="type" null="0" autoincrement="0"><datatype>VARCHAR(20)</datatype></row>
<key type="PRIMARY" name=""><part>id</part></key>
</table>
<table x="0" y="0" name="car">
<row name="id" null="0" autoincrement="0"><datatype>INTEGER</datatype>
<relation table="vehicle" row="id" /></row>
<row name="doors" null="0" autoincrement="0"><datatype>INTEGER</datatype></row>
<key type="PRIMARY" name=""><part>id</part></key>
</table>
<table x="0" y="0" name="sticker">
<row name="id" null="0" autoincrement="1"><datatype>INTEGER</datatype></row>
<row name="type" null="0" autoincrement="0"><datatype>VARCHAR(20)</datatype></row>
<row name="car_id" null="0" autoincrement="0"><datatype>INTEGER</datatype>
<relation table="car" row="id" /></row>
<key type="PRIMARY" name=""><part>id</part></key>
</table>)"));
    // A primary key that is a foreign key to another table's: a joined child.
    const int vehicle = h.node(u"vehicle"_s);
    const int car = h.node(u"car"_s);
    QVERIFY(vehicle >= 0 && car >= 0);
    QCOMPARE(h.tree.node(car).parent, vehicle);
    QCOMPARE(h.tree.node(car).identity, u"car"_s);
    QCOMPARE(h.tree.node(car).joinKey, h.physical.tableByName(u"car"_s)->foreignKeys.first().id);
    // SQLAlchemy's habit: the root's text column `type` names the row's class.
    QCOMPARE(h.tree.node(vehicle).discriminator, h.columnId(u"vehicle"_s, u"type"_s));
    // A plain foreign key makes no hierarchy, and a `type` column outside one is data.
    QCOMPARE(h.node(u"sticker"_s), -1);
    QVERIFY(!h.tree.isDiscriminator(h.columnId(u"sticker"_s, u"type"_s)));
}

void tst_TypeTree::tablesOutsideHierarchiesHaveNoNode()
{
    const Hierarchies h(seedModels());
    for (const QString &name : {u"user"_s, u"post"_s, u"followers"_s, u"task"_s})
        QCOMPARE(h.node(name), -1);
    QCOMPARE(h.tree.nodes().size(), 6);
}

QTEST_GUILESS_MAIN(tst_TypeTree)
#include "tst_typetree.moc"
