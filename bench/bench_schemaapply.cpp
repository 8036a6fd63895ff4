// Applies a generated design of N tables to a new SQLite file and imports it back, and
// reports the times (median of runs).
//   bench_schemaapply [TABLES=2000] [RUNS=5]
// Target (issue 3): 2,000 tables apply in under 1 s, and import in under 1 s, on SQLite.

#include "database/connection.h"
#include "database/schemaapplier.h"
#include "database/schemaimporter.h"
#include "designgenerator.h"
#include "xml/designreader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    const int tables = args.value(0, QStringLiteral("2000")).toInt();
    const int runs = std::max(1, args.value(1, QStringLiteral("5")).toInt());

    DesignReader reader;
    if (!reader.read(generateDesign(tables))) {
        fprintf(stderr, "the generated design does not load\n");
        return 1;
    }
    QTemporaryDir dir;
    QList<double> applyTimes, importTimes;
    int statements = 0;
    for (int run = 0; run < runs; ++run) {
        DatabaseAddress address;
        address.path = dir.filePath(QStringLiteral("bench-%1.sqlite").arg(run));
        Connection connection;
        QString error;
        if (!connection.open(address, Connection::Mode::CreateIfMissing, &error)) {
            fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        QElapsedTimer timer;
        timer.start();
        const ApplyResult applied = SchemaApplier(connection).apply(reader.schema());
        const qint64 appliedAt = timer.nsecsElapsed();
        if (!applied.ok) {
            fprintf(stderr, "apply failed: %s\n", qPrintable(applied.error));
            return 1;
        }
        statements = applied.statements;
        SchemaImporter importer(connection);
        const std::optional<Schema> imported = importer.import(&error);
        const qint64 importedAt = timer.nsecsElapsed();
        if (!imported || imported->tables().size() != reader.schema().tables().size()
            || imported->foreignKeyCount() != reader.schema().foreignKeyCount()) {
            fprintf(stderr, "import failed or incomplete: %s\n", qPrintable(error));
            return 1;
        }
        applyTimes << appliedAt / 1e6;
        importTimes << (importedAt - appliedAt) / 1e6;
    }
    const auto median = [](QList<double> v) {
        std::sort(v.begin(), v.end());
        return v.at(v.size() / 2);
    };
    printf("design: %d tables, %d columns, %d relations; %d statements\n", tables,
        reader.schema().columnCount(), reader.schema().foreignKeyCount(), statements);
    printf("median of %d runs on SQLite: apply %.0f ms, import %.0f ms\n", runs, median(applyTimes),
        median(importTimes));
    return 0;
}
