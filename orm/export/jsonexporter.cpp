#include "jsonexporter.h"

#include "database/connection.h"
#include "ddl/ddlwriter.h"
#include "dialects/dialect.h"
#include "records/valuecodec.h"
#include "sql/typemapping.h"

#include <QDateTime>
#include <QLocale>
#include <QSaveFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringDecoder>

#include <cmath>

namespace {

constexpr int PageSize = 5000;

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

struct ColumnInfo
{
    QString name;
    LogicalType type;
    bool text = false; // checked for valid UTF-8 on SQLite
};

} // namespace

JsonExporter::JsonExporter(Connection &connection, const Schema &schema)
    : m_connection(connection)
    , m_schema(DdlWriter::physicalSchema(schema))
{
}

QStringList JsonExporter::tableOrder(QString *error) const
{
    const QSet<QString> wanted(m_tables.cbegin(), m_tables.cend());
    QSet<QString> unknown = wanted;
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
    // order is the same whatever order an engine lists its tables in. In a cycle, the first
    // by name of the tables left goes first.
    std::sort(remaining.begin(), remaining.end(),
        [](const Table *a, const Table *b) { return a->name < b->name; });
    QStringList order;
    while (!remaining.isEmpty()) {
        qsizetype next = 0;
        for (qsizetype i = 0; i < remaining.size(); ++i) {
            bool ready = true;
            for (const ForeignKey &fk : remaining.at(i)->foreignKeys) {
                ready = ready
                    && std::none_of(remaining.cbegin(), remaining.cend(), [&](const Table *t) {
                           return t->id == fk.referencedTable && t != remaining.at(i);
                       });
            }
            if (ready) {
                next = i;
                break;
            }
        }
        order << remaining.takeAt(next)->name;
    }
    return order;
}

bool JsonExporter::writeFile(const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
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

bool JsonExporter::write(QIODevice *out, QString *error)
{
    m_warnings.clear();
    m_outputFailed = false;
    const QStringList order = tableOrder(error);
    if (order.isEmpty() && !error->isEmpty())
        return false;
    QSqlDatabase db = m_connection.database();
    const Dialect &d = m_connection.dialect();
    const SqlEngine engine = d.engine();
    QSqlQuery query(db);

    // One read-only transaction with a stable snapshot.
    bool begun = false;
    if (engine == SqlEngine::Mysql) {
        begun = query.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"))
            && query.exec(QStringLiteral("START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY"));
    } else {
        begun = db.transaction();
        if (begun && engine == SqlEngine::Postgres)
            begun = query.exec(
                QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"));
    }
    if (!begun) {
        *error = tr("Cannot start a read transaction: %1").arg(query.lastError().text());
        return false;
    }
    const auto finish = [&](bool ok) {
        if (engine == SqlEngine::Mysql)
            query.exec(QStringLiteral("COMMIT"));
        else
            db.rollback(); // nothing was written; ending the snapshot is all
        return ok;
    };

    qint64 total = 0;
    for (const QString &table : order) {
        if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + d.quoteIdentifier(table))
            || !query.next()) {
            *error = tr("Cannot count \"%1\": %2").arg(table, query.lastError().text());
            return finish(false);
        }
        total += query.value(0).toLongLong();
    }

    const QByteArray indent = m_pretty ? QByteArray("  ") : QByteArray();
    const QByteArray newline = "\n";
    const auto put = [&](const QByteArray &bytes) {
        if (out->write(bytes) != bytes.size()) {
            *error = tr("Cannot write: %1").arg(out->errorString());
            m_outputFailed = true;
            return false;
        }
        return true;
    };
    if (!put("{" + newline))
        return finish(false);

    qint64 written = 0;
    for (qsizetype t = 0; t < order.size(); ++t) {
        const Table &table = *m_schema.tableByName(order.at(t));
        QList<ColumnInfo> columns;
        for (const Column &c : table.columns) {
            const LogicalType type = TypeMapping::fromDesign(c.datatype);
            if (type.isBinary() && m_blobs == Blobs::Skip)
                continue;
            columns.append({c.name, type,
                engine == SqlEngine::Sqlite && !type.isBinary() && !type.isNumeric()
                    && !type.isTemporal()});
        }
        QStringList key;
        if (const Key *pk = table.primaryKey()) {
            for (const KeyPart &p : pk->parts)
                key << table.column(p.column)->name;
        }
        const bool rowid = key.isEmpty() && engine == SqlEngine::Sqlite;
        QStringList selected;
        for (const ColumnInfo &c : columns)
            selected << (c.text ? QStringLiteral("CAST(") + d.quoteIdentifier(c.name)
                        + QStringLiteral(" AS BLOB)")
                                : d.quoteIdentifier(c.name));
        QStringList keySelected;
        if (rowid)
            keySelected << QStringLiteral("rowid");
        for (const QString &k : key)
            keySelected << d.quoteIdentifier(k);
        const QString select = QStringLiteral("SELECT ")
            + (keySelected + selected).join(QStringLiteral(", ")) + QStringLiteral(" FROM ")
            + d.quoteIdentifier(table.name);
        const QString orderBy = keySelected.isEmpty()
            ? QString()
            : QStringLiteral(" ORDER BY ") + keySelected.join(QStringLiteral(", "));
        const int keyCount = int(keySelected.size());

        if (!put(indent + jsonString(table.name) + ": ["))
            return finish(false);
        bool first = true;
        QVariantList after;
        for (;;) {
            QString sql = select;
            if (!after.isEmpty()) {
                QStringList marks;
                for (int i = 0; i < keyCount; ++i)
                    marks << QStringLiteral("?");
                if (keyCount == 1)
                    sql += QStringLiteral(" WHERE ") + keySelected.first() + QStringLiteral(" > ?");
                else
                    sql += QStringLiteral(" WHERE (") + keySelected.join(QStringLiteral(", "))
                        + QStringLiteral(") > (") + marks.join(QStringLiteral(", ")) + u')';
            }
            sql += orderBy;
            if (keyCount > 0)
                sql += QStringLiteral(" LIMIT ") + QString::number(PageSize);
            QSqlQuery rows(db);
            rows.setForwardOnly(true);
            rows.setNumericalPrecisionPolicy(QSql::HighPrecision);
            if (!rows.prepare(sql)) {
                *error = tr("Cannot read \"%1\": %2").arg(table.name, rows.lastError().text());
                return finish(false);
            }
            for (const QVariant &v : after)
                rows.addBindValue(v);
            if (!rows.exec()) {
                *error = tr("Cannot read \"%1\": %2").arg(table.name, rows.lastError().text());
                return finish(false);
            }
            int count = 0;
            while (rows.next()) {
                ++count;
                QByteArray line = first ? newline : "," + newline;
                first = false;
                line += m_pretty ? indent + indent + "{" + newline : QByteArray("{");
                for (qsizetype c = 0; c < columns.size(); ++c) {
                    const ColumnInfo &info = columns.at(c);
                    const QVariant raw = rows.value(int(keyCount + c));
                    QByteArray value;
                    if (raw.isNull()) {
                        value = "null";
                    } else if (info.text) {
                        QStringDecoder decoder(QStringDecoder::Utf8);
                        const QString text = decoder(raw.toByteArray());
                        if (decoder.hasError()) {
                            QStringList keyText;
                            for (int k = 0; k < keyCount; ++k)
                                keyText << rows.value(k).toString();
                            m_warnings << tr("%1.%2 (key %3) is not valid UTF-8; it is written "
                                             "with replacement characters.")
                                              .arg(table.name, info.name,
                                                  keyText.join(QStringLiteral(", ")));
                        }
                        value = jsonString(text);
                    } else {
                        const QVariant v = ValueCodec::fromDatabase(raw, info.type, engine);
                        using Kind = LogicalType::Kind;
                        switch (info.type.kind) {
                        case Kind::Boolean:
                            value = v.toBool() ? "true" : "false";
                            break;
                        case Kind::TinyInt:
                        case Kind::SmallInt:
                        case Kind::Integer:
                        case Kind::BigInt: {
                            bool ok = false;
                            const qlonglong n = raw.toString().toLongLong(&ok);
                            value = ok ? QByteArray::number(n)
                                : (raw.toString().toULongLong(&ok), ok)
                                ? raw.toString().toLatin1()
                                : jsonString(raw.toString());
                            break;
                        }
                        case Kind::Decimal: {
                            const QString text = v.toString();
                            bool ok = false;
                            text.toDouble(&ok);
                            value = ok && !text.contains(u'n', Qt::CaseInsensitive)
                                ? text.toLatin1()
                                : QByteArray("null");
                            break;
                        }
                        case Kind::Float:
                        case Kind::Double: {
                            const double x = v.toDouble();
                            value = std::isfinite(x)
                                ? QString::number(x, 'g', QLocale::FloatingPointShortest).toLatin1()
                                : QByteArray("null");
                            break;
                        }
                        case Kind::Date:
                            value = jsonString(v.toDate().toString(Qt::ISODate));
                            break;
                        case Kind::Time:
                            value = jsonString(v.toTime().msec()
                                    ? v.toTime().toString(Qt::ISODateWithMs)
                                    : v.toTime().toString(Qt::ISODate));
                            break;
                        case Kind::DateTime:
                        case Kind::TimestampTz: {
                            const QDateTime dt = v.toDateTime();
                            value = dt.isValid()
                                ? jsonString(dt.time().msec() ? dt.toString(Qt::ISODateWithMs)
                                                              : dt.toString(Qt::ISODate))
                                : jsonString(v.toString());
                            break;
                        }
                        case Kind::Binary:
                        case Kind::Blob:
                            value = jsonString(QString::fromLatin1(m_blobs == Blobs::Hex
                                    ? v.toByteArray().toHex()
                                    : v.toByteArray().toBase64()));
                            break;
                        default:
                            value = jsonString(v.toString());
                        }
                    }
                    if (m_pretty)
                        line += indent + indent + indent + jsonString(info.name) + ": " + value
                            + (c + 1 < columns.size() ? "," + newline : newline);
                    else
                        line += (c ? QByteArray(",") : QByteArray()) + jsonString(info.name) + ":"
                            + value;
                }
                line += m_pretty ? indent + indent + "}" : QByteArray("}");
                if (!put(line))
                    return finish(false);
                after.clear();
                for (int k = 0; k < keyCount; ++k)
                    after << rows.value(k);
                ++written;
            }
            if (m_progress && !m_progress(written, total)) {
                *error = tr("Cancelled.");
                return finish(false);
            }
            if (keyCount == 0 || count < PageSize)
                break;
        }
        const QByteArray close = first ? QByteArray("]") : newline + indent + "]";
        if (!put(close + (t + 1 < order.size() ? "," : "") + newline))
            return finish(false);
    }
    if (!put("}" + newline))
        return finish(false);
    return finish(true);
}
