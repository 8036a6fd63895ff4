// JSON export and import throughput, and the memory an export of a table without a key takes.
//   bench_json [ROWS=1000000] [DATABASE]
// Without DATABASE: a new SQLite file with ROWS rows in `item` (integer key, a 64-bit integer,
// a real, text, a date and time): JsonExporter to a file, as it reads SQLite (its fast path)
// and as it reads the other engines (setFastPath(false), which must give the same bytes),
// both through a connection that did not write the rows; JsonImporter into a second new
// file, and an export of that (the same bytes); then the sqlite3 shell's `.mode json` on the
// same table for comparison, when it is installed.
// With DATABASE (a PostgreSQL or MariaDB URL; its tables `item` and `event` are replaced):
// ROWS rows in `event`, a table without a key, exported to /dev/null, with the peak memory of
// the process before and after (rows are made on the server, so the export is what grows it).

#include "database/connection.h"
#include "database/schemaapplier.h"
#include "dialects/dialect.h"
#include "export/jsonexporter.h"
#include "export/jsonimporter.h"
#include "xml/designreader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>
#include <sys/resource.h>

namespace {

const QByteArray Design = R"(<?xml version="1.0" encoding="utf-8" ?>
<sql>
<table x="0" y="0" name="item">
<row name="id" null="0" autoincrement="0"><datatype>INTEGER</datatype></row>
<row name="n" null="1" autoincrement="0"><datatype>BIGINT</datatype></row>
<row name="r" null="1" autoincrement="0"><datatype>DOUBLE</datatype></row>
<row name="t" null="1" autoincrement="0"><datatype>VARCHAR(40)</datatype></row>
<row name="at" null="1" autoincrement="0"><datatype>DATETIME</datatype></row>
<key type="PRIMARY" name=""><part>id</part></key>
</table>
<table x="0" y="0" name="event">
<row name="id" null="0" autoincrement="0"><datatype>INTEGER</datatype></row>
<row name="n" null="1" autoincrement="0"><datatype>BIGINT</datatype></row>
<row name="r" null="1" autoincrement="0"><datatype>DOUBLE</datatype></row>
<row name="t" null="1" autoincrement="0"><datatype>VARCHAR(40)</datatype></row>
<row name="at" null="1" autoincrement="0"><datatype>DATETIME</datatype></row>
</table>
</sql>
)";

// Processor time of this process (or of its finished children), in seconds: on a busy machine
// a better measure than the wall clock.
double cpuSeconds(int who = RUSAGE_SELF)
{
    rusage usage {};
    getrusage(who, &usage);
    return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec
        + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

long peakKib()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

bool open(Connection &connection, const QString &text, bool apply, const Schema &schema)
{
    QString error;
    std::optional<DatabaseAddress> address = DatabaseAddress::parse(text, &error);
    if (address)
        address->takePasswordFromEnvironment();
    if (!address || !connection.open(*address, Connection::Mode::CreateIfMissing, &error)) {
        fprintf(stderr, "%s\n", qPrintable(error));
        return false;
    }
    if (!apply)
        return true;
    SchemaApplier applier(connection);
    applier.setReplaceExisting(true);
    const ApplyResult applied = applier.apply(schema);
    if (!applied.ok)
        fprintf(stderr, "apply failed: %s\n", qPrintable(applied.error));
    return applied.ok;
}

// ROWS rows made by the database itself, so that the client's memory stays as it was.
bool fill(Connection &connection, const QString &table, qint64 rows)
{
    const SqlEngine engine = connection.address().engine;
    const QString n = QString::number(rows);
    QString source;
    QString row = QStringLiteral("x, x * 7919 - 4000000000, x / 7.0, 'row ' || (x % 1000), ");
    if (engine == SqlEngine::Postgres) {
        source
            = QStringLiteral(" FROM generate_series(1::bigint, ") + n + QStringLiteral(") AS g(x)");
        row += QStringLiteral("TIMESTAMP '2020-01-01' + x * INTERVAL '1 second'");
    } else if (engine == SqlEngine::Mysql) {
        source = QStringLiteral(" FROM (SELECT CAST(seq AS SIGNED) AS x FROM seq_1_to_") + n
            + QStringLiteral(") s");
        row.replace(
            QStringLiteral("'row ' || (x % 1000)"), QStringLiteral("CONCAT('row ', x % 1000)"));
        row += QStringLiteral("TIMESTAMP '2020-01-01 00:00:00' + INTERVAL x SECOND");
    } else {
        source = QStringLiteral(" FROM (WITH RECURSIVE s(x) AS (SELECT 1 UNION ALL SELECT x + 1 "
                                "FROM s WHERE x < ")
            + n + QStringLiteral(") SELECT x FROM s)");
        row += QStringLiteral("datetime('2020-01-01', '+' || x || ' seconds')");
    }
    QSqlQuery query(connection.database());
    if (!query.exec(
            QStringLiteral("INSERT INTO ") + table + QStringLiteral(" SELECT ") + row + source)) {
        fprintf(stderr, "fill failed: %s\n", qPrintable(query.lastError().text()));
        return false;
    }
    return true;
}

// Compared a piece at a time, so that the comparison does not count in the peak memory.
bool sameBytes(const QString &a, const QString &b)
{
    QFile first(a);
    QFile second(b);
    if (!first.open(QIODevice::ReadOnly) || !second.open(QIODevice::ReadOnly)
        || first.size() != second.size())
        return false;
    while (!first.atEnd()) {
        if (first.read(1 << 20) != second.read(1 << 20))
            return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    // As the schemata executable does (app/main.cpp): glibc keeps the zone cached only when
    // TZ names it.
    if (qEnvironmentVariableIsEmpty("TZ") && QFile::exists(QStringLiteral("/etc/localtime")))
        qputenv("TZ", ":/etc/localtime");
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    const qint64 rows = args.value(0, QStringLiteral("1000000")).toLongLong();
    DesignReader reader;
    if (!reader.read(Design)) {
        fprintf(stderr, "the design does not load\n");
        return 1;
    }
    QElapsedTimer timer;
    QString error;

    if (args.size() > 1) {
        Connection connection;
        if (!open(connection, args.at(1), true, reader.schema())
            || !fill(connection, QStringLiteral("event"), rows))
            return 1;
        const long before = peakKib();
        JsonExporter exporter(connection, reader.schema());
        exporter.setTables({QStringLiteral("event")});
        QFile null(QStringLiteral("/dev/null"));
        null.open(QIODevice::WriteOnly);
        timer.start();
        const double cpu = cpuSeconds();
        if (!exporter.write(&null, &error)) {
            fprintf(stderr, "export failed: %s\n", qPrintable(error));
            return 1;
        }
        printf("%s: export of %lld rows without a key: %.2f s (%.0f rows/s), processor %.2f s; "
               "peak memory %ld KiB before, %ld KiB after\n",
            qPrintable(connection.dialect().name()), static_cast<long long>(rows),
            timer.nsecsElapsed() / 1e9, rows / (timer.nsecsElapsed() / 1e9), cpuSeconds() - cpu,
            before, peakKib());
        return 0;
    }

    QTemporaryDir dir;
    const QString from = dir.filePath(QStringLiteral("from.sqlite"));
    const QString to = dir.filePath(QStringLiteral("to.sqlite"));
    const QString json = dir.filePath(QStringLiteral("item.json"));
    const QString again = dir.filePath(QStringLiteral("again.json"));
    const QString generic = dir.filePath(QStringLiteral("generic.json"));
    {
        Connection filling;
        if (!open(filling, from, true, reader.schema())
            || !fill(filling, QStringLiteral("item"), rows))
            return 1;
    }
    // Read through a connection of its own, as `schemata export-json` reads: the one that
    // wrote the rows holds them in its page cache, which the export would first give back.
    Connection source;
    if (!open(source, from, false, reader.schema()))
        return 1;

    JsonExporter exporter(source, reader.schema());
    exporter.setTables({QStringLiteral("item")});
    timer.start();
    double cpu = cpuSeconds();
    if (!exporter.writeFile(json, &error)) {
        fprintf(stderr, "export failed: %s\n", qPrintable(error));
        return 1;
    }
    const double exportSeconds = timer.nsecsElapsed() / 1e9;
    const qint64 bytes = QFile(json).size();
    printf("export: %lld rows, %.1f MB: %.2f s (%.0f rows/s, %.0f MB/s), processor %.2f s\n",
        static_cast<long long>(rows), bytes / 1e6, exportSeconds, rows / exportSeconds,
        bytes / 1e6 / exportSeconds, cpuSeconds() - cpu);

    JsonExporter slow(source, reader.schema());
    slow.setTables({QStringLiteral("item")});
    slow.setFastPath(false);
    timer.start();
    cpu = cpuSeconds();
    if (!slow.writeFile(generic, &error)) {
        fprintf(stderr, "export failed: %s\n", qPrintable(error));
        return 1;
    }
    printf("export the generic way (QSqlQuery, pages by key): %.2f s, processor %.2f s, %s\n",
        timer.nsecsElapsed() / 1e9, cpuSeconds() - cpu,
        sameBytes(generic, json) ? "the same bytes" : "DIFFERENT BYTES");

    Connection target;
    if (!open(target, to, true, reader.schema()))
        return 1;
    JsonImporter importer(target, reader.schema());
    timer.start();
    cpu = cpuSeconds();
    if (!importer.readFile(json, &error)) {
        fprintf(stderr, "import failed: %s\n", qPrintable(error));
        return 1;
    }
    const double importSeconds = timer.nsecsElapsed() / 1e9;
    printf("import: %.2f s (%.0f rows/s, %.0f MB/s), processor %.2f s; peak memory of the "
           "process %ld KiB (SQLite's page caches included)\n",
        importSeconds, rows / importSeconds, bytes / 1e6 / importSeconds, cpuSeconds() - cpu,
        peakKib());
    JsonExporter second(target, reader.schema());
    second.setTables({QStringLiteral("item")});
    if (!second.writeFile(again, &error)) {
        fprintf(stderr, "export failed: %s\n", qPrintable(error));
        return 1;
    }
    printf("export of the import: %s\n",
        sameBytes(again, json) ? "the same bytes" : "DIFFERENT BYTES");

    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (shell.isEmpty()) {
        printf("sqlite3 shell: not installed\n");
        return 0;
    }
    QProcess process;
    process.setStandardOutputFile(QStringLiteral("/dev/null"));
    timer.start();
    process.start(
        shell, {from, QStringLiteral(".mode json"), QStringLiteral("SELECT * FROM item")});
    process.waitForFinished(-1);
    printf("sqlite3 shell, .mode json: %.2f s (%.0f rows/s), processor %.2f s\n",
        timer.nsecsElapsed() / 1e9, rows / (timer.nsecsElapsed() / 1e9),
        cpuSeconds(RUSAGE_CHILDREN));
    return 0;
}
