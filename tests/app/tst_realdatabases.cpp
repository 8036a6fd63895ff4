#include "corpusdatabases.h"
#include "testdatabases.h"

#include "database/connection.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The command-line features over databases that nobody here wrote: the seed note's models made by
// SQLAlchemy's own create_all (tests/corpus/seed_models_sqlalchemy.py, run with Debian's
// python3-sqlalchemy), and SQL files in the styles found in the wild (tests/corpus/ENGINE/*.sql:
// Chinook's bracket-quoted SQLite, rowid aliases and the keys that only look like one, WITHOUT
// ROWID and STRICT tables, key-less tables, generated columns, views and triggers, PostgreSQL's
// serial and identity columns in a schema other than public, mysqldump's style on MariaDB).
// Each database is made twice: with its rows, and empty (the twin that import-json fills).
class tst_RealDatabases : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void importCheckAndApply_data() { corpusRows(); }
    void importCheckAndApply();
    void jsonRoundTrip_data() { corpusRows(); }
    void jsonRoundTrip();
    void fill_data() { corpusRows(); }
    void fill();
    void cloneShallowAndDeep_data();
    void cloneShallowAndDeep();
    void deepCloneOfChildrenWithoutGeneratedKeys();

private:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    static Result run(const QStringList &arguments);
    static void corpusRows();
    QTemporaryDir m_dir;
};

namespace {

QSqlQuery exec(const Connection &connection, const QString &sql)
{
    QSqlQuery query(connection.database());
    if (!query.exec(sql))
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    return query;
}

qlonglong count(const Connection &connection, const QString &quotedTable)
{
    QSqlQuery query = exec(connection, u"SELECT COUNT(*) FROM "_s + quotedTable);
    return query.next() ? query.value(0).toLongLong() : -1;
}

} // namespace

tst_RealDatabases::Result tst_RealDatabases::run(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"PGPASSWORD"_s);
    environment.remove(u"MYSQL_PWD"_s);
    process.setProcessEnvironment(environment);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(QStringLiteral(SCHEMATA_BINARY), arguments);
    if (!process.waitForFinished(120000))
        qFatal("schemata did not finish");
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        process.readAllStandardOutput(), process.readAllStandardError()};
}

void tst_RealDatabases::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString missing = TestDatabases::missingServers();
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
    const QString python = CorpusDatabases::missingTools();
    QVERIFY2(python.isEmpty(), qPrintable(python));
}

// Per engine: the seed models as SQLAlchemy makes them, and the engine's wild shapes.
void tst_RealDatabases::corpusRows()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("corpus");
    for (const QString &engine : TestDatabases::engines()) {
        for (const QString &corpus : CorpusDatabases::names(engine))
            QTest::addRow("%s/%s", qPrintable(engine), qPrintable(corpus)) << engine << corpus;
    }
}

// import reads each database into a design that loads without errors, finds its relationships
// (many-to-many through key-less association tables included), and applies to a new database of
// the same engine.
void tst_RealDatabases::importCheckAndApply()
{
    QFETCH(QString, engine);
    QFETCH(QString, corpus);
    QString error;
    const QString database
        = CorpusDatabases::make(engine, corpus, u"tst_real_import"_s, true, &error);
    QVERIFY2(!database.isEmpty(), qPrintable(error));

    const QString design = m_dir.filePath(engine + u'-' + corpus + u".xml"_s);
    const Result imported = run({u"import"_s, database, u"-o"_s, design});
    QVERIFY2(imported.exitCode == 0, imported.err.constData());

    const Result check = run({u"check"_s, design, u"--json"_s});
    QVERIFY2(check.exitCode == 0, check.err.constData());
    const QJsonObject report = QJsonDocument::fromJson(check.out).object();
    QCOMPARE(report.value(u"tables"_s).toInt(), CorpusDatabases::tableCount(engine, corpus));
    QStringList relationships;
    for (const QJsonValue &v : report.value(u"relationships"_s).toArray())
        relationships << v.toObject().value(u"kind"_s).toString();
    if (corpus == u"sqlalchemy"_s) {
        QVERIFY2(relationships.contains(u"self-referential-many-to-many"_s),
            qPrintable(relationships.join(u", "_s))); // followers, without a key
        QVERIFY(relationships.contains(u"many-to-many"_s)); // content_has_category
        QVERIFY(relationships.contains(u"self-referential"_s)); // task
        QCOMPARE(relationships.count(u"joined-inheritance"_s), 2);
    } else {
        QVERIFY2(
            relationships.contains(u"many-to-many"_s), qPrintable(relationships.join(u", "_s)));
    }

    QString copyError;
    const QString copy = TestDatabases::freshDatabase(engine, u"tst_real_apply"_s, &copyError);
    QVERIFY2(!copy.isEmpty(), qPrintable(copyError));
    const Result applied = run({u"apply"_s, design, copy});
    QVERIFY2(applied.exitCode == 0, applied.err.constData());
}

// export-json, import-json into the empty twin, export-json again: the same bytes.
void tst_RealDatabases::jsonRoundTrip()
{
    QFETCH(QString, engine);
    QFETCH(QString, corpus);
    QString error;
    const QString database
        = CorpusDatabases::make(engine, corpus, u"tst_real_json"_s, true, &error);
    QVERIFY2(!database.isEmpty(), qPrintable(error));
    const QString twin
        = CorpusDatabases::make(engine, corpus, u"tst_real_json_twin"_s, false, &error);
    QVERIFY2(!twin.isEmpty(), qPrintable(error));

    const QString first = m_dir.filePath(engine + u'-' + corpus + u"-1.json"_s);
    const QString second = m_dir.filePath(engine + u'-' + corpus + u"-2.json"_s);
    const Result exported = run({u"export-json"_s, database, u"-o"_s, first, u"--pretty"_s});
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    const Result imported = run({u"import-json"_s, twin, first});
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    const Result again = run({u"export-json"_s, twin, u"-o"_s, second, u"--pretty"_s});
    QVERIFY2(again.exitCode == 0, again.err.constData());

    QFile a(first), b(second);
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    QByteArray before = a.readAll(), after = b.readAll();
    QVERIFY(before.size() > 100);
    if (engine == u"mysql"_s && corpus == u"shapes"_s) {
        // MariaDB cannot turn triggers off in a transaction: the orders' trigger wrote to
        // audit again, and the import says so. Every other table is the same.
        QVERIFY2(imported.err.contains("warning: The triggers of \"orders\" ran"),
            imported.err.constData());
        static const QRegularExpression audit(
            u"\n  \"audit\": \\[.*?\n  \\],?"_s, QRegularExpression::DotMatchesEverythingOption);
        QVERIFY(audit.match(QString::fromUtf8(after)).hasMatch());
        before = QString::fromUtf8(before).remove(audit).toUtf8();
        after = QString::fromUtf8(after).remove(audit).toUtf8();
    } else {
        QVERIFY2(!imported.err.contains("warning:"), imported.err.constData());
    }
    QCOMPARE(after, before);
}

// fill adds generated rows to every table of the database as it is, rows and all: 25 to each
// table, fewer to a joined-inheritance child (one per parent row of its own identity), and the
// database holds what it reports.
void tst_RealDatabases::fill()
{
    QFETCH(QString, engine);
    QFETCH(QString, corpus);
    QString error;
    const QString database
        = CorpusDatabases::make(engine, corpus, u"tst_real_fill"_s, true, &error);
    QVERIFY2(!database.isEmpty(), qPrintable(error));
    Connection connection;
    QVERIFY(connection.open(
        *DatabaseAddress::parse(database, &error), Connection::Mode::OpenExisting, &error));
    const QString q = engine == u"mysql"_s ? u"`"_s : u"\""_s;
    auto quoted = [&q](QString name) -> QString { return q + name.replace(q, q + q) + q; };
    // The tables of the database's default schema (QSqlDatabase::tables() names PostgreSQL's
    // tables outside public with their schema).
    const QString tablesSql = engine == u"sqlite"_s
        ? u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'"_s
        : engine == u"postgresql"_s
        ? u"SELECT table_name FROM information_schema.tables WHERE table_schema = "
          "current_schema() AND table_type = 'BASE TABLE'"_s
        : u"SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE() "
          "AND table_type = 'BASE TABLE'"_s;
    QHash<QString, qlonglong> before;
    for (QSqlQuery tables = exec(connection, tablesSql); tables.next();)
        before.insert(tables.value(0).toString(), 0);
    for (auto it = before.begin(); it != before.end(); ++it)
        it.value() = count(connection, quoted(it.key()));
    QVERIFY(before.size() >= 8);
    connection.close();

    QStringList arguments {u"fill"_s, database, u"--rows"_s, u"25"_s, u"--seed"_s, u"3"_s};
    if (engine == u"sqlite"_s && corpus == u"shapes"_s) {
        // fill does not read CHECK constraints: review's stars BETWEEN 1 AND 5 refuses its
        // values, the database's words say why, and nothing is inserted anywhere. Without
        // that table, the rest fills.
        const Result refused = run(arguments);
        QCOMPARE(refused.exitCode, 5);
        QVERIFY2(refused.err.contains("CHECK constraint failed: stars BETWEEN 1 AND 5"),
            refused.err.constData());
        QVERIFY(connection.open(
            *DatabaseAddress::parse(database, &error), Connection::Mode::OpenExisting, &error));
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QCOMPARE(count(connection, quoted(it.key())), it.value());
        connection.close();
        before.remove(u"review"_s);
        arguments << u"--tables"_s << QStringList(before.keys()).join(u','); // no "review"
    }
    const Result filled = run(arguments);
    QVERIFY2(filled.exitCode == 0, filled.err.constData());
    QVERIFY(connection.open(
        *DatabaseAddress::parse(database, &error), Connection::Mode::OpenExisting, &error));
    static const QRegularExpression line(u"^(.+): (\\d+) rows?$"_s);
    QSet<QString> reported;
    for (const QString &text : QString::fromUtf8(filled.out).split(u'\n', Qt::SkipEmptyParts)) {
        const QRegularExpressionMatch m = line.match(text);
        QVERIFY2(m.hasMatch(), qPrintable(text));
        const QString table = m.captured(1);
        const int rows = m.captured(2).toInt();
        QVERIFY2(rows > 0, qPrintable(text));
        QVERIFY2(rows == 25
                || (corpus == u"sqlalchemy"_s && (table == u"engineer"_s || table == u"manager"_s)),
            qPrintable(text));
        // The tables the corpus's triggers write to get their rows as well.
        if (table == u"audit"_s || table == u"event_log"_s)
            QVERIFY(count(connection, quoted(table)) >= before.value(table) + rows);
        else
            QCOMPARE(count(connection, quoted(table)), before.value(table) + rows);
        reported << table;
    }
    QCOMPARE(reported.size(), before.size());
}

void tst_RealDatabases::cloneShallowAndDeep_data()
{
    // A row, and a child table whose rows a deep clone copies with it (counted in the database).
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("corpus");
    QTest::addColumn<QStringList>("arguments"); // after DATABASE
    QTest::addColumn<QString>("parent"); // quoted, for COUNT(*)
    QTest::addColumn<QString>("child"); // quoted, for COUNT(*), or empty
    QTest::addColumn<int>("children"); // rows of `child` copied with the row
    struct Row
    {
        const char *name;
        QString corpus;
        QStringList arguments;
        QString parent, child;
        int children;
    };
    for (const QString &engine : TestDatabases::engines()) {
        const QString q = engine == u"mysql"_s ? u"`"_s : u"\""_s;
        const QString email = u"email=copy@example.org"_s;
        QList<Row> rows {
            {"sqlalchemy user", u"sqlalchemy"_s, {u"user"_s, u"2"_s, u"--set"_s, email},
                q + u"user"_s + q, {}, 0},
            {"sqlalchemy user deep", u"sqlalchemy"_s,
                {u"user"_s, u"2"_s, u"--set"_s, email, u"--deep"_s}, q + u"user"_s + q,
                q + u"post"_s + q, 2},
            {"sqlalchemy followers deep", u"sqlalchemy"_s,
                {u"user"_s, u"3"_s, u"--set"_s, email, u"--deep"_s}, q + u"user"_s + q,
                q + u"followers"_s + q, 3}, // Edsger follows Grace; Ada and Grace follow him
        };
        if (engine == u"sqlite"_s) {
            rows.append({"chinook genre", u"chinook_style"_s, {u"genre"_s, u"1"_s}, // as typed
                u"\"Genre\""_s, {}, 0});
            rows.append({"chinook invoice deep", u"chinook_style"_s,
                {u"Invoice"_s, u"2"_s, u"--deep"_s}, u"\"Invoice\""_s, u"\"InvoiceLine\""_s, 3});
            rows.append({"shapes shelf deep", u"shapes"_s,
                {u"shelf"_s, u"1"_s, u"--set"_s, u"id=3"_s, u"--deep"_s}, u"shelf"_s,
                u"shelf_book"_s, 2}); // an INT key is no rowid alias: the copy's is given
        } else {
            rows.append({"shapes customer deep", u"shapes"_s,
                {u"customer"_s, u"1"_s, u"--set"_s, email, u"--deep"_s, u"--depth"_s, u"2"_s},
                q + u"customer"_s + q, q + u"order_line"_s + q, 3}); // through 2 orders
        }
        for (const Row &row : rows)
            QTest::addRow("%s/%s", qPrintable(engine), row.name)
                << engine << row.corpus << row.arguments << row.parent << row.child << row.children;
    }
}

// clone copies a row without the key the engine generates for it (rowid aliases, serial,
// identity, AUTO_INCREMENT), and --deep its children, key-less association rows included.
void tst_RealDatabases::cloneShallowAndDeep()
{
    QFETCH(QString, engine);
    QFETCH(QString, corpus);
    QFETCH(QStringList, arguments);
    QFETCH(QString, parent);
    QFETCH(QString, child);
    QFETCH(int, children);
    QString error;
    const QString database
        = CorpusDatabases::make(engine, corpus, u"tst_real_clone"_s, true, &error);
    QVERIFY2(!database.isEmpty(), qPrintable(error));

    Connection connection;
    QVERIFY(connection.open(
        *DatabaseAddress::parse(database, &error), Connection::Mode::OpenExisting, &error));
    const qlonglong parents = count(connection, parent);
    const qlonglong childRows = child.isEmpty() ? 0 : count(connection, child);

    const Result cloned = run(QStringList {u"clone"_s, database} + arguments);
    QVERIFY2(cloned.exitCode == 0, cloned.err.constData());
    QVERIFY2(!cloned.out.trimmed().isEmpty(), "prints the copy's key");

    QCOMPARE(count(connection, parent), parents + 1);
    if (!child.isEmpty())
        QCOMPARE(count(connection, child), childRows + children);
}

// review's key is `id INTEGER PRIMARY KEY DESC`, which is not a rowid alias: the database does
// not number copies of its rows, and a child row cannot be given values one by one, so a deep
// copy of a book is refused, saying which rows and what to do, and nothing is written.
void tst_RealDatabases::deepCloneOfChildrenWithoutGeneratedKeys()
{
    QString error;
    const QString database
        = CorpusDatabases::make(u"sqlite"_s, u"shapes"_s, u"tst_real_clone_keys"_s, true, &error);
    QVERIFY2(!database.isEmpty(), qPrintable(error));
    const QByteArray before = [&] {
        QFile file(database);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    const Result refused = run({u"clone"_s, database, u"book"_s, u"10"_s, u"--set"_s,
        u"isbn=0"_s, u"--deep"_s});
    QCOMPARE(refused.exitCode, 5);
    QVERIFY2(refused.err.contains("The copies of the rows of \"review\" that a deep copy takes "
                                  "along would need new values for id"),
        refused.err.constData());
    QVERIFY(!refused.err.contains("--set"));
    QFile file(database);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before); // all or nothing
    const Result shallow = run({u"clone"_s, database, u"book"_s, u"10"_s, u"--set"_s,
        u"isbn=0"_s});
    QVERIFY2(shallow.exitCode == 0, shallow.err.constData());
}

QTEST_GUILESS_MAIN(tst_RealDatabases)
#include "tst_realdatabases.moc"
