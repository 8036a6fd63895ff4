#pragma once

#include "schema/schema.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

class Connection;
class QIODevice;

// Writes a whole database (or some tables) as one JSON object, the seed note's shape:
// {"table": [{"column": value, ...}, ...], ...}, tables parents first, keys in column order,
// an empty table as [], one row per line (or indented). Integers are exact over 64 bits,
// reals in the shortest form that reads back the same, decimals exact, booleans true/false,
// dates and times ISO 8601 text, BLOBs base64 (or hex, or left out). Rows are read in pages
// by key inside one read-only transaction, so memory does not grow with the database and a
// writer at the same time cannot make the export inconsistent.
class JsonExporter
{
    Q_DECLARE_TR_FUNCTIONS(JsonExporter)

public:
    enum class Blobs { Base64, Hex, Skip };

    JsonExporter(Connection &connection, const Schema &schema);

    void setTables(const QStringList &tables) { m_tables = tables; }
    void setPretty(bool pretty) { m_pretty = pretty; }
    void setBlobs(Blobs blobs) { m_blobs = blobs; }
    // Called after each page of rows with (rows written, rows in all); false cancels.
    void setProgress(std::function<bool(qint64, qint64)> progress)
    {
        m_progress = std::move(progress);
    }

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

private:
    Connection &m_connection;
    Schema m_schema;
    QStringList m_tables;
    bool m_pretty = false;
    Blobs m_blobs = Blobs::Base64;
    std::function<bool(qint64, qint64)> m_progress;
    QStringList m_warnings;
    bool m_outputFailed = false;
};
