#include "textformats/datadictionary.h"

#include "analysis/designcheck.h"
#include "schema/schema.h"
#include "xml/designfile.h"
#include "xml/designreader.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

const QString Seed = QStringLiteral(SCHEMATA_RESOURCES "/examples/seed-models.xml");
const QString Hostile = u"<b>\"x\" | `y` ; -- 表 & </b>"_s;

// A design whose names and comments hold what HTML and Markdown read as markup.
Schema hostileSchema()
{
    Schema schema;
    Table &parent = schema.addTable(Hostile);
    parent.comment = u"Parents.\n- not a list\n# not a heading"_s;
    const ObjectId id = schema.addColumn(parent, u"id"_s, u"INTEGER"_s).id;
    parent.columns.last().nullable = false;
    schema.addKey(parent, Key::Primary, {id});
    Column &quoted = schema.addColumn(parent, u"a|b`c"_s, u"VARCHAR(20)"_s);
    quoted.comment = u"pipe | and <tag>"_s;
    quoted.defaultValue = DefaultValue::text(u"'|'"_s);
    Table &child = schema.addTable(u"child"_s);
    const ObjectId childId = schema.addColumn(child, u"id"_s, u"INTEGER"_s).id;
    schema.addKey(child, Key::Primary, {childId});
    const ObjectId ref = schema.addColumn(child, u"parent_id"_s, u"INTEGER"_s).id;
    const Table &parentTable = schema.tables().constFirst();
    ForeignKey &fk = schema.addForeignKey(
        schema.tables().last(), {ref}, parentTable, {parentTable.columns.constFirst().id});
    fk.onDelete = ReferentialAction::Cascade;
    return schema;
}

struct Page
{
    QString error;
    QSet<QString> ids;
    QStringList links; // href="#..."
    QStringList sections; // the text of each <h2> of a table section
    QStringList cells; // every <td>'s text
    int svgs = 0;
};

// Reads the page as XML (it is written well-formed): a mistake in escaping breaks it.
Page read(const QString &html)
{
    Page page;
    QXmlStreamReader xml(html);
    QString section;
    bool inSectionHeading = false;
    bool inCell = false;
    QString cell;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QString id = xml.attributes().value(u"id"_s).toString();
            if (!id.isEmpty())
                page.ids.insert(id);
            const QString href = xml.attributes().value(u"href"_s).toString();
            if (href.startsWith(u'#'))
                page.links << href.mid(1);
            if (xml.name() == u"section")
                section = id;
            if (xml.name() == u"h2" && section.startsWith(u"table-"_s)) {
                inSectionHeading = true;
                page.sections << QString();
            }
            if (xml.name() == u"td") {
                inCell = true;
                cell.clear();
            }
            if (xml.name() == u"svg")
                ++page.svgs;
        } else if (xml.isCharacters()) {
            if (inSectionHeading)
                page.sections.last() += xml.text();
            if (inCell)
                cell += xml.text();
        } else if (xml.isEndElement()) {
            if (xml.name() == u"h2")
                inSectionHeading = false;
            if (xml.name() == u"td") {
                inCell = false;
                page.cells << cell;
            }
        }
    }
    if (xml.hasError())
        page.error = u"%1 at %2:%3"_s.arg(xml.errorString()).arg(xml.lineNumber()).arg(
            xml.columnNumber());
    return page;
}

} // namespace

// The data dictionary (`schemata export-docs`): every table documented and linked, names
// escaped in HTML and Markdown, the diagram inline.
class tst_DataDictionary : public QObject
{
    Q_OBJECT

private slots:
    void htmlOfTheExample();
    void htmlEscapesEverything();
    void markdownKeepsRowsAndLinks();
    void rowCounts();
};

void tst_DataDictionary::htmlOfTheExample()
{
    DesignReader reader;
    QVERIFY(DesignFile::load(Seed, &reader));
    const Schema &schema = reader.schema();
    DataDictionary::Options options;
    options.title = u"seed-models"_s;
    options.diagramSvg = "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" "
                         "width=\"10\" height=\"10\"><rect width=\"5\" height=\"5\"/></svg>\n";
    options.problems = DesignCheck::check(schema);
    const Page page = read(DataDictionary::html(schema, options));
    QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
    QCOMPARE(page.svgs, 1);
    // One section per table, each reached from the contents; every link lands somewhere.
    QCOMPARE(page.sections.size(), schema.tables().size());
    for (const Table &t : schema.tables())
        QVERIFY2(page.sections.contains(t.name), qPrintable(t.name));
    for (const QString &link : page.links)
        QVERIFY2(page.ids.contains(link), qPrintable(link));
    // Links between tables: post refers to user, and user is referred to by post; the
    // many-to-many through content_category is named on the tables it joins.
    const QString html = DataDictionary::html(schema, options);
    QVERIFY(html.contains(u"<li>refers to <code>(user_id) → </code><a href=\"#table-"_s));
    QVERIFY(html.contains(u"many-to-many"_s));
    QVERIFY(page.cells.contains(u"VARCHAR(64)"_s));
}

void tst_DataDictionary::htmlEscapesEverything()
{
    const Schema schema = hostileSchema();
    DataDictionary::Options options;
    options.title = Hostile;
    options.problems = {DesignProblem::warning(u"<warn> & more"_s, Hostile)};
    const Page page = read(DataDictionary::html(schema, options));
    QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
    QCOMPARE(QSet<QString>(page.sections.cbegin(), page.sections.cend()),
        QSet<QString>({Hostile, u"child"_s}));
    QVERIFY(page.cells.contains(u"a|b`c"_s));
    QVERIFY(page.cells.contains(u"pipe | and <tag>"_s));
    QVERIFY(page.cells.contains(u"'|'"_s));
    for (const QString &link : page.links)
        QVERIFY2(page.ids.contains(link), qPrintable(link));
    QVERIFY(!DataDictionary::html(schema, options).contains(u"<b>"_s));
}

void tst_DataDictionary::markdownKeepsRowsAndLinks()
{
    const Schema schema = hostileSchema();
    DataDictionary::Options options;
    options.title = Hostile;
    options.diagramFile = u"my schema.svg"_s;
    const QString text = DataDictionary::markdown(schema, options);
    const QStringList lines = text.split(u'\n');
    // Every row of a column table has the header's seven unescaped pipes.
    static const QRegularExpression unescapedPipe(u"(?<!\\\\)\\|"_s);
    int rows = 0;
    for (const QString &line : lines) {
        if (!line.startsWith(u'|'))
            continue;
        ++rows;
        // Pipes inside code spans are escaped too, as GitHub's tables need.
        QCOMPARE(line.count(unescapedPipe), 7);
    }
    QCOMPARE(rows, 2 + 2 + 2 + 2); // header, rule and two columns per table
    // No line the user's text begins is read as a heading, list or quote.
    for (const QString &line : lines) {
        if (line.startsWith(u"Parents."_s))
            QVERIFY2(!line.contains(u'\n'), qPrintable(line));
    }
    QVERIFY(text.contains(u"Parents. \\- not a list \\# not a heading"_s)
        || text.contains(u"Parents. - not a list # not a heading"_s));
    // Anchors are ours, and every link finds one.
    static const QRegularExpression link(u"\\]\\(#(table-\\d+)\\)"_s);
    auto it = link.globalMatch(text);
    int links = 0;
    while (it.hasNext()) {
        const QString anchor = it.next().captured(1);
        QVERIFY2(text.contains(u"<a id=\""_s + anchor + u"\"></a>"_s), qPrintable(anchor));
        ++links;
    }
    QVERIFY(links >= 4); // two in the contents, one each way between the tables
    QVERIFY(text.contains(u"![Diagram](my%20schema.svg)"_s));
    QVERIFY(text.contains(u"\\<b\\>"_s));
}

void tst_DataDictionary::rowCounts()
{
    const Schema schema = hostileSchema();
    DataDictionary::Options options;
    options.title = u"db"_s;
    options.rowCounts.insert(u"child"_s, 1234567);
    const QString html = DataDictionary::html(schema, options);
    const QString rows = DataDictionary::tr("%1 rows").arg(QLocale().toString(1234567));
    QCOMPARE(html.count(rows.toHtmlEscaped()), 2); // in the contents and in its section
    QCOMPARE(DataDictionary::markdown(schema, options).count(rows), 2);
}

QTEST_GUILESS_MAIN(tst_DataDictionary)
#include "tst_datadictionary.moc"
