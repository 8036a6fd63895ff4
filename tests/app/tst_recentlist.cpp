#include "recentlist.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QMenu>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_RecentList : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void addPutsFirstWithoutRepeats();
    void addKeepsTheMaximum();
    void removeAndClear();
    void readsListsWrittenBefore();
    void readsTheSettingsFile();
    void menuListsEntriesAndClears();

private:
    QTemporaryDir m_folder;
};

void tst_RecentList::initTestCase()
{
    // The settings live in a throwaway folder, in the format the application uses on Linux.
    QVERIFY(m_folder.isValid());
    QCoreApplication::setOrganizationName(u"SchemataTests"_s);
    QCoreApplication::setApplicationName(u"tst_recentlist"_s);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_folder.path());
}

void tst_RecentList::init()
{
    QSettings().clear();
}

void tst_RecentList::addPutsFirstWithoutRepeats()
{
    RecentList list(u"recentFiles"_s, 10);
    list.add(u"/a.xml"_s);
    list.add(u"/b.xml"_s);
    list.add(u"/c.xml"_s);
    QCOMPARE(list.entries(), QStringList({u"/c.xml"_s, u"/b.xml"_s, u"/a.xml"_s}));
    list.add(u"/a.xml"_s);
    QCOMPARE(list.entries(), QStringList({u"/a.xml"_s, u"/c.xml"_s, u"/b.xml"_s}));
    // Another list object on the same key sees the same entries; another key is apart.
    QCOMPARE(RecentList(u"recentFiles"_s, 10).entries(), list.entries());
    QVERIFY(RecentList(u"recentDatabases"_s, 10).entries().isEmpty());
}

void tst_RecentList::addKeepsTheMaximum()
{
    RecentList list(u"recentDatabases"_s, 3);
    for (int i = 1; i <= 5; ++i)
        list.add(u"/db%1.sqlite"_s.arg(i));
    QCOMPARE(list.entries(), QStringList({u"/db5.sqlite"_s, u"/db4.sqlite"_s, u"/db3.sqlite"_s}));
}

void tst_RecentList::removeAndClear()
{
    RecentList list(u"recentFiles"_s, 10);
    list.add(u"/a.xml"_s);
    list.add(u"/b.xml"_s);
    list.remove(u"/a.xml"_s);
    QCOMPARE(list.entries(), QStringList({u"/b.xml"_s}));
    list.remove(u"/missing.xml"_s);
    QCOMPARE(list.entries(), QStringList({u"/b.xml"_s}));
    list.clear();
    QVERIFY(list.entries().isEmpty());
    QVERIFY(!QSettings().contains(u"recentFiles"_s));
}

void tst_RecentList::readsListsWrittenBefore()
{
    // As MainWindow wrote them before RecentList: a string list under each key.
    QSettings().setValue(u"recentFiles"_s, QStringList({u"/home/me/blog.xml"_s, u"/tmp/x.xml"_s}));
    QSettings().setValue(u"recentDatabases"_s,
        QStringList({u"postgresql://me@db.example:5432/shop?sslmode=require"_s,
            u"/home/me/chinook.sqlite"_s}));
    RecentList files(u"recentFiles"_s, 10);
    QCOMPARE(files.entries(), QStringList({u"/home/me/blog.xml"_s, u"/tmp/x.xml"_s}));
    RecentList databases(u"recentDatabases"_s, 10);
    databases.add(u"/home/me/chinook.sqlite"_s);
    QCOMPARE(databases.entries(),
        QStringList({u"/home/me/chinook.sqlite"_s,
            u"postgresql://me@db.example:5432/shop?sslmode=require"_s}));
}

void tst_RecentList::readsTheSettingsFile()
{
    // A settings file as the application left it on disk.
    const QString path = QSettings().fileName();
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("[General]\n"
                   "recentDatabases=/home/me/one.sqlite, mysql://me@localhost/shop\n"
                   "recentFiles=/home/me/blog.xml\n");
    }
    QCOMPARE(RecentList(u"recentDatabases"_s, 10).entries(),
        QStringList({u"/home/me/one.sqlite"_s, u"mysql://me@localhost/shop"_s}));
    QCOMPARE(RecentList(u"recentFiles"_s, 10).entries(), QStringList({u"/home/me/blog.xml"_s}));
}

void tst_RecentList::menuListsEntriesAndClears()
{
    RecentList list(u"recentFiles"_s, 10);
    list.add(u"/b&c.xml"_s);
    list.add(u"/a.xml"_s);
    QMenu menu;
    QStringList opened;
    list.fillMenu(
        &menu, u"clearRecent"_s,
        [](const QString &entry) -> QString { return u"shown "_s + entry; },
        [&opened](const QString &entry) { opened << entry; });
    QList<QAction *> actions = menu.actions();
    QCOMPARE(actions.size(), 4); // two entries, a separator, Clear List
    QCOMPARE(actions.at(0)->text(), u"&1 shown /a.xml"_s);
    QCOMPARE(actions.at(1)->text(), u"&2 shown /b&&c.xml"_s);
    QCOMPARE(actions.at(1)->data().toString(), u"/b&c.xml"_s);
    QVERIFY(actions.at(2)->isSeparator());
    actions.at(1)->trigger();
    QCOMPARE(opened, QStringList({u"/b&c.xml"_s}));

    QAction *clear = menu.findChild<QAction *>(u"clearRecent"_s);
    QVERIFY(clear);
    QVERIFY(clear->isEnabled());
    clear->trigger();
    QVERIFY(list.entries().isEmpty());
    actions = menu.actions();
    QCOMPARE(actions.size(), 2); // the separator and a disabled Clear List
    QVERIFY(!menu.findChild<QAction *>(u"clearRecent"_s)->isEnabled());
}

QTEST_MAIN(tst_RecentList)
#include "tst_recentlist.moc"
