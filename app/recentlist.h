#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

class QMenu;

// A most-recent-first list of entries (file paths, database addresses) kept in the settings
// under one key as a string list: File > Open Recent and File > Recent Databases.
class RecentList
{
    Q_DECLARE_TR_FUNCTIONS(RecentList)

public:
    RecentList(const QString &key, int maximum);

    QString key() const { return m_key; }
    int maximum() const { return m_maximum; }
    QStringList entries() const;
    // Puts `entry` first, without a second copy of it, and forgets the oldest beyond maximum().
    void add(const QString &entry);
    void remove(const QString &entry);
    void clear();

    // Fills `menu` with the entries, numbered ("&1 name", the entry as the action's data),
    // `shown` giving the name, and a "Clear List" action, disabled when the list is empty, named
    // `clearName`. Choosing an entry calls `open` with it; Clear List empties the list and menu.
    void fillMenu(QMenu *menu, const QString &clearName,
        const std::function<QString(const QString &)> &shown,
        const std::function<void(const QString &)> &open) const;

private:
    QString m_key;
    int m_maximum;
};
