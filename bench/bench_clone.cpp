// Deep-clones a parent row with N children on SQLite and reports the time and the peak memory
// of the clone, next to the reference: the same rows copied by one INSERT ... SELECT run by the
// sqlite3 shell on a copy of the same file (or, without the shell, by QSqlQuery, which is said).
//   bench_clone [N...]            (default: 10000 30000 300000)
// Two shapes per N: "plain" children (nothing below them: Cloner copies them in one
// INSERT ... SELECT per parent), and "linked" children, which an association table references,
// so each copy needs its own new key and is inserted row by row, a page at a time.
// Target (issue 12): 300,000 children under 10 s and under 100 MB.

#include "database/connection.h"
#include "database/schemaimporter.h"
#include "records/cloner.h"
#include "records/session.h"
#include "schema/schema.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>

namespace {

// Seconds of CPU this process used: what the clone costs, whatever else the machine runs.
double cpuSeconds()
{
    timespec t {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) + t.tv_nsec / 1e9;
}

// kB from /proc/self/status: VmRSS now, VmHWM the peak since the last reset.
qint64 statusKb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Starts a new peak at the current size (Linux: "5" to clear_refs resets VmHWM).
bool resetPeak()
{
    QFile refs(QStringLiteral("/proc/self/clear_refs"));
    return refs.open(QIODevice::WriteOnly) && refs.write("5") == 1;
}

bool exec(QSqlDatabase db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        fprintf(stderr, "%s: %s\n", qPrintable(sql), qPrintable(query.lastError().text()));
        return false;
    }
    return true;
}

bool makeDatabase(const QString &path, qint64 children, bool linked)
{
    DatabaseAddress address;
    address.path = path;
    Connection connection;
    QString error;
    if (!connection.open(address, Connection::Mode::CreateIfMissing, &error)) {
        fprintf(stderr, "%s\n", qPrintable(error));
        return false;
    }
    QSqlDatabase db = connection.database();
    bool ok = exec(db, QStringLiteral("CREATE TABLE parent (id INTEGER PRIMARY KEY, name TEXT)"))
        && exec(db,
            QStringLiteral("CREATE TABLE child (id INTEGER PRIMARY KEY, "
                           "parent_id INTEGER NOT NULL REFERENCES parent (id), "
                           "n INTEGER NOT NULL, label TEXT, amount REAL)"))
        && exec(db, QStringLiteral("CREATE INDEX ix_child_parent_id ON child (parent_id)"));
    if (ok && linked)
        ok = exec(db, QStringLiteral("CREATE TABLE tag (id INTEGER PRIMARY KEY, label TEXT)"))
            && exec(db,
                QStringLiteral("CREATE TABLE child_tag (child_id INTEGER NOT NULL "
                               "REFERENCES child (id), tag_id INTEGER NOT NULL "
                               "REFERENCES tag (id), PRIMARY KEY (child_id, tag_id))"));
    ok = ok && db.transaction()
        && exec(db, QStringLiteral("INSERT INTO parent (id, name) VALUES (1, 'original')"))
        && exec(db, QStringLiteral("INSERT INTO parent (id, name) VALUES (2, 'reference')"));
    QSqlQuery insert(db);
    ok = ok
        && insert.prepare(
            QStringLiteral("INSERT INTO child (parent_id, n, label, amount) VALUES (1, ?, ?, ?)"));
    for (qint64 i = 0; ok && i < children; ++i) {
        insert.bindValue(0, i);
        insert.bindValue(1, QStringLiteral("line %1").arg(i));
        insert.bindValue(2, i * 0.25);
        ok = insert.exec();
    }
    return ok && db.commit();
}

// The reference: one INSERT ... SELECT, in the sqlite3 shell when there is one.
double referenceSeconds(const QString &path, QString *how)
{
    const QString sql
        = QStringLiteral("INSERT INTO child (parent_id, n, label, amount) "
                         "SELECT 2, n, label, amount FROM child WHERE parent_id = 1 ORDER BY id;");
    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    QElapsedTimer timer;
    if (!shell.isEmpty()) {
        *how = QStringLiteral("sqlite3 shell");
        QProcess process;
        timer.start();
        process.start(shell, {path, sql});
        if (!process.waitForFinished(-1) || process.exitCode() != 0) {
            fprintf(stderr, "sqlite3: %s\n", process.readAllStandardError().constData());
            return -1;
        }
        return timer.nsecsElapsed() / 1e9;
    }
    *how = QStringLiteral("QSqlQuery (no sqlite3 shell)");
    DatabaseAddress address;
    address.path = path;
    Connection connection;
    QString error;
    if (!connection.open(address, Connection::Mode::OpenExisting, &error))
        return -1;
    timer.start();
    if (!exec(connection.database(), sql))
        return -1;
    return timer.nsecsElapsed() / 1e9;
}

bool run(const QTemporaryDir &dir, qint64 children, bool linked)
{
    const char *shape = linked ? "linked" : "plain";
    const QString path = dir.filePath(
        QStringLiteral("clone-%1-%2.sqlite").arg(children).arg(QLatin1String(shape)));
    const QString copy = dir.filePath(
        QStringLiteral("reference-%1-%2.sqlite").arg(children).arg(QLatin1String(shape)));
    QFile::remove(path);
    QFile::remove(copy);
    if (!makeDatabase(path, children, linked) || !QFile::copy(path, copy))
        return false;
    QString how;
    const double reference = referenceSeconds(copy, &how);
    if (reference < 0)
        return false;

    DatabaseAddress address;
    address.path = path;
    Connection connection;
    QString error;
    if (!connection.open(address, Connection::Mode::OpenExisting, &error)) {
        fprintf(stderr, "%s\n", qPrintable(error));
        return false;
    }
    const std::optional<Schema> schema = SchemaImporter(connection).import(&error);
    if (!schema) {
        fprintf(stderr, "import: %s\n", qPrintable(error));
        return false;
    }
    Session session(connection, *schema);
    Cloner cloner(session);
    CloneOptions options;
    options.deep = true;
    const qint64 before = statusKb("VmRSS:");
    const bool peakReset = resetPeak();
    QElapsedTimer timer;
    const double cpuBefore = cpuSeconds();
    timer.start();
    const std::optional<QVariantList> key = cloner.clone(QStringLiteral("parent"), {1}, options);
    const double seconds = timer.nsecsElapsed() / 1e9;
    const double cpu = cpuSeconds() - cpuBefore;
    const qint64 peak = statusKb("VmHWM:");
    if (!key) {
        fprintf(stderr, "clone failed: %s\n", qPrintable(cloner.error()));
        return false;
    }
    QSqlQuery count(connection.database());
    count.prepare(QStringLiteral("SELECT COUNT(*) FROM child WHERE parent_id = ?"));
    count.addBindValue(key->value(0));
    if (!count.exec() || !count.next() || count.value(0).toLongLong() != children) {
        fprintf(stderr, "the copy has %lld children, not %lld\n", count.value(0).toLongLong(),
            static_cast<long long>(children));
        return false;
    }
    printf("%7lld children, %-6s  deep clone %7.3f s (CPU %6.3f s), peak RSS %6.1f MB "
           "(%.1f MB before)%s   |  INSERT ... SELECT (%s) %6.3f s\n",
        static_cast<long long>(children), shape, seconds, cpu, peak / 1024.0, before / 1024.0,
        peakReset ? "" : " [peak since start]", qPrintable(how), reference);
    fflush(stdout);
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QList<qint64> sizes;
    for (const QString &arg : app.arguments().mid(1))
        sizes << arg.toLongLong();
    if (sizes.isEmpty())
        sizes = {10000, 30000, 300000};
    QTemporaryDir dir;
    for (qint64 n : sizes) {
        for (bool linked : {false, true}) {
            if (!run(dir, n, linked))
                return 1;
        }
    }
    return 0;
}
