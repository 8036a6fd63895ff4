#include "datatypecatalogue.h"

DatatypeCatalogue::DatatypeCatalogue(const QString &db, const QList<DatatypeGroup> &groups,
    const QList<Datatype> &types, const QString &xml)
    : m_db(db)
    , m_groups(groups)
    , m_types(types)
    , m_xml(xml)
{
    m_patterns.reserve(m_types.size());
    for (const Datatype &type : m_types) {
        QRegularExpression pattern;
        if (!type.re.isEmpty())
            pattern.setPattern(type.re);
        m_patterns.append(pattern);
    }
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
