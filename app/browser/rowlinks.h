#pragma once

#include "browser/browsehistory.h"

#include "analysis/relationship.h"
#include "schema/objectid.h"
#include "sql/sqlengine.h"

#include <QCoreApplication>

#include <optional>

class Schema;
struct Table;

// Where a row's relationships lead the data browser, from the row's values: the row it refers
// to, the rows that refer to it, its many-to-many partners. Pure: nothing is read.
class RowLinks
{
    Q_DECLARE_TR_FUNCTIONS(RowLinks)

public:
    // The row of the parent table that `foreignKey` of `child` refers to, for a row of `child`
    // with `values`: by its key when the foreign key refers to the key the browser names rows
    // by, else the rows that match (a reference to a UNIQUE column). nullopt when it leads
    // nowhere, with the reason in *problem when there is one to tell (a NULL reference).
    static std::optional<BrowsePlace> parent(SqlEngine engine, const Schema &schema,
        const Table &child, ObjectId foreignKey, const QVariantList &values, QString *problem);
    // The rows of `child` whose `foreignKey` refers to a row of `parent` with `values`.
    static std::optional<BrowsePlace> children(
        const Table &parent, const Table &child, ObjectId foreignKey, const QVariantList &values);
    // The partners of a row of `here` with `values` through a many-to-many relationship, from
    // the side of its first foreign key, or of the second with `reverse`.
    static std::optional<BrowsePlace> partners(SqlEngine engine, const Schema &schema,
        const Table &here, const Relationship &relationship, bool reverse,
        const QVariantList &values);
};
