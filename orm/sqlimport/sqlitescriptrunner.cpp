#include "sqlitescriptrunner.h"

#include "sqlimportreport.h"
#include "sqlscriptimporter.h"

#include "database/connection.h"
#include "database/schemaimporter.h"

#include <QLibrary>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlQuery>

#ifdef Q_OS_UNIX
#include <dlfcn.h>
#endif

namespace {

// SQLite's codes (sqlite3.h), which Qt's headers do not carry.
constexpr int SqliteOk = 0;
constexpr int SqliteDeny = 1;
constexpr int SqliteRow = 100;
constexpr int SqliteDone = 101;
constexpr int SqlitePragma = 19;
constexpr int SqliteAttach = 24;
constexpr int SqliteDetach = 25;
constexpr int SqliteFunction = 31;
constexpr int SqliteLimitAttached = 7;
// A statement of a schema script runs in far fewer steps; CREATE TABLE ... AS SELECT over a
// recursive query that never ends is stopped here.
constexpr int ProgressInterval = 1000;
constexpr int ProgressLimit = 100000; // times ProgressInterval virtual-machine steps

using Authorizer = int (*)(void *, int, const char *, const char *, const char *, const char *);
using Progress = int (*)(void *);

// The functions of SQLite's C API the runner calls, from the library of Qt's driver.
struct SqliteApi
{
    int (*setAuthorizer)(void *, Authorizer, void *);
    void (*progressHandler)(void *, int, Progress, void *);
    int (*limit)(void *, int, int);
    int (*prepare)(void *, const char *, int, void **, const char **);
    int (*step)(void *);
    int (*finalize)(void *);
    const char *(*errorMessage)(void *);
    int (*errorOffset)(void *); // SQLite 3.38 and later; may be missing

    bool load(const QSqlDriver *driver)
    {
#ifdef Q_OS_UNIX
        Dl_info plugin {};
        if (!dladdr(driver->metaObject(), &plugin) || !plugin.dli_fname)
            return false;
        QLibrary library(QString::fromLocal8Bit(plugin.dli_fname));
        const auto resolve = [&](auto &function, const char *name) {
            function = reinterpret_cast<std::remove_reference_t<decltype(function)>>(
                library.resolve(name));
            return function != nullptr;
        };
        resolve(errorOffset, "sqlite3_error_offset");
        return resolve(setAuthorizer, "sqlite3_set_authorizer")
            && resolve(progressHandler, "sqlite3_progress_handler")
            && resolve(limit, "sqlite3_limit") && resolve(prepare, "sqlite3_prepare_v2")
            && resolve(step, "sqlite3_step") && resolve(finalize, "sqlite3_finalize")
            && resolve(errorMessage, "sqlite3_errmsg");
#else
        Q_UNUSED(driver);
        return false;
#endif
    }
};

int authorize(void *, int action, const char *first, const char *second, const char *, const char *)
{
    if (action == SqliteAttach || action == SqliteDetach || action == SqlitePragma)
        return SqliteDeny;
    if (action == SqliteFunction) {
        for (const char *name : {first, second}) {
            if (name && qstricmp(name, "load_extension") == 0)
                return SqliteDeny;
        }
    }
    return SqliteOk;
}

int stopRunaway(void *steps)
{
    return ++*static_cast<int *>(steps) > ProgressLimit ? 1 : 0;
}

// Where in the script an offset (in UTF-8 bytes) into a statement's text falls.
std::pair<int, int> positionIn(const SqlStatement &statement, const QByteArray &utf8, int offset)
{
    const QString before = QString::fromUtf8(utf8.left(offset));
    const qsizetype newline = before.lastIndexOf(u'\n');
    const int line = statement.line + int(before.count(u'\n'));
    const int column
        = newline < 0 ? statement.column + int(before.size()) : int(before.size() - newline);
    return {line, column};
}

// Why a statement is refused outright: it reaches beyond the in-memory database.
QString refusal(const QString &statement)
{
    static const QRegularExpression attach(
        QStringLiteral("^(ATTACH|DETACH)\\b"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression vacuumInto(QStringLiteral("^VACUUM\\b.*\\bINTO\\b"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    if (attach.match(statement).hasMatch())
        return SqliteScriptRunner::tr("refused: an imported script may not open other database "
                                      "files");
    if (vacuumInto.match(statement).hasMatch())
        return SqliteScriptRunner::tr("refused: an imported script may not write files");
    return {};
}

} // namespace

bool SqliteScriptRunner::run(
    const QList<SqlStatement> &statements, SqlImportReport &report, QString *error)
{
    Connection connection;
    if (!connection.open(DatabaseAddress::sqliteFile(QStringLiteral(":memory:")),
            Connection::Mode::CreateIfMissing, error))
        return false;
    const QSqlDatabase db = connection.database();
    const QVariant handle = db.driver()->handle();
    void *sqlite = handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
        ? *static_cast<void *const *>(handle.constData())
        : nullptr;
    SqliteApi api {};
    if (!sqlite || !api.load(db.driver())) {
        *error = tr("Qt's SQLite driver does not give access to SQLite's functions, which the "
                    "import of an SQLite script needs.");
        return false;
    }
    // Foreign keys are not enforced while the script runs: no rows are written, and with them
    // on, SQLite clears every table's foreign-key cache at each CREATE (quadratic in tables).
    QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    api.limit(sqlite, SqliteLimitAttached, 0);
    api.setAuthorizer(sqlite, &authorize, nullptr);
    int steps = 0;
    api.progressHandler(sqlite, ProgressInterval, &stopRunaway, &steps);

    for (const SqlStatement &statement : statements) {
        SqlStatementReport entry;
        entry.line = statement.line;
        entry.column = statement.column;
        entry.summary = SqlStatementReport::summarise(statement.text);
        const QString skip = SqlScriptImporter::noiseReason(statement, SqlEngine::Sqlite);
        const QString refused = refusal(statement.text);
        if (!statement.error.isEmpty() || !refused.isEmpty()) {
            entry.outcome = SqlStatementReport::Outcome::Failed;
            entry.reason = statement.error.isEmpty() ? refused : statement.error;
        } else if (!skip.isEmpty()) {
            entry.outcome = SqlStatementReport::Outcome::Skipped;
            entry.reason = skip;
        } else {
            const QByteArray utf8 = statement.text.toUtf8();
            void *prepared = nullptr;
            const char *tail = nullptr;
            steps = 0;
            int result = api.prepare(sqlite, utf8.constData(), int(utf8.size()), &prepared, &tail);
            if (result == SqliteOk && prepared) {
                while ((result = api.step(prepared)) == SqliteRow) { }
            }
            if (result != SqliteOk && result != SqliteDone) {
                entry.outcome = SqlStatementReport::Outcome::Failed;
                entry.reason = QString::fromUtf8(api.errorMessage(sqlite));
                const int offset = api.errorOffset ? api.errorOffset(sqlite) : -1;
                if (offset >= 0 && offset <= utf8.size()) {
                    const auto [line, column] = positionIn(statement, utf8, offset);
                    entry.reason
                        = tr("%1 (at line %2, column %3)").arg(entry.reason).arg(line).arg(column);
                }
            } else if (!prepared) {
                entry.outcome = SqlStatementReport::Outcome::Skipped;
                entry.reason = tr("nothing to run");
            }
            if (prepared)
                api.finalize(prepared);
        }
        report.statements << entry;
    }

    api.progressHandler(sqlite, 0, nullptr, nullptr);
    api.setAuthorizer(sqlite, nullptr, nullptr);
    SchemaImporter importer(connection);
    std::optional<Schema> schema = importer.import(error);
    if (!schema)
        return false;
    report.schema = std::move(*schema);
    report.warnings = importer.warnings();
    return true;
}
