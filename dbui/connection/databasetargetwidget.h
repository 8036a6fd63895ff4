#pragma once

#include "database/databaseaddress.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class QToolButton;

// A form that says which database to use: an SQLite file (path and Browse...) or a PostgreSQL
// or MariaDB/MySQL server (host, port, database, user, password, TLS), or a pasted URL that
// fills the fields. Connect to Database remembers the last target (QSettings group
// "databaseTarget") without its password; the dialogs that write or read a database start from
// the database the window has open, or from nothing, never from a target used elsewhere. A
// password goes to the system keychain when "Remember password" is checked (PasswordStore),
// and is looked up there when a server is named and the password left empty.
class DatabaseTargetWidget : public QWidget
{
    Q_OBJECT

public:
    // Whether Browse... picks a file to create (Apply) or one that exists (Import).
    enum class FileMode { MayBeNew, MustExist };

    explicit DatabaseTargetWidget(FileMode fileMode, QWidget *parent = nullptr);

    // The database the fields name; its password is the one typed, else PGPASSWORD or
    // MYSQL_PWD, else the one the keychain filled in, in the order of the command line and the
    // window (PasswordSources). nullopt with a message in *error when a field is missing.
    std::optional<DatabaseAddress> address(QString *error) const;
    // Fills the fields from an address (the password too, when it has one).
    void setAddress(const DatabaseAddress &address);
    // True when every field that address() needs has a value.
    bool isComplete() const;
    // The database an address names, plainly, for confirmations: "SQLite file /path/x.db",
    // "PostgreSQL database “shop” on db.example:5432 as ada". Never the password.
    static QString describe(const DatabaseAddress &address);

    void restoreSettings();
    // Also stores the typed password in the system keychain when "Remember password" is
    // checked, and removes the stored one when it is not; false with a message in *error when
    // the keychain refused (the settings are saved all the same).
    bool saveSettings(QString *error = nullptr) const;
    // Only the keychain half of saveSettings(): stores or removes the password as "Remember
    // password" says, and leaves the remembered target alone.
    bool storePassword(QString *error = nullptr) const;

signals:
    // A field changed (also when a URL filled them).
    void changed();

private:
    SqlEngine engine() const;
    void setEngine(SqlEngine engine);
    void engineChanged();
    void fillTlsModes(SqlEngine engine, const QString &selected);
    void urlEdited(const QString &text);
    void browse();
    // The server the fields name, without its password.
    DatabaseAddress serverAddress() const;
    void updateRemember();
    void lookUpStoredPassword();

    FileMode m_fileMode;
    QFormLayout *m_form;
    QComboBox *m_engine;
    QLineEdit *m_url;
    QLabel *m_urlProblem;
    QWidget *m_file; // the path and its Browse... button
    QLineEdit *m_path;
    QToolButton *m_browse;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QComboBox *m_tls;
    QCheckBox *m_remember;
    // The keychain entry the password field was filled from, while it holds that password.
    QString m_passwordKey;
    QString m_lastLookUp; // the key asked for last, so leaving a field does not ask again
};
