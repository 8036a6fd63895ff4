// Times the import of an SQL script of a generated design (median of runs), per dialect.
//   bench_sqlimport [TABLES=2000] [RUNS=5] [FOLDER]
// With FOLDER, the scripts are also written there (sqlite.sql, mysql.sql), e.g. to time
// `sqlite3 :memory: < sqlite.sql` against the SQLite import.
// The script is what `schemata sql --dialect D` writes for a design of TABLES tables of 10
// columns with about 1.5 foreign keys each (designgenerator.h): CREATE TABLE, CREATE INDEX and,
// ALTER TABLE ... ADD CONSTRAINT. SQLite runs it in memory and reads the catalogue back;
// PostgreSQL's is parsed by libpg_query, MariaDB/MySQL's by MysqlScriptParser. Wall-clock and
// CPU milliseconds (the import uses one thread, so CPU time is its cost on a busy machine).
// Target (issue 16): under 1 s per dialect for 2,000 tables.

#include "ddl/ddlwriter.h"
#include "designgenerator.h"
#include "dialects/dialect.h"
#include "sqlimport/sqlscriptimporter.h"
#include "xml/designreader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace Qt::StringLiterals;

namespace {

double cpuMs()
{
    timespec t {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int tables = args.size() > 1 ? args.at(1).toInt() : 2000;
    const int runs = args.size() > 2 ? args.at(2).toInt() : 5;
    const QString folder = args.value(3);

    DesignReader reader;
    if (!reader.read(generateDesign(tables))) {
        std::fprintf(stderr, "the generated design does not read\n");
        return 1;
    }
    for (const SqlEngine engine : allSqlEngines) {
        const DdlScript ddl = DdlWriter(Dialect::forEngine(engine)).write(reader.schema());
        const QString script = ddl.text();
        if (!folder.isEmpty()) {
            QFile file(folder + u'/' + sqlEngineName(engine) + u".sql"_s);
            if (!file.open(QIODevice::WriteOnly) || file.write(script.toUtf8()) < 0) {
                std::fprintf(stderr, "cannot write %s\n", qPrintable(file.fileName()));
                return 1;
            }
        }
        QList<double> times, cpuTimes;
        int statements = 0, imported = 0;
        for (int run = 0; run < runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            const double cpuStart = cpuMs();
            QString error;
            const std::optional<SqlImportReport> report
                = SqlScriptImporter::import(script, engine, &error);
            times << timer.nsecsElapsed() / 1e6;
            cpuTimes << cpuMs() - cpuStart;
            if (!report) {
                std::fprintf(stderr, "%s\n", qPrintable(error));
                return 1;
            }
            statements = int(report->statements.size());
            imported = report->count(SqlStatementReport::Outcome::Imported);
        }
        std::sort(times.begin(), times.end());
        std::sort(cpuTimes.begin(), cpuTimes.end());
        std::printf("%-10s %d tables, %d statements (%d imported), %lld KiB: median %.0f ms "
                    "(min %.0f, max %.0f), CPU %.0f ms, over %d runs\n",
            qPrintable(sqlEngineName(engine)), tables, statements, imported,
            qint64(script.toUtf8().size() / 1024), times.at(times.size() / 2), times.first(),
            times.last(), cpuTimes.at(cpuTimes.size() / 2), runs);
    }
    return 0;
}
