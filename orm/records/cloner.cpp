#include "cloner.h"

#include "session.h"

#include "ddl/ddlwriter.h"

#include <algorithm>

namespace {

// Children are read this many at a time, so memory stays flat however many there are.
constexpr int PageSize = 500;

} // namespace

Cloner::Cloner(Session &session)
    : m_session(session)
    , m_physical(DdlWriter::physicalSchema(session.schema()))
    , m_relationships(findRelationships(m_physical))
{
    for (const Relationship &r : m_relationships) {
        if (r.kind == Relationship::Kind::JoinedInheritance)
            m_inheritanceKeys.insert(r.foreignKey);
        if (r.kind == Relationship::Kind::ManyToMany
            || r.kind == Relationship::Kind::SelfManyToMany) {
            m_associationKeys.insert(r.foreignKey);
            m_associationKeys.insert(r.secondForeignKey);
        }
    }
}

// A child row cannot be given values one by one, so the way out is to copy fewer levels.
QString Cloner::childrenNeedValues(const QString &table, const QStringList &columns)
{
    return tr("The copies of the rows of \"%1\" that a deep copy takes along would need new "
              "values for %2, which must be unique and which the database does not generate; "
              "copy fewer levels of children.")
        .arg(table, columns.join(QStringLiteral(", ")));
}

bool Cloner::fail(const QString &message)
{
    m_error = message;
    return false;
}

QList<const Table *> Cloner::tablesOf(const QString &table) const
{
    const Schema &design = m_session.schema();
    const Table *t = m_physical.tableByName(table);
    if (!t) {
        // A single-table subclass lives in its root's table.
        const Table *d = design.tableByName(table);
        while (d && d->inheritance.kind == Inheritance::Kind::Single
            && design.table(d->inheritance.parent))
            d = design.table(d->inheritance.parent);
        t = d ? m_physical.tableByName(d->name) : nullptr;
    }
    QList<const Table *> chain;
    while (t && !chain.contains(t)) {
        chain.prepend(t);
        const Table *parent = nullptr;
        for (const Relationship &r : m_relationships) {
            if (r.kind == Relationship::Kind::JoinedInheritance && r.table == t->id)
                parent = m_physical.table(r.target);
        }
        t = parent;
    }
    return chain;
}

QList<Cloner::Reference> Cloner::referencesTo(const QString &table)
{
    if (const auto it = m_references.constFind(table); it != m_references.cend())
        return *it;
    QSet<ObjectId> own;
    for (const Table *t : tablesOf(table))
        own.insert(t->id);
    QList<Reference> references;
    for (const Table &other : m_physical.tables()) {
        for (const ForeignKey &fk : other.foreignKeys) {
            if (!own.contains(fk.referencedTable) || m_inheritanceKeys.contains(fk.id))
                continue;
            const Table *target = m_physical.table(fk.referencedTable);
            Reference r;
            r.owner = &other;
            r.foreignKey = &fk;
            for (const ForeignKeyPart &p : fk.parts) {
                r.columns << other.column(p.column)->name;
                r.referencedColumns << target->column(p.referencedColumn)->name;
            }
            r.sessionKey = m_session.foreignKey(other.name, r.columns);
            r.association = m_associationKeys.contains(fk.id);
            if (r.sessionKey)
                references << r;
        }
    }
    m_references.insert(table, references);
    return references;
}

bool Cloner::copiesAsRows(const Reference &reference, int depth)
{
    if (reference.association)
        return true; // a link, copied as it is
    // Rows of a joined child span several tables; rows of a joined parent may be children's.
    for (const Relationship &r : m_relationships) {
        if (r.kind == Relationship::Kind::JoinedInheritance
            && (r.table == reference.owner->id || r.target == reference.owner->id))
            return false;
    }
    // A copy followed further down needs its own new key to point its children at.
    const QList<Reference> below = referencesTo(reference.owner->name);
    for (const Reference &next : below) {
        if (next.association || depth > 1)
            return false;
    }
    return true;
}

QStringList Cloner::columnsNeedingValues(const Record &record, const QStringList &changing) const
{
    const QList<const Table *> chain = tablesOf(record.table());
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
                generated = generated || (k.isPrimary() && Session::isGenerated(*c));
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
    const QList<const Table *> chain = tablesOf(record.table());
    Record copy = record;
    if (!chain.isEmpty()) {
        if (const Key *pk = chain.first()->primaryKey()) {
            for (const KeyPart &p : pk->parts) {
                const Column *c = chain.first()->column(p.column);
                if (Session::isGenerated(*c))
                    copy.setValue(c->name, QVariant()); // the database numbers the copy
            }
        }
    }
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it) {
        if (!record.contains(it.key())) {
            fail(tr("\"%1\" has no column \"%2\".").arg(record.table(), it.key()));
            return std::nullopt;
        }
        copy.setValue(it.key(), it.value());
    }
    for (const QString &c : relinked)
        copy.setValue(c, QVariant()); // set from the new parent's key before it is written
    const QStringList needed = columnsNeedingValues(record, overrides.keys() + relinked);
    if (!needed.isEmpty()) {
        if (relinked.isEmpty())
            fail(tr("A copy of the row of \"%1\" needs new values for %2, which must be "
                    "unique; give them (--set column=value).")
                     .arg(record.table(), needed.join(QStringLiteral(", "))));
        else
            fail(childrenNeedValues(record.table(), needed));
        return std::nullopt;
    }
    return copy;
}

bool Cloner::copyChildren(const Record &original, const Record &copy, int depth)
{
    const QList<Reference> references = referencesTo(original.table());
    for (const Reference &reference : references) {
        if (!reference.association && depth <= 0)
            continue;
        QVariantList parentKey;
        for (const QString &c : reference.referencedColumns)
            parentKey << original.value(c);
        if (std::any_of(
                parentKey.cbegin(), parentKey.cend(), [](const QVariant &v) { return v.isNull(); }))
            continue; // nothing can refer to a NULL

        if (copiesAsRows(reference, depth)) {
            if (!reference.association) {
                // What a row-by-row copy would refuse, refused before any row is copied: a
                // unique key that the children's copies would repeat.
                for (const Key &k : reference.owner->keys) {
                    QStringList columns;
                    bool changes = false;
                    for (const KeyPart &p : k.parts) {
                        const Column *c = reference.owner->column(p.column);
                        changes = changes || reference.columns.contains(c->name)
                            || (k.isPrimary() && Session::isGenerated(*c));
                        columns << c->name;
                    }
                    if (!k.isUnique() || changes)
                        continue;
                    const std::optional<bool> repeats
                        = m_session.anyReferencingRowWith(*reference.sessionKey, original, columns);
                    if (!repeats)
                        return fail(m_session.lastError());
                    if (*repeats)
                        return fail(childrenNeedValues(reference.owner->name, columns));
                }
            }
            if (!m_session.copyReferencingRows(*reference.sessionKey, original, copy))
                return fail(m_session.lastError());
            continue;
        }

        // Row by row, a page at a time, each copy followed at once by its own children (the
        // page is read whole first, so the statements below do not disturb it).
        QVariantList after;
        for (;;) {
            const QList<Record> rows
                = m_session.children(original, *reference.sessionKey, PageSize, after);
            if (!m_session.lastError().isEmpty())
                return fail(m_session.lastError());
            for (const Record &row : rows) {
                std::optional<Record> child = copyOf(row, {}, reference.columns);
                if (!child)
                    return false;
                for (qsizetype i = 0; i < reference.columns.size(); ++i)
                    child->setValue(
                        reference.columns.at(i), copy.value(reference.referencedColumns.at(i)));
                if (!m_session.insertNow(*child))
                    return fail(m_session.lastError());
                if (!copyChildren(row, *child, depth - 1))
                    return false;
            }
            after = rows.isEmpty() ? QVariantList() : m_session.keyOf(rows.last());
            if (rows.size() < PageSize || after.isEmpty())
                break;
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
        fail(m_session.lastError().isEmpty() ? tr("\"%1\" has no row with that key.").arg(table)
                                             : m_session.lastError());
        return std::nullopt;
    }
    std::optional<Record> copy = copyOf(*original, options.overrides, {});
    if (!copy)
        return std::nullopt;
    const bool written = m_session.transaction([&] {
        if (!m_session.insertNow(*copy))
            return fail(m_session.lastError());
        return !options.deep || copyChildren(*original, *copy, std::max(0, options.depth));
    });
    if (!written) {
        if (m_error.isEmpty())
            m_error = m_session.lastError();
        else
            m_error = tr("%1 Nothing was changed.").arg(m_error);
        return std::nullopt;
    }
    return m_session.keyOf(*copy);
}
