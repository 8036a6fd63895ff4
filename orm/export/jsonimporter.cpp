#include "jsonimporter.h"

#include "database/batchinserter.h"
#include "database/connection.h"
#include "ddl/ddlwriter.h"
#include "dialects/dialect.h"
#include "export/importtransaction.h"
#include "export/jsonstream.h"
#include "sql/typemapping.h"
#include "values/jsonvaluereader.h"

#include <QFile>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>

#include <memory>

namespace {

constexpr int MaxRowsPerStatement = 500;
constexpr qint64 MaxBytesPerStatement = 4 << 20; // well under MariaDB's max_allowed_packet

} // namespace

// One import: what the input's tables, rows and values become, and the transaction they fill.
class JsonImporter::Run : public JsonStream::Receiver
{
    Q_DECLARE_TR_FUNCTIONS(JsonImporter)

public:
    using Token = JsonValueReader::Token;

    Run(JsonImporter &importer, const JsonStream &stream, const QString &source, qint64 bytesTotal)
        : m_importer(importer)
        , m_schema(importer.m_schema)
        , m_dialect(importer.m_connection.dialect())
        , m_values(m_dialect, importer.m_blobs)
        , m_db(importer.m_connection.database())
        , m_stream(stream)
        , m_source(source)
        , m_bytesTotal(bytesTotal)
        , m_transaction(m_db, m_dialect, m_schema)
    {
    }

    QString error() const { return m_error; }
    bool inputFault() const { return m_inputFault; }

    bool begin() { return m_transaction.begin() || failDatabase(m_transaction.error()); }

    // After the whole input: the checks that were put off, sequences, commit.
    bool finish()
    {
        return m_transaction.finish(m_importer.m_imported, &m_importer.m_warnings)
            || failDatabase(m_transaction.error());
    }

    void abort()
    {
        m_inserter.reset();
        m_transaction.abort();
    }

    // JsonStream's receiver.
    bool beginTable(const QString &name) override
    {
        const Table *table = findTable(name);
        if (!table)
            return failInput(tr("The database has no table \"%1\".").arg(name));
        if (m_seen.contains(table->id))
            return failInput(tr("The table \"%1\" is given twice.").arg(table->name));
        m_seen.insert(table->id);
        m_table = table;
        m_columns.clear();
        m_columnByName.clear();
        for (const Column &c : table->columns) {
            m_columnByName.insert(c.name, int(m_columns.size()));
            m_columns.append({c.name, TypeMapping::fromDesign(c.datatype), c.computed});
        }
        m_rowNumber = 0;
        m_tableRows = 0;
        m_inserter.reset();
        m_importer.m_imported.append({table->name, 0});
        return m_transaction.beginTable(*table) || failDatabase(m_transaction.error());
    }
    bool beginRow() override
    {
        ++m_rowNumber;
        m_rowLine = m_stream.line();
        m_rowColumn = m_stream.columnOf(m_stream.bytesRead() - 1); // at its "{"
        m_row.fill(QVariant(), m_columns.size());
        m_present.fill(false, m_columns.size());
        return true;
    }
    bool beginValue(const QString &name) override
    {
        const int column = columnIndex(name);
        if (column < 0)
            return failInput(tr("%1: the table has no column \"%2\".").arg(rowLabel(), name));
        if (m_present.at(column))
            return failInput(tr("%1: the column \"%2\" is given twice.")
                                 .arg(rowLabel(), m_columns.at(column).name));
        m_column = column;
        return true;
    }
    bool value(Token token, bool flag, QByteArrayView text) override
    {
        const ColumnSpec &column = m_columns.at(m_column);
        QString problem;
        const std::optional<QVariant> v = m_values.read(column.type, token, flag, text, &problem);
        if (!v) {
            // At the value's start, its opening quote for a string.
            const QString message
                = tr("%1, column \"%2\": %3").arg(rowLabel(), column.name, problem);
            return token == Token::String ? invalid(m_stream.stringColumn(), message)
                                          : failInput(message);
        }
        m_row[m_column] = *v;
        m_present[m_column] = true;
        return true;
    }
    bool endTable() override
    {
        if (!flush())
            return false;
        m_importer.m_imported.last().second = m_tableRows;
        return true;
    }
    // A value or container where the export's shape has something else.
    bool misplaced(JsonStream::Shape expected, const QString &found) override
    {
        switch (expected) {
        case JsonStream::Shape::Root:
            return failInput(tr("The input must be a JSON object of tables, {\"table\": [rows]}, "
                                "as export-json writes it; it begins with %1.")
                                 .arg(found));
        case JsonStream::Shape::Rows:
            return failInput(
                tr("\"%1\" must be an array of rows, not %2.").arg(m_table->name, found));
        case JsonStream::Shape::Row:
            return failInput(tr("\"%1\" row %2 must be an object of columns, not %3.")
                                 .arg(m_table->name, QString::number(m_rowNumber + 1), found));
        case JsonStream::Shape::Value:
            return failInput(tr("%1, column \"%2\": a value cannot be %3.")
                                 .arg(rowLabel(), m_columns.at(m_column).name, found));
        default:
            return failInput(tr("Unexpected %1.").arg(found));
        }
    }
    // A failure at `column` of the current line.
    bool invalid(qint64 column, const QString &message) override
    {
        m_error = position(m_stream.line(), column) + message;
        m_inputFault = true;
        return false;
    }

    bool failInput(const QString &message) { return invalid(m_stream.column(), message); }

    // Where an input position is, "IN.json:3:14: ".
    QString position(qint64 line, qint64 column) const
    {
        return QStringLiteral("%1:%2:%3: ")
            .arg(m_source, QString::number(line), QString::number(column));
    }

private:
    struct ColumnSpec
    {
        QString name;
        LogicalType type;
        bool computed = false; // its value is read and checked, then left to the engine
    };
    struct Place
    {
        qint64 row;
        qint64 line;
        qint64 column;
    };

    bool failDatabase(const QString &message)
    {
        m_error = message;
        m_inputFault = false;
        return false;
    }

    QString rowLabel() const
    {
        return tr("\"%1\" row %2").arg(m_table->name, QString::number(m_rowNumber));
    }

    const Table *findTable(const QString &name) const
    {
        if (const Table *t = m_schema.tableByName(name))
            return t;
        const Table *found = nullptr;
        for (const Table &t : m_schema.tables()) {
            if (t.name.compare(name, Qt::CaseInsensitive) == 0) {
                if (found)
                    return nullptr; // ambiguous without the case
                found = &t;
            }
        }
        return found;
    }

    int columnIndex(const QString &name) const
    {
        const int exact = m_columnByName.value(name, -1);
        if (exact >= 0)
            return exact;
        int found = -1;
        for (int i = 0; i < m_columns.size(); ++i) {
            if (m_columns.at(i).name.compare(name, Qt::CaseInsensitive) == 0) {
                if (found >= 0)
                    return -1;
                found = i;
            }
        }
        return found;
    }

    bool endRow() override
    {
        QList<int> present;
        for (int i = 0; i < m_present.size(); ++i) {
            if (m_present.at(i) && !m_columns.at(i).computed)
                present << i;
        }
        if (!m_places.isEmpty() && present != m_batchColumns && !flush())
            return false;
        if (!m_inserter || present != m_batchColumns) {
            // Full statements are prepared once per table and set of columns.
            QStringList names;
            for (const int i : std::as_const(present))
                names << m_columns.at(i).name;
            BatchInserter::Options options;
            options.wantedRows = MaxRowsPerStatement;
            options.overriding = true;
            options.retryRowByRow = true;
            m_inserter
                = std::make_unique<BatchInserter>(m_db, m_dialect, m_table->name, names, options);
        }
        m_batchColumns = present;
        for (const int i : std::as_const(present)) {
            const QVariant &v = m_row.at(i);
            m_inserter->append(v);
            m_batchBytes += v.typeId() == QMetaType::QByteArray ? v.toByteArray().size()
                : v.typeId() == QMetaType::QString              ? 2 * v.toString().size()
                                                                : 8;
        }
        m_places.append({m_rowNumber, m_rowLine, m_rowColumn});
        if (!inserted(m_inserter->endRow()))
            return false;
        if (m_batchBytes >= MaxBytesPerStatement)
            return flush();
        return true;
    }

    // Inserts the rows of the batch; a statement the database refuses is retried row by row,
    // so that the message names the row.
    bool flush()
    {
        if (m_places.isEmpty())
            return true;
        return inserted(m_inserter->flush());
    }

    // After the inserter ran (or not: 0): counts the rows, reports progress, or says which row
    // the database refused.
    bool inserted(int rows)
    {
        if (rows < 0) {
            const QString reason = m_inserter->errorText();
            if (!m_inserter->failedStatement().isEmpty())
                return failDatabase(tr("%1 failed: %2").arg(m_inserter->failedStatement(), reason));
            if (m_inserter->failedRow() < 0)
                return failDatabase(tr("Cannot insert into \"%1\": %2").arg(m_table->name, reason));
            const Place &place = m_places.at(m_inserter->failedRow());
            m_error = position(place.line, place.column)
                + tr("\"%1\" row %2: the database refused it: %3")
                      .arg(m_table->name, QString::number(place.row), reason);
            m_inputFault = false;
            return false;
        }
        if (rows == 0)
            return true;
        m_tableRows += rows;
        m_rows += rows;
        m_places.clear();
        m_batchBytes = 0;
        if (m_importer.m_progress
            && !m_importer.m_progress(m_rows, m_stream.bytesRead(), m_bytesTotal))
            return failDatabase(tr("Cancelled."));
        return true;
    }

    JsonImporter &m_importer;
    const Schema &m_schema;
    const Dialect &m_dialect;
    const JsonValueReader m_values;
    QSqlDatabase m_db;
    const JsonStream &m_stream;
    const QString m_source;
    const qint64 m_bytesTotal;

    QString m_error;
    bool m_inputFault = false;
    QSet<ObjectId> m_seen;

    // The table being read, and its row.
    const Table *m_table = nullptr;
    QList<ColumnSpec> m_columns;
    QHash<QString, int> m_columnByName;
    qint64 m_rowNumber = 0; // from 1
    qint64 m_rowLine = 0;
    qint64 m_rowColumn = 0;
    QVariantList m_row;
    QList<bool> m_present;
    int m_column = -1;

    // The rows waiting to be inserted: all with the same columns.
    QList<int> m_batchColumns;
    std::unique_ptr<BatchInserter> m_inserter;
    QList<Place> m_places;
    qint64 m_batchBytes = 0;
    qint64 m_tableRows = 0;
    qint64 m_rows = 0;

    ImportTransaction m_transaction;
};

JsonImporter::JsonImporter(Connection &connection, const Schema &schema)
    : m_connection(connection)
    , m_schema(DdlWriter::physicalSchema(schema))
{
}

bool JsonImporter::readFile(const QString &path, QString *error)
{
    m_imported.clear();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        m_inputFailed = true;
        return false;
    }
    return readNamed(&file, path, error);
}

bool JsonImporter::read(QIODevice *in, QString *error)
{
    const auto *file = qobject_cast<QFile *>(in);
    return readNamed(
        in, file && !file->fileName().isEmpty() ? file->fileName() : tr("input"), error);
}

bool JsonImporter::readNamed(QIODevice *in, const QString &name, QString *error)
{
    m_imported.clear();
    m_warnings.clear();
    m_inputFailed = false;
    JsonStream stream(in);
    Run run(*this, stream, name, in->isSequential() ? -1 : in->size());
    const auto fail = [&] {
        run.abort();
        *error = run.error();
        m_inputFailed = run.inputFault();
        return false;
    };
    if (!run.begin())
        return fail();
    switch (stream.read(run)) {
    case JsonStream::Result::Read:
        break;
    case JsonStream::Result::DeviceFailed:
        run.failInput(tr("Cannot read %1: %2").arg(name, stream.deviceError()));
        return fail();
    case JsonStream::Result::NotJson:
        run.invalid(stream.notJsonColumn(), stream.notJsonReason());
        return fail();
    case JsonStream::Result::Stopped:
        return fail();
    }
    if (!run.finish())
        return fail();
    return true;
}
