// SQL scripts read into designs (orm/sqlimport): the splitter, the SQLite runner's refusals, the
// MariaDB/MySQL parser, and the three ways a script must come back as the same structure (an
// empty SchemaDiff): `sqlite3 .schema` of real SQLite files against the files themselves,
// `mysqldump --no-data` against the live MariaDB database (and against the database the
// imported design makes), and `schemata sql` of every fixture against the fixture.
#include "corpusdatabases.h"
#include "testdatabases.h"

#include "database/connection.h"
#include "database/schemaapplier.h"
#include "database/schemaimporter.h"
#include "ddl/ddlwriter.h"
#include "dialects/dialect.h"
#include "diff/schemadiff.h"
#include "sqlimport/sqlscriptimporter.h"
#include "xml/designfile.h"
#include "xml/designreader.h"

#include <QDir>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Outcome = SqlStatementReport::Outcome;

// The changes that turn `a` into `b` on `engine`, one per line: empty when they are the same
// structure.
QString differences(const Schema &a, const Schema &b, SqlEngine engine)
{
    const SchemaDiffResult diff = SchemaDiff::compare(a, b, DiffOptions::forEngine(engine, false));
    QStringList lines = diff.errors;
    for (const SchemaChange &change : diff.changes)
        lines << change.describe();
    return lines.join(u'\n');
}

// Every statement that did not import, as the command prints them.
QString notImported(const SqlImportReport &report, Outcome outcome = Outcome::Failed)
{
    QStringList lines;
    for (const SqlStatementReport &s : report.statements) {
        if (s.outcome == outcome)
            lines << report.describe(s, u"script"_s);
    }
    return lines.join(u'\n');
}

SqlImportReport importScript(const QString &script, SqlEngine engine)
{
    QString error;
    std::optional<SqlImportReport> report = SqlScriptImporter::import(script, engine, &error);
    if (!report)
        qFatal("the import did not run: %s", qPrintable(error));
    return std::move(*report);
}

Schema liveImport(const QString &address, QStringList *warnings = nullptr)
{
    QString error;
    Connection connection;
    const std::optional<DatabaseAddress> parsed = DatabaseAddress::parse(address, &error);
    if (!parsed || !connection.open(*parsed, Connection::Mode::OpenExisting, &error))
        qFatal("cannot open %s: %s", qPrintable(address), qPrintable(error));
    SchemaImporter importer(connection);
    std::optional<Schema> schema = importer.import(&error);
    if (!schema)
        qFatal("cannot import %s: %s", qPrintable(address), qPrintable(error));
    if (warnings)
        *warnings = importer.warnings();
    return std::move(*schema);
}

QString run(const QString &program, const QStringList &arguments, QString *error)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        *error = program + u": "_s + QString::fromUtf8(process.readAllStandardError())
            + process.errorString();
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString mysqldump(const QString &url, QString *error)
{
    const std::optional<DatabaseAddress> a = DatabaseAddress::parse(url, error);
    if (!a)
        return {};
    return run(u"mysqldump"_s,
        {u"--no-defaults"_s, u"--no-data"_s, u"--protocol=tcp"_s, u"--host="_s + a->host,
            u"--port="_s + QString::number(a->port), u"--user="_s + a->user,
            u"--password="_s + a->password.value_or(QString()), a->database},
        error);
}

// A database with what hand-written MariaDB schemas hold beyond the corpus: a trigger and a
// routine (DELIMITER blocks in the dump), JSON, SET, quotes in defaults and comments, a
// full-text index, a foreign key on a composite key with both actions, a CHECK and a view.
const QStringList HandmadeMysql {
    u"CREATE TABLE account (id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY, "
    "login VARCHAR(40) NOT NULL UNIQUE, motto VARCHAR(80) DEFAULT 'it''s \\\\ fine', "
    "settings JSON, roles SET('admin','editor') NOT NULL DEFAULT 'editor', "
    "bio TEXT COMMENT 'Said \"hello\"', score DECIMAL(6,2) DEFAULT -1.50, "
    "active BOOLEAN NOT NULL DEFAULT TRUE, FULLTEXT KEY (bio)) "
    "COMMENT 'Who logs in' ENGINE=InnoDB"_s,
    u"CREATE TABLE project (owner INT UNSIGNED NOT NULL, code CHAR(4) NOT NULL, "
    "started DATE, budget FLOAT, PRIMARY KEY (owner, code), "
    "CONSTRAINT budget_positive CHECK (budget > 0), "
    "FOREIGN KEY (owner) REFERENCES account (id) ON DELETE CASCADE ON UPDATE CASCADE)"_s,
    u"CREATE TABLE task (id BIGINT NOT NULL AUTO_INCREMENT, owner INT UNSIGNED, code CHAR(4), "
    "title VARCHAR(200) NOT NULL, done BIT(1) DEFAULT b'0', "
    "PRIMARY KEY (id), KEY by_title (title(20)), "
    "CONSTRAINT task_project FOREIGN KEY (owner, code) REFERENCES project (owner, code) "
    "ON DELETE SET NULL)"_s,
    u"CREATE VIEW open_tasks AS SELECT id, title FROM task WHERE done = 0"_s,
    u"CREATE TRIGGER task_title BEFORE INSERT ON task FOR EACH ROW "
    "BEGIN SET NEW.title = TRIM(NEW.title); SET NEW.done = 0; END"_s,
    u"CREATE PROCEDURE count_tasks(OUT n INT) BEGIN SELECT COUNT(*) INTO n FROM task; END"_s,
};

// The same for PostgreSQL: an enum type, SERIAL and identity columns, comments, a composite
// foreign key, a partial index, a view, a function and a trigger.
const QStringList HandmadePostgres {
    u"CREATE TYPE mood AS ENUM ('happy', 'it''s ok')"_s,
    u"CREATE TABLE person (id serial PRIMARY KEY, name varchar(40) NOT NULL UNIQUE, "
    "feeling mood DEFAULT 'happy', born date DEFAULT CURRENT_DATE, score numeric(6,2) DEFAULT "
    "-1.5, tags text[], created timestamptz NOT NULL DEFAULT now(), active boolean NOT NULL "
    "DEFAULT true, motto text DEFAULT E'it\\'s; fine')"_s,
    u"COMMENT ON TABLE person IS 'People'"_s,
    u"COMMENT ON COLUMN person.name IS 'Full name'"_s,
    u"CREATE TABLE project (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, "
    "owner integer NOT NULL REFERENCES person ON DELETE CASCADE, code char(4) NOT NULL, "
    "budget real CHECK (budget > 0), UNIQUE (owner, code))"_s,
    u"CREATE TABLE task (id integer GENERATED ALWAYS AS IDENTITY, owner integer, code char(4), "
    "title text NOT NULL, done boolean DEFAULT false, PRIMARY KEY (id), CONSTRAINT task_project "
    "FOREIGN KEY (owner, code) REFERENCES project (owner, code) ON DELETE SET NULL ON UPDATE "
    "CASCADE)"_s,
    u"CREATE INDEX task_title ON task (title)"_s,
    u"CREATE INDEX task_open ON task (title) WHERE NOT done"_s,
    u"CREATE VIEW open_tasks AS SELECT id, title FROM task WHERE NOT done"_s,
    u"CREATE FUNCTION touch() RETURNS trigger AS $$ BEGIN NEW.title := trim(NEW.title); "
    "RETURN NEW; END $$ LANGUAGE plpgsql"_s,
    u"CREATE TRIGGER task_touch BEFORE INSERT ON task FOR EACH ROW EXECUTE FUNCTION touch()"_s,
};

} // namespace

class tst_SqlScriptImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void splitter_data();
    void splitter();
    void positions();
    void unterminated_data();
    void unterminated();
    void noiseSkipped_data();
    void noiseSkipped();
    void sqliteRefuses_data();
    void sqliteRefuses();
    void guess_data();
    void guess();
    void mysqlHandWritten();
    void mysqlFailures_data();
    void mysqlFailures();
    void postgresHandWritten();
    void postgresFailures();
    void sqliteSchemaOutput_data();
    void sqliteSchemaOutput();
    void dumpOutput_data();
    void dumpOutput();
    void roundTrip_data();
    void roundTrip();
};

void tst_SqlScriptImport::initTestCase()
{
    QVERIFY2(
        TestDatabases::missingServers().isEmpty(), qPrintable(TestDatabases::missingServers()));
    QVERIFY2(
        CorpusDatabases::missingTools().isEmpty(), qPrintable(CorpusDatabases::missingTools()));
}

void tst_SqlScriptImport::splitter_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("script");
    QTest::addColumn<QStringList>("statements");
    QTest::newRow("semicolons in quotes and comments")
        << u"sqlite"_s
        << u"CREATE TABLE a (x TEXT DEFAULT ';'); -- a; comment\n/* b; */ CREATE TABLE \"b;\" "
           "(y);"_s
        << QStringList {u"CREATE TABLE a (x TEXT DEFAULT ';')"_s, u"CREATE TABLE \"b;\" (y)"_s};
    QTest::newRow("no final semicolon")
        << u"sqlite"_s << u"CREATE TABLE a (x);\nCREATE TABLE b (y)\n"_s
        << QStringList {u"CREATE TABLE a (x)"_s, u"CREATE TABLE b (y)"_s};
    QTest::newRow("sqlite trigger body")
        << u"sqlite"_s
        << u"CREATE TRIGGER t AFTER INSERT ON a BEGIN UPDATE a SET x = 1; DELETE FROM b; END;\n"
           "CREATE TABLE c (z);"_s
        << QStringList {u"CREATE TRIGGER t AFTER INSERT ON a BEGIN UPDATE a SET x = 1; DELETE "
                        "FROM b; END"_s,
               u"CREATE TABLE c (z)"_s};
    QTest::newRow("sqlite brackets")
        << u"sqlite"_s << u"CREATE TABLE [a;b] (x);"_s << QStringList {u"CREATE TABLE [a;b] (x)"_s};
    QTest::newRow("mysql backslash and hash comment")
        << u"mysql"_s << u"SET @a = 'it\\'s; fine'; # c;\nSET @b = `x;y`;"_s
        << QStringList {u"SET @a = 'it\\'s; fine'"_s, u"SET @b = `x;y`"_s};
    QTest::newRow("mysql executable comments and sandbox line")
        << u"mysql"_s
        << u"/*M!999999\\- enable the sandbox mode */ \n-- dump\n"
           "/*!40101 SET NAMES utf8mb4 */;\nCREATE TABLE t (a int);"_s
        << QStringList {u"/*!40101 SET NAMES utf8mb4 */"_s, u"CREATE TABLE t (a int)"_s};
    QTest::newRow("mysql delimiter")
        << u"mysql"_s
        << u"DELIMITER ;;\nCREATE TRIGGER x BEFORE INSERT ON t FOR EACH ROW BEGIN SET @a = 1; "
           "END ;;\nDELIMITER ;\nCREATE TABLE u (b int);"_s
        << QStringList {u"DELIMITER ;;"_s,
               u"CREATE TRIGGER x BEFORE INSERT ON t FOR EACH ROW BEGIN SET @a = 1; END"_s,
               u"DELIMITER ;"_s, u"CREATE TABLE u (b int)"_s};
    QTest::newRow("GO lines end batches")
        << u"sqlite"_s << u"CREATE TABLE a (x)\nGO\nCREATE TABLE b (y)\ngo\n"_s
        << QStringList {u"CREATE TABLE a (x)"_s, u"GO"_s, u"CREATE TABLE b (y)"_s, u"go"_s};
    QTest::newRow("postgresql dollar quotes")
        << u"postgresql"_s
        << u"CREATE FUNCTION f() RETURNS int AS $body$ SELECT 1; $body$ LANGUAGE sql;\n"
           "SELECT $$a;b$$;"_s
        << QStringList {u"CREATE FUNCTION f() RETURNS int AS $body$ SELECT 1; $body$ LANGUAGE "
                        "sql"_s,
               u"SELECT $$a;b$$"_s};
}

void tst_SqlScriptImport::splitter()
{
    QFETCH(QString, engine);
    QFETCH(QString, script);
    QFETCH(QStringList, statements);
    QStringList texts;
    for (const SqlStatement &s : SqlScriptSplitter::split(script, *sqlEngineFromName(engine))) {
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        texts << s.text;
    }
    QCOMPARE(texts, statements);
}

void tst_SqlScriptImport::positions()
{
    const QString script = u"-- header\n\n  CREATE TABLE a (x); /* c */ CREATE TABLE b\n"
                           "(y);\n\tPRAGMA foo;"_s;
    const QList<SqlStatement> statements = SqlScriptSplitter::split(script, SqlEngine::Sqlite);
    QCOMPARE(statements.size(), 3);
    QCOMPARE(std::pair(statements.at(0).line, statements.at(0).column), std::pair(3, 3));
    QCOMPARE(std::pair(statements.at(1).line, statements.at(1).column), std::pair(3, 31));
    QCOMPARE(std::pair(statements.at(2).line, statements.at(2).column), std::pair(5, 2));
    // The report carries them, with the skipped statement's reason.
    const SqlImportReport report = importScript(script, SqlEngine::Sqlite);
    QCOMPARE(report.statements.size(), 3);
    QCOMPARE(report.statements.at(2).outcome, Outcome::Skipped);
    QCOMPARE(report.describe(report.statements.at(2), u"s.sql"_s),
        u"s.sql:5:2: skipped: PRAGMA foo (a setting)"_s);
    QCOMPARE(report.summary(), u"3 statement(s): 2 imported, 1 skipped, 0 failed"_s);
    QCOMPARE(report.schema.tables().size(), 2);
}

void tst_SqlScriptImport::unterminated_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("script");
    QTest::addColumn<QString>("message");
    for (const QString &engine : {u"sqlite"_s, u"mysql"_s}) {
        QTest::addRow("%s quote", qPrintable(engine))
            << engine
            << u"CREATE TABLE a (x);\nCREATE TABLE b (y DEFAULT 'oops);\nCREATE TABLE c (z);"_s
            << u"script:2:1: failed: CREATE TABLE b (y DEFAULT 'oops); CREATE TABLE c (z);: the "
               "string that starts at line 2, column 27 is not closed"_s;
        QTest::addRow("%s comment", qPrintable(engine))
            << engine << u"CREATE TABLE a (x);\n  /* never closed\nCREATE TABLE c (z);"_s
            << u"script:2:3: failed: /* never closed CREATE TABLE c (z);: the comment that "
               "starts at line 2, column 3 is not closed"_s;
    }
}

// A script cut short is a failed statement with its place, and what came before imports.
void tst_SqlScriptImport::unterminated()
{
    QFETCH(QString, engine);
    QFETCH(QString, script);
    QFETCH(QString, message);
    const QString fixed = engine == u"mysql" ? script.replace(u"(x)"_s, u"(x int)"_s) : script;
    const SqlImportReport report = importScript(fixed, *sqlEngineFromName(engine));
    QVERIFY(report.hasFailures());
    QCOMPARE(notImported(report),
        engine == u"mysql" ? QString(message).replace(u"(x)"_s, u"(x int)"_s) : message);
    QCOMPARE(report.schema.tables().size(), 1);
    QCOMPARE(report.schema.tables().constFirst().name, u"a"_s);
}

void tst_SqlScriptImport::noiseSkipped_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("statement");
    QTest::addColumn<QString>("reason");
    for (const QString &engine : {u"sqlite"_s, u"mysql"_s}) {
        const auto row = [&](const char *name, const QString &statement, const QString &reason) {
            QTest::addRow("%s %s", qPrintable(engine), name) << engine << statement << reason;
        };
        row("insert", u"INSERT INTO t VALUES (1)"_s, u"data, not structure"_s);
        row("update", u"UPDATE t SET x = 2"_s, u"data, not structure"_s);
        row("delete", u"DELETE FROM t"_s, u"data, not structure"_s);
        row("copy", u"COPY t (x) FROM stdin"_s, u"data, not structure"_s);
        row("select", u"SELECT * FROM t"_s, u"a query"_s);
        row("set", u"SET NAMES utf8mb4"_s, u"a session setting"_s);
        row("lock", u"LOCK TABLES t WRITE"_s, u"table locking"_s);
        row("grant", u"GRANT ALL ON t TO bob"_s, u"accounts and privileges"_s);
        row("owner", u"ALTER TABLE t OWNER TO bob"_s, u"ownership"_s);
        row("begin", u"BEGIN TRANSACTION"_s, u"transaction control"_s);
        row("commit", u"COMMIT"_s, u"transaction control"_s);
        row("use", u"USE shop"_s, u"the database itself, not its tables"_s);
        row("sqlite_sequence", u"CREATE TABLE sqlite_sequence(name,seq)"_s,
            u"SQLite's own table, which SQLite makes itself"_s);
    }
    QTest::newRow("mysql procedure")
        << u"mysql"_s << u"CREATE DEFINER=`root`@`%` PROCEDURE p() SELECT 1"_s
        << u"a routine, which a design does not hold"_s;
    QTest::newRow("mysql function")
        << u"mysql"_s
        << u"/*!50003 CREATE*/ /*!50020 DEFINER=`root`@`%`*/ /*!50003 FUNCTION f() RETURNS int RETURN 1 */"_s
        << u"a routine, which a design does not hold"_s;
    QTest::newRow("mysql view")
        << u"mysql"_s
        << u"/*!50001 CREATE ALGORITHM=UNDEFINED */ /*!50001 VIEW `v` AS SELECT 1 */"_s
        << u"a view, which a design does not hold"_s;
}

void tst_SqlScriptImport::noiseSkipped()
{
    QFETCH(QString, engine);
    QFETCH(QString, statement);
    QFETCH(QString, reason);
    const QString table
        = engine == u"mysql" ? u"CREATE TABLE t (x int);\n"_s : u"CREATE TABLE t (x);\n"_s;
    const SqlImportReport report
        = importScript(table + statement + u";\n"_s, *sqlEngineFromName(engine));
    QCOMPARE(report.statements.size(), 2);
    QCOMPARE(report.statements.at(0).outcome, Outcome::Imported);
    QCOMPARE(report.statements.at(1).outcome, Outcome::Skipped);
    QCOMPARE(report.statements.at(1).reason, reason);
    QCOMPARE(report.statements.at(1).line, 2);
    QCOMPARE(report.schema.tables().size(), 1);
}

void tst_SqlScriptImport::sqliteRefuses_data()
{
    QTest::addColumn<QString>("statement");
    QTest::addColumn<QString>("reason");
    const QString path = QDir::temp().filePath(u"tst_sqlscriptimport_attached.db"_s);
    QTest::newRow("attach") << u"ATTACH '%1' AS other"_s.arg(path)
                            << u"refused: an imported script may not open other database files"_s;
    QTest::newRow("attach in lower case") << u"attach database '%1' as other"_s.arg(
        path) << u"refused: an imported script may not open other database files"_s;
    QTest::newRow("vacuum into") << u"VACUUM INTO '%1'"_s.arg(path)
                                 << u"refused: an imported script may not write files"_s;
    QTest::newRow("load_extension")
        << u"CREATE TABLE x AS SELECT load_extension('/tmp/evil')"_s << u"not authorized"_s;
    QTest::newRow("runaway query")
        << u"CREATE TABLE x AS WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c) "
           "SELECT n FROM c"_s
        << u"interrupted"_s;
}

// The script is untrusted: nothing in it reaches a file, or runs for ever.
void tst_SqlScriptImport::sqliteRefuses()
{
    QFETCH(QString, statement);
    QFETCH(QString, reason);
    const QString path = QDir::temp().filePath(u"tst_sqlscriptimport_attached.db"_s);
    QFile::remove(path);
    const SqlImportReport report = importScript(
        u"CREATE TABLE a (x);\n"_s + statement + u";\nCREATE TABLE b (y);"_s, SqlEngine::Sqlite);
    QCOMPARE(report.statements.size(), 3);
    QCOMPARE(report.statements.at(1).outcome, Outcome::Failed);
    QVERIFY2(report.statements.at(1).reason.startsWith(reason),
        qPrintable(report.statements.at(1).reason));
    QCOMPARE(report.statements.at(1).line, 2);
    QCOMPARE(report.schema.tables().size(), 2);
    QVERIFY(!QFile::exists(path));
}

void tst_SqlScriptImport::guess_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QStringList>("clues");
    QTest::newRow("mysqldump") << u"CREATE TABLE `a` (`id` int) ENGINE=InnoDB;"_s << u"mysql"_s
                               << QStringList {u"backquotes"_s, u"ENGINE="_s};
    QTest::newRow("sqlite") << u"PRAGMA foreign_keys=OFF;\nCREATE TABLE a (id INTEGER PRIMARY "
                               "KEY AUTOINCREMENT);"_s
                            << u"sqlite"_s << QStringList {u"AUTOINCREMENT"_s, u"PRAGMA"_s};
    QTest::newRow("pg_dump") << u"CREATE TABLE public.a (id integer);\nALTER TABLE public.a "
                                "OWNER TO bob;\nSELECT pg_catalog.set_config('search_path', '', "
                                "false);"_s
                             << u"postgresql"_s << QStringList {u"OWNER TO"_s, u"pg_catalog"_s};
    QTest::newRow("nothing") << u"CREATE TABLE a (id int);"_s << u"sqlite"_s << QStringList();
}

void tst_SqlScriptImport::guess()
{
    QFETCH(QString, script);
    QFETCH(QString, engine);
    QFETCH(QStringList, clues);
    QStringList found;
    QCOMPARE(sqlEngineName(SqlScriptImporter::guessEngine(script, &found)), engine);
    QCOMPARE(found, clues);
}

// What mysqldump does not write but people do, read as MariaDB would store it.
void tst_SqlScriptImport::mysqlHandWritten()
{
    const SqlImportReport report = importScript(
        u"CREATE TABLE child (id INTEGER PRIMARY KEY AUTO_INCREMENT, parent_id INT, "
        "kind ENUM('a','b''c') NOT NULL DEFAULT 'a', amount NUMERIC, flag BOOL, "
        "note VARCHAR(20) CHARACTER SET latin1 COLLATE latin1_bin COMMENT 'x', "
        "KEY (kind), INDEX (kind)) COMMENT = 'Children';\n"
        "CREATE TABLE parent (id SERIAL, name VARCHAR(10) NOT NULL);\n"
        "ALTER TABLE child ADD CONSTRAINT child_parent FOREIGN KEY (parent_id) REFERENCES "
        "parent (id) ON DELETE SET NULL, ADD UNIQUE (name_missing);\n"
        "ALTER TABLE child ADD CONSTRAINT child_parent FOREIGN KEY (parent_id) REFERENCES "
        "parent (id) ON DELETE SET NULL;\n"
        "CREATE UNIQUE INDEX parent_name ON parent (name);\n"_s,
        SqlEngine::Mysql);
    QCOMPARE(notImported(report),
        u"script:3:1: failed: ALTER TABLE child ADD CONSTRAINT child_parent FOREIGN KEY...: "
        "\"child\" has no column \"name_missing\""_s);
    const Schema &s = report.schema;
    QCOMPARE(s.tables().size(), 2);
    const Table *child = s.tableByName(u"child"_s);
    QVERIFY(child);
    QCOMPARE(child->comment, u"Children"_s);
    QCOMPARE(child->columns.size(), 6);
    QCOMPARE(child->columns.at(0).datatype, u"INT"_s);
    QVERIFY(child->columns.at(0).autoIncrement);
    QVERIFY(!child->columns.at(0).nullable);
    QCOMPARE(child->columns.at(2).datatype, u"enum('a','b''c')"_s);
    QCOMPARE(child->columns.at(2).defaultValue, DefaultValue::text(u"a"_s));
    QCOMPARE(child->columns.at(5).comment, u"x"_s);
    QCOMPARE(child->foreignKeys.size(), 1);
    QCOMPARE(child->foreignKeys.at(0).name, u"child_parent"_s);
    QCOMPARE(child->foreignKeys.at(0).onDelete, ReferentialAction::SetNull);
    QCOMPARE(s.referencedTableName(child->foreignKeys.at(0)), u"parent"_s);
    // KEY (kind) twice: MariaDB names them kind and kind_2.
    QStringList keys;
    for (const Key &k : child->keys)
        keys << k.type + u' ' + k.name;
    QCOMPARE(keys, (QStringList {u"PRIMARY "_s, u"INDEX kind"_s, u"INDEX kind_2"_s}));
    const Table *parent = s.tableByName(u"parent"_s);
    QCOMPARE(parent->columns.at(0).datatype, u"BIGINT UNSIGNED"_s);
    keys.clear();
    for (const Key &k : parent->keys)
        keys << k.type + u' ' + k.name;
    QCOMPARE(keys, (QStringList {u"UNIQUE id"_s, u"UNIQUE parent_name"_s}));
}

void tst_SqlScriptImport::mysqlFailures_data()
{
    QTest::addColumn<QString>("statement");
    QTest::addColumn<QString>("reason");
    QTest::newRow("unknown statement") << u"FROBNICATE t"_s << u"not a statement about tables"_s;
    QTest::newRow("bad column")
        << u"CREATE TABLE x (a int NOT FOO)"_s
        << u"expected a column attribute at line 2, column 23, found \"NOT\""_s;
    QTest::newRow("missing table") << u"ALTER TABLE nowhere ADD COLUMN b int"_s
                                   << u"there is no table \"nowhere\" (yet) in the script"_s;
    QTest::newRow("dangling foreign key")
        << u"CREATE TABLE x (a int, FOREIGN KEY (a) REFERENCES nowhere (id))"_s
        << u"the foreign key \"x_ibfk_1\" references \"nowhere\", which the script does not "
           "create; the rest of the statement imported"_s;
    QTest::newRow("select") << u"CREATE TABLE x (SELECT 1)"_s
                            << u"CREATE TABLE ... SELECT takes its columns from a query"_s;
}

void tst_SqlScriptImport::mysqlFailures()
{
    QFETCH(QString, statement);
    QFETCH(QString, reason);
    const SqlImportReport report
        = importScript(u"CREATE TABLE t (a int);\n"_s + statement + u";\nCREATE TABLE u (b int);"_s,
            SqlEngine::Mysql);
    QCOMPARE(report.statements.size(), 3);
    QCOMPARE(report.statements.at(1).outcome, Outcome::Failed);
    QCOMPARE(report.statements.at(1).reason, reason);
    QStringList tables;
    for (const Table &t : report.schema.tables())
        tables << t.name;
    QCOMPARE(tables,
        QTest::currentDataTag() == QByteArray("dangling foreign key")
            ? (QStringList {u"t"_s, u"x"_s, u"u"_s})
            : (QStringList {u"t"_s, u"u"_s}));
}

// What pg_dump writes apart (identities, sequences, constraints, comments), and what people
// write in one CREATE TABLE, read as PostgreSQL's catalogue would give it.
void tst_SqlScriptImport::postgresHandWritten()
{
    const SqlImportReport report = importScript(
        u"CREATE TYPE public.mood AS ENUM ('happy', 'it''s ok');\n"
        "CREATE TABLE public.person (id integer NOT NULL, name character varying(40) NOT NULL, "
        "feeling public.mood DEFAULT 'happy'::public.mood, since date DEFAULT CURRENT_DATE);\n"
        "ALTER TABLE public.person OWNER TO bob;\n"
        "CREATE SEQUENCE public.person_id_seq AS integer START WITH 1 INCREMENT BY 1 NO "
        "MINVALUE NO MAXVALUE CACHE 1;\n"
        "ALTER SEQUENCE public.person_id_seq OWNED BY public.person.id;\n"
        "ALTER TABLE ONLY public.person ALTER COLUMN id SET DEFAULT "
        "nextval('public.person_id_seq'::regclass);\n"
        "CREATE TABLE pet (id bigint NOT NULL, owner int REFERENCES person ON DELETE CASCADE, "
        "nick text UNIQUE, price numeric(5) DEFAULT -1);\n"
        "ALTER TABLE pet ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (SEQUENCE NAME "
        "pet_id_seq START WITH 1);\n"
        "ALTER TABLE ONLY public.person ADD CONSTRAINT person_pkey PRIMARY KEY (id);\n"
        "COMMENT ON TABLE public.person IS 'People';\n"
        "COMMENT ON COLUMN public.person.name IS 'Full name';\n"
        "CREATE INDEX ON pet USING btree (nick);\n"
        "\\connect shop\n"
        "CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql;\n"_s,
        SqlEngine::Postgres);
    QCOMPARE(notImported(report), QString());
    QCOMPARE(notImported(report, Outcome::Skipped),
        u"script:3:1: skipped: ALTER TABLE public.person OWNER TO bob (ownership)\n"
        "script:13:1: skipped: \\connect shop (a command for the client, not the database)\n"
        "script:14:1: skipped: CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUA... (a "
        "routine, which a design does not hold)"_s);
    const Schema &s = report.schema;
    QCOMPARE(s.tables().size(), 2);
    const Table *person = s.tableByName(u"person"_s);
    QCOMPARE(person->comment, u"People"_s);
    QCOMPARE(person->columns.at(0).datatype, u"INTEGER"_s);
    QVERIFY(person->columns.at(0).autoIncrement);
    QVERIFY(!person->columns.at(0).nullable);
    QCOMPARE(person->columns.at(1).datatype, u"VARCHAR(40)"_s);
    QCOMPARE(person->columns.at(1).comment, u"Full name"_s);
    QCOMPARE(person->columns.at(2).datatype, u"ENUM('happy','it''s ok')"_s);
    QCOMPARE(person->columns.at(2).defaultValue, DefaultValue::text(u"happy"_s));
    QCOMPARE(person->columns.at(3).defaultValue, DefaultValue::text(u"CURRENT_DATE"_s));
    QVERIFY(person->primaryKey());
    const Table *pet = s.tableByName(u"pet"_s);
    QVERIFY(pet->columns.at(0).autoIncrement);
    QCOMPARE(pet->columns.at(3).defaultValue, DefaultValue::text(u"-1"_s));
    QCOMPARE(pet->foreignKeys.size(), 1);
    QCOMPARE(pet->foreignKeys.at(0).onDelete, ReferentialAction::Cascade);
    QCOMPARE(s.referencedColumnName(pet->foreignKeys.at(0), pet->foreignKeys.at(0).parts.at(0)),
        u"id"_s);
    QStringList keys;
    for (const Key &k : pet->keys)
        keys << k.type + u' ' + k.name;
    // The names PostgreSQL gives, as the database would report them.
    QCOMPARE(keys, (QStringList {u"UNIQUE pet_nick_key"_s, u"INDEX pet_nick_idx"_s}));
}

void tst_SqlScriptImport::postgresFailures()
{
    const SqlImportReport report
        = importScript(u"CREATE TABLE a (x int);\nCREATE TABLE b (y int,, z int);\n"
                       "ALTER TABLE a ADD CONSTRAINT f FOREIGN KEY (x) REFERENCES nowhere (id);\n"
                       "CREATE TABLE c (s text DEFAULT E'it\\'s; fine');"_s,
            SqlEngine::Postgres);
    QCOMPARE(notImported(report),
        u"script:2:1: failed: CREATE TABLE b (y int,, z int): syntax error at or near \",\" at "
        "line 2, column 23\n"
        "script:3:1: failed: ALTER TABLE a ADD CONSTRAINT f FOREIGN KEY (x) REFERENCES...: the "
        "foreign key \"f\" references \"nowhere\", which the script does not create; the rest of "
        "the statement imported"_s);
    QCOMPARE(report.schema.tables().size(), 2);
    QCOMPARE(report.schema.tables().at(1).columns.at(0).defaultValue,
        DefaultValue::text(u"it's; fine"_s));
}

void tst_SqlScriptImport::sqliteSchemaOutput_data()
{
    QTest::addColumn<QString>("corpus");
    for (const QString &corpus : CorpusDatabases::names(u"sqlite"_s))
        QTest::newRow(qPrintable(corpus)) << corpus;
}

// `sqlite3 FILE .schema` of real SQLite files imports to the files' own structure.
void tst_SqlScriptImport::sqliteSchemaOutput()
{
    QFETCH(QString, corpus);
    QString error;
    const QString path = CorpusDatabases::make(
        u"sqlite"_s, corpus, u"tst_sqlscriptimport_"_s + corpus, false, &error);
    QVERIFY2(!path.isEmpty(), qPrintable(error));
    const QString script = run(u"sqlite3"_s, {path, u".schema"_s}, &error);
    QVERIFY2(!script.isEmpty(), qPrintable(error));
    const SqlImportReport report = importScript(script, SqlEngine::Sqlite);
    QVERIFY2(!report.hasFailures(), qPrintable(notImported(report)));
    QStringList warnings;
    const Schema live = liveImport(path, &warnings);
    QCOMPARE(report.schema.tables().size(), live.tables().size());
    QCOMPARE(differences(report.schema, live, SqlEngine::Sqlite), QString());
    QCOMPARE(report.warnings, warnings);
}

void tst_SqlScriptImport::dumpOutput_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("corpus");
    for (const QString &engine : TestDatabases::engines()) {
        if (engine == u"sqlite")
            continue;
        QStringList corpora = CorpusDatabases::names(engine);
        corpora << u"handmade"_s;
        for (const QString &corpus : std::as_const(corpora))
            QTest::addRow("%s %s", qPrintable(engine), qPrintable(corpus)) << engine << corpus;
    }
}

// mysqldump --no-data of a MariaDB database and pg_dump --schema-only of a PostgreSQL one
// import to the database's own structure, and the design they give makes a database of that
// structure again.
void tst_SqlScriptImport::dumpOutput()
{
    if (TestDatabases::engines() == QStringList {u"sqlite"_s})
        QSKIP("No server among the test engines (SCHEMATA_TEST_ENGINES)");
    QFETCH(QString, engine);
    QFETCH(QString, corpus);
    const SqlEngine sqlEngine = *sqlEngineFromName(engine);
    QString error;
    QString url;
    if (corpus == u"handmade") {
        url = TestDatabases::freshDatabase(engine, u"tst_sqlscriptimport_handmade"_s, &error);
        QVERIFY2(!url.isEmpty(), qPrintable(error));
        Connection connection;
        QVERIFY2(connection.open(
                     *DatabaseAddress::parse(url, &error), Connection::Mode::OpenExisting, &error),
            qPrintable(error));
        QSqlQuery query(connection.database());
        for (const QString &statement :
            sqlEngine == SqlEngine::Mysql ? HandmadeMysql : HandmadePostgres)
            QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
    } else {
        url = CorpusDatabases::make(
            engine, corpus, u"tst_sqlscriptimport_"_s + corpus, false, &error);
        QVERIFY2(!url.isEmpty(), qPrintable(error));
    }
    const QString dump = sqlEngine == SqlEngine::Mysql
        ? mysqldump(url, &error)
        : run(u"pg_dump"_s, {u"--schema-only"_s, u"--dbname="_s + url}, &error);
    QVERIFY2(!dump.isEmpty(), qPrintable(error));
    QStringList clues;
    QCOMPARE(SqlScriptImporter::guessEngine(dump, &clues), sqlEngine);
    const SqlImportReport report = importScript(dump, sqlEngine);
    QVERIFY2(!report.hasFailures(), qPrintable(notImported(report)));
    QVERIFY(report.count(Outcome::Skipped) > 0); // SET, and views, triggers and routines
    const Schema live = liveImport(url);
    QVERIFY(!live.tables().isEmpty());
    QCOMPARE(report.schema.tables().size(), live.tables().size());
    QCOMPARE(differences(report.schema, live, sqlEngine), QString());

    const QString copyUrl
        = TestDatabases::freshDatabase(engine, u"tst_sqlscriptimport_copy"_s, &error);
    QVERIFY2(!copyUrl.isEmpty(), qPrintable(error));
    {
        Connection connection;
        QVERIFY2(connection.open(*DatabaseAddress::parse(copyUrl, &error),
                     Connection::Mode::OpenExisting, &error),
            qPrintable(error));
        const ApplyResult applied = SchemaApplier(connection).apply(report.schema);
        QVERIFY2(applied.ok, qPrintable(applied.error + u'\n' + applied.failedStatement));
    }
    QCOMPARE(differences(liveImport(copyUrl), live, sqlEngine), QString());
}

void tst_SqlScriptImport::roundTrip_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("path");
    QStringList paths {QStringLiteral(SCHEMATA_RESOURCES "/examples/seed-models.xml")};
    const QDir fixtures(QStringLiteral(SCHEMATA_FIXTURES));
    for (const QString &file : fixtures.entryList({u"*.xml"_s}, QDir::Files, QDir::Name))
        paths << fixtures.filePath(file);
    for (const QString &engine : {u"sqlite"_s, u"postgresql"_s, u"mysql"_s}) {
        for (const QString &path : std::as_const(paths))
            QTest::addRow("%s %s", qPrintable(engine), qPrintable(QFileInfo(path).baseName()))
                << engine << path;
    }
}

// What `schemata sql` writes for every fixture imports back to the same structure.
void tst_SqlScriptImport::roundTrip()
{
    QFETCH(QString, engine);
    QFETCH(QString, path);
    const SqlEngine sqlEngine = *sqlEngineFromName(engine);
    DesignReader reader;
    QVERIFY(DesignFile::load(path, &reader));
    const Schema design = reader.schema();
    const DdlScript ddl = DdlWriter(Dialect::forEngine(sqlEngine)).write(design);
    if (ddl.statements.isEmpty()) {
        // A design with errors has no SQL to import (tst_schemaroundtrip lists them).
        QVERIFY(std::any_of(ddl.problems.cbegin(), ddl.problems.cend(),
            [](const DesignProblem &p) { return p.severity == DesignProblem::Severity::Error; }));
        return;
    }
    const SqlImportReport report = importScript(ddl.text(), sqlEngine);
    QVERIFY2(!report.hasFailures(), qPrintable(notImported(report)));
    QCOMPARE(report.count(Outcome::Imported), int(report.statements.size()));
    QCOMPARE(differences(design, report.schema, sqlEngine), QString());
}

QTEST_GUILESS_MAIN(tst_SqlScriptImport)
#include "tst_sqlscriptimport.moc"
