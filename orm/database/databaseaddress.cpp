#include "databaseaddress.h"

#include "passwordsources.h"

#include "database/sqlitefile.h"
#include "dialects/dialect.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

namespace {

const QString Hidden = QStringLiteral("***");

// Where the part user:password@host:port begins in `text`: after "//" (as in "://"), or after
// a scheme-like "name:" (postgresql:user:secret@host); -1 for a plain file path.
qsizetype authorityStart(const QString &text)
{
    const qsizetype slashes = text.indexOf(QStringLiteral("//"));
    if (slashes >= 0)
        return slashes + 2;
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*:"));
    const QRegularExpressionMatch match = scheme.match(text);
    return match.hasMatch() ? match.capturedEnd() : -1;
}

// The port as typed in an address's authority, after the last '@' (a password may hold any
// other character) and before the path: null when there is none. *start is its position.
QString typedPort(const QString &text, qsizetype authority, qsizetype *start)
{
    const qsizetype at = text.lastIndexOf(u'@');
    const qsizetype hostStart = at >= authority ? at + 1 : authority;
    qsizetype end = hostStart;
    while (
        end < text.size() && text.at(end) != u'/' && text.at(end) != u'?' && text.at(end) != u'#')
        ++end;
    const qsizetype bracket = text.lastIndexOf(u']', end - 1); // [IPv6]:port
    const qsizetype colon = text.lastIndexOf(u':', end - 1);
    if (colon < hostStart || (bracket >= hostStart && colon < bracket))
        return {};
    *start = colon + 1;
    return text.mid(colon + 1, end - colon - 1);
}

bool isDigits(const QString &text)
{
    return !text.isEmpty()
        && std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
}

// A '%' that does not start an escape such as %40 makes a URL invalid.
bool hasBadEscape(const QString &text)
{
    const auto hex = [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
    };
    for (qsizetype i = text.indexOf(u'%'); i >= 0; i = text.indexOf(u'%', i + 1)) {
        if (i + 2 >= text.size() || !hex(text.at(i + 1)) || !hex(text.at(i + 2)))
            return true;
    }
    return false;
}

// A server's address as a URL, without its password or TLS mode.
QUrl serverUrl(const DatabaseAddress &address)
{
    QUrl url;
    url.setScheme(Dialect::forEngine(address.engine).urlScheme());
    url.setUserName(address.user);
    url.setHost(address.host);
    url.setPort(address.port);
    url.setPath(u'/' + address.database);
    return url;
}

} // namespace

QString DatabaseAddress::redacted(const QString &text)
{
    const qsizetype authority = authorityStart(text);
    if (authority < 0)
        return text;
    QString shown = text;
    const qsizetype at = text.lastIndexOf(u'@');
    const qsizetype colon = text.indexOf(u':', authority);
    if (at >= authority && colon >= 0 && colon < at)
        shown = text.left(colon + 1) + Hidden + text.mid(at);
    // Without an '@', user:secret reads as host:port.
    qsizetype portStart = -1;
    const QString port = typedPort(shown, authority, &portStart);
    if (at < authority && !port.isEmpty() && !isDigits(port))
        shown.replace(portStart, port.size(), Hidden);
    return shown;
}

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
    // Every message shows the address without its password; QUrl's own messages quote it whole.
    const QString shown = redacted(text);
    const std::optional<SqlEngine> engine = sqlEngineFromName(text.left(scheme));
    if (!engine || !Dialect::forEngine(*engine).hasServer()) {
        *error = tr("%1 is not a database address: \"%2\" is not a kind of database. Give an "
                    "SQLite file, or a URL such as postgresql://user@host:5432/database or "
                    "mysql://user@host:3306/database.")
                     .arg(shown, text.left(scheme));
        return std::nullopt;
    }
    qsizetype portStart = -1;
    const QString port = typedPort(text, scheme + 3, &portStart);
    if (!port.isEmpty() && (!isDigits(port) || port.toInt() < 1 || port.toInt() > 65535)) {
        *error = isDigits(port)
            ? tr("The port %1 in %2 is not a number from 1 to 65535.").arg(port, shown)
            : tr("The port in %1 is not a number from 1 to 65535.").arg(shown);
        return std::nullopt;
    }
    if (std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); })) {
        *error = tr("%1 contains a space, which a URL cannot hold: write it as %2.")
                     .arg(shown, QStringLiteral("%20"));
        return std::nullopt;
    }
    if (hasBadEscape(text)) {
        *error = tr("%1 has a %2 that is not followed by two hexadecimal digits: write a %2 "
                    "sign (in a password, say) as %3.")
                     .arg(shown, QStringLiteral("%"), QStringLiteral("%25"));
        return std::nullopt;
    }
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid()) {
        *error = tr("%1 is not a valid URL; a database address reads "
                    "postgresql://user@host:5432/database or mysql://user@host:3306/database.")
                     .arg(shown);
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
    return Dialect::forEngine(engine).sslModes();
}

void DatabaseAddress::takePasswordFromEnvironment()
{
    if (!password)
        password = PasswordSources::fromEnvironment(*this);
}

DatabaseAddress DatabaseAddress::sqliteFile(const QString &path)
{
    DatabaseAddress address;
    address.engine = SqlEngine::Sqlite;
    address.path = path;
    return address;
}

bool DatabaseAddress::isUrl(const QString &text)
{
    return text.contains(QStringLiteral("://"));
}

bool DatabaseAddress::namesDatabase(const QString &text)
{
    return isUrl(text) || SqliteFile::hasHeader(text);
}

bool DatabaseAddress::isServer() const
{
    return Dialect::forEngine(engine).hasServer();
}

QString DatabaseAddress::displayName() const
{
    return isServer() ? serverUrl(*this).toDisplayString() : path;
}

QString DatabaseAddress::title() const
{
    return isServer() ? displayName() : QFileInfo(path).fileName();
}

QString DatabaseAddress::toString() const
{
    if (!isServer())
        return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    QUrl url = serverUrl(*this);
    if (!sslMode.isEmpty()) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("sslmode"), sslMode);
        url.setQuery(query);
    }
    return url.toString(QUrl::RemovePassword);
}
