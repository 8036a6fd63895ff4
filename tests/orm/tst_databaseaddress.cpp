#include "database/connection.h"
#include "database/databaseaddress.h"
#include "dialects/dialect.h"
#include "testdatabases.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_DatabaseAddress : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void parsesTlsMode_data();
    void parsesTlsMode();
    void refusesUnknownTlsMode_data();
    void refusesUnknownTlsMode();
    void tlsReachesTheDriver_data();
    void tlsReachesTheDriver();
    void badAddressHidesThePassword_data();
    void badAddressHidesThePassword();
    void redacted_data();
    void redacted();
    void toStringReadsBack_data();
    void toStringReadsBack();
    void sqliteFileAndTitle();
    void namesDatabase();
    void engineFactsFromTheDialect();
};

void tst_DatabaseAddress::initTestCase()
{
    const QString missing = TestDatabases::missingServers();
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
}

void tst_DatabaseAddress::parsesTlsMode_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("sslMode");
    QTest::newRow("postgresql without") << u"postgresql://me@db.example/shop"_s << QString();
    QTest::newRow("postgresql verify-full")
        << u"postgresql://me@db.example:5432/shop?sslmode=verify-full"_s << u"verify-full"_s;
    QTest::newRow("postgresql upper case")
        << u"postgres://me@h/shop?sslmode=REQUIRE"_s << u"require"_s;
    QTest::newRow("postgresql other parameters kept out")
        << u"postgresql://me@h/shop?application_name=x&sslmode=disable"_s << u"disable"_s;
    QTest::newRow("mysql sslmode") << u"mysql://me@h/shop?sslmode=require"_s << u"require"_s;
    QTest::newRow("mariadb ssl=true") << u"mariadb://me@h/shop?ssl=true"_s << u"require"_s;
    QTest::newRow("mysql ssl=0") << u"mysql://me@h/shop?ssl=0"_s << u"disable"_s;
}

void tst_DatabaseAddress::parsesTlsMode()
{
    QFETCH(QString, url);
    QFETCH(QString, sslMode);
    QString error;
    const std::optional<DatabaseAddress> address = DatabaseAddress::parse(url, &error);
    QVERIFY2(address, qPrintable(error));
    QCOMPARE(address->sslMode, sslMode);
    QCOMPARE(address->database, u"shop"_s);
    // The query is not part of the database name nor of what messages show.
    QVERIFY(!address->displayName().contains(u"ssl"_s));
}

void tst_DatabaseAddress::refusesUnknownTlsMode_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("named");
    QTest::newRow("postgresql typo")
        << u"postgresql://me@h/shop?sslmode=requir"_s << u"verify-full"_s;
    // Qt 6.4's MySQL driver cannot verify the server, so verify modes are refused, not ignored.
    QTest::newRow("mysql verify-full")
        << u"mysql://me@h/shop?sslmode=verify-full"_s << u"disable, prefer, require"_s;
}

void tst_DatabaseAddress::refusesUnknownTlsMode()
{
    QFETCH(QString, url);
    QFETCH(QString, named);
    QString error;
    QVERIFY(!DatabaseAddress::parse(url, &error));
    QVERIFY2(error.contains(named), qPrintable(error));
}

void tst_DatabaseAddress::tlsReachesTheDriver_data()
{
    QTest::addColumn<QString>("engine");
    bool any = false;
    for (const QString &engine : TestDatabases::engines()) {
        if (engine != u"sqlite") {
            QTest::newRow(qPrintable(engine)) << engine;
            any = true;
        }
    }
    // Run by hand without servers; under scripts/test initTestCase fails instead.
    if (!any)
        QTest::newRow("no server") << QString();
}

// The test servers speak plain TCP: "disable" and "prefer" connect, "require" must be refused,
// which shows that the mode reached the driver (or, on MariaDB, the check after connecting).
void tst_DatabaseAddress::tlsReachesTheDriver()
{
    QFETCH(QString, engine);
    if (engine.isEmpty())
        QSKIP("No PostgreSQL or MariaDB server configured (scripts/test starts them).");
    QString error;
    const QString url = TestDatabases::freshDatabase(engine, u"tst_databaseaddress_tls"_s, &error);
    QVERIFY2(!url.isEmpty(), qPrintable(error));
    std::optional<DatabaseAddress> address = DatabaseAddress::parse(url, &error);
    QVERIFY2(address, qPrintable(error));

    for (const QString &mode : {u"disable"_s, u"prefer"_s}) {
        address->sslMode = mode;
        Connection connection;
        QVERIFY2(connection.open(*address, Connection::Mode::OpenExisting, &error),
            qPrintable(mode + u": "_s + error));
    }
    address->sslMode = u"require"_s;
    Connection connection;
    QVERIFY(!connection.open(*address, Connection::Mode::OpenExisting, &error));
    QVERIFY2(error.contains(u"SSL"_s, Qt::CaseInsensitive)
            || error.contains(u"TLS"_s, Qt::CaseInsensitive),
        qPrintable(error));
}

void tst_DatabaseAddress::badAddressHidesThePassword_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("said");
    QTest::newRow("port 99999") << u"postgresql://u:s3cret@127.0.0.1:99999/x"_s
                                << u"The port 99999 in postgresql://u:***@127.0.0.1:99999/x is "
                                   "not a number from 1 to 65535."_s;
    QTest::newRow("port 65536") << u"mysql://u:s3cret@h:65536/x"_s
                                << u"The port 65536 in mysql://u:***@h:65536/x"_s;
    QTest::newRow("port 0") << u"mysql://u:s3cret@h:0/x"_s << u"The port 0 in"_s;
    QTest::newRow("port abc") << u"postgresql://u:s3cret@127.0.0.1:abc/x"_s
                              << u"The port in postgresql://u:***@127.0.0.1:abc/x is not"_s;
    QTest::newRow("port -1") << u"postgresql://u:s3cret@127.0.0.1:-1/x"_s
                             << u"The port in postgresql://u:***@127.0.0.1:-1/x"_s;
    QTest::newRow("port of 20 digits")
        << u"postgresql://u:s3cret@h:12345678901234567890/x"_s << u"The port 1234567890"_s;
    QTest::newRow("space in the password")
        << u"postgresql://u:s3 cret@127.0.0.1/x"_s
        << u"postgresql://u:***@127.0.0.1/x contains a space, which a URL cannot hold: write it "
           "as %20."_s;
    QTest::newRow("trailing space") << u"postgresql://u:s3cret@h/x "_s << u"contains a space"_s;
    QTest::newRow("bad escape") << u"postgresql://u:s3cret%ZZ@127.0.0.1/x"_s
                                << u"postgresql://u:***@127.0.0.1/x has a % that is not "
                                   "followed by two hexadecimal digits: write a % sign (in a "
                                   "password, say) as %25."_s;
    QTest::newRow("% at the end") << u"postgresql://u:s3cret%@h/x"_s << u"%25"_s;
    QTest::newRow("unknown scheme")
        << u"postgresq://u:s3cret@127.0.0.1/x"_s
        << u"postgresq://u:***@127.0.0.1/x is not a database address: \"postgresq\" is not a "
           "kind of database."_s;
    QTest::newRow("no host after the password")
        << u"postgresql://u:s3cret/x"_s << u"The port in postgresql://u:***/x"_s;
    QTest::newRow("@ in the password")
        << u"mysql://u:s3c@ret@h:99999/x"_s << u"The port 99999 in mysql://u:***@h:99999/x"_s;
    QTest::newRow("/ in the password")
        << u"mysql://u:s3c/ret@h:99999/x"_s << u"The port 99999 in mysql://u:***@h:99999/x"_s;
    QTest::newRow("bad host") << u"postgresql://u:s3cret@[::1/x"_s << u"postgresql://u:***@"_s;
}

// Whatever is wrong with an address, the message says what, and never shows the password.
void tst_DatabaseAddress::badAddressHidesThePassword()
{
    QFETCH(QString, url);
    QFETCH(QString, said);
    QString error;
    QVERIFY(!DatabaseAddress::parse(url, &error));
    QVERIFY2(!error.contains(u"s3"_s) && !error.contains(u"ret"_s), qPrintable(error));
    QVERIFY2(error.contains(said), qPrintable(error));
}

void tst_DatabaseAddress::redacted_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");
    QTest::newRow("URL") << u"postgresql://u:s3cret@h:5432/x"_s << u"postgresql://u:***@h:5432/x"_s;
    QTest::newRow("no password") << u"postgresql://u@h:5432/x"_s << u"postgresql://u@h:5432/x"_s;
    QTest::newRow("user with @ (Azure)") << u"postgresql://me@srv:s3cret@srv.example/x"_s
                                         << u"postgresql://me@srv:***@srv.example/x"_s;
    QTest::newRow("empty password") << u"mysql://u:@h/x"_s << u"mysql://u:***@h/x"_s;
    QTest::newRow("IPv6 host") << u"postgresql://u:s3cret@[::1]:5432/x"_s
                               << u"postgresql://u:***@[::1]:5432/x"_s;
    QTest::newRow("host:port without user")
        << u"postgresql://h:5432/x"_s << u"postgresql://h:5432/x"_s;
    QTest::newRow("user:password without host")
        << u"postgresql://u:s3cret/x"_s << u"postgresql://u:***/x"_s;
    QTest::newRow("missing colon") << u"postgresql//u:s3cret@h/x"_s << u"postgresql//u:***@h/x"_s;
    QTest::newRow("one slash") << u"mysql:/u:s3cret@h/x"_s << u"mysql:/u:***@h/x"_s;
    QTest::newRow("no slash") << u"mysql:u:s3cret@h/x"_s << u"mysql:u:***@h/x"_s;
    QTest::newRow("file path") << u"/home/me/shop.sqlite"_s << u"/home/me/shop.sqlite"_s;
    QTest::newRow("relative path with @")
        << u"backups/shop@monday.sqlite"_s << u"backups/shop@monday.sqlite"_s;
}

void tst_DatabaseAddress::redacted()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    QCOMPARE(DatabaseAddress::redacted(text), shown);
}

void tst_DatabaseAddress::toStringReadsBack_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("kept");
    // As File > Recent Databases has always kept them: no password, the TLS mode kept.
    QTest::newRow("postgresql") << u"postgresql://me:s3cret@db.example:5433/shop"_s
                                << u"postgresql://me@db.example:5433/shop"_s;
    QTest::newRow("postgres alias, tls") << u"postgres://me@h/shop?sslmode=verify-full"_s
                                         << u"postgresql://me@h/shop?sslmode=verify-full"_s;
    QTest::newRow("mariadb, ssl=true")
        << u"mariadb://me:pw@h:3307/shop?ssl=true"_s << u"mysql://me@h:3307/shop?sslmode=require"_s;
    QTest::newRow("sqlite path") << u"/tmp/a/../shop.sqlite"_s << u"/tmp/shop.sqlite"_s;
}

void tst_DatabaseAddress::toStringReadsBack()
{
    QFETCH(QString, url);
    QFETCH(QString, kept);
    QString error;
    const std::optional<DatabaseAddress> address = DatabaseAddress::parse(url, &error);
    QVERIFY2(address, qPrintable(error));
    QCOMPARE(address->toString(), kept);
    const std::optional<DatabaseAddress> again = DatabaseAddress::parse(kept, &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(again->toString(), kept);
    QCOMPARE(again->engine, address->engine);
    QCOMPARE(again->port, address->port);
    QCOMPARE(again->sslMode, address->sslMode);
    QVERIFY(!again->password);
}

void tst_DatabaseAddress::sqliteFileAndTitle()
{
    const DatabaseAddress file = DatabaseAddress::sqliteFile(u"/data/shop.sqlite"_s);
    QCOMPARE(file.engine, SqlEngine::Sqlite);
    QCOMPARE(file.path, u"/data/shop.sqlite"_s);
    QVERIFY(!file.isServer());
    QCOMPARE(file.displayName(), u"/data/shop.sqlite"_s);
    QCOMPARE(file.title(), u"shop.sqlite"_s);
    QString error;
    const std::optional<DatabaseAddress> server
        = DatabaseAddress::parse(u"mysql://me:pw@h/shop"_s, &error);
    QVERIFY2(server, qPrintable(error));
    QVERIFY(server->isServer());
    QCOMPARE(server->title(), u"mysql://me@h/shop"_s);
}

void tst_DatabaseAddress::namesDatabase()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString database = folder.filePath(u"no-suffix"_s);
    {
        QFile file(database);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("SQLite format 3", 16) + QByteArray(84, '\0'));
    }
    const QString design = folder.filePath(u"design.sqlite"_s);
    {
        QFile file(design);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("<?xml version=\"1.0\"?><sql></sql>");
    }
    QVERIFY(DatabaseAddress::namesDatabase(database));
    QVERIFY(!DatabaseAddress::namesDatabase(design));
    QVERIFY(!DatabaseAddress::namesDatabase(folder.filePath(u"missing"_s)));
    QVERIFY(DatabaseAddress::namesDatabase(u"postgresql://me@h/shop"_s));
    QVERIFY(DatabaseAddress::isUrl(u"file:///tmp/x.sqlite"_s));
    QVERIFY(!DatabaseAddress::isUrl(u"/tmp/x.sqlite"_s));
}

void tst_DatabaseAddress::engineFactsFromTheDialect()
{
    QCOMPARE(DatabaseAddress::sslModes(SqlEngine::Sqlite), QStringList());
    QCOMPARE(DatabaseAddress::sslModes(SqlEngine::Mysql),
        QStringList({u"disable"_s, u"prefer"_s, u"require"_s}));
    QCOMPARE(DatabaseAddress::sslModes(SqlEngine::Postgres).size(), 6);
    QCOMPARE(Dialect::create(SqlEngine::Postgres)->defaultPort(), 5432);
    QCOMPARE(Dialect::create(SqlEngine::Mysql)->defaultPort(), 3306);
    QCOMPARE(Dialect::create(SqlEngine::Sqlite)->defaultPort(), -1);
    QCOMPARE(Dialect::create(SqlEngine::Postgres)->urlScheme(), u"postgresql"_s);
    QCOMPARE(Dialect::create(SqlEngine::Mysql)->urlScheme(), u"mysql"_s);
    QVERIFY(!Dialect::create(SqlEngine::Sqlite)->hasServer());
    QVERIFY(Dialect::create(SqlEngine::Mysql)->hasServer());
    // An engine without a server is not a URL's kind of database.
    QString error;
    QVERIFY(!DatabaseAddress::parse(u"sqlite3://h/x"_s, &error));
    QVERIFY2(error.contains(u"is not a database address"_s), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_DatabaseAddress)
#include "tst_databaseaddress.moc"
