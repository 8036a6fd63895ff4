#pragma once

#include "column.h"
#include "foreignkey.h"
#include "inheritance.h"
#include "key.h"

#include <QPointF>

// A table: its columns, keys and the foreign keys it owns (as the referencing side).
struct Table
{
    ObjectId id = NoObject;
    QString name;
    // The names the table had before it was renamed in Schemata, oldest first: a diff against a
    // database that still has one of them renames the table instead of dropping it.
    QStringList formerNames;
    QPointF position;
    QString comment;
    QList<Column> columns;
    QList<Key> keys;
    QList<ForeignKey> foreignKeys;
    Inheritance inheritance;
    // Kept in place by auto-layout (extension attribute pinned="1", ignored by the designer).
    bool pinned = false;

    XmlAttributes extraAttributes;
    QStringList extraElements;

    struct Source
    {
        bool fromFile = false;
        QString x, y; // coordinates as written (may be fractional, "992.1999998092651")
        QPointF loadedPosition;
    } source;

    Column *column(ObjectId id);
    const Column *column(ObjectId id) const;
    // The first column with this name, as the designer looks columns up.
    const Column *columnByName(const QString &name) const;
    qsizetype columnIndex(ObjectId id) const;
    const Key *primaryKey() const;
};
