#pragma once

#include <QString>

// The default of a column, as WWW SQL Designer understands it: no default, SQL NULL, or a
// literal text. The text is what the user typed, without the type's quotes ("abc" for the
// file's 'abc'); the file boundary adds and strips the quotes (see designreader.cpp).
class DefaultValue
{
public:
    enum class Kind { None, Null, Text };

    DefaultValue() = default;
    static DefaultValue none() { return {}; }
    static DefaultValue null() { return DefaultValue(Kind::Null, {}); }
    static DefaultValue text(const QString &text) { return DefaultValue(Kind::Text, text); }

    Kind kind() const { return m_kind; }
    bool isNone() const { return m_kind == Kind::None; }
    bool isNull() const { return m_kind == Kind::Null; }
    bool isText() const { return m_kind == Kind::Text; }
    QString text() const { return m_text; }

    friend bool operator==(const DefaultValue &, const DefaultValue &) = default;

private:
    DefaultValue(Kind kind, const QString &text)
        : m_kind(kind)
        , m_text(text)
    {
    }

    Kind m_kind = Kind::None;
    QString m_text;
};
