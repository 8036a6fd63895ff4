#include "testdesigns.h"

#include "database/batchinserter.h"
#include "database/sqllog.h"
#include "dialects/dialect.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

// The SQL each dialect writes to load rows (batched INSERT, rows of defaults, OVERRIDING,
// RETURNING, foreign keys put off, sequences moved, savepoints, the export's snapshot),
// compared exactly, and the shared BatchInserter running it on every engine.
class tst_DialectLoad : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void insert_data();
    void insert();
    void insertReturning_data();
    void insertReturning();
    void rowsPerInsert_data();
    void rowsPerInsert();
    void foreignKeys_data();
    void foreignKeys();
    void notDeferrableForeignKeys();
    void sequenceReset();
    void savepointsAndSnapshot();
    void inserterOnTheServer_data() { TestDatabases::addEngineRows(); }
    void inserterOnTheServer();
};

namespace {

const int lite = int(SqlEngine::Sqlite), pg = int(SqlEngine::Postgres), my = int(SqlEngine::Mysql);

} // namespace

void tst_DialectLoad::initTestCase()
{
    const QString missing = TestDatabases::missingServers();
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
}

void tst_DialectLoad::insert_data()
{
    QTest::addColumn<int>("engine");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QStringList>("columns");
    QTest::addColumn<int>("rows");
    QTest::addColumn<bool>("overriding");
    QTest::addColumn<QString>("sql");

    QTest::newRow("sqlite one row, quotes and semicolons")
        << lite << u"a\"b"_s << QStringList{u"id"_s, u"na;me"_s} << 1 << false
        << u"INSERT INTO \"a\"\"b\" (\"id\", \"na;me\") VALUES (?, ?)"_s;
    QTest::newRow("sqlite three rows, no OVERRIDING")
        << lite << u"t"_s << QStringList{u"x"_s} << 3 << true
        << u"INSERT INTO \"t\" (\"x\") VALUES (?), (?), (?)"_s;
    QTest::newRow("pg one row") << pg << u"größe"_s << QStringList{u"x"_s, u"y"_s} << 1 << false
                                << u"INSERT INTO \"größe\" (\"x\", \"y\") VALUES (?, ?)"_s;
    QTest::newRow("pg overriding, two rows")
        << pg << u"x; DROP TABLE y; --"_s << QStringList{u"id"_s, u"it's"_s} << 2 << true
        << u"INSERT INTO \"x; DROP TABLE y; --\" (\"id\", \"it's\") OVERRIDING SYSTEM VALUE "
           "VALUES (?, ?), (?, ?)"_s;
    QTest::newRow("mysql backticks, two rows")
        << my << u"a`b"_s << QStringList{u"c'd"_s, u"e\"f"_s} << 2 << false
        << u"INSERT INTO `a``b` (`c'd`, `e\"f`) VALUES (?, ?), (?, ?)"_s;
    QTest::newRow("mysql no OVERRIDING") << my << u"t"_s << QStringList{u"id"_s} << 1 << true
                                         << u"INSERT INTO `t` (`id`) VALUES (?)"_s;
    // Rows of defaults: the standard DEFAULT VALUES is one row; MySQL has no DEFAULT VALUES
    // but takes any number of empty rows.
    QTest::newRow("sqlite defaults") << lite << u"t"_s << QStringList() << 1 << false
                                     << u"INSERT INTO \"t\" DEFAULT VALUES"_s;
    QTest::newRow("pg defaults") << pg << u"ü"_s << QStringList() << 1 << true
                                 << u"INSERT INTO \"ü\" DEFAULT VALUES"_s;
    QTest::newRow("mysql defaults") << my << u"t"_s << QStringList() << 1 << false
                                    << u"INSERT INTO `t` () VALUES ()"_s;
    QTest::newRow("mysql three rows of defaults") << my << u"t"_s << QStringList() << 3 << false
                                                  << u"INSERT INTO `t` () VALUES (), (), ()"_s;
}

void tst_DialectLoad::insert()
{
    QFETCH(int, engine);
    QFETCH(QString, table);
    QFETCH(QStringList, columns);
    QFETCH(int, rows);
    QFETCH(bool, overriding);
    QFETCH(QString, sql);
    QCOMPARE(Dialect::create(SqlEngine(engine))->insertSql(table, columns, rows, overriding), sql);
}

void tst_DialectLoad::insertReturning_data()
{
    QTest::addColumn<int>("engine");
    QTest::addColumn<QStringList>("columns");
    QTest::addColumn<QStringList>("generated");
    QTest::addColumn<bool>("returns");
    QTest::addColumn<QString>("sql");

    QTest::newRow("pg returning") << pg << QStringList{u"na\"me"_s} << QStringList{u"i;d"_s} << true
                                  << u"INSERT INTO \"t;\" (\"na\"\"me\") VALUES (?) RETURNING \"i;d\""_s;
    QTest::newRow("pg defaults returning")
        << pg << QStringList() << QStringList{u"id"_s} << true
        << u"INSERT INTO \"t;\" DEFAULT VALUES RETURNING \"id\""_s;
    QTest::newRow("pg nothing generated") << pg << QStringList{u"id"_s} << QStringList() << true
                                          << u"INSERT INTO \"t;\" (\"id\") VALUES (?)"_s;
    // lastInsertId() elsewhere.
    QTest::newRow("sqlite") << lite << QStringList{u"name"_s} << QStringList{u"id"_s} << false
                            << u"INSERT INTO \"t;\" (\"name\") VALUES (?)"_s;
    QTest::newRow("mysql") << my << QStringList() << QStringList{u"id"_s} << false
                           << u"INSERT INTO `t;` () VALUES ()"_s;
}

void tst_DialectLoad::insertReturning()
{
    QFETCH(int, engine);
    QFETCH(QStringList, columns);
    QFETCH(QStringList, generated);
    QFETCH(bool, returns);
    QFETCH(QString, sql);
    const auto dialect = Dialect::create(SqlEngine(engine));
    QCOMPARE(dialect->returnsInsertedKeys(), returns);
    QCOMPARE(dialect->insertReturningSql(u"t;"_s, columns, generated), sql);
}

void tst_DialectLoad::rowsPerInsert_data()
{
    QTest::addColumn<int>("engine");
    QTest::addColumn<int>("columns");
    QTest::addColumn<qint64>("rowBytes");
    QTest::addColumn<int>("wanted");
    QTest::addColumn<int>("rows");

    // SQLite binds at most 32766 values a statement, PostgreSQL and MySQL 65535.
    QTest::newRow("sqlite wide") << lite << 3000 << qint64(0) << 1000 << 10; // 32766 / 3000
    QTest::newRow("pg wide") << pg << 3000 << qint64(0) << 1000 << 21; // 65535 / 3000
    QTest::newRow("mysql wide") << my << 3000 << qint64(0) << 1000 << 21;
    QTest::newRow("sqlite narrow") << lite << 2 << qint64(0) << 1000 << 1000;
    QTest::newRow("sqlite at the limit") << lite << 8 << qint64(0) << 5000 << 4095; // 32766 / 8
    QTest::newRow("pg at the limit") << pg << 8 << qint64(0) << 10000 << 8191; // 65535 / 8
    // MySQL keeps a statement under 4 MiB of values: 4194304 / 100000 = 41 rows.
    QTest::newRow("mysql big rows") << my << 4 << qint64(100000) << 1000 << 41;
    QTest::newRow("pg big rows") << pg << 4 << qint64(100000) << 1000 << 1000;
    QTest::newRow("mysql huge row") << my << 1 << qint64(64 << 20) << 1000 << 1;
    QTest::newRow("wider than the limit") << pg << 70000 << qint64(0) << 10 << 1;
    // Rows of defaults: one a statement, but any number on MySQL.
    QTest::newRow("sqlite defaults") << lite << 0 << qint64(0) << 500 << 1;
    QTest::newRow("pg defaults") << pg << 0 << qint64(0) << 500 << 1;
    QTest::newRow("mysql defaults") << my << 0 << qint64(0) << 500 << 500;
}

void tst_DialectLoad::rowsPerInsert()
{
    QFETCH(int, engine);
    QFETCH(int, columns);
    QFETCH(qint64, rowBytes);
    QFETCH(int, wanted);
    QFETCH(int, rows);
    const auto dialect = Dialect::create(SqlEngine(engine));
    QCOMPARE(dialect->rowsPerInsert(columns, rowBytes, wanted), rows);
    if (columns > 0 && columns <= dialect->maxBoundParameters())
        QVERIFY(qint64(rows) * columns <= dialect->maxBoundParameters());
}

void tst_DialectLoad::foreignKeys_data()
{
    QTest::addColumn<int>("engine");
    QTest::addColumn<int>("deferral");
    QTest::addColumn<QString>("checksOff");
    QTest::addColumn<QString>("checksOn");
    QTest::addColumn<QString>("defer");
    QTest::addColumn<QString>("immediate");
    QTest::addColumn<QString>("deferrable");
    QTest::addColumn<QString>("notDeferrable");

    using D = Dialect::ForeignKeyDeferral;
    QTest::newRow("sqlite") << lite << int(D::DeferAll) << QString() << QString()
                            << u"PRAGMA defer_foreign_keys = ON"_s << QString() << QString()
                            << QString();
    QTest::newRow("pg") << pg << int(D::DeferCycles) << QString() << QString()
                        << u"SET CONSTRAINTS ALL DEFERRED"_s << u"SET CONSTRAINTS ALL IMMEDIATE"_s
                        << u"ALTER TABLE \"a\"\"b; ü\" ALTER CONSTRAINT \"fk;--\" DEFERRABLE "
                           "INITIALLY DEFERRED"_s
                        << u"ALTER TABLE \"a\"\"b; ü\" ALTER CONSTRAINT \"fk;--\" NOT DEFERRABLE"_s;
    QTest::newRow("mysql") << my << int(D::Suspend) << u"SET FOREIGN_KEY_CHECKS = 0"_s
                           << u"SET FOREIGN_KEY_CHECKS = 1"_s << QString() << QString()
                           << QString() << QString();
}

void tst_DialectLoad::foreignKeys()
{
    QFETCH(int, engine);
    QFETCH(int, deferral);
    QFETCH(QString, checksOff);
    QFETCH(QString, checksOn);
    QFETCH(QString, defer);
    QFETCH(QString, immediate);
    QFETCH(QString, deferrable);
    QFETCH(QString, notDeferrable);
    const auto d = Dialect::create(SqlEngine(engine));
    QCOMPARE(int(d->foreignKeyDeferral()), deferral);
    QCOMPARE(d->foreignKeyChecksSql(false), checksOff);
    QCOMPARE(d->foreignKeyChecksSql(true), checksOn);
    QCOMPARE(d->deferForeignKeysSql(), defer);
    QCOMPARE(d->immediateForeignKeysSql(), immediate);
    QCOMPARE(d->deferrableSql(u"a\"b; ü"_s, u"fk;--"_s, true), deferrable);
    QCOMPARE(d->deferrableSql(u"a\"b; ü"_s, u"fk;--"_s, false), notDeferrable);
}

// What import-json asks of PostgreSQL before it defers the foreign keys of a cycle (it runs
// there in tst_jsonimporter's cycles); the other engines defer otherwise.
void tst_DialectLoad::notDeferrableForeignKeys()
{
    QCOMPARE(Dialect::create(SqlEngine::Postgres)->notDeferrableForeignKeysSql(),
        u"SELECT c.conname, t.relname, r.relname FROM pg_constraint c "
        "JOIN pg_class t ON t.oid = c.conrelid "
        "JOIN pg_namespace n ON n.oid = t.relnamespace "
        "JOIN pg_class r ON r.oid = c.confrelid "
        "WHERE c.contype = 'f' AND NOT c.condeferrable AND n.nspname = current_schema() "
        "ORDER BY 2, 1"_s);
    QCOMPARE(Dialect::create(SqlEngine::Sqlite)->notDeferrableForeignKeysSql(), QString());
    QCOMPARE(Dialect::create(SqlEngine::Mysql)->notDeferrableForeignKeysSql(), QString());
    // Dates and times of the input: PostgreSQL reads their ISO text itself.
    QVERIFY(Dialect::create(SqlEngine::Postgres)->readsIsoDateTimeText());
    QVERIFY(!Dialect::create(SqlEngine::Sqlite)->readsIsoDateTimeText());
    QVERIFY(!Dialect::create(SqlEngine::Mysql)->readsIsoDateTimeText());
}

void tst_DialectLoad::sequenceReset()
{
    // PostgreSQL's sequences stay where they were when rows come with their keys; SQLite's
    // and MySQL's counters follow the largest key by themselves.
    QCOMPARE(Dialect::create(SqlEngine::Postgres)->sequenceResetSql(u"it's \"t\""_s, u"i;d"_s),
        u"SELECT setval(s.seq::regclass, m.top) FROM "
        "(SELECT pg_get_serial_sequence(?, ?) AS seq) s, "
        "(SELECT MAX(\"i;d\") AS top FROM \"it's \"\"t\"\"\") m "
        "WHERE s.seq IS NOT NULL AND m.top > COALESCE(pg_sequence_last_value(s.seq::regclass), 0)"_s);
    QCOMPARE(Dialect::create(SqlEngine::Sqlite)->sequenceResetSql(u"t"_s, u"id"_s), QString());
    QCOMPARE(Dialect::create(SqlEngine::Mysql)->sequenceResetSql(u"t"_s, u"id"_s), QString());
}

void tst_DialectLoad::savepointsAndSnapshot()
{
    QCOMPARE(Dialect::savepointSql(u"schemata_insert"_s), u"SAVEPOINT schemata_insert"_s);
    QCOMPARE(Dialect::rollbackToSavepointSql(u"schemata_insert"_s),
        u"ROLLBACK TO SAVEPOINT schemata_insert"_s);
    QCOMPARE(Dialect::releaseSavepointSql(u"schemata_insert"_s),
        u"RELEASE SAVEPOINT schemata_insert"_s);
    // Only PostgreSQL aborts the transaction on a failed statement.
    QVERIFY(!Dialect::create(SqlEngine::Sqlite)->failedStatementAbortsTransaction());
    QVERIFY(Dialect::create(SqlEngine::Postgres)->failedStatementAbortsTransaction());
    QVERIFY(!Dialect::create(SqlEngine::Mysql)->failedStatementAbortsTransaction());

    const auto lite = Dialect::create(SqlEngine::Sqlite);
    QVERIFY(lite->snapshotInDriverTransaction());
    QCOMPARE(lite->snapshotStartSql(), QStringList());
    QCOMPARE(lite->snapshotEndSql(), QString());
    const auto pg = Dialect::create(SqlEngine::Postgres);
    QVERIFY(pg->snapshotInDriverTransaction());
    QCOMPARE(pg->snapshotStartSql(),
        QStringList{u"SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"_s});
    QCOMPARE(pg->snapshotEndSql(), QString());
    const auto my = Dialect::create(SqlEngine::Mysql);
    QVERIFY(!my->snapshotInDriverTransaction());
    QCOMPARE(my->snapshotStartSql(),
        (QStringList{u"SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"_s,
            u"START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY"_s}));
    QCOMPARE(my->snapshotEndSql(), u"COMMIT"_s);
}

// The statements above, run: batches, rows of defaults, generated keys, a refused row named,
// explicit keys and the sequence after them, and the foreign-key statements.
void tst_DialectLoad::inserterOnTheServer()
{
    QFETCH(QString, engine);
    const QString table = u"lo\"ad; ü'"_s;
    const QString name = u"na;\"me"_s;
    const Schema design = designFrom(
        "<table x=\"0\" y=\"0\" name=\"lo&quot;ad; \xc3\xbc'\">"
        "<row name=\"id\" null=\"0\" autoincrement=\"1\"><datatype>INTEGER</datatype></row>"
        "<row name=\"na;&quot;me\" null=\"0\" autoincrement=\"0\"><datatype>VARCHAR(40)</datatype>"
        "</row>"
        "<key type=\"PRIMARY\" name=\"\"><part>id</part></key></table>"
        "<table x=\"0\" y=\"0\" name=\"only defaults\">"
        "<row name=\"id\" null=\"0\" autoincrement=\"1\"><datatype>INTEGER</datatype></row>"
        "<key type=\"PRIMARY\" name=\"\"><part>id</part></key></table>");
    auto connection = prepareDatabase(engine, u"tst_dialectload"_s, design);
    const Dialect &d = connection->dialect();
    QSqlDatabase db = connection->database();
    const auto count = [&](const QString &t) -> QString {
        QSqlQuery query(db);
        if (!Sql::exec(query, u"SELECT COUNT(*), MAX(id) FROM "_s + d.quoteIdentifier(t))
            || !query.next())
            return QString();
        return query.value(0).toString() + u' ' + query.value(1).toString();
    };

    // 250 rows, 100 a statement.
    BatchInserter::Options options;
    options.wantedRows = 100;
    BatchInserter batch(db, d, table, {name}, options);
    QCOMPARE(batch.rowsPerStatement(), 100);
    int inserted = 0;
    for (int r = 0; r < 250; ++r) {
        batch.append(u"row %1"_s.arg(r));
        const int done = batch.endRow();
        QVERIFY2(done >= 0, qPrintable(batch.errorText()));
        QVERIFY(done == 0 || done == 100);
        inserted += done;
    }
    QCOMPARE(inserted, 200);
    QCOMPARE(batch.pendingRows(), 50);
    QCOMPARE(batch.flush(), 50);
    QCOMPARE(count(table), u"250 250"_s);

    // Rows that take every default.
    BatchInserter defaults(db, d, u"only defaults"_s, {}, options);
    for (int r = 0; r < 3; ++r) {
        QVERIFY(defaults.endRow() >= 0);
    }
    QVERIFY(defaults.flush() >= 0);
    QCOMPARE(count(u"only defaults"_s), u"3 3"_s);

    // One row with its generated key read back.
    const auto insertOne = [&](const QString &value) {
        QSqlQuery query(db);
        if (!query.prepare(d.insertReturningSql(table, {name}, {u"id"_s})))
            return QVariant();
        query.bindValue(0, value);
        return BatchInserter::insertReturningKey(query, d, true).value_or(QVariant());
    };
    QCOMPARE(insertOne(u"one more"_s).toLongLong(), 251);

    // Rows restored with their keys, then the sequence moved past them (in a transaction, as
    // the import runs: retrying row by row needs a savepoint on PostgreSQL).
    QVERIFY(db.transaction());
    BatchInserter::Options restore;
    restore.overriding = true;
    restore.retryRowByRow = true;
    BatchInserter explicitKeys(db, d, table, {u"id"_s, name}, restore);
    explicitKeys.append(1000);
    explicitKeys.append(u"kept key"_s);
    QCOMPARE(explicitKeys.endRow(), 0);
    QCOMPARE(explicitKeys.flush(), 1);
    QVERIFY2(explicitKeys.errorText().isEmpty(), qPrintable(explicitKeys.errorText()));
    if (const QString reset = d.sequenceResetSql(table, u"id"_s); !reset.isEmpty()) {
        QSqlQuery query(db);
        QVERIFY(query.prepare(reset));
        query.addBindValue(d.quoteIdentifier(table));
        query.addBindValue(u"id"_s);
        QVERIFY2(Sql::exec(query), qPrintable(query.lastError().text()));
    }
    QVERIFY(db.commit());
    QCOMPARE(insertOne(u"after the kept key"_s).toLongLong(), 1001);

    // A batch the database refuses is tried row by row and names the row; on PostgreSQL the
    // transaction goes on.
    QVERIFY(db.transaction());
    BatchInserter refused(db, d, table, {u"id"_s, name}, restore);
    for (const int id : {2001, 2002, 2002}) {
        refused.append(id);
        refused.append(u"key %1"_s.arg(id));
        QCOMPARE(refused.endRow(), 0);
    }
    QCOMPARE(refused.flush(), -1);
    QCOMPARE(refused.failedRow(), 2);
    QVERIFY(!refused.errorText().isEmpty());
    QVERIFY(refused.failedStatement().isEmpty());
    QVERIFY(!count(table).isEmpty());
    QVERIFY(db.rollback());

    // The statements that put foreign-key checks off run.
    QVERIFY(db.transaction());
    QSqlQuery query(db);
    for (const QString &sql : {d.foreignKeyChecksSql(false), d.deferForeignKeysSql(),
             d.immediateForeignKeysSql(), d.foreignKeyChecksSql(true)}) {
        if (!sql.isEmpty())
            QVERIFY2(Sql::exec(query, sql), qPrintable(sql + u": "_s + query.lastError().text()));
    }
    QVERIFY(db.rollback());
}

QTEST_GUILESS_MAIN(tst_DialectLoad)
#include "tst_dialectload.moc"
