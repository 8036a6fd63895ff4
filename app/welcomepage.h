#pragma once

#include "recentlist.h"

#include <QWidget>

class QAction;
class QVBoxLayout;

// The centre's page when nothing is open, like Qt Creator's welcome mode: buttons for the
// window's ways to start (each triggers the window's own action) and the recent designs and
// databases, newest first. The lists are read again each time the page shows.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    WelcomePage(RecentList designs, RecentList databases, QWidget *parent = nullptr);

    // A button that triggers `action`, with its own wording for the page; its object name is
    // the action's with "welcome_" before it.
    void addStart(QAction *action, const QString &title, const QString &description);
    // Rebuilds the recent lists from the settings.
    void refresh();

signals:
    void designChosen(const QString &path);
    void databaseChosen(const QString &pathOrUrl);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fillRecent(QVBoxLayout *layout, const RecentList &list, const QString &emptyText,
        const QString &objectPrefix, void (WelcomePage::*chosen)(const QString &));

    RecentList m_designs;
    RecentList m_databases;
    QVBoxLayout *m_starts = nullptr;
    QVBoxLayout *m_recentDesigns = nullptr;
    QVBoxLayout *m_recentDatabases = nullptr;
};
