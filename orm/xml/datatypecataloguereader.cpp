#include "datatypecataloguereader.h"

#include "xmltree.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>

namespace DatatypeCatalogueReader {

DatatypeCatalogue read(const XmlTree &tree, int element, QStringList *problems)
{
    QList<DatatypeGroup> groups;
    QHash<int, int> groupIndex;
    for (int g : tree.descendants(element, u"group")) {
        const XmlTree::Node &node = tree.node(g);
        groupIndex.insert(g, int(groups.size()));
        groups.append({node.attribute(u"label"), node.attribute(u"color"), node.attributes});
    }

    QList<Datatype> types;
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
        if (problems && !type.re.isEmpty() && !QRegularExpression(type.re).isValid()) {
            // The messages keep the translation context they had in DatatypeCatalogue.
            problems->append(QCoreApplication::translate("DatatypeCatalogue",
                "Datatype \"%1\": its pattern \"%2\" is not a valid regular expression; only "
                "its exact name matches.")
                                 .arg(type.label, type.re));
        }
        if (!type.quote && problems) {
            problems->append(QCoreApplication::translate("DatatypeCatalogue",
                "Datatype \"%1\" has no quote attribute; WWW SQL Designer would write \"null\" "
                "around its defaults, Schemata writes them without quotes.")
                                 .arg(type.label));
        }
        types.append(type);
    }
    return DatatypeCatalogue(
        tree.node(element).attribute(u"db"), groups, types, tree.sourceOf(element).toString());
}

QStringList bundledNames()
{
    QStringList names = QDir(QStringLiteral(":/schemata/datatypes"))
                            .entryList({QStringLiteral("*.xml")}, QDir::Files, QDir::Name);
    for (QString &name : names)
        name.chop(4);
    return names;
}

DatatypeCatalogue bundled(const QString &db)
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
    return read(tree, element, nullptr);
}

} // namespace DatatypeCatalogueReader
