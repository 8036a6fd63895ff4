#include "cloner.h"

#include "session.h"

#include "ddl/ddlwriter.h"
#include "sql/typemapping.h"

#include <QSet>

namespace {

// The physical tables a record of `table` spans, root first (joined inheritance), and the
// tables a single-table subclass lives in.
QList<const Table *> tablesOf(const Schema &physical, const Schema &design, const QString &table)
{
    const Table *t = physical.tableByName(table);
    if (!t) {
        const Table *d = design.tableByName(table);
        while (d && d->inheritance.kind == Inheritance::Kind::Single
            && design.table(d->inheritance.parent))
            d = design.table(d->inheritance.parent);
        t = d ? physical.tableByName(d->name) : nullptr;
    }
    QList<const Table *> chain;
    const QList<Relationship> relationships = findRelationships(physical);
    while (t && !chain.contains(t)) {
        chain.prepend(t);
        const Table *parent = nullptr;
        for (const Relationship &r : relationships) {
            if (r.kind == Relationship::Kind::JoinedInheritance && r.table == t->id)
                parent = physical.table(r.target);
        }
        t = parent;
    }
    return chain;
}

bool isGenerated(const Column &c)
{
    return c.autoIncrement || TypeMapping::fromDesign(c.datatype).serial;
}

} // namespace

QStringList Cloner::columnsNeedingValues(const Record &record, const QStringList &changing) const
{
    const Schema physical = DdlWriter::physicalSchema(m_session.schema());
    const QList<const Table *> chain = tablesOf(physical, m_session.schema(), record.table());
    QStringList needed;
    for (qsizetype i = 0; i < chain.size(); ++i) {
        const Table &t = *chain.at(i);
        for (const Key &k : t.keys) {
            if (!k.isUnique() || (i > 0 && k.isPrimary()))
                continue; // a joined child's key is its parent's
            QStringList columns;
            bool generated = false;
            bool changes = false;
            bool hasNull = false;
            for (const KeyPart &p : k.parts) {
                const Column *c = t.column(p.column);
                generated = generated || (k.isPrimary() && isGenerated(*c));
                changes = changes || changing.contains(c->name);
                hasNull = hasNull || record.value(c->name).isNull();
                columns << c->name;
            }
            if (generated || changes || hasNull)
                continue;
            for (const QString &c : columns) {
                if (!needed.contains(c))
                    needed << c;
            }
        }
    }
    return needed;
}

std::optional<Record> Cloner::copyOf(
    const Record &record, const QHash<QString, QVariant> &overrides, const QStringList &relinked)
{
    const Schema physical = DdlWriter::physicalSchema(m_session.schema());
    const QList<const Table *> chain = tablesOf(physical, m_session.schema(), record.table());
    Record copy = record;
    if (!chain.isEmpty()) {
        if (const Key *pk = chain.first()->primaryKey()) {
            for (const KeyPart &p : pk->parts) {
                const Column *c = chain.first()->column(p.column);
                if (isGenerated(*c))
                    copy.setValue(c->name, QVariant()); // the database numbers the copy
            }
        }
    }
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it) {
        if (!record.contains(it.key())) {
            m_error = tr("\"%1\" has no column \"%2\".").arg(record.table(), it.key());
            return std::nullopt;
        }
        copy.setValue(it.key(), it.value());
    }
    for (const QString &c : relinked)
        copy.setValue(c, QVariant()); // set from the new parent's key when flushed
    const QStringList needed = columnsNeedingValues(record, overrides.keys() + relinked);
    if (!needed.isEmpty()) {
        m_error = tr("A copy of the row of \"%1\" needs new values for %2, which must be "
                     "unique; give them (--set column=value).")
                      .arg(record.table(), needed.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    return copy;
}

bool Cloner::copyChildren(const Record &record, int pending, int depth)
{
    const Schema physical = DdlWriter::physicalSchema(m_session.schema());
    const QList<const Table *> chain = tablesOf(physical, m_session.schema(), record.table());
    QSet<ObjectId> own;
    for (const Table *t : chain)
        own.insert(t->id);
    const QList<Relationship> relationships = findRelationships(physical);
    for (const Table &other : physical.tables()) {
        for (const ForeignKey &fk : other.foreignKeys) {
            if (!own.contains(fk.referencedTable))
                continue;
            bool inheritance = false;
            bool association = false;
            for (const Relationship &r : relationships) {
                inheritance = inheritance
                    || (r.kind == Relationship::Kind::JoinedInheritance && r.foreignKey == fk.id);
                association = association
                    || ((r.kind == Relationship::Kind::ManyToMany
                            || r.kind == Relationship::Kind::SelfManyToMany)
                        && (r.foreignKey == fk.id || r.secondForeignKey == fk.id));
            }
            if (inheritance || (!association && depth <= 0))
                continue;
            const ForeignKey *sessionKey = m_session.foreignKey(other.name, [&] {
                QStringList names;
                for (const ForeignKeyPart &p : fk.parts)
                    names << other.column(p.column)->name;
                return names;
            }());
            if (!sessionKey)
                continue;
            QStringList fkColumns;
            for (const ForeignKeyPart &p : fk.parts)
                fkColumns << other.column(p.column)->name;
            const QList<Record> rows = m_session.children(record, *sessionKey);
            if (!m_session.lastError().isEmpty()) {
                m_error = m_session.lastError();
                return false;
            }
            for (const Record &row : rows) {
                // The link to the copy replaces the link to the original; an association row
                // is a link and nothing else, so it is copied as it is.
                Record copy = row;
                if (association) {
                    for (const QString &c : fkColumns)
                        copy.setValue(c, QVariant());
                } else {
                    const std::optional<Record> child = copyOf(row, {}, fkColumns);
                    if (!child)
                        return false;
                    copy = *child;
                }
                const int child = m_session.add(copy);
                m_session.refer(child, *sessionKey, pending);
                if (!association && !copyChildren(row, child, depth - 1))
                    return false;
            }
        }
    }
    return true;
}

std::optional<QVariantList> Cloner::clone(
    const QString &table, const QVariantList &key, const CloneOptions &options)
{
    m_error.clear();
    const std::optional<Record> original = m_session.get(table, key);
    if (!original) {
        m_error = m_session.lastError().isEmpty()
            ? tr("\"%1\" has no row with that key.").arg(table)
            : m_session.lastError();
        return std::nullopt;
    }
    const std::optional<Record> copy = copyOf(*original, options.overrides, {});
    if (!copy)
        return std::nullopt;
    const int pending = m_session.add(*copy);
    if (options.deep && !copyChildren(*original, pending, std::max(0, options.depth))) {
        m_session.discardPendingChanges();
        return std::nullopt;
    }
    if (!m_session.flush()) {
        m_error = m_session.lastError();
        return std::nullopt;
    }
    return m_session.keyOf(m_session.added(pending));
}
