#include "databasedump.h"
#include "testdatabases.h"

#include "database/connection.h"
#include "database/schemaapplier.h"
#include "database/schemaimporter.h"
#include "ddl/ddlwriter.h"
#include "dialects/dialect.h"
#include "xml/designfile.h"
#include "xml/designreader.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

// The DDL of each dialect, compared as text with a script written by hand, then executed on
// the real engine and checked through reflection and through the constraints it must enforce.
class tst_DdlWriter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exactDdl_data();
    void exactDdl();
};

namespace {

Schema load(const QString &path)
{
    DesignReader reader;
    if (!DesignFile::load(path, &reader))
        qFatal("%s does not load", qPrintable(path));
    return reader.schema();
}

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("%s cannot be read", qPrintable(path));
    return QString::fromUtf8(file.readAll());
}

} // namespace

void tst_DdlWriter::initTestCase()
{
    const QString missing = TestDatabases::missingServers();
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
}

void tst_DdlWriter::exactDdl_data()
{
    QTest::addColumn<QString>("engine");
    for (const QString &engine : TestDatabases::engines())
        QTest::newRow(qPrintable(engine)) << engine;
}

void tst_DdlWriter::exactDdl()
{
    QFETCH(QString, engine);
    const SqlEngine sqlEngine = *sqlEngineFromName(engine);
    const QString data = QStringLiteral(SCHEMATA_TEST_DATA "/ddl/");
    const Schema design = load(data + u"blog.xml"_s);

    const DdlScript script = DdlWriter(*Dialect::create(sqlEngine)).write(design);
    QVERIFY(script.ok());
    QCOMPARE(script.text(), readText(data + u"blog."_s + engine + u".sql"_s));

    // The same text runs on the engine...
    QString error;
    const QString url = TestDatabases::freshDatabase(engine, u"tst_ddlwriter_blog"_s, &error);
    QVERIFY2(!url.isEmpty(), qPrintable(error));
    Connection connection;
    QVERIFY2(connection.open(
                 *DatabaseAddress::parse(url, &error), Connection::Mode::CreateIfMissing, &error),
        qPrintable(error));
    const ApplyResult applied = SchemaApplier(connection).apply(design);
    QVERIFY2(applied.ok, qPrintable(applied.error + u' ' + applied.failedStatement));
    QCOMPARE(applied.statements, int(script.statements.size()));

    // ...creates what the design says, as reflection reads it back...
    SchemaImporter importer(connection);
    const std::optional<Schema> imported = importer.import(&error);
    QVERIFY2(imported, qPrintable(error));
    COMPARE_DUMPS(
        dumpForDatabase(*imported, sqlEngine, true), dumpForDatabase(design, sqlEngine, false));

    // ...and enforces it: the unique name, the default, the cascading foreign key.
    const Dialect &d = connection.dialect();
    QSqlQuery q(connection.database());
    QVERIFY2(q.prepare(u"INSERT INTO "_s + d.quoteIdentifier(u"users"_s) + u" ("_s
                 + d.quoteIdentifier(u"name"_s) + u") VALUES (?)"_s),
        qPrintable(q.lastError().text()));
    q.addBindValue(u"ada"_s);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    q.addBindValue(u"ada"_s);
    QVERIFY(!q.exec()); // uq_users_name
    QVERIFY(q.exec(u"INSERT INTO "_s + d.quoteIdentifier(u"posts"_s) + u" ("_s
        + d.quoteIdentifier(u"user_id"_s) + u") SELECT "_s + d.quoteIdentifier(u"id"_s)
        + u" FROM "_s + d.quoteIdentifier(u"users"_s)));
    QVERIFY(q.exec(u"SELECT "_s + d.quoteIdentifier(u"title"_s) + u" FROM "_s
        + d.quoteIdentifier(u"posts"_s)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"untitled"_s);
    QVERIFY(q.exec(u"INSERT INTO "_s + d.quoteIdentifier(u"posts"_s) + u" ("_s
                + d.quoteIdentifier(u"user_id"_s) + u") VALUES (12345)"_s)
        == false); // no such user
    QVERIFY(q.exec(u"DELETE FROM "_s + d.quoteIdentifier(u"users"_s)));
    QVERIFY(q.exec(u"SELECT COUNT(*) FROM "_s + d.quoteIdentifier(u"posts"_s)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0); // ON DELETE CASCADE
}

QTEST_GUILESS_MAIN(tst_DdlWriter)
#include "tst_ddlwriter.moc"
