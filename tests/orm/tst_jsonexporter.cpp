#include "testdatabases.h"
#include "testdesigns.h"

#include "database/schemaimporter.h"
#include "dialects/dialect.h"
#include "export/jsonexporter.h"
#include "export/jsonimporter.h"
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

QTEST_GUILESS_MAIN(tst_JsonExporter)
#include "tst_jsonexporter.moc"
