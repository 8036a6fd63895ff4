#include "schemadump.h"
#include "xml/designfile.h"
#include "xml/designreader.h"

#include <QDir>
#include <QTest>

using namespace Qt::StringLiterals;

// A designer-style document around some tables, with the shipped MySQL catalogue embedded.
static QByteArray designWith(const QByteArray &tables, const QByteArray &datatypes = {})
{
    QByteArray catalogue = datatypes;
    if (catalogue.isEmpty()) {
        QFile file(u":/schemata/datatypes/mysql.xml"_s);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("no bundled mysql catalogue");
        catalogue = file.readAll();
        catalogue.remove(0, catalogue.indexOf("<datatypes"));
        catalogue = catalogue.trimmed();
    }
    return "<?xml version=\"1.0\" encoding=\"utf-8\" ?>\n<sql>\n" + catalogue + tables + "</sql>\n";
}

static bool hasWarning(const DesignReader &reader, const QString &fragment,
    const QString &table = {}, const QString &column = {})
{
    for (const DesignWarning &w : reader.warnings()) {
        if (w.message.contains(fragment) && (table.isEmpty() || w.table == table)
            && (column.isEmpty() || w.column == column))
            return true;
    }
    return false;
}

class tst_DesignReader : public QObject
{
    Q_OBJECT

private slots:
    void fixtures_data();
    void fixtures();
    void fixtureDetails();
    void defaults_data();
    void defaults();
    void datatypeResolution_data();
    void datatypeResolution();
    void unknownTypeKeptWithWarning();
    void typeWithoutQuote();
    void emptyPartIgnored();
    void datatypeWithoutName();
    void escapedNames();
    void duplicateTableNames();
    void importStyleFile();
    void danglingRelationsKept();
    void keysNestedInRows();
    void keyWordInsideRow();
    void keyWordsInsideRowsMakeOnePrimaryKey();
    void keyWordInsideRowNotAKeyType();
    void fulltextAndOtherKeyTypes();
    void commentsFirstAndLast();
    void coordinatesParsedLikeParseInt_data();
    void coordinatesParsedLikeParseInt();
    void otherToolsAttributesKept();
    void extensions();
    void formerNames();
    void formerNamesWithoutName();
    void malformed_data();
    void malformed();
    void hugeFileLoads();
    void missingFile();
};

void tst_DesignReader::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("tables");
    QTest::addColumn<int>("columns");
    QTest::addColumn<int>("relations");
    QTest::addColumn<int>("keys");
    QTest::addColumn<int>("tableComments");
    QTest::addColumn<int>("columnComments");
    // Counts from ../shared/fixtures/wwwsqldesigner/SOURCES.md, confirmed in WWW SQL Designer.
    QTest::newRow("01 old one-line format")
        << u"01_ondras_default_oldformat.xml"_s << 4 << 11 << 3 << 4 << 0 << 0;
    QTest::newRow("02 web2py, CRLF")
        << u"02_ondras_web2py_sample.xml"_s << 6 << 23 << 5 << 6 << 0 << 0;
    QTest::newRow("03 postgresql, Spanish")
        << u"03_lintei_postgresql_comments_es.xml"_s << 10 << 50 << 14 << 10 << 1 << 2;
    QTest::newRow("04 sqlite, Cyrillic")
        << u"04_rtdbus_sqlite_cyrillic.xml"_s << 11 << 59 << 13 << 11 << 10 << 6;
    QTest::newRow("06 31 tables, composite")
        << u"06_dnd_site_31tables_composite.xml"_s << 31 << 130 << 22 << 31 << 4 << 0;
    QTest::newRow("07 30 tables") << u"07_art_des_nations_30tables.xml"_s << 30 << 115 << 33 << 30
                                  << 0 << 0;
    QTest::newRow("09 index keys")
        << u"09_marion_index_keys.xml"_s << 13 << 51 << 10 << 18 << 1 << 1;
    QTest::newRow("10 index keys, re-indented")
        << u"10_logicieltrez_index_keys.xml"_s << 10 << 54 << 9 << 19 << 0 << 0;
    QTest::newRow("11 unique and composite")
        << u"11_neptune_unique_index_composite.xml"_s << 1 << 6 << 0 << 3 << 0 << 0;
    QTest::newRow("13 postgresql")
        << u"13_orderly_postgresql.xml"_s << 11 << 42 << 12 << 11 << 0 << 0;
    QTest::newRow("14 fractional coordinates")
        << u"14_gustohop_pg_fractional_xy.xml"_s << 7 << 42 << 7 << 7 << 1 << 0;
    QTest::newRow("17 self-reference")
        << u"17_warehouse_selfref.xml"_s << 7 << 29 << 8 << 7 << 0 << 0;
    QTest::newRow("18 odd names") << u"18_see_app_dataflow_oddnames.xml"_s << 17 << 96 << 2 << 17
                                  << 0 << 0;
    QTest::newRow("19 postgresql 13 tables")
        << u"19_wisor_postgresql_13tables.xml"_s << 13 << 66 << 18 << 13 << 0 << 0;
    QTest::newRow("20 Russian comments")
        << u"20_hotel_manage_ru_defaults.xml"_s << 4 << 35 << 4 << 4 << 4 << 28;
    QTest::newRow("22 single line")
        << u"22_cis276_single_line.xml"_s << 4 << 20 << 4 << 4 << 0 << 0;
    QTest::newRow("24 Le Wagon") << u"24_jukebox_lewagon.xml"_s << 5 << 18 << 4 << 5 << 0 << 0;
}

void tst_DesignReader::fixtures()
{
    QFETCH(QString, file);
    QFETCH(int, tables);
    QFETCH(int, columns);
    QFETCH(int, relations);
    QFETCH(int, keys);
    QFETCH(int, tableComments);
    QFETCH(int, columnComments);

    DesignReader reader;
    QVERIFY2(DesignFile::load(QDir(QStringLiteral(SCHEMATA_FIXTURES)).filePath(file), &reader),
        qPrintable(reader.errorString()));
    const Schema &schema = reader.schema();
    QCOMPARE(schema.tables().size(), tables);
    QCOMPARE(schema.columnCount(), columns);
    QCOMPARE(schema.foreignKeyCount(), relations);
    QCOMPARE(schema.keyCount(), keys);

    int tableCommentCount = 0, columnCommentCount = 0;
    for (const Table &t : schema.tables()) {
        tableCommentCount += !t.comment.isEmpty();
        for (const Column &c : t.columns)
            columnCommentCount += !c.comment.isEmpty();
        // Every relation and key part of the real corpus resolves.
        for (const ForeignKey &fk : t.foreignKeys)
            QVERIFY2(fk.isResolved(), qPrintable(t.name));
        for (const Key &k : t.keys) {
            for (const KeyPart &p : k.parts)
                QVERIFY2(p.column != NoObject, qPrintable(t.name + u'.' + p.name));
        }
    }
    QCOMPARE(tableCommentCount, tableComments);
    QCOMPARE(columnCommentCount, columnComments);
    QVERIFY(!hasWarning(reader, u"does not exist"_s));
}

void tst_DesignReader::fixtureDetails()
{
    const QDir fixtures(QStringLiteral(SCHEMATA_FIXTURES));
    DesignReader reader;

    // 04: Cyrillic comments, sizes on TEXT, SQLite catalogue.
    QVERIFY(DesignFile::load(fixtures.filePath(u"04_rtdbus_sqlite_cyrillic.xml"_s), &reader));
    QCOMPARE(reader.schema().catalogue().db(), u"sqlite"_s);
    bool cyrillic = false;
    for (const Table &t : reader.schema().tables())
        cyrillic
            = cyrillic || t.comment.contains(QChar(0x0430)) || t.comment.contains(QChar(0x043E));
    QVERIFY(cyrillic);

    // 14: fractional coordinates are truncated like parseInt, and kept as written.
    QVERIFY(DesignFile::load(fixtures.filePath(u"14_gustohop_pg_fractional_xy.xml"_s), &reader));
    bool fractional = false;
    for (const Table &t : reader.schema().tables()) {
        if (t.source.x.contains(u'.')) {
            fractional = true;
            QCOMPARE(t.position.x(), double(t.source.x.section(u'.', 0, 0).toInt()));
        }
    }
    QVERIFY(fractional);

    // 17: a self-referencing relation.
    QVERIFY(DesignFile::load(fixtures.filePath(u"17_warehouse_selfref.xml"_s), &reader));
    bool selfReference = false;
    for (const Table &t : reader.schema().tables()) {
        for (const ForeignKey &fk : t.foreignKeys)
            selfReference = selfReference || fk.referencedTable == t.id;
    }
    QVERIFY(selfReference);

    // 06: composite primary keys and the lowercase 'current_timestamp' kept as a quoted text.
    QVERIFY(DesignFile::load(fixtures.filePath(u"06_dnd_site_31tables_composite.xml"_s), &reader));
    int composite = 0;
    bool currentTimestamp = false;
    for (const Table &t : reader.schema().tables()) {
        for (const Key &k : t.keys)
            composite += k.isPrimary() && k.parts.size() > 1;
        for (const Column &c : t.columns)
            currentTimestamp
                = currentTimestamp || c.defaultValue == DefaultValue::text(u"current_timestamp"_s);
    }
    QCOMPARE(composite, 2);
    QVERIFY(currentTimestamp);
}

void tst_DesignReader::defaults_data()
{
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<QString>("expected");
    // Format doc section 6, row by row. VARCHAR quotes with ', INTEGER with nothing.
    const auto row = [](const char *nullable, const char *type, const char *def) {
        QByteArray r = "<row name=\"c\" null=\"" + QByteArray(nullable)
            + "\" autoincrement=\"0\"><datatype>" + type + "</datatype>";
        if (def)
            r += "<default>" + QByteArray(def) + "</default>";
        return QByteArray(r + "</row>");
    };
    QTest::newRow("nullable, no default") << row("1", "VARCHAR(5)", nullptr) << u"NULL"_s;
    QTest::newRow("not null, no default") << row("0", "VARCHAR(5)", nullptr) << u"none"_s;
    QTest::newRow("nullable, empty default") << row("1", "INTEGER", "") << u"NULL"_s;
    QTest::newRow("not null, empty default") << row("0", "INTEGER", "") << u"none"_s;
    QTest::newRow("nullable NULL") << row("1", "INTEGER", "NULL") << u"NULL"_s;
    QTest::newRow("nullable null lowercase") << row("1", "INTEGER", "null") << u"NULL"_s;
    QTest::newRow("nullable 'NULL' string type") << row("1", "VARCHAR(5)", "'NULL'") << u"NULL"_s;
    QTest::newRow("not null NULL is text") << row("0", "VARCHAR(5)", "NULL") << u"[NULL]"_s;
    QTest::newRow("not null 'NULL' is text") << row("0", "VARCHAR(5)", "'NULL'") << u"[NULL]"_s;
    QTest::newRow("quoted string") << row("0", "VARCHAR(5)", "'abc'") << u"[abc]"_s;
    QTest::newRow("inner quotes kept") << row("0", "VARCHAR(5)", "'it''s'") << u"[it''s]"_s;
    QTest::newRow("quoted on numeric keeps quotes") << row("0", "INTEGER", "'abc'") << u"['abc']"_s;
    QTest::newRow("number") << row("0", "INTEGER", "5") << u"[5]"_s;
    QTest::newRow("unquoted CURRENT_TIMESTAMP")
        << row("0", "TIMESTAMP", "CURRENT_TIMESTAMP") << u"[CURRENT_TIMESTAMP]"_s;
    QTest::newRow("quoted current_timestamp")
        << row("0", "TIMESTAMP", "'current_timestamp'") << u"[current_timestamp]"_s;
    QTest::newRow("empty quotes: no default") << row("0", "VARCHAR(5)", "''") << u"none"_s;
    QTest::newRow("multi-line keeps quotes") << row("0", "VARCHAR(5)", "'a\nb'") << u"['a\nb']"_s;
    QTest::newRow("free text") << row("0", "VARCHAR(5)", "NOT NULL") << u"[NOT NULL]"_s;
    QTest::newRow("escaped") << row("0", "VARCHAR(5)", "'a &lt; b &amp; c'") << u"[a < b & c]"_s;
}

void tst_DesignReader::defaults()
{
    QFETCH(QByteArray, row);
    QFETCH(QString, expected);
    DesignReader reader;
    QVERIFY2(reader.read(designWith("<table x=\"0\" y=\"0\" name=\"t\">" + row + "</table>")),
        qPrintable(reader.errorString()));
    QCOMPARE(dumpDefault(reader.schema().tables().at(0).columns.at(0).defaultValue), expected);
}

void tst_DesignReader::datatypeResolution_data()
{
    QTest::addColumn<QString>("datatype");
    QTest::addColumn<QString>("resolvedSql");
    QTest::addColumn<QString>("size");
    // Format doc section 5, with the shipped MySQL catalogue.
    QTest::newRow("exact") << u"VARCHAR(255)"_s << u"VARCHAR"_s << u"255"_s;
    QTest::newRow("re TEXT") << u"LONGTEXT"_s << u"MEDIUMTEXT"_s << QString();
    QTest::newRow("re DEC") << u"DECIMAL(10,2)"_s << u"DECIMAL"_s << u"10,2"_s;
    QTest::newRow("enum size to last paren")
        << u"ENUM('a','b(c)')"_s << u"ENUM"_s << u"'a','b(c)'"_s;
    QTest::newRow("unsigned after size") << u"INT(10) UNSIGNED"_s << u"INT"_s << u"10"_s;
    QTest::newRow("lowercase is unknown") << u"varchar(20)"_s << QString() << u"20"_s;
    QTest::newRow("bit is lowercase in catalogue") << u"BIT"_s << QString() << QString();
}

void tst_DesignReader::datatypeResolution()
{
    QFETCH(QString, datatype);
    QFETCH(QString, resolvedSql);
    QFETCH(QString, size);
    DesignReader reader;
    QVERIFY(reader.read(designWith("<table name=\"t\"><row name=\"c\" null=\"1\"><datatype>"
        + datatype.toUtf8() + "</datatype></row></table>")));
    const Schema &schema = reader.schema();
    const Column &column = schema.tables().at(0).columns.at(0);
    QCOMPARE(column.datatype, datatype); // always kept as written
    QCOMPARE(column.size(), size);
    const int index = schema.catalogue().resolve(column.typeName());
    QCOMPARE(index < 0 ? QString() : schema.catalogue().types().at(index).sql, resolvedSql);
}

void tst_DesignReader::unknownTypeKeptWithWarning()
{
    DesignReader reader;
    QVERIFY(reader.read(designWith("<table name=\"t\"><row name=\"c\" null=\"1\"><datatype>JSONB"
                                   "</datatype></row></table>")));
    QCOMPARE(reader.schema().tables().at(0).columns.at(0).datatype, u"JSONB"_s);
    QVERIFY(hasWarning(reader, u"JSONB"_s, u"t"_s, u"c"_s));
}

void tst_DesignReader::typeWithoutQuote()
{
    const QByteArray catalogue = "<datatypes db=\"x\"><group label=\"g\"><type label=\"Text\" "
                                 "sql=\"TEXT\"/></group></datatypes>";
    DesignReader reader;
    QVERIFY(reader.read(designWith("<table name=\"t\"><row name=\"c\" null=\"0\"><datatype>TEXT"
                                   "</datatype><default>abc</default></row></table>",
        catalogue)));
    QCOMPARE(
        reader.schema().tables().at(0).columns.at(0).defaultValue, DefaultValue::text(u"abc"_s));
    QVERIFY(!reader.schema().catalogue().types().at(0).quote.has_value());
    QVERIFY(hasWarning(reader, u"no quote attribute"_s));
}

void tst_DesignReader::emptyPartIgnored()
{
    DesignReader reader;
    QVERIFY(reader.read(designWith("<table name=\"t\"><row name=\"id\" null=\"0\"><datatype>INT"
                                   "</datatype></row><key type=\"PRIMARY\" name=\"\"><part/>"
                                   "<part>id</part></key></table>")));
    const Key &key = reader.schema().tables().at(0).keys.at(0);
    QCOMPARE(key.parts.size(), 1);
    QVERIFY(hasWarning(reader, u"empty <part>"_s, u"t"_s));
}

void tst_DesignReader::datatypeWithoutName()
{
    DesignReader reader;
    QVERIFY(reader.read(designWith("<table name=\"t\"><row name=\"c\" null=\"1\"><datatype>(x)"
                                   "</datatype></row></table>")));
    QCOMPARE(reader.schema().tables().at(0).columns.at(0).datatype, u"(x)"_s);
    QVERIFY(hasWarning(reader, u"no name before its size"_s, u"t"_s, u"c"_s));
}

void tst_DesignReader::escapedNames()
{
    DesignReader reader;
    QVERIFY(reader.read(designWith(
        "<table name=\"a&amp;b&lt;c&quot;\"><row name=\"x&lt;y\" null=\"1\"><datatype>INT"
        "</datatype></row></table><table name=\"t\"><row name=\"r\" null=\"1\"><datatype>INT"
        "</datatype><relation table=\"a&amp;b&lt;c&quot;\" row=\"x&lt;y\" /></row></table>")));
    const Schema &schema = reader.schema();
    QCOMPARE(schema.tables().at(0).name, u"a&b<c\""_s);
    QCOMPARE(schema.tables().at(0).columns.at(0).name, u"x<y"_s);
    const ForeignKey &fk = schema.tables().at(1).foreignKeys.at(0);
    QCOMPARE(fk.referencedTable, schema.tables().at(0).id);
    QVERIFY(fk.isResolved());
}

void tst_DesignReader::duplicateTableNames()
{
    DesignReader reader;
    QVERIFY(reader.read(designWith(
        "<table name=\"u\"><row name=\"id\" null=\"0\"><datatype>INT</datatype></row></table>"
        "<table name=\"u\"><row name=\"id\" null=\"0\"><datatype>INT</datatype></row></table>"
        "<table name=\"p\"><row name=\"u_id\" null=\"0\"><datatype>INT</datatype>"
        "<relation table=\"u\" row=\"id\" /></row></table>")));
    const Schema &schema = reader.schema();
    QCOMPARE(schema.tables().size(), 3);
    // As in the designer, the relation reaches the first table of that name.
    QCOMPARE(schema.tables().at(2).foreignKeys.at(0).referencedTable, schema.tables().at(0).id);
    QVERIFY(hasWarning(reader, u"Two tables are named \"u\""_s));
}

void tst_DesignReader::importStyleFile()
{
    // What the designer's php-mysql import backend writes: db on <sql>, no x/y, one line,
    // comments before rows, empty defaults, key attributes in another order.
    const QByteArray file
        = "<?xml version=\"1.0\"?>\n<sql db=\"mysql\">\n<datatypes db=\"mysql\">\n\n"
          "<group label=\"Numeric\" color=\"rgb(238,238,170)\">\n\n"
          "<type label=\"Integer\" length=\"0\" sql=\"INTEGER\" quote=\"\"/>\n\n"
          "<type label=\"INT\" length=\"0\" sql=\"INT\" quote=\"\"/>\n\n</group>\n\n"
          "<group label=\"Character\"><type label=\"Varchar\" length=\"1\" sql=\"VARCHAR\" "
          "quote=\"'\"/></group>\n</datatypes>\n"
          "<table name=\"users\"><comment>People</comment><row name=\"id\" null=\"0\" "
          "autoincrement=\"1\"><datatype>INT(11)</datatype><default></default></row>"
          "<row name=\"name\" null=\"1\" autoincrement=\"0\"><datatype>VARCHAR(50)</datatype>"
          "<default></default><comment>Full name</comment></row><key name=\"PRIMARY\" "
          "type=\"PRIMARY\"><part>id</part></key></table><table name=\"posts\"><row name=\"uid\" "
          "null=\"0\" autoincrement=\"0\"><datatype>INT(11)</datatype><default>0</default>"
          "<comment>Author</comment><relation table=\"users\" row=\"id\" "
          "/></row></table>\n</sql>\n";
    DesignReader reader;
    QVERIFY2(reader.read(file), qPrintable(reader.errorString()));
    const Schema &schema = reader.schema();
    QCOMPARE(schema.tables().size(), 2);
    const Table &users = schema.tables().at(0);
    QCOMPARE(users.position, QPointF(0, 0));
    QCOMPARE(users.comment, u"People"_s);
    QCOMPARE(users.columns.at(0).defaultValue, DefaultValue::none());
    QCOMPARE(users.columns.at(1).defaultValue, DefaultValue::null());
    QCOMPARE(users.columns.at(1).comment, u"Full name"_s);
    QCOMPARE(users.keys.at(0).name, u"PRIMARY"_s);
    QVERIFY(users.keys.at(0).isPrimary());
    const Table &posts = schema.tables().at(1);
    QCOMPARE(posts.columns.at(0).comment, u"Author"_s);
    QCOMPARE(posts.columns.at(0).defaultValue, DefaultValue::text(u"0"_s));
    QCOMPARE(posts.foreignKeys.at(0).referencedTable, users.id);
    QCOMPARE(schema.source().rootAttributes.value(0).value, u"mysql"_s);
}

void tst_DesignReader::danglingRelationsKept()
{
    DesignReader reader;
    QVERIFY(reader.read(designWith(
        "<table name=\"p\"><row name=\"a\" null=\"1\"><datatype>INT</datatype>"
        "<relation table=\"missing\" row=\"id\" /></row><row name=\"b\" null=\"1\"><datatype>INT"
        "</datatype><relation table=\"p\" row=\"nope\" /></row>"
        "<key type=\"INDEX\" name=\"i\"><part>ghost</part></key></table>")));
    const Table &p = reader.schema().tables().at(0);
    QCOMPARE(p.foreignKeys.size(), 2);
    QCOMPARE(reader.schema().referencedTableName(p.foreignKeys.at(0)), u"missing"_s);
    QVERIFY(!p.foreignKeys.at(0).isResolved());
    QCOMPARE(p.foreignKeys.at(1).referencedTable, p.id);
    QCOMPARE(p.foreignKeys.at(1).parts.at(0).referencedColumnName, u"nope"_s);
    QCOMPARE(p.keys.at(0).parts.at(0).name, u"ghost"_s);
    QVERIFY(hasWarning(reader, u"\"missing\""_s, u"p"_s, u"a"_s));
    QVERIFY(hasWarning(reader, u"\"nope\""_s, u"p"_s, u"b"_s));
    QVERIFY(hasWarning(reader, u"\"ghost\""_s, u"p"_s));
}

void tst_DesignReader::keysNestedInRows()
{
    DesignReader reader;
    QVERIFY(reader.read(designWith("<table name=\"t\"><row name=\"id\" null=\"0\"><datatype>INT"
                                   "</datatype><key type=\"PRIMARY\" name=\"\"><part>id</part>"
                                   "</key></row></table>")));
    QCOMPARE(reader.schema().tables().at(0).keys.size(), 1);
}

void tst_DesignReader::keyWordInsideRow()
{
    // As hand-written files have it: the row's role as the text of a <key> in the row.
    const QByteArray tables = "<table name=\"t\">\n"
                              "<row name=\"id\" null=\"0\"><datatype>INT</datatype>\n"
                              "  <key>PRIMARY</key></row>\n"
                              "<row name=\"email\" null=\"0\"><datatype>VARCHAR</datatype>"
                              "<key>UNIQUE</key></row>\n"
                              "<row name=\"city\" null=\"1\"><datatype>VARCHAR</datatype>\n"
                              "<key name=\"by_city\"> index </key></row>\n"
                              "</table>\n";
    const QByteArray data = designWith(tables);
    DesignReader reader;
    QVERIFY(reader.read(data));
    const Table &t = reader.schema().tables().at(0);
    QStringList keys;
    for (const Key &k : t.keys) {
        QStringList parts;
        for (const KeyPart &p : k.parts)
            parts << t.column(p.column)->name;
        keys << k.type + u' ' + k.name + u'(' + parts.join(u',') + u')';
    }
    QCOMPARE(
        keys, (QStringList {u"PRIMARY (id)"_s, u"UNIQUE (email)"_s, u"INDEX by_city(city)"_s}));

    // One warning per key, at the line and column of its <key>.
    const qint64 firstLine = data.left(data.indexOf("  <key>PRIMARY")).count('\n') + 1;
    QCOMPARE(reader.warnings().size(), 3);
    const DesignWarning &primary = reader.warnings().at(0);
    QCOMPARE(primary.table, u"t"_s);
    QCOMPARE(primary.column, u"id"_s);
    QCOMPARE(primary.line, firstLine);
    QCOMPARE(primary.columnNumber, 3);
    QVERIFY2(primary.toString().startsWith(
                 u"line %1, column 3: table \"t\", column \"id\": "_s.arg(firstLine)),
        qPrintable(primary.toString()));
    QVERIFY(primary.message.contains(u"PRIMARY"_s));
    QCOMPARE(reader.warnings().at(1).line, firstLine + 1);
    QCOMPARE(reader.warnings().at(1).columnNumber, 56);
    QCOMPARE(reader.warnings().at(2).line, firstLine + 3);
    QCOMPARE(reader.warnings().at(2).columnNumber, 1);
    QVERIFY(!hasWarning(reader, u"is moved to the table"_s));
}

void tst_DesignReader::keyWordsInsideRowsMakeOnePrimaryKey()
{
    // PRIMARY on several rows: one composite key, in row order.
    DesignReader reader;
    QVERIFY(reader.read(
        designWith("<table name=\"link\">"
                   "<row name=\"b\" null=\"0\"><datatype>INT</datatype><key>PRIMARY</key></row>"
                   "<row name=\"a\" null=\"0\"><datatype>INT</datatype><key>primary</key></row>"
                   "</table>")));
    const Table &link = reader.schema().tables().at(0);
    QCOMPARE(link.keys.size(), 1);
    QVERIFY(link.keys.at(0).isPrimary());
    QCOMPARE(link.keys.at(0).parts.size(), 2);
    QCOMPARE(link.column(link.keys.at(0).parts.at(0).column)->name, u"b"_s);
    QCOMPARE(link.column(link.keys.at(0).parts.at(1).column)->name, u"a"_s);

    // A row's PRIMARY joins the table's own primary key, once; a UNIQUE the table already
    // has on that row is not made twice.
    QVERIFY(reader.read(
        designWith("<table name=\"t\">"
                   "<row name=\"a\" null=\"0\"><datatype>INT</datatype><key>PRIMARY</key></row>"
                   "<row name=\"b\" null=\"0\"><datatype>INT</datatype><key>PRIMARY</key>"
                   "<key>UNIQUE</key></row>"
                   "<key type=\"PRIMARY\" name=\"\"><part>a</part></key>"
                   "<key type=\"UNIQUE\" name=\"u\"><part>b</part></key></table>")));
    const Table &t = reader.schema().tables().at(0);
    QCOMPARE(t.keys.size(), 2);
    QVERIFY(t.keys.at(0).isPrimary());
    QCOMPARE(t.keys.at(0).parts.size(), 2);
    QCOMPARE(t.column(t.keys.at(0).parts.at(0).column)->name, u"a"_s);
    QCOMPARE(t.column(t.keys.at(0).parts.at(1).column)->name, u"b"_s);
    QCOMPARE(t.keys.at(1).name, u"u"_s);
    QCOMPARE(t.keys.at(1).parts.size(), 1);
}

void tst_DesignReader::keyWordInsideRowNotAKeyType()
{
    DesignReader reader;
    QVERIFY(reader.read(designWith("<table name=\"t\"><row name=\"id\" null=\"0\"><datatype>"
                                   "INT</datatype><key>yes</key></row></table>")));
    QVERIFY(reader.schema().tables().at(0).keys.isEmpty());
    QVERIFY(hasWarning(reader, u"not a key type"_s, u"t"_s, u"id"_s));
}

void tst_DesignReader::fulltextAndOtherKeyTypes()
{
    DesignReader reader;
    QVERIFY(reader.read(designWith(
        "<table name=\"t\"><row name=\"body\" null=\"1\"><datatype>MEDIUMTEXT</datatype></row>"
        "<key type=\"FULLTEXT\" name=\"ft\"><part>body</part></key>"
        "<key type=\"CHECK\" name=\"c\"><part>body</part></key><key name=\"n\"><part>body</part>"
        "</key></table>")));
    const QList<Key> &keys = reader.schema().tables().at(0).keys;
    QCOMPARE(keys.at(0).type, Key::Fulltext);
    QCOMPARE(keys.at(1).type, u"CHECK"_s);
    QCOMPARE(keys.at(2).type, Key::Index); // the designer's default
}

void tst_DesignReader::commentsFirstAndLast()
{
    DesignReader reader;
    QVERIFY(reader.read(designWith(
        "<table name=\"t\"><comment>first</comment><row name=\"c\" null=\"1\"><datatype>INT"
        "</datatype><comment>row one</comment><comment>row two</comment></row>"
        "<comment>last</comment><comment></comment></table>")));
    const Table &t = reader.schema().tables().at(0);
    QCOMPARE(t.comment, u"last"_s);
    QCOMPARE(t.columns.at(0).comment, u"row one"_s);
}

void tst_DesignReader::coordinatesParsedLikeParseInt_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("value");
    QTest::newRow("integer") << u"120"_s << 120;
    QTest::newRow("fraction") << u"992.1999998092651"_s << 992;
    QTest::newRow("negative") << u"-15.5"_s << -15;
    QTest::newRow("exponent") << u"1e3"_s << 1;
    QTest::newRow("garbage") << u"abc"_s << 0;
    QTest::newRow("empty") << QString() << 0;
    QTest::newRow("spaces") << u"  42px"_s << 42;
}

void tst_DesignReader::coordinatesParsedLikeParseInt()
{
    QFETCH(QString, text);
    QFETCH(int, value);
    QCOMPARE(DesignReader::parseJsInt(text), value);
}

void tst_DesignReader::otherToolsAttributesKept()
{
    DesignReader reader;
    QVERIFY(reader.read(designWith(
        "<table x=\"1\" y=\"2\" name=\"t\" schema=\"dbo\"><row name=\"a\" null=\"1\" "
        "autoincrement=\"0\" hidden=\"yes\"><datatype>INT</datatype><relation table=\"t\" "
        "row=\"a\" name=\"fk_self\" colour=\"red\" /><ext>kept</ext></row><gadget/></table>"
        "<toolstate zoom=\"2\"/>")));
    const Schema &schema = reader.schema();
    const Table &t = schema.tables().at(0);
    QCOMPARE(t.extraAttributes, XmlAttributes({{u"schema"_s, u"dbo"_s}}));
    QCOMPARE(t.columns.at(0).extraAttributes, XmlAttributes({{u"hidden"_s, u"yes"_s}}));
    QCOMPARE(t.columns.at(0).extraElements, QStringList {u"<ext>kept</ext>"_s});
    QCOMPARE(t.extraElements, QStringList {u"<gadget/>"_s});
    QCOMPARE(t.foreignKeys.at(0).name, u"fk_self"_s);
    QCOMPARE(
        t.foreignKeys.at(0).parts.at(0).extraAttributes, XmlAttributes({{u"colour"_s, u"red"_s}}));
    QCOMPARE(schema.source().rootElements, QStringList {u"<toolstate zoom=\"2\"/>"_s});
}

void tst_DesignReader::extensions()
{
    DesignReader reader;
    QVERIFY(reader.read(designWith(
        "<table name=\"employee\" discriminator=\"type\" identity=\"employee\">"
        "<row name=\"id\" null=\"0\"><datatype>INT</datatype></row>"
        "<row name=\"type\" null=\"0\"><datatype>VARCHAR(20)</datatype></row></table>"
        "<table name=\"engineer\" inherits=\"employee\" inheritance=\"joined\" "
        "identity=\"engineer\"><row name=\"id\" null=\"0\"><datatype>INT</datatype>"
        "<relation table=\"employee\" row=\"id\" ondelete=\"CASCADE\" onupdate=\"set null\" />"
        "</row></table>"
        "<table name=\"line\"><row name=\"a\" null=\"0\"><datatype>INT</datatype>"
        "<relation table=\"pair\" row=\"x\" name=\"fk_pair\" group=\"1\" /></row>"
        "<row name=\"b\" null=\"0\"><datatype>INT</datatype>"
        "<relation table=\"pair\" row=\"y\" name=\"fk_pair\" group=\"1\" /></row></table>"
        "<table name=\"pair\"><row name=\"x\" null=\"0\"><datatype>INT</datatype></row>"
        "<row name=\"y\" null=\"0\"><datatype>INT</datatype></row></table>"
        "<note x=\"10\" y=\"20\" width=\"200\" height=\"80\" color=\"#ffee88\">Remember &amp; "
        "check</note><area x=\"0\" y=\"0\" width=\"500\" height=\"300\" title=\"HR\" />")));
    const Schema &schema = reader.schema();
    const Table &employee = schema.tables().at(0);
    const Table &engineer = schema.tables().at(1);
    QCOMPARE(employee.inheritance.discriminator, employee.columns.at(1).id);
    QCOMPARE(employee.inheritance.identity, u"employee"_s);
    QCOMPARE(engineer.inheritance.kind, Inheritance::Kind::Joined);
    QCOMPARE(engineer.inheritance.parent, employee.id);
    QCOMPARE(engineer.foreignKeys.at(0).onDelete, ReferentialAction::Cascade);
    QCOMPARE(engineer.foreignKeys.at(0).onUpdate, ReferentialAction::SetNull);
    const Table &line = schema.tables().at(2);
    QCOMPARE(line.foreignKeys.size(), 1);
    QCOMPARE(line.foreignKeys.at(0).parts.size(), 2);
    QCOMPARE(line.foreignKeys.at(0).name, u"fk_pair"_s);
    QVERIFY(line.foreignKeys.at(0).isResolved());
    QCOMPARE(schema.notes().size(), 1);
    QCOMPARE(schema.notes().at(0).text, u"Remember & check"_s);
    QCOMPARE(schema.notes().at(0).geometry, QRectF(10, 20, 200, 80));
    QCOMPARE(schema.areas().at(0).title, u"HR"_s);
}

void tst_DesignReader::formerNames()
{
    // Oldest first, in a <table> and in a <row>, wherever the other children stand; the
    // designer ignores the element, and so it neither becomes a comment nor a kept element.
    DesignReader reader;
    QVERIFY(reader.read(designWith(
        "<table name=\"person\"><renamed from=\"people\"/>"
        "<row name=\"full_name\" null=\"1\"><datatype>VARCHAR(80)</datatype>"
        "<renamed from=\"name\" /><comment>Shown</comment><renamed from=\"Name\" /></row>"
        "<comment>Everyone</comment><renamed from=\"users &amp; &quot;co&quot; &lt;x&gt;\"/>"
        "</table>")));
    QVERIFY2(reader.warnings().isEmpty(), qPrintable(reader.warnings().value(0).toString()));
    const Table &person = reader.schema().tables().at(0);
    QCOMPARE(person.formerNames, (QStringList {u"people"_s, u"users & \"co\" <x>"_s}));
    QCOMPARE(person.comment, u"Everyone"_s);
    QVERIFY(person.extraElements.isEmpty());
    const Column &column = person.columns.at(0);
    QCOMPARE(column.formerNames, (QStringList {u"name"_s, u"Name"_s}));
    QCOMPARE(column.comment, u"Shown"_s);
    QVERIFY(column.extraElements.isEmpty());
}

void tst_DesignReader::formerNamesWithoutName()
{
    // A <renamed> without a name is ignored with a warning at its place; so is one that
    // repeats a name.
    const QByteArray data = designWith("<table name=\"t\">\n"
                                       "<row name=\"a\" null=\"1\"><datatype>INT</datatype>\n"
                                       "  <renamed /><renamed from=\"b\" /></row>\n"
                                       "<renamed from=\"\"/><renamed from=\"u\"/>"
                                       "<renamed from=\"u\"/><renamed from=\"t\"/>\n"
                                       "</table>\n");
    DesignReader reader;
    QVERIFY(reader.read(data));
    const Table &t = reader.schema().tables().at(0);
    QCOMPARE(t.formerNames, QStringList {u"u"_s});
    QCOMPARE(t.columns.at(0).formerNames, QStringList {u"b"_s});
    const qint64 rowLine = data.left(data.indexOf("  <renamed />")).count('\n') + 1;
    QCOMPARE(reader.warnings().size(), 4);
    const DesignWarning &missing = reader.warnings().at(0);
    QCOMPARE(missing.line, rowLine);
    QCOMPARE(missing.columnNumber, 3);
    QCOMPARE(missing.table, u"t"_s);
    QCOMPARE(missing.column, u"a"_s);
    QVERIFY(missing.message.contains(u"from"_s));
    const DesignWarning &empty = reader.warnings().at(1);
    QCOMPARE(empty.line, rowLine + 1);
    QCOMPARE(empty.columnNumber, 1);
    QCOMPARE(empty.table, u"t"_s);
    QVERIFY(empty.column.isEmpty());
    QCOMPARE(reader.warnings().at(2).columnNumber, 38);
    QCOMPARE(reader.warnings().at(3).columnNumber, 57);
}

void tst_DesignReader::malformed_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("unclosed tag") << QByteArray(
        "<?xml version=\"1.0\"?>\n<sql>\n<table name=\"t\">\n<row name=\"a\">\n</table>\n</sql>\n")
                                  << 5 << 8 << QString();
    QTest::newRow("ampersand in a name (designer bug #295)")
        << QByteArray("<sql>\n<table name=\"a&b\"></table>\n</sql>") << 2 << 17 << QString();
    QTest::newRow("truncated") << QByteArray(
        "<sql>\n<table name=\"t\">\n<row name=\"a\" null=\"1\">")
                               << 3 << 23 << QString();
    QTest::newRow("DTD with entities")
        << QByteArray("<?xml version=\"1.0\"?>\n<!DOCTYPE sql [<!ENTITY a \"aaaaaaaaaa\">"
                      "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>\n<sql>&b;</sql>")
        << 2 << 0 << u"Document type"_s;
    QTest::newRow("external entity") << QByteArray(
        "<?xml version=\"1.0\"?>\n<!DOCTYPE sql SYSTEM \"file:///etc/passwd\">\n<sql/>")
                                     << 2 << 0 << u"Document type"_s;
    QTest::newRow("undeclared entity") << QByteArray("<sql>\n&xxe;</sql>") << 2 << 0 << QString();
    QTest::newRow("not UTF-8") << QByteArray("<sql>\n<table name=\"caf\xe9\"/></sql>") << 2 << 17
                               << u"UTF-8"_s;
    QTest::newRow("empty file") << QByteArray() << 0 << 0 << QString();
    QTest::newRow("not a design") << QByteArray("<html><body/></html>") << 1 << 0
                                  << u"not a WWW SQL Designer file"_s;
    QTest::newRow("deep nesting") << QByteArray("<sql>" + QByteArray("<a>").repeated(100000)) << 1
                                  << 0 << u"nested"_s;
}

void tst_DesignReader::malformed()
{
    QFETCH(QByteArray, data);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, fragment);
    DesignReader reader;
    QVERIFY(!reader.read(data));
    QVERIFY(!reader.errorString().isEmpty());
    if (line > 0)
        QCOMPARE(reader.errorLine(), line);
    if (column > 0)
        QCOMPARE(reader.errorColumn(), column);
    if (!fragment.isEmpty())
        QVERIFY2(reader.errorString().contains(fragment), qPrintable(reader.errorString()));
    // Nothing half-loaded.
    QVERIFY(reader.schema().tables().isEmpty());
    QVERIFY(reader.warnings().isEmpty());
}

void tst_DesignReader::hugeFileLoads()
{
    // About 50 MB: 20,000 tables of 10 columns, each with a relation to the previous table.
    QByteArray tables;
    tables.reserve(60 * 1024 * 1024);
    for (int t = 0; t < 20000; ++t) {
        tables += "<table x=\"" + QByteArray::number(t % 100 * 250) + "\" y=\""
            + QByteArray::number(t / 100 * 300) + "\" name=\"table_" + QByteArray::number(t)
            + "\">\n";
        for (int c = 0; c < 10; ++c) {
            tables += "<row name=\"column_" + QByteArray::number(c)
                + "\" null=\"1\" autoincrement=\"0\">\n<datatype>VARCHAR(255)</datatype>\n"
                  "<default>NULL</default>";
            if (c == 1 && t > 0)
                tables += "<relation table=\"table_" + QByteArray::number(t - 1)
                    + "\" row=\"column_0\" />\n";
            tables += "<comment>A fairly long comment that describes the column in words, "
                      "as real designs often have for every column.</comment>\n</row>\n";
        }
        tables += "<key type=\"PRIMARY\" name=\"\">\n<part>column_0</part>\n</key>\n</table>\n";
    }
    const QByteArray data = designWith(tables);
    QVERIFY(data.size() > 45 * 1024 * 1024);
    DesignReader reader;
    QVERIFY2(reader.read(data), qPrintable(reader.errorString()));
    QCOMPARE(reader.schema().tables().size(), 20000);
    QCOMPARE(reader.schema().foreignKeyCount(), 19999);
    QVERIFY(reader.schema().tables().last().foreignKeys.at(0).isResolved());
}

void tst_DesignReader::missingFile()
{
    DesignReader reader;
    const QString path = QDir::temp().filePath(u"schemata-no-such-design.xml"_s);
    QVERIFY(!DesignFile::load(path, &reader));
    QVERIFY(DesignFile::describeError(path, reader).contains(u"no such file"_s));
}

QTEST_GUILESS_MAIN(tst_DesignReader)
#include "tst_designreader.moc"
