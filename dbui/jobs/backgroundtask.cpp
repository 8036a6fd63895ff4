#include "backgroundtask.h"

#include <QtConcurrent>

void BackgroundTask::Progress::report(qint64 done, qint64 total) const
{
    // The task outlives its worker (its destructor waits), so the worker may post to it.
    QMetaObject::invokeMethod(
        m_task,
        [task = m_task, run = m_run, done, total] {
            if (task->m_running && task->m_run == run)
                emit task->progressed(done, total);
        },
        Qt::QueuedConnection);
}

bool BackgroundTask::Progress::isCancelled() const
{
    return m_task->m_cancelled.load();
}

bool BackgroundTask::Progress::step(
    qint64 done, qint64 total, const std::function<void(qint64, qint64)> &hook) const
{
    report(done, total);
    if (hook)
        hook(done, total);
    return !isCancelled();
}

BackgroundTask::BackgroundTask(QObject *parent)
    : QObject(parent)
{
}

BackgroundTask::~BackgroundTask()
{
    // Not stop(): `done` belongs to an owner that may be half gone by now.
    m_cancelled = true;
    m_future.waitForFinished();
}

bool BackgroundTask::run(std::function<void(Progress &)> work, std::function<void()> done)
{
    if (m_running)
        return false;
    m_running = true;
    m_cancelled = false;
    m_done = std::move(done);
    const int run = ++m_run;
    m_future = QtConcurrent::run([this, run, work = std::move(work)] {
        Progress progress(this, run);
        work(progress);
        QMetaObject::invokeMethod(
            this, [this, run] { finish(run); }, Qt::QueuedConnection);
    });
    return true;
}

void BackgroundTask::cancel()
{
    if (m_running)
        m_cancelled = true;
}

void BackgroundTask::stop()
{
    if (!m_running)
        return;
    m_cancelled = true;
    m_future.waitForFinished();
    finish(m_run);
}

void BackgroundTask::finish(int run)
{
    if (!m_running || run != m_run)
        return;
    m_running = false;
    const std::function<void()> done = std::exchange(m_done, {});
    done();
    emit finished();
}
