#include "sqliterowreader.h"

#include "database/connection.h"

#include <QLibrary>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlResult>

#ifdef Q_OS_UNIX
#include <dlfcn.h>
#endif

namespace {

constexpr int SqliteRow = 100; // SQLITE_ROW
constexpr int SqliteDone = 101; // SQLITE_DONE

} // namespace

// The few functions of SQLite's C API the reader uses, resolved once, from the driver's own
// library: the SQLite it is linked with (or carries inside), whose statements these are.
struct SqliteRowReader::Api
{
    int (*step)(void *);
    int (*columnType)(void *, int);
    qint64 (*columnInt64)(void *, int);
    double (*columnDouble)(void *, int);
    const void *(*columnBlob)(void *, int);
    const unsigned char *(*columnText)(void *, int);
    int (*columnBytes)(void *, int);
    const void *(*columnText16)(void *, int);
    int (*columnBytes16)(void *, int);
    int (*statementBusy)(void *);
    void *(*databaseOf)(void *);
    const char *(*errorMessage)(void *);

    static const Api *load(const QSqlDriver *driver)
    {
        static const std::optional<Api> api = [driver]() -> std::optional<Api> {
#ifdef Q_OS_UNIX
            // The driver's plugin is the file that holds its class's meta-object.
            Dl_info plugin {};
            if (!dladdr(driver->metaObject(), &plugin) || !plugin.dli_fname)
                return std::nullopt;
            QLibrary library(QString::fromLocal8Bit(plugin.dli_fname));
            Api a {};
            const auto resolve = [&](auto &function, const char *name) {
                function = reinterpret_cast<std::remove_reference_t<decltype(function)>>(
                    library.resolve(name));
                return function != nullptr;
            };
            if (resolve(a.step, "sqlite3_step") && resolve(a.columnType, "sqlite3_column_type")
                && resolve(a.columnInt64, "sqlite3_column_int64")
                && resolve(a.columnDouble, "sqlite3_column_double")
                && resolve(a.columnBlob, "sqlite3_column_blob")
                && resolve(a.columnText, "sqlite3_column_text")
                && resolve(a.columnBytes, "sqlite3_column_bytes")
                && resolve(a.columnText16, "sqlite3_column_text16")
                && resolve(a.columnBytes16, "sqlite3_column_bytes16")
                && resolve(a.statementBusy, "sqlite3_stmt_busy")
                && resolve(a.databaseOf, "sqlite3_db_handle")
                && resolve(a.errorMessage, "sqlite3_errmsg"))
                return a;
            return std::nullopt;
#else
            Q_UNUSED(driver);
            return std::nullopt; // no way here to find the driver's SQLite
#endif
        }();
        return api ? &*api : nullptr;
    }
};

std::optional<SqliteRowReader> SqliteRowReader::of(QSqlQuery &query)
{
    const QVariant handle = query.result() ? query.result()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3_stmt*") != 0)
        return std::nullopt;
    void *statement = *static_cast<void *const *>(handle.constData());
    const Api *api = query.driver() ? Api::load(query.driver()) : nullptr;
    if (!statement || !api)
        return std::nullopt;
    // The driver reads the first row itself (when it executes, or at the first next()) and
    // leaves the statement on it; it never reads ahead of the row it gives.
    SqliteRowReader reader(api, statement);
    if (!query.next()) {
        reader.m_state = State::Done;
        if (query.lastError().isValid()) {
            reader.m_failed = true;
            reader.m_firstRowError = Connection::errorText(query.lastError());
        }
    } else if (!api->statementBusy(statement)) {
        // Not the driver this reader knows, and the first row is gone from the query.
        reader.m_state = State::Done;
        reader.m_failed = true;
        reader.m_firstRowError = tr("Qt's SQLite driver did not leave the query on its first "
                                    "row.");
    }
    return reader;
}

SqliteRowReader::SqliteRowReader(const Api *api, void *statement)
    : m_api(api)
    , m_statement(statement)
{
}

bool SqliteRowReader::next()
{
    switch (m_state) {
    case State::OnFirstRow:
        m_state = State::Stepping;
        return true;
    case State::Done:
        return false;
    case State::Stepping:
        break;
    }
    const int result = m_api->step(m_statement);
    if (result == SqliteRow)
        return true;
    m_state = State::Done;
    m_failed = result != SqliteDone;
    return false;
}

QString SqliteRowReader::errorText() const
{
    if (!m_firstRowError.isEmpty())
        return m_firstRowError;
    return QString::fromUtf8(m_api->errorMessage(m_api->databaseOf(m_statement)));
}

SqliteRowReader::Storage SqliteRowReader::storage(int column) const
{
    return Storage(m_api->columnType(m_statement, column));
}

qint64 SqliteRowReader::integer(int column) const
{
    return m_api->columnInt64(m_statement, column);
}

double SqliteRowReader::real(int column) const
{
    return m_api->columnDouble(m_statement, column);
}

// The pointer first, then the size: SQLite's documented order.
QByteArrayView SqliteRowReader::blob(int column) const
{
    const auto *data = static_cast<const char *>(m_api->columnBlob(m_statement, column));
    return QByteArrayView(data, m_api->columnBytes(m_statement, column));
}

QByteArrayView SqliteRowReader::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(m_api->columnText(m_statement, column));
    return QByteArrayView(data, m_api->columnBytes(m_statement, column));
}

QVariant SqliteRowReader::value(int column) const
{
    // As Qt's driver converts each storage class (qsql_sqlite.cpp, fetchNext()).
    switch (storage(column)) {
    case Storage::Blob: {
        const QByteArrayView bytes = blob(column);
        return QVariant(QByteArray(bytes.data(), bytes.size()));
    }
    case Storage::Integer:
        return QVariant(qlonglong(integer(column)));
    case Storage::Real:
        return QVariant(real(column));
    case Storage::Null:
        return QVariant(QMetaType::fromType<QString>());
    case Storage::Text:
        break;
    }
    const auto *text = static_cast<const QChar *>(m_api->columnText16(m_statement, column));
    return QVariant(
        QString(text, m_api->columnBytes16(m_statement, column) / qsizetype(sizeof(QChar))));
}
