#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

// The page the Apply and Import dialogs show while their job runs: a word-wrapping label
// ("progressLabel") over a progress bar ("progressBar"), in the middle of the page
// ("progressPage").
class ProgressPage : public QWidget
{
    Q_OBJECT

public:
    explicit ProgressPage(QWidget *parent = nullptr);

    QLabel *label() const { return m_label; }
    QProgressBar *bar() const { return m_bar; }

private:
    QLabel *m_label;
    QProgressBar *m_bar;
};
