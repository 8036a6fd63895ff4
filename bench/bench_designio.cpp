// Loads and saves a generated design of N tables and reports the times (median of runs).
//   bench_designio [TABLES=2000] [RUNS=9] [--write FILE]
// Target (issue 2): 2,000 tables load + save in under 0.3 s.

#include "designgenerator.h"
#include "xml/designreader.h"
#include "xml/designwriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QString writePath;
    if (const qsizetype w = args.indexOf(QStringLiteral("--write"));
        w >= 0 && w + 1 < args.size()) {
        writePath = args.at(w + 1);
        args.remove(w, 2);
    }
    const int tables = args.value(0, QStringLiteral("2000")).toInt();
    const int runs = std::max(1, args.value(1, QStringLiteral("9")).toInt());

    const QByteArray design = generateDesign(tables);
    if (!writePath.isEmpty()) {
        QFile file(writePath);
        if (!file.open(QIODevice::WriteOnly) || file.write(design) != design.size())
            return 1;
    }

    QList<double> load, save, total;
    int columns = 0, relations = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        DesignReader reader;
        if (!reader.read(design)) {
            fprintf(stderr, "load failed: %s\n", qPrintable(reader.errorString()));
            return 1;
        }
        const qint64 loaded = timer.nsecsElapsed();
        const QByteArray saved = DesignWriter::write(reader.schema());
        const qint64 done = timer.nsecsElapsed();
        if (saved != design) {
            fprintf(stderr, "the saved design differs from the loaded one\n");
            return 1;
        }
        columns = reader.schema().columnCount();
        relations = reader.schema().foreignKeyCount();
        load << loaded / 1e6;
        save << (done - loaded) / 1e6;
        total << done / 1e6;
    }
    const auto median = [](QList<double> v) {
        std::sort(v.begin(), v.end());
        return v.at(v.size() / 2);
    };
    printf("design: %d tables, %d columns, %d relations, %.1f MB\n", tables, columns, relations,
        design.size() / 1e6);
    printf("median of %d runs: load %.1f ms, save %.1f ms, load+save %.1f ms (min %.1f ms)\n", runs,
        median(load), median(save), median(total), *std::min_element(total.begin(), total.end()));
    return 0;
}
