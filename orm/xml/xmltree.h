#pragma once

#include "schema/xmlattribute.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// A read-only, namespace-unaware XML tree kept in one flat array, so that neither building nor
// destroying it recurses. It remembers where each element stands in the source text, so that
// parts Schemata does not interpret (the datatype catalogue, other tools' elements) can be
// written back verbatim. DTDs are refused (no entity is ever expanded) and nesting is limited,
// so a hostile or broken file is refused quickly instead of hanging or crashing.
class XmlTree
{
    Q_DECLARE_TR_FUNCTIONS(XmlTree)

public:
    struct Node
    {
        QString name; // element name; empty for a text node
        QString text; // text node content (entities resolved, CDATA included)
        XmlAttributes attributes;
        int parent = -1;
        int firstChild = -1;
        int lastChild = -1;
        int nextSibling = -1;
        qsizetype begin = 0; // offsets into the source text
        qsizetype end = 0;
        qint64 line = 0; // where the start tag ends
        qint64 column = 0;
        qint64 tagColumn = 0; // 1-based column where the start tag begins

        bool isElement() const { return !name.isEmpty(); }
        QString attribute(QStringView attributeName) const;
        bool hasAttribute(QStringView attributeName) const;
    };

    static constexpr int DefaultMaxDepth = 256;

    bool parse(const QString &source, int maxDepth = DefaultMaxDepth);

    QString errorString() const { return m_errorString; }
    qint64 errorLine() const { return m_errorLine; }
    qint64 errorColumn() const { return m_errorColumn; }

    int root() const { return m_root; }
    const Node &node(int index) const { return m_nodes.at(index); }
    QStringView source() const { return m_source; }
    QStringView sourceOf(int element) const;

    QList<int> childElements(int element) const;
    // Descendant elements with this name in document order, as getElementsByTagName finds them.
    // Elements named stopAt are not entered (but returned if they match).
    QList<int> descendants(int element, QStringView name, QStringView stopAt = {}) const;
    int firstDescendant(int element, QStringView name) const;
    bool hasDescendant(int element, QStringView name) const;
    // Concatenated text of all descendant text nodes.
    QString text(int element) const;
    // Text of the first child node if it is text, as the designer's firstChild.nodeValue reads.
    QString firstChildText(int element) const;

    // Source slices before the root element: the XML declaration and the comments and
    // processing instructions between it and the root.
    QStringView declaration() const;
    const QList<QStringView> &prologue() const { return m_prologue; }
    // Everything after the root element's end tag.
    QStringView trailer() const;

private:
    int addNode(Node &&node, int parent);
    bool fail(const QString &message, qint64 line, qint64 column);

    QString m_source;
    QList<Node> m_nodes;
    int m_root = -1;
    qsizetype m_declarationBegin = -1;
    qsizetype m_declarationEnd = -1;
    QList<QStringView> m_prologue;
    qsizetype m_rootEnd = -1;
    QString m_errorString;
    qint64 m_errorLine = 0;
    qint64 m_errorColumn = 0;
};

Q_DECLARE_TYPEINFO(XmlTree::Node, Q_RELOCATABLE_TYPE);
