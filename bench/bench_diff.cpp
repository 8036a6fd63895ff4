// Times the schema diff, the migration planner and an SQLite table rebuild (median of runs).
//   bench_diff [TABLES=2000] [CHANGES=200] [RUNS=5] [ROWS=1000000]
// 1. SchemaDiff of a generated design of TABLES tables against a copy with CHANGES changes
//    (recorded renames of tables and columns, type changes, added and dropped columns, keys and
//    foreign keys), as written and with PostgreSQL's semantics (what --dialect does).
// 2. The source design applied to an SQLite file, imported back with SchemaImporter, compared
//    with the changed design and planned (import timed apart from diff + plan).
// 3. A table of ROWS rows made NOT NULL in one column (a rebuild on SQLite) through
//    Migrator::run, next to the sqlite3 shell running the same statements written by hand on
//    a copy of the same file. ROWS=0 leaves it out.
// Targets (issue 14): 1. under 0.2 s; 2. the plan under 1 s; 3. at most 1.2 times the shell.

#include "database/connection.h"
#include "database/schemaapplier.h"
#include "database/schemaimporter.h"
#include "designgenerator.h"
#include "dialects/dialect.h"
#include "diff/migrationplan.h"
#include "diff/migrator.h"
#include "diff/schemadiff.h"
#include "schema/schema.h"
#include "xml/designreader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>

#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

// Milliseconds of CPU this process has used: what the work costs, whatever else the machine
// runs (the diff and the plan use one thread).
double cpuMs()
{
    timespec t {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

// Wall-clock and CPU milliseconds of the stretches between laps.
class Stopwatch
{
public:
    Stopwatch()
    {
        m_timer.start();
        m_cpu = cpuMs();
    }
    // The time since the last lap (or the start), as {wall, cpu}.
    std::pair<double, double> lap()
    {
        const qint64 now = m_timer.nsecsElapsed();
        const double cpu = cpuMs();
        const std::pair<double, double> times {(now - m_wall) / 1e6, cpu - m_cpu};
        m_wall = now;
        m_cpu = cpu;
        return times;
    }

private:
    QElapsedTimer m_timer;
    qint64 m_wall = 0;
    double m_cpu = 0;
};

// Wall-clock and CPU times of runs, reported as their medians.
struct Times
{
    QList<double> wall, cpu;
    void operator<<(std::pair<double, double> times)
    {
        wall << times.first;
        cpu << times.second;
    }
    QByteArray text(const char *unit = "ms", double scale = 1) const
    {
        return QByteArray::number(median(wall) / scale, 'f', scale > 1 ? 2 : 1) + ' ' + unit
            + " (CPU " + QByteArray::number(median(cpu) / scale, 'f', scale > 1 ? 2 : 1) + ' '
            + unit + ')';
    }
};

Column *columnNamed(Table &table, const QString &name)
{
    for (Column &column : table.columns) {
        if (column.name == name)
            return &column;
    }
    return nullptr;
}

bool exec(QSqlDatabase db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        fprintf(stderr, "%s: %s\n", qPrintable(sql), qPrintable(query.lastError().text()));
        return false;
    }
    return true;
}

bool open(Connection &connection, const QString &path, Connection::Mode mode)
{
    DatabaseAddress address;
    address.path = path;
    QString error;
    if (!connection.open(address, mode, &error)) {
        fprintf(stderr, "%s: %s\n", qPrintable(path), qPrintable(error));
        return false;
    }
    return true;
}

DiffOptions sqliteOptions(Connection &connection)
{
    DiffOptions options = DiffOptions::forEngine(connection.dialect().engine(),
        connection.dialect().tableNamesIgnoreCase(connection.database()));
    options.unmanagedSide = DiffOptions::DatabaseSide::Source;
    return options;
}

bool benchDiff(const Schema &source, const Schema &target, int runs)
{
    const DiffOptions asWritten;
    const DiffOptions postgres = DiffOptions::forEngine(SqlEngine::Postgres, false);
    Times written, dialect;
    qsizetype writtenChanges = 0, dialectChanges = 0;
    for (int run = 0; run < runs; ++run) {
        Stopwatch watch;
        const SchemaDiffResult a = SchemaDiff::compare(source, target, asWritten);
        written << watch.lap();
        const SchemaDiffResult b = SchemaDiff::compare(source, target, postgres);
        dialect << watch.lap();
        if (!a.ok() || !b.ok()) {
            fprintf(stderr, "the diff failed: %s\n", qPrintable((a.errors + b.errors).join(u'\n')));
            return false;
        }
        writtenChanges = a.changes.size();
        dialectChanges = b.changes.size();
    }
    printf("1. diff, median of %d runs: as written %s, %lld changes; PostgreSQL semantics "
           "%s, %lld changes\n",
        runs, written.text().constData(), static_cast<long long>(writtenChanges),
        dialect.text().constData(), static_cast<long long>(dialectChanges));
    return true;
}

bool benchPlan(const QTemporaryDir &dir, const Schema &source, const Schema &target, int runs)
{
    const QString path = dir.filePath(u"plan.sqlite"_s);
    {
        Connection connection;
        if (!open(connection, path, Connection::Mode::CreateIfMissing))
            return false;
        const ApplyResult applied = SchemaApplier(connection).apply(source);
        if (!applied.ok) {
            fprintf(stderr, "apply failed: %s\n", qPrintable(applied.error));
            return false;
        }
    }
    Times importTimes, diffTimes, planTimes, diffPlanTimes;
    qsizetype steps = 0, changes = 0, rebuilds = 0;
    for (int run = 0; run < runs; ++run) {
        Connection connection;
        if (!open(connection, path, Connection::Mode::OpenExisting))
            return false;
        QString error;
        Stopwatch watch;
        const std::optional<Schema> database = SchemaImporter(connection).import(&error);
        importTimes << watch.lap();
        if (!database) {
            fprintf(stderr, "import failed: %s\n", qPrintable(error));
            return false;
        }
        const SchemaDiffResult diff
            = SchemaDiff::compare(*database, target, sqliteOptions(connection));
        const std::pair<double, double> compared = watch.lap();
        MigrationPlanner planner(connection.dialect(), *database, target, diff);
        planner.setSqliteObjects(Migrator::sqliteObjects(connection.database()));
        const MigrationPlan plan = planner.plan();
        const std::pair<double, double> planned = watch.lap();
        if (!diff.ok() || !plan.errors.isEmpty() || plan.isEmpty()) {
            fprintf(stderr, "no plan: %s\n", qPrintable((diff.errors + plan.errors).join(u'\n')));
            return false;
        }
        diffTimes << compared;
        planTimes << planned;
        diffPlanTimes << std::pair {compared.first + planned.first, compared.second + planned.second};
        changes = diff.changes.size();
        steps = plan.steps.size();
        rebuilds = std::count_if(plan.steps.cbegin(), plan.steps.cend(),
            [](const MigrationStep &step) { return !step.rebuiltTable.isEmpty(); });
    }
    printf("2. plan on SQLite, median of %d runs: import %s; diff %s + plan %s: %s; %lld "
           "changes, %lld steps, %lld of them rebuilds\n",
        runs, importTimes.text().constData(), diffTimes.text().constData(),
        planTimes.text().constData(), diffPlanTimes.text().constData(),
        static_cast<long long>(changes),
        static_cast<long long>(steps), static_cast<long long>(rebuilds));
    return true;
}

const QString ordersTable = u"CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER "
                            "NOT NULL REFERENCES customer (id), reference VARCHAR(40)%1, "
                            "amount DECIMAL(10,2), note TEXT, created DATETIME)"_s;
const QStringList ordersIndexes {
    u"CREATE INDEX ix_orders_customer ON orders (customer_id)"_s,
    u"CREATE INDEX ix_orders_created ON orders (created)"_s,
};

bool makeOrders(const QString &path, qint64 rows)
{
    Connection connection;
    if (!open(connection, path, Connection::Mode::CreateIfMissing))
        return false;
    QSqlDatabase db = connection.database();
    bool ok = exec(db, u"CREATE TABLE customer (id INTEGER PRIMARY KEY, name TEXT NOT NULL)"_s)
        && exec(db, ordersTable.arg(QString()));
    for (const QString &index : ordersIndexes)
        ok = ok && exec(db, index);
    return ok && db.transaction()
        && exec(db,
            u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000) "
            "INSERT INTO customer SELECT i, 'customer ' || i FROM n"_s)
        && exec(db,
            u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
            "INSERT INTO orders SELECT i, i % 1000 + 1, 'R-' || i, i * 0.25, 'order ' || i, "
            "datetime(1700000000 + i * 60, 'unixepoch') FROM n"_s.arg(rows))
        && db.commit();
}

// The rebuild written by hand, as one would type it into the sqlite3 shell.
QString handWrittenRebuild()
{
    QStringList statements {u"PRAGMA foreign_keys = OFF"_s, u"BEGIN"_s,
        QString(ordersTable).replace(u"TABLE orders ("_s, u"TABLE orders_new ("_s)
            .arg(u" NOT NULL"_s),
        u"INSERT INTO orders_new (id, customer_id, reference, amount, note, created) "
        "SELECT id, customer_id, reference, amount, note, created FROM orders"_s,
        u"DROP TABLE orders"_s, u"ALTER TABLE orders_new RENAME TO orders"_s};
    statements << ordersIndexes << u"PRAGMA foreign_key_check"_s << u"COMMIT"_s;
    return statements.join(u";\n"_s) + u";\n"_s;
}

// CPU milliseconds used by the children this process waited for.
double childrenCpuMs()
{
    rusage usage {};
    getrusage(RUSAGE_CHILDREN, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3
        + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

// The sqlite3 shell's wall-clock and CPU milliseconds for the script, process start included.
std::optional<std::pair<double, double>> shellTimes(
    const QString &shell, const QString &path, const QString &script)
{
    QProcess process;
    QElapsedTimer timer;
    const double cpuBefore = childrenCpuMs();
    timer.start();
    process.start(shell, {path});
    process.write(script.toUtf8());
    process.closeWriteChannel();
    if (!process.waitForFinished(-1) || process.exitCode() != 0
        || !process.readAllStandardError().isEmpty()) {
        fprintf(stderr, "sqlite3 failed\n");
        return std::nullopt;
    }
    return std::pair {timer.nsecsElapsed() / 1e6, childrenCpuMs() - cpuBefore};
}

bool benchRebuild(const QTemporaryDir &dir, qint64 rows, int runs)
{
    const QString shell = QStandardPaths::findExecutable(u"sqlite3"_s);
    if (shell.isEmpty()) {
        fprintf(stderr, "3. needs the sqlite3 shell (apt-get install sqlite3)\n");
        return false;
    }
    const QString original = dir.filePath(u"orders.sqlite"_s);
    if (!makeOrders(original, rows))
        return false;
    const QString script = handWrittenRebuild();
    Times checkTimes, runTimes, shellRuns;
    QString planScript;
    for (int run = 0; run < runs; ++run) {
        // Fresh copies of the same file for both, the shell first on odd runs.
        const QString ours = dir.filePath(u"ours.sqlite"_s);
        const QString theirs = dir.filePath(u"theirs.sqlite"_s);
        QFile::remove(ours);
        QFile::remove(theirs);
        if (!QFile::copy(original, ours) || !QFile::copy(original, theirs))
            return false;
        if (run % 2) {
            const std::optional<std::pair<double, double>> times
                = shellTimes(shell, theirs, script);
            if (!times)
                return false;
            shellRuns << *times;
        }
        {
            Connection connection;
            if (!open(connection, ours, Connection::Mode::OpenExisting))
                return false;
            QString error;
            const std::optional<Schema> database = SchemaImporter(connection).import(&error);
            if (!database) {
                fprintf(stderr, "import failed: %s\n", qPrintable(error));
                return false;
            }
            Schema design = *database;
            for (Table &table : design.tables()) {
                if (table.name == u"orders")
                    columnNamed(table, u"reference"_s)->setNullable(false);
            }
            const SchemaDiffResult diff
                = SchemaDiff::compare(*database, design, sqliteOptions(connection));
            MigrationPlanner planner(connection.dialect(), *database, design, diff);
            planner.setSqliteObjects(Migrator::sqliteObjects(connection.database()));
            const MigrationPlan plan = planner.plan();
            planScript = plan.script();
            Migrator migrator(connection);
            Stopwatch watch;
            const QList<DataCheckResult> checks = migrator.check(plan);
            const std::pair<double, double> checked = watch.lap();
            const MigrationReport report = migrator.run(plan, u"bench.xml"_s, QString(64, u'0'));
            const std::pair<double, double> ran = watch.lap();
            if (!report.ok || checks.isEmpty()
                || std::any_of(checks.cbegin(), checks.cend(),
                    [](const DataCheckResult &c) { return !c.passed(); })) {
                fprintf(stderr, "the migration failed: %s\n%s", qPrintable(report.error),
                    qPrintable(planScript));
                return false;
            }
            checkTimes << checked;
            runTimes << ran;
        }
        if (run % 2 == 0) {
            const std::optional<std::pair<double, double>> times
                = shellTimes(shell, theirs, script);
            if (!times)
                return false;
            shellRuns << *times;
        }
    }
    printf("3. rebuild of %lld rows (reference made NOT NULL), median of %d runs: "
           "Migrator::run %s, its data check before it %s; sqlite3 shell %s; "
           "run / shell = %.2f (CPU %.2f), check + run / shell = %.2f\n",
        static_cast<long long>(rows), runs, runTimes.text("s", 1000).constData(),
        checkTimes.text("s", 1000).constData(), shellRuns.text("s", 1000).constData(),
        median(runTimes.wall) / median(shellRuns.wall), median(runTimes.cpu) / median(shellRuns.cpu),
        (median(runTimes.wall) + median(checkTimes.wall)) / median(shellRuns.wall));
    printf("   the plan:\n%s   by hand:\n%s", qPrintable(planScript), qPrintable(script));
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    const int tables = args.value(0, u"2000"_s).toInt();
    const int changes = args.value(1, u"200"_s).toInt();
    const int runs = std::max(1, args.value(2, u"5"_s).toInt());
    const qint64 rows = args.value(3, u"1000000"_s).toLongLong();

    DesignReader reader;
    if (!reader.read(generateDesign(tables))) {
        fprintf(stderr, "the generated design does not load\n");
        return 1;
    }
    const Schema source = reader.schema();
    Schema target = source;
    const int made = changeDesign(target, changes);
    printf("design: %d tables, %d columns, %d relations; %d changes made\n", tables,
        source.columnCount(), source.foreignKeyCount(), made);
    fflush(stdout);
    QTemporaryDir dir;
    if (!benchDiff(source, target, runs))
        return 1;
    fflush(stdout);
    if (!benchPlan(dir, source, target, runs))
        return 1;
    fflush(stdout);
    if (rows > 0 && !benchRebuild(dir, rows, runs))
        return 1;
    return 0;
}
