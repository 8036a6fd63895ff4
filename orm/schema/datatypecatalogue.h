#pragma once

#include "xmlattribute.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QStringList>

#include <optional>

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
// DatatypeCatalogueReader (orm/xml) reads one from a design or from those Schemata ships.
class DatatypeCatalogue
{
public:
    DatatypeCatalogue() = default;
    // The catalogue `db` with `groups` and `types` (whose `group` indexes `groups`), read from
    // the <datatypes> element whose text is `xml`.
    DatatypeCatalogue(const QString &db, const QList<DatatypeGroup> &groups,
        const QList<Datatype> &types, const QString &xml);

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
