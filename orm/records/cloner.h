#pragma once

#include "analysis/relationship.h"
#include "schema/schema.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QVariant>

#include <optional>

class Record;
class Session;
struct ForeignKey;

struct CloneOptions
{
    QHash<QString, QVariant> overrides; // column -> value, for the copied record
    bool deep = false; // also copy children and many-to-many links
    int depth = 1; // how many levels of children a deep copy goes down
};

// Copies a row without its key (the seed note's clone_model): every column but the
// generated primary key, with overrides; a copy that would repeat a unique value fails
// before anything is written, naming the columns that need new values. A deep copy also
// copies the one-to-many children (recursively, to a depth) pointing at the new key, and the
// many-to-many association rows (keyed or not: a link is copied by its column values); a
// joined-inheritance record copies its parent's row and its own together. All in one
// transaction.
//
// A deep copy takes time in proportion to the rows it copies and memory in proportion to
// its depth: children that need nothing copied below them go in one INSERT ... SELECT per
// parent; the others are read a page at a time in key order and inserted one by one
// through statements prepared once, each followed at once by its own children.
class Cloner
{
    Q_DECLARE_TR_FUNCTIONS(Cloner)

public:
    explicit Cloner(Session &session);

    // The key of the copy, or nullopt with error() saying why (nothing was written).
    std::optional<QVariantList> clone(
        const QString &table, const QVariantList &key, const CloneOptions &options);
    QString error() const { return m_error; }

    // The unique columns (primary key included unless the database generates it) whose
    // values a copy of `record` would repeat, other than those in `changing`.
    QStringList columnsNeedingValues(const Record &record, const QStringList &changing) const;

private:
    // A foreign key that points at a table a copied record spans: its rows follow the copy.
    struct Reference
    {
        const Table *owner = nullptr; // the referencing table (physical)
        const ForeignKey *foreignKey = nullptr; // in the physical schema
        const ForeignKey *sessionKey = nullptr; // the same, as the session names it
        QStringList columns; // the foreign key's columns
        QStringList referencedColumns;
        bool association = false; // a many-to-many link: copied at every depth, as it is
    };

    // The physical tables a record of `table` spans, root first (joined inheritance).
    QList<const Table *> tablesOf(const QString &table) const;
    QList<Reference> referencesTo(const QString &table); // implicitly shared: cheap to copy
    // Whether copies of `reference`'s rows, `depth` levels down, have nothing of their own to
    // copy and are plain rows of one table: then one INSERT ... SELECT copies them all.
    bool copiesAsRows(const Reference &reference, int depth);
    // `relinked` columns get the new parent's key (they are cleared here).
    std::optional<Record> copyOf(const Record &record, const QHash<QString, QVariant> &overrides,
        const QStringList &relinked);
    bool copyChildren(const Record &original, const Record &copy, int depth);
    bool fail(const QString &message);
    static QString childrenNeedValues(const QString &table, const QStringList &columns);

    Session &m_session;
    Schema m_physical;
    QList<Relationship> m_relationships;
    QSet<ObjectId> m_inheritanceKeys; // joined-inheritance foreign keys: not children
    QSet<ObjectId> m_associationKeys;
    QHash<QString, QList<Reference>> m_references; // by the design table's name
    QString m_error;
};
