#include "testdatabases.h"

#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// `schemata import DATABASE --into DESIGN.xml` through the real executable: the example design
// applied by `schemata apply` and merged back, unchanged and after ALTER TABLE, to standard
// output and to a file.
class tst_CommandMerge : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void unchangedDatabase_data() { TestDatabases::addEngineRows(); }
    void unchangedDatabase();
    void changedDatabase();
    void missingDesign();

private:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QString err;
    };
    static Result run(const QStringList &arguments);
    // The example design as Schemata saves it, and a database of `engine` that
    // `schemata apply` made from it.
    QString copyOfDesign() const;
    QString appliedDatabase(const QString &engine, const QString &design);
    QTemporaryDir m_dir;
};

namespace {

QString exampleDesign()
{
    return QStringLiteral(SCHEMATA_RESOURCES "/examples/seed-models.xml");
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

tst_CommandMerge::Result tst_CommandMerge::run(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"PGPASSWORD"_s);
    environment.remove(u"MYSQL_PWD"_s);
    process.setProcessEnvironment(environment);
    process.setStandardInputFile(QProcess::nullDevice()); // never waits for a password
    process.start(QStringLiteral(SCHEMATA_BINARY), arguments);
    if (!process.waitForFinished(60000))
        qFatal("schemata did not finish");
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        process.readAllStandardOutput(), QString::fromUtf8(process.readAllStandardError())};
}

QString tst_CommandMerge::copyOfDesign() const
{
    const QString path = m_dir.filePath(u"design.xml"_s);
    const Result saved = run({u"format"_s, exampleDesign(), u"-o"_s, path});
    if (saved.exitCode != 0)
        qFatal("format: %s", qPrintable(saved.err));
    return path;
}

QString tst_CommandMerge::appliedDatabase(const QString &engine, const QString &design)
{
    QString error;
    const QString url = TestDatabases::freshDatabase(engine, u"tst_commandmerge"_s, &error);
    if (url.isEmpty())
        qFatal("%s", qPrintable(error));
    const Result applied = run({u"apply"_s, design, url});
    if (applied.exitCode != 0)
        qFatal("apply: %s", qPrintable(applied.err));
    return url;
}

void tst_CommandMerge::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString missing = TestDatabases::missingServers();
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
}

void tst_CommandMerge::unchangedDatabase()
{
    QFETCH(QString, engine);
    const QString design = copyOfDesign();
    const QByteArray before = bytesOf(design);
    QVERIFY(!before.isEmpty());
    const QString database = appliedDatabase(engine, design);
    const Result r = run({u"import"_s, database, u"--into"_s, design});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QString());
    QCOMPARE(r.out, before);
    // -o writes the same bytes to a file, and nothing to standard output.
    const QString output = m_dir.filePath(u"merged.xml"_s);
    QFile::remove(output);
    const Result saved = run({u"import"_s, database, u"--into"_s, design, u"-o"_s, output});
    QCOMPARE(saved.exitCode, 0);
    QCOMPARE(saved.out, QByteArray());
    QCOMPARE(bytesOf(output), before);
    QCOMPARE(bytesOf(design), before); // the input is only read
}

void tst_CommandMerge::changedDatabase()
{
    const QString design = copyOfDesign();
    const QString database = appliedDatabase(u"sqlite"_s, design);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"alter"_s);
        db.setDatabaseName(database);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY2(query.exec(u"ALTER TABLE \"user\" ADD COLUMN nickname VARCHAR(30)"_s),
            qPrintable(query.lastError().text()));
        QVERIFY2(query.exec(u"DROP TABLE content_category"_s), qPrintable(query.lastError().text()));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"alter"_s);
    const QString output = m_dir.filePath(u"merged.xml"_s);
    QFile::remove(output);
    const Result r = run({u"import"_s, database, u"--into"_s, design, u"-o"_s, output});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QByteArray());
    // One change a line, on standard error.
    const QStringList lines = r.err.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).contains(u"content_category"_s), qPrintable(r.err));
    QVERIFY2(lines.at(1).contains(u"user.nickname"_s), qPrintable(r.err));
    const QByteArray merged = bytesOf(output);
    QVERIFY(merged.contains("<row name=\"nickname\""));
    QVERIFY(!merged.contains("name=\"content_category\""));
    QVERIFY(merged.contains("<table x=\"40\" y=\"40\" name=\"user\">"));
    QVERIFY(merged.contains("<comment>People who write posts and follow each other</comment>"));
    // Standard output gets the same design.
    const Result toStdout = run({u"import"_s, database, u"--into"_s, design});
    QCOMPARE(toStdout.exitCode, 0);
    QCOMPARE(toStdout.out, merged);
    // Merging into the merged design changes nothing more.
    const Result again = run({u"import"_s, database, u"--into"_s, output});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.err, QString());
    QCOMPARE(again.out, merged);
}

void tst_CommandMerge::missingDesign()
{
    const QString database = appliedDatabase(u"sqlite"_s, copyOfDesign());
    const QString missing = m_dir.filePath(u"missing.xml"_s);
    const Result r = run({u"import"_s, database, u"--into"_s, missing});
    QCOMPARE(r.exitCode, 2); // the input cannot be read
    QCOMPARE(r.out, QByteArray());
    QVERIFY2(r.err.contains(missing), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(tst_CommandMerge)
#include "tst_commandmerge.moc"
