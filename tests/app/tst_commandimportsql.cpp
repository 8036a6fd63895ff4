// `schemata import SCRIPT.sql` through the real executable: a script told from a database by
// its content, the dialect guessed and said, the per-statement report on standard error, and no
// design written when a statement failed unless --keep-going.
#include "xml/designfile.h"
#include "xml/designreader.h"

#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_CommandImportSql : public QObject
{
    Q_OBJECT

private slots:
    void guessedSqlite();
    void mysqlFailureWritesNothing();
    void keepGoing();
    void databaseByContent();
    void badArguments();
    void postgresqlDump();

private:
    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Result run(const QStringList &arguments);
    QString write(const QString &name, const QByteArray &content) const;
    static QStringList tables(const QString &design);

    QTemporaryDir m_dir;
};

tst_CommandImportSql::Result tst_CommandImportSql::run(const QStringList &arguments)
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

QString tst_CommandImportSql::write(const QString &name, const QByteArray &content) const
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QStringList tst_CommandImportSql::tables(const QString &design)
{
    DesignReader reader;
    if (!DesignFile::load(design, &reader))
        return {u"(does not load)"_s};
    QStringList names;
    for (const Table &t : reader.schema().tables())
        names << t.name;
    return names;
}

void tst_CommandImportSql::guessedSqlite()
{
    const QString script = write(u"blog.sql"_s,
        "PRAGMA foreign_keys=OFF;\n"
        "BEGIN TRANSACTION;\n"
        "CREATE TABLE user (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL);\n"
        "INSERT INTO user VALUES (1, 'ada');\n"
        "CREATE TABLE post (id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES user (id));\n"
        "CREATE TABLE sqlite_sequence(name,seq);\n"
        "COMMIT;\n");
    const QString design = m_dir.filePath(u"blog.xml"_s);
    const Result r = run({u"import"_s, script, u"-o"_s, design});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QString());
    const QString expected = u"Guessed sqlite from AUTOINCREMENT, PRAGMA and sqlite_sequence "
                             "(--dialect chooses).\n"
                             "%1:1:1: skipped: PRAGMA foreign_keys=OFF (a setting)\n"
                             "%1:2:1: skipped: BEGIN TRANSACTION (transaction control)\n"
                             "%1:4:1: skipped: INSERT INTO user VALUES (1, 'ada') (data, not "
                             "structure)\n"
                             "%1:6:1: skipped: CREATE TABLE sqlite_sequence(name,seq) (SQLite's "
                             "own table, which SQLite makes itself)\n"
                             "%1:7:1: skipped: COMMIT (transaction control)\n"
                             "7 statements: 2 imported, 5 skipped, 0 failed\n"_s.arg(script);
    QCOMPARE(r.err, expected);
    QCOMPARE(tables(design), (QStringList {u"user"_s, u"post"_s}));
}

void tst_CommandImportSql::mysqlFailureWritesNothing()
{
    const QString script = write(u"shop.sql"_s,
        "CREATE TABLE `a` (`id` int NOT NULL, PRIMARY KEY (`id`)) ENGINE=InnoDB;\n"
        "CREATE TABLE `b` (`id` int NOT NULL BOGUS);\n"
        "SET NAMES utf8mb4;\n");
    const QString design = m_dir.filePath(u"shop.xml"_s);
    const Result r = run({u"import"_s, script, u"--dialect"_s, u"mysql"_s, u"-o"_s, design});
    QCOMPARE(r.exitCode, 4);
    QCOMPARE(r.err,
        u"%1:2:1: failed: CREATE TABLE `b` (`id` int NOT NULL BOGUS): expected a column "
        "attribute at line 2, column 37, found \"BOGUS\"\n"
        "%1:3:1: skipped: SET NAMES utf8mb4 (a session setting)\n"
        "3 statements: 1 imported, 1 skipped, 1 failed\n"
        "No design was written: 1 statement failed. --keep-going writes the design of what "
        "imported.\n"_s.arg(script));
    QVERIFY(!QFile::exists(design));
}

void tst_CommandImportSql::keepGoing()
{
    const QString script = write(u"half.sql"_s,
        "CREATE TABLE a (x int);\nCREATE TABLE b (y int, FOREIGN KEY (y) REFERENCES c (z));\n"
        "CREATE TABLE d (w 'unterminated);\n");
    const QString design = m_dir.filePath(u"half.xml"_s);
    const Result r = run(
        {u"import"_s, script, u"--dialect"_s, u"mysql"_s, u"--keep-going"_s, u"-o"_s, design});
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains(script
                 + u":2:1: failed: CREATE TABLE b (y int, FOREIGN KEY (y) "
                   "REFERENCES c (z)): the foreign key \"b_ibfk_1\" references "
                   "\"c\", which the script does not create; the rest of the "
                   "statement imported\n"_s),
        qPrintable(r.err));
    QVERIFY2(r.err.contains(script
                 + u":3:1: failed: CREATE TABLE d (w 'unterminated);: the "
                   "string that starts at line 3, column 19 is not closed\n"_s),
        qPrintable(r.err));
    QVERIFY(r.err.endsWith(u"3 statements: 1 imported, 0 skipped, 2 failed\n"_s));
    QCOMPARE(tables(design), (QStringList {u"a"_s, u"b"_s}));
}

// A file is a database or a script by what it holds, whatever its name.
void tst_CommandImportSql::databaseByContent()
{
    const QString path = m_dir.filePath(u"looks-like-a-script.sql"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"make"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(u"CREATE TABLE real_table (id INTEGER PRIMARY KEY)"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"make"_s);
    const Result database = run({u"import"_s, path});
    QCOMPARE(database.exitCode, 0);
    QCOMPARE(database.err, QString());
    QVERIFY(database.out.contains(u"name=\"real_table\""_s));

    const QString script = write(u"schema.db"_s, "CREATE TABLE from_script (id int);\n");
    const Result fromScript = run({u"import"_s, script});
    QCOMPARE(fromScript.exitCode, 0);
    QVERIFY(fromScript.out.contains(u"name=\"from_script\""_s));
    QVERIFY2(fromScript.err.startsWith(u"Nothing in %1 says which database it was written for; "
                                       "reading it as sqlite (--dialect chooses).\n"_s.arg(script)),
        qPrintable(fromScript.err));
}

void tst_CommandImportSql::badArguments()
{
    const QString script = write(u"t.sql"_s, "CREATE TABLE t (a int);\n");
    const Result wrongDialect = run({u"import"_s, script, u"--dialect"_s, u"oracle"_s});
    QCOMPARE(wrongDialect.exitCode, 1);
    QVERIFY(wrongDialect.err.startsWith(
        u"--dialect takes sqlite, postgresql or mysql, not \"oracle\".\n"_s));
    const Result dialectForDatabase
        = run({u"import"_s, u"mysql://nobody@127.0.0.1:1/none"_s, u"--dialect"_s, u"mysql"_s});
    QCOMPARE(dialectForDatabase.exitCode, 1);
    QVERIFY(
        dialectForDatabase.err.startsWith(u"--dialect and --keep-going are for SQL scripts; "
                                          "mysql://nobody@127.0.0.1:1/none is not one.\n"_s));
}

void tst_CommandImportSql::postgresqlDump()
{
    const QString script = write(u"pg.sql"_s,
        "CREATE TABLE public.a (id integer NOT NULL);\nALTER TABLE public.a OWNER TO bob;\n"
        "ALTER TABLE ONLY public.a ADD CONSTRAINT a_pkey PRIMARY KEY (id);\n");
    const QString design = m_dir.filePath(u"pg.xml"_s);
    const Result r = run({u"import"_s, script, u"-o"_s, design});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err,
        u"Guessed postgresql from OWNER TO (--dialect chooses).\n"
        "%1:2:1: skipped: ALTER TABLE public.a OWNER TO bob (ownership)\n"
        "3 statements: 2 imported, 1 skipped, 0 failed\n"_s.arg(script));
    QCOMPARE(tables(design), QStringList {u"a"_s});
}

QTEST_GUILESS_MAIN(tst_CommandImportSql)
#include "tst_commandimportsql.moc"
