#pragma once

#include "keysetorder.h"
#include "rowfilter.h"

#include "sql/logicaltype.h"
#include "sql/sqlengine.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <optional>

class Dialect;
class QSqlDatabase;
class QSqlError;
struct ForeignKey;
struct Table;

// SQL text and the values bound to its "?" placeholders, in order.
struct BoundStatement
{
    QString sql;
    QVariantList values;
};

// How many rows a table has, without counting them: the engine's statistics
// (PostgreSQL's pg_class, MariaDB's information_schema.TABLES) or SQLite's rowid range.
struct RowEstimate
{
    qint64 rows = -1; // -1: unknown
    // SQLite: the smallest and largest rowid, when the table has rowids (and rows).
    qint64 firstRowId = 0;
    qint64 lastRowId = -1;

    bool hasRowIdRange() const { return lastRowId >= firstRowId; }
};

// The rows of one table as the data browser reads them, in pages: per-column filters and a
// free WHERE condition (typed by the user, so deliberately SQL), a sort column, and the SQL
// for each page with every value bound. Pages continue from a row's position (keyset: the
// values of the sort column and a unique key) where the table has a key: its primary key, else
// SQLite's rowid, a UNIQUE key of NOT NULL columns, or PostgreSQL's ctid. The key follows the
// sort column as a tie-breaker, so the order is total and keyset paging exact. Only a MariaDB
// table without any key falls back to OFFSET alone (when sorted, ordered by every column so
// that pages do not overlap). OFFSET also serves far jumps, counted from the nearest row
// whose position is known.
//
// A plain value: the model keeps one, and each worker thread a copy it runs on its own
// connection.
class TableQuery
{
    Q_DECLARE_TR_FUNCTIONS(TableQuery)

public:
    // Which rows a page holds: `limit` rows after passing over `skip` rows (OFFSET), counted
    // from the first row, the last (reading backwards), just after or before a row's
    // position, or from a position on (that row included).
    struct PageSpec
    {
        enum class From { Start, End, After, Before, At };
        From from = From::Start;
        QVariantList position; // After, Before, At
        qint64 skip = 0;
        int limit = 256;
    };
    // Rows in the query's order (also when read backwards): decoded values in column order
    // (ValueCodec: NULL is a null QVariant, BLOBs QByteArray), and each row's position.
    struct Page
    {
        QList<QVariantList> rows;
        QList<QVariantList> positions;
    };

    // A table, or a view: read-only rows without a key (no rowid, no ctid), so pages go by
    // OFFSET and there are no statistics to estimate from.
    enum class Relation { Table, View };

    TableQuery() = default;
    TableQuery(SqlEngine engine, const Table &table, Relation relation = Relation::Table);

    // The views of a database, each as a Table with its columns (named by the driver's type
    // for each: INTEGER, BIGINT, DOUBLE, TEXT, BLOB, BOOLEAN, DATE, TIME, DATETIME) and no keys.
    static QList<Table> views(const QSqlDatabase &db);
    bool isView() const { return m_relation == Relation::View; }

    SqlEngine engine() const { return m_engine; }
    QString tableName() const { return m_table; }
    const QStringList &columnNames() const { return m_columns; }
    const QList<LogicalType> &columnTypes() const { return m_types; }
    int columnCount() const { return int(m_columns.size()); }
    // What makes the order exact: the key's columns, or "rowid" / "ctid" (as the engine
    // spells it); empty for a MariaDB table without a key.
    QStringList keyColumns() const;
    // Pages can continue from a row (After, Before, At); else only Start and End with skip.
    bool hasKeyset() const { return !m_keyColumns.isEmpty() || !m_hiddenKey.isEmpty(); }
    // The rows have an order that can be read backwards (End, Before); false only for an
    // unsorted table without a key.
    bool isOrdered() const { return hasKeyset() || m_sortColumn >= 0; }

    void setFilters(const QList<RowFilter> &filters) { m_filters = filters; }
    const QList<RowFilter> &filters() const { return m_filters; }
    // A condition in the engine's SQL, as typed in the browser's WHERE box.
    void setWhere(const QString &condition) { m_where = condition.trimmed(); }
    QString where() const { return m_where; }
    // A condition the browser sets when it follows a relationship (a row's many-to-many
    // partners), its values bound; it applies with the filters. Empty SQL: none.
    void setScope(const BoundStatement &condition) { m_scope = condition; }
    const BoundStatement &scope() const { return m_scope; }
    bool isFiltered() const
    {
        return !m_filters.isEmpty() || !m_where.isEmpty() || !m_scope.sql.isEmpty();
    }
    // Sorts by a column (an index into columnNames()); -1 for the key's order.
    void setSort(int column, Qt::SortOrder order);
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // Reads what the design does not say about the table. On SQLite: whether its primary key
    // is an INTEGER PRIMARY KEY, the rowid under another name (see ordersByRowId()).
    void inspect(const QSqlDatabase &db);
    // The rows are in rowid order (SQLite, unfiltered, by the rowid or an INTEGER PRIMARY KEY
    // that is it), so when the rowids have no gaps, row n is the one at rowid first + n
    // (last - n descending): a far jump is a seek, PageSpec::From::At {rowid}.
    bool ordersByRowId() const;

    // The rows of `target` linked to a row through the association table `association`:
    // `from` is its foreign key to the row's table, `to` its foreign key to `target`, and
    // `values` the row's values of the columns `from` references, in its parts' order.
    static BoundStatement partnersCondition(SqlEngine engine, const Table &association,
        const ForeignKey &from, const ForeignKey &to, const Table &target,
        const QVariantList &values);

    // The scope, the filters and the WHERE box as one condition (without the word WHERE), "?" bound
    // to the values in order; empty when unfiltered. What JsonExporter::setFilter takes.
    BoundStatement whereCondition() const;
    BoundStatement pageStatement(const PageSpec &spec) const;
    BoundStatement countStatement() const;

    // A row's key (the values of keyColumns(), in order) from its values and its position as
    // fetch() gave them: the key's columns are among the values, a rowid or ctid is the
    // position's last value.
    QVariantList rowKey(const QVariantList &row, const QVariantList &position) const;
    // The condition that picks the row with `key` (as rowKey gives it), its values bound.
    BoundStatement keyCondition(const QVariantList &key) const;
    // Where the row with `key` is in the query's order (filters and sort applied): the number
    // of rows before it. nullopt when it is not among the rows (with an empty *error), or on
    // failure (with a message in *error).
    std::optional<qint64> rowNumber(
        const QSqlDatabase &db, const QVariantList &key, QString *error) const;

    // Runs the statements. On failure: nullopt, a message for people in *error, and the
    // driver's error in *cause (for QueryInterrupter::isInterruption).
    std::optional<Page> fetch(const QSqlDatabase &db, const PageSpec &spec, QString *error,
        QSqlError *cause = nullptr) const;
    std::optional<qint64> count(
        const QSqlDatabase &db, QString *error, QSqlError *cause = nullptr) const;
    // Unknown (-1) when filtered: statistics say nothing about a WHERE.
    RowEstimate estimate(const QSqlDatabase &db) const;

    // Statements for a connection that browses: read-only, so the WHERE box cannot change
    // anything (not even through a function with side effects); on SQLite also a small page
    // cache instead of the dialect's 64 MB, as a far jump reads pages it does not read again.
    static QStringList browsingSetup(SqlEngine engine);

private:
    struct Shape; // the order, the select list, and where each row's position is in it
    Shape shape() const;
    // SELECT `what` FROM the table WHERE the scope, filters and WHERE box and `also` hold.
    BoundStatement select(const QString &what, const BoundStatement &also = {}) const;
    QString quoted(int column) const;
    QString qualified(const QString &name) const; // "table".name
    QString orderExpression(int column) const;
    BoundStatement filterCondition(const RowFilter &filter) const;
    QVariant filterValue(int column, const QVariant &value) const;

    SqlEngine m_engine = defaultSqlEngine;
    Relation m_relation = Relation::Table;
    std::shared_ptr<const Dialect> m_dialect;
    QString m_table;
    QStringList m_columns;
    QList<LogicalType> m_types;
    QList<bool> m_nullable;
    QStringList m_keyColumns;
    QString m_hiddenKey; // rowid (or _rowid_, oid) on SQLite, ctid on PostgreSQL
    QString m_rowIdName; // the row identity's name (rowid, ctid); empty when shadowed or none
    QString m_rowIdAlias; // SQLite: the INTEGER PRIMARY KEY column (after inspect())
    QList<RowFilter> m_filters;
    QString m_where;
    BoundStatement m_scope;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};
