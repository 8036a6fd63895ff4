#include "designreader.h"

#include "datatypecataloguereader.h"
#include "textencoding.h"
#include "xmltree.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

#include <limits>

namespace {

const QString TableInherits = QStringLiteral("inherits");
const QString TableInheritance = QStringLiteral("inheritance");
const QString TableDiscriminator = QStringLiteral("discriminator");
const QString TableIdentity = QStringLiteral("identity");
const QString RelationName = QStringLiteral("name");
const QString RelationGroup = QStringLiteral("group");
const QString RelationOnDelete = QStringLiteral("ondelete");
const QString RelationOnUpdate = QStringLiteral("onupdate");
const QString Renamed = QStringLiteral("renamed");

bool isLineTerminator(QChar c)
{
    return c == u'\n' || c == u'\r' || c == QChar(0x2028) || c == QChar(0x2029);
}

// The designer strips one pair of quotes with /^q(.*)q$/, where "." stops at line ends.
QString stripQuotes(const QString &text, const QString &quote)
{
    if (quote.isEmpty() || text.size() < 2 * quote.size() || !text.startsWith(quote)
        || !text.endsWith(quote))
        return text;
    const QStringView inner = QStringView(text).mid(quote.size(), text.size() - 2 * quote.size());
    for (QChar c : inner) {
        if (isLineTerminator(c))
            return text;
    }
    return inner.toString();
}

// Offset of the first byte that is not part of valid UTF-8, or -1.
qsizetype firstInvalidUtf8(QByteArrayView data)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data.constData());
    const qsizetype n = data.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        int extra = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
        } else {
            return i;
        }
        if (i + extra >= n)
            return i;
        for (int k = 1; k <= extra; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
        }
        // Overlong three-byte forms, surrogates and code points above U+10FFFF.
        if ((c == 0xE0 && p[i + 1] < 0xA0) || (c == 0xED && p[i + 1] > 0x9F)
            || (c == 0xF0 && p[i + 1] < 0x90) || (c == 0xF4 && p[i + 1] > 0x8F))
            return i;
        i += extra + 1;
    }
    return -1;
}

// The key type a hand-written <key> inside a <row> gives its row, as in
// <row name="id"><datatype>INT</datatype><key>PRIMARY</key></row>: the element's text (or its
// type attribute) when it has no <part>. Empty for a key with parts, which is a table's key
// that happens to sit in a row.
QString rowKeyType(const XmlTree &tree, int key)
{
    if (tree.hasDescendant(key, u"part"))
        return {};
    const QString word = tree.text(key).trimmed();
    return word.isEmpty() ? tree.node(key).attribute(u"type").trimmed() : word;
}

// The nearest <row> around an element, up to (not including) `table`; -1 if none.
int enclosingRow(const XmlTree &tree, int element, int table)
{
    for (int n = tree.node(element).parent; n >= 0 && n != table; n = tree.node(n).parent) {
        if (tree.node(n).name == u"row")
            return n;
    }
    return -1;
}

} // namespace

int DesignReader::parseJsInt(QStringView text)
{
    qsizetype i = 0;
    while (i < text.size() && text.at(i).isSpace())
        ++i;
    bool negative = false;
    if (i < text.size() && (text.at(i) == u'-' || text.at(i) == u'+')) {
        negative = text.at(i) == u'-';
        ++i;
    }
    int base = 10;
    if (i + 1 < text.size() && text.at(i) == u'0'
        && (text.at(i + 1) == u'x' || text.at(i + 1) == u'X')) {
        base = 16;
        i += 2;
    }
    qint64 value = 0;
    const qsizetype start = i;
    for (; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        int digit = -1;
        if (c >= u'0' && c <= u'9')
            digit = c - u'0';
        else if (base == 16 && c >= u'a' && c <= u'f')
            digit = c - u'a' + 10;
        else if (base == 16 && c >= u'A' && c <= u'F')
            digit = c - u'A' + 10;
        if (digit < 0)
            break;
        value = value * base + digit;
        if (value > std::numeric_limits<int>::max())
            break;
    }
    if (i == start)
        return 0;
    return int(negative ? -value : value);
}

bool DesignReader::fail(const QString &message, qint64 line, qint64 column)
{
    m_errorString = message;
    m_errorLine = line;
    m_errorColumn = column;
    m_schema = Schema();
    m_warnings.clear();
    return false;
}

void DesignReader::warn(
    const QString &message, qint64 line, const QString &table, const QString &column)
{
    m_warnings.append({message, table, column, line});
}

void DesignReader::warnAt(const QString &message, qint64 line, qint64 columnNumber,
    const QString &table, const QString &column)
{
    m_warnings.append({message, table, column, line, columnNumber});
}

namespace {

// The value of the encoding pseudo-attribute of an XML declaration at the start of `head`, and
// where it starts.
QString declaredEncoding(QStringView head, qsizetype *at)
{
    static const QRegularExpression pattern(
        QStringLiteral("^<\\?xml\\s[^>]*?encoding\\s*=\\s*[\"']([^\"'>]*)[\"']"));
    const QRegularExpressionMatch match = pattern.match(head.toString());
    if (!match.hasMatch())
        return {};
    *at = match.capturedStart(1);
    return match.captured(1);
}

// Offset of the first surrogate that is not half of a pair (Qt's UTF-16 decoder lets them
// through), or -1.
qsizetype firstUnpairedSurrogate(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        else if (c.isSurrogate())
            return i;
    }
    return -1;
}

// Line and column (1-based, in characters) of an offset into decoded text.
std::pair<qint64, qint64> lineAndColumn(QStringView text, qsizetype offset)
{
    const QStringView before = text.left(offset);
    const qsizetype lineStart = before.lastIndexOf(u'\n') + 1;
    return {before.count(u'\n') + 1, offset - lineStart + 1};
}

} // namespace

bool DesignReader::decode(const QByteArray &data, QString *text)
{
    Schema::Source &source = m_schema.source();
    const auto failAt = [this](const QString &message, std::pair<qint64, qint64> where) {
        return fail(message, where.first, where.second);
    };

    // A byte order mark, or "<?" in UTF-16 (XML 1.0, appendix F), says what the bytes are.
    struct Signature
    {
        QByteArrayView bytes;
        const char16_t *encoding;
        bool byteOrderMark;
    };
    static const Signature signatures[] = {
        {QByteArrayView("\xEF\xBB\xBF", 3), u"UTF-8", true},
        {QByteArrayView("\xFF\xFE\0\0", 4), u"UTF-32LE", true},
        {QByteArrayView("\0\0\xFE\xFF", 4), u"UTF-32BE", true},
        {QByteArrayView("\xFF\xFE", 2), u"UTF-16LE", true},
        {QByteArrayView("\xFE\xFF", 2), u"UTF-16BE", true},
        {QByteArrayView("<\0?\0", 4), u"UTF-16LE", false},
        {QByteArrayView("\0<\0?", 4), u"UTF-16BE", false},
    };
    QByteArrayView bytes = data;
    bool utf8Bom = false;
    for (const Signature &signature : signatures) {
        if (!data.startsWith(signature.bytes))
            continue;
        const TextEncoding encoding = TextEncoding::named(signature.encoding);
        if (encoding.isUtf8()) {
            // Checked below like any UTF-8, which reports the first bad byte's place.
            utf8Bom = true;
            bytes = bytes.sliced(signature.bytes.size());
            break;
        }
        source.encoding = encoding.name();
        source.byteOrderMark = signature.byteOrderMark;
        QStringDecoder decoder = encoding.decoder();
        *text = decoder.decode(
            QByteArrayView(data).sliced(signature.byteOrderMark ? signature.bytes.size() : 0));
        qsizetype bad = text->indexOf(QChar::ReplacementCharacter);
        if (!decoder.hasError())
            bad = firstUnpairedSurrogate(*text);
        if (bad >= 0) {
            return failAt(
                tr("The file is not valid %1.").arg(encoding.name()), lineAndColumn(*text, bad));
        }
        qsizetype at = 0;
        const QString declared = declaredEncoding(QStringView(*text).left(256), &at);
        if (!declared.isEmpty() && !encoding.matches(TextEncoding::named(declared))) {
            warn(signature.byteOrderMark
                    ? tr("The file declares the encoding \"%1\" but starts with a %2 byte "
                         "order mark; it is read, and written back, as %2.")
                          .arg(declared, encoding.name())
                    : tr("The file declares the encoding \"%1\" but is written in %2; it is "
                         "read, and written back, as %2.")
                          .arg(declared, encoding.name()),
                1);
        }
        return true;
    }

    qsizetype at = 0;
    const QString declared = declaredEncoding(
        QString::fromLatin1(bytes.first(std::min(bytes.size(), qsizetype(256)))), &at);
    const qint64 declarationColumn = at + 1;
    if (utf8Bom) {
        source.byteOrderMark = true;
        if (!declared.isEmpty() && !TextEncoding::utf8().matches(TextEncoding::named(declared))) {
            warn(tr("The file declares the encoding \"%1\" but starts with a %2 byte order "
                    "mark; it is read, and written back, as %2.")
                     .arg(declared, TextEncoding::utf8().name()),
                1);
        }
    }
    const TextEncoding encoding
        = declared.isEmpty() || utf8Bom ? TextEncoding::utf8() : TextEncoding::named(declared);
    if (!encoding.isValid()) {
        return fail(
            tr("The file's encoding \"%1\" is not supported; save it as UTF-8.").arg(declared), 1,
            declarationColumn);
    }
    if (!encoding.isAsciiCompatible()) {
        // Its declaration reads as single bytes, so the file cannot be in that encoding.
        return fail(tr("The file declares the encoding \"%1\", but its bytes are not %1: it has "
                       "no byte order mark and its XML declaration is written in single bytes. "
                       "Correct the declaration to the encoding the file is saved in.")
                        .arg(declared),
            1, declarationColumn);
    }
    source.encoding = encoding.name();

    const qsizetype invalidUtf8 = firstInvalidUtf8(bytes);
    if (encoding.isUtf8()) {
        if (invalidUtf8 >= 0) {
            const QByteArray before = bytes.first(invalidUtf8).toByteArray();
            const qsizetype lineStart = before.lastIndexOf('\n') + 1;
            const QString lineText = QString::fromUtf8(before.mid(lineStart));
            return fail(tr("The file is not valid UTF-8 (byte %1), and its XML declaration "
                           "names no other encoding. Save it as UTF-8, or declare the encoding "
                           "it is saved in, such as <?xml version=\"1.0\" "
                           "encoding=\"iso-8859-1\"?>.")
                            .arg(invalidUtf8),
                before.count('\n') + 1, lineText.size() + 1);
        }
        *text = QString::fromUtf8(bytes);
        return true;
    }

    // Text in UTF-8 under another declared encoding (a file converted without its
    // declaration, or saved twice by a tool that forgot the encoding): reading it as declared
    // would garble every accented letter, so it is refused where the first one is.
    qsizetype firstNonAscii = 0;
    while (firstNonAscii < bytes.size() && uchar(bytes.at(firstNonAscii)) < 0x80)
        ++firstNonAscii;
    if (firstNonAscii < bytes.size() && invalidUtf8 < 0) {
        const QString utf8 = QString::fromUtf8(bytes);
        const qsizetype offset = QString::fromUtf8(bytes.first(firstNonAscii)).size();
        // The word there, both ways (characters that do not print shown as "?").
        QString word = utf8.mid(offset, 12);
        for (qsizetype end = 0; end < word.size(); ++end) {
            if (word.at(end) == u'"' || word.at(end) == u'<' || word.at(end).isSpace()) {
                word.truncate(end);
                break;
            }
        }
        QStringDecoder decoder = encoding.decoder();
        QString asDeclared = decoder.decode(word.toUtf8());
        for (QChar &c : asDeclared) {
            if (!c.isPrint())
                c = u'?';
        }
        return failAt(tr("The file declares the encoding \"%1\", but its text is UTF-8: \"%2\" "
                         "would read as \"%3\". Correct the declaration to "
                         "encoding=\"utf-8\".")
                          .arg(declared, word, asDeclared),
            lineAndColumn(utf8, offset));
    }

    QStringDecoder decoder = encoding.decoder();
    *text = decoder.decode(bytes);
    if (decoder.hasError()) {
        qsizetype bad = text->indexOf(QChar::ReplacementCharacter);
        if (bad < 0)
            bad = text->indexOf(QChar(0x1A)); // ICU's substitute for bytes it cannot map
        return failAt(tr("The file is not valid %1, the encoding its XML declaration names.")
                          .arg(encoding.name()),
            lineAndColumn(*text, std::max(qsizetype(0), bad)));
    }
    return true;
}

bool DesignReader::read(const QByteArray &data)
{
    m_schema = Schema();
    m_warnings.clear();
    m_errorString.clear();
    m_rowElements.clear();
    m_tableByName.clear();

    QString text;
    if (!decode(data, &text))
        return false;

    XmlTree tree;
    if (!tree.parse(text))
        return fail(tree.errorString(), tree.errorLine(), tree.errorColumn());

    Schema::Source &source = m_schema.source();
    source.fromFile = true;
    const qsizetype newline = text.indexOf(u'\n');
    source.lineEnding = newline > 0 && text.at(newline - 1) == u'\r' ? QStringLiteral("\r\n")
                                                                     : QStringLiteral("\n");
    source.declaration = tree.declaration().toString();
    for (QStringView item : tree.prologue())
        source.prologue.append(item.toString());
    source.trailer = tree.trailer().toString();

    const int root = tree.root();
    const XmlTree::Node &rootNode = tree.node(root);
    source.rootAttributes = rootNode.attributes;

    const int datatypes = tree.firstDescendant(root, u"datatypes");
    const QList<int> tables = tree.descendants(root, u"table", u"table");
    if (rootNode.name != u"sql") {
        if (datatypes < 0 && tables.isEmpty())
            return fail(tr("This is not a WWW SQL Designer file: its root element is <%1>, "
                           "not <sql>, and it has no tables.")
                            .arg(rootNode.name),
                rootNode.line, rootNode.column);
        warn(tr("The root element is <%1>, not <sql>; it is written as <sql>.").arg(rootNode.name),
            rootNode.line);
    }

    if (datatypes >= 0) {
        QStringList problems;
        m_schema.setCatalogue(DatatypeCatalogueReader::read(tree, datatypes, &problems));
        source.catalogueFromFile = true;
        for (const QString &problem : std::as_const(problems))
            warn(problem, tree.node(datatypes).line);
        if (m_schema.catalogue().isEmpty())
            warn(tr("The datatype catalogue has no types (WWW SQL Designer cannot load such a "
                    "file)."),
                tree.node(datatypes).line);
    }

    for (int t : tables)
        readTable(tree, t);
    for (qsizetype i = m_schema.tables().size() - 1; i >= 0; --i)
        m_tableByName.insert(m_schema.tables().at(i).name, i);
    readRelations(tree);
    resolveInheritance(tables, tree);
    readAnnotations(tree);

    // Children of <sql> from other tools, kept as they are. Wrappers around tables are dropped:
    // the designer finds tables at any depth, and so does Schemata.
    for (int child : tree.childElements(root)) {
        const QString &name = tree.node(child).name;
        if (name == u"table" || name == u"datatypes" || name == u"note" || name == u"area")
            continue;
        if (tree.hasDescendant(child, u"table") || tree.hasDescendant(child, u"datatypes")) {
            warn(tr("The element <%1> around tables is not kept; its tables are.").arg(name),
                tree.node(child).line);
            continue;
        }
        source.rootElements.append(tree.sourceOf(child).toString());
    }

    QSet<QString> tableNames;
    for (const Table &t : m_schema.tables()) {
        if (tableNames.contains(t.name))
            warn(tr("Two tables are named \"%1\"; relations and lookups by name reach the first.")
                     .arg(t.name),
                0, t.name);
        tableNames.insert(t.name);
    }
    return true;
}

const Table *DesignReader::tableByName(const QString &name) const
{
    const auto it = m_tableByName.constFind(name);
    return it == m_tableByName.cend() ? nullptr : &m_schema.tables().at(*it);
}

void DesignReader::readTable(const XmlTree &tree, int element)
{
    const XmlTree::Node &node = tree.node(element);
    Table &table = m_schema.addTable(node.attribute(u"name"));
    table.source.fromFile = true;
    table.source.x = node.attribute(u"x");
    table.source.y = node.attribute(u"y");
    table.position = QPointF(parseJsInt(table.source.x), parseJsInt(table.source.y));
    table.source.loadedPosition = table.position;
    if (table.name.isEmpty())
        warn(tr("A table has no name."), node.line);

    for (const XmlAttribute &a : node.attributes) {
        if (a.name == u"x" || a.name == u"y" || a.name == u"name")
            continue;
        if (a.name == TableInherits) {
            table.inheritance.parentName = a.value;
        } else if (a.name == TableInheritance) {
            if (a.value == u"joined") {
                table.inheritance.kind = Inheritance::Kind::Joined;
            } else if (a.value == u"single") {
                table.inheritance.kind = Inheritance::Kind::Single;
            } else {
                warn(tr("Unknown inheritance kind \"%1\"; kept as written.").arg(a.value),
                    node.line, table.name);
                table.extraAttributes.append(a);
            }
        } else if (a.name == TableDiscriminator) {
            table.inheritance.discriminatorName = a.value;
        } else if (a.name == TableIdentity) {
            table.inheritance.identity = a.value;
        } else if (a.name == u"pinned" && a.value == u"1") {
            table.pinned = true;
        } else {
            table.extraAttributes.append(a);
        }
    }

    const QList<int> rows = tree.descendants(element, u"row", u"table");
    m_rowElements.append(rows);
    QSet<QString> columnNames;
    for (int row : rows) {
        readColumn(tree, row, table);
        const QString &name = table.columns.constLast().name;
        if (columnNames.contains(name))
            warn(tr("Two columns are named \"%1\"; relations and keys reach the first.").arg(name),
                tree.node(row).line, table.name, name);
        columnNames.insert(name);
    }
    // The table's keys first, then those written inside rows, so that a row's PRIMARY joins
    // a table-level primary key.
    QList<std::pair<int, qsizetype>> rowKeys;
    for (int key : tree.descendants(element, u"key", u"table")) {
        const int row = enclosingRow(tree, key, element);
        if (row >= 0 && !rowKeyType(tree, key).isEmpty())
            rowKeys.append({key, rows.indexOf(row)});
        else
            readKey(tree, key, table);
    }
    for (const auto &[key, columnIndex] : std::as_const(rowKeys))
        readRowKey(tree, key, rowKeyType(tree, key), table, columnIndex);

    int comment = -1;
    for (int child : tree.childElements(element)) {
        const XmlTree::Node &c = tree.node(child);
        if (c.name == u"comment") {
            if (!tree.text(child).isEmpty())
                comment = child; // the last one wins, as in the designer
        } else if (c.name != u"row" && c.name != u"key") {
            if (tree.hasDescendant(child, u"row") || tree.hasDescendant(child, u"key")) {
                warn(tr("The element <%1> around columns or keys is not kept; its content is.")
                         .arg(c.name),
                    c.line, table.name);
            } else if (c.name == Renamed) {
                readFormerName(tree, child, table.name, &table.formerNames, table.name, {});
            } else {
                table.extraElements.append(tree.sourceOf(child).toString());
            }
        }
    }
    if (comment >= 0)
        table.comment = tree.text(comment);
}

void DesignReader::readColumn(const XmlTree &tree, int element, Table &table)
{
    const XmlTree::Node &node = tree.node(element);
    Column &column = m_schema.addColumn(table, node.attribute(u"name"), {});
    column.source.fromFile = true;
    column.nullable = node.attribute(u"null") == u"1";
    column.autoIncrement = node.attribute(u"autoincrement") == u"1";
    for (const XmlAttribute &a : node.attributes) {
        if (a.name != u"name" && a.name != u"null" && a.name != u"autoincrement")
            column.extraAttributes.append(a);
    }
    if (column.name.isEmpty())
        warn(tr("A column has no name."), node.line, table.name);

    const int datatype = tree.firstDescendant(element, u"datatype");
    if (datatype >= 0)
        column.datatype = tree.text(datatype);
    const QString typeName = column.typeName();
    const DatatypeCatalogue &catalogue = m_schema.catalogue();
    if (column.datatype.isEmpty()) {
        warn(tr("The column has no datatype; WWW SQL Designer shows the catalogue's first type."),
            node.line, table.name, column.name);
    } else if (typeName.isEmpty()) {
        warn(tr("The datatype \"%1\" has no name before its size; WWW SQL Designer cannot load "
                "this file. Kept as written.")
                 .arg(column.datatype),
            node.line, table.name, column.name);
    } else if (!catalogue.isEmpty() && catalogue.resolve(typeName) < 0) {
        warn(tr("The datatype \"%1\" is not in the design's catalogue (%2); kept as written, "
                "where WWW SQL Designer would show \"%3\".")
                 .arg(typeName, catalogue.db(), catalogue.types().constFirst().sql),
            node.line, table.name, column.name);
    }

    // Defaults follow the designer's Row.fromXML and Row.update (format doc, section 6).
    std::optional<QString> defaultText;
    const int defaultElement = tree.firstDescendant(element, u"default");
    if (defaultElement >= 0) {
        QString text = tree.text(defaultElement);
        if (!text.isEmpty())
            defaultText = text;
    }
    DefaultValue value = DefaultValue::null();
    if (defaultText) {
        const QString unquoted = stripQuotes(*defaultText, catalogue.quoteFor(typeName));
        if (column.nullable && unquoted.compare(u"null", Qt::CaseInsensitive) == 0)
            value = DefaultValue::null();
        else
            value = unquoted.isEmpty() ? DefaultValue::none() : DefaultValue::text(unquoted);
    }
    if (!column.nullable && value.isNull())
        value = DefaultValue::none();
    column.defaultValue = value;
    column.source.defaultText = defaultText;
    column.source.loadedDefault = value;

    int comment = -1;
    for (int c : tree.descendants(element, u"comment")) {
        if (!tree.text(c).isEmpty()) {
            comment = c;
            break;
        }
    }
    if (comment >= 0)
        column.comment = tree.text(comment);

    for (int child : tree.childElements(element)) {
        const QString &name = tree.node(child).name;
        if (name == u"datatype" || name == u"default" || name == u"relation" || name == u"comment")
            continue;
        // Rows and keys inside a row belong to the table (the designer finds them at any
        // depth); they were read as such and are written there, not here again.
        if (name == u"key" && !rowKeyType(tree, child).isEmpty())
            continue; // the row's own key, read by readRowKey()
        if (name == u"row" || name == u"key" || tree.hasDescendant(child, u"row")
            || tree.hasDescendant(child, u"key")) {
            warn(tr("The element <%1> inside the column is moved to the table.").arg(name),
                tree.node(child).line, table.name, column.name);
            continue;
        }
        if (name == Renamed) {
            readFormerName(tree, child, column.name, &column.formerNames, table.name, column.name);
            continue;
        }
        column.extraElements.append(tree.sourceOf(child).toString());
    }
}

void DesignReader::readFormerName(const XmlTree &tree, int element, const QString &currentName,
    QStringList *formerNames, const QString &table, const QString &column)
{
    const XmlTree::Node &node = tree.node(element);
    const QString name = node.attribute(u"from");
    if (name.isEmpty()) {
        warnAt(tr("<renamed> names no earlier name in its \"from\" attribute; it is ignored."),
            node.line, node.tagColumn, table, column);
        return;
    }
    if (name == currentName || formerNames->contains(name)) {
        warnAt(tr("<renamed from=\"%1\"> repeats the current name or an earlier one; it is "
                  "ignored.")
                   .arg(name),
            node.line, node.tagColumn, table, column);
        return;
    }
    if (node.firstChild >= 0 || node.attributes.size() > 1) {
        warnAt(tr("<renamed from=\"%1\"> has other attributes or content; only the earlier "
                  "name is kept.")
                   .arg(name),
            node.line, node.tagColumn, table, column);
    }
    formerNames->append(name);
}

void DesignReader::readKey(const XmlTree &tree, int element, Table &table)
{
    const XmlTree::Node &node = tree.node(element);
    Key key;
    key.id = m_schema.newId();
    const QString type = node.attribute(u"type");
    key.type = type.isEmpty() ? Key::Index : type;
    key.name = node.attribute(u"name");
    for (const XmlAttribute &a : node.attributes) {
        if (a.name != u"type" && a.name != u"name")
            key.extraAttributes.append(a);
    }
    for (int part : tree.descendants(element, u"part")) {
        const QString name = tree.text(part);
        if (name.isEmpty()) {
            warn(tr("An empty <part> of a %1 key is ignored (WWW SQL Designer stops loading "
                    "the file there).")
                     .arg(key.type),
                tree.node(part).line, table.name);
            continue;
        }
        const Column *column = table.columnByName(name);
        if (!column) {
            warn(tr("A %1 key names the column \"%2\", which does not exist; kept as written.")
                     .arg(key.type, name),
                tree.node(part).line, table.name, name);
        }
        key.parts.append({column ? column->id : NoObject, column ? QString() : name});
    }
    table.keys.append(key);
}

void DesignReader::readRowKey(
    const XmlTree &tree, int element, const QString &type, Table &table, qsizetype columnIndex)
{
    const XmlTree::Node &node = tree.node(element);
    const Column &column = table.columns.at(columnIndex);
    const QString upper = type.toUpper();
    if (upper != Key::Primary && upper != Key::Unique && upper != Key::Index
        && upper != Key::Fulltext) {
        warnAt(tr("<key>%1</key> inside the column is not a key type (PRIMARY, UNIQUE, INDEX "
                  "or FULLTEXT); it is ignored.")
                   .arg(type),
            node.line, node.tagColumn, table.name, column.name);
        return;
    }
    // One primary key per table: PRIMARY on several rows makes a composite key over them, in
    // row order, and joins a primary key the table declares itself. Each UNIQUE, INDEX or
    // FULLTEXT row gets a key of its own.
    Key *key = nullptr;
    for (Key &k : table.keys) {
        if (k.type != upper)
            continue;
        if (upper == Key::Primary
            || (k.parts.size() == 1 && k.parts.constFirst().column == column.id)) {
            key = &k;
            break;
        }
    }
    if (!key) {
        Key created;
        created.id = m_schema.newId();
        created.type = upper;
        created.name = node.attribute(u"name");
        if (upper == Key::Primary)
            table.keys.prepend(created);
        else
            table.keys.append(created);
        key = upper == Key::Primary ? &table.keys.first() : &table.keys.last();
    }
    if (!key->contains(column.id))
        key->parts.append(KeyPart {column.id, {}});
    warnAt(tr("<key>%1</key> inside the column is read as a %2 key of the table on this "
              "column; it is saved as a table-level <key type=\"%2\">.")
               .arg(type, upper),
        node.line, node.tagColumn, table.name, column.name);
}

void DesignReader::readRelations(const XmlTree &tree)
{
    QList<Table> &tables = m_schema.tables();
    for (qsizetype t = 0; t < tables.size(); ++t) {
        Table &table = tables[t];
        // Composite foreign keys: relations of one table tied by the same `group`.
        QHash<QString, qsizetype> groups;
        const QList<int> &rows = m_rowElements.at(t);
        for (qsizetype r = 0; r < rows.size(); ++r) {
            const Column &column = table.columns.at(r);
            for (int relation : tree.childElements(rows.at(r))) {
                const XmlTree::Node &node = tree.node(relation);
                if (node.name != u"relation")
                    continue;
                const QString targetTableName = node.attribute(u"table");
                const QString targetColumnName = node.attribute(u"row");
                const Table *target = tableByName(targetTableName);
                const Column *targetColumn
                    = target ? target->columnByName(targetColumnName) : nullptr;
                if (!target) {
                    warn(tr("The relation points to table \"%1\", which does not exist; kept as "
                            "written.")
                             .arg(targetTableName),
                        node.line, table.name, column.name);
                } else if (!targetColumn) {
                    warn(tr("The relation points to column \"%1\" of table \"%2\", which does not "
                            "exist; kept as written.")
                             .arg(targetColumnName, targetTableName),
                        node.line, table.name, column.name);
                }

                ForeignKeyPart part;
                part.column = column.id;
                part.referencedColumn = targetColumn ? targetColumn->id : NoObject;
                part.referencedColumnName = targetColumn ? QString() : targetColumnName;
                QString name, group;
                ReferentialAction onDelete = ReferentialAction::Unspecified;
                ReferentialAction onUpdate = ReferentialAction::Unspecified;
                for (const XmlAttribute &a : node.attributes) {
                    if (a.name == u"table" || a.name == u"row")
                        continue;
                    if (a.name == RelationName) {
                        name = a.value;
                    } else if (a.name == RelationGroup) {
                        group = a.value;
                    } else if (a.name == RelationOnDelete || a.name == RelationOnUpdate) {
                        const auto action = referentialActionFromSql(a.value);
                        if (!action) {
                            warn(tr("Unknown referential action \"%1\"; kept as written.")
                                     .arg(a.value),
                                node.line, table.name, column.name);
                            part.extraAttributes.append(a);
                        } else if (a.name == RelationOnDelete) {
                            onDelete = *action;
                        } else {
                            onUpdate = *action;
                        }
                    } else {
                        part.extraAttributes.append(a);
                    }
                }

                const QString groupKey
                    = group.isEmpty() ? QString() : group + QChar(0) + targetTableName;
                if (!groupKey.isEmpty() && groups.contains(groupKey)) {
                    table.foreignKeys[groups.value(groupKey)].parts.append(part);
                    continue;
                }
                ForeignKey fk;
                fk.id = m_schema.newId();
                fk.name = name;
                fk.referencedTable = target ? target->id : NoObject;
                fk.referencedTableName = target ? QString() : targetTableName;
                fk.onDelete = onDelete;
                fk.onUpdate = onUpdate;
                fk.parts.append(part);
                if (!groupKey.isEmpty())
                    groups.insert(groupKey, table.foreignKeys.size());
                table.foreignKeys.append(fk);
            }
        }
    }
}

void DesignReader::resolveInheritance(const QList<int> &tableElements, const XmlTree &tree)
{
    QList<Table> &tables = m_schema.tables();
    for (qsizetype t = 0; t < tables.size(); ++t) {
        Table &table = tables[t];
        Inheritance &inheritance = table.inheritance;
        const qint64 line = tree.node(tableElements.at(t)).line;
        if (!inheritance.parentName.isEmpty()) {
            if (const Table *parent = tableByName(inheritance.parentName)) {
                inheritance.parent = parent->id;
                inheritance.parentName.clear();
            } else {
                warn(tr("The table inherits from \"%1\", which does not exist; kept as written.")
                         .arg(inheritance.parentName),
                    line, table.name);
            }
        }
        if (!inheritance.discriminatorName.isEmpty()) {
            if (const Column *c = table.columnByName(inheritance.discriminatorName)) {
                inheritance.discriminator = c->id;
                inheritance.discriminatorName.clear();
            } else {
                warn(tr("The discriminator column \"%1\" does not exist; kept as written.")
                         .arg(inheritance.discriminatorName),
                    line, table.name);
            }
        }
    }
}

void DesignReader::readAnnotations(const XmlTree &tree)
{
    const auto number = [](const XmlTree::Node &node, QStringView name) {
        return node.attribute(name).toDouble();
    };
    for (int child : tree.childElements(tree.root())) {
        const XmlTree::Node &node = tree.node(child);
        const QRectF geometry(number(node, u"x"), number(node, u"y"), number(node, u"width"),
            number(node, u"height"));
        if (node.name == u"note") {
            m_schema.notes().append(
                {m_schema.newId(), geometry, tree.text(child), node.attribute(u"color")});
        } else if (node.name == u"area") {
            m_schema.areas().append(
                {m_schema.newId(), geometry, node.attribute(u"title"), node.attribute(u"color")});
        }
    }
}
