// The database address parser (orm/database/databaseaddress), which reads what users type or
// pass on the command line: any text gives an address or an error, never a crash, and neither
// the error nor the address's display name shows the URL's password.

#include "fuzzsupport.h"

#include "database/databaseaddress.h"

#include <QString>
#include <QUrl>

#include <cstddef>
#include <cstdint>

namespace {

// The password as a URL parser sees it: in the authority (after "://", up to "/", "?" or
// "#"), before its last "@", after the first ":". Empty when the text has none.
QString passwordIn(const QString &text)
{
    const qsizetype scheme = text.indexOf(u"://");
    if (scheme < 0)
        return {};
    const QString name = text.left(scheme).toLower();
    if (name != u"postgresql" && name != u"postgres" && name != u"mysql" && name != u"mariadb")
        return {};
    QString authority = text.mid(scheme + 3);
    for (const QChar end : {u'/', u'?', u'#'}) {
        const qsizetype at = authority.indexOf(end);
        if (at >= 0)
            authority.truncate(at);
    }
    const qsizetype at = authority.lastIndexOf(u'@');
    if (at < 0)
        return {};
    const QString userInfo = authority.left(at);
    const qsizetype colon = userInfo.indexOf(u':');
    return colon < 0 ? QString() : userInfo.mid(colon + 1);
}

// Whether `shown` gives away `secret` from `text`: only a secret long enough to mean something,
// and found nowhere else in the text (a host may legitimately be spelt like the password).
bool reveals(const QString &shown, const QString &secret, const QString &text, int occurrences)
{
    return secret.size() >= 4 && text.count(secret) == occurrences && shown.contains(secret);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::initialize();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text
        = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const std::optional<DatabaseAddress> address = DatabaseAddress::parse(text, &error);
    if (!address && error.isEmpty())
        fuzz::fail("refused without an error message", text.toUtf8());
    QString shown = address ? address->displayName() : error;
    // The messages' own examples of an address are not the input's.
    for (const QString &example : {QStringLiteral("postgresql://user@host:5432/database"),
             QStringLiteral("mysql://user@host:3306/database")})
        shown.remove(example);

    const QString password = passwordIn(text);
    const QString decoded = QUrl::fromPercentEncoding(password.toUtf8());
    if (reveals(shown, password, text, 1)
        || (decoded != password && reveals(shown, decoded, text, 0)))
        fuzz::fail("the password is shown", (text + QStringLiteral("\n=> ") + shown).toUtf8());
    return 0;
}
