#include "designwriter.h"

#include "textencoding.h"

#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace {

const QString DefaultDeclaration = QStringLiteral(R"(<?xml version="1.0" encoding="utf-8" ?>)");
const QString DefaultComment = QStringLiteral("<!-- SQL XML created by Schemata "
                                              "(WWW SQL Designer format) -->");

bool isXmlChar(char32_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

class Output
{
public:
    Output(const QString &eol, const TextEncoding &encoding)
        : m_eol(eol)
        , m_encoding(encoding)
        , m_holdsEverything(encoding.isUnicode())
    {
        m_text.reserve(1 << 16);
    }

    // Markup, or XML text kept from a file (verbatim, unless the encoding cannot hold one of
    // its characters).
    Output &raw(QStringView text)
    {
        if (m_holdsEverything || encodable(text))
            m_text += text;
        else
            rawWithReferences(text);
        return *this;
    }
    Output &eol()
    {
        m_text += m_eol;
        return *this;
    }

    // Element text: & < > escaped as the designer's SQL.escape does; newlines in the file's
    // line ending; characters XML cannot hold replaced.
    Output &text(QStringView value) { return escaped(value, false); }
    // Attribute value: & < " escaped (the designer leaves > as it is), whitespace other than
    // spaces as character references so it survives attribute normalisation.
    Output &attributeValue(QStringView value) { return escaped(value, true); }
    Output &attribute(QStringView name, QStringView value)
    {
        m_text += u' ';
        m_text += name;
        if (!m_holdsEverything && !encodable(name))
            m_unrepresentable = true; // no reference can stand for a name's character
        m_text += u"=\"";
        attributeValue(value);
        m_text += u'"';
        return *this;
    }
    Output &attributes(const XmlAttributes &list)
    {
        for (const XmlAttribute &a : list)
            attribute(a.name, a.value);
        return *this;
    }

    // True when a character the encoding cannot hold stands where no character reference is
    // allowed (in a name, a comment or a processing instruction).
    bool hasUnrepresentable() const { return m_unrepresentable; }
    QByteArray encoded() const { return m_encoding.encode(m_text); }

private:
    Output &escaped(QStringView value, bool inAttribute)
    {
        for (auto it = value.begin(); it != value.end(); ++it) {
            const QChar c = *it;
            switch (c.unicode()) {
            case u'&':
                m_text += u"&amp;";
                continue;
            case u'<':
                m_text += u"&lt;";
                continue;
            case u'>':
                if (inAttribute)
                    m_text += c;
                else
                    m_text += u"&gt;";
                continue;
            case u'"':
                if (inAttribute)
                    m_text += u"&quot;";
                else
                    m_text += c;
                continue;
            case u'\n':
                if (inAttribute)
                    m_text += u"&#10;";
                else
                    m_text += m_eol;
                continue;
            case u'\r':
                m_text += u"&#13;";
                continue;
            case u'\t':
                if (inAttribute)
                    m_text += u"&#9;";
                else
                    m_text += c;
                continue;
            default:
                break;
            }
            if (c.isHighSurrogate() && it + 1 != value.end() && (it + 1)->isLowSurrogate()) {
                const QChar low = *++it;
                character(QChar::surrogateToUcs4(c, low));
            } else if (c.isSurrogate() || !isXmlChar(c.unicode())) {
                character(QChar::ReplacementCharacter);
            } else {
                character(c.unicode());
            }
        }
        return *this;
    }

    // A character of text or of an attribute value: itself, or a character reference when the
    // file's encoding cannot hold it (every XML reader, the designer's browser included, turns
    // it back into the character).
    void character(char32_t c)
    {
        if (c < 0x80 || m_holdsEverything || m_encoding.canEncode(c)) {
            if (QChar::requiresSurrogates(c)) {
                m_text += QChar(QChar::highSurrogate(c));
                m_text += QChar(QChar::lowSurrogate(c));
            } else {
                m_text += QChar(char16_t(c));
            }
        } else {
            m_text += u"&#" + QString::number(quint32(c)) + u';';
        }
    }

    bool encodable(QStringView text) const
    {
        for (auto it = text.begin(); it != text.end(); ++it) {
            if (it->unicode() < 0x80)
                continue;
            char32_t c = it->unicode();
            if (it->isHighSurrogate() && it + 1 != text.end() && (it + 1)->isLowSurrogate()) {
                c = QChar::surrogateToUcs4(*it, *(it + 1));
                ++it;
            }
            if (!m_encoding.canEncode(c))
                return false;
        }
        return true;
    }

    // XML text kept from another design, where some character does not fit this file's
    // encoding: references in text and attribute values, CDATA sections split around them,
    // and anywhere else (names, comments, processing instructions) no way to write it.
    void rawWithReferences(QStringView text)
    {
        enum class Context { Text, Markup, AttributeValue, Comment, CData, Instruction };
        Context context = Context::Text;
        QChar quote;
        qsizetype i = 0;
        const auto opens = [&](QStringView token) { return text.mid(i).startsWith(token); };
        const auto copy = [&](qsizetype count) {
            m_text += text.mid(i, count);
            i += count;
        };
        while (i < text.size()) {
            const QChar c = text.at(i);
            switch (context) {
            case Context::Text:
                if (opens(u"<!--")) {
                    context = Context::Comment;
                    copy(4);
                    continue;
                }
                if (opens(u"<![CDATA[")) {
                    context = Context::CData;
                    copy(9);
                    continue;
                }
                if (opens(u"<?")) {
                    context = Context::Instruction;
                    copy(2);
                    continue;
                }
                if (c == u'<')
                    context = Context::Markup;
                break;
            case Context::Markup:
                if (c == u'"' || c == u'\'') {
                    context = Context::AttributeValue;
                    quote = c;
                } else if (c == u'>') {
                    context = Context::Text;
                }
                break;
            case Context::AttributeValue:
                if (c == quote)
                    context = Context::Markup;
                break;
            case Context::Comment:
                if (opens(u"-->")) {
                    context = Context::Text;
                    copy(3);
                    continue;
                }
                break;
            case Context::CData:
                if (opens(u"]]>")) {
                    context = Context::Text;
                    copy(3);
                    continue;
                }
                break;
            case Context::Instruction:
                if (opens(u"?>")) {
                    context = Context::Text;
                    copy(2);
                    continue;
                }
                break;
            }
            char32_t code = c.unicode();
            qsizetype length = 1;
            if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
                code = QChar::surrogateToUcs4(c, text.at(i + 1));
                length = 2;
            }
            if (code < 0x80 || m_encoding.canEncode(code)) {
                copy(length);
                continue;
            }
            i += length;
            if (context == Context::Text || context == Context::AttributeValue) {
                character(code);
            } else if (context == Context::CData) {
                m_text += u"]]>";
                character(code);
                m_text += u"<![CDATA[";
            } else {
                m_unrepresentable = true;
                m_text += text.mid(i - length, length);
            }
        }
    }

    QString m_eol;
    const TextEncoding &m_encoding;
    const bool m_holdsEverything; // UTF-8, -16, -32: no character needs a reference
    QString m_text;
    bool m_unrepresentable = false;
};

// The declaration with its encoding pseudo-attribute set to `name`.
QString withEncoding(const QString &declaration, const QString &name)
{
    static const QRegularExpression pattern(
        QStringLiteral("(encoding\\s*=\\s*)([\"'])[^\"'>]*\\2"));
    QString result = declaration;
    result.replace(pattern, QStringLiteral("\\1\\2") + name + QStringLiteral("\\2"));
    return result;
}

QString encodeDefault(const Schema &schema, const Column &column)
{
    const DefaultValue &value = column.defaultValue;
    if (value.isNull())
        return QStringLiteral("NULL");
    if (value.text() == u"CURRENT_TIMESTAMP")
        return value.text();
    const QString quote = schema.catalogue().quoteFor(column.typeName());
    return quote + value.text() + quote;
}

// Earlier names as empty extension elements, which the designer's reader passes over; a table
// or column never renamed writes nothing, so its lines stay as they were.
void writeFormerNames(Output &out, const QStringList &formerNames)
{
    for (const QString &name : formerNames)
        out.raw(u"<renamed").attribute(u"from", name).raw(u" />").eol();
}

void writeColumn(Output &out, const Schema &schema, const Table &table, const Column &column)
{
    out.raw(u"<row").attribute(u"name", column.name);
    out.raw(u" null=\"").raw(column.nullable ? u"1" : u"0");
    out.raw(u"\" autoincrement=\"").raw(column.autoIncrement ? u"1" : u"0").raw(u"\"");
    out.attributes(column.extraAttributes).raw(u">").eol();
    out.raw(u"<datatype>").text(column.datatype).raw(u"</datatype>").eol();

    if (column.source.fromFile && column.defaultValue == column.source.loadedDefault) {
        if (column.source.defaultText)
            out.raw(u"<default>").text(*column.source.defaultText).raw(u"</default>");
    } else if (!column.defaultValue.isNone()
        && (column.nullable || !column.defaultValue.isNull())) {
        out.raw(u"<default>").text(encodeDefault(schema, column)).raw(u"</default>");
    }

    for (const ForeignKey &fk : table.foreignKeys) {
        for (const ForeignKeyPart &part : fk.parts) {
            if (part.column != column.id)
                continue;
            out.raw(u"<relation").attribute(u"table", schema.referencedTableName(fk));
            out.attribute(u"row", schema.referencedColumnName(fk, part));
            if (!fk.name.isEmpty())
                out.attribute(u"name", fk.name);
            if (fk.isComposite()) {
                // Composite keys are numbered per table in key order: stable and diff-friendly.
                int group = 0;
                for (const ForeignKey &other : table.foreignKeys) {
                    if (other.isComposite())
                        ++group;
                    if (other.id == fk.id)
                        break;
                }
                out.attribute(u"group", QString::number(group));
            }
            if (fk.onDelete != ReferentialAction::Unspecified)
                out.attribute(u"ondelete", referentialActionSql(fk.onDelete));
            if (fk.onUpdate != ReferentialAction::Unspecified)
                out.attribute(u"onupdate", referentialActionSql(fk.onUpdate));
            out.attributes(part.extraAttributes).raw(u" />").eol();
        }
    }

    if (!column.comment.isEmpty())
        out.raw(u"<comment>").text(column.comment).raw(u"</comment>").eol();
    writeFormerNames(out, column.formerNames);
    for (const QString &element : column.extraElements)
        out.raw(element).eol();
    out.raw(u"</row>").eol();
}

void writeTable(Output &out, const Schema &schema, const Table &table)
{
    const bool samePlace = table.source.fromFile && table.position == table.source.loadedPosition;
    out.raw(u"<table");
    out.attribute(
        u"x", samePlace ? table.source.x : DesignWriter::formatNumber(table.position.x()));
    out.attribute(
        u"y", samePlace ? table.source.y : DesignWriter::formatNumber(table.position.y()));
    out.attribute(u"name", table.name);

    const Inheritance &inheritance = table.inheritance;
    if (inheritance.parent != NoObject || !inheritance.parentName.isEmpty()) {
        const Table *parent = schema.table(inheritance.parent);
        out.attribute(u"inherits", parent ? parent->name : inheritance.parentName);
    }
    if (inheritance.kind != Inheritance::Kind::None)
        out.attribute(u"inheritance", inheritanceKindName(inheritance.kind));
    if (inheritance.discriminator != NoObject || !inheritance.discriminatorName.isEmpty()) {
        const Column *c = table.column(inheritance.discriminator);
        out.attribute(u"discriminator", c ? c->name : inheritance.discriminatorName);
    }
    if (!inheritance.identity.isEmpty())
        out.attribute(u"identity", inheritance.identity);
    if (table.pinned)
        out.attribute(u"pinned", QStringLiteral("1"));
    out.attributes(table.extraAttributes).raw(u">").eol();

    for (const Column &column : table.columns)
        writeColumn(out, schema, table, column);

    for (const Key &key : table.keys) {
        out.raw(u"<key").attribute(u"type", key.type).attribute(u"name", key.name);
        out.attributes(key.extraAttributes).raw(u">").eol();
        for (const KeyPart &part : key.parts)
            out.raw(u"<part>").text(schema.keyPartName(table, part)).raw(u"</part>").eol();
        out.raw(u"</key>").eol();
    }
    if (!table.comment.isEmpty())
        out.raw(u"<comment>").text(table.comment).raw(u"</comment>").eol();
    writeFormerNames(out, table.formerNames);
    for (const QString &element : table.extraElements)
        out.raw(element).eol();
    out.raw(u"</table>").eol();
}

void writeGeometry(Output &out, const QRectF &geometry)
{
    out.attribute(u"x", DesignWriter::formatNumber(geometry.x()));
    out.attribute(u"y", DesignWriter::formatNumber(geometry.y()));
    out.attribute(u"width", DesignWriter::formatNumber(geometry.width()));
    out.attribute(u"height", DesignWriter::formatNumber(geometry.height()));
}

} // namespace

QString DesignWriter::formatNumber(double value)
{
    if (std::isfinite(value) && value == std::trunc(value) && std::abs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'f', QLocale::FloatingPointShortest);
}

namespace {

void writeDesign(Output &out, const Schema &schema, const TextEncoding &encoding)
{
    const Schema::Source &source = schema.source();

    // Header: the declaration and the comments the file had, one per line, as the designer
    // writes them; a new file gets no "Active URL" comment (it leaks local paths).
    if (source.fromFile) {
        QString declaration = source.declaration;
        if (declaration.isEmpty()) {
            declaration = encoding.isUtf8()
                ? DefaultDeclaration
                : withEncoding(DefaultDeclaration, encoding.declarationName());
        } else if (encoding.name() != TextEncoding::named(source.encoding).name()) {
            declaration = withEncoding(declaration, encoding.declarationName());
        }
        out.raw(declaration).eol();
        for (const QString &item : source.prologue)
            out.raw(item).eol();
    } else {
        out.raw(DefaultDeclaration).eol().raw(DefaultComment).eol();
    }

    out.raw(u"<sql").attributes(source.rootAttributes).raw(u">").eol();
    out.raw(schema.catalogue().xml()); // verbatim, and no newline after it, as the designer
    for (const Table &table : schema.tables())
        writeTable(out, schema, table);

    for (const Note &note : schema.notes()) {
        out.raw(u"<note");
        writeGeometry(out, note.geometry);
        if (!note.color.isEmpty())
            out.attribute(u"color", note.color);
        out.raw(u">").text(note.text).raw(u"</note>").eol();
    }
    for (const Area &area : schema.areas()) {
        out.raw(u"<area");
        writeGeometry(out, area.geometry);
        out.attribute(u"title", area.title);
        if (!area.color.isEmpty())
            out.attribute(u"color", area.color);
        out.raw(u" />").eol();
    }
    for (const QString &element : source.rootElements)
        out.raw(element).eol();

    out.raw(u"</sql>");
    if (source.fromFile)
        out.raw(source.trailer);
    else
        out.eol();
}

} // namespace

QByteArray DesignWriter::write(const Schema &schema)
{
    const Schema::Source &source = schema.source();
    TextEncoding encoding = TextEncoding::named(source.encoding);
    if (!encoding.isValid())
        encoding = TextEncoding::utf8();
    Output out(source.lineEnding, encoding);
    writeDesign(out, schema, encoding);
    if (out.hasUnrepresentable()) {
        // Only text copied from a design in another encoding gets here (a table's unknown
        // element pasted from a UTF-8 design into a Latin-1 one, say). Rather than lose the
        // character, the file becomes UTF-8, and its declaration says so.
        const TextEncoding utf8 = TextEncoding::utf8();
        Output unicode(source.lineEnding, utf8);
        writeDesign(unicode, schema, utf8);
        QByteArray bytes = unicode.encoded();
        if (source.byteOrderMark)
            bytes.prepend(utf8.byteOrderMark());
        return bytes;
    }
    QByteArray bytes = out.encoded();
    if (source.byteOrderMark)
        bytes.prepend(encoding.byteOrderMark());
    return bytes;
}
