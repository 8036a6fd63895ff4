#include "relationship.h"

#include "analysis/uniquekeys.h"
#include "schema/schema.h"

#include <QSet>

namespace {

QSet<ObjectId> columnsOf(const ForeignKey &fk)
{
    QSet<ObjectId> result;
    for (const ForeignKeyPart &p : fk.parts)
        result.insert(p.column);
    return result;
}

QSet<ObjectId> columnsOf(const Key &key)
{
    QSet<ObjectId> result;
    for (const KeyPart &p : key.parts)
        result.insert(p.column);
    return result;
}

} // namespace

bool isAssociationTable(const Table &table)
{
    QList<const ForeignKey *> resolved;
    for (const ForeignKey &fk : table.foreignKeys) {
        if (fk.isResolved())
            resolved.append(&fk);
    }
    if (resolved.size() != 2)
        return false;
    const QSet<ObjectId> a = columnsOf(*resolved.at(0));
    const QSet<ObjectId> b = columnsOf(*resolved.at(1));
    if (a.isEmpty() || b.isEmpty() || a.intersects(b))
        return false;
    const QSet<ObjectId> both = a | b;
    const Key *pk = table.primaryKey();
    if (pk && columnsOf(*pk) == both)
        return true; // other columns may describe the link
    // Keyed or not (SQLAlchemy's `secondary` tables are often written without a key), a table
    // of the two foreign keys' columns and nothing else is a link, unless a key makes one side
    // alone unique (then it is one-to-one or a joined child).
    QSet<ObjectId> all;
    for (const Column &c : table.columns)
        all.insert(c.id);
    if (all != both)
        return false;
    for (const Key &k : table.keys) {
        if (k.isUnique() && columnsOf(k) != both)
            return false;
    }
    return true;
}

QString Relationship::kindName(Kind kind)
{
    switch (kind) {
    case Kind::ManyToOne:
        return tr("many-to-one");
    case Kind::OneToOne:
        return tr("one-to-one");
    case Kind::SelfReferential:
        return tr("self-referential one-to-many");
    case Kind::ManyToMany:
        return tr("many-to-many");
    case Kind::SelfManyToMany:
        return tr("self-referential many-to-many");
    case Kind::JoinedInheritance:
        return tr("joined-table inheritance");
    case Kind::SingleInheritance:
        return tr("single-table inheritance");
    }
    return {};
}

QString Relationship::describe(const Schema &schema) const
{
    const Table *t = schema.table(table);
    const Table *p = schema.table(target);
    const QString name = t ? t->name : QString();
    const QString parent = p ? p->name : QString();
    const auto columnsText = [&](ObjectId fkId) {
        QStringList names;
        for (const ForeignKey &fk : t ? t->foreignKeys : QList<ForeignKey>()) {
            if (fk.id != fkId)
                continue;
            for (const ForeignKeyPart &part : fk.parts) {
                const Column *c = t->column(part.column);
                names << (c ? c->name : QString());
            }
        }
        return names.join(u", ");
    };
    QString text;
    switch (kind) {
    case Kind::ManyToOne:
        text = tr("%1.%2 -> %3 (each %3 row has many %1 rows)")
                   .arg(name, columnsText(foreignKey), parent);
        break;
    case Kind::OneToOne:
        text = tr("%1.%2 -> %3").arg(name, columnsText(foreignKey), parent);
        break;
    case Kind::SelfReferential:
        text = tr("%1.%2 -> %1 (parent and children)").arg(name, columnsText(foreignKey));
        break;
    case Kind::ManyToMany:
    case Kind::SelfManyToMany: {
        const Table *q = schema.table(secondTarget);
        text = tr("%1 <-> %2 through %3").arg(parent, q ? q->name : QString(), name);
        break;
    }
    case Kind::JoinedInheritance:
    case Kind::SingleInheritance:
        text = tr("%1 extends %2").arg(name, parent);
        break;
    }
    return kindName(kind) + QStringLiteral(": ") + text;
}

QList<Relationship> findRelationships(const Schema &schema)
{
    QList<Relationship> result;
    for (const Table &table : schema.tables()) {
        if (table.inheritance.kind == Inheritance::Kind::Single
            && schema.table(table.inheritance.parent)) {
            Relationship r;
            r.kind = Relationship::Kind::SingleInheritance;
            r.table = table.id;
            r.target = table.inheritance.parent;
            result.append(r);
        }

        QList<const ForeignKey *> resolved;
        for (const ForeignKey &fk : table.foreignKeys) {
            if (fk.isResolved())
                resolved.append(&fk);
        }
        const Key *pk = table.primaryKey();
        const QSet<ObjectId> pkColumns = pk ? columnsOf(*pk) : QSet<ObjectId>();

        if (isAssociationTable(table)) {
            Relationship r;
            r.table = table.id;
            r.foreignKey = resolved.at(0)->id;
            r.target = resolved.at(0)->referencedTable;
            r.secondForeignKey = resolved.at(1)->id;
            r.secondTarget = resolved.at(1)->referencedTable;
            r.kind = r.target == r.secondTarget ? Relationship::Kind::SelfManyToMany
                                                : Relationship::Kind::ManyToMany;
            result.append(r);
            continue;
        }

        for (const ForeignKey *fk : resolved) {
            Relationship r;
            r.table = table.id;
            r.foreignKey = fk->id;
            r.target = fk->referencedTable;
            const QSet<ObjectId> columns = columnsOf(*fk);
            if (fk->referencedTable == table.id)
                r.kind = Relationship::Kind::SelfReferential;
            else if (columns == pkColumns)
                r.kind = Relationship::Kind::JoinedInheritance;
            else if (isUniqueColumnSet(table, columns))
                r.kind = Relationship::Kind::OneToOne;
            else
                r.kind = Relationship::Kind::ManyToOne;
            result.append(r);
        }
    }
    return result;
}
