// A diff on the diagram (issue 15): two 2,000-table designs, the second with 200 changes of
// eight kinds, compared as View > Compare with File does it, with the changed design open: the
// other file read, the diff, the marks and ghosts put on the scene, and the first frame painted.
//   bench_diagramcompare [TABLES=2000] [CHANGES=200] [RUNS=9]
// Target: from the command to the first painted frame under 1.5 s.

#include "designgenerator.h"
#include "diagram/diagramcomparison.h"
#include "diagram/diagramscene.h"
#include "diagram/diagramview.h"
#include "diff/schemadiff.h"
#include "document/designdocument.h"
#include "xml/designreader.h"
#include "xml/designwriter.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>

#include <algorithm>
#include <cstdio>

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

double msSince(const QElapsedTimer &timer)
{
    return timer.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int tables = app.arguments().value(1, QStringLiteral("2000")).toInt();
    const int changes = app.arguments().value(2, QStringLiteral("200")).toInt();
    const int runs = std::max(1, app.arguments().value(3, QStringLiteral("9")).toInt());

    // The file compared with, and the open design: the same with its changes.
    const QByteArray otherFile = generateDesign(tables);
    DesignReader base;
    if (!base.read(otherFile)) {
        fprintf(stderr, "cannot read the generated design\n");
        return 1;
    }
    Schema changed = base.schema();
    const int made = changeDesign(changed, changes);

    DesignDocument document;
    document.reset(changed);
    DiagramScene scene(&document);
    DiagramView view(&scene);
    view.resize(1600, 1000);
    view.show();
    view.fitToWindow();

    QList<double> total, reading, diffing, marking, painting;
    qsizetype found = 0;
    for (int run = 0; run < runs; ++run) {
        scene.setComparison(nullptr);
        QElapsedTimer timer;
        timer.start();
        DesignReader reader;
        reader.read(otherFile);
        reading << msSince(timer);
        const SchemaDiffResult diff = SchemaDiff::compare(reader.schema(), document.schema(), {});
        auto comparison = std::make_shared<const DiagramComparison>(
            reader.schema(), document.schema(), diff, QStringLiteral("other.xml"));
        diffing << msSince(timer) - reading.last();
        scene.setComparison(comparison);
        marking << msSince(timer) - reading.last() - diffing.last();
        QImage image(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
        QPainter painter(&image);
        view.render(&painter, QRectF(), view.viewport()->rect());
        painter.end();
        total << msSince(timer);
        painting << total.last() - reading.last() - diffing.last() - marking.last();
        found = comparison->changes().size();
    }
    printf("%d tables, %d changes made, %lld found; %d runs (median)\n", tables, made,
        static_cast<long long>(found), runs);
    printf("Compare with File to the first painted frame: %8.1f ms\n", median(total));
    printf("  reading the other file:                    %8.1f ms\n", median(reading));
    printf("  the diff and the comparison:               %8.1f ms\n", median(diffing));
    printf("  marks and ghosts on the scene:             %8.1f ms\n", median(marking));
    printf("  the first frame (whole diagram):           %8.1f ms\n", median(painting));
    return 0;
}
