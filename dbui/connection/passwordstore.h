#pragma once

#include "database/databaseaddress.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

// Database passwords in the system keychain (Secret Service such as GNOME Keyring, KWallet,
// the macOS Keychain, the Windows Credential Manager) through QtKeychain, under the service
// "Schemata" and a key that names the server, never the password. Never in a file: QtKeychain's
// plain-text fallback stays off, so with no keychain nothing is stored and the user is asked
// each time. Calls wait for QtKeychain's asynchronous job in a local event loop (user input
// held back) with a timeout, so callers see plain functions.
class PasswordStore
{
    Q_DECLARE_TR_FUNCTIONS(PasswordStore)

public:
    static inline const QString Service = QStringLiteral("Schemata");

    // engine://user@host:port/database, the port written out so that a URL with and without
    // the default port share one entry; empty for SQLite, which has no password.
    static QString key(const DatabaseAddress &address);

    // Whether a keychain answers: asked once (a read of an entry that is not there), then
    // remembered for the process. A keychain that stops answering counts as gone from then on.
    static bool isAvailable();

    // The stored password; nullopt when there is none, or (with a message in *error) when the
    // keychain failed.
    static std::optional<QString> read(const DatabaseAddress &address, QString *error = nullptr);
    static bool write(const DatabaseAddress &address, const QString &password, QString *error);
    // Removing an entry that is not there succeeds.
    static bool remove(const DatabaseAddress &address, QString *error);

    // For the checkbox that offers to store a password, and its tooltip when it cannot.
    static QString rememberText();
    static QString unavailableReason();

    // How long one keychain call may take (default 15 s: the keychain may ask the user to
    // unlock it first). For tests.
    static void setTimeout(int milliseconds);
};
