#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringDecoder>

#include <optional>

// A design file's character encoding, as its XML declaration or byte order mark names it: how
// its bytes become text and text becomes those bytes again. Qt's own converters cover UTF-8,
// UTF-16, UTF-32 and ISO-8859-1; the others (windows-1252, ISO-8859-15, KOI8-R, ...) come from
// ICU through the same QStringConverter API. An encoding says which characters it can hold,
// so that the writer can put a character reference (&#1046;) in place of the others.
class TextEncoding
{
public:
    TextEncoding() = default; // not valid

    static TextEncoding utf8();
    // The encoding with this name (case and punctuation as XML declarations spell them);
    // not valid when neither Qt nor ICU knows it.
    static TextEncoding named(QStringView name);

    bool isValid() const { return !m_name.isEmpty(); }
    // The converter's own spelling: "UTF-8", "UTF-16LE", "ISO-8859-1", "windows-1252".
    QString name() const { return m_name; }
    bool isUtf8() const { return m_builtin == QStringConverter::Utf8; }
    // UTF-8, -16 and -32 hold every character.
    bool isUnicode() const;
    // ASCII characters are single bytes of the same value, so markup reads the same as in
    // ASCII (false for UTF-16 and UTF-32).
    bool isAsciiCompatible() const { return m_asciiCompatible; }
    // The name that goes in an XML declaration: "UTF-16" for both byte orders of UTF-16.
    QString declarationName() const;
    // The same encoding under another name ("utf-16" declared, "UTF-16LE" found by the byte
    // order mark)?
    bool matches(const TextEncoding &declared) const;

    bool canEncode(char32_t c) const;
    QByteArray encode(QStringView text) const;
    QByteArray byteOrderMark() const { return encode(u"\uFEFF"); }
    QStringDecoder decoder() const;

private:
    QString m_name;
    std::optional<QStringConverter::Encoding> m_builtin;
    bool m_asciiCompatible = false;
    mutable QHash<char32_t, bool> m_encodable; // answers of the converter, for non-ASCII
};
