#include "testdatabases.h"
#include "testdesigns.h"

#include "analysis/designcheck.h"
#include "database/schemaimporter.h"
#include "ddl/ddlwriter.h"
#include "dialects/dialect.h"
#include "sql/typemapping.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <map>

using namespace Qt::StringLiterals;

// Function and expression defaults (CURRENT_TIMESTAMP, CURRENT_DATE, CURRENT_TIME, "(...)")
// on a column of every logical type: the design check takes what the real server takes and
// refuses what it refuses, on each engine; and a design drawn with WWW SQL Designer's SQLite
// catalogue, which puts them on NUMERIC, INTEGER, TEXT and REAL columns, applies to SQLite.
class tst_ColumnDefaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void designCheckAgreesWithTheServer_data();
    void designCheckAgreesWithTheServer();
    void sqliteCatalogueDesignApplies_data() { TestDatabases::addEngineRows(); }
    void sqliteCatalogueDesignApplies();
    void anyEngineCheckWarnsOfWhatSomeRefuse();
    void expressionsStayInsideTheirParentheses_data();
    void expressionsStayInsideTheirParentheses();

private:
    std::map<QString, std::unique_ptr<Connection>> m_connections;
};

namespace {

// A design of one table "t": a key "id" and the column "c" under test.
Schema oneColumn(const QString &datatype, const QString &defaultText)
{
    Schema schema;
    Table &t = schema.addTable(u"t"_s);
    const ObjectId id = schema.addColumn(t, u"id"_s, u"INTEGER"_s).id;
    Column &c = schema.addColumn(t, u"c"_s, datatype);
    c.nullable = true;
    c.defaultValue = DefaultValue::text(defaultText);
    schema.addKey(t, Key::Primary, {id});
    return schema;
}

// Whether `problems` stop the design, with all of them in *messages.
bool stops(const QList<DesignProblem> &problems, QString *messages)
{
    for (const DesignProblem &p : problems)
        *messages += p.toString() + u'\n';
    return hasErrors(problems);
}

// One datatype of each logical type of the README's type mapping, and the lengths, ranges
// and precisions where the verdicts change; NUMERIC, INTEGER, TEXT and REAL are WWW SQL
// Designer's SQLite catalogue.
const QStringList Datatypes = {u"BOOLEAN"_s, u"TINYINT"_s, u"SMALLINT"_s, u"INTEGER"_s, u"BIGINT"_s,
    u"DECIMAL(10,2)"_s, u"DECIMAL(14,0)"_s, u"DECIMAL(13,0)"_s, u"NUMERIC"_s, u"FLOAT"_s, u"REAL"_s,
    u"DOUBLE"_s, u"CHAR(1)"_s, u"CHAR(10)"_s, u"VARCHAR(12)"_s, u"VARCHAR(22)"_s, u"VARCHAR(40)"_s,
    u"TEXT"_s, u"BINARY(16)"_s, u"BLOB"_s, u"DATE"_s, u"TIME"_s, u"DATETIME"_s, u"TIMESTAMPTZ"_s,
    u"UUID"_s, u"JSON"_s, u"ENUM('a','b')"_s};

// Defaults whose verdict Schemata knows on every engine.
const QStringList Defaults = {u"CURRENT_TIMESTAMP"_s, u"CURRENT_DATE"_s, u"CURRENT_TIME"_s,
    u"now()"_s, u"(CURRENT_TIMESTAMP)"_s, u"(curdate())"_s, u"(datetime('now'))"_s,
    u"(strftime('%s','now'))"_s, u"(julianday('now'))"_s};

} // namespace

void tst_ColumnDefaults::initTestCase()
{
    const QString missing = TestDatabases::missingServers();
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
    for (const QString &engine : TestDatabases::engines()) {
        QString error;
        const QString url = TestDatabases::freshDatabase(engine, u"tst_columndefaults"_s, &error);
        QVERIFY2(!url.isEmpty(), qPrintable(error));
        auto connection = std::make_unique<Connection>();
        QVERIFY2(connection->open(*DatabaseAddress::parse(url, &error),
                     Connection::Mode::CreateIfMissing, &error),
            qPrintable(error));
        QSqlQuery query(connection->database());
        // The longest forms of the values: PostgreSQL writes the session's offset, and one
        // of hours and minutes is the longest; MariaDB's clock is set per row below.
        if (engine == u"postgresql")
            QVERIFY(query.exec(u"SET TIME ZONE INTERVAL '+05:30' HOUR TO MINUTE"_s));
        if (engine == u"mysql")
            QVERIFY(query.exec(u"SET time_zone = '+00:00'"_s));
        m_connections[engine] = std::move(connection);
    }
}

void tst_ColumnDefaults::cleanupTestCase()
{
    m_connections.clear();
}

void tst_ColumnDefaults::designCheckAgreesWithTheServer_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("datatype");
    QTest::addColumn<QString>("text");
    for (const QString &engine : TestDatabases::engines()) {
        // MariaDB's "YYYY-MM-DD HH:MM:SS" just fits or not. (PostgreSQL's CURRENT_TIME is
        // 14 to 21 characters long, as its microseconds lose their trailing zeros: its
        // verdict on a VARCHAR(18) changes from one transaction to the next.)
        QStringList datatypes = Datatypes;
        if (engine != u"postgresql")
            datatypes << u"VARCHAR(18)"_s << u"VARCHAR(19)"_s;
        for (const QString &text : Defaults) {
            for (const QString &datatype : std::as_const(datatypes))
                QTest::addRow(
                    "%s %s %s", qPrintable(engine), qPrintable(text), qPrintable(datatype))
                    << engine << datatype << text;
        }
        // Text literals longer than their column, which the servers refuse.
        for (const QString &datatype : {u"CHAR(3)"_s, u"VARCHAR(3)"_s, u"VARCHAR(4)"_s})
            QTest::addRow("%s literal abcd %s", qPrintable(engine), qPrintable(datatype))
                << engine << datatype << u"abcd"_s;
        QTest::addRow("%s literal with spaces beyond", qPrintable(engine))
            << engine << u"VARCHAR(3)"_s << u"abc   "_s;
    }
    // Expressions SQLite judges itself: the design check asks it.
    if (TestDatabases::engines().contains(u"sqlite"_s)) {
        for (const QString &text : {u"(random())"_s, u"(1 + 1)"_s, u"('a' || 'b')"_s, u"(foo())"_s,
                 u"(id + 1)"_s, u"(json('x'))"_s, u"(now())"_s, u"(1 +)"_s})
            QTest::addRow("sqlite %s", qPrintable(text)) << u"sqlite"_s << u"TEXT"_s << text;
    }
}

void tst_ColumnDefaults::designCheckAgreesWithTheServer()
{
    QFETCH(QString, engine);
    QFETCH(QString, datatype);
    QFETCH(QString, text);
    Connection &connection = *m_connections.at(engine);
    const Dialect &dialect = connection.dialect();
    const Schema design = oneColumn(datatype, text);
    const LogicalType type = TypeMapping::fromDesign(datatype);

    // The design check's verdict for this engine.
    const Dialect::DefaultCheck check = dialect.checkDefault(DefaultValue::text(text), type);
    QVERIFY2(check.verdict != Dialect::DefaultCheck::Verdict::Unchecked, qPrintable(check.problem));
    QString problems;
    const bool designRefuses = stops(DesignCheck::check(design, dialect), &problems);
    const DdlScript script = DdlWriter(dialect).write(design);
    QCOMPARE(script.ok(), !designRefuses);

    // The server's: the table is made, and a row takes the default. The DDL is DdlWriter's
    // when the design check passes it, else the same column written by hand.
    QStringList statements;
    for (const DdlStatement &s : script.statements)
        statements << s.sql;
    const auto q = [&](const QString &name) { return dialect.quoteIdentifier(name); };
    if (statements.isEmpty())
        statements << u"CREATE TABLE "_s + q(u"t"_s) + u" ("_s + q(u"id"_s)
                + u" INTEGER NOT NULL PRIMARY KEY, "_s + q(u"c"_s) + u' ' + dialect.columnType(type)
                + u" DEFAULT "_s + check.sql + u')';
    // MariaDB converts the value to the column's type, so it depends on the clock: the
    // server takes the default only if it does at both ends of a day.
    QStringList instants = {QString()};
    if (engine == u"mysql")
        instants = {u"SET timestamp = 1798675200"_s, u"SET timestamp = 1798761599"_s};
    QSqlDatabase db = connection.database();
    QSqlQuery query(db);
    QVERIFY(query.exec(dialect.dropTableSql(u"t"_s)));
    if (engine == u"postgresql")
        QVERIFY(db.transaction());
    QString refusal;
    for (const QString &sql : std::as_const(statements)) {
        if (refusal.isEmpty() && !query.exec(sql))
            refusal = query.lastError().text();
    }
    for (qsizetype i = 0; i < instants.size() && refusal.isEmpty(); ++i) {
        if (!instants.at(i).isEmpty())
            QVERIFY(query.exec(instants.at(i)));
        if (!query.exec(u"INSERT INTO "_s + q(u"t"_s) + u" ("_s + q(u"id"_s) + u") VALUES ("_s
                + QString::number(i + 1) + u')'))
            refusal = query.lastError().text();
    }
    if (engine == u"postgresql")
        QVERIFY(db.rollback());
    if (engine == u"mysql")
        QVERIFY(query.exec(u"SET timestamp = DEFAULT"_s));
    QVERIFY(query.exec(dialect.dropTableSql(u"t"_s)));

    const bool serverRefuses = !refusal.isEmpty();
    QVERIFY2(designRefuses == serverRefuses,
        qPrintable(u"design check: "_s + (problems.isEmpty() ? u"no problem\n"_s : problems)
            + u"server: "_s + (serverRefuses ? refusal : u"took it"_s) + u"\nDDL: "_s
            + statements.join(u"; "_s)));
}

void tst_ColumnDefaults::sqliteCatalogueDesignApplies()
{
    // As WWW SQL Designer's SQLite catalogue draws dates: numbers and text with function and
    // expression defaults.
    QFETCH(QString, engine);
    const Schema design = designFrom(R"(
<datatypes db="sqlite">
	<group label="Affinity">
		<type label="Text" default="" length="1" sql="TEXT" quote="'"/>
		<type label="Numeric" default="0" length="0" sql="NUMERIC" quote=""/>
		<type label="Integer" default="0" length="0" sql="INTEGER" quote=""/>
		<type label="Real" default="0" length="0" sql="REAL" quote=""/>
		<type label="None" default="" length="0" sql="NONE" quote=""/>
	</group>
</datatypes>
<table x="0" y="0" name="event">
<row name="id" null="0" autoincrement="1"><datatype>INTEGER</datatype></row>
<row name="created" null="0" autoincrement="0"><datatype>NUMERIC</datatype><default>CURRENT_TIMESTAMP</default></row>
<row name="day" null="0" autoincrement="0"><datatype>TEXT</datatype><default>CURRENT_DATE</default></row>
<row name="at" null="0" autoincrement="0"><datatype>TEXT</datatype><default>CURRENT_TIME</default></row>
<row name="epoch" null="0" autoincrement="0"><datatype>INTEGER</datatype><default>(strftime('%s','now'))</default></row>
<row name="stamp" null="0" autoincrement="0"><datatype>NUMERIC</datatype><default>(datetime('now'))</default></row>
<row name="julian" null="0" autoincrement="0"><datatype>REAL</datatype><default>(julianday('now'))</default></row>
<row name="label" null="1" autoincrement="0"><datatype>TEXT</datatype></row>
<key type="PRIMARY" name=""><part>id</part></key>
</table>)");
    // Not an error for the design as such: SQLite takes every one.
    const QList<DesignProblem> anyEngine = DesignCheck::check(design);
    QString problems;
    QVERIFY2(!stops(anyEngine, &problems), qPrintable(problems));

    QString error;
    const QString url
        = TestDatabases::freshDatabase(engine, u"tst_columndefaults_sqlite"_s, &error);
    QVERIFY2(!url.isEmpty(), qPrintable(error));
    Connection connection;
    QVERIFY2(connection.open(
                 *DatabaseAddress::parse(url, &error), Connection::Mode::CreateIfMissing, &error),
        qPrintable(error));
    const ApplyResult applied = SchemaApplier(connection).apply(design);
    if (engine != u"sqlite") {
        // The servers refuse the numbers and SQLite's functions, each named.
        QVERIFY(!applied.ok);
        problems.clear();
        QVERIFY(stops(DesignCheck::check(design, connection.dialect()), &problems));
        for (const QString &column :
            {u"event.created"_s, u"event.epoch"_s, u"event.stamp"_s, u"event.julian"_s})
            QVERIFY2(problems.contains(u"error: "_s + column + u':'), qPrintable(problems));
        return;
    }
    QVERIFY2(applied.ok, qPrintable(applied.error + u' ' + applied.failedStatement));
    QSqlQuery query(connection.database());
    QVERIFY(query.exec(u"INSERT INTO event (label) VALUES ('x')"_s));
    QVERIFY(query.exec(u"SELECT created, day, at, epoch, stamp, julian, "
                       "date('now'), typeof(epoch), typeof(julian) FROM event"_s));
    QVERIFY(query.next());
    const QString today = query.value(6).toString();
    QVERIFY2(query.value(0).toString().startsWith(today), qPrintable(query.value(0).toString()));
    QCOMPARE(query.value(1).toString(), today);
    QCOMPARE(query.value(2).toString().size(), 8); // HH:MM:SS
    QCOMPARE(query.value(7).toString(), u"integer"_s);
    QVERIFY(query.value(4).toString().startsWith(today));
    QCOMPARE(query.value(8).toString(), u"real"_s);

    // Read back, the expressions are expressions still (SQLite reports them without their
    // parentheses), so that applying the imported design writes them again.
    const std::optional<Schema> imported = SchemaImporter(connection).import(&error);
    QVERIFY2(imported, qPrintable(error));
    const Table *event = imported->tableByName(u"event"_s);
    QVERIFY(event);
    QStringList defaults;
    for (const Column &c : event->columns)
        defaults << c.defaultValue.text();
    QCOMPARE(defaults,
        (QStringList {QString(), u"CURRENT_TIMESTAMP"_s, u"CURRENT_DATE"_s, u"CURRENT_TIME"_s,
            u"(strftime('%s','now'))"_s, u"(datetime('now'))"_s, u"(julianday('now'))"_s,
            QString()}));
}

void tst_ColumnDefaults::anyEngineCheckWarnsOfWhatSomeRefuse()
{
    // Without an engine, what only some refuse is a warning that names each; what none takes,
    // an error.
    const auto problemsOf = [](const QString &datatype, const QString &text) {
        QStringList lines;
        for (const DesignProblem &p : DesignCheck::check(oneColumn(datatype, text)))
            lines << p.toString();
        return lines;
    };
    QCOMPARE(problemsOf(u"NUMERIC"_s, u"CURRENT_TIMESTAMP"_s),
        (QStringList {u"warning: t.c: PostgreSQL refuses the default CURRENT_TIMESTAMP on a "
                      "column of type NUMERIC: its value does not convert to the column's type."_s,
            u"warning: t.c: MariaDB/MySQL refuses the default CURRENT_TIMESTAMP on a column of "
            "type NUMERIC: its value as a number, up to 99991231235959, is out of the column's "
            "range."_s}));
    QCOMPARE(problemsOf(u"VARCHAR(20)"_s, u"CURRENT_TIMESTAMP"_s),
        (QStringList {u"warning: t.c: PostgreSQL refuses the default CURRENT_TIMESTAMP on a "
                      "column of type VARCHAR(20): its value has up to 32 characters, more than "
                      "the column's 20."_s}));
    const QStringList expression = problemsOf(u"TEXT"_s, u"(gen_random_uuid())"_s);
    QCOMPARE(expression.size(), 2);
    // SQLite's own words follow.
    QVERIFY2(expression.at(0).startsWith(
                 u"warning: t.c: SQLite refuses the default (gen_random_uuid()): "_s),
        qPrintable(expression.at(0)));
    QCOMPARE(expression.at(1),
        u"warning: t.c: Schemata cannot check the default (gen_random_uuid()) for %1; the "
        "server checks it when the design is applied."_s.arg(
            QLocale().createSeparatedList({u"PostgreSQL"_s, u"MariaDB/MySQL"_s})));
    QCOMPARE(problemsOf(u"INTEGER"_s, u"NOT NULL"_s),
        (QStringList {
            u"error: t.c: The default \"NOT NULL\" is not a value of the type INTEGER."_s}));
    QCOMPARE(problemsOf(u"TEXT"_s, u"CURRENT_TIMESTAMP"_s), QStringList());
    QCOMPARE(problemsOf(u"DATETIME"_s, u"(CURRENT_TIMESTAMP)"_s), QStringList());
}

void tst_ColumnDefaults::expressionsStayInsideTheirParentheses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("expression");
    QTest::newRow("call") << u"(datetime('now'))"_s << true;
    QTest::newRow("spaces around") << u"  (1 + 2)  "_s << true;
    QTest::newRow("parenthesis in a string") << u"(')' || 'x')"_s << true;
    QTest::newRow("quote doubled") << u"('it''s)')"_s << true;
    QTest::newRow("two groups") << u"(1) + (2)"_s << false;
    QTest::newRow("closes early") << u"(1)) , evil TEXT DEFAULT ((2)"_s << false;
    QTest::newRow("comment hides a parenthesis") << u"(/*(*/1), x INT DEFAULT (2))"_s << false;
    QTest::newRow("line comment") << u"(1 -- )\n)"_s << false;
    QTest::newRow("semicolon") << u"(1); DROP TABLE t; (1)"_s << false;
    QTest::newRow("semicolon inside") << u"(1;2)"_s << false;
    QTest::newRow("unclosed string") << u"(')"_s << false;
    QTest::newRow("not in parentheses") << u"datetime('now')"_s << false;
    QTest::newRow("empty") << u""_s << false;
}

void tst_ColumnDefaults::expressionsStayInsideTheirParentheses()
{
    QFETCH(QString, text);
    QFETCH(bool, expression);
    QCOMPARE(!Dialect::defaultExpression(text).isEmpty(), expression);
}

QTEST_GUILESS_MAIN(tst_ColumnDefaults)
#include "tst_columndefaults.moc"
