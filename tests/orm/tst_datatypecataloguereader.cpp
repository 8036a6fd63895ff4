#include "schema/datatypecatalogue.h"
#include "xml/datatypecataloguereader.h"
#include "xml/xmltree.h"

#include <QTest>

using namespace Qt::StringLiterals;

// DatatypeCatalogueReader: a <datatypes> element read into the catalogue model (groups, types,
// their attributes, the problems it reports, the XML kept verbatim), and the catalogues that
// Schemata ships.
class tst_DatatypeCatalogueReader : public QObject
{
    Q_OBJECT

private slots:
    void read();
    void bundled();
};

void tst_DatatypeCatalogueReader::read()
{
    const QString element
        = uR"(<datatypes db="x"><group label="Numbers" color="#eee">)"
          uR"(<type label="Int" sql="INT" re="^INT(EGER)?$" quote="" length="0"/>)"
          uR"(<type label="Bad" sql="BAD" re="(" quote="'"/></group>)"
          uR"(<type label="Text" sql="TEXT" note="n" color="#fff" length="1"/>)"
          uR"(</datatypes>)"_s;
    XmlTree tree;
    QVERIFY(tree.parse(u"<sql>"_s + element + u"</sql>"_s));
    const int datatypes = tree.firstDescendant(tree.root(), u"datatypes");
    QVERIFY(datatypes >= 0);

    QStringList problems;
    const DatatypeCatalogue catalogue = DatatypeCatalogueReader::read(tree, datatypes, &problems);
    QCOMPARE(catalogue.db(), u"x"_s);
    QCOMPARE(catalogue.xml(), element);
    QCOMPARE(catalogue.groups().size(), 1);
    QCOMPARE(catalogue.groups().at(0).label, u"Numbers"_s);
    QCOMPARE(catalogue.groups().at(0).color, u"#eee"_s);
    QCOMPARE(catalogue.types().size(), 3);
    const Datatype &integer = catalogue.types().at(0);
    QCOMPARE(integer.label, u"Int"_s);
    QCOMPARE(integer.group, 0);
    QCOMPARE(integer.quote, std::optional<QString>(QString()));
    QVERIFY(!integer.takesSize);
    QCOMPARE(integer.attributes.size(), 5);
    const Datatype &text = catalogue.types().at(2);
    QCOMPARE(text.group, -1);
    QCOMPARE(text.quote, std::nullopt);
    QCOMPARE(text.note, u"n"_s);
    QVERIFY(text.takesSize);
    QCOMPARE(catalogue.colorFor(0), u"#eee"_s); // the group's
    QCOMPARE(catalogue.colorFor(2), u"#fff"_s);

    // The pattern resolves, an invalid one only matches its exact name.
    QCOMPARE(catalogue.resolve(u"INTEGER"_s), 0);
    QCOMPARE(catalogue.resolve(u"BAD"_s), 1);
    QCOMPARE(catalogue.resolve(u"("_s), -1);
    QCOMPARE(problems,
        (QStringList {u"Datatype \"Bad\": its pattern \"(\" is not a valid regular expression; "
                      "only its exact name matches."_s,
            u"Datatype \"Text\" has no quote attribute; WWW SQL Designer would write \"null\" "
            "around its defaults, Schemata writes them without quotes."_s}));

    // Without a list, no problems are looked for.
    QCOMPARE(DatatypeCatalogueReader::read(tree, datatypes, nullptr).types().size(), 3);
}

void tst_DatatypeCatalogueReader::bundled()
{
    const QStringList names = DatatypeCatalogueReader::bundledNames();
    for (const QString &name : {u"mysql"_s, u"postgresql"_s, u"sqlite"_s})
        QVERIFY2(names.contains(name), qPrintable(name));
    const DatatypeCatalogue postgres = DatatypeCatalogueReader::bundled(u"postgresql"_s);
    QCOMPARE(postgres.db(), u"postgresql"_s);
    QVERIFY(!postgres.isEmpty());
    QVERIFY(postgres.xml().startsWith(u"<datatypes"_s));
    QVERIFY(DatatypeCatalogueReader::bundled(u"no such"_s).isEmpty());
}

QTEST_GUILESS_MAIN(tst_DatatypeCatalogueReader)
#include "tst_datatypecataloguereader.moc"
