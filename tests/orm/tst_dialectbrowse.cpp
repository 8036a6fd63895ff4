// The exact SQL each dialect writes to read, seek and edit rows (as TinyORM's grammar tests
// compare it), with names that need quoting: quotes of both kinds, a semicolon, non-ASCII. Then
// the same statements run on every engine, as a string that matches but does not run is wrong.
#include "testdatabases.h"

#include "browse/tablequery.h"
#include "database/connection.h"
#include "database/sqllog.h"
#include "dialects/dialect.h"
#include "schema/table.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_DialectBrowse : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rowIdentity_data();
    void rowIdentity();
    void statements_data();
    void statements();
    void pageStatement_data();
    void pageStatement();
    void capabilities();
    void statementsRun_data();
    void statementsRun();
};

namespace {

const QString TableName = u"t\"a`b; ü"_s; // "t""a`b; ü" and `t"a``b; ü`
const QString KeyName = u"k'1"_s;
const QString ValueName = u"v\"2"_s; // "v""2" and `v"2`

LogicalType ofKind(LogicalType::Kind kind)
{
    LogicalType type;
    type.kind = kind;
    return type;
}

const Dialect &dialect(const QString &engine)
{
    return Dialect::forEngine(*sqlEngineFromName(engine));
}

} // namespace

void tst_DialectBrowse::initTestCase()
{
    const QString missing = TestDatabases::missingServers();
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
}

void tst_DialectBrowse::rowIdentity_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QStringList>("columns");
    QTest::addColumn<QString>("identity");
    QTest::addColumn<bool>("integer");

    QTest::newRow("sqlite") << u"sqlite"_s << QStringList {u"a"_s} << u"rowid"_s << true;
    QTest::newRow("sqlite, rowid taken")
        << u"sqlite"_s << QStringList {u"ROWID"_s} << u"_rowid_"_s << true;
    QTest::newRow("sqlite, two taken")
        << u"sqlite"_s << QStringList {u"rowid"_s, u"_Rowid_"_s} << u"oid"_s << true;
    QTest::newRow("sqlite, all taken")
        << u"sqlite"_s << QStringList {u"oid"_s, u"rowid"_s, u"_rowid_"_s} << QString() << true;
    QTest::newRow("postgresql") << u"postgresql"_s << QStringList {u"a"_s} << u"ctid"_s << false;
    QTest::newRow("mysql") << u"mysql"_s << QStringList {u"rowid"_s} << QString() << false;
}

void tst_DialectBrowse::rowIdentity()
{
    QFETCH(QString, engine);
    QFETCH(QStringList, columns);
    QFETCH(QString, identity);
    QFETCH(bool, integer);
    const Dialect &d = dialect(engine);
    QCOMPARE(d.rowIdentity(columns), identity);
    QCOMPARE(d.integerRowIdentity(), integer);
    if (!identity.isEmpty()) {
        QVERIFY(d.isRowIdentity(identity.toUpper()));
        QVERIFY(!d.isRowIdentity(identity + u"\" = 1; --"_s));
    }
}

void tst_DialectBrowse::statements_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("sql");

    const QString ts = u"\"t\"\"a`b; ü\""_s;
    const QString tm = u"`t\"a``b; ü`"_s;
    const auto rows = [](const char *kind, const QString &sqlite, const QString &postgres,
                          const QString &mysql) {
        QTest::addRow("%s, sqlite", kind) << u"sqlite"_s << QString::fromLatin1(kind) << sqlite;
        QTest::addRow("%s, postgresql", kind)
            << u"postgresql"_s << QString::fromLatin1(kind) << postgres;
        QTest::addRow("%s, mysql", kind) << u"mysql"_s << QString::fromLatin1(kind) << mysql;
    };
    rows("insert", u"INSERT INTO "_s + ts + u" (\"k'1\", \"v\"\"2\") VALUES (?, ?)"_s,
        u"INSERT INTO "_s + ts + u" (\"k'1\", \"v\"\"2\") VALUES (?, ?)"_s,
        u"INSERT INTO "_s + tm + u" (`k'1`, `v\"2`) VALUES (?, ?)"_s);
    rows("insert defaults", u"INSERT INTO "_s + ts + u" DEFAULT VALUES"_s,
        u"INSERT INTO "_s + ts + u" DEFAULT VALUES"_s, u"INSERT INTO "_s + tm + u" () VALUES ()"_s);
    rows("returning", QString(), u" RETURNING \"k'1\", CAST(ctid AS TEXT)"_s, QString());
    rows("update", u"UPDATE "_s + ts + u" SET \"v\"\"2\" = ?, \"k'1\" = ? WHERE rowid = ?"_s,
        u"UPDATE "_s + ts + u" SET \"v\"\"2\" = ?, \"k'1\" = ? WHERE ctid = CAST(? AS tid)"_s,
        u"UPDATE "_s + tm + u" SET `v\"2` = ?, `k'1` = ? WHERE `k'1` = ?"_s);
    rows("delete", u"DELETE FROM "_s + ts + u" WHERE rowid = ?"_s,
        u"DELETE FROM "_s + ts + u" WHERE ctid = CAST(? AS tid)"_s,
        u"DELETE FROM "_s + tm + u" WHERE `k'1` = ?"_s);
    rows("contains", u"\"v\"\"2\" LIKE ? ESCAPE '!'"_s,
        u"CAST(\"v\"\"2\" AS TEXT) ILIKE ? ESCAPE '!'"_s,
        u"LOWER(`v\"2`) LIKE LOWER(?) ESCAPE '!'"_s);
    rows("text", u"CAST(\"v\"\"2\" AS TEXT)"_s, u"CAST(\"v\"\"2\" AS TEXT)"_s,
        u"CAST(`v\"2` AS CHAR)"_s);
    rows("order by json", u"\"v\"\"2\""_s, u"CAST(\"v\"\"2\" AS TEXT)"_s, u"`v\"2`"_s);
    rows("order by integer", u"\"v\"\"2\""_s, u"\"v\"\"2\""_s, u"`v\"2`"_s);
    rows("browsing setup", u"PRAGMA query_only = ON; PRAGMA cache_size = -2000"_s,
        u"SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"_s,
        u"SET SESSION TRANSACTION READ ONLY"_s);
    rows("driver", u"QSQLITE libqt6sql6-sqlite"_s, u"QPSQL libqt6sql6-psql"_s,
        u"QMYSQL libqt6sql6-mysql"_s);
    rows("options", QString(), u"connect_timeout=10"_s, u"MYSQL_OPT_CONNECT_TIMEOUT=10"_s);
    // Qt's MySQL driver asks for TLS only when given a certificate option, and falls back to
    // plain TCP without it: the session's cipher says whether TLS was used.
    rows("options, TLS required", u" /  / "_s, u"connect_timeout=10;sslmode=require /  / "_s,
        u"MYSQL_OPT_CONNECT_TIMEOUT=10;SSL_CAPATH=/etc/ssl/certs / /etc/ssl/certs / "
        "SHOW SESSION STATUS LIKE 'Ssl_cipher'"_s);
}

void tst_DialectBrowse::statements()
{
    QFETCH(QString, engine);
    QFETCH(QString, kind);
    QFETCH(QString, sql);
    const Dialect &d = dialect(engine);
    const QString key = d.quoteIdentifier(KeyName);
    const QString value = d.quoteIdentifier(ValueName);
    // The row by its identity where the engine has one, else by its key.
    const QString identity = d.rowIdentity({KeyName, ValueName});
    const QString row = identity.isEmpty() ? key + u" = ?"_s : d.rowIdentityEquals(identity);
    QString written;
    if (kind == u"insert")
        written = d.insertStatement(TableName, {KeyName, ValueName});
    else if (kind == u"insert defaults")
        written = d.insertStatement(TableName, {});
    else if (kind == u"returning")
        written = d.returningClause({key, d.castToText(u"ctid"_s)});
    else if (kind == u"update")
        written = d.updateStatement(TableName, {ValueName, KeyName}, row);
    else if (kind == u"delete")
        written = d.deleteStatement(TableName, row);
    else if (kind == u"contains")
        written = d.containsCondition(value);
    else if (kind == u"text")
        written = d.castToText(value);
    else if (kind == u"order by json")
        written = d.orderExpression(value, ofKind(LogicalType::Kind::Json));
    else if (kind == u"order by integer")
        written = d.orderExpression(value, ofKind(LogicalType::Kind::Integer));
    else if (kind == u"browsing setup")
        written = d.browsingSetup().join(u"; "_s);
    else if (kind == u"driver")
        written = d.driverName() + u" libqt6sql6-"_s + d.driverPackage();
    else if (kind == u"options")
        written = d.connectOptions(QString());
    else if (kind == u"options, TLS required")
        written = d.connectOptions(u"require"_s) + u" / "_s + d.tlsAuthorities(u"require"_s)
            + u" / "_s + d.tlsCipherQuery();
    QCOMPARE(written, sql);
}

void tst_DialectBrowse::pageStatement_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QVariantList>("values");

    // Sorted by the nullable "k'1" of a table without any key, after the row (5, identity 7):
    // SQLite seeks by rowid, with NULLs first; PostgreSQL by ctid, with NULLs last, and reads
    // positions as text; MariaDB has no row identity, so it pages by OFFSET, ordered by
    // every column.
    const QString ts = u"\"t\"\"a`b; ü\""_s;
    const QString ks = ts + u".\"k'1\""_s;
    const QString rs = ts + u".rowid"_s;
    QTest::newRow("sqlite") << u"sqlite"_s
                            << u"SELECT \"k'1\", \"v\"\"2\", "_s + rs + u" FROM "_s + ts
            + u" WHERE ("_s + ks + u" >= ? AND ("_s + ks + u" > ? OR ("_s + rs
            + u" > ?))) ORDER BY "_s + ks + u", "_s + rs + u" LIMIT 10"_s
                            << QVariantList {5, 5, 7};
    const QString cs = ts + u".ctid"_s;
    QTest::newRow("postgresql") << u"postgresql"_s
                                << u"SELECT \"k'1\", \"v\"\"2\", CAST("_s + ks
            + u" AS TEXT), CAST("_s + cs + u" AS TEXT) FROM "_s + ts + u" WHERE (("_s + ks
            + u" >= ? OR "_s + ks + u" IS NULL) AND (("_s + ks + u" > ? OR "_s + ks
            + u" IS NULL) OR ("_s + cs + u" > ?))) ORDER BY "_s + ks + u", "_s + cs + u" LIMIT 10"_s
                                << QVariantList {5, 5, 7};
    const QString tm = u"`t\"a``b; ü`"_s;
    QTest::newRow("mysql") << u"mysql"_s
                           << u"SELECT `k'1`, `v\"2` FROM "_s + tm + u" ORDER BY "_s + tm
            + u".`k'1`, "_s + tm + u".`v\"2` LIMIT 10 OFFSET 20"_s
                           << QVariantList {};
}

void tst_DialectBrowse::pageStatement()
{
    QFETCH(QString, engine);
    QFETCH(QString, sql);
    QFETCH(QVariantList, values);
    Table table;
    table.name = TableName;
    Column key;
    key.name = KeyName;
    key.datatype = u"INTEGER"_s;
    Column value;
    value.name = ValueName;
    value.datatype = u"VARCHAR(20)"_s;
    table.columns = {key, value};
    TableQuery query(*sqlEngineFromName(engine), table);
    query.setSort(0, Qt::AscendingOrder);
    TableQuery::PageSpec spec;
    spec.limit = 10;
    if (query.hasKeyset()) {
        spec.from = TableQuery::PageSpec::From::After;
        spec.position = {5, 7};
    } else {
        spec.skip = 20;
    }
    const BoundStatement statement = query.pageStatement(spec);
    QCOMPARE(statement.sql, sql);
    QCOMPARE(statement.values, values);
}

void tst_DialectBrowse::capabilities()
{
    const Dialect &sqlite = Dialect::forEngine(SqlEngine::Sqlite);
    const Dialect &postgres = Dialect::forEngine(SqlEngine::Postgres);
    const Dialect &mysql = Dialect::forEngine(SqlEngine::Mysql);
    QCOMPARE(sqlite.engine(), SqlEngine::Sqlite);
    QCOMPARE(postgres.engine(), SqlEngine::Postgres);
    QCOMPARE(mysql.engine(), SqlEngine::Mysql);
    // One instance per engine.
    QCOMPARE(&Dialect::forEngine(SqlEngine::Postgres), &postgres);

    QVERIFY(sqlite.sortsNullsFirst());
    QVERIFY(!postgres.sortsNullsFirst());
    QVERIFY(mysql.sortsNullsFirst());
    QVERIFY(postgres.positionsAsText() && !sqlite.positionsAsText() && !mysql.positionsAsText());
    QVERIFY(postgres.returnsInsertedRows() && !sqlite.returnsInsertedRows()
        && !mysql.returnsInsertedRows());
    QVERIFY(mysql.countsChangedRowsOnly() && !sqlite.countsChangedRowsOnly()
        && !postgres.countsChangedRowsOnly());
    QVERIFY(mysql.restrictIsNoAction() && !sqlite.restrictIsNoAction()
        && !postgres.restrictIsNoAction());
    QCOMPARE(sqlite.numericalPrecision(), QSql::LowPrecisionDouble);
    QCOMPARE(postgres.numericalPrecision(), QSql::HighPrecision);
    QCOMPARE(mysql.numericalPrecision(), QSql::HighPrecision);

    QCOMPARE(sqlite.boundBoolean(true), QVariant(1));
    QCOMPARE(mysql.boundBoolean(false), QVariant(0));
    QCOMPARE(postgres.boundBoolean(true), QVariant(true));
    const QDateTime noon(QDate(2024, 3, 15), QTime(12, 30, 0));
    QCOMPARE(sqlite.boundDateTime(noon), QVariant(u"2024-03-15 12:30:00"_s));
    QCOMPARE(sqlite.boundDateTime(noon.addMSecs(5)), QVariant(u"2024-03-15 12:30:00.005"_s));
    QCOMPARE(postgres.boundDateTime(noon), QVariant(noon));
    QCOMPARE(mysql.boundDateTime(noon), QVariant(noon));

    const auto error = [](const QString &code) {
        return QSqlError(QString(), QString(), QSqlError::StatementError, code);
    };
    QVERIFY(sqlite.isInterruption(error(u"9"_s)));
    QVERIFY(postgres.isInterruption(error(u"57014"_s)));
    QVERIFY(mysql.isInterruption(error(u"1317"_s)));
    QVERIFY(!sqlite.isInterruption(error(u"57014"_s)));
    QVERIFY(!postgres.isInterruption(error(u"1317"_s)));
    QVERIFY(!mysql.isInterruption(error(u"9"_s)));
}

void tst_DialectBrowse::statementsRun_data()
{
    TestDatabases::addEngineRows();
}

void tst_DialectBrowse::statementsRun()
{
    QFETCH(QString, engine);
    QString error;
    const QString url = TestDatabases::freshDatabase(engine, u"tst_dialectbrowse"_s, &error);
    QVERIFY2(!url.isEmpty(), qPrintable(error));
    Connection connection;
    QVERIFY2(connection.open(
                 *DatabaseAddress::parse(url, &error), Connection::Mode::CreateIfMissing, &error),
        qPrintable(error));
    const Dialect &d = connection.dialect();
    const QString table = d.quoteIdentifier(TableName);
    const QString key = d.quoteIdentifier(KeyName);
    const QString value = d.quoteIdentifier(ValueName);
    QSqlQuery sql(connection.database());
    // Statements without values run as they are (PostgreSQL prepares only queries and DML).
    const auto run = [&](const QString &text, const QVariantList &values) {
        if (values.isEmpty())
            return Sql::exec(sql, text);
        if (!sql.prepare(text))
            return false;
        for (const QVariant &v : values)
            sql.addBindValue(v);
        return Sql::exec(sql);
    };
    QVERIFY2(run(u"CREATE TABLE "_s + table + u" ("_s + key + u" INTEGER, "_s + value
                     + u" VARCHAR(20) DEFAULT 'd')"_s,
                 {}),
        qPrintable(sql.lastError().text()));

    // A row of defaults, a row of values.
    QVERIFY2(run(d.insertStatement(TableName, {}), {}), qPrintable(sql.lastError().text()));
    QVERIFY2(run(d.insertStatement(TableName, {KeyName, ValueName}), {1, u"x"_s}),
        qPrintable(sql.lastError().text()));
    QVERIFY2(run(d.updateStatement(TableName, {ValueName}, key + u" = ?"_s), {u"Yes"_s, 1}),
        qPrintable(sql.lastError().text()));
    QCOMPARE(sql.numRowsAffected(), 1);
    // The same values again: MariaDB counts no row changed.
    QVERIFY2(run(d.updateStatement(TableName, {ValueName}, key + u" = ?"_s), {u"Yes"_s, 1}),
        qPrintable(sql.lastError().text()));
    QCOMPARE(sql.numRowsAffected(), d.countsChangedRowsOnly() ? 0 : 1);

    // The row of defaults by its identity as read, where the engine has one.
    const QString identity = d.rowIdentity({KeyName, ValueName});
    if (identity.isEmpty()) {
        QVERIFY2(run(d.deleteStatement(TableName, key + u" IS NULL"_s), {}),
            qPrintable(sql.lastError().text()));
    } else {
        const QString read = d.positionsAsText() ? d.castToText(identity) : identity;
        QVERIFY2(
            run(u"SELECT "_s + read + u" FROM "_s + table + u" WHERE "_s + key + u" IS NULL"_s, {}),
            qPrintable(sql.lastError().text()));
        QVERIFY(sql.next());
        const QVariant row = sql.value(0);
        QVERIFY(!row.isNull());
        QVERIFY2(run(d.deleteStatement(TableName, d.rowIdentityEquals(identity)), {row}),
            qPrintable(sql.lastError().text()));
    }
    QCOMPARE(sql.numRowsAffected(), 1);

    // What is left: the updated row, found by a case-insensitive "contains".
    QVERIFY2(run(u"SELECT "_s + key + u", "_s + value + u" FROM "_s + table + u" WHERE "_s
                     + d.containsCondition(value),
                 {u"%yE%"_s}),
        qPrintable(sql.lastError().text()));
    QVERIFY(sql.next());
    QCOMPARE(sql.value(0).toInt(), 1);
    QCOMPARE(sql.value(1).toString(), u"Yes"_s);
    QVERIFY(!sql.next());

    // A browsing connection refuses to write.
    for (const QString &statement : d.browsingSetup())
        QVERIFY2(run(statement, {}), qPrintable(sql.lastError().text()));
    QVERIFY(!run(d.insertStatement(TableName, {}), {}));
}

QTEST_GUILESS_MAIN(tst_DialectBrowse)
#include "tst_dialectbrowse.moc"
