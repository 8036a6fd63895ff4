#include "diff/schemadiff.h"
#include "textformats/dbmlwriter.h"
#include "textformats/mermaidwriter.h"
#include "xml/designfile.h"
#include "xml/designreader.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// export-dbml, export-mermaid and import of DBML through the real executable: files made and
// read back to the same structure, standard output, a DBML file told apart by its content, and
// a malformed one refused with its line and column, nothing written.
class tst_CommandTextFormats : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dbmlRoundTripThroughFiles();
    void standardOutput();
    void mermaidFile();
    void importByContent();
    void malformedDbml();
    void unreadableAndUnwritable();

private:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QString err;
    };
    static Result run(const QStringList &arguments);
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString write(const QString &name, const QByteArray &content) const;
    QTemporaryDir m_dir;
};

namespace {

const QString example = QStringLiteral(SCHEMATA_RESOURCES "/examples/seed-models.xml");

Schema loadDesign(const QString &path)
{
    DesignReader reader;
    if (!DesignFile::load(path, &reader))
        qFatal("%s does not load", qPrintable(path));
    return reader.schema();
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

} // namespace

tst_CommandTextFormats::Result tst_CommandTextFormats::run(const QStringList &arguments)
{
    QProcess process;
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(QStringLiteral(SCHEMATA_BINARY), arguments);
    if (!process.waitForFinished(60000))
        qFatal("schemata did not finish");
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        process.readAllStandardOutput(), QString::fromUtf8(process.readAllStandardError())};
}

QString tst_CommandTextFormats::write(const QString &name, const QByteArray &content) const
{
    QFile file(path(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path(name)));
    return path(name);
}

void tst_CommandTextFormats::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void tst_CommandTextFormats::dbmlRoundTripThroughFiles()
{
    const Result exported = run({u"export-dbml"_s, example, u"-o"_s, path(u"blog.dbml"_s)});
    QCOMPARE(exported.exitCode, 0);
    QVERIFY(exported.out.isEmpty());
    const Schema design = loadDesign(example);
    QCOMPARE(QString::fromUtf8(contents(path(u"blog.dbml"_s))), DbmlWriter::write(design));
    const Result imported = run({u"import"_s, path(u"blog.dbml"_s), u"-o"_s, path(u"back.xml"_s)});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QVERIFY(imported.out.isEmpty());
    const Schema back = loadDesign(path(u"back.xml"_s));
    const SchemaDiffResult diff = SchemaDiff::compare(design, back, DiffOptions());
    QStringList changes;
    for (const SchemaChange &c : diff.changes)
        changes << c.describe();
    QVERIFY2(diff.ok() && diff.isEmpty(), qPrintable(changes.join(u'\n')));
    // And the executable's own diff agrees.
    const Result compared = run({u"diff"_s, example, path(u"back.xml"_s)});
    QVERIFY2(compared.exitCode == 0, qPrintable(QString::fromUtf8(compared.out) + compared.err));
}

void tst_CommandTextFormats::standardOutput()
{
    const Schema design = loadDesign(example);
    const Result dbml = run({u"export-dbml"_s, example});
    QCOMPARE(dbml.exitCode, 0);
    QCOMPARE(QString::fromUtf8(dbml.out), DbmlWriter::write(design));
    const Result mermaid = run({u"export-mermaid"_s, example});
    QCOMPARE(mermaid.exitCode, 0);
    QCOMPARE(QString::fromUtf8(mermaid.out), MermaidWriter::write(design));
    QVERIFY(mermaid.out.startsWith("erDiagram\n"));
    // import without -o prints the design.
    const QString file = write(u"small.dbml"_s, "Table a {\n  id int [pk]\n}\n");
    const Result imported = run({u"import"_s, file});
    QCOMPARE(imported.exitCode, 0);
    QVERIFY(imported.out.startsWith("<?xml"));
    QVERIFY(imported.out.contains("<table x=\"40\" y=\"40\" name=\"a\">"));
    // A wrong count of arguments is a usage error.
    QCOMPARE(run({u"export-dbml"_s}).exitCode, 1);
    QCOMPARE(run({u"export-mermaid"_s, example, example}).exitCode, 1);
}

void tst_CommandTextFormats::mermaidFile()
{
    const Result result = run({u"export-mermaid"_s, example, u"-o"_s, path(u"blog.mmd"_s)});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.isEmpty());
    QCOMPARE(QString::fromUtf8(contents(path(u"blog.mmd"_s))),
        MermaidWriter::write(loadDesign(example)));
}

void tst_CommandTextFormats::importByContent()
{
    // No .dbml extension: the words decide.
    const QString file = write(u"schema.txt"_s,
        "// from dbdiagram.io\nTable users {\n  id int [pk]\n}\nTable posts {\n  id int [pk]\n"
        "  user_id int [ref: > users.id]\n}\n");
    const Result result = run({u"import"_s, file, u"-o"_s, path(u"content.xml"_s)});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const Schema design = loadDesign(path(u"content.xml"_s));
    QCOMPARE(design.tables().size(), 2);
    QCOMPARE(design.foreignKeyCount(), 1);
    // An SQLite file is still a database, whatever its name.
    const Result notDbml = run({u"import"_s, path(u"content.xml"_s)});
    QVERIFY(notDbml.exitCode != 0);
    QVERIFY2(!notDbml.err.contains(u"DBML"_s), qPrintable(notDbml.err));
}

void tst_CommandTextFormats::malformedDbml()
{
    const QString file
        = write(u"bad.dbml"_s, "Table a {\n  id int\n  name varchar [not null, default: ]\n}\n");
    const QString target = path(u"never.xml"_s);
    const Result result = run({u"import"_s, file, u"-o"_s, target});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(
        result.err.contains(file + u":3:36: Expected a value, found ]."_s), qPrintable(result.err));
    QVERIFY(!QFile::exists(target));
    // An existing design is left as it was.
    const QString existing = write(u"existing.xml"_s, contents(example));
    QCOMPARE(run({u"import"_s, file, u"-o"_s, existing}).exitCode, 2);
    QCOMPARE(contents(existing), contents(example));
    QVERIFY(result.out.isEmpty());
}

void tst_CommandTextFormats::unreadableAndUnwritable()
{
    QCOMPARE(run({u"export-dbml"_s, path(u"missing.xml"_s)}).exitCode, 2);
    const Result unwritable
        = run({u"export-mermaid"_s, example, u"-o"_s, path(u"no/such/dir/out.mmd"_s)});
    QCOMPARE(unwritable.exitCode, 3);
    QVERIFY2(unwritable.err.contains(u"out.mmd"_s), qPrintable(unwritable.err));
}

QTEST_GUILESS_MAIN(tst_CommandTextFormats)
#include "tst_commandtextformats.moc"
