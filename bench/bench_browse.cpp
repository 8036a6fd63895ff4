// The data browser's model on a big table, in the browser's GridView (offscreen): the time
// until the first rows are shown, until the last rows are shown after a jump to the end
// (Ctrl+End), a jump to the middle (the scroll bar) before the row count is known and after,
// the time the exact count takes, random jumps, the peak memory of the process (VmHWM), and
// then the same table sorted by its second column. For each step, the longest the event loop
// was held up (a 1 ms timer's longest gap): the window must never freeze.
//   bench_browse DATABASE [TABLE=item] [--window=ROWS]
// DATABASE: an SQLite file (makebigdb makes one) or a PostgreSQL / MariaDB URL.
// --window=ROWS: the most rows the view is told of (TableModel::WindowRows by default);
// --window=0 tells it of every row, as before the window existed.
// Targets (issue: data browser), 10,000,000 rows on SQLite: first rows under 100 ms, last rows
// under 200 ms, peak memory under 200 MB, no stall of the event loop over 50 ms.

#include "browser/gridview.h"
#include "browser/tablemodel.h"

#include "database/connection.h"
#include "database/schemaimporter.h"
#include "schema/schema.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QKeyEvent>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <climits>
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

// The longest gap between the ticks of a 1 ms timer since reset(): how long the event loop
// was held up at most.
class StallMeter
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { tick(); });
        m_timer.start();
        reset();
    }
    void reset()
    {
        m_longest = 0;
        m_since.start();
    }
    // Counts the time since the last tick too (a stall that has just ended).
    double longest()
    {
        tick();
        return m_longest;
    }

private:
    void tick()
    {
        m_longest = std::max(m_longest, m_since.nsecsElapsed() / 1e6);
        m_since.start();
    }

    QTimer m_timer;
    QElapsedTimer m_since;
    double m_longest = 0;
};

// A grid that says when it has painted.
class WatchedView : public GridView
{
public:
    std::function<void()> painted;

protected:
    void paintEvent(QPaintEvent *event) override
    {
        GridView::paintEvent(event);
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
    QStringList args = app.arguments().mid(1);
    int window = TableModel::WindowRows;
    for (qsizetype i = args.size() - 1; i >= 0; --i) {
        if (args.at(i).startsWith(QStringLiteral("--window="))) {
            window = args.takeAt(i).mid(9).toInt();
            TableModel::setWindowRowsForTesting(window > 0 ? window : INT_MAX);
        }
    }
    if (args.isEmpty()) {
        fprintf(stderr, "usage: bench_browse DATABASE [TABLE=item] [--window=ROWS]\n");
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

    StallMeter stalls;
    printf("window: %s rows\n", window > 0 ? qPrintable(QLocale::c().toString(window)) : "every");
    timer.restart();
    sinceMove.start();
    TableModel model(*address, table);
    shown = &model;
    view.setModel(&model);
    view.show();
    stalls.reset();
    const double first = waitUntil(visibleRowsLoaded);
    waitUntil([&] { return painted; });
    printf("open %s: first rows loaded %.1f ms, painted %.1f ms (target < 100 ms); "
           "longest stall %.1f ms\n",
        qPrintable(tableName), first, paintedAfter, stalls.longest());

    // The estimate grows the model once the first rows are drawn; the view's header then
    // takes its time for every row it is told of.
    stalls.reset();
    waitUntil([&] { return model.rowCountState() != RowCount::State::Unknown; });
    QCoreApplication::processEvents();
    printf("the view has the estimated %s rows (told of %s): %.1f ms after opening; "
           "longest stall %.1f ms\n",
        qPrintable(QLocale::c().toString(model.tableRowCount())),
        qPrintable(QLocale::c().toString(model.rowCount())), timer.nsecsElapsed() / 1e6,
        stalls.longest());
    printf("peak memory so far: %.0f MB\n", peakMegabytes());
    // The time from a move of the view to its paint with the rows it then shows, and the
    // longest stall meanwhile (the move itself included).
    const auto move = [&](const std::function<void()> &moveView) {
        sinceMove.start();
        painted = false;
        stalls.reset();
        moveView();
        const double loaded = waitUntil(visibleRowsLoaded);
        waitUntil([&] { return painted; });
        return std::tuple(loaded, paintedAfter, stalls.longest());
    };
    const auto jump = [&](const char *what, const std::function<void()> &moveView) {
        const auto [loaded, paintedMs, stall] = move(moveView);
        printf("%s: rows %lld.. loaded %.1f ms, painted %.1f ms, longest stall %.1f ms%s\n", what,
            view.firstVisibleTableRow(), loaded, paintedMs, stall,
            model.rowCountState() == RowCount::State::Exact ? "" : " (count not known yet)");
    };
    const auto pressKey = [&](int code, Qt::KeyboardModifiers modifiers) {
        QKeyEvent press(QEvent::KeyPress, code, modifiers);
        QCoreApplication::sendEvent(&view, &press);
        QKeyEvent release(QEvent::KeyRelease, code, modifiers);
        QCoreApplication::sendEvent(&view, &release);
    };
    const auto dragBarTo = [&](qint64 tableRow) { view.tableScrollBar()->setValue(int(tableRow)); };
    view.setFocus();
    view.setCurrentIndex(model.index(0, 0));
    jump("Ctrl+End to the last row (target < 200 ms)",
        [&] { pressKey(Qt::Key_End, Qt::ControlModifier); });
    jump("Ctrl+Home", [&] { pressKey(Qt::Key_Home, Qt::ControlModifier); });
    jump("the scroll bar to the middle", [&] { dragBarTo(model.tableRowCount() / 2); });

    stalls.reset();
    const double counted
        = waitUntil([&] { return model.rowCountState() == RowCount::State::Exact; });
    printf("exact count %s rows: %.1f ms after opening (%.1f ms more); longest stall %.1f ms\n",
        qPrintable(QLocale::c().toString(model.tableRowCount())), timer.nsecsElapsed() / 1e6,
        counted, stalls.longest());

    jump("the scroll bar to three quarters, count known",
        [&] { dragBarTo(model.tableRowCount() / 4 * 3); });
    jump("Ctrl+End, count known", [&] { pressKey(Qt::Key_End, Qt::ControlModifier); });
    jump("Page Up", [&] { pressKey(Qt::Key_PageUp, Qt::NoModifier); });
    QList<double> times;
    double longestStall = 0;
    QRandomGenerator random(7);
    for (int i = 0; i < 50; ++i) {
        const qint64 row = random.bounded(model.tableRowCount());
        const auto [loaded, paintedMs, stall] = move([&] { dragBarTo(row); });
        Q_UNUSED(loaded);
        times << paintedMs;
        longestStall = std::max(longestStall, stall);
    }
    std::sort(times.begin(), times.end());
    printf("50 random jumps: median %.1f ms, slowest %.1f ms, longest stall %.1f ms; pages "
           "cached: %d (at most %d)\n",
        times.at(times.size() / 2), times.last(), longestStall, model.cachedPageCount(),
        TableModel::MaxCachedPages);
    printf("peak memory (VmHWM): %.0f MB (target < 200 MB)\n", peakMegabytes());

    // Sorted by a column without an index: each page is a scan of the whole table.
    jump("sorted by the second column (no index), the first rows", [&] {
        model.sort(1, Qt::AscendingOrder);
        view.setCurrentIndex(model.index(0, 0)); // the reset left none
    });
    jump("sorted, the last rows (read backwards)",
        [&] { pressKey(Qt::Key_End, Qt::ControlModifier); });
    printf("peak memory (VmHWM) after sorting: %.0f MB\n", peakMegabytes());
    return 0;
}
