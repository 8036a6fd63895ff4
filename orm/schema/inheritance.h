#pragma once

#include "objectid.h"

#include <QString>

// How a table takes part in an inheritance hierarchy (SQLAlchemy's joined- and single-table
// inheritance). Stored as extension attributes on <table>, which the designer ignores.
struct Inheritance
{
    enum class Kind {
        None,
        Joined, // the table holds the subclass columns; its primary key references the parent's
        Single // the subclass lives in the parent's table, told apart by the discriminator
    };

    Kind kind = Kind::None;
    ObjectId parent = NoObject; // the parent table; NoObject when unresolved or none
    QString parentName; // as written; used when parent is NoObject
    // On the root of a hierarchy: the column whose value names each row's type.
    ObjectId discriminator = NoObject;
    QString discriminatorName; // as written; used when discriminator is NoObject
    // The discriminator value of this table's rows ("engineer").
    QString identity;

    bool isEmpty() const
    {
        return kind == Kind::None && parent == NoObject && parentName.isEmpty()
            && discriminator == NoObject && discriminatorName.isEmpty() && identity.isEmpty();
    }
};

QString inheritanceKindName(Inheritance::Kind kind); // "joined", "single", ""
