#include "testdatabases.h"

#include <QCryptographicHash>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// `schemata diff` and `schemata describe` through the real executable: designs against
// designs, against SQLite and PostgreSQL databases that `schemata apply` made, and as git's
// diff driver and textconv in a real repository.
class tst_CommandDiff : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void twoDesigns();
    void sameDesign();
    void json();
    void renameHints();
    void badArguments();
    void designErrors();
    void recordedRenamesAgainstSqlite();
    void unmanagedTables();
    void postgresql();
    void describe();
    void gitDriverArguments();
    void gitDiffAndLog();
    void gitTextconv();
    void migrateSqlite();
    void migrateRefused();
    void migrateServers_data();
    void migrateServers();
    void alembicRevision_data();
    void alembicRevision();

private:
    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Result run(const QStringList &arguments);
    static Result git(const QString &repository, const QStringList &arguments);
    QString write(const QString &name, const QByteArray &content) const;
    QString gitRepository(const QString &name, const QString &driver, const QString &command);
    QTemporaryDir m_dir;
};

namespace {

QByteArray design(const QByteArray &tables)
{
    return "<?xml version=\"1.0\" encoding=\"utf-8\" ?>\n<sql>\n" + tables + "</sql>\n";
}

// users (id, name) and posts (id, user_id, body); posts.user_id references users.id.
const QByteArray Old
    = design("<table x=\"10\" y=\"10\" name=\"users\">\n"
             "<row name=\"id\" null=\"0\" autoincrement=\"1\"><datatype>INTEGER</datatype></row>\n"
             "<row name=\"name\" null=\"1\" autoincrement=\"0\"><datatype>VARCHAR(50)</datatype>"
             "<default>NULL</default></row>\n"
             "<key type=\"PRIMARY\" name=\"\"><part>id</part></key>\n</table>\n"
             "<table x=\"300\" y=\"10\" name=\"posts\">\n"
             "<row name=\"id\" null=\"0\" autoincrement=\"1\"><datatype>INTEGER</datatype></row>\n"
             "<row name=\"user_id\" null=\"1\" autoincrement=\"0\"><datatype>INTEGER</datatype>"
             "<default>NULL</default><relation table=\"users\" row=\"id\" /></row>\n"
             "<row name=\"body\" null=\"1\" autoincrement=\"0\"><datatype>TEXT</datatype>"
             "<default>NULL</default></row>\n"
             "<key type=\"PRIMARY\" name=\"\"><part>id</part></key>\n</table>\n");

// The same after editing in Schemata: users renamed to people and name to full_name (both
// recorded), posts.body dropped, posts.title added.
const QByteArray New = design(
    "<table x=\"10\" y=\"10\" name=\"people\">\n"
    "<row name=\"id\" null=\"0\" autoincrement=\"1\"><datatype>INTEGER</datatype></row>\n"
    "<row name=\"full_name\" null=\"1\" autoincrement=\"0\"><datatype>VARCHAR(50)</datatype>"
    "<default>NULL</default><renamed from=\"name\" />\n</row>\n"
    "<key type=\"PRIMARY\" name=\"\"><part>id</part></key>\n<renamed from=\"users\" />\n"
    "</table>\n"
    "<table x=\"300\" y=\"10\" name=\"posts\">\n"
    "<row name=\"id\" null=\"0\" autoincrement=\"1\"><datatype>INTEGER</datatype></row>\n"
    "<row name=\"user_id\" null=\"1\" autoincrement=\"0\"><datatype>INTEGER</datatype>"
    "<default>NULL</default><relation table=\"people\" row=\"id\" /></row>\n"
    "<row name=\"title\" null=\"1\" autoincrement=\"0\"><datatype>VARCHAR(100)</datatype>"
    "<default>NULL</default></row>\n"
    "<key type=\"PRIMARY\" name=\"\"><part>id</part></key>\n</table>\n");

const QStringList OldToNew {
    u"[safe] rename table users to people"_s, u"[safe] rename column people.name to full_name"_s};

QStringList lines(const QString &text)
{
    return text.split(u'\n', Qt::SkipEmptyParts);
}

} // namespace

tst_CommandDiff::Result tst_CommandDiff::run(const QStringList &arguments)
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
        QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError())};
}

// git in `repository`, with no configuration but the repository's own and no pager.
tst_CommandDiff::Result tst_CommandDiff::git(
    const QString &repository, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HOME"_s, repository);
    environment.insert(u"GIT_CONFIG_NOSYSTEM"_s, u"1"_s);
    environment.insert(u"GIT_PAGER"_s, u"cat"_s);
    environment.remove(u"GIT_EXTERNAL_DIFF"_s);
    environment.remove(u"GIT_DIR"_s);
    environment.remove(u"GIT_WORK_TREE"_s);
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(repository);
    process.start(u"git"_s, arguments);
    if (!process.waitForFinished(60000))
        qFatal("git did not finish");
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError())};
}

QString tst_CommandDiff::write(const QString &name, const QByteArray &content) const
{
    const QString path = m_dir.filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void tst_CommandDiff::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString missing = TestDatabases::missingServers();
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
}

void tst_CommandDiff::twoDesigns()
{
    const Result r = run({u"diff"_s, write(u"old.xml"_s, Old), write(u"new.xml"_s, New)});
    QCOMPARE(r.exitCode, 6);
    QCOMPARE(r.err, QString());
    QCOMPARE(lines(r.out),
        QStringList(
            {OldToNew.at(0), OldToNew.at(1), u"[safe] add column posts.title VARCHAR(100)"_s,
                u"[data-loss] drop column posts.body"_s, u"changes: 4 (3 safe, 1 data-loss)"_s}));
}

void tst_CommandDiff::sameDesign()
{
    const QString path = write(u"old.xml"_s, Old);
    Result r = run({u"diff"_s, path, path});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, u"No differences.\n"_s);
    // Moved tables are the same schema.
    QByteArray moved = Old;
    moved.replace("x=\"300\"", "x=\"900\"");
    r = run({u"diff"_s, path, write(u"moved.xml"_s, moved), u"--json"_s});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(u"same"_s), QJsonValue(true));
    QCOMPARE(o.value(u"changes"_s).toArray().size(), 0);
}

void tst_CommandDiff::json()
{
    const Result r
        = run({u"diff"_s, write(u"old.xml"_s, Old), write(u"new.xml"_s, New), u"--json"_s});
    QCOMPARE(r.exitCode, 6);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonObject o = document.object();
    QCOMPARE(o.value(u"same"_s), QJsonValue(false));
    QVERIFY(o.value(u"unmanaged"_s).isArray());
    QVERIFY(o.value(u"warnings"_s).isArray());
    const QJsonArray changes = o.value(u"changes"_s).toArray();
    QCOMPARE(changes.size(), 4);
    const QJsonObject added = changes.at(2).toObject();
    QCOMPARE(added,
        QJsonObject({{u"kind"_s, u"add-column"_s}, {u"risk"_s, u"safe"_s}, {u"table"_s, u"posts"_s},
            {u"column"_s, u"title"_s}, {u"after"_s, u"VARCHAR(100)"_s},
            {u"description"_s, u"add column posts.title VARCHAR(100)"_s}}));
    const QJsonObject renamed = changes.at(1).toObject();
    QCOMPARE(renamed.value(u"kind"_s), u"rename-column"_s);
    QCOMPARE(renamed.value(u"table"_s), u"people"_s);
    QCOMPARE(renamed.value(u"oldColumn"_s), u"name"_s);
    QCOMPARE(renamed.value(u"column"_s), u"full_name"_s);
    QVERIFY(!renamed.contains(u"object"_s)); // no empty members
    QCOMPARE(renamed.value(u"oldTable"_s), u"users"_s); // the table's name in A
    QCOMPARE(changes.at(3).toObject().value(u"risk"_s), u"data-loss"_s);
}

// Two files saved by WWW SQL Designer, with no record of the renames: the user pairs them,
// with names that need the escapes.
void tst_CommandDiff::renameHints()
{
    const QString a = write(u"erb.xml"_s,
        design("<table x=\"0\" y=\"0\" name=\"index.html.erb\">\n"
               "<row name=\"id\" null=\"0\" autoincrement=\"0\"><datatype>INTEGER</datatype>"
               "</row>\n<row name=\"a=b\" null=\"1\" autoincrement=\"0\"><datatype>TEXT"
               "</datatype><default>NULL</default></row>\n</table>\n"));
    const QString b = write(u"pages.xml"_s,
        design("<table x=\"0\" y=\"0\" name=\"pages\">\n"
               "<row name=\"id\" null=\"0\" autoincrement=\"0\"><datatype>INTEGER</datatype>"
               "</row>\n<row name=\"ab\" null=\"1\" autoincrement=\"0\"><datatype>TEXT"
               "</datatype><default>NULL</default></row>\n</table>\n"));
    Result r = run({u"diff"_s, a, b});
    QCOMPARE(r.exitCode, 6);
    QVERIFY2(r.out.contains(u"[data-loss] drop table index.html.erb\n"_s), qPrintable(r.out));
    QVERIFY(r.out.contains(u"[safe] add table pages\n"_s));

    r = run({u"diff"_s, a, b, u"--rename-table"_s, u"index.html.erb=pages"_s, u"--rename-column"_s,
        u"pages:a\\=b=ab"_s});
    QCOMPARE(r.exitCode, 6);
    QCOMPARE(lines(r.out),
        QStringList({u"[safe] rename table index.html.erb to pages"_s,
            u"[safe] rename column pages.a=b to ab"_s, u"changes: 2 (2 safe)"_s}));

    // A hint that fits nothing is said, and the drop stays.
    r = run({u"diff"_s, a, b, u"--rename-table"_s, u"nothing=pages"_s});
    QCOMPARE(r.exitCode, 6);
    QVERIFY(r.out.contains(u"warning: "_s));
    QVERIFY(r.out.contains(u"[data-loss] drop table index.html.erb\n"_s));
}

void tst_CommandDiff::badArguments()
{
    const QString path = write(u"old.xml"_s, Old);
    Result r = run({u"diff"_s, path, path, u"--rename-table"_s, u"a=b=c"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(!r.err.isEmpty());
    QVERIFY(r.out.isEmpty());
    r = run({u"diff"_s, path, path, u"--rename-column"_s, u"a=b"_s});
    QCOMPARE(r.exitCode, 1);
    r = run({u"diff"_s, path});
    QCOMPARE(r.exitCode, 1);
    r = run({u"diff"_s, path, path, u"--dialect"_s, u"oracle"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(u"Unknown dialect \"oracle\""_s));
    r = run({u"diff"_s, path, m_dir.filePath(u"missing.xml"_s)});
    QCOMPARE(r.exitCode, 2);
    r = run({u"diff"_s, u"--git"_s, path, path});
    QCOMPARE(r.exitCode, 1);
}

void tst_CommandDiff::designErrors()
{
    const QString broken = write(u"broken.xml"_s,
        design("<table x=\"0\" y=\"0\" name=\"t\"><row name=\"id\" null=\"0\" "
               "autoincrement=\"1\"><datatype>INTEGER</datatype></row></table>\n"));
    const Result r = run({u"diff"_s, write(u"old.xml"_s, Old), broken});
    QCOMPARE(r.exitCode, 4);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(u"error: t.id: AUTOINCREMENT needs the column"_s), qPrintable(r.err));
}

// A database made from the old design is renamed into the new one by the design's records;
// one made from the new design is the same.
void tst_CommandDiff::recordedRenamesAgainstSqlite()
{
    const QString oldDesign = write(u"old.xml"_s, Old);
    const QString newDesign = write(u"new.xml"_s, New);
    const QString oldDatabase = m_dir.filePath(u"old.sqlite"_s);
    const QString newDatabase = m_dir.filePath(u"new.sqlite"_s);
    QFile::remove(oldDatabase);
    QFile::remove(newDatabase);
    QCOMPARE(run({u"apply"_s, oldDesign, oldDatabase}).exitCode, 0);
    QCOMPARE(run({u"apply"_s, newDesign, newDatabase}).exitCode, 0);

    Result r = run({u"diff"_s, oldDatabase, newDesign});
    QCOMPARE(r.exitCode, 6);
    QCOMPARE(lines(r.out),
        QStringList(
            {OldToNew.at(0), OldToNew.at(1), u"[safe] add column posts.title VARCHAR(100)"_s,
                u"[data-loss] drop column posts.body"_s, u"changes: 4 (3 safe, 1 data-loss)"_s}));

    r = run({u"diff"_s, newDatabase, newDesign});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, u"No differences.\n"_s);
    r = run({u"diff"_s, newDesign, newDatabase});
    QCOMPARE(r.exitCode, 0);
    r = run({u"diff"_s, newDatabase, newDatabase});
    QCOMPARE(r.exitCode, 0);
    r = run({u"diff"_s, oldDatabase, newDatabase});
    QCOMPARE(r.exitCode, 6);
    QVERIFY(r.out.contains(u"[data-loss] drop table users\n"_s)); // no design: no record
}

// Tables the design does not have are the database's own: listed, left alone, not counted.
void tst_CommandDiff::unmanagedTables()
{
    const QString oldDesign = write(u"old.xml"_s, Old);
    const QString database = m_dir.filePath(u"unmanaged.sqlite"_s);
    QFile::remove(database);
    QCOMPARE(run({u"apply"_s, oldDesign, database}).exitCode, 0);
    const QString theirs = write(u"theirs.xml"_s,
        design("<table x=\"0\" y=\"0\" name=\"theirs\">\n<row name=\"id\" null=\"0\" "
               "autoincrement=\"0\"><datatype>INTEGER</datatype></row>\n</table>\n"));
    QCOMPARE(run({u"apply"_s, theirs, database}).exitCode, 0);

    Result r = run({u"diff"_s, database, oldDesign});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(lines(r.out), QStringList({u"left alone: theirs"_s, u"No differences."_s}));
    r = run({u"diff"_s, oldDesign, database, u"--json"_s});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(u"unmanaged"_s).toArray(), QJsonArray({u"theirs"_s}));
    QCOMPARE(o.value(u"same"_s), QJsonValue(true));

    r = run({u"diff"_s, database, oldDesign, u"--drop-unmanaged"_s});
    QCOMPARE(r.exitCode, 6);
    QCOMPARE(lines(r.out),
        QStringList({u"[data-loss] drop table theirs"_s, u"changes: 1 (1 data-loss)"_s}));
}

void tst_CommandDiff::postgresql()
{
    if (!TestDatabases::engines().contains(u"postgresql"_s))
        QSKIP("PostgreSQL is not among SCHEMATA_TEST_ENGINES");
    QString error;
    const QString url = TestDatabases::freshDatabase(u"postgresql"_s, u"tst_commanddiff"_s, &error);
    QVERIFY2(!url.isEmpty(), qPrintable(error));
    const QString oldDesign = write(u"old.xml"_s, Old);
    QCOMPARE(run({u"apply"_s, oldDesign, url}).exitCode, 0);

    Result r = run({u"diff"_s, url, oldDesign});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QCOMPARE(r.out, u"No differences.\n"_s);
    r = run({u"diff"_s, url, write(u"new.xml"_s, New)});
    QCOMPARE(r.exitCode, 6);
    QVERIFY(r.out.contains(OldToNew.at(0) + u'\n'));
    QVERIFY(r.out.contains(OldToNew.at(1) + u'\n'));
    // The database against itself.
    r = run({u"diff"_s, url, url});
    QCOMPARE(r.exitCode, 0);

    // Databases on two engines compare only on one that --dialect names.
    const QString sqlite = m_dir.filePath(u"pg-other.sqlite"_s);
    QFile::remove(sqlite);
    QCOMPARE(run({u"apply"_s, oldDesign, sqlite}).exitCode, 0);
    r = run({u"diff"_s, sqlite, url});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"give --dialect"_s), qPrintable(r.err));
    r = run({u"diff"_s, url, oldDesign, u"--dialect"_s, u"mysql"_s});
    QCOMPARE(r.exitCode, 1);
    r = run({u"diff"_s, sqlite, url, u"--dialect"_s, u"postgresql"_s});
    QVERIFY2(r.exitCode == 0 || r.exitCode == 6, qPrintable(r.out + r.err));
    QVERIFY(r.out.endsWith(u"No differences.\n"_s) || r.out.contains(u" change"_s));
}

void tst_CommandDiff::describe()
{
    const QString path = write(u"new.xml"_s, New);
    const Result r = run({u"describe"_s, path});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(!r.out.isEmpty());
    // Sorted by table name, whatever the file's order: people before posts, and the same
    // text for a file with the tables the other way round and moved.
    QVERIFY(r.out.indexOf(u"people"_s) < r.out.indexOf(u"posts"_s));
    const qsizetype split = New.indexOf("<table x=\"300\"");
    QByteArray swapped = design(New.mid(split, New.lastIndexOf("</sql>") - split)
        + New.mid(New.indexOf("<table"), split - New.indexOf("<table")));
    swapped.replace("x=\"10\"", "x=\"500\"");
    QVERIFY(swapped.indexOf("posts") < swapped.indexOf("people"));
    const Result again = run({u"describe"_s, write(u"swapped.xml"_s, swapped)});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.out, r.out);
    QVERIFY(r.out.contains(u"full_name"_s));

    QCOMPARE(run({u"describe"_s, m_dir.filePath(u"missing.xml"_s)}).exitCode, 2);
    QCOMPARE(run({u"describe"_s, write(u"bad.xml"_s, "<sql><table")}).exitCode, 2);
    QCOMPARE(run({u"describe"_s}).exitCode, 1);
}

// git's 7 arguments, with /dev/null for an added or a deleted file, and an unreadable file:
// always exit 0, with what happened in the output.
void tst_CommandDiff::gitDriverArguments()
{
    const QString path = write(u"old.xml"_s, Old);
    const QString hex = u"0123456789abcdef0123456789abcdef01234567"_s;
    const QString zeros(40, u'0');
    Result r = run({u"diff"_s, u"--git"_s, u"design.xml"_s, u"/dev/null"_s, zeros, u"."_s, path,
        hex, u"100644"_s});
    QCOMPARE(r.exitCode, 0);
    QStringList out = lines(r.out);
    QCOMPARE(out.value(0), u"diff --schemata a/design.xml b/design.xml"_s);
    QVERIFY2(out.contains(u"[safe] add table users"_s), qPrintable(r.out));
    QVERIFY(out.contains(u"[safe] add table posts"_s));

    r = run({u"diff"_s, u"--git"_s, u"design.xml"_s, path, hex, u"100644"_s, u"/dev/null"_s, zeros,
        u"."_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(lines(r.out).contains(u"[data-loss] drop table users"_s));

    // A renamed file: git adds the new path and its message.
    r = run({u"diff"_s, u"--git"_s, u"old/design.xml"_s, path, hex, u"100644"_s, path, hex,
        u"100644"_s, u"new/design.xml"_s, u"similarity index 100%"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(lines(r.out),
        QStringList(
            {u"diff --schemata a/old/design.xml b/new/design.xml"_s, u"No differences."_s}));

    // A path that looks like an option, and a file that is not a design.
    const QString bad = write(u"bad.xml"_s, "<sql><table name=");
    r = run({u"diff"_s, u"--git"_s, u"--json"_s, path, hex, u"100644"_s, bad, hex, u"100644"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith(u"diff --schemata a/--json b/--json\n"_s));
    QVERIFY2(r.out.contains(u"error: "_s + bad), qPrintable(r.out));
}

QString tst_CommandDiff::gitRepository(
    const QString &name, const QString &driver, const QString &command)
{
    const QString repository = m_dir.filePath(name);
    if (!QDir().mkpath(repository))
        return {};
    const QString binary = u"'"_s + QStringLiteral(SCHEMATA_BINARY) + u"'"_s;
    const QList<QStringList> steps {{u"init"_s, u"-q"_s}, {u"config"_s, u"user.name"_s, u"Test"_s},
        {u"config"_s, u"user.email"_s, u"test@example.com"_s},
        {u"config"_s, u"diff.schemata."_s + driver, binary + u' ' + command}};
    for (const QStringList &step : steps) {
        const Result r = git(repository, step);
        if (r.exitCode != 0)
            qFatal("git %s: %s", qPrintable(step.join(u' ')), qPrintable(r.err));
    }
    write(name + u"/.gitattributes"_s, "*.xml diff=schemata\n");
    return repository;
}

// The driver in a real repository: git diff and git log -p show the schema's changes.
void tst_CommandDiff::gitDiffAndLog()
{
    const QString repository = gitRepository(u"repo-command"_s, u"command"_s, u"diff --git"_s);
    QVERIFY(!repository.isEmpty());
    write(u"repo-command/schema/design.xml"_s, Old);
    QCOMPARE(git(repository, {u"add"_s, u"."_s}).exitCode, 0);
    QCOMPARE(git(repository, {u"commit"_s, u"-q"_s, u"-m"_s, u"old"_s}).exitCode, 0);
    write(u"repo-command/schema/design.xml"_s, New);

    Result r = git(repository, {u"diff"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"diff --schemata a/schema/design.xml b/schema/design.xml\n"_s),
        qPrintable(r.out));
    for (const QString &line : OldToNew)
        QVERIFY2(r.out.contains(line + u'\n'), qPrintable(r.out));
    QVERIFY(r.out.contains(u"[data-loss] drop column posts.body\n"_s));

    QCOMPARE(git(repository, {u"commit"_s, u"-q"_s, u"-a"_s, u"-m"_s, u"new"_s}).exitCode, 0);
    r = git(repository, {u"log"_s, u"-p"_s, u"--ext-diff"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    for (const QString &line : OldToNew)
        QVERIFY2(r.out.contains(line + u'\n'), qPrintable(r.out));
    // The first commit added the file: against /dev/null.
    QVERIFY2(r.out.contains(u"[safe] add table users\n"_s), qPrintable(r.out));

    // A commit that breaks the file does not stop the log.
    write(u"repo-command/schema/design.xml"_s, "<sql><table name=");
    QCOMPARE(git(repository, {u"commit"_s, u"-q"_s, u"-a"_s, u"-m"_s, u"broken"_s}).exitCode, 0);
    r = git(repository, {u"log"_s, u"-p"_s, u"--ext-diff"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(u"error: "_s));
    QVERIFY(r.out.contains(OldToNew.at(0) + u'\n'));
}

// textconv: git's own diff of the designs' descriptions.
void tst_CommandDiff::gitTextconv()
{
    const QString repository = gitRepository(u"repo-textconv"_s, u"textconv"_s, u"describe"_s);
    QVERIFY(!repository.isEmpty());
    write(u"repo-textconv/design.xml"_s, Old);
    QCOMPARE(git(repository, {u"add"_s, u"."_s}).exitCode, 0);
    QCOMPARE(git(repository, {u"commit"_s, u"-q"_s, u"-m"_s, u"old"_s}).exitCode, 0);
    QByteArray moved = New;
    moved.replace("x=\"300\"", "x=\"777\"");
    write(u"repo-textconv/design.xml"_s, moved);
    QCOMPARE(git(repository, {u"commit"_s, u"-q"_s, u"-a"_s, u"-m"_s, u"new"_s}).exitCode, 0);
    write(u"repo-textconv/design.xml"_s, New); // only a position moved

    Result r = git(repository, {u"diff"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out, QString()); // nothing of the schema changed

    r = git(repository, {u"log"_s, u"-p"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QStringList out = lines(r.out);
    const auto has = [&](QChar sign, const QString &word) {
        return std::any_of(out.cbegin(), out.cend(), [&](const QString &line) {
            return line.startsWith(sign) && !line.startsWith(QString(3, sign))
                && line.contains(word);
        });
    };
    QVERIFY2(has(u'+', u"full_name"_s), qPrintable(r.out));
    QVERIFY(has(u'+', u"title"_s));
    QVERIFY(has(u'-', u"body"_s));
    QVERIFY(!r.out.contains(u"x=\""_s)); // the description, not the XML
}

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

// migrate and history on SQLite: a dry run changes nothing (exit 6), the migration keeps the
// rows, a second run has nothing to do, and history lists what ran.
void tst_CommandDiff::migrateSqlite()
{
    const QString database = m_dir.filePath(u"migrate.sqlite"_s);
    QFile::remove(database);
    QCOMPARE(run({u"apply"_s, write(u"old.xml"_s, Old), database}).exitCode, 0);
    QCOMPARE(run({u"fill"_s, database, u"--rows"_s, u"7"_s}).exitCode, 0);
    const QString newDesign = write(u"new.xml"_s, New);
    const QByteArray before = fileBytes(database);

    Result r = run({u"migrate"_s, newDesign, database, u"--dry-run"_s});
    QVERIFY2(r.exitCode == 6, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(u"rename table users to people"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"ALTER TABLE \"users\" RENAME TO \"people\";"_s), qPrintable(r.out));
    QCOMPARE(fileBytes(database), before);

    // posts.body is dropped: that needs consent.
    r = run({u"migrate"_s, newDesign, database});
    QVERIFY2(r.exitCode == 7, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(u"--allow-data-loss"_s), qPrintable(r.out));
    QCOMPARE(fileBytes(database), before);

    r = run({u"migrate"_s, newDesign, database, u"--allow-data-loss"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    r = run({u"diff"_s, database, newDesign});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    r = run({u"export-json"_s, database});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject rows = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(rows.value(u"people"_s).toArray().size(), 7);
    QCOMPARE(rows.value(u"posts"_s).toArray().size(), 7);
    QVERIFY(!rows.value(u"people"_s).toArray().first().toObject().value(u"full_name"_s).isUndefined());
    QVERIFY(!rows.contains(u"schemata_migrations"_s)); // never exported

    r = run({u"migrate"_s, newDesign, database});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"Nothing to do"_s), qPrintable(r.out));

    r = run({u"history"_s, database, u"--statements"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(lines(r.out).first().section(u' ', 2, 2), u"new.xml"_s);
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(New, QCryptographicHash::Sha256).toHex().left(12));
    QCOMPARE(lines(r.out).first().section(u' ', 3, 3), hash);
    QVERIFY2(r.out.contains(u"RENAME COLUMN \"name\" TO \"full_name\""_s), qPrintable(r.out));
}

// A data check that fails stops everything, with the offending rows' keys, exit 7.
void tst_CommandDiff::migrateRefused()
{
    const QString database = m_dir.filePath(u"refused.sqlite"_s);
    QFile::remove(database);
    QCOMPARE(run({u"apply"_s, write(u"old.xml"_s, Old), database}).exitCode, 0);
    const QString rows = write(u"rows.json"_s,
        "{\"users\": [{\"id\": 1, \"name\": \"a\"}],\n"
        " \"posts\": [{\"id\": 1, \"user_id\": 1, \"body\": \"x\"},"
        " {\"id\": 2, \"user_id\": null, \"body\": \"y\"}]}\n");
    QCOMPARE(run({u"import-json"_s, database, rows}).exitCode, 0);
    QByteArray notNull = Old;
    notNull.replace("<row name=\"user_id\" null=\"1\"", "<row name=\"user_id\" null=\"0\"");
    const QByteArray before = fileBytes(database);
    const Result r = run({u"migrate"_s, write(u"notnull.xml"_s, notNull), database});
    QVERIFY2(r.exitCode == 7, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(u"FAILED: posts.user_id is NULL in some rows"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"; first: 2\n"_s), qPrintable(r.out)); // the key of the NULL row
    QCOMPARE(fileBytes(database), before);
}

void tst_CommandDiff::migrateServers_data()
{
    QTest::addColumn<QString>("engine");
    for (const QString &engine : TestDatabases::engines()) {
        if (engine != u"sqlite")
            QTest::newRow(qPrintable(engine)) << engine;
    }
}

// The same journey on PostgreSQL and MariaDB, and diff --sql on each engine's script.
void tst_CommandDiff::migrateServers()
{
    QFETCH(QString, engine);
    QString error;
    const QString url = TestDatabases::freshDatabase(engine, u"tst_commandmigrate"_s, &error);
    QVERIFY2(!url.isEmpty(), qPrintable(error));
    QCOMPARE(run({u"apply"_s, write(u"old.xml"_s, Old), url}).exitCode, 0);
    QCOMPARE(run({u"fill"_s, url, u"--rows"_s, u"5"_s}).exitCode, 0);
    const QString newDesign = write(u"new.xml"_s, New);
    Result r = run({u"diff"_s, url, newDesign, u"--sql"_s});
    QCOMPARE(r.exitCode, 6);
    QVERIFY2(r.out.contains(u"RENAME"_s), qPrintable(r.out));
    r = run({u"migrate"_s, newDesign, url, u"--allow-data-loss"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    r = run({u"diff"_s, url, newDesign});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    r = run({u"history"_s, url});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(lines(r.out).size(), 1);
}

void tst_CommandDiff::alembicRevision_data()
{
    QTest::addColumn<QString>("engine");
    for (const QString &engine : TestDatabases::engines()) {
        if (engine != u"mysql") // the issue asks for SQLite and PostgreSQL
            QTest::newRow(qPrintable(engine)) << engine;
    }
}

// diff --alembic: Debian's Alembic (python3-alembic) runs the revision's upgrade() on a
// database made from the old design, which then has the new design's structure and its rows;
// downgrade() brings the old structure back.
void tst_CommandDiff::alembicRevision()
{
    QFETCH(QString, engine);
    QString url, sqlalchemyUrl;
    if (engine == u"sqlite") {
        url = m_dir.filePath(u"alembic.sqlite"_s);
        QFile::remove(url);
        sqlalchemyUrl = u"sqlite:///"_s + url;
    } else {
        QString error;
        url = TestDatabases::freshDatabase(engine, u"tst_commandalembic"_s, &error);
        QVERIFY2(!url.isEmpty(), qPrintable(error));
        sqlalchemyUrl = url;
    }
    const QString oldDesign = write(u"old.xml"_s, Old);
    const QString newDesign = write(u"new.xml"_s, New);
    QCOMPARE(run({u"apply"_s, oldDesign, url}).exitCode, 0);
    QCOMPARE(run({u"fill"_s, url, u"--rows"_s, u"6"_s}).exitCode, 0);
    const QString revision = m_dir.filePath(u"versions/1a2b3c_people.py"_s);
    QVERIFY(QDir(m_dir.path()).mkpath(u"versions"_s));
    Result r = run({u"diff"_s, oldDesign, newDesign, u"--alembic"_s, u"--revision"_s,
        u"1a2b3c"_s, u"--down-revision"_s, u"0f0f0f"_s, u"-o"_s, revision});
    QVERIFY2(r.exitCode == 6, qPrintable(r.out + r.err));
    const QString text = QString::fromUtf8(fileBytes(revision));
    QVERIFY2(text.contains(u"revision = '1a2b3c'\ndown_revision = '0f0f0f'\n"_s), qPrintable(text));
    QVERIFY2(text.contains(u"op.rename_table('users', 'people')"_s), qPrintable(text));

    const auto alembic = [&](const QString &direction) {
        QProcess python;
        python.start(u"/usr/bin/python3"_s,
            {QStringLiteral(SCHEMATA_TESTS "/alembic/run_revision.py"), sqlalchemyUrl, revision,
                direction});
        if (!python.waitForFinished(120000))
            return QString(u"python3 did not finish"_s);
        return python.exitCode() == 0 ? QString()
                                      : QString::fromUtf8(python.readAllStandardError());
    };
    QString failure = alembic(u"upgrade"_s);
    QVERIFY2(failure.isEmpty(), qPrintable(failure + text));
    r = run({u"diff"_s, url, newDesign});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err + text));
    r = run({u"export-json"_s, url});
    const QJsonObject rows = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(rows.value(u"people"_s).toArray().size(), 6);
    QCOMPARE(rows.value(u"posts"_s).toArray().size(), 6);

    failure = alembic(u"downgrade"_s);
    QVERIFY2(failure.isEmpty(), qPrintable(failure + text));
    r = run({u"diff"_s, url, oldDesign});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err + text));
}

QTEST_GUILESS_MAIN(tst_CommandDiff)
#include "tst_commanddiff.moc"
