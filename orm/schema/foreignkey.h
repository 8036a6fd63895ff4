#pragma once

#include "objectid.h"
#include "xmlattribute.h"

#include <optional>

// What the database does to referencing rows when the referenced row is deleted or updated.
enum class ReferentialAction { Unspecified, NoAction, Restrict, Cascade, SetNull, SetDefault };

QString referentialActionSql(ReferentialAction action); // "" for Unspecified
std::optional<ReferentialAction> referentialActionFromSql(const QString &text);

// One column pair of a foreign key: a column of the owning table and the column it references.
struct ForeignKeyPart
{
    ObjectId column = NoObject;
    ObjectId referencedColumn = NoObject; // NoObject when it does not resolve
    QString referencedColumnName; // as written; used when referencedColumn is NoObject
    XmlAttributes extraAttributes; // of this part's <relation> element
};

// A foreign key owned by the referencing table. The designer's file stores one
// <relation table=".." row=".."/> per referencing column; a composite key is several of them
// tied by the extension attribute `group`, and the name and actions are extension attributes
// too, which the designer ignores.
struct ForeignKey
{
    ObjectId id = NoObject;
    QString name;
    ObjectId referencedTable = NoObject; // NoObject when it does not resolve
    QString referencedTableName; // as written; used when referencedTable is NoObject
    QList<ForeignKeyPart> parts;
    ReferentialAction onDelete = ReferentialAction::Unspecified;
    ReferentialAction onUpdate = ReferentialAction::Unspecified;

    bool isComposite() const { return parts.size() > 1; }
    bool isResolved() const;
};
