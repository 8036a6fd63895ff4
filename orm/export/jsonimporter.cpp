#include "jsonimporter.h"

#include "database/batchinserter.h"
#include "database/connection.h"
#include "database/sqllog.h"
#include "ddl/ddlwriter.h"
#include "dialects/dialect.h"
#include "sql/typemapping.h"
#include "values/jsonvaluereader.h"

#include <QFile>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>

#include <algorithm>
#include <functional>
#include <memory>

namespace {

constexpr qint64 BufferSize = 64 * 1024;
constexpr int MaxRowsPerStatement = 500;
constexpr qint64 MaxBytesPerStatement = 4 << 20; // well under MariaDB's max_allowed_packet

// A RapidJSON input stream over a QIODevice, read in blocks as rapidjson::FileReadStream
// reads a FILE (a '\0' after the last byte ends the input), that counts lines.
class DeviceStream
{
public:
    using Ch = char;

    explicit DeviceStream(QIODevice *device)
        : m_device(device)
        , m_buffer(BufferSize + 1, '\0')
    {
        fill();
    }

    Ch Peek() const { return *m_current; }
    Ch Take()
    {
        const Ch c = *m_current;
        if (m_hexDigits > 0 || m_escaped || c == '"' || c == '\\')
            noteString(c);
        if (m_current < m_last) {
            ++m_current;
        } else if (!m_eof) {
            m_count += m_read;
            fill();
        }
        if (c == '\n') {
            ++m_line;
            m_lineStart = qint64(Tell());
        }
        return c;
    }
    size_t Tell() const { return size_t(m_count + (m_current - m_buffer.constData())); }
    // Output, which a reader never uses.
    Ch *PutBegin()
    {
        RAPIDJSON_ASSERT(false);
        return nullptr;
    }
    void Put(Ch) { RAPIDJSON_ASSERT(false); }
    void Flush() { RAPIDJSON_ASSERT(false); }
    size_t PutEnd(Ch *)
    {
        RAPIDJSON_ASSERT(false);
        return 0;
    }

    qint64 line() const { return m_line; }
    // Where the last string (a value or a key) began, at its opening quote, on the current
    // line (a JSON string holds no line break).
    qint64 stringColumn() const { return columnOf(m_stringStart); }
    // Where the first \uDC00-\uDFFF escape of the last string that no \uD800-\uDBFF escape
    // came just before is, at its backslash; -1 when there is none. RapidJSON refuses a lone
    // high surrogate itself, and encodes a lone low one as bytes that are not UTF-8.
    qint64 loneLowSurrogateColumn() const
    {
        return m_loneLowSurrogate < 0 ? -1 : columnOf(m_loneLowSurrogate);
    }
    // The column (in bytes, from 1) of an offset on the current line.
    qint64 columnOf(qint64 offset) const { return std::max<qint64>(1, offset - m_lineStart + 1); }
    bool failed() const { return m_failed; }
    QString errorString() const { return m_device->errorString(); }

private:
    // Follows strings and their \u escapes, for stringColumn() and loneLowSurrogateColumn().
    // Outside strings a backslash is not JSON, which the reader reports itself.
    void noteString(Ch c)
    {
        const qint64 at = qint64(Tell());
        if (m_hexDigits > 0) {
            const int digit = c >= '0' && c <= '9' ? c - '0'
                : c >= 'a' && c <= 'f'             ? c - 'a' + 10
                : c >= 'A' && c <= 'F'             ? c - 'A' + 10
                                                   : 0;
            m_unit = m_unit * 16 + digit;
            if (--m_hexDigits == 0) {
                if (m_unit >= 0xDC00 && m_unit <= 0xDFFF && !m_afterHighSurrogate
                    && m_loneLowSurrogate < 0)
                    m_loneLowSurrogate = m_escapeStart;
                m_afterHighSurrogate = m_unit >= 0xD800 && m_unit <= 0xDBFF;
            }
        } else if (m_escaped) {
            m_escaped = false;
            if (c == 'u') {
                m_hexDigits = 4;
                m_unit = 0;
            } else {
                m_afterHighSurrogate = false;
            }
        } else if (c == '\\') {
            m_escaped = m_inString;
            m_escapeStart = at;
        } else if (!m_inString) {
            m_inString = true;
            m_stringStart = at;
            m_loneLowSurrogate = -1;
            m_afterHighSurrogate = false;
        } else {
            m_inString = false;
        }
    }

    void fill()
    {
        qint64 n = 0;
        while (n < BufferSize) {
            const qint64 got = m_device->read(m_buffer.data() + n, BufferSize - n);
            if (got < 0) {
                m_failed = true;
                break;
            }
            if (got == 0) {
                if (m_device->isSequential() && m_device->waitForReadyRead(-1))
                    continue;
                break;
            }
            n += got;
        }
        m_read = n;
        m_current = m_buffer.data();
        m_last = m_current + n - 1;
        if (n < BufferSize) {
            m_buffer[n] = '\0';
            ++m_last;
            m_eof = true;
        }
    }

    QIODevice *m_device;
    QByteArray m_buffer;
    char *m_current = nullptr;
    char *m_last = nullptr;
    qint64 m_read = 0;
    qint64 m_count = 0;
    bool m_eof = false;
    bool m_failed = false;
    qint64 m_line = 1;
    qint64 m_lineStart = 0;
    bool m_inString = false;
    bool m_escaped = false;
    int m_hexDigits = 0;
    int m_unit = 0;
    bool m_afterHighSurrogate = false;
    qint64 m_stringStart = 0;
    qint64 m_escapeStart = 0;
    qint64 m_loneLowSurrogate = -1;
};

// The strongly connected components of the foreign-key graph (Tarjan): tables in one
// component with more than one table, or with a foreign key to itself, form a cycle.
QHash<ObjectId, int> foreignKeyComponents(const Schema &schema)
{
    QHash<ObjectId, int> index, low, component;
    QList<ObjectId> stack;
    QSet<ObjectId> onStack;
    int next = 0;
    int components = 0;
    std::function<void(const Table &)> visit = [&](const Table &t) {
        index.insert(t.id, next);
        low.insert(t.id, next);
        ++next;
        stack << t.id;
        onStack.insert(t.id);
        for (const ForeignKey &fk : t.foreignKeys) {
            const Table *r = schema.table(fk.referencedTable);
            if (!r)
                continue;
            if (!index.contains(r->id)) {
                visit(*r);
                low[t.id] = std::min(low.value(t.id), low.value(r->id));
            } else if (onStack.contains(r->id)) {
                low[t.id] = std::min(low.value(t.id), index.value(r->id));
            }
        }
        if (low.value(t.id) == index.value(t.id)) {
            ObjectId member;
            do {
                member = stack.takeLast();
                onStack.remove(member);
                component.insert(member, components);
            } while (member != t.id);
            ++components;
        }
    };
    for (const Table &t : schema.tables()) {
        if (!index.contains(t.id))
            visit(t);
    }
    return component;
}

} // namespace

// One import: the SAX handler that RapidJSON's reader calls, and the transaction it fills.
class JsonImporter::Run : public rapidjson::BaseReaderHandler<rapidjson::UTF8<>, Run>
{
    Q_DECLARE_TR_FUNCTIONS(JsonImporter)

public:
    Run(JsonImporter &importer, DeviceStream &stream, const QString &source, qint64 bytesTotal)
        : m_importer(importer)
        , m_schema(importer.m_schema)
        , m_dialect(importer.m_connection.dialect())
        , m_values(m_dialect, importer.m_blobs)
        , m_db(importer.m_connection.database())
        , m_stream(stream)
        , m_source(source)
        , m_bytesTotal(bytesTotal)
        , m_components(foreignKeyComponents(m_schema))
    {
        QHash<int, int> sizes;
        for (auto it = m_components.cbegin(); it != m_components.cend(); ++it)
            ++sizes[it.value()];
        for (const Table &t : m_schema.tables()) {
            for (const ForeignKey &fk : t.foreignKeys) {
                if (inCycle(t, fk)
                    && (fk.referencedTable == t.id || sizes.value(m_components.value(t.id)) > 1))
                    m_cyclicTables.insert(t.id);
            }
        }
    }

    QString error() const { return m_error; }
    bool inputFault() const { return m_inputFault; }

    bool begin()
    {
        if (!m_db.transaction())
            return failDatabase(
                tr("Cannot start a transaction: %1").arg(Connection::errorText(m_db.lastError())));
        m_begun = true;
        if (!suspendTriggers())
            return false;
        // Rows as they were saved (MariaDB numbers a 0 given for an AUTO_INCREMENT column
        // unless told not to).
        const QStringList setup = m_dialect.restoreSessionSql();
        for (qsizetype i = 0; i < setup.size(); ++i) {
            if (!exec(setup.at(i)))
                return false;
            m_sessionChanged = true;
        }
        return true;
    }

    // The rows are restored as they were, with the rows triggers wrote at the time, so the
    // triggers of the tables stay off while they are (where the engine can; see Dialect).
    bool suspendTriggers()
    {
        QStringList tables;
        for (const Table &t : m_importer.m_schema.tables())
            tables << t.name;
        QString error;
        const std::optional<QStringList> resume
            = m_dialect.suspendTriggers(m_db, tables, &m_triggersRunning, &error);
        if (!resume)
            return failDatabase(tr("Cannot turn the triggers off: %1").arg(error));
        m_resumeTriggers = *resume;
        return true;
    }

    // After the whole input: the last rows, the checks that were put off, sequences, commit.
    bool finish()
    {
        for (const QString &statement : std::as_const(m_resumeTriggers)) {
            if (!exec(statement))
                return false;
        }
        for (const auto &[table, rows] : std::as_const(m_importer.m_imported)) {
            if (rows > 0 && m_triggersRunning.contains(table, Qt::CaseInsensitive))
                m_importer.m_warnings << tr("The triggers of \"%1\" ran for its imported rows: "
                                            "%2 cannot turn triggers off during an import.")
                                             .arg(table, m_dialect.name());
        }
        if (!verifyUncheckedKeys())
            return false;
        const QString immediate = m_dialect.immediateForeignKeysSql();
        if (m_deferring && !immediate.isEmpty()) {
            if (!exec(immediate))
                return false;
            for (const auto &[table, constraint] : std::as_const(m_altered)) {
                if (!exec(m_dialect.deferrableSql(table, constraint, false)))
                    return false;
            }
        }
        if (!moveSequences())
            return false;
        const QString checksOn = m_dialect.foreignKeyChecksSql(true);
        if (!checksOn.isEmpty() && !exec(checksOn))
            return false;
        if (!m_db.commit())
            return failDatabase(
                tr("Cannot commit: %1").arg(Connection::errorText(m_db.lastError())));
        m_begun = false;
        restoreSession();
        return true;
    }

    void abort()
    {
        m_inserter.reset();
        if (m_begun)
            m_db.rollback();
        m_begun = false;
        restoreSession();
    }

    // RapidJSON's handler.
    bool Null() { return value(Token::Null, false, nullptr, 0); }
    bool Bool(bool b) { return value(Token::Bool, b, nullptr, 0); }
    bool RawNumber(const char *text, rapidjson::SizeType size, bool)
    {
        return value(Token::Number, false, text, qsizetype(size));
    }
    bool String(const char *text, rapidjson::SizeType size, bool)
    {
        return wholeUnicode() && value(Token::String, false, text, qsizetype(size));
    }
    bool Default() { return failInput(tr("Unexpected value.")); } // never: numbers come raw
    bool StartObject()
    {
        switch (m_expect) {
        case Expect::Root:
            m_expect = Expect::TableOrEnd;
            return true;
        case Expect::RowOrEnd:
            ++m_rowNumber;
            m_rowLine = m_stream.line();
            m_rowColumn = m_stream.columnOf(qint64(m_stream.Tell()) - 1); // at its "{"
            m_row.fill(QVariant(), m_columns.size());
            m_present.fill(false, m_columns.size());
            m_expect = Expect::ColumnOrEnd;
            return true;
        default:
            return wrongShape(tr("an object"));
        }
    }
    bool StartArray()
    {
        if (m_expect != Expect::Rows)
            return wrongShape(tr("an array"));
        m_expect = Expect::RowOrEnd;
        return true;
    }
    bool Key(const char *text, rapidjson::SizeType size, bool)
    {
        if (!wholeUnicode())
            return false;
        const QString name = QString::fromUtf8(text, qsizetype(size));
        if (m_expect == Expect::TableOrEnd)
            return beginTable(name);
        // Only a row's members are keys here.
        const int column = columnIndex(name);
        if (column < 0)
            return failInput(tr("%1: the table has no column \"%2\".").arg(rowLabel(), name));
        if (m_present.at(column))
            return failInput(tr("%1: the column \"%2\" is given twice.")
                                 .arg(rowLabel(), m_columns.at(column).name));
        m_column = column;
        m_expect = Expect::Value;
        return true;
    }
    bool EndObject(rapidjson::SizeType)
    {
        if (m_expect == Expect::TableOrEnd) {
            m_expect = Expect::Done;
            return true;
        }
        return endRow(); // the reader only ends the object it is in
    }
    bool EndArray(rapidjson::SizeType)
    {
        // Only a table's rows are an array that ends: values cannot be arrays.
        if (!flush())
            return false;
        m_importer.m_imported.last().second = m_tableRows;
        m_expect = Expect::TableOrEnd;
        return true;
    }

    bool failInput(const QString &message)
    {
        return failInputAt(m_stream.columnOf(qint64(m_stream.Tell())), message);
    }

    // A failure at `column` of the current line.
    bool failInputAt(qint64 column, const QString &message)
    {
        m_error = position(m_stream.line(), column) + message;
        m_inputFault = true;
        return false;
    }

    // Where an input position is, "IN.json:3:14: ".
    QString position(qint64 line, qint64 column) const
    {
        return QStringLiteral("%1:%2:%3: ")
            .arg(m_source, QString::number(line), QString::number(column));
    }

private:
    enum class Expect { Root, TableOrEnd, Rows, RowOrEnd, ColumnOrEnd, Value, Done };
    using Token = JsonValueReader::Token;
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

    bool inCycle(const Table &t, const ForeignKey &fk) const
    {
        return m_schema.table(fk.referencedTable)
            && m_components.value(t.id, -1) == m_components.value(fk.referencedTable, -2);
    }

    bool exec(const QString &sql)
    {
        QSqlQuery query(m_db);
        if (Sql::exec(query, sql))
            return true;
        return failDatabase(tr("%1 failed: %2").arg(sql, Connection::errorText(query.lastError())));
    }

    bool failDatabase(const QString &message)
    {
        m_error = message;
        m_inputFault = false;
        return false;
    }

    void restoreSession()
    {
        if (!m_sessionChanged)
            return;
        m_sessionChanged = false;
        QSqlQuery query(m_db);
        for (const QString &statement : m_dialect.endRestoreSessionSql())
            Sql::exec(query, statement);
    }

    QString rowLabel() const
    {
        return tr("\"%1\" row %2").arg(m_table->name, QString::number(m_rowNumber));
    }

    // A string that RapidJSON decoded from a lone low surrogate escape ("\udc00") holds
    // bytes that are not UTF-8: refused as it refuses a lone high one, at its backslash.
    bool wholeUnicode()
    {
        const qint64 column = m_stream.loneLowSurrogateColumn();
        if (column < 0)
            return true;
        return failInputAt(column,
            tr("not valid JSON: %1")
                .arg(QString::fromLatin1(rapidjson::GetParseError_En(
                    rapidjson::kParseErrorStringUnicodeSurrogateInvalid))));
    }

    // A value or container where the export's shape has something else.
    bool wrongShape(const QString &found)
    {
        switch (m_expect) {
        case Expect::Root:
            return failInput(tr("The input must be a JSON object of tables, {\"table\": [rows]}, "
                                "as export-json writes it; it begins with %1.")
                                 .arg(found));
        case Expect::Rows:
            return failInput(
                tr("\"%1\" must be an array of rows, not %2.").arg(m_table->name, found));
        case Expect::RowOrEnd:
            return failInput(tr("\"%1\" row %2 must be an object of columns, not %3.")
                                 .arg(m_table->name, QString::number(m_rowNumber + 1), found));
        case Expect::Value:
            return failInput(tr("%1, column \"%2\": a value cannot be %3.")
                                 .arg(rowLabel(), m_columns.at(m_column).name, found));
        default:
            return failInput(tr("Unexpected %1.").arg(found));
        }
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

    bool beginTable(const QString &name)
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
        if (!setUpChecks(*table))
            return false;
        m_expect = Expect::Rows;
        return true;
    }

    // Puts off the foreign-key checks that a table of a cycle needs put off (see
    // JsonImporter::read), and notes which tables' keys must then be checked at the end.
    bool setUpChecks(const Table &table)
    {
        const bool cyclic = m_cyclicTables.contains(table.id);
        const Dialect::ForeignKeyDeferral deferral = m_dialect.foreignKeyDeferral();
        if (deferral == Dialect::ForeignKeyDeferral::Suspend) {
            if (cyclic != m_checksOff && !exec(m_dialect.foreignKeyChecksSql(!cyclic)))
                return false;
            m_checksOff = cyclic;
            if (cyclic)
                m_unchecked << &table;
            return true;
        }
        if (cyclic && !m_deferring) {
            m_deferring = true;
            if (deferral == Dialect::ForeignKeyDeferral::DeferCycles && !makeCyclesDeferrable())
                return false;
            if (!exec(m_dialect.deferForeignKeysSql()))
                return false;
        }
        // SQLite defers every check from then on; PostgreSQL only the cycles'.
        if (cyclic || (m_deferring && deferral == Dialect::ForeignKeyDeferral::DeferAll))
            m_unchecked << &table;
        return true;
    }

    // PostgreSQL defers only the keys created DEFERRABLE: those of the cycles become so for
    // the import (and not again in finish()).
    bool makeCyclesDeferrable()
    {
        QSqlQuery query(m_db);
        if (!Sql::exec(query, m_dialect.notDeferrableForeignKeysSql()))
            return failDatabase(tr("Cannot read the foreign keys: %1")
                                    .arg(Connection::errorText(query.lastError())));
        QList<std::pair<QString, QString>> toAlter;
        while (query.next()) {
            const Table *t = m_schema.tableByName(query.value(1).toString());
            const Table *r = m_schema.tableByName(query.value(2).toString());
            if (t && r && m_components.value(t->id, -1) == m_components.value(r->id, -2)
                && m_cyclicTables.contains(t->id))
                toAlter.append({t->name, query.value(0).toString()});
        }
        for (const auto &[table, constraint] : std::as_const(toAlter)) {
            if (!exec(m_dialect.deferrableSql(table, constraint, true)))
                return false;
            m_altered.append({table, constraint});
        }
        return true;
    }

    bool value(Token token, bool flag, const char *text, qsizetype size)
    {
        if (m_expect != Expect::Value) {
            const QString found = token == Token::Null ? QStringLiteral("null")
                : token == Token::Bool   ? (flag ? QStringLiteral("true") : QStringLiteral("false"))
                : token == Token::Number ? tr("a number")
                                         : tr("a string");
            return wrongShape(found);
        }
        const ColumnSpec &column = m_columns.at(m_column);
        QString problem;
        const std::optional<QVariant> v
            = m_values.read(column.type, token, flag, QByteArrayView(text, size), &problem);
        if (!v) {
            // At the value's start, its opening quote for a string.
            const QString message
                = tr("%1, column \"%2\": %3").arg(rowLabel(), column.name, problem);
            return token == Token::String ? failInputAt(m_stream.stringColumn(), message)
                                          : failInput(message);
        }
        m_row[m_column] = *v;
        m_present[m_column] = true;
        m_expect = Expect::ColumnOrEnd;
        return true;
    }

    bool endRow()
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
        m_expect = Expect::RowOrEnd;
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
            && !m_importer.m_progress(m_rows, qint64(m_stream.Tell()), m_bytesTotal))
            return failDatabase(tr("Cancelled."));
        return true;
    }

    // The foreign keys that were not checked row by row, checked now with one query each.
    bool verifyUncheckedKeys()
    {
        QSet<ObjectId> done;
        for (const Table *t : std::as_const(m_unchecked)) {
            if (done.contains(t->id))
                continue;
            done.insert(t->id);
            QStringList keyColumns;
            if (const ::Key *pk = t->primaryKey()) {
                for (const KeyPart &p : pk->parts)
                    keyColumns << t->column(p.column)->name;
            }
            for (const ForeignKey &fk : t->foreignKeys) {
                const Table *parent = m_schema.table(fk.referencedTable);
                if (!parent)
                    continue;
                QStringList fkColumns, notNull, match;
                for (const ForeignKeyPart &p : fk.parts) {
                    const QString c = m_dialect.quoteIdentifier(t->column(p.column)->name);
                    fkColumns << t->column(p.column)->name;
                    notNull << QStringLiteral("c.") + c + QStringLiteral(" IS NOT NULL");
                    match << QStringLiteral("p.")
                            + m_dialect.quoteIdentifier(parent->column(p.referencedColumn)->name)
                            + QStringLiteral(" = c.") + c;
                }
                const QStringList shown = keyColumns + fkColumns;
                QStringList selected;
                for (const QString &c : shown)
                    selected << QStringLiteral("c.") + m_dialect.quoteIdentifier(c);
                const QString sql = QStringLiteral("SELECT ") + selected.join(QStringLiteral(", "))
                    + QStringLiteral(" FROM ") + m_dialect.quoteIdentifier(t->name)
                    + QStringLiteral(" c WHERE ") + notNull.join(QStringLiteral(" AND "))
                    + QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM ")
                    + m_dialect.quoteIdentifier(parent->name) + QStringLiteral(" p WHERE ")
                    + match.join(QStringLiteral(" AND ")) + QStringLiteral(") LIMIT 1");
                QSqlQuery query(m_db);
                if (!Sql::exec(query, sql))
                    return failDatabase(
                        tr("Cannot check the foreign keys of \"%1\": %2")
                            .arg(t->name, Connection::errorText(query.lastError())));
                if (!query.next())
                    continue;
                const auto describe = [&](qsizetype from, qsizetype count) {
                    QStringList parts;
                    for (qsizetype i = from; i < from + count; ++i)
                        parts << shown.at(i) + QStringLiteral(" = ")
                                + query.value(int(i)).toString();
                    return parts.join(QStringLiteral(", "));
                };
                const QString row = keyColumns.isEmpty()
                    ? tr("\"%1\" has a row").arg(t->name)
                    : tr("The row of \"%1\" with %2").arg(t->name, describe(0, keyColumns.size()));
                return failDatabase(
                    tr("%1 refers to no row of \"%2\" (%3).")
                        .arg(row, parent->name, describe(keyColumns.size(), fkColumns.size())));
            }
        }
        return true;
    }

    // Sequences behind identity and SERIAL columns go past the keys that were given.
    bool moveSequences()
    {
        QSet<QString> filled;
        for (const auto &[table, rows] : std::as_const(m_importer.m_imported)) {
            if (rows > 0)
                filled.insert(table);
        }
        for (const Table &t : m_schema.tables()) {
            if (!filled.contains(t.name))
                continue;
            for (const Column &c : t.columns) {
                if (!c.autoIncrement && !TypeMapping::fromDesign(c.datatype).serial)
                    continue;
                const QString sql = m_dialect.sequenceResetSql(t.name, c.name);
                if (sql.isEmpty())
                    continue; // the engine's counter follows the keys by itself
                QSqlQuery query(m_db);
                query.prepare(sql);
                query.addBindValue(m_dialect.quoteIdentifier(t.name));
                query.addBindValue(c.name);
                if (!Sql::exec(query))
                    return failDatabase(
                        tr("Cannot move the sequence of %1.%2: %3")
                            .arg(t.name, c.name, Connection::errorText(query.lastError())));
            }
        }
        return true;
    }

    JsonImporter &m_importer;
    const Schema &m_schema;
    const Dialect &m_dialect;
    const JsonValueReader m_values;
    QSqlDatabase m_db;
    DeviceStream &m_stream;
    const QString m_source;
    const qint64 m_bytesTotal;
    const QHash<ObjectId, int> m_components;
    QSet<ObjectId> m_cyclicTables;

    QString m_error;
    bool m_inputFault = false;
    bool m_begun = false;
    bool m_sessionChanged = false; // MariaDB's sql_mode and FOREIGN_KEY_CHECKS
    Expect m_expect = Expect::Root;
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

    // Foreign keys put off.
    bool m_deferring = false; // SQLite, PostgreSQL
    bool m_checksOff = false; // MariaDB
    QList<const Table *> m_unchecked;
    QList<std::pair<QString, QString>> m_altered; // PostgreSQL: table, constraint
    QStringList m_resumeTriggers; // statements that turn the triggers on again
    QStringList m_triggersRunning; // tables whose triggers the engine cannot turn off
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
    DeviceStream stream(in);
    Run run(*this, stream, name, in->isSequential() ? -1 : in->size());
    const auto fail = [&] {
        run.abort();
        *error = run.error();
        m_inputFailed = run.inputFault();
        return false;
    };
    if (!run.begin())
        return fail();
    rapidjson::Reader reader;
    constexpr unsigned flags
        = rapidjson::kParseNumbersAsStringsFlag | rapidjson::kParseValidateEncodingFlag;
    const rapidjson::ParseResult parsed = reader.Parse<flags>(stream, run);
    if (stream.failed()) {
        run.failInput(tr("Cannot read %1: %2").arg(name, stream.errorString()));
        return fail();
    }
    if (parsed.IsError()) {
        if (parsed.Code() != rapidjson::kParseErrorTermination) {
            *error = run.position(stream.line(), stream.columnOf(qint64(parsed.Offset())))
                + tr("not valid JSON: %1")
                      .arg(QString::fromLatin1(rapidjson::GetParseError_En(parsed.Code())));
            run.abort();
            m_inputFailed = true;
            return false;
        }
        return fail();
    }
    if (!run.finish())
        return fail();
    return true;
}
