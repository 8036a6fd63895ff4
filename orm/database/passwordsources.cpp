#include "passwordsources.h"

#include "dialects/dialect.h"

PasswordSources::Source PasswordSources::fill(DatabaseAddress &address) const
{
    if (!address.isServer())
        return Source::None;
    if (address.password)
        return Source::Url;
    if ((address.password = fromEnvironment(address)))
        return Source::Environment;
    if (m_keychain && (address.password = m_keychain(address)))
        return Source::Keychain;
    return Source::None;
}

bool PasswordSources::open(
    DatabaseAddress &address, const Open &open, QString *error, Source *source) const
{
    Source tried = fill(address);
    bool opened = open(address, error);
    while (!opened && address.isServer() && m_prompt) {
        const std::optional<QString> password = m_prompt(address, tried, *error);
        if (!password)
            break;
        address.password = *password;
        tried = Source::Prompt;
        opened = open(address, error);
    }
    if (source)
        *source = tried;
    return opened;
}

std::optional<QString> PasswordSources::fromEnvironment(const DatabaseAddress &address)
{
    const QString variable = Dialect::forEngine(address.engine).passwordVariable();
    if (variable.isEmpty() || !qEnvironmentVariableIsSet(qPrintable(variable)))
        return std::nullopt;
    return qEnvironmentVariable(qPrintable(variable));
}
