// The diagram on the generated 2,000-table design (issue 5): time from reading the file to the
// first painted frame, and the paint time of one frame zoomed out to show everything and at
// 100 %, in the real view (offscreen platform, software rendering).
//   bench_diagram [TABLES=2000] [RUNS=9]
// Targets on the development machine: first frame under 1 s, a frame under 50 ms at any zoom.
// (Auto-layout has its own benchmark, bench_autolayout.)

#include "designgenerator.h"
#include "diagram/diagramscene.h"
#include "diagram/diagramview.h"
#include "document/designdocument.h"
#include "xml/designreader.h"

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

// One frame of the view's viewport, painted as on screen.
double paintFrame(DiagramView &view)
{
    QImage image(view.viewport()->size() * view.devicePixelRatio(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(view.devicePixelRatio());
    QElapsedTimer timer;
    timer.start();
    QPainter painter(&image);
    view.render(&painter, QRectF(), view.viewport()->rect());
    painter.end();
    return timer.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int tables = app.arguments().value(1, QStringLiteral("2000")).toInt();
    const int runs = std::max(1, app.arguments().value(2, QStringLiteral("9")).toInt());
    const QByteArray file = generateDesign(tables);

    QList<double> firstFrame, reading, building, zoomedOut, middle, actualSize;
    int relations = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        DesignReader reader;
        if (!reader.read(file)) {
            fprintf(stderr, "cannot read the generated design: %s\n", qPrintable(reader.errorString()));
            return 1;
        }
        reading.append(timer.nsecsElapsed() / 1e6);
        DesignDocument document;
        document.reset(reader.takeSchema());
        DiagramScene scene(&document);
        building.append(timer.nsecsElapsed() / 1e6 - reading.last());
        DiagramView view(&scene);
        view.resize(1600, 1000);
        view.show();
        view.setZoom(1, scene.contentRect().topLeft() + QPointF(800, 500));
        paintFrame(view);
        firstFrame.append(timer.nsecsElapsed() / 1e6);
        relations = int(scene.relationItems().size());

        view.fitToWindow();
        zoomedOut.append(paintFrame(view));
        // The densest detailed frame: the smallest zoom at which cards still show their rows.
        view.setZoom(0.4, scene.contentRect().center());
        middle.append(paintFrame(view));
        view.setZoom(1, scene.contentRect().center());
        actualSize.append(paintFrame(view));
    }
    printf("%d tables, %d connectors, %d runs (median)\n", tables, relations, runs);
    printf("file read to first painted frame: %8.1f ms\n", median(firstFrame));
    printf("  of which reading the file:       %8.1f ms\n", median(reading));
    printf("  of which building the scene:     %8.1f ms\n", median(building));
    printf("frame, zoomed out to everything:  %8.1f ms\n", median(zoomedOut));
    printf("frame, 40 %% (rows still drawn):   %8.1f ms\n", median(middle));
    printf("frame, 100 %%:                     %8.1f ms\n", median(actualSize));
    return 0;
}
