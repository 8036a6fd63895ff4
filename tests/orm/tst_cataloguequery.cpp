#include "dialects/cataloguequery.h"

#include "dialects/dialect.h"
#include "schema/schema.h"
#include "sql/typemapping.h"

#include <QTest>

using namespace Qt::StringLiterals;

// The steps the three catalogue readers share, without a database.
class tst_CatalogueQuery : public QObject
{
    Q_OBJECT

private slots:
    void literalDefaults_data();
    void literalDefaults();
    void quoting();
    void columnIds();
    void generatedColumn();
    void defaults_data();
    void defaults();
    void actions();
    void checksAndTriggers();
    void notTables();
};

void tst_CatalogueQuery::literalDefaults_data()
{
    QTest::addColumn<int>("engine");
    QTest::addColumn<QString>("expression");
    QTest::addColumn<bool>("literal");

    const int pg = int(SqlEngine::Postgres), my = int(SqlEngine::Mysql);
    QTest::newRow("pg string") << pg << u"'abc'::character varying"_s << true;
    QTest::newRow("pg doubled quote") << pg << u"'it''s'::text"_s << true;
    QTest::newRow("pg negative cast") << pg << u"'-7'::integer"_s << true;
    QTest::newRow("pg parenthesised") << pg << u"('now'::text)::date"_s << true;
    QTest::newRow("pg number") << pg << u"42"_s << true;
    QTest::newRow("pg exponent") << pg << u"-1.5e3"_s << true;
    QTest::newRow("pg boolean") << pg << u"true"_s << true;
    QTest::newRow("pg null") << pg << u"NULL::text"_s << true;
    QTest::newRow("pg sized cast") << pg << u"'a'::character(3)"_s << true;
    QTest::newRow("pg array cast") << pg << u"'{}'::integer[]"_s << true;
    QTest::newRow("pg function") << pg << u"now()"_s << false;
    QTest::newRow("pg sum") << pg << u"(1 + 2)"_s << false;
    QTest::newRow("pg nextval") << pg << u"nextval('t_id_seq'::regclass)"_s << false;
    QTest::newRow("my string") << my << u"'abc'"_s << true;
    QTest::newRow("my backslash") << my << u"'a\\'b'"_s << true;
    QTest::newRow("my number") << my << u"+3.25"_s << true;
    QTest::newRow("my null") << my << u"NULL"_s << true;
    QTest::newRow("my bits") << my << u"b'0101'"_s << true;
    QTest::newRow("my spaces") << my << u" 7 "_s << true;
    QTest::newRow("my cast is not literal") << my << u"'7'::integer"_s << false;
    QTest::newRow("my function") << my << u"current_timestamp()"_s << false;
    QTest::newRow("my expression") << my << u"(1 + 2)"_s << false;
}

void tst_CatalogueQuery::literalDefaults()
{
    QFETCH(int, engine);
    QFETCH(QString, expression);
    QFETCH(bool, literal);
    QCOMPARE(CatalogueQuery::isLiteralDefault(expression, SqlEngine(engine)), literal);
}

void tst_CatalogueQuery::quoting()
{
    QCOMPARE(CatalogueQuery::quoted(u"a b"_s), u"\"a b\""_s);
    QCOMPARE(CatalogueQuery::quoted(QString()), u"\"\""_s);
}

void tst_CatalogueQuery::columnIds()
{
    Schema schema;
    Table &table = schema.addTable(u"t"_s);
    const ObjectId a = schema.addColumn(table, u"a"_s, u"INTEGER"_s).id;
    const ObjectId b = schema.addColumn(table, u"b"_s, u"INTEGER"_s).id;
    QCOMPARE(CatalogueQuery::columnIds(table, {u"b"_s, u"a"_s}), (QList<ObjectId> {b, a}));
    QCOMPARE(
        CatalogueQuery::columnIds(table, {u"a"_s, u"missing"_s}), (QList<ObjectId> {a, NoObject}));
    QVERIFY(CatalogueQuery::columnIds(table, {}).isEmpty());
}

void tst_CatalogueQuery::generatedColumn()
{
    Schema schema;
    Table &table = schema.addTable(u"t"_s);
    Column &nullable = schema.addColumn(table, u"n"_s, u"INTEGER"_s);
    nullable.nullable = true;
    QStringList warnings;
    CatalogueQuery::markGenerated(nullable, table.name, &warnings);
    QVERIFY(nullable.computed);
    QCOMPARE(nullable.defaultValue, DefaultValue::null());
    QCOMPARE(warnings,
        QStringList {u"\"t\".\"n\" is a generated column; its expression is not part of the "
                     "design."_s});

    Column &required = schema.addColumn(table, u"r"_s, u"INTEGER"_s);
    required.nullable = false;
    CatalogueQuery::markGenerated(required, table.name, &warnings);
    QVERIFY(required.computed);
    QCOMPARE(required.defaultValue, DefaultValue::none());
    QCOMPARE(warnings.size(), 2);
}

void tst_CatalogueQuery::defaults_data()
{
    QTest::addColumn<int>("engine");
    QTest::addColumn<QString>("expression");
    QTest::addColumn<bool>("autoIncrement");
    QTest::addColumn<bool>("warned");

    const int pg = int(SqlEngine::Postgres), my = int(SqlEngine::Mysql);
    QTest::newRow("pg none") << pg << QString() << false << false;
    QTest::newRow("pg literal") << pg << u"'-7'::integer"_s << false << false;
    QTest::newRow("pg function") << pg << u"CURRENT_TIMESTAMP"_s << false << false;
    QTest::newRow("pg expression") << pg << u"(1 + 2)"_s << false << true;
    QTest::newRow("pg serial") << pg << u"nextval('t_id_seq'::regclass)"_s << true << false;
    QTest::newRow("my literal") << my << u"'x'"_s << false << false;
    QTest::newRow("my function") << my << u"current_timestamp()"_s << false << false;
    QTest::newRow("my expression") << my << u"(1 + 2)"_s << false << true;
}

void tst_CatalogueQuery::defaults()
{
    QFETCH(int, engine);
    QFETCH(QString, expression);
    QFETCH(bool, autoIncrement);
    QFETCH(bool, warned);

    const Dialect &dialect = Dialect::forEngine(SqlEngine(engine));
    const LogicalType type = dialect.typeFromCatalogue(u"integer"_s);
    Schema schema;
    Table &table = schema.addTable(u"t"_s);
    Column &column = schema.addColumn(table, u"c"_s, u"INTEGER"_s);
    column.nullable = true;
    column.autoIncrement = autoIncrement;
    QStringList warnings;
    CatalogueQuery::setDefault(column, dialect, table.name, expression, type, &warnings);
    const DefaultValue expected = autoIncrement
        ? DefaultValue::none()
        : dialect.defaultFromSql(expression, type, column.nullable);
    QCOMPARE(column.defaultValue, expected);
    if (warned) {
        QCOMPARE(warnings,
            QStringList {u"The default of \"t\".\"c\" is the expression "_s + expression
                + u", which the design keeps as written; another engine may refuse it."_s});
    } else {
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
    }
}

void tst_CatalogueQuery::actions()
{
    ForeignKey fk;
    CatalogueQuery::setActions(fk, u"CASCADE"_s, u"SET NULL"_s);
    QCOMPARE(fk.onUpdate, ReferentialAction::Cascade);
    QCOMPARE(fk.onDelete, ReferentialAction::SetNull);
    CatalogueQuery::setActions(fk, u"whatever"_s, QString());
    QCOMPARE(fk.onUpdate, ReferentialAction::Unspecified);
    QCOMPARE(fk.onDelete, ReferentialAction::Unspecified);
}

void tst_CatalogueQuery::checksAndTriggers()
{
    QStringList warnings;
    CatalogueQuery::warnChecksAndTriggers(u"t"_s, {}, {}, &warnings);
    QVERIFY(warnings.isEmpty());
    CatalogueQuery::warnChecksAndTriggers(u"t"_s, {u"\"c1\""_s, u"\"c2\""_s}, {}, &warnings);
    CatalogueQuery::warnChecksAndTriggers(u"u"_s, {}, {u"\"tg\""_s}, &warnings);
    CatalogueQuery::warnChecksAndTriggers(u"v"_s, {u"\"c\""_s}, {u"\"tg\""_s}, &warnings);
    QCOMPARE(warnings,
        (QStringList {u"Not part of the design, of \"t\": CHECK constraints \"c1\", \"c2\""_s,
            u"Not part of the design, of \"u\": triggers \"tg\""_s,
            u"Not part of the design, of \"v\": CHECK constraints \"c\"; triggers \"tg\""_s}));
}

void tst_CatalogueQuery::notTables()
{
    QStringList warnings;
    CatalogueQuery::warnNotTables({}, {}, {}, &warnings);
    QVERIFY(warnings.isEmpty());
    CatalogueQuery::warnNotTables(
        {u"\"v1\""_s, u"\"v2\""_s}, {u"\"s\""_s}, {u"\"f\""_s}, &warnings);
    QCOMPARE(warnings,
        (QStringList {u"Views are not part of a design: \"v1\", \"v2\""_s,
            u"Sequences are not part of a design: \"s\""_s,
            u"Foreign tables are not part of a design: \"f\""_s}));
}

QTEST_GUILESS_MAIN(tst_CatalogueQuery)
#include "tst_cataloguequery.moc"
