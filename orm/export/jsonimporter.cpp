#include "jsonimporter.h"

#include "database/batchinserter.h"
#include "database/connection.h"
#include "database/sqllog.h"
#include "ddl/ddlwriter.h"
#include "dialects/dialect.h"
#include "export/jsonstream.h"
#include "sql/typemapping.h"
#include "values/jsonvaluereader.h"

#include <QFile>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <functional>
#include <memory>

namespace {

constexpr int MaxRowsPerStatement = 500;
constexpr qint64 MaxBytesPerStatement = 4 << 20; // well under MariaDB's max_allowed_packet

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
        return setUpChecks(*table);
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
    const JsonStream &m_stream;
    const QString m_source;
    const qint64 m_bytesTotal;
    const QHash<ObjectId, int> m_components;
    QSet<ObjectId> m_cyclicTables;

    QString m_error;
    bool m_inputFault = false;
    bool m_begun = false;
    bool m_sessionChanged = false; // MariaDB's sql_mode and FOREIGN_KEY_CHECKS
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
