#include "testdesigns.h"

#include "database/sqllog.h"
#include "dialects/dialect.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

// The SQL each dialect writes for the JSON export's reads (text read as its stored bytes, the
// page cache kept small, MariaDB's HANDLER for a table without a key) and the facts the exporter
// asks instead of testing the engine, compared exactly, then run on every engine.
class tst_DialectExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void textBytes_data();
    void textBytes();
    void cacheSize_data();
    void cacheSize();
    void tableCursor_data();
    void tableCursor();
    void readsRowsDirectly();
    void onTheServer_data() { TestDatabases::addEngineRows(); }
    void onTheServer();
};

namespace {

const int lite = int(SqlEngine::Sqlite), pg = int(SqlEngine::Postgres), my = int(SqlEngine::Mysql);

} // namespace

void tst_DialectExport::initTestCase()
{
    const QString missing = TestDatabases::missingServers();
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
}

void tst_DialectExport::textBytes_data()
{
    QTest::addColumn<int>("engine");
    QTest::addColumn<bool>("unchecked");
    QTest::addColumn<QString>("sql");

    // The column `a"b`c;ü`, quoted by the dialect first.
    QTest::newRow("sqlite: a BLOB of the stored bytes")
        << lite << true << u"CAST(\"a\"\"b`c;ü\" AS BLOB)"_s;
    QTest::newRow("pg: as it is") << pg << false << u"\"a\"\"b`c;ü\""_s;
    QTest::newRow("mysql: as it is") << my << false << u"`a\"b``c;ü`"_s;
}

void tst_DialectExport::textBytes()
{
    QFETCH(int, engine);
    QFETCH(bool, unchecked);
    QFETCH(QString, sql);
    const Dialect &d = Dialect::forEngine(SqlEngine(engine));
    QCOMPARE(d.storesUncheckedText(), unchecked);
    QCOMPARE(d.textBytes(d.quoteIdentifier(u"a\"b`c;ü"_s)), sql);
}

void tst_DialectExport::cacheSize_data()
{
    QTest::addColumn<int>("engine");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("reading");
    QTest::addColumn<QString>("restore");

    QTest::newRow("sqlite") << lite << u"PRAGMA cache_size"_s << u"PRAGMA cache_size = -2000"_s
                            << u"PRAGMA cache_size = -65536"_s;
    QTest::newRow("pg: no such setting") << pg << QString() << QString() << QString();
    QTest::newRow("mysql: no such setting") << my << QString() << QString() << QString();
}

void tst_DialectExport::cacheSize()
{
    QFETCH(int, engine);
    QFETCH(QString, query);
    QFETCH(QString, reading);
    QFETCH(QString, restore);
    const Dialect &d = Dialect::forEngine(SqlEngine(engine));
    QCOMPARE(d.cacheSizeQuery(), query);
    QCOMPARE(d.setCacheSizeSql(d.readingCacheSize()), reading);
    QCOMPARE(d.setCacheSizeSql(-65536), restore);
}

void tst_DialectExport::tableCursor_data()
{
    QTest::addColumn<int>("engine");
    QTest::addColumn<bool>("cursor");
    QTest::addColumn<QStringList>("sql");

    QTest::newRow("sqlite: none") << lite << false << QStringList(4);
    QTest::newRow("pg: none") << pg << false << QStringList(4);
    QTest::newRow("mysql: a HANDLER")
        << my << true
        << QStringList {u"HANDLER `a\"b``c;ü` OPEN AS schemata_export"_s,
               u"HANDLER schemata_export READ FIRST LIMIT 5000"_s,
               u"HANDLER schemata_export READ NEXT LIMIT 7"_s, u"HANDLER schemata_export CLOSE"_s};
}

void tst_DialectExport::tableCursor()
{
    QFETCH(int, engine);
    QFETCH(bool, cursor);
    QFETCH(QStringList, sql);
    const Dialect &d = Dialect::forEngine(SqlEngine(engine));
    QCOMPARE(d.hasTableCursor(), cursor);
    const QString name = u"schemata_export"_s;
    QCOMPARE((QStringList {d.openTableCursorSql(u"a\"b`c;ü"_s, name),
                 d.readTableCursorSql(name, true, 5000), d.readTableCursorSql(name, false, 7),
                 d.closeTableCursorSql(name)}),
        sql);
}

void tst_DialectExport::readsRowsDirectly()
{
    // Only Qt's SQLite driver lets SqliteRowReader step the statement itself.
    QVERIFY(Dialect::forEngine(SqlEngine::Sqlite).readsRowsDirectly());
    QVERIFY(!Dialect::forEngine(SqlEngine::Postgres).readsRowsDirectly());
    QVERIFY(!Dialect::forEngine(SqlEngine::Mysql).readsRowsDirectly());
}

// The statements above, run on a table without a key whose name has both quote characters, a
// semicolon and a non-ASCII letter.
void tst_DialectExport::onTheServer()
{
    QFETCH(QString, engine);
    const QString table = u"ex\"p`ort; ü"_s;
    const Schema design = designFrom(
        "<table x=\"0\" y=\"0\" name=\"ex&quot;p`ort; \xc3\xbc\">"
        "<row name=\"n;&quot;`\" null=\"0\" autoincrement=\"0\"><datatype>INTEGER</datatype></row>"
        "<row name=\"t\" null=\"1\" autoincrement=\"0\"><datatype>VARCHAR(40)</datatype></row>"
        "</table>");
    auto connection = prepareDatabase(engine, u"tst_dialectexport"_s, design);
    const Dialect &d = connection->dialect();
    QSqlDatabase db = connection->database();
    QSqlQuery query(db);
    QVERIFY(query.prepare(d.insertSql(table, {u"n;\"`"_s, u"t"_s}, 3)));
    for (int r = 1; r <= 3; ++r) {
        query.addBindValue(r);
        query.addBindValue(u"größe %1"_s.arg(r));
    }
    QVERIFY2(Sql::exec(query), qPrintable(query.lastError().text()));

    // The text as its stored bytes: UTF-8 everywhere.
    QVERIFY2(Sql::exec(query,
                 u"SELECT "_s + d.textBytes(d.quoteIdentifier(u"t"_s)) + u" FROM "_s
                     + d.quoteIdentifier(table) + u" ORDER BY "_s + d.quoteIdentifier(u"n;\"`"_s)),
        qPrintable(query.lastError().text()));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toByteArray(), u"größe 1"_s.toUtf8());
    query.finish();

    // The page cache made small and put back.
    if (const QString sizeQuery = d.cacheSizeQuery(); !sizeQuery.isEmpty()) {
        const auto size = [&] {
            QSqlQuery q(db);
            return Sql::exec(q, sizeQuery) && q.next() ? q.value(0).toLongLong() : 0;
        };
        const qint64 before = size();
        QVERIFY(before != d.readingCacheSize());
        QVERIFY(Sql::exec(query, d.setCacheSizeSql(d.readingCacheSize())));
        QCOMPARE(size(), d.readingCacheSize());
        QVERIFY(Sql::exec(query, d.setCacheSizeSql(before)));
        QCOMPARE(size(), before);
    }

    // Every row through the cursor, two a page.
    if (d.hasTableCursor()) {
        const QString name = u"schemata_export"_s;
        QVERIFY2(Sql::exec(query, d.openTableCursorSql(table, name)),
            qPrintable(query.lastError().text()));
        QStringList read;
        for (bool first = true;; first = false) {
            QVERIFY2(Sql::exec(query, d.readTableCursorSql(name, first, 2)),
                qPrintable(query.lastError().text()));
            int page = 0;
            while (query.next()) {
                read << query.value(0).toString();
                ++page;
            }
            if (page < 2)
                break;
        }
        read.sort();
        QCOMPARE(read, (QStringList {u"1"_s, u"2"_s, u"3"_s}));
        QVERIFY2(
            Sql::exec(query, d.closeTableCursorSql(name)), qPrintable(query.lastError().text()));
    }
}

QTEST_GUILESS_MAIN(tst_DialectExport)
#include "tst_dialectexport.moc"
