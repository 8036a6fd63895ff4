#include "tableorder.h"

#include "schema/schema.h"

#include <QHash>

#include <algorithm>

namespace {

// The tables of `waiting` that `from` reaches through foreign keys (itself only through a
// cycle).
QSet<ObjectId> reachable(ObjectId from, const QHash<ObjectId, const Table *> &waiting)
{
    QSet<ObjectId> reached;
    QList<ObjectId> pending{from};
    while (!pending.isEmpty()) {
        const Table *t = waiting.value(pending.takeLast());
        for (const ForeignKey &fk : t->foreignKeys) {
            if (fk.referencedTable != t->id && waiting.contains(fk.referencedTable)
                && !reached.contains(fk.referencedTable)) {
                reached.insert(fk.referencedTable);
                pending << fk.referencedTable;
            }
        }
    }
    return reached;
}

} // namespace

TableOrder TableOrder::parentsFirst(const QList<const Table *> &tables)
{
    TableOrder order;
    QList<const Table *> remaining = tables;
    QHash<ObjectId, const Table *> waiting;
    for (const Table *t : tables)
        waiting.insert(t->id, t);
    for (const Table *t : tables) {
        for (const ForeignKey &fk : t->foreignKeys) {
            if (fk.referencedTable == t->id)
                order.selfKeys.insert(fk.id);
        }
    }
    const auto ready = [&](const Table *t) {
        for (const ForeignKey &fk : t->foreignKeys) {
            if (fk.referencedTable != t->id && waiting.contains(fk.referencedTable))
                return false;
        }
        return true;
    };
    while (!remaining.isEmpty()) {
        qsizetype next = -1;
        for (qsizetype i = 0; i < remaining.size() && next < 0; ++i) {
            if (ready(remaining.at(i)))
                next = i;
        }
        if (next < 0) {
            // Every table left waits for another. Start the cycle that waits for no other
            // cycle: the first table whose every ancestor leads back to it.
            QHash<ObjectId, QSet<ObjectId>> reach;
            for (const Table *t : std::as_const(remaining))
                reach.insert(t->id, reachable(t->id, waiting));
            for (qsizetype i = 0; i < remaining.size() && next < 0; ++i) {
                const ObjectId id = remaining.at(i)->id;
                const QSet<ObjectId> &ancestors = reach.value(id);
                bool startsCycle = ancestors.contains(id);
                for (const ObjectId a : ancestors)
                    startsCycle = startsCycle && reach.value(a).contains(id);
                if (startsCycle)
                    next = i;
            }
            Q_ASSERT(next >= 0); // a graph's condensation always has a source
            next = std::max<qsizetype>(next, 0);
            const Table *t = remaining.at(next);
            for (const ForeignKey &fk : t->foreignKeys) {
                if (fk.referencedTable != t->id && waiting.contains(fk.referencedTable))
                    order.cycleKeys.insert(fk.id);
            }
        }
        const Table *t = remaining.takeAt(next);
        waiting.remove(t->id);
        order.tables << t;
    }
    return order;
}

TableOrder TableOrder::parentsFirst(const Schema &schema)
{
    QList<const Table *> tables;
    for (const Table &t : schema.tables())
        tables << &t;
    return parentsFirst(tables);
}
