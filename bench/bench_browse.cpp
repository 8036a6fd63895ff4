// The data browser's model on a big table, in a real QTableView (offscreen): the time until
// the first rows are shown, until the last rows are shown after a jump to the end, a jump to
// the middle before the row count is known and after, the time the exact count takes, random
// jumps, the peak memory of the process (VmHWM), and then the same table sorted by its second
// column.
//   bench_browse DATABASE [TABLE=item]
// DATABASE: an SQLite file (makebigdb makes one) or a PostgreSQL / MariaDB URL.
// Targets (issue: data browser), 10,000,000 rows on SQLite: first rows under 100 ms, last rows
// under 200 ms, peak memory under 200 MB.

#include "browser/tablemodel.h"

#include "database/connection.h"
#include "database/schemaimporter.h"
#include "schema/schema.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QRandomGenerator>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace {

// Peak resident memory of the process so far, in MB.
double peakMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024;
    }
    return -1;
}

// Runs the event loop until `done` or 60 s; the milliseconds it took, or -1.
double waitUntil(const std::function<bool()> &done)
{
    QElapsedTimer timer;
    timer.start();
    QTimer heartbeat; // wakes the loop when nothing else does
    heartbeat.start(1);
    while (!done()) {
        if (timer.elapsed() > 60000)
            return -1;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return timer.nsecsElapsed() / 1e6;
}

// A table view that says when it has painted.
class WatchedView : public QTableView
{
public:
    std::function<void()> painted;

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QTableView::paintEvent(event);
        if (painted)
            painted();
    }
};

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.isEmpty()) {
        fprintf(stderr, "usage: bench_browse DATABASE [TABLE=item]\n");
        return 1;
    }
    const QString tableName = args.value(1, QStringLiteral("item"));
    QString error;
    std::optional<DatabaseAddress> address = DatabaseAddress::parse(args.at(0), &error);
    if (!address) {
        fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    address->takePasswordFromEnvironment();

    QElapsedTimer timer;
    timer.start();
    Table table;
    {
        Connection connection;
        if (!connection.open(*address, Connection::Mode::OpenExisting, &error)) {
            fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        const std::optional<Schema> schema = SchemaImporter(connection).import(&error);
        if (!schema || !schema->tableByName(tableName)) {
            fprintf(stderr, "no table %s: %s\n", qPrintable(tableName), qPrintable(error));
            return 1;
        }
        table = *schema->tableByName(tableName);
    }
    printf("reading the schema (SchemaImporter, not part of the model): %.1f ms\n",
        timer.nsecsElapsed() / 1e6);

    {
        // Qt's first text (fonts found and loaded) is not the model's time.
        QStandardItemModel warm(3, 3);
        warm.setItem(0, 0, new QStandardItem(QStringLiteral("warm up")));
        QTableView first;
        first.setModel(&warm);
        first.show();
        first.viewport()->repaint();
        QCoreApplication::processEvents();
    }
    WatchedView view;
    view.resize(1200, 800);
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    TableModel *shown = nullptr;
    // Whether the rows in the viewport have arrived.
    const auto visibleRowsLoaded = [&] {
        if (!shown || shown->rowCount() == 0)
            return false;
        const int first = std::max(0, view.rowAt(0));
        int last = view.rowAt(view.viewport()->height() - 1);
        if (last < 0)
            last = shown->rowCount() - 1;
        for (int row = first; row <= last; ++row) {
            if (!shown->isRowLoaded(row))
                return false;
        }
        return true;
    };
    // Set once the view has painted its viewport with those rows in it.
    bool painted = false;
    QElapsedTimer sinceMove;
    double paintedAfter = 0;
    view.painted = [&] {
        if (!painted && visibleRowsLoaded()) {
            painted = true;
            paintedAfter = sinceMove.nsecsElapsed() / 1e6;
        }
    };

    timer.restart();
    sinceMove.start();
    TableModel model(*address, table);
    shown = &model;
    view.setModel(&model);
    view.show();
    const double first = waitUntil(visibleRowsLoaded);
    waitUntil([&] { return painted; });
    printf("open %s: first rows loaded %.1f ms, painted %.1f ms (target < 100 ms)\n",
        qPrintable(tableName), first, paintedAfter);

    // The estimate grows the model once the first rows are drawn; the view's header then
    // takes its time for every row.
    waitUntil([&] { return model.rowCountState() != RowCount::State::Unknown; });
    QCoreApplication::processEvents();
    printf("the view has the estimated %s rows: %.1f ms after opening\n",
        qPrintable(QLocale::c().toString(model.rowCount())), timer.nsecsElapsed() / 1e6);
    printf("peak memory so far: %.0f MB\n", peakMegabytes());
    // The time from a move of the view to its paint with the rows it then shows.
    const auto move = [&](const std::function<void()> &moveView) {
        sinceMove.start();
        painted = false;
        moveView();
        const double loaded = waitUntil(visibleRowsLoaded);
        waitUntil([&] { return painted; });
        return std::pair(loaded, paintedAfter);
    };
    const auto jump = [&](const char *what, const std::function<void()> &moveView) {
        const auto [loaded, paintedMs] = move(moveView);
        printf("%s: rows %d.. loaded %.1f ms, painted %.1f ms%s\n", what, view.rowAt(0), loaded,
            paintedMs,
            model.rowCountState() == RowCount::State::Exact ? "" : " (count not known yet)");
    };
    jump("jump to the last row (target < 200 ms)", [&] { view.scrollToBottom(); });
    jump("jump to the middle", [&] {
        view.scrollTo(model.index(model.rowCount() / 2, 0), QAbstractItemView::PositionAtTop);
    });

    const double counted
        = waitUntil([&] { return model.rowCountState() == RowCount::State::Exact; });
    printf("exact count %s rows: %.1f ms after opening (%.1f ms more)\n",
        qPrintable(QLocale::c().toString(model.rowCount())), timer.nsecsElapsed() / 1e6, counted);

    jump("jump to three quarters, count known", [&] {
        view.scrollTo(model.index(model.rowCount() / 4 * 3, 0), QAbstractItemView::PositionAtTop);
    });
    QList<double> times;
    QRandomGenerator random(7);
    for (int i = 0; i < 50; ++i) {
        const int row = int(random.bounded(model.rowCount()));
        times << move([&] {
            view.scrollTo(model.index(row, 0), QAbstractItemView::PositionAtTop);
        }).second;
    }
    std::sort(times.begin(), times.end());
    printf("50 random jumps: median %.1f ms, slowest %.1f ms; pages cached: %d (at most %d)\n",
        times.at(times.size() / 2), times.last(), model.cachedPageCount(),
        TableModel::MaxCachedPages);
    printf("peak memory (VmHWM): %.0f MB (target < 200 MB)\n", peakMegabytes());

    // Sorted by a column without an index: each page is a scan of the whole table.
    jump("sorted by the second column (no index), the first rows", [&] {
        model.sort(1, Qt::AscendingOrder);
        view.scrollToTop();
    });
    jump("sorted, the last rows (read backwards)", [&] { view.scrollToBottom(); });
    printf("peak memory (VmHWM) after sorting: %.0f MB\n", peakMegabytes());
    return 0;
}
