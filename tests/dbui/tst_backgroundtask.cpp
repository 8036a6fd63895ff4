// BackgroundTask (a job on a worker thread with progress and Cancel) and TaskProgressDialog
// (its window-modal progress dialog).
#include "jobs/backgroundtask.h"
#include "jobs/taskprogressdialog.h"

#include <QApplication>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <optional>

using namespace Qt::StringLiterals;

class tst_BackgroundTask : public QObject
{
    Q_OBJECT

private slots:
    void progressAndResultArriveInTheTaskThread();
    void cancelReachesTheJob();
    void stepRunsTheHookBeforeReadingCancel();
    void oneJobAtATime();
    void stopWaitsAndDeliversOnce();
    void destroyingCancelsAndWaits();
    void progressDialogFollowsAndCancels();
};

// Three steps, then the job's own thread, which must not be the test's.
void tst_BackgroundTask::progressAndResultArriveInTheTaskThread()
{
    BackgroundTask task;
    QList<std::pair<qint64, qint64>> steps;
    bool progressInGuiThread = true;
    connect(&task, &BackgroundTask::progressed, this, [&](qint64 done, qint64 total) {
        steps.append({done, total});
        progressInGuiThread = progressInGuiThread && QThread::currentThread() == qApp->thread();
    });
    QSignalSpy finished(&task, &BackgroundTask::finished);
    QThread *doneThread = nullptr;
    QThread *jobThread = nullptr;
    QThread *worker = nullptr;
    QVERIFY(task.start(
        [&worker](const BackgroundTask::Progress &progress) {
            worker = QThread::currentThread();
            for (qint64 step = 1; step <= 3; ++step)
                progress.report(step, 3);
            return worker;
        },
        [&](QThread *thread) {
            jobThread = thread;
            doneThread = QThread::currentThread();
        }));
    QVERIFY(task.isRunning());
    QVERIFY(finished.wait());
    QCOMPARE(finished.size(), 1);
    QVERIFY(!task.isRunning());
    QCOMPARE(jobThread, worker);
    QVERIFY(worker != qApp->thread());
    QCOMPARE(doneThread, qApp->thread());
    QVERIFY(progressInGuiThread);
    const QList<std::pair<qint64, qint64>> expected {{1, 3}, {2, 3}, {3, 3}};
    QCOMPARE(steps, expected);
}

// The job waits until the test has cancelled, then reports what it saw.
void tst_BackgroundTask::cancelReachesTheJob()
{
    BackgroundTask task;
    QSemaphore started;
    QSemaphore proceed;
    std::optional<bool> sawCancel;
    task.start(
        [&](const BackgroundTask::Progress &progress) {
            const bool before = progress.isCancelled();
            started.release();
            proceed.acquire();
            return !before && progress.isCancelled();
        },
        [&](bool cancelled) { sawCancel = cancelled; });
    started.acquire();
    task.cancel();
    proceed.release();
    QSignalSpy finished(&task, &BackgroundTask::finished);
    QVERIFY(finished.wait());
    QVERIFY(sawCancel.has_value());
    QVERIFY(*sawCancel);

    // The next job starts without the flag.
    task.start([](const BackgroundTask::Progress &progress) { return progress.isCancelled(); },
        [&](bool cancelled) { sawCancel = cancelled; });
    QVERIFY(finished.wait());
    QVERIFY(sawCancel.has_value());
    QVERIFY(!*sawCancel);
}

// step() reports, runs the hook, then reads Cancel: a cancel made while the hook waits stops
// that very step.
void tst_BackgroundTask::stepRunsTheHookBeforeReadingCancel()
{
    BackgroundTask task;
    QSemaphore reached;
    QSemaphore proceed;
    QList<qint64> reported;
    connect(&task, &BackgroundTask::progressed, this,
        [&](qint64 done, qint64) { reported.append(done); });
    QList<bool> goOn;
    task.start(
        [&](const BackgroundTask::Progress &progress) {
            QList<bool> answers;
            answers << progress.step(1, 2);
            answers << progress.step(2, 2, [&](qint64, qint64) {
                reached.release();
                proceed.acquire();
            });
            return answers;
        },
        [&](const QList<bool> &answers) { goOn = answers; });
    reached.acquire();
    task.cancel();
    proceed.release();
    QSignalSpy finished(&task, &BackgroundTask::finished);
    QVERIFY(finished.wait());
    QCOMPARE(goOn, QList<bool>({true, false}));
    QCOMPARE(reported, QList<qint64>({1, 2}));
}

void tst_BackgroundTask::oneJobAtATime()
{
    BackgroundTask task;
    QSemaphore proceed;
    int first = 0;
    int second = 0;
    QVERIFY(task.start(
        [&](const BackgroundTask::Progress &) {
            proceed.acquire();
            return 1;
        },
        [&](int value) { first = value; }));
    QVERIFY(!task.start(
        [](const BackgroundTask::Progress &) { return 2; }, [&](int value) { second = value; }));
    proceed.release();
    QSignalSpy finished(&task, &BackgroundTask::finished);
    QVERIFY(finished.wait());
    QCOMPARE(first, 1);
    QCOMPARE(second, 0);
}

// stop() cancels, waits and runs `done` before it returns; the worker's own word of its end,
// still on its way, changes nothing after that.
void tst_BackgroundTask::stopWaitsAndDeliversOnce()
{
    BackgroundTask task;
    QSignalSpy finished(&task, &BackgroundTask::finished);
    QSignalSpy progressed(&task, &BackgroundTask::progressed);
    int doneCalls = 0;
    bool cancelled = false;
    task.start(
        [](const BackgroundTask::Progress &progress) {
            while (!progress.isCancelled())
                QThread::yieldCurrentThread();
            progress.report(1, 1); // after the end: dropped
            return true;
        },
        [&](bool value) {
            ++doneCalls;
            cancelled = value;
        });
    task.stop();
    QVERIFY(!task.isRunning());
    QCOMPARE(doneCalls, 1);
    QVERIFY(cancelled);
    QCOMPARE(finished.size(), 1);
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents();
    QCOMPARE(doneCalls, 1);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(progressed.size(), 0);
}

// The job runs on until it sees Cancel; the destructor waits for that and calls no `done`.
void tst_BackgroundTask::destroyingCancelsAndWaits()
{
    auto *task = new BackgroundTask;
    QSemaphore started;
    std::atomic_bool ended = false;
    bool doneCalled = false;
    task->start(
        [&](const BackgroundTask::Progress &progress) {
            started.release();
            while (!progress.isCancelled())
                QThread::yieldCurrentThread();
            ended = true;
            return 0;
        },
        [&](int) { doneCalled = true; });
    started.acquire();
    delete task;
    QVERIFY(ended);
    QCoreApplication::processEvents();
    QVERIFY(!doneCalled);
}

// The dialog shows the first step (a quarter), its Cancel button cancels the job, which then
// ends; waitForTask() returns and the dialog is gone.
void tst_BackgroundTask::progressDialogFollowsAndCancels()
{
    QWidget window;
    window.show();
    BackgroundTask task;
    TaskProgressDialog dialog(&task, u"Working..."_s, u"Stop"_s, &window);
    dialog.setCancellingText(u"Stopping..."_s);
    QSemaphore proceed;
    int shownValue = -1;
    QString cancelText;
    connect(&task, &BackgroundTask::progressed, this, [&] {
        shownValue = dialog.value();
        auto *cancel = dialog.findChild<QPushButton *>();
        QVERIFY(cancel);
        cancelText = cancel->text();
        cancel->click();
        proceed.release();
    });
    std::optional<bool> result;
    task.start(
        [&proceed](const BackgroundTask::Progress &progress) {
            progress.report(1, 4);
            proceed.acquire();
            return progress.isCancelled();
        },
        [&](bool cancelled) { result = cancelled; });
    dialog.waitForTask();
    QVERIFY(!task.isRunning());
    QCOMPARE(shownValue, 250);
    QCOMPARE(cancelText, u"Stop"_s);
    QCOMPARE(dialog.labelText(), u"Stopping..."_s);
    QVERIFY(result.has_value());
    QVERIFY(*result);
    QVERIFY(!dialog.isVisible());
}

QTEST_MAIN(tst_BackgroundTask)
#include "tst_backgroundtask.moc"
