// Lays out a generated design of N tables and reports the time (median of runs).
//   bench_autolayout [TABLES=2000] [RUNS=5] [--vertical] [--random]
// --random makes every foreign key reference a pseudo-random earlier table instead of the
// generator's (which references table 0 and table 13 from nearly every table: a star).
// Target (designer issue): 2,000 tables in under 5 s.

#include "designgenerator.h"
#include "layout/autolayout.h"
#include "xml/designreader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRectF>

#include <algorithm>
#include <cstdio>
#include <ctime>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const bool vertical = args.removeAll(QStringLiteral("--vertical")) > 0;
    const bool random = args.removeAll(QStringLiteral("--random")) > 0;
    const int tables = args.value(0, QStringLiteral("2000")).toInt();
    const int runs = std::max(1, args.value(1, QStringLiteral("5")).toInt());

    DesignReader reader;
    if (!reader.read(generateDesign(tables))) {
        fprintf(stderr, "load failed: %s\n", qPrintable(reader.errorString()));
        return 1;
    }
    Schema schema = reader.schema();
    if (random) {
        quint32 state = 2024;
        for (qsizetype t = 1; t < schema.tables().size(); ++t) {
            for (ForeignKey &fk : schema.tables()[t].foreignKeys) {
                state = state * 1103515245u + 12345u;
                fk.referencedTable = schema.tables().at((state >> 8) % quint32(t)).id;
            }
        }
    }

    // Cards as the diagram draws them: wide enough for the longest "name type" line
    // (160 to 260 px), a 24 px title and 18 px per column.
    AutoLayoutRequest request;
    request.direction = vertical ? Qt::Vertical : Qt::Horizontal;
    for (const Table &table : schema.tables()) {
        qsizetype longest = table.name.size();
        for (const Column &column : table.columns)
            longest = std::max(longest, column.name.size() + 1 + column.datatype.size());
        const double width = std::clamp(40.0 + 7.0 * double(longest), 160.0, 260.0);
        request.sizes.insert(table.id, QSizeF(width, 24 + 18 * double(table.columns.size())));
    }

    QList<double> wall, cpu;
    AutoLayoutResult result;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const std::clock_t started = std::clock();
        result = autoLayout(schema, request);
        cpu << double(std::clock() - started) * 1000.0 / CLOCKS_PER_SEC;
        wall << timer.nsecsElapsed() / 1e6;
        if (!result.ok()) {
            fprintf(stderr, "layout failed: %s\n", qPrintable(result.error));
            return 1;
        }
    }
    QRectF box;
    for (const Table &table : schema.tables()) {
        const QRectF card(result.positions.value(table.id), request.sizes.value(table.id));
        box = box.isNull() ? card : box.united(card);
    }
    const auto median = [](QList<double> v) {
        std::sort(v.begin(), v.end());
        return v.at(v.size() / 2);
    };
    printf("design: %d tables, %d foreign keys (%s), %s\n", tables, schema.foreignKeyCount(),
        random ? "random parents" : "generator's parents", vertical ? "vertical" : "horizontal");
    printf("median of %d runs: %.0f ms (CPU %.0f ms, min %.0f ms); %lld tables placed, "
           "bounding box %.0f x %.0f px\n",
        runs, median(wall), median(cpu), *std::min_element(wall.begin(), wall.end()),
        static_cast<long long>(result.positions.size()), box.width(), box.height());
    return 0;
}
