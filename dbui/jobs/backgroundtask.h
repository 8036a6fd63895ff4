#pragma once

#include <QFuture>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <type_traits>

// A long database job on a worker thread, with progress and Cancel. The job reports its steps
// through a Progress, which the task hands on in its own thread (the GUI thread) as
// progressed(), and reads the Cancel flag from it; its result comes back to a callback in the
// task's thread. Progress from a job that has ended is dropped. Destroying the task cancels
// the job and waits for its worker (its `done` does not run then), so the job may use what
// the task's owner keeps alive.
class BackgroundTask : public QObject
{
    Q_OBJECT

public:
    // What the job holds on the worker thread.
    class Progress
    {
    public:
        // Hands (done, total) to the task's thread, where progressed() says it.
        void report(qint64 done, qint64 total) const;
        // Whether cancel() was called.
        bool isCancelled() const;
        // One step of a job that may stop after any step: reports it, runs `hook` (a test's
        // seam, so a test can cancel at a known point), and says whether to go on (no Cancel).
        bool step(
            qint64 done, qint64 total, const std::function<void(qint64, qint64)> &hook = {}) const;

    private:
        friend class BackgroundTask;
        Progress(BackgroundTask *task, int run)
            : m_task(task)
            , m_run(run)
        {
        }

        BackgroundTask *m_task;
        int m_run;
    };

    explicit BackgroundTask(QObject *parent = nullptr);
    ~BackgroundTask() override;

    // Runs `job(Progress &)` on a worker thread; once it has returned, `done(result)` runs in
    // the task's thread and finished() follows. One job at a time: a call while one runs is
    // ignored (and returns false).
    template<typename Job, typename Done>
    bool start(Job job, Done done)
    {
        using Result = std::invoke_result_t<Job &, Progress &>;
        auto result = std::make_shared<std::optional<Result>>();
        return run([job = std::move(job), result](
                       Progress &progress) mutable { result->emplace(job(progress)); },
            [done = std::move(done), result] { done(std::move(**result)); });
    }

    bool isRunning() const { return m_running; }
    // Asks the job to stop; it sees so at its next Progress::isCancelled().
    void cancel();
    // Cancels the job and waits for it; its `done` has run when this returns.
    void stop();

signals:
    void progressed(qint64 done, qint64 total);
    void finished();

private:
    bool run(std::function<void(Progress &)> work, std::function<void()> done);
    void finish(int run);

    QFuture<void> m_future;
    std::function<void()> m_done;
    std::atomic_bool m_cancelled = false;
    bool m_running = false;
    int m_run = 0; // counts the jobs, so a late word from one that has ended is not taken
};
