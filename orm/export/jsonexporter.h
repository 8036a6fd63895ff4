#pragma once

#include "schema/schema.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <QVariant>

#include <algorithm>
#include <functional>

class Connection;
class JsonOutput;
class QIODevice;
class QSqlQuery;
class SqliteRowReader;

// Writes a whole database (or some tables, or the rows of a filtered view) as one JSON
// object, the seed note's shape: {"table": [{"column": value, ...}, ...], ...}, tables parents
// first, keys in column order, an empty table as [], one row per line (or indented).
// Integers are exact over 64 bits, reals in the shortest form that reads back the same,
// decimals exact, booleans true/false, dates and times ISO 8601 text, BLOBs base64 (or hex,
// or left out). Everything is read inside one read-only transaction with a stable snapshot,
// so a writer at the same time cannot make the export inconsistent, and read as it streams,
// so memory does not grow with the database: PostgreSQL and MariaDB in pages by key (tables
// without a key: one streamed query on PostgreSQL, a HANDLER cursor on MariaDB); SQLite in
// one query per table in key (or rowid) order, stepped straight through SQLite's own
// statement (SqliteRowReader), its values written into a large output buffer without a
// QVariant or QString each (SqliteJsonValues, JsonOutput), the generic way only where that
// would not give the same bytes. JsonImporter reads it back.
class JsonExporter
{
    Q_DECLARE_TR_FUNCTIONS(JsonExporter)

public:
    enum class Blobs { Base64, Hex, Skip };

    JsonExporter(Connection &connection, const Schema &schema);

    void setTables(const QStringList &tables) { m_tables = tables; }
    void setPretty(bool pretty) { m_pretty = pretty; }
    void setBlobs(Blobs blobs) { m_blobs = blobs; }
    // Exports only the rows of `table` that match `where`, a condition in the engine's SQL
    // with "?" placeholders bound to `values` in order (the data browser's filtered view).
    // The condition is the caller's SQL, run as given; the values are only ever bound.
    // With setTables({table}), the file holds that table alone: {"table": [...]}.
    void setFilter(const QString &table, const QString &where, const QVariantList &values = {});
    void clearFilters() { m_filters.clear(); }
    // Rows read per query, and between two progress calls (5,000 unless set).
    void setPageSize(int rows) { m_pageSize = std::max(1, rows); }
    // Called after each page of rows with (rows written, rows in all); false cancels. It runs
    // while the export's read transaction is open: it must not use the export's connection.
    void setProgress(std::function<bool(qint64, qint64)> progress)
    {
        m_progress = std::move(progress);
    }
    // For tests and benchmarks: false reads SQLite as the other engines are read, through
    // QSqlQuery, in pages; the bytes written are the same either way.
    void setFastPath(bool fast) { m_fastPath = fast; }

    bool write(QIODevice *out, QString *error);
    // Through QSaveFile: a failure or a cancel leaves no partial file and an existing file
    // as it was.
    bool writeFile(const QString &path, QString *error);

    // The tables in the order they are written: parents first, otherwise by name; a cycle is
    // broken at its first table by name.
    QStringList tableOrder(QString *error) const;
    // Text that was not valid UTF-8 (written with replacement characters), one line each.
    QStringList warnings() const { return m_warnings; }
    // After a failure: true when writing the output failed, false when reading did.
    bool outputFailed() const { return m_outputFailed; }
    // For tests and benchmarks: the rows the last write() read straight from SQLite.
    qint64 fastPathRows() const { return m_fastPathRows; }

private:
    struct Filter
    {
        QString where;
        QVariantList values;
    };
    struct ColumnInfo;

    bool put(JsonOutput &out, const QByteArray &bytes, QString *error);
    // False, with the error, once writing the output has failed.
    bool outputOk(const JsonOutput &out, QString *error);
    // Writes the rows of one table; `written` counts every row written so far.
    bool writeRows(JsonOutput &out, const Table &table, qint64 expected, qint64 total,
        qint64 &written, bool &first, QString *error);
    QByteArray rowJson(const QSqlQuery &rows, const QList<ColumnInfo> &columns,
        const QList<int> &indexes, const Table &table, int keyCount, bool first);
    // The JSON of one value as the driver gives it; for text that is not UTF-8, also the
    // warning (`key` gives the row's key, when asked for).
    QByteArray valueJson(const QVariant &raw, const ColumnInfo &info, const Table &table,
        const std::function<QStringList()> &key);
    // The rows of one SQLite query, read through `rows`: the columns after the first
    // `keyCount` are `columns`. Reports progress every page size of rows.
    bool writeSqliteRows(JsonOutput &out, SqliteRowReader &rows, const QList<ColumnInfo> &columns,
        const Table &table, int keyCount, qint64 &tableRows, qint64 &written, bool &first,
        const std::function<bool()> &progress, QString *error);

    Connection &m_connection;
    Schema m_schema;
    QStringList m_tables;
    QHash<QString, Filter> m_filters;
    bool m_pretty = false;
    Blobs m_blobs = Blobs::Base64;
    int m_pageSize = 5000;
    bool m_fastPath = true;
    std::function<bool(qint64, qint64)> m_progress;
    QStringList m_warnings;
    bool m_outputFailed = false;
    QString m_outputName; // the file written, for messages; empty for other devices
    qint64 m_fastPathRows = 0;
};
