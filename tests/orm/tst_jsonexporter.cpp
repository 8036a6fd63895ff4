#include "testdatabases.h"
#include "testdesigns.h"

#include "database/schemaimporter.h"
#include "export/jsonexporter.h"
#include "records/session.h"

#include <QBuffer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
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

QTEST_GUILESS_MAIN(tst_JsonExporter)
#include "tst_jsonexporter.moc"
