#include "testdatabases.h"
#include "testdesigns.h"

#include "dialects/dialect.h"
#include "export/jsonexporter.h"
#include "export/jsonimporter.h"
#include "records/datagenerator.h"
#include "records/session.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;

// Loading JSON exports back: export -> import into an empty database -> export gives the same
// bytes on every engine; a hand-written file loads as written; every failure names where it
// is and leaves the database as it was.
class tst_JsonImporter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void seedModelsRoundTrip_data() { TestDatabases::addEngineRows(); }
    void seedModelsRoundTrip();
    void everyTypeCyclesAndKeylessRoundTrip_data() { TestDatabases::addEngineRows(); }
    void everyTypeCyclesAndKeylessRoundTrip();
    void handWrittenFileLoadsAsWritten_data() { TestDatabases::addEngineRows(); }
    void handWrittenFileLoadsAsWritten();
    void failuresNameTheirPlaceAndChangeNothing_data() { TestDatabases::addEngineRows(); }
    void failuresNameTheirPlaceAndChangeNothing();
    void hexBlobsAndProgress();
    void datesAndTimesAreCheckedAlike_data() { TestDatabases::addEngineRows(); }
    void datesAndTimesAreCheckedAlike();
    void timeZonesAreKept_data() { TestDatabases::addEngineRows(); }
    void timeZonesAreKept();
    void loneSurrogatesAreRefused_data() { TestDatabases::addEngineRows(); }
    void loneSurrogatesAreRefused();
};

namespace {

QByteArray exportOf(Connection &connection, const Schema &schema, int pageSize = 5000,
    JsonExporter::Blobs blobs = JsonExporter::Blobs::Base64)
{
    JsonExporter exporter(connection, schema);
    exporter.setPageSize(pageSize);
    exporter.setBlobs(blobs);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    if (!exporter.write(&buffer, &error))
        qFatal("export: %s", qPrintable(error));
    return buffer.data();
}

bool importInto(Connection &connection, const Schema &schema, const QByteArray &json,
    QString *error, JsonImporter *importer = nullptr)
{
    JsonImporter own(connection, schema);
    JsonImporter &used = importer ? *importer : own;
    QBuffer buffer;
    buffer.setData(json);
    buffer.open(QIODevice::ReadOnly);
    return used.read(&buffer, error);
}

qint64 count(Connection &connection, const QString &table)
{
    QSqlQuery query(connection.database());
    if (!query.exec(u"SELECT COUNT(*) FROM "_s + connection.dialect().quoteIdentifier(table))
        || !query.next())
        qFatal("count %s: %s", qPrintable(table), qPrintable(query.lastError().text()));
    return query.value(0).toLongLong();
}

// Every type, 64-bit extremes, a cycle of two tables, a tree whose children come before
// their parents in key order, and a table without a key holding the same row twice.
const QByteArray EveryTypeTables = R"(
<table x="0" y="0" name="sample">
<row name="id" null="0" autoincrement="0"><datatype>BIGINT</datatype></row>
<row name="flag" null="1" autoincrement="0"><datatype>BOOLEAN</datatype></row>
<row name="tiny" null="1" autoincrement="0"><datatype>TINYINT</datatype></row>
<row name="small" null="1" autoincrement="0"><datatype>SMALLINT</datatype></row>
<row name="whole" null="1" autoincrement="0"><datatype>INTEGER</datatype></row>
<row name="big" null="1" autoincrement="0"><datatype>BIGINT</datatype></row>
<row name="price" null="1" autoincrement="0"><datatype>DECIMAL(30,10)</datatype></row>
<row name="ratio" null="1" autoincrement="0"><datatype>FLOAT</datatype></row>
<row name="amount" null="1" autoincrement="0"><datatype>DOUBLE</datatype></row>
<row name="code" null="1" autoincrement="0"><datatype>CHAR(3)</datatype></row>
<row name="label" null="1" autoincrement="0"><datatype>VARCHAR(200)</datatype></row>
<row name="notes" null="1" autoincrement="0"><datatype>TEXT</datatype></row>
<row name="raw" null="1" autoincrement="0"><datatype>BINARY(4)</datatype></row>
<row name="picture" null="1" autoincrement="0"><datatype>BLOB</datatype></row>
<row name="day" null="1" autoincrement="0"><datatype>DATE</datatype></row>
<row name="at" null="1" autoincrement="0"><datatype>TIME</datatype></row>
<row name="created" null="1" autoincrement="0"><datatype>DATETIME</datatype></row>
<row name="stamped" null="1" autoincrement="0"><datatype>TIMESTAMP WITH TIME ZONE</datatype></row>
<row name="uid" null="1" autoincrement="0"><datatype>UUID</datatype></row>
<row name="doc" null="1" autoincrement="0"><datatype>JSON</datatype></row>
<row name="size" null="1" autoincrement="0"><datatype>ENUM('s','m','l')</datatype></row>
<key type="PRIMARY" name=""><part>id</part></key>
</table>
<table x="0" y="0" name="a">
<row name="id" null="0" autoincrement="0"><datatype>INTEGER</datatype></row>
<row name="b_id" null="1" autoincrement="0"><datatype>INTEGER</datatype><relation table="b" row="id" /></row>
<key type="PRIMARY" name=""><part>id</part></key>
</table>
<table x="0" y="0" name="b">
<row name="id" null="0" autoincrement="0"><datatype>INTEGER</datatype></row>
<row name="a_id" null="1" autoincrement="0"><datatype>INTEGER</datatype><relation table="a" row="id" /></row>
<key type="PRIMARY" name=""><part>id</part></key>
</table>
<table x="0" y="0" name="node">
<row name="id" null="0" autoincrement="0"><datatype>INTEGER</datatype></row>
<row name="parent_id" null="1" autoincrement="0"><datatype>INTEGER</datatype><relation table="node" row="id" /></row>
<key type="PRIMARY" name=""><part>id</part></key>
</table>
<table x="0" y="0" name="log">
<row name="n" null="1" autoincrement="0"><datatype>INTEGER</datatype></row>
<row name="note" null="1" autoincrement="0"><datatype>VARCHAR(20)</datatype></row>
</table>)";

const QString Hostile = u"quote \" backslash \\ newline\n tab\t bell\x07 ünï 名前 😀 '; --"_s;

void fillEveryType(Connection &connection, const Schema &design)
{
    Session session(connection, design);
    const QStringList columns = {u"id"_s, u"flag"_s, u"tiny"_s, u"small"_s, u"whole"_s, u"big"_s,
        u"price"_s, u"ratio"_s, u"amount"_s, u"code"_s, u"label"_s, u"notes"_s, u"raw"_s,
        u"picture"_s, u"day"_s, u"at"_s, u"created"_s, u"stamped"_s, u"uid"_s, u"doc"_s, u"size"_s};
    QByteArray everyByte;
    for (int i = 0; i < 256; ++i)
        everyByte += char(i);
    session.add(Record(u"sample"_s, columns,
        {std::numeric_limits<qint64>::max(), true, 127, 32767, 2147483647,
            std::numeric_limits<qint64>::max(), u"12345678901234567890.0123456789"_s, 0.1,
            0.30000000000000004, u"abc"_s, Hostile, QString(Hostile + Hostile),
            QByteArray("\0\x01\xff\x80", 4), everyByte, QDate(2000, 2, 29), QTime(23, 59, 59, 999),
            QDateTime(QDate(1999, 12, 31), QTime(23, 59, 58)),
            QDateTime(QDate(2021, 6, 1), QTime(12, 0), Qt::UTC),
            u"123e4567-e89b-12d3-a456-426614174000"_s, u"{\"a\": [1, 2, \"x\\\"y\"]}"_s, u"m"_s}));
    session.add(Record(u"sample"_s, columns,
        {std::numeric_limits<qint64>::min(), false, -128, -32768, -2147483647 - 1,
            std::numeric_limits<qint64>::min(), u"-0.0000000001"_s, -2.5, 1.7976931348623157e308,
            u""_s, u""_s, u""_s, QByteArray(""), QByteArray(""), QDate(1970, 1, 1), QTime(0, 0),
            QDateTime(QDate(2038, 1, 19), QTime(3, 14, 7, 500)),
            QDateTime(QDate(1999, 1, 1), QTime(0, 0, 1), Qt::UTC),
            u"00000000-0000-0000-0000-000000000000"_s, u"[]"_s, u"s"_s}));
    session.add(Record(u"sample"_s, {u"id"_s, u"amount"_s}, {qint64(0), 5e-324}));
    // The cycle a -> b -> a, and a tree whose child has the smaller key.
    session.add(Record(u"a"_s, {u"id"_s}, {1}));
    session.add(Record(u"a"_s, {u"id"_s}, {2}));
    session.add(Record(u"b"_s, {u"id"_s, u"a_id"_s}, {10, 1}));
    session.add(Record(u"b"_s, {u"id"_s, u"a_id"_s}, {20, 2}));
    session.add(Record(u"node"_s, {u"id"_s}, {5}));
    session.add(Record(u"node"_s, {u"id"_s, u"parent_id"_s}, {3, 5}));
    session.add(Record(u"node"_s, {u"id"_s, u"parent_id"_s}, {1, 3}));
    session.add(Record(u"log"_s, {u"n"_s, u"note"_s}, {7, u"same"_s}));
    session.add(Record(u"log"_s, {u"n"_s, u"note"_s}, {7, u"same"_s}));
    session.add(Record(u"log"_s, {u"n"_s}, {-1}));
    if (!session.flush())
        qFatal("%s", qPrintable(session.lastError()));
    QSqlQuery query(connection.database());
    const auto q = [&](const QString &n) { return connection.dialect().quoteIdentifier(n); };
    // Now a's rows refer forward to b's, closing the cycle.
    if (!query.exec(u"UPDATE "_s + q(u"a"_s) + u" SET "_s + q(u"b_id"_s) + u" = 20"_s))
        qFatal("%s", qPrintable(query.lastError().text()));
}

// Written by hand: a file in the export's shape, which must load and export again as it is.
const QByteArray HandWrittenTables
    = "<table x=\"0\" y=\"0\" name=\"sample\">"
      "<row name=\"id\" null=\"0\" autoincrement=\"0\"><datatype>BIGINT</datatype></row>"
      "<row name=\"n\" null=\"1\" autoincrement=\"0\"><datatype>BIGINT</datatype></row>"
      "<row name=\"r\" null=\"1\" autoincrement=\"0\"><datatype>DOUBLE</datatype></row>"
      "<row name=\"t\" null=\"1\" autoincrement=\"0\"><datatype>VARCHAR(60)</datatype></row>"
      "<row name=\"b\" null=\"1\" autoincrement=\"0\"><datatype>BOOLEAN</datatype></row>"
      "<row name=\"blob\" null=\"1\" autoincrement=\"0\"><datatype>BLOB</datatype></row>"
      "<key type=\"PRIMARY\" name=\"\"><part>id</part></key></table>"
      "<table x=\"0\" y=\"0\" name=\"child\">"
      "<row name=\"id\" null=\"0\" autoincrement=\"0\"><datatype>INTEGER</datatype></row>"
      "<row name=\"sample_id\" null=\"0\" autoincrement=\"0\"><datatype>BIGINT</datatype>"
      "<relation table=\"sample\" row=\"id\" /></row>"
      "<key type=\"PRIMARY\" name=\"\"><part>id</part></key></table>"
      "<table x=\"0\" y=\"0\" name=\"nothing\">"
      "<row name=\"id\" null=\"0\" autoincrement=\"0\"><datatype>INTEGER</datatype></row>"
      "<key type=\"PRIMARY\" name=\"\"><part>id</part></key></table>"
      "<table x=\"0\" y=\"0\" name=\"numbered\">"
      "<row name=\"id\" null=\"0\" autoincrement=\"1\"><datatype>INTEGER</datatype></row>"
      "<row name=\"label\" null=\"1\" autoincrement=\"0\"><datatype>VARCHAR(20)</datatype></row>"
      "<key type=\"PRIMARY\" name=\"\"><part>id</part></key></table>";

const QByteArray HandWritten
    = "{\n"
      "\"nothing\": [],\n"
      "\"numbered\": [\n"
      "{\"id\":0,\"label\":\"zero stays zero\"},\n"
      "{\"id\":5,\"label\":null},\n"
      "{\"id\":1000,\"label\":\"\"}\n"
      "],\n"
      "\"sample\": [\n"
      "{\"id\":1,\"n\":9223372036854775807,\"r\":0.1,\"t\":\"quote \\\" backslash \\\\ newline\\n "
      "\xc3\xbcn\xc3\xaf \xe5\x90\x8d\xe5\x89\x8d "
      "\xf0\x9f\x98\x80\",\"b\":true,\"blob\":\"AAH/gA==\"},\n"
      "{\"id\":2,\"n\":-9223372036854775808,\"r\":1e+300,\"t\":\"\",\"b\":false,\"blob\":null},\n"
      "{\"id\":3,\"n\":null,\"r\":-2.5,\"t\":null,\"b\":null,\"blob\":\"\"}\n"
      "],\n"
      "\"child\": [\n"
      "{\"id\":10,\"sample_id\":1}\n"
      "]\n"
      "}\n";

// Dates and times of each kind, and text.
const QByteArray MomentTables = R"(
<table x="0" y="0" name="moment">
<row name="id" null="0" autoincrement="0"><datatype>BIGINT</datatype></row>
<row name="d" null="1" autoincrement="0"><datatype>DATE</datatype></row>
<row name="t" null="1" autoincrement="0"><datatype>TIME</datatype></row>
<row name="dt" null="1" autoincrement="0"><datatype>DATETIME</datatype></row>
<row name="tz" null="1" autoincrement="0"><datatype>TIMESTAMP WITH TIME ZONE</datatype></row>
<row name="label" null="1" autoincrement="0"><datatype>VARCHAR(40)</datatype></row>
<key type="PRIMARY" name=""><part>id</part></key>
</table>)";

} // namespace

void tst_JsonImporter::initTestCase()
{
    const QString missing = TestDatabases::missingServers();
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
}

// The seed models filled with generated rows, and hostile ones added: export, import into a
// database made from the same design, export again: the same bytes.
void tst_JsonImporter::seedModelsRoundTrip()
{
    QFETCH(QString, engine);
    const Schema &design = seedModels();
    auto source = prepareDatabase(engine, u"tst_jsonimport_seed_a"_s, design);
    DataGenerator generator(*source, design);
    generator.setDefaultRows(40);
    generator.setRows(u"post"_s, 1300); // several statements of rows
    QString error;
    QVERIFY2(generator.fill(&error), qPrintable(error));
    Session session(*source, design);
    session.add(Record(u"user"_s, {u"name"_s, u"email"_s, u"is_active"_s, u"score"_s},
        {Hostile, QVariant(), false, 3.4028234663852886e38}));
    session.add(Record(u"user"_s, {u"name"_s, u"email"_s}, {u""_s, u""_s})); // not NULL
    // The child's key sorts before its parent's, so the export lists it first.
    session.add(Record(u"task"_s, {u"id"_s, u"title"_s}, {u"zz-parent"_s, Hostile}));
    session.add(Record(
        u"task"_s, {u"id"_s, u"title"_s, u"parent_id"_s}, {u"00-child"_s, u"t"_s, u"zz-parent"_s}));
    QVERIFY2(session.flush(), qPrintable(session.lastError()));
    const QByteArray first = exportOf(*source, design, 97);
    QVERIFY(first.contains("\"name\":\"quote \\\" backslash \\\\ newline\\n tab\\t bell\\u0007"));
    QVERIFY(first.contains("\"email\":\"\""));
    QVERIFY(first.indexOf("\"id\":\"00-child\"") < first.indexOf("\"id\":\"zz-parent\""));

    auto target = prepareDatabase(engine, u"tst_jsonimport_seed_b"_s, design);
    JsonImporter importer(*target, design);
    QVERIFY2(importInto(*target, design, first, &error, &importer), qPrintable(error));
    const QByteArray second = exportOf(*target, design);
    QCOMPARE(second, first);

    // What was imported, per table in the file's order.
    const QJsonObject tables = QJsonDocument::fromJson(first).object();
    QCOMPARE(importer.imported().size(), tables.size());
    for (const auto &[table, rows] : importer.imported())
        QCOMPARE(rows, qint64(tables.value(table).toArray().size()));
    QCOMPARE(importer.imported().at(0).first, u"category"_s);

    // The keys were given; a row added afterwards gets a new one after them.
    qint64 highest = 0;
    for (const QJsonValue &user : tables.value(u"user"_s).toArray())
        highest = std::max(highest, qint64(user.toObject().value(u"id"_s).toDouble()));
    Session after(*target, design);
    const Session::Pending added
        = after.add(Record(u"user"_s, {u"name"_s}, {u"added after the import"_s}));
    QVERIFY2(after.flush(), qPrintable(after.lastError()));
    QVERIFY2(after.added(added).value(u"id"_s).toLongLong() > highest,
        qPrintable(after.added(added).value(u"id"_s).toString()));
}

void tst_JsonImporter::everyTypeCyclesAndKeylessRoundTrip()
{
    QFETCH(QString, engine);
    const Schema design = designFrom(EveryTypeTables);
    auto source = prepareDatabase(engine, u"tst_jsonimport_types_a"_s, design);
    fillEveryType(*source, design);
    const QByteArray first = exportOf(*source, design, 2);
    // The cycle and the tree need their checks put off: the file has children first.
    QVERIFY(first.indexOf("\"a\": [") < first.indexOf("\"b\": ["));
    QVERIFY(first.contains("{\"id\":1,\"b_id\":20}"));
    QVERIFY(first.contains("{\"id\":1,\"parent_id\":3}"));
    QCOMPARE(first.count("{\"n\":7,\"note\":\"same\"}"), 2);

    auto target = prepareDatabase(engine, u"tst_jsonimport_types_b"_s, design);
    QString error;
    QVERIFY2(importInto(*target, design, first, &error), qPrintable(error));
    QCOMPARE(exportOf(*target, design, 2), first);

    // What was put off for the import is back as it was.
    QSqlQuery query(target->database());
    if (engine == u"postgresql"_s) {
        QVERIFY(query.exec(u"SELECT COUNT(*) FROM pg_constraint WHERE contype = 'f' "
                           "AND condeferrable AND conrelid = 'node'::regclass"_s));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    } else if (engine == u"mysql"_s) {
        QVERIFY(query.exec(u"SELECT @@FOREIGN_KEY_CHECKS, @@SESSION.sql_mode"_s));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QVERIFY(!query.value(1).toString().contains(u"NO_AUTO_VALUE_ON_ZERO"_s));
    } else {
        QVERIFY(query.exec(u"PRAGMA defer_foreign_keys"_s));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }
}

void tst_JsonImporter::handWrittenFileLoadsAsWritten()
{
    QFETCH(QString, engine);
    const Schema design = designFrom(HandWrittenTables);
    auto connection = prepareDatabase(engine, u"tst_jsonimport_hand"_s, design);
    QString error;
    QVERIFY2(importInto(*connection, design, HandWritten, &error), qPrintable(error));
    QCOMPARE(exportOf(*connection, design), HandWritten);
    // 0 stays 0 in an AUTO_INCREMENT column, and the next number follows the largest.
    Session session(*connection, design);
    const Session::Pending added = session.add(Record(u"numbered"_s, {u"label"_s}, {u"next"_s}));
    QVERIFY2(session.flush(), qPrintable(session.lastError()));
    QCOMPARE(session.added(added).value(u"id"_s).toLongLong(), 1001);
}

void tst_JsonImporter::failuresNameTheirPlaceAndChangeNothing()
{
    QFETCH(QString, engine);
    const Schema design = designFrom(
        HandWrittenTables + EveryTypeTables.mid(0).replace("name=\"sample\"", "name=\"typed\""));
    auto connection = prepareDatabase(engine, u"tst_jsonimport_fail"_s, design);
    // One row that was there before: every failure leaves it, and only it.
    {
        QString error;
        QVERIFY2(importInto(*connection, design, "{\"sample\": [{\"id\": 99999}]}", &error),
            qPrintable(error));
    }
    const auto unchanged = [&] {
        for (const Table &t : design.tables()) {
            const qint64 rows = count(*connection, t.name);
            if (rows != (t.name == u"sample"_s ? 1 : 0)) {
                qWarning("%s has %lld rows", qPrintable(t.name), static_cast<long long>(rows));
                return false;
            }
        }
        return true;
    };
    // 1,202 rows, one a line; `repeated` gives row 701 the key of row 700.
    const auto many = [](bool repeated) {
        QByteArray json = "{\"nothing\": [{\"id\": 1}], \"sample\": [\n";
        for (int i = 1; i <= 1200; ++i)
            json += "{\"id\": " + QByteArray::number(repeated && i == 701 ? 700 : i) + "},\n";
        json += "{\"id\": 5000}]}";
        return json;
    };

    struct Case
    {
        const char *name;
        QByteArray json;
        QStringList mentions;
        bool inputFault;
    };
    const QList<Case> cases = {
        {"not JSON", "{\"sample\": [{\"id\": 1},\n  {\"id\": 2]}",
            {u"input:2:"_s, u"not valid JSON"_s}, true},
        {"not an object", "[1, 2]", {u"input:1:"_s, u"JSON object of tables"_s}, true},
        {"rows not an array", "{\"nothing\": {}}", {u"\"nothing\" must be an array"_s}, true},
        {"unknown table", "{\"nothing\": [{\"id\": 1}], \"nope\": []}",
            {u"no table \"nope\""_s, u"input:1:"_s}, true},
        {"unknown column", "{\"sample\": [{\"id\": 1},\n{\"id\": 2, \"zz\": 3}]}",
            {u"input:2:"_s, u"\"sample\" row 2"_s, u"no column \"zz\""_s}, true},
        {"table twice", "{\"nothing\": [], \"nothing\": []}", {u"\"nothing\" is given twice"_s},
            true},
        {"wrong type", "{\"sample\": [{\"id\": 1, \"n\": \"12\"}]}",
            {u"\"sample\" row 1, column \"n\""_s, u"whole number"_s}, true},
        {"fraction in an integer", "{\"sample\": [{\"id\": 1.5}]}", {u"column \"id\""_s}, true},
        {"beyond 64 bits", "{\"sample\": [{\"id\": 9223372036854775808}]}",
            {u"9223372036854775808"_s}, true},
        {"nested value", "{\"sample\": [{\"id\": 1, \"t\": [\"x\"]}]}",
            {u"column \"t\": a value cannot be an array"_s}, true},
        {"not base64", "{\"sample\": [{\"id\": 1, \"blob\": \"%%\"}]}",
            {u"column \"blob\""_s, u"base64"_s}, true},
        {"boolean as a number", "{\"sample\": [{\"id\": 1, \"b\": 1}]}", {u"true or false"_s},
            true},
        {"a key that is there",
            "{\"nothing\": [{\"id\": 1}], \"sample\": [{\"id\": 1},\n{\"id\": 99999}]}",
            {u"input:2:"_s, u"\"sample\" row 2: the database refused it"_s}, false},
        {"a repeated key after 700 rows", many(true),
            {u"input:702:"_s, u"\"sample\" row 701: the database refused it"_s}, false},
        {"a parent that is not there", "{\"child\": [{\"id\": 1, \"sample_id\": 12345}]}",
            {u"\"child\" row 1: the database refused it"_s}, false},
        {"a cycle that does not close",
            "{\"a\": [{\"id\": 1, \"b_id\": 2}], \"b\": [{\"id\": 3, \"a_id\": 1}]}",
            {u"The row of \"a\" with id = 1 refers to no row of \"b\" (b_id = 2)."_s}, false},
        {"a tree with a missing parent",
            "{\"node\": [{\"id\": 1, \"parent_id\": 2}, {\"id\": 3, \"parent_id\": 1}]}",
            {u"The row of \"node\" with id = 1 refers to no row of \"node\" (parent_id = 2)."_s},
            false},
    };
    for (const Case &c : cases) {
        JsonImporter importer(*connection, design);
        QString error;
        QVERIFY2(!importInto(*connection, design, c.json, &error, &importer), c.name);
        for (const QString &mention : c.mentions)
            QVERIFY2(
                error.contains(mention), qPrintable(QString::fromLatin1(c.name) + u": "_s + error));
        QVERIFY2(importer.inputFailed() == c.inputFault, c.name);
        QVERIFY2(unchanged(), c.name);
    }

    // A cancel, after some rows went in.
    JsonImporter importer(*connection, design);
    int calls = 0;
    importer.setProgress([&](qint64 rows, qint64 read, qint64 total) {
        ++calls;
        return rows < 500 && read <= total;
    });
    QString error;
    QVERIFY(!importInto(*connection, design, many(false), &error, &importer));
    QCOMPARE(error, u"Cancelled."_s);
    QCOMPARE(calls, 2); // the one row of "nothing", then 500 of "sample"
    QVERIFY(unchanged());
    // The same file without the cancel goes in whole.
    importer.setProgress({});
    QVERIFY2(importInto(*connection, design, many(false), &error, &importer), qPrintable(error));
    QCOMPARE(count(*connection, u"sample"_s), 1202);
}

void tst_JsonImporter::hexBlobsAndProgress()
{
    const Schema design = designFrom(HandWrittenTables);
    auto source = prepareDatabase(u"sqlite"_s, u"tst_jsonimport_hex_a"_s, design);
    QString error;
    QVERIFY2(importInto(*source, design, HandWritten, &error), qPrintable(error));
    const QByteArray hex = exportOf(*source, design, 5000, JsonExporter::Blobs::Hex);
    QVERIFY(hex.contains("\"blob\":\"0001ff80\""));

    auto target = prepareDatabase(u"sqlite"_s, u"tst_jsonimport_hex_b"_s, design);
    JsonImporter importer(*target, design);
    importer.setBlobs(JsonImporter::Blobs::Hex);
    QVERIFY(!importInto(*target, design, HandWritten, &error, &importer)); // base64 in it
    QVERIFY2(error.contains(u"\"sample\" row 1, column \"blob\": \"AAH/gA==\" is not "
                            "hexadecimal bytes."_s),
        qPrintable(error));
    QList<qint64> read;
    importer.setProgress([&](qint64, qint64 bytes, qint64 total) {
        read << bytes;
        return total == hex.size();
    });
    QVERIFY2(importInto(*target, design, hex, &error, &importer), qPrintable(error));
    QCOMPARE(exportOf(*target, design), HandWritten);
    QCOMPARE(read.size(), 3); // a batch per table with rows
    QVERIFY(std::is_sorted(read.cbegin(), read.cend()));
    QVERIFY(read.last() <= hex.size());
}

void tst_JsonImporter::datesAndTimesAreCheckedAlike()
{
    QFETCH(QString, engine);
    const Schema design = designFrom(MomentTables);
    auto connection = prepareDatabase(engine, u"tst_jsonimport_moment"_s, design);
    const QString withoutZone
        = u"expected a date and time without a time zone, YYYY-MM-DDTHH:MM:SS, not "_s;
    const QString withZone
        = u"expected a date and time, YYYY-MM-DDTHH:MM:SS, with an optional Z or +HH:MM, not "_s;
    const QString date = u"expected a date, YYYY-MM-DD, not "_s;
    const QString time = u"expected a time, HH:MM:SS, not "_s;
    // The value is the second member of the row on line 2, {"id": 1, "KEY": VALUE}: its
    // opening quote is at column 15 plus the length of KEY.
    struct Case
    {
        QByteArray column;
        QByteArray value;
        QString error;
    };
    const QString dt = u"input:2:17: \"moment\" row 1, column \"dt\": "_s;
    const QString d = u"input:2:16: \"moment\" row 1, column \"d\": "_s;
    const QString t = u"input:2:16: \"moment\" row 1, column \"t\": "_s;
    const QString tz = u"input:2:17: \"moment\" row 1, column \"tz\": "_s;
    const QList<Case> cases = {
        {"dt", R"("yesterday")", dt + withoutZone + uR"("yesterday".)"_s},
        {"dt", R"("2020-13-45T99:99:99")",
            dt + withoutZone + uR"("2020-13-45T99:99:99": there is no such day.)"_s},
        {"dt", R"("2020-12-01T99:00:00")",
            dt + withoutZone + uR"("2020-12-01T99:00:00": there is no such time of day.)"_s},
        {"dt", R"("")", dt + withoutZone + uR"("".)"_s},
        {"dt", R"("2020-01-01T10:00:00+02:00")",
            dt + withoutZone
                + uR"("2020-01-01T10:00:00+02:00": the column's type has no time zone, and this has +02:00.)"_s},
        {"dt", R"("2020-01-01T10:00:00Z")",
            dt + withoutZone
                + uR"("2020-01-01T10:00:00Z": the column's type has no time zone, and this has Z.)"_s},
        {"dt", R"("2020-01-01")", dt + withoutZone + uR"("2020-01-01".)"_s},
        {"dt", R"("2020-01-01T10:00")", dt + withoutZone + uR"("2020-01-01T10:00".)"_s},
        {"d", R"("")", d + date + uR"("".)"_s},
        {"d", R"("yesterday")", d + date + uR"("yesterday".)"_s},
        {"d", R"("2021-02-29")", d + date + uR"("2021-02-29": there is no such day.)"_s},
        {"d", R"("0000-01-01")", d + date + uR"("0000-01-01": there is no such day.)"_s},
        {"d", R"("2020-01-01T00:00:00")", d + date + uR"("2020-01-01T00:00:00".)"_s},
        {"d", R"("20-1-1")", d + date + uR"("20-1-1".)"_s},
        {"t", R"("24:00:00")", t + time + uR"("24:00:00": there is no such time of day.)"_s},
        {"t", R"("12:00:00+02:00")",
            t + time
                + uR"("12:00:00+02:00": the column's type has no time zone, and this has +02:00.)"_s},
        {"t", R"("noon")", t + time + uR"("noon".)"_s},
        {"tz", R"("yesterday")", tz + withZone + uR"("yesterday".)"_s},
        {"tz", R"("2020-01-01T10:00:00+15:00")",
            tz + withZone
                + uR"("2020-01-01T10:00:00+15:00": there is no such time zone offset.)"_s},
    };
    for (const Case &c : cases) {
        const QByteArray json
            = "{\"moment\": [\n{\"id\": 1, \"" + c.column + "\": " + c.value + "}]}";
        JsonImporter importer(*connection, design);
        QString error;
        QVERIFY2(!importInto(*connection, design, json, &error, &importer), json.constData());
        QCOMPARE(error, c.error);
        QVERIFY(importer.inputFailed());
        QCOMPARE(count(*connection, u"moment"_s), 0);
    }

    // What export-json writes goes in, and the space SQLite writes between date and time.
    QString error;
    QVERIFY2(importInto(*connection, design,
                 R"({"moment": [{"id": 1, "d": "2024-02-29", "t": "23:59:59.250", )"
                 R"("dt": "2024-02-29T23:59:59", "tz": "2024-02-29T23:59:59.500"}, )"
                 R"({"id": 2, "d": "0001-01-01", "t": "00:00:00", )"
                 R"("dt": "1999-12-31 00:00:00.001"}]})",
                 &error),
        qPrintable(error));
    QCOMPARE(count(*connection, u"moment"_s), 2);
}

void tst_JsonImporter::timeZonesAreKept()
{
    // An offset on a time-zone-aware column is the instant it says, on every engine; and
    // what the export then writes comes back byte for byte.
    QFETCH(QString, engine);
    const Schema design = designFrom(MomentTables);
    auto connection = prepareDatabase(engine, u"tst_jsonimport_zone_a"_s, design);
    QString error;
    QVERIFY2(importInto(*connection, design,
                 R"({"moment": [{"id": 1, "tz": "2020-01-01T10:00:00+02:00"},)"
                 R"({"id": 2, "tz": "2020-01-01T08:00:00Z"},)"
                 R"({"id": 3, "tz": "2020-01-01T04:30:00-0330"},)"
                 R"({"id": 4, "tz": "2020-01-01T13:00:00+05"}]})",
                 &error),
        qPrintable(error));
    const QString seconds = engine == u"sqlite"_s ? u"CAST(strftime('%s', tz) AS INTEGER)"_s
        : engine == u"postgresql"_s               ? u"CAST(EXTRACT(EPOCH FROM tz) AS BIGINT)"_s
                                                  : u"UNIX_TIMESTAMP(tz)"_s;
    QSqlQuery query(connection->database());
    QVERIFY(query.exec(u"SELECT "_s + seconds + u" FROM moment ORDER BY id"_s));
    QList<qint64> instants;
    while (query.next())
        instants << query.value(0).toLongLong();
    // All four are 2020-01-01T08:00:00Z.
    QCOMPARE(instants, (QList<qint64> {1577865600, 1577865600, 1577865600, 1577865600}));

    const QByteArray first = exportOf(*connection, design);
    auto again = prepareDatabase(engine, u"tst_jsonimport_zone_b"_s, design);
    QVERIFY2(importInto(*again, design, first, &error), qPrintable(error));
    QCOMPARE(exportOf(*again, design), first);
}

void tst_JsonImporter::loneSurrogatesAreRefused()
{
    // RapidJSON refuses a high surrogate alone, and would decode a low one alone to bytes
    // that are not UTF-8: both are refused alike, at the backslash of the escape.
    QFETCH(QString, engine);
    const Schema design = designFrom(MomentTables);
    auto connection = prepareDatabase(engine, u"tst_jsonimport_surrogate"_s, design);
    const QString invalid = u"not valid JSON: The surrogate pair in string is invalid."_s;
    struct Case
    {
        QByteArray json;
        QString error;
    };
    const QList<Case> cases = {
        {"{\"moment\": [\n{\"id\": 1, \"label\": \"ab\\ud800\"}]}", u"input:2:23: "_s + invalid},
        {"{\"moment\": [\n{\"id\": 1, \"label\": \"ab\\udc00\"}]}", u"input:2:23: "_s + invalid},
        {"{\"moment\": [\n{\"id\": 1, \"label\": \"\\uDFFF\"}]}", u"input:2:21: "_s + invalid},
        {"{\"moment\": [\n{\"id\": 1, \"label\": \"\\ud83d\\ude00\\udc00\"}]}",
            u"input:2:33: "_s + invalid},
        {"{\"moment\": [\n{\"id\": 1, \"la\\udc00bel\": \"x\"}]}", u"input:2:14: "_s + invalid},
        {"{\"mo\\udc00ment\": []}", u"input:1:5: "_s + invalid},
    };
    for (const Case &c : cases) {
        JsonImporter importer(*connection, design);
        QString error;
        QVERIFY2(!importInto(*connection, design, c.json, &error, &importer), c.json.constData());
        QCOMPARE(error, c.error);
        QVERIFY(importer.inputFailed());
        QCOMPARE(count(*connection, u"moment"_s), 0);
    }
    // A pair, and escapes that are no surrogates, go in.
    QString error;
    QVERIFY2(importInto(*connection, design,
                 R"({"moment": [{"id": 1, "label": "\ud83d\ude00 \u00e9\n\\udc00"}]})", &error),
        qPrintable(error));
    QSqlQuery query(connection->database());
    QVERIFY(query.exec(u"SELECT label FROM moment"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), u"\U0001F600 \u00e9\n\\udc00"_s);
}

QTEST_GUILESS_MAIN(tst_JsonImporter)
#include "tst_jsonimporter.moc"
