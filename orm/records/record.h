#pragma once

#include <QStringList>
#include <QVariantList>

// One row of a table, by column name. A record of a joined-inheritance child holds its
// ancestors' columns too, root first, so an engineer is one record with the employee's
// columns and its own; table() is the most specific table the row belongs to.
class Record
{
public:
    Record() = default;
    Record(const QString &table, const QStringList &columns, const QVariantList &values = {});

    QString table() const { return m_table; }
    const QStringList &columns() const { return m_columns; }
    const QVariantList &values() const { return m_values; }
    bool isEmpty() const { return m_columns.isEmpty(); }

    bool contains(const QString &column) const { return m_columns.contains(column); }
    // A null QVariant for SQL NULL (and for a column the record does not have).
    QVariant value(const QString &column) const;
    void setValue(const QString &column, const QVariant &value);

    friend bool operator==(const Record &, const Record &) = default;

private:
    QString m_table;
    QStringList m_columns;
    QVariantList m_values;
};
