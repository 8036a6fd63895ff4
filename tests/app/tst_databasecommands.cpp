#include "testdatabases.h"

#include "database/connection.h"
#include "records/session.h"
#include "xml/designfile.h"
#include "xml/designreader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The commands that work with databases (sql, apply, import) and what check says about
// relationships and design errors, through the real `schemata` executable.
class tst_DatabaseCommands : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sqlPerDialect_data();
    void sqlPerDialect();
    void sqlUnknownDialect();
    void designErrorsStopEverything();
    void checkShowsRelationships();
    void checkJsonHasRelationshipsAndProblems();
    void applyAndImport_data();
    void applyAndImport();
    void importOfAMissingFile();
    void exportJson_data() { TestDatabases::addEngineRows(); }
    void exportJson();
    void fillAndClone_data();
    void fillAndClone();
    void importJson_data() { TestDatabases::addEngineRows(); }
    void importJson();
    void designMustBeTheDatabases_data() { TestDatabases::addEngineRows(); }
    void designMustBeTheDatabases();

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

const QString Blog = QStringLiteral(SCHEMATA_TESTS "/orm/data/ddl/blog.xml");
const QString Seed = QStringLiteral(SCHEMATA_RESOURCES "/examples/seed-models.xml");

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

tst_DatabaseCommands::Result tst_DatabaseCommands::run(const QStringList &arguments)
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
        process.readAllStandardOutput(), process.readAllStandardError()};
}

void tst_DatabaseCommands::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString missing = TestDatabases::missingServers();
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
}

void tst_DatabaseCommands::sqlPerDialect_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::newRow("sqlite") << u"sqlite"_s;
    QTest::newRow("postgresql") << u"postgresql"_s;
    QTest::newRow("mysql") << u"mysql"_s;
}

void tst_DatabaseCommands::sqlPerDialect()
{
    QFETCH(QString, dialect);
    const Result r = run({u"sql"_s, Blog, u"--dialect"_s, dialect});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QByteArray());
    QCOMPARE(r.out,
        readFile(QStringLiteral(SCHEMATA_TESTS "/orm/data/ddl/blog.") + dialect + u".sql"_s));
}

void tst_DatabaseCommands::sqlUnknownDialect()
{
    const Result r = run({u"sql"_s, Blog, u"--dialect"_s, u"oracle"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("Unknown dialect \"oracle\""));
    QVERIFY(r.out.isEmpty());
}

void tst_DatabaseCommands::designErrorsStopEverything()
{
    const QString path = m_dir.filePath(u"broken.xml"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("<?xml version=\"1.0\" encoding=\"utf-8\" ?>\n<sql>\n"
               "<table x=\"0\" y=\"0\" name=\"t\"><row name=\"id\" null=\"0\" autoincrement=\"1\">"
               "<datatype>INTEGER</datatype></row></table>\n</sql>\n");
    file.close();

    const Result sql = run({u"sql"_s, path});
    QCOMPARE(sql.exitCode, 4);
    QVERIFY(sql.out.isEmpty());
    QVERIFY(sql.err.contains("error: t.id: AUTOINCREMENT needs the column to be the table's "
                             "primary key, alone."));

    const QString database = m_dir.filePath(u"never.sqlite"_s);
    const Result apply = run({u"apply"_s, path, database});
    QCOMPARE(apply.exitCode, 4);
    QVERIFY(apply.err.contains("nothing was changed"));
    QVERIFY(!QFile::exists(database)); // not even created

    // The file loads; its whole report is printed, and the exit status says it has errors.
    const Result check = run({u"check"_s, path});
    QCOMPARE(check.exitCode, 4);
    QVERIFY(check.out.contains(": 1 table, 1 column, 0 relations, 0 keys\n"));
    QVERIFY(check.out.contains("error: t.id: AUTOINCREMENT"));
    const Result json = run({u"check"_s, path, u"--json"_s});
    QCOMPARE(json.exitCode, 4);
    QCOMPARE(QJsonDocument::fromJson(json.out).object().value(u"problems"_s).toArray().size(), 1);
}

void tst_DatabaseCommands::checkShowsRelationships()
{
    const Result r = run({u"check"_s, Seed});
    QCOMPARE(r.exitCode, 0);
    const QString out = QString::fromUtf8(r.out);
    for (const QString &line :
        {u"  many-to-one: post.user_id -> user (each user row has many post rows)"_s,
            u"  self-referential one-to-many: task.parent_id -> task (parent and children)"_s,
            u"  many-to-many: content <-> category through content_category"_s,
            u"  self-referential many-to-many: user <-> user through followers"_s,
            u"  joined-table inheritance: engineer extends employee"_s,
            u"  single-table inheritance: staff_manager extends staff"_s})
        QVERIFY2(out.contains(line + u'\n'), qPrintable(line));
    QVERIFY(!out.contains(u"error:"_s));
}

void tst_DatabaseCommands::checkJsonHasRelationshipsAndProblems()
{
    const Result r = run({u"check"_s, Seed, u"--json"_s});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    const QJsonArray relationships = o.value(u"relationships"_s).toArray();
    QCOMPARE(relationships.size(), 8);
    QStringList kinds;
    for (const QJsonValue &v : relationships)
        kinds << v.toObject().value(u"kind"_s).toString();
    QCOMPARE(kinds,
        (QStringList {u"many-to-one"_s, u"self-referential-many-to-many"_s, u"self-referential"_s,
            u"many-to-many"_s, u"joined-inheritance"_s, u"joined-inheritance"_s,
            u"single-inheritance"_s, u"single-inheritance"_s}));
    QCOMPARE(o.value(u"problems"_s).toArray().size(), 0);
}

void tst_DatabaseCommands::applyAndImport_data()
{
    QTest::addColumn<QString>("engine");
    for (const QString &engine : TestDatabases::engines())
        QTest::newRow(qPrintable(engine)) << engine;
}

void tst_DatabaseCommands::applyAndImport()
{
    QFETCH(QString, engine);
    QString error;
    QString database = TestDatabases::freshDatabase(engine, u"tst_commands_apply"_s, &error);
    QVERIFY2(!database.isEmpty(), qPrintable(error));

    const Result applied = run({u"apply"_s, Seed, database});
    QVERIFY2(applied.exitCode == 0, applied.err.constData());
    QVERIFY(applied.out.contains("Created 11 tables in "));
    QVERIFY(!applied.out.contains("schemata:schemata@")); // no password in messages

    const Result again = run({u"apply"_s, Seed, database});
    QCOMPARE(again.exitCode, 5);
    QVERIFY(again.err.contains("--replace"));

    const Result replaced = run({u"apply"_s, Seed, database, u"--replace"_s});
    QVERIFY2(replaced.exitCode == 0, replaced.err.constData());
    QVERIFY(replaced.out.contains("Replaced 11 tables."));

    const QString design = m_dir.filePath(u"imported-"_s + engine + u".xml"_s);
    const Result imported = run({u"import"_s, database, u"-o"_s, design});
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    const Result check = run({u"check"_s, design});
    QCOMPARE(check.exitCode, 0);
    QVERIFY2(check.out.contains(": 11 tables, 33 columns, 8 relations, 12 keys\n"),
        check.out.constData());
    QVERIFY(check.out.contains("self-referential many-to-many: user <-> user through followers"));

    const Result toStdout = run({u"import"_s, database});
    QCOMPARE(toStdout.exitCode, 0);
    QCOMPARE(toStdout.out, readFile(design));
}

void tst_DatabaseCommands::importOfAMissingFile()
{
    const QString missing = m_dir.filePath(u"missing.sqlite"_s);
    const Result r = run({u"import"_s, missing});
    QCOMPARE(r.exitCode, 5);
    QVERIFY(r.err.contains("no such database file"));
    QVERIFY(!QFile::exists(missing)); // not created by looking
}

void tst_DatabaseCommands::fillAndClone_data()
{
    TestDatabases::addEngineRows();
}

// fill makes rows that a clone can copy; the copy is checked through the ORM's session.
void tst_DatabaseCommands::fillAndClone()
{
    QFETCH(QString, engine);
    QString error;
    const QString database = TestDatabases::freshDatabase(engine, u"tst_commands_fill"_s, &error);
    QVERIFY2(!database.isEmpty(), qPrintable(error));
    QCOMPARE(run({u"apply"_s, Seed, database}).exitCode, 0);

    const Result filled = run({u"fill"_s, database, u"--rows"_s, u"20"_s, u"--rows"_s, u"post=50"_s,
        u"--seed"_s, u"7"_s, u"--design"_s, Seed});
    QVERIFY2(filled.exitCode == 0, filled.err.constData());
    QVERIFY2(filled.out.contains("user: 20 rows\n"), filled.out.constData());
    QVERIFY(filled.out.contains("post: 50 rows\n"));

    const Result refused = run({u"clone"_s, database, u"user"_s, u"1"_s});
    QCOMPARE(refused.exitCode, 5);
    QVERIFY2(refused.err.contains("needs new values for name"), refused.err.constData());

    const Result cloned = run({u"clone"_s, database, u"user"_s, u"1"_s, u"--set"_s,
        u"name=the copy"_s, u"--deep"_s, u"--design"_s, Seed});
    QVERIFY2(cloned.exitCode == 0, cloned.err.constData());
    const QString copyKey = QString::fromUtf8(cloned.out).trimmed();
    QCOMPARE(copyKey, u"21"_s);

    DesignReader reader;
    QVERIFY(DesignFile::load(Seed, &reader));
    Connection connection;
    QVERIFY(connection.open(
        *DatabaseAddress::parse(database, &error), Connection::Mode::OpenExisting, &error));
    Session session(connection, reader.schema());
    const std::optional<Record> original = session.get(u"user"_s, {1});
    const std::optional<Record> copy = session.get(u"user"_s, {21});
    QVERIFY(original && copy);
    QCOMPARE(copy->value(u"name"_s).toString(), u"the copy"_s);
    QCOMPARE(copy->value(u"email"_s), original->value(u"email"_s));
    const ForeignKey *postUser = session.foreignKey(u"post"_s, {u"user_id"_s});
    QCOMPARE(
        session.children(*copy, *postUser).size(), session.children(*original, *postUser).size());

    // A design that is not the database's is refused, by clone as by fill.
    const Result wrongDesign =
        run({u"clone"_s, database, u"user"_s, u"1"_s, u"--design"_s, Blog});
    QCOMPARE(wrongDesign.exitCode, 5);
    QVERIFY2(wrongDesign.err.contains("The design does not match"), wrongDesign.err.constData());

    const Result badDepth = run({u"clone"_s, database, u"user"_s, u"1"_s, u"--depth"_s, u"x"_s});
    QCOMPARE(badDepth.exitCode, 1);
}

void tst_DatabaseCommands::exportJson()
{
    QFETCH(QString, engine);
    QString error;
    const QString database = TestDatabases::freshDatabase(engine, u"tst_commands_json"_s, &error);
    QVERIFY2(!database.isEmpty(), qPrintable(error));
    QCOMPARE(run({u"apply"_s, Seed, database}).exitCode, 0);
    QCOMPARE(run({u"fill"_s, database, u"--rows"_s, u"5"_s, u"--design"_s, Seed}).exitCode, 0);

    const Result toStdout = run({u"export-json"_s, database});
    QVERIFY2(toStdout.exitCode == 0, toStdout.err.constData());
    const QJsonObject all = QJsonDocument::fromJson(toStdout.out).object();
    QCOMPARE(all.size(), 11);
    QCOMPARE(all.value(u"user"_s).toArray().size(), 5);
    // Parents first: every table comes after the tables it references.
    const QByteArray &text = toStdout.out;
    QVERIFY(text.indexOf("\"user\": [") < text.indexOf("\"post\": ["));
    QVERIFY(text.indexOf("\"employee\": [") < text.indexOf("\"engineer\": ["));
    QVERIFY(text.indexOf("\"content\": [") < text.indexOf("\"content_category\": ["));

    const QString path = m_dir.filePath(u"export-"_s + engine + u".json"_s);
    const Result toFile = run(
        {u"export-json"_s, database, u"-o"_s, path, u"--tables"_s, u"user,post"_s, u"--pretty"_s});
    QVERIFY2(toFile.exitCode == 0, toFile.err.constData());
    const QJsonObject some = QJsonDocument::fromJson(readFile(path)).object();
    QCOMPARE(some.keys(), (QStringList {u"post"_s, u"user"_s}));

    QCOMPARE(run({u"export-json"_s, database, u"--blobs"_s, u"octal"_s}).exitCode, 1);
    const Result unknown = run({u"export-json"_s, database, u"--tables"_s, u"nope"_s});
    QCOMPARE(unknown.exitCode, 5);
    QVERIFY(unknown.err.contains("nope"));
}

// export-json, then import-json into a database made from the same design: the same export.
void tst_DatabaseCommands::importJson()
{
    QFETCH(QString, engine);
    QString error;
    const QString source
        = TestDatabases::freshDatabase(engine, u"tst_commands_json_from"_s, &error);
    QVERIFY2(!source.isEmpty(), qPrintable(error));
    QCOMPARE(run({u"apply"_s, Seed, source}).exitCode, 0);
    QCOMPARE(run({u"fill"_s, source, u"--rows"_s, u"5"_s, u"--design"_s, Seed}).exitCode, 0);
    const QString path = m_dir.filePath(u"import-"_s + engine + u".json"_s);
    QCOMPARE(run({u"export-json"_s, source, u"-o"_s, path}).exitCode, 0);
    const QByteArray exported = readFile(path);

    const QString target = TestDatabases::freshDatabase(engine, u"tst_commands_json_to"_s, &error);
    QVERIFY2(!target.isEmpty(), qPrintable(error));
    QCOMPARE(run({u"apply"_s, Seed, target}).exitCode, 0);
    const Result imported = run({u"import-json"_s, target, path, u"--design"_s, Seed});
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    QVERIFY2(imported.out.startsWith("category: 5 rows\n"), imported.out.constData());
    QVERIFY(imported.out.contains("\nuser: 5 rows\n"));
    QCOMPARE(imported.out.count('\n'), 11);
    const Result again = run({u"export-json"_s, target});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.out, exported);

    // The same rows a second time: refused, by table and row, and nothing changes.
    const Result twice = run({u"import-json"_s, target, path});
    QCOMPARE(twice.exitCode, 5);
    QVERIFY2(twice.err.contains(":3:1: \"category\" row 1: the database refused it"),
        twice.err.constData());
    QCOMPARE(run({u"export-json"_s, target}).out, exported);

    // From standard input.
    const QString piped = TestDatabases::freshDatabase(engine, u"tst_commands_json_pipe"_s, &error);
    QVERIFY2(!piped.isEmpty(), qPrintable(error));
    QCOMPARE(run({u"apply"_s, Seed, piped}).exitCode, 0);
    QProcess process;
    process.setStandardInputFile(path);
    process.start(QStringLiteral(SCHEMATA_BINARY), {u"import-json"_s, piped, u"-"_s});
    QVERIFY(process.waitForFinished(60000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    QCOMPARE(run({u"export-json"_s, piped}).out, exported);

    // The input's faults: exit status 2, with file:line:column.
    const QString broken = m_dir.filePath(u"broken.json"_s);
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"user\": [\n{\"id\": 1, \"nmae\": \"x\"}\n]}\n");
    file.close();
    const Result unknown = run({u"import-json"_s, piped, broken});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains(QByteArray(broken.toUtf8() + ":2:")), unknown.err.constData());
    QVERIFY(unknown.err.contains("\"user\" row 1: the table has no column \"nmae\"."));
    const Result missing = run({u"import-json"_s, piped, m_dir.filePath(u"none.json"_s)});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains("Cannot read"));
    QCOMPARE(run({u"import-json"_s, piped, path, u"--blobs"_s, u"skip"_s}).exitCode, 1);
    QCOMPARE(run({u"import-json"_s, piped}).exitCode, 1);
    QCOMPARE(run({u"export-json"_s, piped}).out, exported);
}


// --design is taken only when migrating the database to the design would change nothing (the
// rule of `schemata diff` and `migrate`): a design one column ahead is refused by fill, clone
// and import-json, each saying what migrating would do, and accepted once `migrate` has run.
void tst_DatabaseCommands::designMustBeTheDatabases()
{
    QFETCH(QString, engine);
    QString error;
    const QString database = TestDatabases::freshDatabase(engine, u"tst_commands_match"_s, &error);
    QVERIFY2(!database.isEmpty(), qPrintable(error));
    QCOMPARE(run({u"apply"_s, Seed, database}).exitCode, 0);

    QByteArray text = readFile(Seed);
    const QByteArray email = "<row name=\"email\" null=\"1\" autoincrement=\"0\">";
    QVERIFY(text.contains(email));
    text.replace(email,
        QByteArray(QByteArray("<row name=\"nickname\" null=\"1\" autoincrement=\"0\">\n<datatype>VARCHAR(40)"
                   "</datatype>\n<default>NULL</default>\n</row>\n")
            + email));
    const QString ahead = m_dir.filePath(u"seed-ahead.xml"_s);
    QFile file(ahead);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
    file.close();

    const QString json = m_dir.filePath(u"match.json"_s);
    QFile jsonFile(json);
    QVERIFY(jsonFile.open(QIODevice::WriteOnly));
    jsonFile.write(R"({"category": [{"id": 1, "name": "news"}]})");
    jsonFile.close();
    const QList<QStringList> commands {
        {u"fill"_s, database, u"--rows"_s, u"2"_s, u"--design"_s, ahead},
        {u"clone"_s, database, u"user"_s, u"1"_s, u"--design"_s, ahead},
        {u"import-json"_s, database, json, u"--design"_s, ahead},
    };
    for (const QStringList &command : commands) {
        const Result refused = run(command);
        QVERIFY2(refused.exitCode == 5, refused.err.constData());
        QVERIFY2(refused.err.contains("The design does not match"), refused.err.constData());
        QVERIFY2(refused.err.contains("add column user.nickname"), refused.err.constData());
        QVERIFY2(refused.err.contains("schemata migrate"), refused.err.constData());
    }
    // Nothing of the refused commands reached the database.
    const Result exported = run({u"export-json"_s, database});
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    const QJsonObject rows = QJsonDocument::fromJson(exported.out).object();
    QVERIFY(rows.value(u"user"_s).toArray().isEmpty());
    QVERIFY(rows.value(u"category"_s).toArray().isEmpty());

    const Result migrated = run({u"migrate"_s, ahead, database});
    QVERIFY2(migrated.exitCode == 0, migrated.err.constData());
    const Result filled = run({u"fill"_s, database, u"--rows"_s, u"2"_s, u"--design"_s, ahead});
    QVERIFY2(filled.exitCode == 0, filled.err.constData());
    QVERIFY2(!filled.err.contains("warning"), filled.err.constData());
    // And the design the database was made from is now one column behind it.
    const Result behind = run({u"fill"_s, database, u"--rows"_s, u"2"_s, u"--design"_s, Seed});
    QCOMPARE(behind.exitCode, 5);
    QVERIFY2(behind.err.contains("drop column user.nickname"), behind.err.constData());
}

QTEST_GUILESS_MAIN(tst_DatabaseCommands)
#include "tst_databasecommands.moc"
