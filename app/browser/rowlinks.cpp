#include "rowlinks.h"

#include "browser/relationtext.h"

#include "browse/tablequery.h"
#include "schema/schema.h"

namespace {

RowFilter equals(const QString &column, const QVariant &value)
{
    RowFilter filter;
    filter.column = column;
    filter.op = RowFilter::Operator::Equal;
    filter.value = value;
    return filter;
}

} // namespace

std::optional<BrowsePlace> RowLinks::parent(SqlEngine engine, const Schema &schema,
    const Table &child, ObjectId foreignKey, const QVariantList &values, QString *problem)
{
    const ForeignKey *fk = nullptr;
    for (const ForeignKey &f : child.foreignKeys) {
        if (f.id == foreignKey)
            fk = &f;
    }
    const Table *parent = fk ? schema.tableByName(schema.referencedTableName(*fk)) : nullptr;
    if (!parent)
        return std::nullopt;
    BrowsePlace place;
    place.table = parent->name;
    const QStringList parentKey = TableQuery(engine, *parent).keyColumns();
    QVariantList key(parentKey.size());
    int matched = 0;
    for (const ForeignKeyPart &part : fk->parts) {
        const Column *from = child.column(part.column);
        const Column *to = RelationText::referencedColumn(*parent, part);
        if (!from || !to)
            return std::nullopt;
        const QVariant value = values.value(child.columnIndex(part.column));
        if (value.isNull()) {
            *problem
                = tr("%1 is NULL: this row refers to no row of %2.").arg(from->name, parent->name);
            return std::nullopt;
        }
        if (const qsizetype at = parentKey.indexOf(to->name); at >= 0) {
            key[at] = value;
            ++matched;
        }
        place.filters << equals(to->name, value);
    }
    if (matched == parentKey.size() && matched == fk->parts.size()) {
        place.filters.clear();
        place.key = key;
    }
    return place;
}

std::optional<BrowsePlace> RowLinks::children(
    const Table &parent, const Table &child, ObjectId foreignKey, const QVariantList &values)
{
    BrowsePlace place;
    place.table = child.name;
    for (const ForeignKey &fk : child.foreignKeys) {
        if (fk.id != foreignKey)
            continue;
        for (const ForeignKeyPart &part : fk.parts) {
            const Column *from = child.column(part.column);
            const Column *to = RelationText::referencedColumn(parent, part);
            if (!from || !to)
                return std::nullopt;
            place.filters << equals(from->name, values.value(parent.columnIndex(to->id)));
        }
    }
    return place;
}

std::optional<BrowsePlace> RowLinks::partners(SqlEngine engine, const Schema &schema,
    const Table &here, const Relationship &relationship, bool reverse, const QVariantList &values)
{
    const Table *association = schema.table(relationship.table);
    if (!association)
        return std::nullopt;
    const ForeignKey *first = nullptr;
    const ForeignKey *second = nullptr;
    for (const ForeignKey &fk : association->foreignKeys) {
        if (fk.id == relationship.foreignKey)
            first = &fk;
        if (fk.id == relationship.secondForeignKey)
            second = &fk;
    }
    if (!first || !second)
        return std::nullopt;
    if (reverse)
        std::swap(first, second);
    const Table *target = schema.tableByName(schema.referencedTableName(*second));
    if (!target)
        return std::nullopt;
    QVariantList keyValues;
    QStringList shown;
    for (const ForeignKeyPart &part : first->parts) {
        const Column *to = RelationText::referencedColumn(here, part);
        if (!to)
            return std::nullopt;
        const QVariant value = values.value(here.columnIndex(to->id));
        keyValues << value;
        shown << RelationText::shortValue(value);
    }
    BrowsePlace place;
    place.table = target->name;
    place.scope
        = TableQuery::partnersCondition(engine, *association, *first, *second, *target, keyValues);
    place.scopeText
        = tr("Rows of %1 linked to %2 %3 through %4")
              .arg(target->name, here.name, shown.join(QStringLiteral(", ")), association->name);
    return place;
}
