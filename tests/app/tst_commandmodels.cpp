#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// `schemata export-models` through the real executable: the module to standard output or, saved
// atomically, to -o; both styles and --factories; and its refusals with their exit statuses.
class tst_CommandModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void toStandardOutput();
    void toFile();
    void classicalWithFactories();
    void badArguments();
    void designErrors();
    void unwritableOutput();

private:
    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Result run(const QStringList &arguments);
    QTemporaryDir m_dir;
    const QString m_seed = QStringLiteral(SCHEMATA_RESOURCES "/examples/seed-models.xml");
};

tst_CommandModels::Result tst_CommandModels::run(const QStringList &arguments)
{
    QProcess process;
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(QStringLiteral(SCHEMATA_BINARY), arguments);
    if (!process.waitForFinished(60000))
        qFatal("schemata did not finish");
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError())};
}

void tst_CommandModels::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void tst_CommandModels::toStandardOutput()
{
    const Result r = run({u"export-models"_s, m_seed});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QString());
    QVERIFY(r.out.contains(u"Base = declarative_base()\n"_s));
    QVERIFY(r.out.contains(u"class User(Base):\n"_s));
    QVERIFY(r.out.contains(u"    posts = relationship('Post', back_populates='user')\n"_s));
    QVERIFY(!r.out.contains(u"factory"_s));
}

void tst_CommandModels::toFile()
{
    const QString path = m_dir.filePath(u"models.py"_s);
    const Result r
        = run({u"export-models"_s, m_seed, u"--style"_s, u"declarative"_s, u"-o"_s, path});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), run({u"export-models"_s, m_seed}).out);
}

void tst_CommandModels::classicalWithFactories()
{
    const Result r
        = run({u"export-models"_s, m_seed, u"--style"_s, u"classical"_s, u"--factories"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(u"def start_mappers():\n"_s));
    QVERIFY(r.out.contains(u"user = Table(\n    'user', metadata,\n"_s));
    QVERIFY(r.out.contains(u"class PostFactory(factory.alchemy.SQLAlchemyModelFactory):\n"_s));
}

void tst_CommandModels::badArguments()
{
    Result r = run({u"export-models"_s, m_seed, u"--style"_s, u"imperative"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"Unknown style \"imperative\""_s), qPrintable(r.err));
    r = run({u"export-models"_s});
    QCOMPARE(r.exitCode, 1);
    r = run({u"export-models"_s, m_dir.filePath(u"missing.xml"_s)});
    QCOMPARE(r.exitCode, 2);
}

void tst_CommandModels::designErrors()
{
    const QString path = m_dir.filePath(u"twice.xml"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("<?xml version=\"1.0\" encoding=\"utf-8\" ?>\n<sql>\n<table x=\"0\" y=\"0\" "
               "name=\"t\">\n<row name=\"a\" null=\"1\" autoincrement=\"0\"><datatype>INTEGER"
               "</datatype></row>\n<row name=\"a\" null=\"1\" autoincrement=\"0\"><datatype>"
               "INTEGER</datatype></row>\n</table>\n</sql>\n");
    file.close();
    const QString output = m_dir.filePath(u"twice.py"_s);
    const Result r = run({u"export-models"_s, path, u"-o"_s, output});
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains(u"no models were written"_s), qPrintable(r.err));
    QVERIFY(!QFile::exists(output));
}

void tst_CommandModels::unwritableOutput()
{
    const Result r
        = run({u"export-models"_s, m_seed, u"-o"_s, m_dir.filePath(u"no such folder/models.py"_s)});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(u"Cannot write"_s), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(tst_CommandModels)
#include "tst_commandmodels.moc"
