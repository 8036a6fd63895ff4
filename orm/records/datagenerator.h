#pragma once

#include "schema/schema.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QStringList>

#include <functional>

class Connection;

// Fills a database with generated rows that its constraints accept (the seed note's
// factories): values of each column's type and size, NOT NULL, UNIQUE and primary keys,
// foreign keys to existing parent rows, trees for self-references, distinct pairs in
// association tables, and joined- and single-table inheritance with the discriminator set.
// The same seed, schema and engine give the same rows. Everything runs in one transaction, so
// a failure or a cancel leaves the database as it was.
class DataGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DataGenerator)

public:
    // Called after each batch of rows with the rows inserted so far and the rows planned (an
    // estimate until the end); returning false cancels and rolls everything back.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    // `schema` is a design (its inheritance extension says which tables are subclasses and
    // what the discriminator holds) or a schema read from the database. Without inheritance
    // extensions, a table whose primary key is a foreign key to another table's primary key is
    // a joined-inheritance child, and a text column `type` or `discriminator` of its root, if
    // any, is the discriminator.
    DataGenerator(Connection &connection, const Schema &schema);

    // Rows for every table without a row count of its own (100 unless set).
    void setDefaultRows(qint64 rows) { m_defaultRows = rows; }
    qint64 defaultRows() const { return m_defaultRows; }
    // Rows for one table (by name), e.g. setRows("post", 1000000). A joined-inheritance child
    // gets one row for each of its parent's rows whose type is the child, so its own count
    // applies only when the parent is not filled in the same run.
    void setRows(const QString &table, qint64 rows) { m_rows.insert(table, rows); }
    qint64 rows(const QString &table) const { return m_rows.value(table, m_defaultRows); }

    void setSeed(quint64 seed) { m_seed = seed; }
    quint64 seed() const { return m_seed; }

    // Fill only these tables (empty: all). Parents outside the list are not filled: their
    // existing rows are referenced, and fill() fails naming a parent that has none.
    void setTables(const QStringList &tables) { m_tables = tables; }
    QStringList tables() const { return m_tables; }

    void setProgress(Progress progress) { m_progress = std::move(progress); }

    // Generates and inserts the rows, parents first; on failure returns false with a message
    // for people in *error (naming the table and column) and changes nothing.
    bool fill(QString *error);

    // After fill(): rows inserted per table, and the tables in the order they were filled.
    QHash<QString, qint64> inserted() const { return m_inserted; }
    QStringList filledTables() const { return m_filled; }

private:
    Connection &m_connection;
    Schema m_design;
    qint64 m_defaultRows = 100;
    QMap<QString, qint64> m_rows;
    quint64 m_seed = 1;
    QStringList m_tables;
    Progress m_progress;
    QHash<QString, qint64> m_inserted;
    QStringList m_filled;
};
