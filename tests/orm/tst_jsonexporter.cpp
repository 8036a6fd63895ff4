#include "testdatabases.h"
#include "testdesigns.h"

#include "database/schemaimporter.h"
#include "dialects/dialect.h"
#include "export/jsonexporter.h"
#include "export/jsonimporter.h"
#include "export/jsonoutput.h"
#include "records/session.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <cstring>
#include <ctime>
#include <limits>
#include <random>

using namespace Qt::StringLiterals;

// The JSON export: the same data gives the same bytes on every engine.
class tst_JsonExporter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sameJsonOnEveryEngine_data() { TestDatabases::addEngineRows(); }
    void sameJsonOnEveryEngine();
    void prettyAndBlobModes_data() { TestDatabases::addEngineRows(); }
    void prettyAndBlobModes();
    void cancelLeavesTheFileAsItWas();
    void invalidUtf8IsReplacedAndReported();
    void oneTableAndFilteredView_data() { TestDatabases::addEngineRows(); }
    void oneTableAndFilteredView();
    void keylessTablesReadInPages_data() { TestDatabases::addEngineRows(); }
    void keylessTablesReadInPages();
    void writerMeanwhileChangesNothing_data() { TestDatabases::addEngineRows(); }
    void writerMeanwhileChangesNothing();
    void fastPathWritesTheGenericBytes_data();
    void fastPathWritesTheGenericBytes();
    void failedOutputIsReported_data();
    void failedOutputIsReported();
    void realsAsQtWritesThem();
};

namespace {

const QByteArray SampleTables
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
      "<key type=\"PRIMARY\" name=\"\"><part>id</part></key></table>";

// Written by hand: what the export of the rows below must be, byte for byte.
const QByteArray Expected
    = "{\n"
      "\"nothing\": [],\n"
      "\"sample\": [\n"
      "{\"id\":1,\"n\":9223372036854775807,\"r\":0.1,\"t\":\"quote \\\" backslash \\\\ newline\\n "
      "\xc3\xbcn\xc3\xaf \xe5\x90\x8d\xe5\x89\x8d "
      "\xf0\x9f\x98\x80\",\"b\":true,\"blob\":\"AAH/gA==\"},\n"
      "{\"id\":2,\"n\":-9223372036854775808,\"r\":1e+300,\"t\":\"\",\"b\":false,\"blob\":null},\n"
      "{\"id\":3,\"n\":null,\"r\":-2.5,\"t\":null,\"b\":null,\"blob\":null}\n"
      "],\n"
      "\"child\": [\n"
      "{\"id\":10,\"sample_id\":1}\n"
      "]\n"
      "}\n";

struct Fixture
{
    std::unique_ptr<Connection> connection;
    Schema imported;
};

Fixture sampleDatabase(const QString &engine, const QString &name)
{
    Fixture f;
    const Schema design = designFrom(SampleTables);
    f.connection = prepareDatabase(engine, name, design);
    Session session(*f.connection, design);
    Record one(u"sample"_s, {u"id"_s, u"n"_s, u"r"_s, u"t"_s, u"b"_s, u"blob"_s},
        {qint64(1), std::numeric_limits<qint64>::max(), 0.1,
            u"quote \" backslash \\ newline\n ünï 名前 😀"_s, true,
            QByteArray("\0\x01\xff\x80", 4)});
    Record two(u"sample"_s, {u"id"_s, u"n"_s, u"r"_s, u"t"_s, u"b"_s},
        {qint64(2), std::numeric_limits<qint64>::min(), 1e300, QString(u""_s), false});
    Record three(u"sample"_s, {u"id"_s, u"r"_s}, {qint64(3), -2.5});
    session.add(one);
    session.add(two);
    session.add(three);
    session.add(Record(u"child"_s, {u"id"_s, u"sample_id"_s}, {10, qint64(1)}));
    if (!session.flush())
        qFatal("%s", qPrintable(session.lastError()));
    QString error;
    const std::optional<Schema> imported = SchemaImporter(*f.connection).import(&error);
    if (!imported)
        qFatal("%s", qPrintable(error));
    f.imported = *imported;
    return f;
}

QByteArray exportOf(JsonExporter &exporter)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    if (!exporter.write(&buffer, &error))
        qFatal("%s", qPrintable(error));
    return buffer.data();
}

} // namespace

void tst_JsonExporter::initTestCase()
{
    const QString missing = TestDatabases::missingServers();
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
}

void tst_JsonExporter::sameJsonOnEveryEngine()
{
    QFETCH(QString, engine);
    Fixture f = sampleDatabase(engine, u"tst_json_same"_s);
    JsonExporter exporter(*f.connection, f.imported);
    const QByteArray json = exportOf(exporter);
    QCOMPARE(json, Expected);
    QJsonParseError parseError;
    QJsonDocument::fromJson(json, &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QVERIFY(exporter.warnings().isEmpty());
}

void tst_JsonExporter::prettyAndBlobModes()
{
    QFETCH(QString, engine);
    Fixture f = sampleDatabase(engine, u"tst_json_modes"_s);
    JsonExporter exporter(*f.connection, f.imported);
    exporter.setPretty(true);
    exporter.setTables({u"sample"_s});
    const QByteArray pretty = exportOf(exporter);
    QVERIFY(pretty.contains("\n    {\n      \"id\": 1,\n      \"n\": 9223372036854775807,"));
    const QJsonObject prettyObject = QJsonDocument::fromJson(pretty).object();
    QCOMPARE(prettyObject.keys(), QStringList {u"sample"_s});
    const QJsonValue compactSample = QJsonDocument::fromJson(Expected).object().value(u"sample"_s);
    QCOMPARE(prettyObject.value(u"sample"_s), compactSample);

    exporter.setPretty(false);
    exporter.setBlobs(JsonExporter::Blobs::Hex);
    QVERIFY(exportOf(exporter).contains("\"blob\":\"0001ff80\""));
    exporter.setBlobs(JsonExporter::Blobs::Skip);
    QVERIFY(!exportOf(exporter).contains("\"blob\""));

    exporter.setTables({u"nope"_s});
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    QVERIFY(!exporter.write(&buffer, &error));
    QVERIFY2(error.contains(u"nope"_s), qPrintable(error));
}

void tst_JsonExporter::cancelLeavesTheFileAsItWas()
{
    Fixture f = sampleDatabase(u"sqlite"_s, u"tst_json_cancel"_s);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"out.json"_s);
    {
        QFile existing(path);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("previous export\n");
    }
    JsonExporter exporter(*f.connection, f.imported);
    exporter.setProgress([](qint64, qint64) { return false; });
    QString error;
    QVERIFY(!exporter.writeFile(path, &error));
    QCOMPARE(error, u"Cancelled."_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("previous export\n"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList {u"out.json"_s});

    exporter.setProgress({});
    QVERIFY2(exporter.writeFile(path, &error), qPrintable(error));
    file.close();
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), Expected);
}

// SQLite stores whatever bytes it is given as TEXT.
void tst_JsonExporter::invalidUtf8IsReplacedAndReported()
{
    Fixture f = sampleDatabase(u"sqlite"_s, u"tst_json_utf8"_s);
    QSqlQuery query(f.connection->database());
    QVERIFY(query.exec(u"UPDATE sample SET t = CAST(X'41C328' AS TEXT) WHERE id = 3"_s));
    JsonExporter exporter(*f.connection, f.imported);
    const QByteArray json = exportOf(exporter);
    QVERIFY(json.contains("{\"id\":3,\"n\":null,\"r\":-2.5,\"t\":\"A\xef\xbf\xbd(\""));
    QCOMPARE(exporter.warnings().size(), 1);
    QVERIFY2(exporter.warnings().first().contains(u"sample.t (key 3)"_s),
        qPrintable(exporter.warnings().first()));
}

// One table, all rows or those a WHERE with bound values keeps, in the same shape.
void tst_JsonExporter::oneTableAndFilteredView()
{
    QFETCH(QString, engine);
    Fixture f = sampleDatabase(engine, u"tst_json_filter"_s);
    const auto q = [&](const QString &n) { return f.connection->dialect().quoteIdentifier(n); };
    JsonExporter exporter(*f.connection, f.imported);
    exporter.setTables({u"child"_s});
    QCOMPARE(
        exportOf(exporter), QByteArray("{\n\"child\": [\n{\"id\":10,\"sample_id\":1}\n]\n}\n"));

    exporter.setTables({u"sample"_s});
    exporter.setPageSize(1); // the filter's values and each page's key, bound together
    exporter.setFilter(u"sample"_s, q(u"n"_s) + u" > ? OR "_s + q(u"t"_s) + u" = ?"_s,
        {qint64(0), QString(u""_s)});
    const QByteArray filtered = exportOf(exporter);
    const QByteArray expected
        = "{\n"
          "\"sample\": [\n"
          "{\"id\":1,\"n\":9223372036854775807,\"r\":0.1,\"t\":\"quote \\\" backslash \\\\ "
          "newline\\n \xc3\xbcn\xc3\xaf \xe5\x90\x8d\xe5\x89\x8d "
          "\xf0\x9f\x98\x80\",\"b\":true,\"blob\":\"AAH/gA==\"},\n"
          "{\"id\":2,\"n\":-9223372036854775808,\"r\":1e+300,\"t\":\"\",\"b\":false,\"blob\":null}"
          "\n"
          "]\n"
          "}\n";
    QCOMPARE(filtered, expected);

    // What the filter keeps loads back as it is.
    auto copy = prepareDatabase(u"sqlite"_s, u"tst_json_filter_copy"_s, f.imported);
    QBuffer in;
    in.setData(filtered);
    in.open(QIODevice::ReadOnly);
    QString error;
    JsonImporter importer(*copy, f.imported);
    QVERIFY2(importer.read(&in, &error), qPrintable(error));
    JsonExporter again(*copy, f.imported);
    again.setTables({u"sample"_s});
    QCOMPARE(exportOf(again), expected);

    exporter.setFilter(u"sample"_s, u"no_such_column = ?"_s, {1});
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(!exporter.write(&buffer, &error));
    QVERIFY2(error.contains(u"Cannot count \"sample\""_s), qPrintable(error));
    exporter.clearFilters();
    exporter.setFilter(u"missing"_s, u"1 = 1"_s);
    QVERIFY(!exporter.write(&buffer, &error));
    QVERIFY2(error.contains(u"no table missing"_s), qPrintable(error));
}

namespace {

// The same columns with and without a primary key.
const QByteArray TwinTables = R"(
<table x="0" y="0" name="keyed">
<row name="id" null="0" autoincrement="0"><datatype>INTEGER</datatype></row>
<row name="n" null="1" autoincrement="0"><datatype>BIGINT</datatype></row>
<row name="r" null="1" autoincrement="0"><datatype>DOUBLE</datatype></row>
<row name="f" null="1" autoincrement="0"><datatype>FLOAT</datatype></row>
<row name="d" null="1" autoincrement="0"><datatype>DECIMAL(20,5)</datatype></row>
<row name="t" null="1" autoincrement="0"><datatype>VARCHAR(40)</datatype></row>
<row name="at" null="1" autoincrement="0"><datatype>DATETIME</datatype></row>
<row name="ok" null="1" autoincrement="0"><datatype>BOOLEAN</datatype></row>
<row name="bytes" null="1" autoincrement="0"><datatype>BLOB</datatype></row>
<key type="PRIMARY" name=""><part>id</part></key>
</table>
<table x="0" y="0" name="keyless">
<row name="id" null="0" autoincrement="0"><datatype>INTEGER</datatype></row>
<row name="n" null="1" autoincrement="0"><datatype>BIGINT</datatype></row>
<row name="r" null="1" autoincrement="0"><datatype>DOUBLE</datatype></row>
<row name="f" null="1" autoincrement="0"><datatype>FLOAT</datatype></row>
<row name="d" null="1" autoincrement="0"><datatype>DECIMAL(20,5)</datatype></row>
<row name="t" null="1" autoincrement="0"><datatype>VARCHAR(40)</datatype></row>
<row name="at" null="1" autoincrement="0"><datatype>DATETIME</datatype></row>
<row name="ok" null="1" autoincrement="0"><datatype>BOOLEAN</datatype></row>
<row name="bytes" null="1" autoincrement="0"><datatype>BLOB</datatype></row>
</table>)";

// The rows of one table in an export, one line each, sorted.
QList<QByteArray> rowLines(const QByteArray &json, const QByteArray &table)
{
    const qsizetype start = json.indexOf(QByteArray("\"" + table + "\": ["));
    const qsizetype end = json.indexOf("\n]", start);
    QList<QByteArray> lines = json.mid(start, end - start).split('\n').mid(1);
    for (QByteArray &line : lines) {
        if (line.endsWith(','))
            line.chop(1);
    }
    std::sort(lines.begin(), lines.end());
    return lines;
}

} // namespace

// A table without a key is read page by page too (SQLite's rowid, the PostgreSQL driver's
// row-by-row results, a MariaDB HANDLER), and its values are written as a keyed table's are.
void tst_JsonExporter::keylessTablesReadInPages()
{
    QFETCH(QString, engine);
    const Schema design = designFrom(TwinTables);
    auto connection = prepareDatabase(engine, u"tst_json_keyless"_s, design);
    Session session(*connection, design);
    const QStringList columns
        = {u"id"_s, u"n"_s, u"r"_s, u"f"_s, u"d"_s, u"t"_s, u"at"_s, u"ok"_s, u"bytes"_s};
    for (int i = 0; i < 1234; ++i) {
        const QVariantList values = {i, qint64(i) * 7919 - 4'000'000'000LL, 1.0 / (i + 1), i / 8.0,
            QString(QString::number(i) + u".12345"_s), QString(u"row "_s + QString::number(i % 50)),
            QDateTime(QDate(2020, 1, 1).addDays(i % 400), QTime(i % 24, i % 60, 7)), i % 3 == 0,
            i % 5 == 0 ? QVariant() : QVariant(QByteArray::number(i, 16))};
        session.add(Record(u"keyed"_s, columns, values));
        session.add(Record(u"keyless"_s, columns, values));
    }
    session.add(Record(u"keyless"_s, {u"id"_s}, {-1})); // and the same row twice
    session.add(Record(u"keyless"_s, {u"id"_s}, {-1}));
    QVERIFY2(session.flush(), qPrintable(session.lastError()));

    JsonExporter exporter(*connection, design);
    exporter.setPageSize(100);
    int calls = 0;
    exporter.setProgress([&](qint64, qint64 total) {
        ++calls;
        return total == 2 * 1234 + 2;
    });
    const QByteArray json = exportOf(exporter);
    QVERIFY2(calls >= 2 * 12, qPrintable(QString::number(calls)));
    QList<QByteArray> keyless = rowLines(json, "keyless");
    QCOMPARE(keyless.size(), 1236);
    QCOMPARE(keyless.first(), keyless.at(1)); // the repeated row, sorted first
    QCOMPARE(keyless.first(),
        QByteArray("{\"id\":-1,\"n\":null,\"r\":null,\"f\":null,\"d\":null,\"t\":null,\"at\":null,"
                   "\"ok\":null,\"bytes\":null}"));
    keyless.remove(0, 2);
    QCOMPARE(keyless, rowLines(json, "keyed"));

    // Filtered, as the data browser's view of a table without a key.
    const QString condition = connection->dialect().quoteIdentifier(u"id"_s) + u" < ?"_s;
    exporter.setFilter(u"keyed"_s, condition, {20});
    exporter.setFilter(u"keyless"_s, condition, {20});
    exporter.setProgress({});
    const QByteArray some = exportOf(exporter);
    QCOMPARE(rowLines(some, "keyless").size(), 22);
    QCOMPARE(rowLines(some, "keyless").mid(2), rowLines(some, "keyed"));
}

// A second connection adds and deletes parents with their children, and rows of a table
// without a key, between every page of the export: the export still shows the database as it
// was when it began, so every foreign key holds within the file.
void tst_JsonExporter::writerMeanwhileChangesNothing()
{
    QFETCH(QString, engine);
    const Schema design = designFrom(R"(
<table x="0" y="0" name="parent">
<row name="id" null="0" autoincrement="0"><datatype>INTEGER</datatype></row>
<row name="name" null="0" autoincrement="0"><datatype>VARCHAR(20)</datatype></row>
<key type="PRIMARY" name=""><part>id</part></key>
</table>
<table x="0" y="0" name="child">
<row name="id" null="0" autoincrement="0"><datatype>INTEGER</datatype></row>
<row name="parent_id" null="0" autoincrement="0"><datatype>INTEGER</datatype>
<relation table="parent" row="id" /></row>
<key type="PRIMARY" name=""><part>id</part></key>
</table>
<table x="0" y="0" name="log">
<row name="n" null="0" autoincrement="0"><datatype>INTEGER</datatype></row>
</table>)");
    auto connection = prepareDatabase(engine, u"tst_json_writer"_s, design);
    QSqlQuery query(connection->database());
    if (engine == u"sqlite"_s) // readers keep their snapshot while a writer commits
        QVERIFY(query.exec(u"PRAGMA journal_mode = WAL"_s));
    query.finish();
    Session session(*connection, design);
    for (int p = 1; p <= 100; ++p) {
        session.add(
            Record(u"parent"_s, {u"id"_s, u"name"_s}, {p, QString(u"p"_s + QString::number(p))}));
        session.add(Record(u"child"_s, {u"id"_s, u"parent_id"_s}, {2 * p, p}));
        session.add(Record(u"child"_s, {u"id"_s, u"parent_id"_s}, {2 * p + 1, p}));
        session.add(Record(u"log"_s, {u"n"_s}, {p}));
    }
    QVERIFY2(session.flush(), qPrintable(session.lastError()));

    JsonExporter exporter(*connection, design);
    exporter.setPageSize(10);
    const QByteArray before = exportOf(exporter);

    Connection writer;
    QString error;
    QVERIFY2(writer.open(connection->address(), Connection::Mode::OpenExisting, &error),
        qPrintable(error));
    Session writes(writer, design);
    int step = 0;
    QStringList failures;
    exporter.setProgress([&](qint64, qint64) {
        // Parent `step` and its children go, a new parent with two children comes.
        ++step;
        const int gone = step;
        const int added = 1000 + step;
        writes.remove(Record(u"child"_s, {u"id"_s, u"parent_id"_s}, {2 * gone, gone}));
        writes.remove(Record(u"child"_s, {u"id"_s, u"parent_id"_s}, {2 * gone + 1, gone}));
        writes.remove(Record(u"parent"_s, {u"id"_s, u"name"_s}, {gone, u"p"_s}));
        writes.add(Record(u"parent"_s, {u"id"_s, u"name"_s}, {added, u"new"_s}));
        writes.add(Record(u"child"_s, {u"id"_s, u"parent_id"_s}, {2 * added, added}));
        writes.add(Record(u"child"_s, {u"id"_s, u"parent_id"_s}, {2 * added + 1, added}));
        writes.add(Record(u"log"_s, {u"n"_s}, {added}));
        if (!writes.flush())
            failures << writes.lastError();
        return true;
    });
    const QByteArray during = exportOf(exporter);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    QVERIFY2(step >= 30, qPrintable(QString::number(step))); // a commit between the pages
    QCOMPARE(during, before);

    // Every child's parent is in the file.
    const QJsonObject tables = QJsonDocument::fromJson(during).object();
    QSet<int> parents;
    for (const QJsonValue &p : tables.value(u"parent"_s).toArray())
        parents.insert(p.toObject().value(u"id"_s).toInt());
    for (const QJsonValue &c : tables.value(u"child"_s).toArray())
        QVERIFY(parents.contains(c.toObject().value(u"parent_id"_s).toInt()));

    // The writes were there all along, for an export that starts after them.
    exporter.setProgress({});
    const QJsonObject after = QJsonDocument::fromJson(exportOf(exporter)).object();
    QCOMPARE(after.value(u"parent"_s).toArray().size(), 100);
    QCOMPARE(
        after.value(u"parent"_s).toArray().first().toObject().value(u"id"_s).toInt(), step + 1);
    QCOMPARE(after.value(u"log"_s).toArray().size(), 100 + step);
}

namespace {

// Every logical type, a table without a key and one with a key of two columns: SQLite keeps
// any value in any column, so each of them gets every kind of value below. `bare` has the
// columns of `every` in the design, and none of their types in the database, so that SQLite
// keeps each value in the storage class it came in (an integral real as a real, -0.0).
const QByteArray EveryColumn = R"(
<row name="id" null="0" autoincrement="0"><datatype>INTEGER</datatype></row>
<row name="flag" null="1" autoincrement="0"><datatype>BOOLEAN</datatype></row>
<row name="tiny" null="1" autoincrement="0"><datatype>TINYINT</datatype></row>
<row name="small" null="1" autoincrement="0"><datatype>SMALLINT</datatype></row>
<row name="whole" null="1" autoincrement="0"><datatype>INTEGER</datatype></row>
<row name="big" null="1" autoincrement="0"><datatype>BIGINT</datatype></row>
<row name="exact" null="1" autoincrement="0"><datatype>DECIMAL(20,5)</datatype></row>
<row name="numeric" null="1" autoincrement="0"><datatype>NUMERIC</datatype></row>
<row name="single" null="1" autoincrement="0"><datatype>FLOAT</datatype></row>
<row name="real" null="1" autoincrement="0"><datatype>DOUBLE</datatype></row>
<row name="fixed" null="1" autoincrement="0"><datatype>CHAR(10)</datatype></row>
<row name="short" null="1" autoincrement="0"><datatype>VARCHAR(60)</datatype></row>
<row name="long" null="1" autoincrement="0"><datatype>TEXT</datatype></row>
<row name="uuid" null="1" autoincrement="0"><datatype>UUID</datatype></row>
<row name="json" null="1" autoincrement="0"><datatype>JSON</datatype></row>
<row name="choice" null="1" autoincrement="0"><datatype>ENUM('a','b')</datatype></row>
<row name="day" null="1" autoincrement="0"><datatype>DATE</datatype></row>
<row name="clock" null="1" autoincrement="0"><datatype>TIME</datatype></row>
<row name="at" null="1" autoincrement="0"><datatype>DATETIME</datatype></row>
<row name="atz" null="1" autoincrement="0"><datatype>TIMESTAMPTZ</datatype></row>
<row name="bytes" null="1" autoincrement="0"><datatype>BINARY(8)</datatype></row>
<row name="blob" null="1" autoincrement="0"><datatype>BLOB</datatype></row>
<row name="shape" null="1" autoincrement="0"><datatype>GEOMETRY</datatype></row>
<key type="PRIMARY" name=""><part>id</part></key>)";

const QByteArray EveryType = "<table x=\"0\" y=\"0\" name=\"every\">" + EveryColumn
    + "</table><table x=\"0\" y=\"0\" name=\"bare\">" + EveryColumn + "</table>" + R"(
<table x="0" y="0" name="loose">
<row name="n" null="1" autoincrement="0"><datatype>BIGINT</datatype></row>
<row name="r" null="1" autoincrement="0"><datatype>DOUBLE</datatype></row>
<row name="t" null="1" autoincrement="0"><datatype>VARCHAR(20)</datatype></row>
<row name="at" null="1" autoincrement="0"><datatype>DATETIME</datatype></row>
<row name="b" null="1" autoincrement="0"><datatype>BLOB</datatype></row>
</table>
<table x="0" y="0" name="pair">
<row name="a" null="0" autoincrement="0"><datatype>VARCHAR(10)</datatype></row>
<row name="b" null="0" autoincrement="0"><datatype>INTEGER</datatype></row>
<row name="v" null="1" autoincrement="0"><datatype>TEXT</datatype></row>
<key type="PRIMARY" name=""><part>a</part><part>b</part></key>
</table>
<table x="0" y="0" name="moment">
<row name="id" null="0" autoincrement="0"><datatype>INTEGER</datatype></row>
<row name="at" null="1" autoincrement="0"><datatype>DATETIME</datatype></row>
<row name="day" null="1" autoincrement="0"><datatype>DATE</datatype></row>
<row name="clock" null="1" autoincrement="0"><datatype>TIME</datatype></row>
<row name="real" null="1" autoincrement="0"><datatype>DOUBLE</datatype></row>
<row name="single" null="1" autoincrement="0"><datatype>FLOAT</datatype></row>
<row name="exact" null="1" autoincrement="0"><datatype>DECIMAL(20,5)</datatype></row>
<key type="PRIMARY" name=""><part>id</part></key>
</table>)";

// SQL expressions for values of every storage class, in every form the export reads apart:
// integers and reals at their limits, text that reads as a number, a boolean, a date or a
// time (valid or not, in a daylight saving change or not), text that is not UTF-8 (stored
// as TEXT or as a BLOB), byte order marks, control characters, BLOBs.
const QStringList HostileValues = {
    u"NULL"_s,
    u"0"_s,
    u"1"_s,
    u"-1"_s,
    u"2"_s,
    u"42"_s,
    u"9223372036854775807"_s,
    u"-9223372036854775808"_s,
    u"9007199254740993"_s,
    u"0.0"_s,
    u"-0.0"_s,
    u"0.1"_s,
    u"1.5"_s,
    u"3.0"_s,
    u"-2.5e-300"_s,
    u"1e20"_s,
    u"1e21"_s,
    u"1e-5"_s,
    u"123456789012345678.0"_s,
    u"1.7976931348623157e308"_s,
    u"5e-324"_s,
    u"9e999"_s,
    u"-9e999"_s,
    u"1e15"_s,
    u"0.000123"_s,
    u"''"_s,
    u"'abc'"_s,
    u"' 123'"_s,
    u"'1.5x'"_s,
    u"'true'"_s,
    u"'TRUE'"_s,
    u"'t'"_s,
    u"'nan'"_s,
    u"'inf'"_s,
    u"'18446744073709551615'"_s,
    u"'2020-01-01'"_s,
    u"'2020-02-30'"_s,
    u"'2020-01-01xyz'"_s,
    u"'2020-1-1'"_s,
    u"'0000-01-01'"_s,
    u"'2020-01-01 12:34:56'"_s,
    u"'2020-01-01T12:34:56'"_s,
    u"'2020-01-01 12:34:56.789'"_s,
    u"'2020-01-01 12:34:56.000'"_s,
    u"'2020-01-01 12:34:56.5'"_s,
    u"'2020-01-01 12:34:56.7891'"_s,
    u"'2020-01-01 24:00:00'"_s,
    u"'2020-01-01 23:59:60'"_s,
    u"'2020-01-01  12:34:56'"_s,
    u"'2020-01-01 12:34'"_s,
    u"'2020-01-01 12:34:56Z'"_s,
    u"'2020-01-01 12:34:56+02:00'"_s,
    u"'2021-03-28 02:30:00'"_s,
    u"'2021-10-31 02:30:00'"_s,
    u"'2018-11-04 00:30:00'"_s,
    u"'2019-02-16 23:30:00'"_s,
    u"'1893-04-01 00:03:00'"_s,
    u"'1969-12-31 23:59:59'"_s,
    u"'1970-01-01 00:59:59'"_s,
    u"'1969-12-31 20:59:59'"_s,
    u"'0001-01-01 00:00:00'"_s,
    u"'9999-12-31 23:59:59.999'"_s,
    u"'12:34:56'"_s,
    u"'12:34:56.100'"_s,
    u"'12:34:56.000'"_s,
    u"'12:34'"_s,
    u"'25:00:00'"_s,
    u"'quote \" backslash \\ tab \t cr \r nl \n'"_s,
    u"char(1, 31, 127, 8, 12, 0, 65)"_s,
    u"'\u00fcn\u00ef \u540d\u524d \U0001F600'"_s,
    u"CAST(X'41C328' AS TEXT)"_s,
    u"CAST(X'EFBBBF41' AS TEXT)"_s,
    u"CAST(X'41EFBBBF' AS TEXT)"_s,
    u"CAST(X'E282' AS TEXT)"_s,
    u"CAST(X'C0AF' AS TEXT)"_s,
    u"CAST(X'EDA080' AS TEXT)"_s,
    u"CAST(X'F4908080' AS TEXT)"_s,
    u"CAST(X'EFBFBF' AS TEXT)"_s,
    u"CAST(X'FF' AS TEXT)"_s,
    u"X''"_s,
    u"X'00'"_s,
    u"X'0001FF80'"_s,
    u"X'313233'"_s,
    u"X'41C328'"_s,
    u"X'EFBBBF41'"_s,
    u"X'E282'"_s,
    u"X'C3A9'"_s,
    u"X'F09F9880'"_s,
    u"randomblob(300)"_s,
    u"zeroblob(5000)"_s,
    u"replace(hex(zeroblob(3000)), '00', 'ab\u00e9\"')"_s,
};

// Sets TZ for as long as it lives, as the local time zone of both of Qt's and the C
// library's conversions.
class LocalZone
{
public:
    explicit LocalZone(const QByteArray &zone)
        : m_previous(qgetenv("TZ"))
        , m_wasSet(qEnvironmentVariableIsSet("TZ"))
    {
        qputenv("TZ", zone);
        tzset();
    }
    ~LocalZone()
    {
        if (m_wasSet)
            qputenv("TZ", m_previous);
        else
            qunsetenv("TZ");
        tzset();
    }

private:
    QByteArray m_previous;
    bool m_wasSet;
};

// Where two exports part, for a failure message: the line of each.
QString firstDifference(const QByteArray &fast, const QByteArray &generic)
{
    if (fast == generic)
        return {};
    qsizetype at = 0;
    while (at < fast.size() && at < generic.size() && fast.at(at) == generic.at(at))
        ++at;
    const qsizetype start = std::max(fast.lastIndexOf('\n', at - 1) + 1, at - 100);
    const auto line = [&](const QByteArray &json) {
        return QString::fromUtf8(
            json.mid(start, std::min(json.indexOf('\n', at), at + 60) - start));
    };
    return u"the exports differ at byte %1:\n  fast:    %2\n  generic: %3"_s.arg(at).arg(
        line(fast), line(generic));
}

} // namespace

void tst_JsonExporter::fastPathWritesTheGenericBytes_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::newRow("UTC") << QByteArray("UTC0");
    QTest::newRow("Central Europe, a rule") << QByteArray("CET-1CEST,M3.5.0,M10.5.0/3");
    // From the time zone database: local mean time until 1893, and the daylight saving of
    // the wars and of today; Sao Paulo's clocks skipped midnight.
    QTest::newRow("Europe/Berlin") << QByteArray("Europe/Berlin");
    QTest::newRow("America/Sao_Paulo") << QByteArray("America/Sao_Paulo");
}

// SQLite read straight from its statements gives the bytes that reading it through QSqlQuery
// in pages gives, and the same warnings, for every type, every kind of value, every option.
void tst_JsonExporter::fastPathWritesTheGenericBytes()
{
    QFETCH(QByteArray, zone);
    const LocalZone localZone(zone);
    const Schema design = designFrom(EveryType);
    auto connection = prepareDatabase(u"sqlite"_s, u"tst_json_fast"_s, design);
    QSqlQuery query(connection->database());
    const auto exec = [&](const QString &sql) {
        if (!query.exec(sql))
            qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    };
    QStringList columns;
    for (const Column &c : design.tableByName(u"bare"_s)->columns)
        columns << c.name;
    exec(u"DROP TABLE bare"_s);
    exec(u"CREATE TABLE bare (%1 INTEGER PRIMARY KEY, %2)"_s.arg(
        columns.first(), columns.mid(1).join(u", "_s)));
    QVERIFY(connection->database().transaction());
    for (qsizetype i = 0; i < HostileValues.size(); ++i) {
        const QString &v = HostileValues.at(i);
        const QString values = QStringList(columns.size() - 1, v).join(u", "_s);
        exec(u"INSERT INTO every VALUES (%1, %2)"_s.arg(i + 1).arg(values));
        exec(u"INSERT INTO bare VALUES (%1, %2)"_s.arg(i + 1).arg(values));
        exec(u"INSERT INTO loose VALUES (%1, %1, %1, %1, %1)"_s.arg(v));
        exec(u"INSERT INTO pair VALUES ('k%1', %2, %3)"_s.arg(i % 7).arg(i).arg(v));
    }
    exec(u"INSERT INTO loose SELECT * FROM loose"_s); // the same rows twice
    exec(u"INSERT INTO pair VALUES (char(228), 1, CAST(X'FF' AS TEXT))"_s); // a key of text

    // Many reals, and local times of every kind, by chance: bound as they are.
    std::mt19937_64 random(20240601);
    QVERIFY(query.prepare(u"INSERT INTO moment VALUES (?, ?, ?, ?, ?, ?, ?)"_s));
    for (int i = 0; i < 12000; ++i) {
        const int year = 1800 + int(random() % 320);
        const QDate date = QDate(year, 1, 1).addDays(qint64(random() % 366));
        const int millisecond = random() % 2 ? int(random() % 1000) : 0;
        QString time = QTime(int(random() % 24), int(random() % 60), int(random() % 60))
                           .toString(u"HH:mm:ss"_s);
        if (millisecond || random() % 4 == 0)
            time += u'.' + QString::number(millisecond).rightJustified(3, u'0');
        const QString at = date.toString(Qt::ISODate) + (random() % 2 ? u' ' : u'T') + time;
        quint64 bits = random();
        double real = 0;
        std::memcpy(&real, &bits, sizeof real);
        if (random() % 3 == 0)
            real = double(qint64(random() % 2000001) - 1000000) / double(1 + random() % 1000);
        const QVariant exact = random() % 2 ? QVariant(qint64(random() % 1000000) - 500000)
                                            : QVariant(double(qint64(random() % 10000000)) / 100);
        query.addBindValue(i);
        query.addBindValue(at);
        query.addBindValue(at.left(10));
        query.addBindValue(time);
        query.addBindValue(real);
        query.addBindValue(double(float(real / 3)));
        query.addBindValue(exact);
        if (!query.exec())
            qFatal("%s", qPrintable(query.lastError().text()));
    }
    // Each hour of days when the clocks change here or there, every millisecond once.
    for (const QDate day :
        {QDate(2021, 3, 28), QDate(2021, 10, 31), QDate(2018, 11, 4), QDate(2019, 2, 16),
            QDate(1893, 4, 1), QDate(1945, 5, 24), QDate(1969, 12, 31), QDate(1970, 1, 1)}) {
        for (int second = 0; second < 86400; second += 1799) {
            const QString at = day.toString(Qt::ISODate) + u' '
                + QTime(0, 0).addSecs(second).toString(u"HH:mm:ss.zzz"_s);
            exec(u"INSERT INTO moment (id, at) VALUES (%1, '%2')"_s
                     .arg(100000 + day.dayOfYear() * 100 + second / 1799)
                     .arg(at));
        }
    }
    for (int ms = 0; ms < 1000; ++ms) {
        exec(u"INSERT INTO moment (id, at, clock) VALUES (%1, '2022-06-15 12:34:56.%2', "
             "'12:34:56.%2')"_s.arg(200000 + ms)
                 .arg(QString::number(ms).rightJustified(3, u'0')));
    }
    QVERIFY(connection->database().commit());
    query.finish();
    const qint64 allRows = 5 * HostileValues.size() + 1 + 12000 + 8 * (86400 / 1799 + 1) + 1000;

    const auto compare = [&](const std::function<void(JsonExporter &)> &configure, qint64 rows) {
        JsonExporter fast(*connection, design);
        JsonExporter generic(*connection, design);
        configure(fast);
        configure(generic);
        generic.setFastPath(false);
        const QByteArray fastJson = exportOf(fast);
        const QByteArray genericJson = exportOf(generic);
        QString failure = firstDifference(fastJson, genericJson);
        if (failure.isEmpty() && fast.warnings() != generic.warnings())
            failure = u"the warnings differ:\n  fast:    %1\n  generic: %2"_s.arg(
                fast.warnings().join(u"\n           "_s),
                generic.warnings().join(u"\n           "_s));
        if (failure.isEmpty() && (fast.fastPathRows() != rows || generic.fastPathRows() != 0))
            failure = u"rows read straight from SQLite: %1 and %2, not %3 and 0"_s
                          .arg(fast.fastPathRows())
                          .arg(generic.fastPathRows())
                          .arg(rows);
        if (failure.isEmpty()) {
            QJsonParseError parsed;
            QJsonDocument::fromJson(fastJson, &parsed);
            if (parsed.error != QJsonParseError::NoError)
                failure = u"not JSON: "_s + parsed.errorString();
        }
        return failure;
    };

    QString failure = compare([](JsonExporter &) {}, allRows);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    {
        // Both warn, once per text that is not UTF-8, naming the row by its key.
        JsonExporter fast(*connection, design);
        exportOf(fast);
        QVERIFY2(fast.warnings().size() > 40, qPrintable(QString::number(fast.warnings().size())));
        QVERIFY(fast.warnings().contains(u"pair.v (key \u00e4, 1) is not valid UTF-8; it is "
                                         "written with replacement characters."_s));
    }
    failure = compare([](JsonExporter &e) { e.setPretty(true); }, allRows);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    failure = compare([](JsonExporter &e) { e.setBlobs(JsonExporter::Blobs::Hex); }, allRows);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    failure = compare([](JsonExporter &e) { e.setBlobs(JsonExporter::Blobs::Skip); }, allRows);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));

    // Filtered views with values of several types bound, pages of a few rows, some tables.
    const auto filtered = [](JsonExporter &e) {
        e.setPageSize(7);
        e.setTables({u"every"_s, u"loose"_s, u"moment"_s});
        e.setFilter(u"every"_s, u"id % 3 <> ? OR short = ?"_s, {qint64(0), u"abc"_s});
        e.setFilter(
            u"loose"_s, u"typeof(n) IN (?, ?) OR ?"_s, {u"integer"_s, QByteArray("text"), false});
        e.setFilter(u"moment"_s, u"at < ? AND real > ?"_s,
            {QDateTime(QDate(1950, 1, 1), QTime(0, 0)), 0.5});
    };
    query.exec(u"SELECT (SELECT COUNT(*) FROM every WHERE id % 3 <> 0 OR short = 'abc')"
               " + (SELECT COUNT(*) FROM loose WHERE typeof(n) IN ('integer', X'74657874'))"
               " + (SELECT COUNT(*) FROM moment WHERE at < '1950-01-01T00:00:00.000'"
               " AND real > 0.5)"_s);
    QVERIFY(query.next());
    const qint64 filteredRows = query.value(0).toLongLong();
    query.finish();
    QVERIFY(filteredRows > 1000);
    failure = compare(filtered, filteredRows);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

void tst_JsonExporter::failedOutputIsReported_data()
{
    QTest::addColumn<bool>("fastPath");
    QTest::newRow("straight from SQLite") << true;
    QTest::newRow("through QSqlQuery") << false;
}

// A device that refuses what is written: the export fails as an output failure, whether the
// output is written row by row or gathered first.
void tst_JsonExporter::failedOutputIsReported()
{
    QFETCH(bool, fastPath);
    Fixture f = sampleDatabase(u"sqlite"_s, u"tst_json_full"_s);
    QFile full(u"/dev/full"_s);
    QVERIFY(full.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
    JsonExporter exporter(*f.connection, f.imported);
    exporter.setFastPath(fastPath);
    QString error;
    QVERIFY(!exporter.write(&full, &error));
    QVERIFY(exporter.outputFailed());
    QVERIFY2(
        error.startsWith(u"Cannot write /dev/full: No space left on device"_s), qPrintable(error));
    QCOMPARE(exporter.fastPathRows(), fastPath ? 4 : 0);
}

// The fast path writes reals itself; the generic one through QString::number(), which is the
// reference: the same text for millions of doubles of every magnitude.
void tst_JsonExporter::realsAsQtWritesThem()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    JsonOutput out(&buffer);
    QByteArray expected;
    qint64 count = 0;
    const auto add = [&](double x) {
        if (!std::isfinite(x))
            return;
        out.appendDouble(x);
        out.append('\n');
        expected += QString::number(x, 'g', QLocale::FloatingPointShortest).toLatin1() + '\n';
        ++count;
    };
    const double limits[] = {0.0, -0.0, 1.0, 0.1, 1e-5, 1e-4, 1e-3, 1e15, 1e16, 1e17, 1e20, 1e21,
        1e22, 1e23, 123456789012345678.0, 9007199254740993.0, 1.0 / 3,
        std::numeric_limits<double>::max(), std::numeric_limits<double>::min(),
        std::numeric_limits<double>::denorm_min(), std::numeric_limits<double>::epsilon()};
    for (const double x : limits) {
        for (const double y : {x, -x, std::nextafter(x, 0.0), std::nextafter(x, HUGE_VAL)})
            add(y);
    }
    for (int exponent = -324; exponent <= 308; ++exponent) {
        for (int mantissa = 1; mantissa < 200; ++mantissa)
            add(mantissa * std::pow(10.0, exponent));
    }
    std::mt19937_64 random(7);
    for (int i = 0; i < 1'000'000; ++i) {
        const quint64 bits = random();
        double x = 0;
        std::memcpy(&x, &bits, sizeof x);
        add(x);
        add(double(qint64(random() % 20'000'001) - 10'000'000) / double(1 + random() % 100'000));
    }
    QVERIFY(out.flush());
    QVERIFY(count > 2'000'000);
    QCOMPARE(firstDifference(buffer.data(), expected), QString());
}

QTEST_GUILESS_MAIN(tst_JsonExporter)
#include "tst_jsonexporter.moc"
