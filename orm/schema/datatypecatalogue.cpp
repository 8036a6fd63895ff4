#include "datatypecatalogue.h"

#include "xml/xmltree.h"

#include <QDir>
#include <QFile>

DatatypeCatalogue DatatypeCatalogue::fromTree(
    const XmlTree &tree, int element, QStringList *problems)
{
    DatatypeCatalogue catalogue;
    catalogue.m_db = tree.node(element).attribute(u"db");
    catalogue.m_xml = tree.sourceOf(element).toString();

    const QList<int> groupNodes = tree.descendants(element, u"group");
    QHash<int, int> groupIndex;
    for (int g : groupNodes) {
        const XmlTree::Node &node = tree.node(g);
        groupIndex.insert(g, int(catalogue.m_groups.size()));
        catalogue.m_groups.append(
            {node.attribute(u"label"), node.attribute(u"color"), node.attributes});
    }

    for (int t : tree.descendants(element, u"type")) {
        const XmlTree::Node &node = tree.node(t);
        Datatype type;
        type.label = node.attribute(u"label");
        type.sql = node.attribute(u"sql");
        type.re = node.attribute(u"re");
        if (node.hasAttribute(u"quote"))
            type.quote = node.attribute(u"quote");
        type.fk = node.attribute(u"fk");
        type.color = node.attribute(u"color");
        type.note = node.attribute(u"note");
        type.takesSize = node.attribute(u"length") == u"1";
        type.attributes = node.attributes;
        for (int p = node.parent; p >= 0 && p != element; p = tree.node(p).parent) {
            if (groupIndex.contains(p)) {
                type.group = groupIndex.value(p);
                break;
            }
        }
        QRegularExpression pattern;
        if (!type.re.isEmpty()) {
            pattern.setPattern(type.re);
            if (!pattern.isValid() && problems) {
                problems->append(tr("Datatype \"%1\": its pattern \"%2\" is not a valid regular "
                                    "expression; only its exact name matches.")
                                     .arg(type.label, type.re));
            }
        }
        if (!type.quote && problems) {
            problems->append(tr("Datatype \"%1\" has no quote attribute; WWW SQL Designer "
                                "would write \"null\" around its defaults, Schemata writes "
                                "them without quotes.")
                                 .arg(type.label));
        }
        catalogue.m_patterns.append(pattern);
        catalogue.m_types.append(type);
    }
    return catalogue;
}

QStringList DatatypeCatalogue::bundledNames()
{
    QStringList names = QDir(QStringLiteral(":/schemata/datatypes"))
                            .entryList({QStringLiteral("*.xml")}, QDir::Files, QDir::Name);
    for (QString &name : names)
        name.chop(4);
    return names;
}

DatatypeCatalogue DatatypeCatalogue::bundled(const QString &db)
{
    QFile file(QStringLiteral(":/schemata/datatypes/%1.xml").arg(db));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    XmlTree tree;
    if (!tree.parse(QString::fromUtf8(file.readAll())))
        return {};
    const int root = tree.root();
    const int element
        = tree.node(root).name == u"datatypes" ? root : tree.firstDescendant(root, u"datatypes");
    if (element < 0)
        return {};
    return fromTree(tree, element, nullptr);
}

int DatatypeCatalogue::resolve(const QString &typeName) const
{
    const auto cached = m_resolved.constFind(typeName);
    if (cached != m_resolved.cend())
        return *cached;
    int result = -1;
    for (int i = 0; i < m_types.size(); ++i) {
        const Datatype &type = m_types.at(i);
        if (type.sql == typeName
            || (m_patterns.at(i).isValid() && !type.re.isEmpty()
                && m_patterns.at(i).match(typeName).hasMatch()))
            result = i; // the last match wins, as in the designer
    }
    m_resolved.insert(typeName, result);
    return result;
}

QString DatatypeCatalogue::quoteFor(const QString &typeName) const
{
    if (m_types.isEmpty())
        return {};
    const int index = resolve(typeName);
    return m_types.at(index < 0 ? 0 : index).quote.value_or(QString());
}

int DatatypeCatalogue::indexOfLabel(const QString &label) const
{
    for (int i = 0; i < m_types.size(); ++i) {
        if (m_types.at(i).label == label)
            return i;
    }
    return -1;
}

QString DatatypeCatalogue::colorFor(int typeIndex) const
{
    if (typeIndex < 0 || typeIndex >= m_types.size())
        return QStringLiteral("#fff");
    const Datatype &type = m_types.at(typeIndex);
    if (!type.color.isEmpty())
        return type.color;
    if (type.group >= 0 && !m_groups.at(type.group).color.isEmpty())
        return m_groups.at(type.group).color;
    return QStringLiteral("#fff");
}
