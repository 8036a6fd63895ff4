#pragma once

#include "databaseaddress.h"

#include <QString>

#include <functional>
#include <optional>

// Where a server's password comes from, in one order for the command line, the window and the
// connection form: (1) the URL's own; (2) the engine's environment variable (PGPASSWORD,
// MYSQL_PWD: the dialect says which); (3) the system keychain, when the front end offers one;
// (4) a prompt, asked only once a connection failed, for as long as it gives passwords. Each
// source is consulted only when the ones before it gave nothing. The keychain and the prompt
// are the front ends' callbacks, so the order holds (and is tested) without either.
class PasswordSources
{
public:
    enum class Source { None, Url, Environment, Keychain, Prompt };

    // The password stored for a server; nullopt when there is none.
    using Keychain = std::function<std::optional<QString>(const DatabaseAddress &address)>;
    // A password to try after a connection with `tried`'s password (None: without one)
    // failed with `error`, the server's answer; nullopt gives up.
    using Prompt = std::function<std::optional<QString>(
        const DatabaseAddress &address, Source tried, const QString &error)>;
    // Opens the database at `address`; false with the reason in *error.
    using Open = std::function<bool(const DatabaseAddress &address, QString *error)>;

    void setKeychain(Keychain keychain) { m_keychain = std::move(keychain); }
    void setPrompt(Prompt prompt) { m_prompt = std::move(prompt); }

    // Sources 1 to 3: gives address.password the first password found and says where it came
    // from (None: none found; a server may take the connection without one). SQLite files
    // have no password: None, nothing consulted.
    Source fill(DatabaseAddress &address) const;
    // fill(), then `open`; while that fails, the prompt's passwords (never for a SQLite
    // file). On success the address keeps the password that worked and *source says where it
    // came from; false with the last failure in *error when the prompt gave up.
    bool open(
        DatabaseAddress &address, const Open &open, QString *error, Source *source = nullptr) const;

    // The password in the engine's environment variable (PGPASSWORD, MYSQL_PWD), when set.
    static std::optional<QString> fromEnvironment(const DatabaseAddress &address);

private:
    Keychain m_keychain;
    Prompt m_prompt;
};
