#pragma once

#include <QProgressDialog>

class BackgroundTask;

// A window-modal progress dialog over a BackgroundTask, for a job the user waits for: the bar
// follows the task's progress, Cancel cancels the task and says so (setCancellingText()), and
// waitForTask() returns once the task has finished. The texts are the caller's, in its own
// translation context.
class TaskProgressDialog : public QProgressDialog
{
    Q_OBJECT

public:
    TaskProgressDialog(BackgroundTask *task, const QString &labelText,
        const QString &cancelButtonText, QWidget *parent = nullptr);

    // The label while the task winds down after Cancel.
    void setCancellingText(const QString &text) { m_cancellingText = text; }
    // Shows the dialog (after minimumDuration()) until the task has finished, then hides it.
    void waitForTask();

private:
    void showProgress(qint64 done, qint64 total);

    BackgroundTask *m_task;
    QString m_cancellingText;
};
