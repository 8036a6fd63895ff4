#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// `schemata export-docs` through the real executable, without a display: a design's and a
// database's data dictionary, as HTML and as Markdown with its diagram beside it.
class tst_ExportDocs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void htmlOfADesign();
    void markdownOfADatabase();
    void failuresLeaveNothing();

private:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    static Result run(const QStringList &arguments);
    QTemporaryDir m_dir;
};

namespace {

const QString Seed = QStringLiteral(SCHEMATA_RESOURCES "/examples/seed-models.xml");

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

tst_ExportDocs::Result tst_ExportDocs::run(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // As in a terminal over ssh or a CI job: no display to draw on.
    environment.remove(u"DISPLAY"_s);
    environment.remove(u"WAYLAND_DISPLAY"_s);
    environment.remove(u"QT_QPA_PLATFORM"_s);
    process.setProcessEnvironment(environment);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(QStringLiteral(SCHEMATA_BINARY), arguments);
    if (!process.waitForFinished(60000))
        qFatal("schemata did not finish");
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        process.readAllStandardOutput(), process.readAllStandardError()};
}

void tst_ExportDocs::htmlOfADesign()
{
    const Result page = run({u"export-docs"_s, Seed});
    QVERIFY2(page.exitCode == 0, page.err.constData());
    QVERIFY(page.out.startsWith("<!DOCTYPE html>"));
    // The diagram inline, drawn by the window's scene: a card's table name is text in it.
    const qsizetype svg = page.out.indexOf("<svg");
    QVERIFY(svg > 0);
    QVERIFY(page.out.indexOf("content_category", svg) > svg);
    for (const char *table : {"user", "post", "followers", "task", "employee", "engineer"})
        QVERIFY2(page.out.contains(QByteArray(QByteArray("\">") + table + "</a></li>")), table);
    // The same page written to a file, atomically.
    const QString path = m_dir.filePath(u"seed.html"_s);
    const Result written = run({u"export-docs"_s, Seed, u"-o"_s, path});
    QVERIFY2(written.exitCode == 0, written.err.constData());
    QCOMPARE(readFile(path), page.out);
}

void tst_ExportDocs::markdownOfADatabase()
{
    const QString database = m_dir.filePath(u"shop.sqlite"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"shop"_s);
        db.setDatabaseName(database);
        QVERIFY(db.open());
        QSqlQuery sql(db);
        QVERIFY(sql.exec(u"CREATE TABLE customer (id INTEGER PRIMARY KEY, name TEXT NOT NULL)"_s));
        QVERIFY(sql.exec(u"CREATE TABLE \"order\" (id INTEGER PRIMARY KEY, customer_id INTEGER "
                         "REFERENCES customer(id), total NUMERIC(10,2))"_s));
        QVERIFY(sql.exec(u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                         "WHERE i < 42) INSERT INTO customer SELECT i, 'c' || i FROM n"_s));
        QVERIFY(sql.exec(u"INSERT INTO \"order\" VALUES (1, 1, 9.5), (2, 1, 3)"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"shop"_s);
    const QString path = m_dir.filePath(u"docs/shop.md"_s);
    QVERIFY(QDir(m_dir.path()).mkpath(u"docs"_s));
    const Result result = run({u"export-docs"_s, database, u"-o"_s, path});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QString text = QString::fromUtf8(readFile(path));
    QVERIFY(text.startsWith(u"# shop.sqlite"_s));
    QVERIFY(text.contains(u"![Diagram](shop.svg)"_s));
    QVERIFY(readFile(m_dir.filePath(u"docs/shop.svg"_s)).contains("<svg"));
    // Row counts, counted: in the contents and under each table.
    QCOMPARE(text.count(u"(42 rows)"_s), 1);
    QCOMPARE(text.count(u"\n42 rows\n"_s), 1);
    QCOMPARE(text.count(u"(2 rows)"_s), 1);
    // The column as the catalogue has it (the import's type name), nullable, a foreign key.
    const qsizetype row = text.indexOf(u"| `customer_id` | `INT"_s);
    QVERIFY(row > 0);
    QVERIFY(text.mid(row, text.indexOf(u'\n', row) - row).endsWith(u"| yes | `NULL` | FK |  |"_s));
}

void tst_ExportDocs::failuresLeaveNothing()
{
    const QString path = m_dir.filePath(u"kept.html"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("the previous page");
    file.close();
    const Result missing = run({u"export-docs"_s, m_dir.filePath(u"nope.xml"_s), u"-o"_s, path});
    QCOMPARE(missing.exitCode, 2);
    QCOMPARE(readFile(path), QByteArray("the previous page"));
    const Result unwritable
        = run({u"export-docs"_s, Seed, u"-o"_s, m_dir.filePath(u"no/such/dir/x.html"_s)});
    QCOMPARE(unwritable.exitCode, 3);
    QVERIFY(!unwritable.err.isEmpty());
    const Result badFormat = run({u"export-docs"_s, Seed, u"--format"_s, u"pdf"_s});
    QCOMPARE(badFormat.exitCode, 1);
}

QTEST_GUILESS_MAIN(tst_ExportDocs)
#include "tst_exportdocs.moc"
