#include "database/connection.h"
#include "database/databaseaddress.h"
#include "testdatabases.h"

#include <QSqlDatabase>
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

QTEST_GUILESS_MAIN(tst_DatabaseAddress)
#include "tst_databaseaddress.moc"
