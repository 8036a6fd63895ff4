#pragma once

#include "record.h"

#include "analysis/relationship.h"
#include "schema/schema.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

class Connection;
class Dialect;

// Rows as records over a connection and its schema (a design, or a database read back by
// SchemaImporter), the way SQLAlchemy's session works with mapped objects, but at run time:
// get by key, iterate in key order (keyset paging), follow every relationship kind both
// ways, load inheritance polymorphically, and flush pending changes in one transaction,
// parents before children, all or nothing.
//
// Inheritance comes from the design's extension (Inheritance on tables); for a database
// read back, a table whose primary key is a foreign key to another's is a joined child.
// Single-table subclasses are their root table's rows told apart by the discriminator.
class Session
{
    Q_DECLARE_TR_FUNCTIONS(Session)

public:
    Session(Connection &connection, const Schema &schema);

    // What the last failed call was about, for people.
    QString lastError() const { return m_error; }
    const Schema &schema() const { return m_design; }

    // Reading. Keys are the values of the primary key, in its column order.
    std::optional<Record> get(const QString &table, const QVariantList &key);
    // Up to `limit` records after `after` (from the start when empty), in key order, without
    // OFFSET: each page is one indexed range scan however far into the table it is.
    QList<Record> page(const QString &table, int limit, const QVariantList &after = {});
    std::optional<qint64> count(const QString &table);
    QVariantList keyOf(const Record &record) const;
    QStringList keyColumns(const QString &table) const;

    // Following relationships. A foreign key is named by its table and columns.
    const ForeignKey *foreignKey(const QString &table, const QStringList &columns) const;
    // The row a record references through `fk` (a post's user, a task's parent).
    std::optional<Record> parent(const Record &child, const ForeignKey &fk);
    // The rows of `fk`'s table that reference `parent` (a user's posts, a task's children).
    QList<Record> children(const Record &parent, const ForeignKey &fk);
    // Every descendant through a self-referencing foreign key, breadth first.
    QList<Record> subtree(const Record &root, const ForeignKey &fk);
    // Many-to-many partners through an association table. From the side of the
    // relationship's first foreign key (a follower's followed users), or, with reverse,
    // from the second (a user's followers).
    QList<Record> partners(
        const Record &record, const Relationship &relationship, bool reverse = false);
    // The many-to-many relationship through `associationTable`, if it is one.
    std::optional<Relationship> manyToMany(const QString &associationTable) const;

    // Changes, pending until flush().
    using Pending = int;
    // A new row; its table is record.table() (a joined child inserts its ancestors' rows
    // too, a single-table subclass sets the discriminator). Generated keys are read back.
    Pending add(const Record &record);
    // After flush, the child's `fk` columns get the key `parent` was given.
    void refer(Pending child, const ForeignKey &fk, Pending parent);
    void update(const Record &record);
    void remove(const Record &record);
    void link(const Record &a, const Record &b, const Relationship &relationship);
    void unlink(const Record &a, const Record &b, const Relationship &relationship);
    // Runs every pending change in one transaction: inserts parents first, updates, links,
    // unlinks, deletes children first. On failure nothing is applied, the pending changes
    // are dropped, and lastError() says why. A delete the database would refuse is refused
    // first, naming the dependent rows' tables and counts.
    bool flush();
    bool hasPendingChanges() const;
    void discardPendingChanges();
    // A record added before the last successful flush, with its generated key.
    Record added(Pending pending) const { return m_added.value(pending); }

    // The tables and counts of rows that keep `record` from being deleted (foreign keys
    // without ON DELETE CASCADE / SET NULL / SET DEFAULT), following cascades.
    QList<std::pair<QString, qint64>> blockingDependents(const Record &record);

private:
    struct TableMap; // how a design table maps onto physical tables
    const TableMap *map(const QString &table);
    QString selectSql(const TableMap &m, QStringList *columns) const;
    QList<Record> fetch(const TableMap &m, const QString &where, const QVariantList &values,
        const QString &tail = {});
    Record resolveType(const Record &record);
    bool fail(const QString &message);
    bool insert(Record &record);
    bool removeNow(const Record &record);
    bool collectDependents(const QString &physicalTable, const QStringList &columns,
        const QVariantList &values, QHash<QString, qint64> &blocking, int depth);

    struct Change
    {
        enum class Kind { Insert, Update, Delete, Link, Unlink } kind;
        Record record;
        Record other; // link, unlink
        Relationship relationship;
        Pending pending = -1;
    };
    struct Reference
    {
        Pending child;
        ObjectId foreignKey;
        Pending parent;
    };

    Connection &m_connection;
    const Dialect &m_dialect;
    Schema m_design;
    Schema m_physical;
    QList<Relationship> m_relationships;
    QHash<QString, std::shared_ptr<TableMap>> m_maps;
    QList<Change> m_changes;
    QList<Reference> m_references;
    QHash<Pending, Record> m_added;
    Pending m_nextPending = 0;
    QString m_error;
};
