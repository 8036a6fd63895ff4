#include "dialects/dialect.h"

#include "sql/typemapping.h"

#include <QTest>

using namespace Qt::StringLiterals;

// What each dialect renders: quoting, name shortening, defaults both ways.
class tst_Dialect : public QObject
{
    Q_OBJECT

private slots:
    void quoting_data();
    void quoting();
    void shortening_data();
    void shortening();
    void shorteningKeepsNamesApart();
    void defaults_data();
    void defaults();
    void invalidDefaults_data();
    void invalidDefaults();
    void defaultsReadBack_data();
    void defaultsReadBack();
    void connecting_data();
    void connecting();
};

void tst_Dialect::quoting_data()
{
    QTest::addColumn<int>("engine");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("identifier");
    QTest::addColumn<QString>("literal");

    const int lite = int(SqlEngine::Sqlite), pg = int(SqlEngine::Postgres),
              my = int(SqlEngine::Mysql);
    QTest::newRow("sqlite plain") << lite << u"user"_s << u"\"user\""_s << u"'user'"_s;
    QTest::newRow("sqlite quotes") << lite << u"a\"b'c"_s << u"\"a\"\"b'c\""_s << u"'a\"b''c'"_s;
    QTest::newRow("pg semicolon and comment")
        << pg << u"x; DROP TABLE y; --"_s << u"\"x; DROP TABLE y; --\""_s
        << u"'x; DROP TABLE y; --'"_s;
    QTest::newRow("pg unicode") << pg << u"größe"_s << u"\"größe\""_s << u"'größe'"_s;
    QTest::newRow("mysql backtick") << my << u"a`b"_s << u"`a``b`"_s << u"'a`b'"_s;
    QTest::newRow("mysql backslash") << my << u"a\\'b"_s << u"`a\\'b`"_s << u"'a\\\\''b'"_s;
}

void tst_Dialect::quoting()
{
    QFETCH(int, engine);
    QFETCH(QString, name);
    QFETCH(QString, identifier);
    QFETCH(QString, literal);
    const auto dialect = Dialect::create(SqlEngine(engine));
    QCOMPARE(dialect->quoteIdentifier(name), identifier);
    QCOMPARE(dialect->quoteString(name), literal);
}

void tst_Dialect::shortening_data()
{
    QTest::addColumn<int>("engine");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("limit");
    QTest::addColumn<bool>("bytes");

    const QString ascii = u"fk_"_s + QString(80, u'a');
    const QString german = u"fk_"_s + QString(40, u'ö'); // 2 bytes each in UTF-8
    const QString emoji = u"ix_"_s + QString::fromUcs4(U"\U0001F600").repeated(30);
    QTest::newRow("pg ascii") << int(SqlEngine::Postgres) << ascii << 63 << true;
    QTest::newRow("pg two-byte letters") << int(SqlEngine::Postgres) << german << 63 << true;
    QTest::newRow("pg surrogate pairs") << int(SqlEngine::Postgres) << emoji << 63 << true;
    QTest::newRow("mysql ascii") << int(SqlEngine::Mysql) << ascii << 64 << false;
    QTest::newRow("mysql surrogate pairs") << int(SqlEngine::Mysql) << emoji << 64 << false;
}

void tst_Dialect::shortening()
{
    QFETCH(int, engine);
    QFETCH(QString, name);
    QFETCH(int, limit);
    QFETCH(bool, bytes);
    const auto dialect = Dialect::create(SqlEngine(engine));
    const QString shortened = dialect->shortenIdentifier(name);
    const qsizetype length = bytes ? shortened.toUtf8().size() : shortened.size();
    QVERIFY2(length <= limit, qPrintable(shortened));
    QVERIFY(length >= limit - 4); // kept as much as fits
    QVERIFY(shortened.isValidUtf16());
    QVERIFY(name.startsWith(shortened.left(shortened.size() - 9)));
    QCOMPARE(dialect->shortenIdentifier(name), shortened); // the same on every run
    // Short names are never touched, and SQLite has no limit.
    QCOMPARE(dialect->shortenIdentifier(u"pk_user"_s), u"pk_user"_s);
    QCOMPARE(Dialect::create(SqlEngine::Sqlite)->shortenIdentifier(name), name);
}

void tst_Dialect::shorteningKeepsNamesApart()
{
    const auto dialect = Dialect::create(SqlEngine::Postgres);
    const QString start = u"fk_"_s + QString(70, u'x');
    QVERIFY(dialect->shortenIdentifier(start + u"_user"_s)
        != dialect->shortenIdentifier(start + u"_post"_s));
}

void tst_Dialect::defaults_data()
{
    QTest::addColumn<QString>("datatype");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("sqlite");
    QTest::addColumn<QString>("postgresql");
    QTest::addColumn<QString>("mysql");

    QTest::newRow("integer") << u"INT"_s << u"42"_s << u"42"_s << u"42"_s << u"42"_s;
    QTest::newRow("negative") << u"INT"_s << u"-1"_s << u"-1"_s << u"-1"_s << u"-1"_s;
    QTest::newRow("decimal") << u"DECIMAL(5,2)"_s << u"3.50"_s << u"3.50"_s << u"3.50"_s
                             << u"3.50"_s;
    QTest::newRow("boolean true") << u"BOOLEAN"_s << u"true"_s << u"1"_s << u"TRUE"_s << u"1"_s;
    QTest::newRow("boolean 0") << u"TINYINT(1)"_s << u"0"_s << u"0"_s << u"FALSE"_s << u"0"_s;
    QTest::newRow("text with quote")
        << u"VARCHAR(20)"_s << u"it's"_s << u"'it''s'"_s << u"'it''s'"_s << u"'it''s'"_s;
    QTest::newRow("text with backslash")
        << u"VARCHAR(20)"_s << u"C:\\x"_s << u"'C:\\x'"_s << u"'C:\\x'"_s << u"'C:\\\\x'"_s;
    QTest::newRow("now") << u"DATETIME"_s << u"now()"_s << u"CURRENT_TIMESTAMP"_s
                         << u"CURRENT_TIMESTAMP"_s << u"CURRENT_TIMESTAMP"_s;
    QTest::newRow("current date") << u"DATE"_s << u"CURRENT_DATE"_s << u"CURRENT_DATE"_s
                                  << u"CURRENT_DATE"_s << u"(CURRENT_DATE)"_s;
    QTest::newRow("date literal") << u"DATE"_s << u"2024-02-29"_s << u"'2024-02-29'"_s
                                  << u"'2024-02-29'"_s << u"'2024-02-29'"_s;
    QTest::newRow("NULL text is no default")
        << u"INT"_s << u"NULL"_s << QString() << QString() << QString();
}

void tst_Dialect::defaults()
{
    QFETCH(QString, datatype);
    QFETCH(QString, text);
    QFETCH(QString, sqlite);
    QFETCH(QString, postgresql);
    QFETCH(QString, mysql);
    const LogicalType type = TypeMapping::fromDesign(datatype);
    const DefaultValue value = DefaultValue::text(text);
    QCOMPARE(Dialect::create(SqlEngine::Sqlite)->defaultSql(value, type), sqlite);
    QCOMPARE(Dialect::create(SqlEngine::Postgres)->defaultSql(value, type), postgresql);
    QCOMPARE(Dialect::create(SqlEngine::Mysql)->defaultSql(value, type), mysql);
}

void tst_Dialect::invalidDefaults_data()
{
    QTest::addColumn<QString>("datatype");
    QTest::addColumn<QString>("text");
    QTest::newRow("text in integer") << u"INTEGER"_s << u"NOT NULL"_s;
    QTest::newRow("decimal in integer") << u"INT"_s << u"1.5"_s;
    QTest::newRow("word in boolean") << u"BOOLEAN"_s << u"maybe"_s;
    QTest::newRow("bad date") << u"DATE"_s << u"2023-02-30"_s;
    QTest::newRow("bad number") << u"FLOAT"_s << u"1,5"_s;
}

void tst_Dialect::invalidDefaults()
{
    QFETCH(QString, datatype);
    QFETCH(QString, text);
    const LogicalType type = TypeMapping::fromDesign(datatype);
    const DefaultValue value = DefaultValue::text(text);
    QCOMPARE(Dialect::create(SqlEngine::Postgres)->defaultSql(value, type), std::nullopt);
}

void tst_Dialect::defaultsReadBack_data()
{
    QTest::addColumn<int>("engine");
    QTest::addColumn<QString>("datatype");
    QTest::addColumn<QString>("expression");
    QTest::addColumn<bool>("nullable");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("text");

    const int lite = int(SqlEngine::Sqlite), pg = int(SqlEngine::Postgres),
              my = int(SqlEngine::Mysql);
    const int none = int(DefaultValue::Kind::None), null = int(DefaultValue::Kind::Null),
              text = int(DefaultValue::Kind::Text);
    QTest::newRow("pg cast") << pg << u"VARCHAR(9)"_s << u"'it''s'::character varying"_s << true
                             << text << u"it's"_s;
    QTest::newRow("pg negative") << pg << u"INT"_s << u"'-1'::integer"_s << false << text
                                 << u"-1"_s;
    QTest::newRow("pg boolean") << pg << u"BOOLEAN"_s << u"true"_s << false << text << u"1"_s;
    QTest::newRow("pg now") << pg << u"TIMESTAMP"_s << u"CURRENT_TIMESTAMP"_s << false << text
                            << u"CURRENT_TIMESTAMP"_s;
    QTest::newRow("pg null cast") << pg << u"INT"_s << u"NULL::integer"_s << true << null
                                  << QString();
    QTest::newRow("mysql quoted backslash")
        << my << u"VARCHAR(9)"_s << u"'C:\\\\x'"_s << true << text << u"C:\\x"_s;
    QTest::newRow("mysql curdate")
        << my << u"DATE"_s << u"curdate()"_s << true << text << u"CURRENT_DATE"_s;
    QTest::newRow("mysql current_timestamp()") << my << u"DATETIME"_s << u"current_timestamp()"_s
                                               << true << text << u"CURRENT_TIMESTAMP"_s;
    QTest::newRow("mysql NULL") << my << u"INT"_s << u"NULL"_s << true << null << QString();
    QTest::newRow("sqlite nothing, not null")
        << lite << u"INT"_s << QString() << false << none << QString();
    QTest::newRow("sqlite parenthesised")
        << lite << u"INT"_s << u"(0)"_s << false << text << u"0"_s;
    // Expressions keep the parentheses that make them one in a design.
    QTest::newRow("sqlite expression")
        << lite << u"NUMERIC"_s << u"datetime('now')"_s << false << text << u"(datetime('now'))"_s;
    QTest::newRow("sqlite blob") << lite << u"BLOB"_s << u"X'00ff'"_s << true << text
                                 << u"(X'00ff')"_s;
    QTest::newRow("sqlite bare word") << lite << u"TEXT"_s << u"abc"_s << true << text << u"abc"_s;
    QTest::newRow("pg expression")
        << pg << u"INT"_s << u"(1 + 1)"_s << false << text << u"(1 + 1)"_s;
    QTest::newRow("mysql expression") << my << u"VARCHAR(20)"_s << u"cast('now' as date)"_s << true
                                      << text << u"(cast('now' as date))"_s;
}

void tst_Dialect::defaultsReadBack()
{
    QFETCH(int, engine);
    QFETCH(QString, datatype);
    QFETCH(QString, expression);
    QFETCH(bool, nullable);
    QFETCH(int, kind);
    QFETCH(QString, text);
    const auto dialect = Dialect::create(SqlEngine(engine));
    const LogicalType type = TypeMapping::fromDesign(datatype);
    const DefaultValue value = dialect->defaultFromSql(expression, type, nullable);
    QCOMPARE(int(value.kind()), kind);
    QCOMPARE(value.text(), text);
}

// What a connection form asks for, per engine.
void tst_Dialect::connecting_data()
{
    QTest::addColumn<int>("engine");
    QTest::addColumn<bool>("hasServer");
    QTest::addColumn<int>("defaultPort");
    QTest::addColumn<QString>("passwordVariable");
    QTest::newRow("sqlite") << int(SqlEngine::Sqlite) << false << -1 << QString();
    QTest::newRow("postgresql") << int(SqlEngine::Postgres) << true << 5432 << u"PGPASSWORD"_s;
    QTest::newRow("mysql") << int(SqlEngine::Mysql) << true << 3306 << u"MYSQL_PWD"_s;
}

void tst_Dialect::connecting()
{
    QFETCH(int, engine);
    QFETCH(bool, hasServer);
    QFETCH(int, defaultPort);
    QFETCH(QString, passwordVariable);
    const auto dialect = Dialect::create(SqlEngine(engine));
    QCOMPARE(dialect->hasServer(), hasServer);
    QCOMPARE(dialect->defaultPort(), defaultPort);
    QCOMPARE(dialect->passwordVariable(), passwordVariable);
}

QTEST_GUILESS_MAIN(tst_Dialect)
#include "tst_dialect.moc"
