#include "record.h"

Record::Record(const QString &table, const QStringList &columns, const QVariantList &values)
    : m_table(table)
    , m_columns(columns)
    , m_values(values)
{
    m_values.resize(m_columns.size());
}

QVariant Record::value(const QString &column) const
{
    const qsizetype i = m_columns.indexOf(column);
    return i < 0 ? QVariant() : m_values.at(i);
}

void Record::setValue(const QString &column, const QVariant &value)
{
    const qsizetype i = m_columns.indexOf(column);
    if (i >= 0) {
        m_values[i] = value;
    } else {
        m_columns << column;
        m_values << value;
    }
}
