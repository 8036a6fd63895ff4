#include "xmltree.h"

#include <QXmlStreamReader>

QString XmlTree::Node::attribute(QStringView attributeName) const
{
    for (const XmlAttribute &a : attributes) {
        if (a.name == attributeName)
            return a.value;
    }
    return {};
}

bool XmlTree::Node::hasAttribute(QStringView attributeName) const
{
    for (const XmlAttribute &a : attributes) {
        if (a.name == attributeName)
            return true;
    }
    return false;
}

namespace {

// Element and attribute names of design files, shared instead of allocated per occurrence.
QString internedName(QStringView name)
{
    static const QString known[] = {
        QStringLiteral("row"),
        QStringLiteral("datatype"),
        QStringLiteral("default"),
        QStringLiteral("name"),
        QStringLiteral("null"),
        QStringLiteral("autoincrement"),
        QStringLiteral("relation"),
        QStringLiteral("table"),
        QStringLiteral("comment"),
        QStringLiteral("key"),
        QStringLiteral("part"),
        QStringLiteral("type"),
        QStringLiteral("x"),
        QStringLiteral("y"),
        QStringLiteral("label"),
        QStringLiteral("sql"),
        QStringLiteral("quote"),
        QStringLiteral("length"),
        QStringLiteral("re"),
        QStringLiteral("color"),
        QStringLiteral("group"),
        QStringLiteral("datatypes"),
        QStringLiteral("sql"),
        QStringLiteral("db"),
    };
    for (const QString &k : known) {
        if (k == name)
            return k;
    }
    return name.toString();
}

bool isXmlWhitespace(QStringView text)
{
    for (QChar c : text) {
        if (c != u' ' && c != u'\n' && c != u'\t' && c != u'\r')
            return false;
    }
    return true;
}

} // namespace

bool XmlTree::fail(const QString &message, qint64 line, qint64 column)
{
    m_errorString = message;
    m_errorLine = line;
    m_errorColumn = column;
    m_nodes.clear();
    m_root = -1;
    return false;
}

int XmlTree::addNode(Node &&node, int parent)
{
    const int index = int(m_nodes.size());
    node.parent = parent;
    m_nodes.append(std::move(node));
    if (parent >= 0) {
        Node &p = m_nodes[parent];
        if (p.lastChild >= 0)
            m_nodes[p.lastChild].nextSibling = index;
        else
            p.firstChild = index;
        p.lastChild = index;
    }
    return index;
}

bool XmlTree::parse(const QString &source, int maxDepth)
{
    m_source = source;
    m_nodes.clear();
    // At most one element or text node per "<" (every element has a start tag).
    m_nodes.reserve(source.count(u'<') + 1);
    m_prologue.clear();
    m_root = -1;
    m_rootEnd = -1;
    m_declarationBegin = m_declarationEnd = -1;
    m_errorString.clear();

    QXmlStreamReader reader(m_source);
    reader.setNamespaceProcessing(false);
    int current = -1;
    int depth = 0;
    // Whitespace between elements carries no meaning; it is kept only when it turns out to be
    // an element's whole content (a comment of spaces, say).
    QString pendingWhitespace;
    const auto flushWhitespace = [&] {
        if (!pendingWhitespace.isEmpty() && current >= 0) {
            Node node;
            node.text = pendingWhitespace;
            addNode(std::move(node), current);
        }
        pendingWhitespace.clear();
    };
    while (!reader.atEnd()) {
        const qsizetype tokenBegin = reader.characterOffset();
        const auto token = reader.readNext();
        switch (token) {
        case QXmlStreamReader::StartDocument:
            m_declarationBegin = tokenBegin;
            m_declarationEnd = reader.characterOffset();
            break;
        case QXmlStreamReader::DTD:
            return fail(tr("Document type declarations are not allowed in design files "
                           "(they could expand entities)."),
                reader.lineNumber(), reader.columnNumber());
        case QXmlStreamReader::StartElement: {
            if (++depth > maxDepth) {
                return fail(tr("Elements are nested more than %1 levels deep.").arg(maxDepth),
                    reader.lineNumber(), reader.columnNumber());
            }
            pendingWhitespace.clear();
            Node node;
            node.name = internedName(reader.qualifiedName());
            const QXmlStreamAttributes attributes = reader.attributes();
            node.attributes.reserve(attributes.size());
            for (const QXmlStreamAttribute &a : attributes)
                node.attributes.append({internedName(a.qualifiedName()), a.value().toString()});
            // The reader has consumed the start tag's "<" with the previous token; the tag
            // ends exactly at the offset, and "<" cannot occur inside it.
            node.begin = m_source.lastIndexOf(u'<', reader.characterOffset() - 1);
            node.line = reader.lineNumber();
            node.column = reader.columnNumber();
            const QStringView tag
                = QStringView(m_source).mid(node.begin, reader.characterOffset() - node.begin);
            node.tagColumn = tag.contains(u'\n')
                ? node.begin - m_source.lastIndexOf(u'\n', node.begin - 1)
                : node.column - tag.size() + 1;
            current = addNode(std::move(node), current);
            if (m_root < 0)
                m_root = current;
            break;
        }
        case QXmlStreamReader::EndElement:
            if (m_nodes.at(current).firstChild < 0)
                flushWhitespace();
            pendingWhitespace.clear();
            --depth;
            m_nodes[current].end = reader.characterOffset();
            if (current == m_root)
                m_rootEnd = m_nodes[current].end;
            current = m_nodes.at(current).parent;
            break;
        case QXmlStreamReader::Characters:
            if (current >= 0) {
                if (!reader.isCDATA() && isXmlWhitespace(reader.text())) {
                    pendingWhitespace += reader.text();
                    break;
                }
                flushWhitespace();
                Node node;
                node.text = reader.text().toString();
                addNode(std::move(node), current);
            }
            break;
        case QXmlStreamReader::Comment:
        case QXmlStreamReader::ProcessingInstruction:
            if (m_root < 0) {
                const qsizetype end = reader.characterOffset();
                const qsizetype begin = m_source.lastIndexOf(
                    token == QXmlStreamReader::Comment ? QStringView(u"<!--") : QStringView(u"<?"),
                    end - 1);
                m_prologue.append(QStringView(m_source).mid(begin, end - begin));
            }
            break;
        case QXmlStreamReader::EntityReference:
            return fail(tr("Unknown entity \"&%1;\".").arg(reader.name()), reader.lineNumber(),
                reader.columnNumber());
        case QXmlStreamReader::Invalid:
        case QXmlStreamReader::NoToken:
        case QXmlStreamReader::EndDocument:
            break;
        }
    }
    if (reader.hasError())
        return fail(reader.errorString(), reader.lineNumber(), reader.columnNumber());
    if (m_root < 0)
        return fail(
            tr("The file contains no XML element."), reader.lineNumber(), reader.columnNumber());
    return true;
}

QStringView XmlTree::sourceOf(int element) const
{
    const Node &n = m_nodes.at(element);
    return QStringView(m_source).mid(n.begin, n.end - n.begin);
}

QList<int> XmlTree::childElements(int element) const
{
    QList<int> result;
    for (int c = m_nodes.at(element).firstChild; c >= 0; c = m_nodes.at(c).nextSibling) {
        if (m_nodes.at(c).isElement())
            result.append(c);
    }
    return result;
}

QList<int> XmlTree::descendants(int element, QStringView name, QStringView stopAt) const
{
    QList<int> result;
    // Pre-order walk without recursion: go down to the first child, else to the next sibling,
    // else up until an ancestor has a next sibling.
    int n = m_nodes.at(element).firstChild;
    while (n >= 0) {
        const Node &node = m_nodes.at(n);
        bool enter = node.firstChild >= 0;
        if (node.isElement()) {
            if (node.name == name)
                result.append(n);
            if (!stopAt.isEmpty() && node.name == stopAt)
                enter = false;
        }
        if (enter) {
            n = node.firstChild;
            continue;
        }
        while (n >= 0 && n != element && m_nodes.at(n).nextSibling < 0)
            n = m_nodes.at(n).parent;
        if (n < 0 || n == element)
            break;
        n = m_nodes.at(n).nextSibling;
    }
    return result;
}

int XmlTree::firstDescendant(int element, QStringView name) const
{
    const QList<int> all = descendants(element, name);
    return all.isEmpty() ? -1 : all.first();
}

bool XmlTree::hasDescendant(int element, QStringView name) const
{
    return firstDescendant(element, name) >= 0;
}

QString XmlTree::text(int element) const
{
    const Node &e = m_nodes.at(element);
    // The common case, one text child, without building a new string.
    if (e.firstChild >= 0 && e.firstChild == e.lastChild && !m_nodes.at(e.firstChild).isElement())
        return m_nodes.at(e.firstChild).text;
    QString result;
    int n = e.firstChild;
    while (n >= 0) {
        const Node &node = m_nodes.at(n);
        if (!node.isElement())
            result += node.text;
        if (node.firstChild >= 0) {
            n = node.firstChild;
            continue;
        }
        while (n >= 0 && n != element && m_nodes.at(n).nextSibling < 0)
            n = m_nodes.at(n).parent;
        if (n < 0 || n == element)
            break;
        n = m_nodes.at(n).nextSibling;
    }
    return result;
}

QString XmlTree::firstChildText(int element) const
{
    const int first = m_nodes.at(element).firstChild;
    if (first < 0 || m_nodes.at(first).isElement())
        return {};
    return m_nodes.at(first).text;
}

QStringView XmlTree::declaration() const
{
    if (m_declarationBegin < 0 || m_declarationEnd <= m_declarationBegin)
        return {};
    return QStringView(m_source).mid(m_declarationBegin, m_declarationEnd - m_declarationBegin);
}

QStringView XmlTree::trailer() const
{
    if (m_rootEnd < 0)
        return {};
    return QStringView(m_source).mid(m_rootEnd);
}
