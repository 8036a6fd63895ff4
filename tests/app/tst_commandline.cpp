#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Runs the real `schemata` executable, as users and scripts do.
class tst_CommandLine : public QObject
{
    Q_OBJECT

private slots:
    void help();
    void version();
    void checkSummary();
    void checkJson();
    void checkWarnings();
    void checkMalformed();
    void checkMissingFile();
    void formatToStdout();
    void formatToFile();
    void usageError();

private:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    static Result run(const QStringList &arguments);
    static QString fixture(const QString &name)
    {
        return QDir(QStringLiteral(SCHEMATA_FIXTURES)).filePath(name);
    }
};

tst_CommandLine::Result tst_CommandLine::run(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(SCHEMATA_BINARY), arguments);
    if (!process.waitForFinished(30000))
        qFatal("schemata did not finish");
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        process.readAllStandardOutput(), process.readAllStandardError()};
}

void tst_CommandLine::help()
{
    const Result r = run({u"--help"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("schemata check DESIGN.xml [--json]"));
    QVERIFY(r.out.contains("schemata format DESIGN.xml [-o OUT]"));
}

void tst_CommandLine::version()
{
    const Result r = run({u"--version"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("schemata "));
    QVERIFY(QRegularExpression(u"^schemata \\d+\\.\\d+\\.\\d+\\n$"_s)
                .match(QString::fromUtf8(r.out))
                .hasMatch());
}

void tst_CommandLine::checkSummary()
{
    const Result r = run({u"check"_s, fixture(u"06_dnd_site_31tables_composite.xml"_s)});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("31 tables, 130 columns, 22 relations, 31 keys"), r.out.constData());
}

void tst_CommandLine::checkJson()
{
    const Result r = run({u"check"_s, fixture(u"09_marion_index_keys.xml"_s), u"--json"_s});
    QCOMPARE(r.exitCode, 0);
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(r.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(o.value(u"tables"_s).toInt(), 13);
    QCOMPARE(o.value(u"columns"_s).toInt(), 51);
    QCOMPARE(o.value(u"relations"_s).toInt(), 10);
    QCOMPARE(o.value(u"keys"_s).toInt(), 18);
    QVERIFY(o.value(u"warnings"_s).isArray());
}

void tst_CommandLine::checkWarnings()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"dangling.xml"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("<?xml version=\"1.0\"?>\n<sql>\n<table name=\"posts\">\n"
               "<row name=\"user_id\" null=\"0\"><datatype>INTEGER</datatype>\n"
               "<relation table=\"users\" row=\"id\" />\n</row>\n</table>\n</sql>\n");
    file.close();

    const Result text = run({u"check"_s, path});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains("warning: line 5: table \"posts\", column \"user_id\": The relation "
                               "points to table \"users\""),
        text.out.constData());

    const Result json = run({u"check"_s, u"--json"_s, path});
    const QJsonArray warnings
        = QJsonDocument::fromJson(json.out).object().value(u"warnings"_s).toArray();
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(warnings.at(0).toObject().value(u"table"_s).toString(), u"posts"_s);
    QCOMPARE(warnings.at(0).toObject().value(u"column"_s).toString(), u"user_id"_s);
    QCOMPARE(warnings.at(0).toObject().value(u"line"_s).toInt(), 5);
}

void tst_CommandLine::checkMalformed()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"broken.xml"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("<?xml version=\"1.0\"?>\n<sql>\n<table name=\"a&b\">\n</table>\n</sql>\n");
    file.close();
    const Result r = run({u"check"_s, path});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.startsWith((path + u":3:17: "_s).toUtf8()), r.err.constData());
}

void tst_CommandLine::checkMissingFile()
{
    const Result r = run({u"check"_s, u"/nonexistent/design.xml"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("no such file"));
}

void tst_CommandLine::formatToStdout()
{
    const QString path = fixture(u"03_lintei_postgresql_comments_es.xml"_s);
    QFile original(path);
    QVERIFY(original.open(QIODevice::ReadOnly));
    const Result r = run({u"format"_s, path});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, original.readAll());
}

void tst_CommandLine::formatToFile()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(u"out.xml"_s);
    const Result r = run({u"format"_s, fixture(u"22_cis276_single_line.xml"_s), u"-o"_s, out});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.isEmpty());
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray once = file.readAll();
    QVERIFY(once.contains("<sql>\n<datatypes")); // the designer's layout, not one line
    // Formatting the formatted file changes nothing.
    const Result again = run({u"format"_s, out});
    QCOMPARE(again.out, once);
}

void tst_CommandLine::usageError()
{
    const Result r = run({u"check"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("Usage:"));
}

QTEST_GUILESS_MAIN(tst_CommandLine)
#include "tst_commandline.moc"
