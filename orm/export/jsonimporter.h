#pragma once

#include "schema/schema.h"
#include "values/jsonvaluereader.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <functional>
#include <utility>

class Connection;
class QIODevice;

// Loads what JsonExporter writes, {"table": [{"column": value, ...}, ...], ...}, into a
// database with the same schema: streamed (RapidJSON's SAX reader, a batch of rows in memory
// at a time), tables in the file's order (the export's is parents first), all in one
// transaction, so a failure or a cancel leaves the database as it was. Values are read per
// column type: 64-bit integers exact, decimals as their exact text, reals, booleans, ISO 8601
// dates and times, BLOBs from base64 (or hex); a column left out of a row gets its default.
// Keys are inserted as given, and PostgreSQL's sequences are moved past them. Foreign keys
// inside a cycle (a self-reference too) are checked at the end instead of row by row: see
// read().
class JsonImporter
{
    Q_DECLARE_TR_FUNCTIONS(JsonImporter)

public:
    using Blobs = JsonValueReader::Blobs;
    // Called after each batch of rows with the rows inserted so far and the bytes of the input
    // read and in all (-1 when unknown, as for a pipe); returning false cancels and rolls
    // everything back.
    using Progress = std::function<bool(qint64 rows, qint64 bytesRead, qint64 bytesTotal)>;

    // `schema` is the database's (SchemaImporter) or the design it was made from.
    JsonImporter(Connection &connection, const Schema &schema);

    void setBlobs(Blobs blobs) { m_blobs = blobs; }
    void setProgress(Progress progress) { m_progress = std::move(progress); }

    // Reads the JSON and inserts its rows; on failure returns false with a message for people
    // in *error: the position in the input (line:column), the table, the row (counted from 1)
    // and the column it is about, and the database's own words when it refused the row.
    // Foreign keys within a cycle of tables are not checked row by row, since the rows of a
    // cycle cannot all come after their parents: SQLite defers every check to the end
    // (PRAGMA defer_foreign_keys); PostgreSQL defers the cycle's constraints (those that are
    // NOT DEFERRABLE become DEFERRABLE until the end of the transaction, and NOT DEFERRABLE
    // again before it commits); MariaDB turns FOREIGN_KEY_CHECKS off while it inserts the rows
    // of a table in a cycle. Before the commit every foreign key that was not checked is
    // checked with a query, and a row that refers to nothing fails the import by its key.
    bool read(QIODevice *in, QString *error);
    bool readFile(const QString &path, QString *error);

    // After read(): the tables of the input, in its order, with the rows inserted.
    QList<std::pair<QString, qint64>> imported() const { return m_imported; }
    // After read(): what the user should know, e.g. triggers that ran for the imported rows
    // where the engine cannot turn them off (MariaDB). A restore turns triggers off elsewhere.
    QStringList warnings() const { return m_warnings; }
    // After a failure: true when the input was at fault (it cannot be read, is not JSON of the
    // export's shape, names a table or column the database does not have, or holds a value
    // that is not of its column's type), false when the database refused or it was cancelled.
    bool inputFailed() const { return m_inputFailed; }

private:
    class Run;

    bool readNamed(QIODevice *in, const QString &name, QString *error);

    Connection &m_connection;
    Schema m_schema;
    Blobs m_blobs = Blobs::Base64;
    Progress m_progress;
    QList<std::pair<QString, qint64>> m_imported;
    QStringList m_warnings;
    bool m_inputFailed = false;
};
