#include "recentlist.h"

#include <QMenu>
#include <QSettings>

RecentList::RecentList(const QString &key, int maximum)
    : m_key(key)
    , m_maximum(maximum)
{
}

QStringList RecentList::entries() const
{
    return QSettings().value(m_key).toStringList();
}

void RecentList::add(const QString &entry)
{
    QStringList recent = entries();
    recent.removeAll(entry);
    recent.prepend(entry);
    while (recent.size() > m_maximum)
        recent.removeLast();
    QSettings().setValue(m_key, recent);
}

void RecentList::remove(const QString &entry)
{
    QStringList recent = entries();
    if (recent.removeAll(entry) > 0)
        QSettings().setValue(m_key, recent);
}

void RecentList::clear()
{
    QSettings().remove(m_key);
}

void RecentList::fillMenu(QMenu *menu, const QString &clearName,
    const std::function<QString(const QString &)> &shown,
    const std::function<void(const QString &)> &open) const
{
    menu->clear();
    const QStringList recent = entries();
    for (int i = 0; i < recent.size(); ++i) {
        const QString entry = recent.at(i);
        QString name = shown(entry);
        QAction *action = menu->addAction(
            QStringLiteral("&%1 %2").arg(i + 1).arg(name.replace(u'&', QStringLiteral("&&"))));
        action->setData(entry);
        QObject::connect(action, &QAction::triggered, menu, [open, entry] { open(entry); });
    }
    menu->addSeparator();
    QAction *clearAction = menu->addAction(tr("&Clear List"));
    clearAction->setObjectName(clearName);
    clearAction->setEnabled(!recent.isEmpty());
    QObject::connect(clearAction, &QAction::triggered, menu,
        [list = *this, menu, clearName, shown, open]() mutable {
            list.clear();
            list.fillMenu(menu, clearName, shown, open);
        });
}
