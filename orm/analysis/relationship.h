#pragma once

#include "schema/objectid.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class Schema;
struct Table;

// A relationship between tables, recognised from the design's structure (SQLAlchemy's
// patterns): which foreign keys make it and what it means to someone following it.
struct Relationship
{
    Q_DECLARE_TR_FUNCTIONS(Relationship)

public:
    enum class Kind {
        ManyToOne, // child.fk -> parent: a parent has many children
        OneToOne, // the foreign key's columns are unique
        SelfReferential, // a tree: a row's parent is a row of the same table
        ManyToMany, // through an association table (isAssociationTable)
        SelfManyToMany, // the same, with both foreign keys to one table (followers)
        JoinedInheritance, // the child's primary key is a foreign key to the parent's
        SingleInheritance // the subclass lives in its parent's table (design extension)
    };

    Kind kind = Kind::ManyToOne;
    ObjectId table = NoObject; // the referencing, association or subclass table
    ObjectId foreignKey = NoObject; // NoObject for single-table inheritance
    ObjectId target = NoObject; // the referenced (parent) table
    ObjectId secondForeignKey = NoObject; // many-to-many: the other side
    ObjectId secondTarget = NoObject;

    static QString kindName(Kind kind); // "many-to-many", translated
    // One line for people: "many-to-many: category <-> content through category_content".
    QString describe(const Schema &schema) const;
};

// The one rule for a many-to-many association table, which relationships, `check`, `fill`,
// cloning and the data browser all follow: exactly two foreign keys, resolved, sharing no
// column, that together are its primary key (other columns may describe the link), or that
// are all its columns, with or without a primary key, as long as no key makes one of them
// alone unique.
bool isAssociationTable(const Table &table);

// Every relationship of the design, in table order. Each resolved foreign key belongs to
// exactly one relationship.
QList<Relationship> findRelationships(const Schema &schema);
