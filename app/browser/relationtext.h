#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVariant>

struct Column;
struct ForeignKey;
struct ForeignKeyPart;
struct Table;

// How the data browser follows and names foreign keys in its lists: their columns, the table
// they refer to, and short values.
class RelationText
{
    Q_DECLARE_TR_FUNCTIONS(RelationText)

public:
    // The columns of `fk` in `table`: "artist_id, label_id".
    static QString columnList(const Table &table, const ForeignKey &fk);
    static bool refersTo(const ForeignKey &fk, const Table &table);
    // The column a foreign key part refers to in `parent`.
    static const Column *referencedColumn(const Table &parent, const ForeignKeyPart &part);
    // A short text for a value in lists: "5", "“Alice”", "NULL".
    static QString shortValue(const QVariant &value);
};
