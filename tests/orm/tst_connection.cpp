#include "database/connection.h"
#include "database/databaseaddress.h"
#include "database/sqlitefile.h"
#include "testdatabases.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// What Connection tells people: the database's own words without the Qt driver's, and what a
// file is when it is not an SQLite database.
class tst_Connection : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void errorTextIsTheDatabases_data();
    void errorTextIsTheDatabases();
    void fileThatIsNotADatabase_data();
    void fileThatIsNotADatabase();

private:
    QTemporaryDir m_dir;
};

void tst_Connection::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString missing = TestDatabases::missingServers();
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
}

void tst_Connection::errorTextIsTheDatabases_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("statement");
    QTest::addColumn<QString>("said");
    for (const QString &engine : TestDatabases::engines()) {
        QTest::addRow("%s, no such table", qPrintable(engine))
            << engine << u"SELECT * FROM no_such_table"_s << u"no_such_table"_s;
        QTest::addRow("%s, syntax", qPrintable(engine)) << engine << u"SELEC 1"_s << u"SELEC"_s;
        QTest::addRow("%s, repeated key", qPrintable(engine))
            << engine << u"INSERT INTO t VALUES (1)"_s << QString();
    }
}

// No "Unable to execute statement", "QPSQL: Unable to create query", "ERROR:" or SQLSTATE:
// the reason only, on every engine.
void tst_Connection::errorTextIsTheDatabases()
{
    QFETCH(QString, engine);
    QFETCH(QString, statement);
    QFETCH(QString, said);
    QString error;
    const QString url = TestDatabases::freshDatabase(engine, u"tst_connection_errors"_s, &error);
    QVERIFY2(!url.isEmpty(), qPrintable(error));
    const std::optional<DatabaseAddress> address = DatabaseAddress::parse(url, &error);
    QVERIFY2(address, qPrintable(error));
    Connection connection;
    QVERIFY2(
        connection.open(*address, Connection::Mode::CreateIfMissing, &error), qPrintable(error));
    QSqlQuery query(connection.database());
    QVERIFY(query.exec(u"CREATE TABLE t (id INTEGER PRIMARY KEY)"_s));
    QVERIFY(query.exec(u"INSERT INTO t VALUES (1)"_s));
    QVERIFY(!query.exec(statement));
    const QSqlError sqlError = query.lastError();
    QVERIFY(!sqlError.driverText().isEmpty()); // there was something to leave out
    const QString text = Connection::errorText(sqlError);
    QVERIFY2(!text.isEmpty() && text.contains(said), qPrintable(text));
    for (const QString &added : {u"Unable to"_s, u"QPSQL"_s, u"QMYSQL"_s, u"ERROR:"_s})
        QVERIFY2(!text.contains(added), qPrintable(text));
    if (!sqlError.nativeErrorCode().isEmpty())
        QVERIFY2(!text.endsWith(u'(' + sqlError.nativeErrorCode() + u')'), qPrintable(text));
    QCOMPARE(text, text.trimmed());
}

void tst_Connection::fileThatIsNotADatabase_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("said"); // empty: it opens
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("design") << QByteArray("<?xml version=\"1.0\"?><sql/>")
                            << u"%1 is not an SQLite database (it looks like an XML file, such as "
                               "a design)."_s;
    QTest::newRow("UTF-16") << QByteArray("\xff\xfe<\0s\0",
        6) << u"%1 is not an SQLite database (it looks like a UTF-16 text file)."_s;
    QTest::newRow("export") << QByteArray("  [1]")
                            << u"(it looks like a JSON file, such as an "
                               "export)"_s;
    QTest::newRow("script") << QByteArray("-- made by hand\ncreate table t (id int);")
                            << u"(it looks like an SQL script; sqlite3 can run it to make a "
                               "database)"_s;
    QTest::newRow("zip") << QByteArray("PK\x03\x04 and more") << u"a compressed file or archive"_s;
    // Text cut in the middle of a character by the sample is still text.
    QTest::newRow("long text") << QByteArray(4095, 'a') + QByteArray("\xc3\xa9 the end")
                               << u"(it looks like a text file)"_s;
    QTest::newRow("binary") << QByteArray("\0\0\0\x01garbage", 11)
                            << u"%1 is not an SQLite database: it does not start with SQLite's "
                               "header (it may be damaged, encrypted, or another kind of file)."_s;
    QTest::newRow("truncated header") << QByteArray("SQLite format") << u"a text file"_s;
}

// SQLite itself takes any file and fails at the first statement with "file is not a database";
// the connection refuses it at once and says what it is, in both modes.
void tst_Connection::fileThatIsNotADatabase()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, said);
    const QString path = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    QString error;
    const std::optional<DatabaseAddress> address = DatabaseAddress::parse(path, &error);
    QVERIFY(address);
    for (const Connection::Mode mode :
        {Connection::Mode::OpenExisting, Connection::Mode::CreateIfMissing}) {
        Connection connection;
        const bool opened = connection.open(*address, mode, &error);
        QCOMPARE(opened, said.isEmpty());
        if (!opened)
            QVERIFY2(
                error.contains(said.contains(u"%1"_s) ? said.arg(path) : said), qPrintable(error));
    }
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), content); // left as it was
    QCOMPARE(SqliteFile::hasHeader(path), false);
}

QTEST_GUILESS_MAIN(tst_Connection)
#include "tst_connection.moc"
