#include "textencoding.h"

#include <QStringEncoder>

TextEncoding TextEncoding::utf8()
{
    return named(u"UTF-8");
}

TextEncoding TextEncoding::named(QStringView name)
{
    TextEncoding encoding;
    const QByteArray latin1 = name.trimmed().toLatin1();
    if (latin1.isEmpty())
        return encoding;
    QStringEncoder encoder(latin1.constData());
    if (!encoder.isValid())
        return encoding;
    encoding.m_name = QString::fromLatin1(encoder.name());
    encoding.m_builtin = QStringConverter::encodingForName(latin1.constData());
    static const QString markup = QStringLiteral("<?xml version=\"1.0\" encoding='x'?>\n<sql>");
    encoding.m_asciiCompatible = encoder.encode(markup) == markup.toLatin1();
    return encoding;
}

bool TextEncoding::isUnicode() const
{
    if (!m_builtin)
        return false;
    switch (*m_builtin) {
    case QStringConverter::Utf8:
    case QStringConverter::Utf16:
    case QStringConverter::Utf16LE:
    case QStringConverter::Utf16BE:
    case QStringConverter::Utf32:
    case QStringConverter::Utf32LE:
    case QStringConverter::Utf32BE:
        return true;
    default:
        return false;
    }
}

QString TextEncoding::declarationName() const
{
    if (m_name.startsWith(u"UTF-16"))
        return QStringLiteral("UTF-16");
    if (m_name.startsWith(u"UTF-32"))
        return QStringLiteral("UTF-32");
    return m_name;
}

bool TextEncoding::matches(const TextEncoding &declared) const
{
    if (!isValid() || !declared.isValid())
        return false;
    if (m_name == declared.m_name)
        return true;
    // "UTF-16" declared, one byte order found.
    return declared.m_name == declarationName() && declared.m_name != m_name
        && m_name.startsWith(declared.m_name);
}

bool TextEncoding::canEncode(char32_t c) const
{
    if (c < 0x80 && m_asciiCompatible)
        return true;
    if (isUnicode())
        return true;
    if (m_builtin == QStringConverter::Latin1)
        return c < 0x100;
    const auto known = m_encodable.constFind(c);
    if (known != m_encodable.cend())
        return *known;
    // Ask the converter, and check that the bytes decode to the same character: a converter
    // may substitute a look-alike without reporting an error.
    const char32_t one[] = {c};
    const QString text = QString::fromUcs4(one, 1);
    QStringEncoder encoder(m_name.toLatin1().constData());
    const QByteArray bytes = encoder.encode(text);
    QStringDecoder back = decoder();
    const bool ok = !encoder.hasError() && !bytes.isEmpty() && QString(back.decode(bytes)) == text
        && !back.hasError();
    m_encodable.insert(c, ok);
    return ok;
}

QByteArray TextEncoding::encode(QStringView text) const
{
    QStringEncoder encoder(m_name.toLatin1().constData());
    return encoder.encode(text);
}

QStringDecoder TextEncoding::decoder() const
{
    return QStringDecoder(m_name.toLatin1().constData());
}
