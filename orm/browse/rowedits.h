#pragma once

#include "sql/logicaltype.h"
#include "sql/sqlengine.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QStringList>
#include <QVariant>

#include <memory>
#include <optional>

class Dialect;
class QSqlDatabase;
class Schema;
class QSqlQuery;
struct Table;

// Changes to the rows of one table, pending until apply(): cell updates (several per row are
// one UPDATE), new rows (columns not given take their DEFAULT; a column given NULL is NULL),
// and deletions. Rows are named by their key as TableQuery::keyColumns() names it: the
// primary key's (or a UNIQUE NOT NULL key's) values, SQLite's rowid, PostgreSQL's ctid.
//
// Keys compare by value: each part is first read as a value of its column's type (as
// ValueCodec::fromDatabase reads what a driver gives: a rowid as an integer, a ctid as text),
// then compared as that value, so qlonglong 5, int 5 and "5" name the same row of an integer
// key, "1.50" and "1.5" the same of a decimal one, and a timestamp read as text the same as
// its QDateTime. Parts are compared, never their SQL spelling.
//
// apply() runs them all in one transaction: deletes (so that a new row may take a deleted
// one's key or unique value), then inserts, then updates, every
// identifier quoted by the dialect and every value bound (ValueCodec::toDatabase). An update or
// delete that finds no row with its key fails too (the row was changed or deleted elsewhere).
// On failure it rolls back, keeps the pending changes and says which row and why
// ("Row 3 of “orders”: UNIQUE constraint failed: orders.code"). A row both changed and marked
// for deletion is only deleted. A key column can be changed: the UPDATE finds the row by its
// old key.
//
// A plain value, cheap to copy.
class RowEdits
{
    Q_DECLARE_TR_FUNCTIONS(RowEdits)

public:
    RowEdits() = default;
    RowEdits(SqlEngine engine, const Table &table, const QStringList &keyColumns);

    // False without a key (a MariaDB table without any key): its rows cannot be named, so
    // setValue() and remove() do nothing; new rows can still be added.
    bool canEdit() const;
    QString tableName() const { return m_table; }
    QStringList keyColumns() const { return m_keyColumns; }

    // column: an index into the table's columns.
    void setValue(const QVariantList &key, int column, const QVariant &value);
    std::optional<QVariant> value(const QVariantList &key, int column) const; // the pending one
    // The row has pending cell updates or is marked for deletion (what revertRow undoes).
    bool isChanged(const QVariantList &key) const;
    void revertRow(const QVariantList &key); // drops its updates (and un-deletes it)
    // Drops the pending value of one cell (the row is unchanged when it was the last).
    void clearValue(const QVariantList &key, int column);

    int addRow(); // a new row, numbered from 0 in order of adding; returns its number
    void setNewValue(int newRow, int column, const QVariant &value);
    std::optional<QVariant> newValue(int newRow, int column) const; // nullopt: its DEFAULT
    void removeNewRow(int newRow); // later new rows keep their numbers (the removed one is gone)
    QList<int> newRows() const; // the numbers of new rows still pending, in order

    void remove(const QVariantList &key);
    bool isRemoved(const QVariantList &key) const;

    // The keys of the rows with pending updates (and not removed), and of the rows marked for
    // deletion, each in the order they were first changed; as they were given.
    QList<QVariantList> changedKeys() const;
    QList<QVariantList> removedKeys() const;

    bool isEmpty() const { return changeCount() == 0; }
    int changeCount() const; // rows updated + rows added + rows removed
    void clear(); // also numbers the next new row 0 again

    // Runs every pending change in one transaction on `db` (a connection that may write).
    bool apply(const QSqlDatabase &db, QString *error);
    // After a successful apply: the keys the new rows got, in newRows() order, as
    // TableQuery::rowKey gives keys (values given, generated ones read back: lastInsertId on
    // SQLite and MariaDB, RETURNING on PostgreSQL; on SQLite without a primary key the rowid,
    // on PostgreSQL the ctid as text; a generated part MariaDB cannot report is NULL; an
    // empty list for a table without a key). apply() clears the edits; these stay until the
    // next apply().
    QList<QVariantList> insertedKeys() const { return m_insertedKeys; }

    // After an apply() that failed deleting a row: what keeps the row from being deleted, by
    // the foreign keys of `schema` (the database's, as SchemaImporter reads it) and the rows
    // the database has now: rows that refer to it without ON DELETE CASCADE, SET NULL or SET
    // DEFAULT, and those referring so to rows a cascade would delete with it. Each table with
    // its rows, most rows first. Empty when apply() did not fail on a delete, or nothing
    // refers to the row (the database refused it for another reason).
    QList<std::pair<QString, qint64>> refusedDeleteReferrers(
        const QSqlDatabase &db, const Schema &schema) const;
    // "Cannot delete user 3: 12 rows of post and 2 rows of followers refer to it.", or empty
    // as refusedDeleteReferrers() is.
    QString refusedDeleteMessage(const QSqlDatabase &db, const Schema &schema) const;

private:
    struct RowChange
    {
        QVariantList key; // as given
        QVariantList typedKey; // each part read as a value of its column's type
        QMap<int, QVariant> values; // by column
        bool removed = false;
        quint64 order = 0; // when it was first changed
    };

    QVariantList typedKey(const QVariantList &key) const;
    QString identity(const QVariantList &typedKey) const;
    RowChange *change(const QVariantList &key);
    const RowChange *change(const QVariantList &key) const;
    RowChange &changeFor(const QVariantList &key);
    QList<const RowChange *> ordered() const;
    QString keyText(const RowChange &change) const;
    // `prefix` qualifies the key's columns ("t0.").
    QString keyCondition(
        const RowChange &change, QVariantList *values, const QString &prefix = {}) const;
    bool insertRow(const QSqlDatabase &db, QSqlQuery &query, const QMap<int, QVariant> &values,
        QVariantList *key, QString *reason) const;
    bool updateRow(
        const QSqlDatabase &db, QSqlQuery &query, const RowChange &change, QString *reason) const;
    bool deleteRow(QSqlQuery &query, const RowChange &change, QString *reason) const;
    bool rowExists(const QSqlDatabase &db, const RowChange &change, QString *reason) const;
    QString keyName(qsizetype part) const; // as SQL

    SqlEngine m_engine = defaultSqlEngine;
    std::shared_ptr<const Dialect> m_dialect;
    QString m_table;
    QStringList m_columns;
    QList<LogicalType> m_types;
    QList<bool> m_autoIncrement;
    QStringList m_keyColumns;
    QList<LogicalType> m_keyTypes; // of m_keyColumns (a rowid's is BIGINT, a ctid's Other)
    QList<int> m_keyIndexes; // m_keyColumns' indexes into m_columns; -1 for a rowid or ctid
    QString m_rowIdName; // SQLite: how this table's rowid can be named (empty when shadowed)

    QHash<QString, RowChange> m_changes; // by identity()
    QMap<int, QMap<int, QVariant>> m_newRows; // by number, then column
    int m_nextNewRow = 0;
    quint64 m_clock = 0;
    QList<QVariantList> m_insertedKeys;
    std::optional<RowChange> m_refusedDelete; // the delete the last apply() failed on
};
