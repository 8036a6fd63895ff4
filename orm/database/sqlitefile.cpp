#include "sqlitefile.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>

namespace {

const QByteArray Header("SQLite format 3", 16); // with its final NUL

// What the first bytes of a file that is not an SQLite database look like, for people; empty
// for binary data. `cut`: the file goes on after them.
QString looksLike(const QByteArray &start, bool cut)
{
    if (start.startsWith("\x1f\x8b") || start.startsWith("PK\x03\x04") || start.startsWith("BZh")
        || start.startsWith("\xfd\x37\x7a\x58\x5a") || start.startsWith("\x28\xb5\x2f\xfd")
        || start.startsWith("7z\xbc\xaf"))
        return SqliteFile::tr("a compressed file or archive");
    if (start.startsWith("\xff\xfe") || start.startsWith("\xfe\xff"))
        return SqliteFile::tr("a UTF-16 text file");
    // A sample cut inside a character still reads as UTF-8 without its last bytes.
    QByteArray sample = start;
    for (int i = 0; cut && i < 4 && !sample.isEmpty() && (uchar(sample.back()) & 0x80); ++i)
        sample.chop(1);
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8(sample);
    if (sample.contains('\0') || utf8.hasError())
        return {};
    text = text.trimmed();
    if (text.startsWith(u'<'))
        return SqliteFile::tr("an XML file, such as a design");
    if (text.startsWith(u'{') || text.startsWith(u'['))
        return SqliteFile::tr("a JSON file, such as an export");
    static const QRegularExpression sql(
        QStringLiteral("^(--|/\\*|(CREATE|INSERT|BEGIN|PRAGMA|DROP|ALTER)\\b)"),
        QRegularExpression::CaseInsensitiveOption);
    if (sql.match(text).hasMatch())
        return SqliteFile::tr("an SQL script; sqlite3 can run it to make a database");
    return SqliteFile::tr("a text file");
}

} // namespace

bool SqliteFile::hasHeader(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(Header.size()) == Header;
}

QString SqliteFile::refusal(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return tr("%1 is a folder, not an SQLite database.").arg(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("Cannot read %1: %2").arg(path, file.errorString());
    const QByteArray start = file.read(4096);
    if (start.isEmpty() || start.startsWith(Header))
        return {};
    const QString kind = looksLike(start, file.size() > start.size());
    if (kind.isEmpty())
        return tr("%1 is not an SQLite database: it does not start with SQLite's header (it may "
                  "be damaged, encrypted, or another kind of file).")
            .arg(path);
    return tr("%1 is not an SQLite database (it looks like %2).").arg(path, kind);
}
