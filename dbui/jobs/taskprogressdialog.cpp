#include "taskprogressdialog.h"

#include "backgroundtask.h"

#include <QEventLoop>

namespace {

constexpr int ProgressSteps = 1000;

} // namespace

TaskProgressDialog::TaskProgressDialog(BackgroundTask *task, const QString &labelText,
    const QString &cancelButtonText, QWidget *parent)
    : QProgressDialog(labelText, cancelButtonText, 0, ProgressSteps, parent)
    , m_task(task)
{
    setWindowModality(Qt::WindowModal);
    setAutoClose(false);
    setAutoReset(false);
    setMinimumDuration(500);
    setValue(0);
    connect(this, &QProgressDialog::canceled, this, [this] {
        m_task->cancel();
        if (!m_cancellingText.isEmpty())
            setLabelText(m_cancellingText);
    });
    connect(m_task, &BackgroundTask::progressed, this, &TaskProgressDialog::showProgress);
}

void TaskProgressDialog::showProgress(qint64 done, qint64 total)
{
    setValue(total > 0 ? int(done * ProgressSteps / total) : 0);
}

void TaskProgressDialog::waitForTask()
{
    QEventLoop loop;
    connect(m_task, &BackgroundTask::finished, &loop, &QEventLoop::quit);
    if (m_task->isRunning())
        loop.exec();
    hide();
}
