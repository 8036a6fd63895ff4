#include "jsonexporter.h"

#include "analysis/tableorder.h"
#include "database/connection.h"
#include "database/sqllog.h"
#include "ddl/ddlwriter.h"
#include "dialects/dialect.h"
#include "export/jsonoutput.h"
#include "export/sqlitejsonvalues.h"
#include "export/sqliterowreader.h"
#include "sql/typemapping.h"
#include "values/valuecodec.h"

#include <QDateTime>
#include <QLocale>
#include <QSaveFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringDecoder>

#include <cmath>
#include <optional>

namespace {

// A JSON string: the text as UTF-8, with quotes, backslashes and control characters escaped
// (bytes of multi-byte characters are all 0x80 or more, so they pass through whole).
QByteArray jsonString(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + 2);
    out += '"';
    for (const char c : utf8) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                out += "\\u00";
                out += QByteArray::number(static_cast<unsigned char>(c), 16).rightJustified(2, '0');
            } else {
                out += c;
            }
        }
    }
    out += '"';
    return out;
}

// The engine's cursor (MariaDB's HANDLER) that reads a table without a key: closed however the
// export ends.
class TableCursor
{
public:
    TableCursor(const QSqlDatabase &db, const Dialect &dialect)
        : m_db(db)
        , m_dialect(dialect)
    {
    }
    ~TableCursor()
    {
        if (m_open) {
            QSqlQuery query(m_db);
            Sql::exec(query, m_dialect.closeTableCursorSql(name()));
        }
    }
    bool open(const QString &table, QString *error)
    {
        QSqlQuery query(m_db);
        m_open = Sql::exec(query, m_dialect.openTableCursorSql(table, name()));
        if (!m_open)
            *error = Connection::errorText(query.lastError());
        return m_open;
    }
    QString readSql(bool first, int rows) const
    {
        return m_dialect.readTableCursorSql(name(), first, rows);
    }

private:
    static QString name() { return QStringLiteral("schemata_export"); }

    QSqlDatabase m_db;
    const Dialect &m_dialect;
    bool m_open = false;
};

// The engine's page cache kept small while an export reads, and as it was afterwards (see
// Dialect::cacheSizeQuery): an export reads each page once, so a cache the size of the table
// would only cost the memory and the time to fill it.
class ReadingCacheSize
{
public:
    ReadingCacheSize(const QSqlDatabase &db, const Dialect &dialect)
        : m_db(db)
        , m_dialect(dialect)
    {
        const QString sizeQuery = dialect.cacheSizeQuery();
        if (sizeQuery.isEmpty())
            return;
        QSqlQuery query(m_db);
        if (Sql::exec(query, sizeQuery) && query.next()) {
            m_previous = query.value(0).toLongLong();
            query.finish();
            Sql::exec(query, dialect.setCacheSizeSql(dialect.readingCacheSize()));
        }
    }
    ~ReadingCacheSize()
    {
        if (m_previous) {
            QSqlQuery query(m_db);
            Sql::exec(query, m_dialect.setCacheSizeSql(*m_previous));
        }
    }

private:
    QSqlDatabase m_db;
    const Dialect &m_dialect;
    std::optional<qint64> m_previous;
};

} // namespace

struct JsonExporter::ColumnInfo
{
    QString name;
    LogicalType type;
    bool text = false; // read as its bytes and checked for valid UTF-8 (SQLite)
    SqliteJsonValues::Form form = SqliteJsonValues::Form::Other;
};

JsonExporter::JsonExporter(Connection &connection, const Schema &schema)
    : m_connection(connection)
    , m_schema(DdlWriter::physicalSchema(schema))
{
}

void JsonExporter::setFilter(const QString &table, const QString &where, const QVariantList &values)
{
    m_filters.insert(table, {where.trimmed(), values});
}

QStringList JsonExporter::tableOrder(QString *error) const
{
    const QSet<QString> wanted(m_tables.cbegin(), m_tables.cend());
    QSet<QString> unknown = wanted;
    for (auto it = m_filters.cbegin(); it != m_filters.cend(); ++it)
        unknown.insert(it.key());
    QList<const Table *> remaining;
    for (const Table &t : m_schema.tables()) {
        if (wanted.isEmpty() || wanted.contains(t.name))
            remaining << &t;
        unknown.remove(t.name);
    }
    if (!unknown.isEmpty()) {
        QStringList names(unknown.cbegin(), unknown.cend());
        names.sort();
        *error = tr("The database has no table %1.").arg(names.join(QStringLiteral(", ")));
        return {};
    }
    // Parents first; among the tables whose parents are written, the first by name, so the
    // order is the same whatever order an engine lists its tables in.
    std::sort(remaining.begin(), remaining.end(),
        [](const Table *a, const Table *b) { return a->name < b->name; });
    QStringList order;
    for (const Table *t : TableOrder::parentsFirst(remaining).tables)
        order << t->name;
    return order;
}

bool JsonExporter::writeFile(const QString &path, QString *error)
{
    QSaveFile file(path);
    // Unbuffered: a full disk is then reported with the system's reason (see writeAll()).
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        m_outputFailed = true;
        return false;
    }
    if (!write(&file, error)) {
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        m_outputFailed = true;
        return false;
    }
    return true;
}

bool JsonExporter::put(JsonOutput &out, const QByteArray &bytes, QString *error)
{
    out.append(bytes);
    return outputOk(out, error);
}

bool JsonExporter::outputOk(const JsonOutput &out, QString *error)
{
    if (!out.failed())
        return true;
    *error = m_outputName.isEmpty()
        ? tr("Cannot write: %1").arg(out.errorString())
        : tr("Cannot write %1: %2").arg(m_outputName, out.errorString());
    m_outputFailed = true;
    return false;
}

bool JsonExporter::write(QIODevice *out, QString *error)
{
    m_warnings.clear();
    m_outputFailed = false;
    const auto *file = qobject_cast<const QFileDevice *>(out);
    m_outputName = file ? file->fileName() : QString();
    m_fastPathRows = 0;
    const QStringList order = tableOrder(error);
    if (order.isEmpty() && !error->isEmpty())
        return false;
    QSqlDatabase db = m_connection.database();
    const Dialect &d = m_connection.dialect();
    const ReadingCacheSize cacheSize(db, d);
    QSqlQuery query(db);

    // One read-only transaction with a stable snapshot.
    bool begun = !d.snapshotInDriverTransaction() || db.transaction();
    for (const QString &statement : d.snapshotStartSql())
        begun = begun && Sql::exec(query, statement);
    if (!begun) {
        *error = tr("Cannot start a read transaction: %1")
                     .arg(Connection::errorText(query.lastError()));
        return false;
    }
    const auto finish = [&](bool ok) {
        if (const QString end = d.snapshotEndSql(); !end.isEmpty())
            Sql::exec(query, end);
        else
            db.rollback(); // nothing was written; ending the snapshot is all
        return ok;
    };

    // The counts come from the snapshot too; each table must give exactly its count.
    QList<qint64> counts;
    qint64 total = 0;
    for (const QString &table : order) {
        const Filter filter = m_filters.value(table);
        bool counted
            = query.prepare(QStringLiteral("SELECT COUNT(*) FROM ") + d.quoteIdentifier(table)
                + (filter.where.isEmpty() ? QString()
                                          : QStringLiteral(" WHERE (") + filter.where + u')'));
        if (counted) {
            for (const QVariant &v : filter.values)
                query.addBindValue(v);
            counted = Sql::exec(query) && query.next();
        }
        if (!counted) {
            *error = tr("Cannot count \"%1\": %2")
                         .arg(table, Connection::errorText(query.lastError()));
            return finish(false);
        }
        counts << query.value(0).toLongLong();
        total += counts.constLast();
    }
    query.finish();

    JsonOutput output(out);
    if (!put(output, "{\n", error))
        return finish(false);
    qint64 written = 0;
    for (qsizetype t = 0; t < order.size(); ++t) {
        const Table &table = *m_schema.tableByName(order.at(t));
        const QByteArray indent = m_pretty ? QByteArray("  ") : QByteArray();
        bool first = true;
        if (!put(output, indent + jsonString(table.name) + ": [", error)
            || !writeRows(output, table, counts.at(t), total, written, first, error))
            return finish(false);
        const QByteArray close = first ? QByteArray("]") : "\n" + indent + "]";
        if (!put(output, close + (t + 1 < order.size() ? "," : "") + "\n", error))
            return finish(false);
    }
    if (!put(output, "}\n", error))
        return finish(false);
    output.flush();
    return finish(outputOk(output, error));
}

bool JsonExporter::writeRows(JsonOutput &out, const Table &table, qint64 expected, qint64 total,
    qint64 &written, bool &first, QString *error)
{
    QSqlDatabase db = m_connection.database();
    const Dialect &d = m_connection.dialect();
    QList<ColumnInfo> columns;
    for (const Column &c : table.columns) {
        const LogicalType type = TypeMapping::fromDesign(c.datatype);
        if (type.isBinary() && m_blobs == Blobs::Skip)
            continue;
        const bool text = d.storesUncheckedText() && !type.isBinary() && !type.isNumeric()
            && !type.isTemporal();
        columns.append({c.name, type, text, SqliteJsonValues::formOf(type, text)});
    }
    QStringList key;
    if (const Key *pk = table.primaryKey()) {
        for (const KeyPart &p : pk->parts)
            key << table.column(p.column)->name;
    }
    const Filter filter = m_filters.value(table.name);
    QStringList selected;
    for (const ColumnInfo &c : columns)
        selected << (c.text ? d.textBytes(d.quoteIdentifier(c.name)) : d.quoteIdentifier(c.name));
    QStringList keySelected;
    // A table without a key is read in the order of an integer row identity (SQLite's rowid,
    // by its first name), where the engine has one.
    if (key.isEmpty() && d.integerRowIdentity())
        keySelected << d.rowIdentityNames().constFirst();
    for (const QString &k : key)
        keySelected << d.quoteIdentifier(k);
    const int keyCount = int(keySelected.size());
    QList<int> indexes;
    for (int c = 0; c < columns.size(); ++c)
        indexes << keyCount + c;

    qint64 tableRows = 0;
    const auto progress = [&] {
        if (m_progress && !m_progress(written, total)) {
            *error = tr("Cancelled.");
            return false;
        }
        return true;
    };
    const auto readError = [&](const QSqlQuery &q) {
        *error = tr("Cannot read \"%1\": %2").arg(table.name, Connection::errorText(q.lastError()));
        return false;
    };
    // Writes the rows of one query; false on failure (reading, writing or a cancel).
    const auto writeAll = [&](QSqlQuery &rows, const QList<int> &columnIndexes, int *count,
                              QVariantList *last) {
        while (rows.next()) {
            if (!put(out, rowJson(rows, columns, columnIndexes, table, keyCount, first), error))
                return false;
            first = false;
            ++*count;
            ++tableRows;
            ++written;
            if (last) {
                last->clear();
                for (int k = 0; k < keyCount; ++k)
                    *last << rows.value(k);
            } else if (tableRows % m_pageSize == 0 && !progress()) {
                // A single streamed query still reports progress page by page.
                return false;
            }
        }
        return rows.lastError().type() == QSqlError::NoError || readError(rows);
    };

    const QString from = QStringLiteral(" FROM ") + d.quoteIdentifier(table.name);
    const QString select
        = QStringLiteral("SELECT ") + (keySelected + selected).join(QStringLiteral(", ")) + from;
    if (d.readsRowsDirectly() && m_fastPath) {
        // One query in key (or rowid) order, read as SQLite steps through it: it holds no
        // result in memory, and the read transaction keeps its snapshot however long it runs.
        QSqlQuery rows(db);
        rows.setForwardOnly(true);
        rows.setNumericalPrecisionPolicy(QSql::HighPrecision);
        if (!rows.prepare(select
                + (filter.where.isEmpty() ? QString()
                                          : QStringLiteral(" WHERE (") + filter.where + u')')
                + QStringLiteral(" ORDER BY ") + keySelected.join(QStringLiteral(", "))))
            return readError(rows);
        for (const QVariant &v : filter.values)
            rows.addBindValue(v);
        if (!Sql::exec(rows))
            return readError(rows);
        if (std::optional<SqliteRowReader> reader = SqliteRowReader::of(rows)) {
            if (!writeSqliteRows(out, *reader, columns, table, keyCount, tableRows, written, first,
                    progress, error))
                return false;
        } else {
            int count = 0;
            if (!writeAll(rows, indexes, &count, nullptr) || !progress())
                return false;
        }
    } else if (keyCount > 0) {
        // Pages in key order, each continuing after the last key of the one before: one
        // index range scan per page however far into the table it is.
        QVariantList after;
        for (;;) {
            QStringList conditions;
            if (!filter.where.isEmpty())
                conditions << u'(' + filter.where + u')';
            if (!after.isEmpty()) {
                QStringList marks;
                for (int i = 0; i < keyCount; ++i)
                    marks << QStringLiteral("?");
                if (keyCount == 1)
                    conditions << keySelected.first() + QStringLiteral(" > ?");
                else
                    conditions << u'(' + keySelected.join(QStringLiteral(", "))
                            + QStringLiteral(") > (") + marks.join(QStringLiteral(", ")) + u')';
            }
            QString sql = select;
            if (!conditions.isEmpty())
                sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
            sql += QStringLiteral(" ORDER BY ") + keySelected.join(QStringLiteral(", "))
                + QStringLiteral(" LIMIT ") + QString::number(m_pageSize);
            QSqlQuery rows(db);
            rows.setForwardOnly(true);
            rows.setNumericalPrecisionPolicy(QSql::HighPrecision);
            if (!rows.prepare(sql))
                return readError(rows);
            for (const QVariant &v : filter.values)
                rows.addBindValue(v);
            for (const QVariant &v : std::as_const(after))
                rows.addBindValue(v);
            if (!Sql::exec(rows))
                return readError(rows);
            int count = 0;
            if (!writeAll(rows, indexes, &count, &after) || !progress())
                return false;
            if (count < m_pageSize)
                break;
        }
    } else if (d.hasTableCursor() && filter.where.isEmpty()) {
        // Qt's MariaDB driver holds a whole result in memory, and a table without a key has
        // nothing to page by; a HANDLER reads it in pages, inside the snapshot.
        TableCursor cursor(db, d);
        QString cause;
        if (!cursor.open(table.name, &cause)) {
            *error = tr("Cannot read \"%1\": %2").arg(table.name, cause);
            return false;
        }
        for (bool firstPage = true;; firstPage = false) {
            QSqlQuery rows(db);
            rows.setForwardOnly(true);
            rows.setNumericalPrecisionPolicy(QSql::HighPrecision);
            if (!Sql::exec(rows, cursor.readSql(firstPage, m_pageSize)))
                return readError(rows);
            QList<int> byName;
            for (const ColumnInfo &c : std::as_const(columns))
                byName << rows.record().indexOf(c.name);
            int count = 0;
            QVariantList ignored;
            if (!writeAll(rows, byName, &count, &ignored) || !progress())
                return false;
            if (count < m_pageSize)
                break;
        }
    } else {
        // One query, read as it streams: Qt's PostgreSQL driver reads a forward-only result
        // row by row (libpq's single-row mode). On MariaDB only a filtered table without a
        // key comes here, and its matching rows are held in memory.
        QSqlQuery rows(db);
        rows.setForwardOnly(true);
        rows.setNumericalPrecisionPolicy(QSql::HighPrecision);
        if (!rows.prepare(select
                + (filter.where.isEmpty() ? QString()
                                          : QStringLiteral(" WHERE (") + filter.where + u')')))
            return readError(rows);
        for (const QVariant &v : filter.values)
            rows.addBindValue(v);
        if (!Sql::exec(rows))
            return readError(rows);
        int count = 0;
        if (!writeAll(rows, indexes, &count, nullptr) || !progress())
            return false;
    }
    // A driver that lost part of a result (another query on the connection while a streamed
    // one was read) must not give a short file that looks complete.
    if (tableRows != expected) {
        *error = tr("\"%1\" gave %2 of its %3 rows; the export is incomplete.")
                     .arg(table.name)
                     .arg(tableRows)
                     .arg(expected);
        return false;
    }
    return true;
}

QByteArray JsonExporter::rowJson(const QSqlQuery &rows, const QList<ColumnInfo> &columns,
    const QList<int> &indexes, const Table &table, int keyCount, bool first)
{
    const QByteArray indent = m_pretty ? QByteArray("  ") : QByteArray();
    const QByteArray newline = "\n";
    QByteArray line = first ? newline : "," + newline;
    line += m_pretty ? indent + indent + "{" + newline : QByteArray("{");
    const auto key = [&] {
        QStringList keyText;
        for (int k = 0; k < keyCount; ++k)
            keyText << rows.value(k).toString();
        return keyText;
    };
    for (qsizetype c = 0; c < columns.size(); ++c) {
        const ColumnInfo &info = columns.at(c);
        const QByteArray value = valueJson(rows.value(indexes.at(c)), info, table, key);
        if (m_pretty)
            line += indent + indent + indent + jsonString(info.name) + ": " + value
                + (c + 1 < columns.size() ? "," + newline : newline);
        else
            line += (c ? QByteArray(",") : QByteArray()) + jsonString(info.name) + ":" + value;
    }
    line += m_pretty ? indent + indent + "}" : QByteArray("}");
    return line;
}

QByteArray JsonExporter::valueJson(const QVariant &raw, const ColumnInfo &info, const Table &table,
    const std::function<QStringList()> &key)
{
    if (raw.isNull())
        return "null";
    if (info.text) {
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString text = decoder(raw.toByteArray());
        if (decoder.hasError()) {
            m_warnings << tr("%1.%2 (key %3) is not valid UTF-8; it is written "
                             "with replacement characters.")
                              .arg(table.name, info.name, key().join(QStringLiteral(", ")));
        }
        return jsonString(text);
    }
    const QVariant v = ValueCodec::fromDatabase(raw, info.type, m_connection.dialect().engine());
    using Kind = LogicalType::Kind;
    switch (info.type.kind) {
    case Kind::Boolean:
        return v.toBool() ? "true" : "false";
    case Kind::TinyInt:
    case Kind::SmallInt:
    case Kind::Integer:
    case Kind::BigInt: {
        bool ok = false;
        const qlonglong n = raw.toString().toLongLong(&ok);
        return ok                                   ? QByteArray::number(n)
            : (raw.toString().toULongLong(&ok), ok) ? raw.toString().toLatin1()
                                                    : jsonString(raw.toString());
    }
    case Kind::Decimal: {
        const QString text = v.toString();
        bool ok = false;
        text.toDouble(&ok);
        return ok && !text.contains(u'n', Qt::CaseInsensitive) ? text.toLatin1()
                                                               : QByteArray("null");
    }
    case Kind::Float:
    case Kind::Double: {
        const double x = v.toDouble();
        return std::isfinite(x) ? QString::number(x, 'g', QLocale::FloatingPointShortest).toLatin1()
                                : QByteArray("null");
    }
    case Kind::Date:
        return jsonString(v.toDate().toString(Qt::ISODate));
    case Kind::Time:
        return jsonString(v.toTime().msec() ? v.toTime().toString(Qt::ISODateWithMs)
                                            : v.toTime().toString(Qt::ISODate));
    case Kind::DateTime:
    case Kind::TimestampTz: {
        const QDateTime dt = v.toDateTime();
        return dt.isValid() ? jsonString(
                   dt.time().msec() ? dt.toString(Qt::ISODateWithMs) : dt.toString(Qt::ISODate))
                            : jsonString(v.toString());
    }
    case Kind::Binary:
    case Kind::Blob:
        return jsonString(QString::fromLatin1(
            m_blobs == Blobs::Hex ? v.toByteArray().toHex() : v.toByteArray().toBase64()));
    default:
        return jsonString(v.toString());
    }
}

bool JsonExporter::writeSqliteRows(JsonOutput &out, SqliteRowReader &rows,
    const QList<ColumnInfo> &columns, const Table &table, int keyCount, qint64 &tableRows,
    qint64 &written, bool &first, const std::function<bool()> &progress, QString *error)
{
    // What rowJson() writes around the values, in one piece before each value and one after
    // the last.
    const QByteArray indent = m_pretty ? QByteArray("  ") : QByteArray();
    QList<QByteArray> before;
    QByteArray pending = m_pretty ? indent + indent + "{\n" : QByteArray("{");
    for (qsizetype c = 0; c < columns.size(); ++c) {
        const QByteArray name = jsonString(columns.at(c).name);
        if (m_pretty)
            before << QByteArray(pending + indent + indent + indent + name + ": ");
        else
            before << QByteArray(pending + (c ? "," : "") + name + ":");
        pending = m_pretty ? QByteArray(c + 1 < columns.size() ? ",\n" : "\n") : QByteArray();
    }
    const QByteArray after = pending + (m_pretty ? indent + indent + "}" : QByteArray("}"));

    const auto key = [&] {
        QStringList keyText;
        for (int k = 0; k < keyCount; ++k)
            keyText << rows.value(k).toString();
        return keyText;
    };
    SqliteJsonValues values(m_blobs == Blobs::Hex);
    while (rows.next()) {
        out.append(first ? QByteArrayView("\n") : QByteArrayView(",\n"));
        first = false;
        for (int c = 0; c < int(columns.size()); ++c) {
            out.append(before.at(c));
            const ColumnInfo &info = columns.at(c);
            if (!values.write(rows, keyCount + c, info.form, out))
                out.append(valueJson(rows.value(keyCount + c), info, table, key));
        }
        out.append(after);
        ++tableRows;
        ++written;
        ++m_fastPathRows;
        if (tableRows % m_pageSize == 0 && !(outputOk(out, error) && progress()))
            return false;
    }
    if (rows.failed()) {
        *error = tr("Cannot read \"%1\": %2").arg(table.name, rows.errorText());
        return false;
    }
    return outputOk(out, error) && progress();
}
