#pragma once

#include "xmlattribute.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QStringList>

#include <optional>

class XmlTree;

// One <type> of a catalogue.
struct Datatype
{
    QString label;
    QString sql; // written into <datatype>
    QString re; // JavaScript regular expression matched against type names on load
    std::optional<QString> quote; // wrapped around defaults; nullopt when the attribute is missing
    QString fk; // label of the type a referencing column gets (PostgreSQL SERIAL -> Integer)
    QString color;
    QString note;
    bool takesSize = false; // the `length` attribute
    int group = -1; // index into DatatypeCatalogue::groups()
    XmlAttributes attributes; // every attribute as written, in order
};

struct DatatypeGroup
{
    QString label;
    QString color;
    XmlAttributes attributes;
};

// The datatype catalogue a design embeds (<datatypes db="...">). Types are resolved from the
// text of a column's <datatype> with the designer's rules (exact `sql` match or `re` match,
// the last match wins). The catalogue's XML is kept verbatim, because the designer writes it
// back as it was loaded, and files must not change on a save without edits.
class DatatypeCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(DatatypeCatalogue)

public:
    DatatypeCatalogue() = default;

    // Reads the <datatypes> element `element` of `tree`; problems (a type without a quote
    // attribute, an invalid regular expression) are appended to `problems`.
    static DatatypeCatalogue fromTree(const XmlTree &tree, int element, QStringList *problems);
    // A catalogue shipped with Schemata (the designer's own db/<name>/datatypes.xml).
    static DatatypeCatalogue bundled(const QString &db);
    static QStringList bundledNames();

    bool isEmpty() const { return m_types.isEmpty(); }
    QString db() const { return m_db; }
    const QList<Datatype> &types() const { return m_types; }
    const QList<DatatypeGroup> &groups() const { return m_groups; }

    // Index of the type a type name resolves to, or -1 when none matches (the designer then
    // uses index 0).
    int resolve(const QString &typeName) const;
    // The quote the designer applies to defaults of this type name: the resolved type's, or
    // the first type's when nothing matches; empty when the attribute is missing.
    QString quoteFor(const QString &typeName) const;
    int indexOfLabel(const QString &label) const;
    // Fill colour of a column of this type: the type's colour, else its group's, else white.
    QString colorFor(int typeIndex) const;

    // The <datatypes> element as XML text, exactly as it was read.
    QString xml() const { return m_xml; }

private:
    QString m_db;
    QList<DatatypeGroup> m_groups;
    QList<Datatype> m_types;
    QList<QRegularExpression> m_patterns; // one per type; invalid when the type has none
    QString m_xml;
    mutable QHash<QString, int> m_resolved;
};
