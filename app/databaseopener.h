#pragma once

#include "recentlist.h"

#include <QObject>
#include <QString>

#include <functional>

class BrowserPane;
class DesignDocument;
class QMenu;
class QWidget;
class Schema;
struct DatabaseAddress;

// The main window's database opener: File > Open Database, Connect to Database and Recent
// Databases. It opens a database in the data browser, keeps it in the recent list, and decides
// (asking when the open design has unsaved edits) whether the database's own design takes the
// Design page. Its questions and errors show over the window.
class DatabaseOpener : public QObject
{
    Q_OBJECT

public:
    // `saveDesign` is the window's Save, for the user who saves the open design before the
    // database's replaces it (false when it was not saved).
    DatabaseOpener(BrowserPane *browser, const DesignDocument *document, QWidget *window,
        std::function<bool()> saveDesign);

    // Opens a database (an SQLite path or a postgresql:// / mysql:// URL) in the data page and
    // adds it to File > Recent Databases. The Design page shows its diagram: the open design
    // when it describes the database, else the database's own (asked first when the open
    // design has unsaved edits). A server's password comes from the URL, else
    // PGPASSWORD / MYSQL_PWD, else the system keychain (PasswordSources); while none works
    // the user is asked, with the server's answer, and may have the one that works remembered
    // in the keychain.
    bool open(const QString &pathOrUrl);
    // File > Open Database...: asks for an SQLite file.
    void openFile();
    // File > Connect to Database...: the connection form, again after each failure.
    void connectToDatabase();
    // File > Recent Databases: fills `menu` now and whenever the list changes.
    void setRecentMenu(QMenu *menu);
    // The list behind it (servers as URLs without their passwords).
    static RecentList recentList();

signals:
    // The database's own design is to take the open design's place on the Design page.
    void databaseDesignChosen(const Schema &database);
    // A database is open in the browser (after databaseDesignChosen, when that came).
    void opened();

private:
    bool openServer(DatabaseAddress address);
    void finishOpening(const DatabaseAddress &address);
    void chooseDesign();
    // Whether the database's design may replace the open one with unsaved edits (saved first
    // when the user chose Save).
    bool askToReplaceDesign();
    void addRecent(const DatabaseAddress &address);
    void updateRecentMenu();

    BrowserPane *m_browser;
    const DesignDocument *m_document;
    QWidget *m_window;
    std::function<bool()> m_saveDesign;
    QMenu *m_recentMenu = nullptr;
};
