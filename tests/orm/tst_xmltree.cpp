#include "xml/xmltree.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_XmlTree : public QObject
{
    Q_OBJECT

private slots:
    void sourceSlices();
    void descendantsInDocumentOrder();
    void textAndCdata();
    void tagColumns();
};

void tst_XmlTree::sourceSlices()
{
    const QString source = u"<?xml version=\"1.0\"?>\n<!-- one -->\n<?pi x?>\n<sql a=\"x>y\">\n"
                           "<datatypes db=\"m\"><type/></datatypes><t>text</t><e/></sql>\n  "_s;
    XmlTree tree;
    QVERIFY(tree.parse(source));
    QCOMPARE(tree.declaration(), u"<?xml version=\"1.0\"?>"_s);
    QCOMPARE(tree.prologue().size(), 2);
    QCOMPARE(tree.prologue().at(0), u"<!-- one -->"_s);
    QCOMPARE(tree.prologue().at(1), u"<?pi x?>"_s);
    QCOMPARE(tree.trailer(), u"\n  "_s);
    const int datatypes = tree.firstDescendant(tree.root(), u"datatypes");
    QCOMPARE(tree.sourceOf(datatypes), u"<datatypes db=\"m\"><type/></datatypes>"_s);
    QCOMPARE(tree.sourceOf(tree.firstDescendant(tree.root(), u"e")), u"<e/>"_s);
    QCOMPARE(tree.node(tree.root()).attribute(u"a"), u"x>y"_s);
}

void tst_XmlTree::descendantsInDocumentOrder()
{
    XmlTree tree;
    QVERIFY(tree.parse(u"<r><a n=\"1\"><a n=\"2\"/></a><b><a n=\"3\"/></b><a n=\"4\"/></r>"_s));
    QStringList order;
    for (int a : tree.descendants(tree.root(), u"a"))
        order << tree.node(a).attribute(u"n");
    QCOMPARE(order, QStringList({u"1"_s, u"2"_s, u"3"_s, u"4"_s}));
    order.clear();
    for (int a : tree.descendants(tree.root(), u"a", u"a"))
        order << tree.node(a).attribute(u"n");
    QCOMPARE(order, QStringList({u"1"_s, u"3"_s, u"4"_s}));
}

void tst_XmlTree::textAndCdata()
{
    XmlTree tree;
    QVERIFY(tree.parse(u"<r><c>a &amp; <![CDATA[<b>]]> c</c><d><x/>after</d></r>"_s));
    QCOMPARE(tree.text(tree.firstDescendant(tree.root(), u"c")), u"a & <b> c"_s);
    const int d = tree.firstDescendant(tree.root(), u"d");
    QCOMPARE(tree.text(d), u"after"_s);
    QCOMPARE(tree.firstChildText(d), QString());
}

void tst_XmlTree::tagColumns()
{
    // Where each start tag begins, in characters (not bytes), also after a tag that spans
    // lines.
    XmlTree tree;
    QVERIFY(tree.parse(u"<r>\n  <été a=\"ж>\"/><b\n   c=\"1\"><k>PRIMARY</k></b>\n<d/></r>"_s));
    const auto column = [&](QStringView name) {
        return tree.node(tree.firstDescendant(tree.root(), name)).tagColumn;
    };
    QCOMPARE(tree.node(tree.root()).tagColumn, 1);
    QCOMPARE(column(u"été"), 3);
    QCOMPARE(column(u"b"), 16);
    QCOMPARE(column(u"k"), 10);
    QCOMPARE(column(u"d"), 1);
}

QTEST_GUILESS_MAIN(tst_XmlTree)
#include "tst_xmltree.moc"
