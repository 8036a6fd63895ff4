#include "table.h"

Column *Table::column(ObjectId columnId)
{
    for (Column &c : columns) {
        if (c.id == columnId)
            return &c;
    }
    return nullptr;
}

const Column *Table::column(ObjectId columnId) const
{
    return const_cast<Table *>(this)->column(columnId);
}

const Column *Table::columnByName(const QString &columnName) const
{
    for (const Column &c : columns) {
        if (c.name == columnName)
            return &c;
    }
    return nullptr;
}

qsizetype Table::columnIndex(ObjectId columnId) const
{
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (columns.at(i).id == columnId)
            return i;
    }
    return -1;
}

const Key *Table::primaryKey() const
{
    for (const Key &k : keys) {
        if (k.isPrimary())
            return &k;
    }
    return nullptr;
}

QString inheritanceKindName(Inheritance::Kind kind)
{
    switch (kind) {
    case Inheritance::Kind::Joined:
        return QStringLiteral("joined");
    case Inheritance::Kind::Single:
        return QStringLiteral("single");
    case Inheritance::Kind::None:
        break;
    }
    return {};
}
