#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <optional>

#include <sys/resource.h>

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
    void checkExitsFourOnDesignErrors();
    void fullStandardOutput_data();
    void fullStandardOutput();
    void standardOutputFillsUp_data();
    void standardOutputFillsUp();
    void outputFileCannotBeWritten_data();
    void outputFileCannotBeWritten();
    void notADatabase_data();
    void notADatabase();
    void passwordNeverShown_data();
    void passwordNeverShown();
    void unknownCommand_data();
    void unknownCommand();
    void noDisplay_data();
    void noDisplay();

private:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    // How the process runs: its standard output into a file, a limit on the size of the files
    // it writes (RLIMIT_FSIZE: a disk that fills up after that many bytes), its environment.
    struct Setup
    {
        QString standardOutput;
        qint64 fileSizeLimit = -1;
        std::optional<QProcessEnvironment> environment;
        QString workingDirectory;
    };
    static Result run(const QStringList &arguments, const Setup &setup);
    static Result run(const QStringList &arguments) { return run(arguments, Setup {}); }
    // A database made from the seed design with a few rows, and its export; made once.
    QString filledDatabase();
    QString exportedJson();
    // A new database with the seed design's tables and no rows.
    QString emptyDatabase(const QString &name);
    QString designWithErrors();
    QTemporaryDir m_dir;
    static QString fixture(const QString &name)
    {
        return QDir(QStringLiteral(SCHEMATA_FIXTURES)).filePath(name);
    }
};

namespace {

const QString Seed = QStringLiteral(SCHEMATA_RESOURCES "/examples/seed-models.xml");

// The environment of a session without any display, cleaned of what names one.
QProcessEnvironment withoutDisplay()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name :
        {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s, u"XDG_RUNTIME_DIR"_s})
        environment.remove(name);
    return environment;
}

} // namespace

tst_CommandLine::Result tst_CommandLine::run(const QStringList &arguments, const Setup &setup)
{
    QProcess process;
    process.setStandardInputFile(QProcess::nullDevice());
    if (!setup.standardOutput.isEmpty())
        process.setStandardOutputFile(setup.standardOutput);
    if (setup.environment)
        process.setProcessEnvironment(*setup.environment);
    if (!setup.workingDirectory.isEmpty())
        process.setWorkingDirectory(setup.workingDirectory);
    if (setup.fileSizeLimit >= 0) {
        const rlim_t limit = rlim_t(setup.fileSizeLimit);
        process.setChildProcessModifier([limit] {
            // A write past the limit then fails with EFBIG instead of killing the process.
            std::signal(SIGXFSZ, SIG_IGN);
            const rlimit size {limit, limit};
            setrlimit(RLIMIT_FSIZE, &size);
        });
    }
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
    // The project's version, and the git revision the build was made from (or "unknown").
    QVERIFY2(r.out.startsWith("schemata " SCHEMATA_VERSION " (revision "), r.out.constData());
    QVERIFY2(QRegularExpression(u"^schemata \\d+\\.\\d+\\.\\d+ \\(revision "
                                u"([0-9a-z.-]+|unknown)\\)\\n$"_s)
                 .match(QString::fromUtf8(r.out))
                 .hasMatch(),
        r.out.constData());
}

void tst_CommandLine::checkSummary()
{
    const Result r = run({u"check"_s, fixture(u"06_dnd_site_31tables_composite.xml"_s)});
    QCOMPARE(r.exitCode, 4); // foreign keys to columns that are not unique: design errors
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

    // The relation to a missing table is a reader warning, and a design error too.
    const Result text = run({u"check"_s, path});
    QCOMPARE(text.exitCode, 4);
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

QString tst_CommandLine::filledDatabase()
{
    const QString path = m_dir.filePath(u"filled.sqlite"_s);
    if (!QFile::exists(path)) {
        const Result applied = run({u"apply"_s, Seed, path});
        const Result filled = run({u"fill"_s, path, u"--rows"_s, u"3"_s, u"--design"_s, Seed});
        if (applied.exitCode != 0 || filled.exitCode != 0)
            qFatal("cannot make %s: %s%s", qPrintable(path), applied.err.constData(),
                filled.err.constData());
    }
    return path;
}

QString tst_CommandLine::exportedJson()
{
    const QString path = m_dir.filePath(u"filled.json"_s);
    if (!QFile::exists(path)
        && run({u"export-json"_s, filledDatabase(), u"-o"_s, path}).exitCode != 0)
        qFatal("cannot export %s", qPrintable(filledDatabase()));
    return path;
}

QString tst_CommandLine::emptyDatabase(const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    if (run({u"apply"_s, Seed, path}).exitCode != 0)
        qFatal("cannot make %s", qPrintable(path));
    return path;
}

QString tst_CommandLine::designWithErrors()
{
    const QString path = m_dir.filePath(u"errors.xml"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    // A design check error (AUTOINCREMENT on a column that is not the key) and a reader
    // warning (a relation to a table that is not there).
    file.write("<?xml version=\"1.0\" encoding=\"utf-8\" ?>\n<sql>\n"
               "<table x=\"0\" y=\"0\" name=\"t\"><row name=\"id\" null=\"0\" "
               "autoincrement=\"1\"><datatype>INTEGER</datatype>"
               "<relation table=\"nowhere\" row=\"id\" /></row></table>\n</sql>\n");
    return path;
}

// check prints its whole report, then says by its exit status whether the design has errors:
// 4 as the README promises, 0 with warnings only (checkWarnings).
void tst_CommandLine::checkExitsFourOnDesignErrors()
{
    const QString path = designWithErrors();
    const Result text = run({u"check"_s, path});
    QCOMPARE(text.exitCode, 4);
    QVERIFY2(text.out.contains(": 1 table, 1 column, 1 relation, 0 keys\n"), text.out.constData());
    QVERIFY(text.out.contains("warning: line 3: table \"t\", column \"id\": The relation points"));
    QVERIFY(text.out.contains("error: t.id: AUTOINCREMENT needs the column to be the table's "
                              "primary key, alone.\n"));
    QVERIFY(text.out.endsWith("The design has errors; it cannot be applied to a database until "
                              "they are fixed.\n"));

    const Result json = run({u"check"_s, path, u"--json"_s});
    QCOMPARE(json.exitCode, 4);
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(json.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(o.value(u"tables"_s).toInt(), 1);
    QCOMPARE(o.value(u"warnings"_s).toArray().size(), 1);
    const QJsonArray problems = o.value(u"problems"_s).toArray();
    QVERIFY(!problems.isEmpty());
    QCOMPARE(problems.at(0).toObject().value(u"severity"_s).toString(), u"error"_s);

    // Warnings alone do not stop a design.
    const Result warnings = run({u"check"_s, fixture(u"09_marion_index_keys.xml"_s)});
    QCOMPARE(warnings.exitCode, 0);
    QVERIFY(warnings.out.contains("\nwarning: "));
    QVERIFY(!warnings.out.contains("\nerror: "));
}

void tst_CommandLine::fullStandardOutput_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString design = fixture(u"06_dnd_site_31tables_composite.xml"_s);
    QTest::newRow("format") << QStringList {u"format"_s, design};
    const QString valid = fixture(u"07_art_des_nations_30tables.xml"_s); // no design errors
    QTest::newRow("sql") << QStringList {u"sql"_s, valid, u"-d"_s, u"postgresql"_s};
    QTest::newRow("check") << QStringList {u"check"_s, design};
    QTest::newRow("check --json") << QStringList {u"check"_s, design, u"--json"_s};
    QTest::newRow("check with errors") << QStringList {u"check"_s, designWithErrors()};
    QTest::newRow("--help") << QStringList {u"--help"_s};
    QTest::newRow("--version") << QStringList {u"--version"_s};
    QTest::newRow("import") << QStringList {u"import"_s, filledDatabase()};
    QTest::newRow("export-json") << QStringList {u"export-json"_s, filledDatabase()};
    QTest::newRow("export-json --pretty")
        << QStringList {u"export-json"_s, filledDatabase(), u"--pretty"_s};
    QTest::newRow("fill") << QStringList {u"fill"_s, emptyDatabase(u"fill.sqlite"_s)};
    QTest::newRow("clone") << QStringList {
        u"clone"_s, filledDatabase(), u"user"_s, u"1"_s, u"--set"_s, u"name=a copy"_s};
    QTest::newRow("import-json") << QStringList {
        u"import-json"_s, emptyDatabase(u"import.sqlite"_s), exportedJson()};
    QTest::newRow("apply") << QStringList {u"apply"_s, Seed, m_dir.filePath(u"new.sqlite"_s)};
    QTest::newRow("diff") << QStringList {u"diff"_s, Seed, valid};
    QTest::newRow("diff --json") << QStringList {u"diff"_s, valid, filledDatabase(), u"--json"_s};
    QTest::newRow("diff --git") << QStringList {u"diff"_s, u"--git"_s, u"d.xml"_s, u"/dev/null"_s,
        u"0"_s, u"."_s, valid, u"1"_s, u"100644"_s};
    QTest::newRow("describe") << QStringList {u"describe"_s, design};
}

// "> /dev/full": every command that writes to standard output says so and exits 3, whether it
// writes text, a design or JSON, a little or a lot.
void tst_CommandLine::fullStandardOutput()
{
    QFETCH(QStringList, arguments);
    Setup setup;
    setup.standardOutput = u"/dev/full"_s;
    const Result r = run(arguments, setup);
    QVERIFY2(
        r.exitCode == 3, qPrintable(QString::number(r.exitCode) + u' ' + QString::fromUtf8(r.err)));
    QVERIFY2(r.err.contains("Cannot write to standard output: No space left on device\n"),
        r.err.constData());
}

void tst_CommandLine::standardOutputFillsUp_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString design = fixture(u"06_dnd_site_31tables_composite.xml"_s);
    QTest::newRow("format") << QStringList {u"format"_s, design};
    QTest::newRow("sql") << QStringList {u"sql"_s, fixture(u"07_art_des_nations_30tables.xml"_s)};
    QTest::newRow("check --json") << QStringList {u"check"_s, design, u"--json"_s};
    QTest::newRow("export-json") << QStringList {u"export-json"_s, filledDatabase()};
}

// A file system that fills up during the output: part of a write is taken, and the rest is
// refused. The command says why, with the system's words, not "Unknown error".
void tst_CommandLine::standardOutputFillsUp()
{
    QFETCH(QStringList, arguments);
    const QString path = m_dir.filePath(u"stdout.txt"_s);
    QFile::remove(path);
    Setup setup;
    setup.standardOutput = path;
    setup.fileSizeLimit = 1000;
    const Result r = run(arguments, setup);
    QVERIFY2(
        r.exitCode == 3, qPrintable(QString::number(r.exitCode) + u' ' + QString::fromUtf8(r.err)));
    QVERIFY2(
        r.err.contains("Cannot write to standard output: File too large\n"), r.err.constData());
    QCOMPARE(QFileInfo(path).size(), 1000);
}

void tst_CommandLine::outputFileCannotBeWritten_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("output");
    QTest::addColumn<qint64>("fileSizeLimit");
    QTest::addColumn<QString>("reason");
    const QString design = fixture(u"06_dnd_site_31tables_composite.xml"_s);
    const QString missingFolder = m_dir.filePath(u"no/such/folder/out"_s);
    const QString underAFile = design + u"/out"_s;
    const QString full = m_dir.filePath(u"full/out"_s);
    QTest::newRow("format, missing folder") << QStringList {u"format"_s, design} << missingFolder
                                            << -1LL << u"No such file or directory"_s;
    QTest::newRow("format, under a file")
        << QStringList {u"format"_s, design} << underAFile << -1LL << u"Not a directory"_s;
    QTest::newRow("format, disk fills up")
        << QStringList {u"format"_s, design} << full << 1000LL << u"File too large"_s;
    QTest::newRow("import, disk fills up")
        << QStringList {u"import"_s, filledDatabase()} << full << 1000LL << u"File too large"_s;
    QTest::newRow("export-json, missing folder")
        << QStringList {u"export-json"_s, filledDatabase()} << missingFolder << -1LL
        << u"No such file or directory"_s;
    QTest::newRow("export-json, disk fills up") << QStringList {u"export-json"_s, filledDatabase()}
                                                << full << 1000LL << u"File too large"_s;
}

// -o OUT that cannot be written: exit status 3, the file's name and the system's reason, and
// no file left behind.
void tst_CommandLine::outputFileCannotBeWritten()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, output);
    QFETCH(qint64, fileSizeLimit);
    QFETCH(QString, reason);
    QDir().mkpath(m_dir.filePath(u"full"_s));
    Setup setup;
    setup.fileSizeLimit = fileSizeLimit;
    const Result r = run(arguments + QStringList {u"-o"_s, output}, setup);
    QVERIFY2(
        r.exitCode == 3, qPrintable(QString::number(r.exitCode) + u' ' + QString::fromUtf8(r.err)));
    const QString expected = u"Cannot write "_s + output + u": "_s + reason + u'\n';
    QVERIFY2(QString::fromUtf8(r.err).contains(expected), r.err.constData());
    QVERIFY(!QFile::exists(output));
    QCOMPARE(QDir(m_dir.filePath(u"full"_s)).entryList(QDir::Files), QStringList());
}

void tst_CommandLine::notADatabase_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("said");
    QTest::newRow("design") << QByteArray("<?xml version=\"1.0\"?>\n<sql></sql>\n")
                            << u"is not an SQLite database (it looks like an XML file"_s;
    QTest::newRow("design with a BOM")
        << QByteArray("\xef\xbb\xbf<sql></sql>\n") << u"(it looks like an XML file"_s;
    QTest::newRow("export") << QByteArray("{\"user\": []}\n") << u"(it looks like a JSON file"_s;
    QTest::newRow("script") << QByteArray("CREATE TABLE t (id INTEGER);\n")
                            << u"(it looks like an SQL script"_s;
    QTest::newRow("text") << QByteArray("hello\n") << u"(it looks like a text file)"_s;
    QTest::newRow("gzip") << QByteArray("\x1f\x8b\x08\0\0\0\0\0", 8)
                          << u"(it looks like a compressed file"_s;
    QTest::newRow("binary") << QByteArray("\x01\x02\x00\xff\xfe\x80 not sqlite", 17)
                            << u"does not start with SQLite's header"_s;
}

// A file that is not a database is named with what it looks like, never with SQLite's "file
// is not a database" and Qt's "Unable to execute statement".
void tst_CommandLine::notADatabase()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, said);
    const QString path = m_dir.filePath(u"not-a-database"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    for (const QStringList &arguments : {QStringList {u"import"_s, path},
             QStringList {u"export-json"_s, path}, QStringList {u"apply"_s, Seed, path}}) {
        // import reads SQL scripts into designs (tst_commandimportsql).
        if (arguments.constFirst() == u"import" && QTest::currentDataTag() == QByteArray("script"))
            continue;
        const Result r = run(arguments);
        QCOMPARE(r.exitCode, 5);
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.startsWith(path + u' '), qPrintable(err));
        QVERIFY2(err.contains(said), qPrintable(err));
        QVERIFY2(!err.contains(u"Unable to"_s) && !err.contains(u"file is not a database"_s),
            qPrintable(err));
    }
    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), content); // apply left it alone
}

void tst_CommandLine::passwordNeverShown_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("said");
    QTest::newRow("port too large")
        << u"postgresql://u:s3cret@127.0.0.1:99999/x"_s << u"The port 99999 in "_s;
    QTest::newRow("port 65536") << u"postgresql://u:s3cret@127.0.0.1:65536/x"_s << u"65536"_s;
    QTest::newRow("port abc") << u"postgresql://u:s3cret@127.0.0.1:abc/x"_s << u"The port in"_s;
    QTest::newRow("port -1") << u"mysql://u:s3cret@127.0.0.1:-1/x"_s << u"The port in"_s;
    QTest::newRow("space") << u"postgresql://u:s3 cret@127.0.0.1/x"_s << u"contains a space"_s;
    QTest::newRow("space in the host")
        << u"postgresql://u:s3cret@127.0.0 .1/x"_s << u"contains a space"_s;
    QTest::newRow("bad escape") << u"postgresql://u:s3cret%ZZ@127.0.0.1/x"_s << u"%25"_s;
    QTest::newRow("unknown scheme")
        << u"oracle://u:s3cret@127.0.0.1/x"_s << u"\"oracle\" is not a kind of database"_s;
    QTest::newRow("missing @host") << u"postgresql://u:s3cret/x"_s << u"The port in"_s;
    QTest::newRow("@ in the password")
        << u"postgresql://u:s3cret@x@127.0.0.1:99999/x"_s << u"The port 99999"_s;
    QTest::newRow("no database") << u"postgresql://u:s3cret@127.0.0.1:5432"_s << u"/DATABASE"_s;
    QTest::newRow("no server there") << u"postgresql://u:s3cret@127.0.0.1:1/x"_s
                                     << u"Cannot open postgresql://u@127.0.0.1:1/x"_s;
    QTest::newRow("no :// at all")
        << u"postgresql//u:s3cret@127.0.0.1/x"_s << u"postgresql//u:***@127.0.0.1/x"_s;
    QTest::newRow("one slash") << u"postgresql:/u:s3cret@127.0.0.1/x"_s
                               << u"postgresql:/u:***@127.0.0.1/x"_s;
}

// A URL that does not parse, or a server that does not answer: the message says what is
// wrong, without the password, on every path.
void tst_CommandLine::passwordNeverShown()
{
    QFETCH(QString, address);
    QFETCH(QString, said);
    for (const QStringList &arguments : {QStringList {u"import"_s, address},
             QStringList {u"export-json"_s, address}, QStringList {u"apply"_s, Seed, address}}) {
        const Result r = run(arguments);
        QCOMPARE(r.exitCode, 5);
        QVERIFY2(!r.err.contains("s3cret") && !r.out.contains("s3cret"), r.err.constData());
        QVERIFY2(!r.err.contains("s3 cret") && !r.err.contains("ZZ"), r.err.constData());
        QVERIFY2(QString::fromUtf8(r.err).contains(said), r.err.constData());
    }
}

void tst_CommandLine::unknownCommand_data()
{
    QTest::addColumn<bool>("display");
    QTest::newRow("with a display") << true;
    QTest::newRow("without a display") << false;
}

// A mistyped command, or one of a newer version, is refused before any window is thought of.
void tst_CommandLine::unknownCommand()
{
    QFETCH(bool, display);
    QProcessEnvironment environment = withoutDisplay();
    if (display)
        environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    Setup setup;
    setup.environment = environment;
    const Result r = run({u"frobnicate"_s, u"x"_s}, setup);
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(
        r.err.startsWith("schemata: unknown command \"frobnicate\"; the commands are check, "
                         "format, sql, export-dbml, export-mermaid, apply, import, fill, clone, "
                         "export-json, import-json, export-models, diff, describe, export-docs, "
                         "migrate, history."),
        r.err.constData());
    QVERIFY(r.err.contains("schemata --help"));
    QCOMPARE(run({u"transmogrify"_s}, setup).exitCode, 1);
}

void tst_CommandLine::noDisplay_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("cause");
    QTest::newRow("a design") << QStringList {fixture(u"09_marion_index_keys.xml"_s)} << QString();
    QTest::newRow("nothing") << QStringList() << QString();
    QTest::newRow("a file named like a command") << QStringList {u"frobnicate"_s} << QString();
    QTest::newRow("a file that is not there") << QStringList {u"design.xml"_s} << QString();
    QTest::newRow("xcb asked for") << QStringList {u"design.xml"_s} << u"xcb"_s;
    QTest::newRow("a display nobody serves")
        << QStringList {u"design.xml"_s} << u":97531"_s; // no X server there
}

// Without a display the window cannot open: said, and exit status 1, never Qt's abort.
void tst_CommandLine::noDisplay()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, cause);
    QProcessEnvironment environment = withoutDisplay();
    if (cause == u"xcb")
        environment.insert(u"QT_QPA_PLATFORM"_s, u"xcb"_s);
    else if (!cause.isEmpty())
        environment.insert(u"DISPLAY"_s, cause);
    QFile named(m_dir.filePath(u"frobnicate"_s)); // an existing file is opened, whatever its name
    QVERIFY(named.open(QIODevice::WriteOnly));
    named.close();
    Setup setup;
    setup.environment = environment;
    setup.workingDirectory = m_dir.path();
    const Result r = run(arguments, setup);
    QCOMPARE(r.exitCode, 1);
    if (cause.startsWith(u':')) {
        QVERIFY2(r.err.contains("the window cannot open: the window system did not answer"),
            r.err.constData());
    } else {
        QVERIFY2(r.err.startsWith("schemata: there is no display to open the window on"),
            r.err.constData());
        QVERIFY(r.err.contains("schemata check DESIGN.xml"));
    }
    QVERIFY(!r.err.contains("unknown command"));
}

QTEST_GUILESS_MAIN(tst_CommandLine)
#include "tst_commandline.moc"
