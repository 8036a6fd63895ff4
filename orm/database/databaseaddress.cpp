#include "databaseaddress.h"

#include <QUrl>
#include <QUrlQuery>

std::optional<DatabaseAddress> DatabaseAddress::parse(const QString &text, QString *error)
{
    DatabaseAddress address;
    const qsizetype scheme = text.indexOf(QStringLiteral("://"));
    if (scheme < 0 || text.startsWith(QStringLiteral("file://"))
        || text.startsWith(QStringLiteral("sqlite://"))) {
        address.engine = SqlEngine::Sqlite;
        address.path = scheme < 0 ? text : QUrl(text).toLocalFile();
        if (scheme >= 0 && address.path.isEmpty())
            address.path = text.mid(scheme + 3);
        if (address.path.isEmpty()) {
            *error = tr("No database given.");
            return std::nullopt;
        }
        return address;
    }
    const QUrl url(text, QUrl::StrictMode);
    const std::optional<SqlEngine> engine = sqlEngineFromName(url.scheme());
    if (!url.isValid() || !engine || *engine == SqlEngine::Sqlite) {
        *error = tr("\"%1\" is not a database address: give an SQLite file, or a URL such as "
                    "postgresql://user@host:5432/database or mysql://user@host:3306/database.")
                     .arg(url.isValid() ? url.toDisplayString(QUrl::RemovePassword) : text);
        return std::nullopt;
    }
    address.engine = *engine;
    address.host = url.host().isEmpty() ? QStringLiteral("localhost") : url.host();
    address.port = url.port(-1);
    address.database = url.path().mid(1);
    address.user = url.userName();
    if (!url.password().isNull())
        address.password = url.password();
    if (address.database.isEmpty()) {
        *error = tr("The URL names no database: add /DATABASE after the host.");
        return std::nullopt;
    }
    // Other parameters (a schema, a timeout) belong to other tools; only TLS is read here.
    const QUrlQuery query(url);
    QString sslMode = query.queryItemValue(QStringLiteral("sslmode")).toLower();
    const QString ssl = query.queryItemValue(QStringLiteral("ssl")).toLower();
    if (sslMode.isEmpty() && (ssl == u"true" || ssl == u"1"))
        sslMode = QStringLiteral("require");
    else if (sslMode.isEmpty() && (ssl == u"false" || ssl == u"0"))
        sslMode = QStringLiteral("disable");
    address.sslMode = sslMode;
    if (!address.checkSslMode(error))
        return std::nullopt;
    return address;
}

bool DatabaseAddress::checkSslMode(QString *error) const
{
    const QStringList modes = sslModes(engine);
    if (sslMode.isEmpty() || modes.contains(sslMode))
        return true;
    *error = tr("%1 connections take sslmode %2, not \"%3\".")
                 .arg(sqlEngineTitle(engine), modes.join(QStringLiteral(", ")), sslMode);
    return false;
}

QStringList DatabaseAddress::sslModes(SqlEngine engine)
{
    switch (engine) {
    case SqlEngine::Sqlite:
        return {};
    case SqlEngine::Postgres:
        return {QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer"),
            QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    case SqlEngine::Mysql:
        return {QStringLiteral("disable"), QStringLiteral("prefer"), QStringLiteral("require")};
    }
    return {};
}

void DatabaseAddress::takePasswordFromEnvironment()
{
    if (password || engine == SqlEngine::Sqlite)
        return;
    const char *variable = engine == SqlEngine::Postgres ? "PGPASSWORD" : "MYSQL_PWD";
    if (qEnvironmentVariableIsSet(variable))
        password = qEnvironmentVariable(variable);
}

QString DatabaseAddress::displayName() const
{
    if (engine == SqlEngine::Sqlite)
        return path;
    QUrl url;
    url.setScheme(sqlEngineName(engine));
    url.setHost(host);
    url.setPort(port);
    url.setUserName(user);
    url.setPath(u'/' + database);
    return url.toDisplayString();
}
