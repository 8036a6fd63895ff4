#include "migrator.h"

#include "database/connection.h"
#include "database/sqllog.h"
#include "ddl/ddlwriter.h"
#include "dialects/dialect.h"
#include "schema/schema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace {

// The history table, made by DdlWriter like any design, so that each engine gets its own types.
Schema historySchema()
{
    Schema schema;
    Table &t = schema.addTable(SchemaDiff::historyTable());
    Column &id = schema.addColumn(t, QStringLiteral("id"), QStringLiteral("INTEGER"));
    id.autoIncrement = true;
    id.setNullable(false);
    const ObjectId key = id.id;
    for (const auto &[name, type] : {std::pair {"applied_at", "VARCHAR(40)"},
             std::pair {"design", "VARCHAR(1024)"}, std::pair {"design_hash", "VARCHAR(64)"},
             std::pair {"statements", "TEXT"}})
        schema.addColumn(t, QString::fromLatin1(name), QString::fromLatin1(type));
    schema.addKey(schema.tables().first(), Key::Primary, {key});
    return schema;
}

// Whether the database has the history table yet.
bool hasHistory(Connection &connection)
{
    const QStringList tables = connection.dialect().tableNames(connection.database());
    return std::any_of(tables.cbegin(), tables.cend(), [](const QString &name) {
        return name.compare(SchemaDiff::historyTable(), Qt::CaseInsensitive) == 0;
    });
}

QString rowText(const QSqlRecord &record)
{
    QStringList values;
    for (int i = 0; i < record.count(); ++i)
        values << (record.isNull(i) ? QStringLiteral("NULL") : record.value(i).toString());
    return values.size() == 1 ? values.first() : u'(' + values.join(QStringLiteral(", ")) + u')';
}

} // namespace

QList<DataCheckResult> Migrator::check(const MigrationPlan &plan)
{
    QList<DataCheckResult> results;
    QSqlQuery query(m_connection.database());
    for (const DataCheck &check : plan.checks) {
        DataCheckResult result;
        result.check = check;
        if (!Sql::exec(query, check.countSql) || !query.next()) {
            result.error = Connection::errorText(query.lastError());
        } else {
            result.count = query.value(0).toLongLong();
            if (result.count > 0 && Sql::exec(query, check.sampleSql)) {
                while (query.next())
                    result.sample << rowText(query.record());
            }
        }
        query.finish();
        results << result;
    }
    return results;
}

bool Migrator::exec(const QString &sql, MigrationReport &report)
{
    QSqlQuery query(m_connection.database());
    if (Sql::exec(query, sql))
        return true;
    report.error = Connection::errorText(query.lastError());
    report.failedStatement = sql;
    return false;
}

bool Migrator::runStep(const MigrationStep &step, MigrationReport &report)
{
    QSqlQuery query(m_connection.database());
    const auto count = [&](const QString &table) -> qint64 {
        if (!Sql::exec(query,
                QStringLiteral("SELECT COUNT(*) FROM ")
                    + m_connection.dialect().quoteIdentifier(table))
            || !query.next())
            return -1;
        const qint64 n = query.value(0).toLongLong();
        query.finish();
        return n;
    };
    const qint64 before = step.rebuiltTable.isEmpty() ? 0 : count(step.rebuiltTable);
    for (const QString &statement : step.statements) {
        if (!exec(statement, report))
            return false;
    }
    if (!step.rebuiltTable.isEmpty()) {
        const qint64 after = count(step.rebuiltTable);
        if (after != before) {
            report.error = tr("The rebuilt table %1 has %2 rows; it had %3.")
                               .arg(step.rebuiltTable)
                               .arg(after)
                               .arg(before);
            return false;
        }
    }
    return true;
}

bool Migrator::runSteps(const MigrationPlan &plan, MigrationReport &report)
{
    for (int i = 0; i < plan.steps.size(); ++i) {
        if (!runStep(plan.steps.at(i), report)) {
            report.failedStep = i;
            return false;
        }
        report.stepsRun << i;
        if (m_progress && !m_progress(i + 1, int(plan.steps.size()))) {
            report.cancelled = true;
            report.error = tr("Cancelled.");
            return false;
        }
    }
    if (plan.foreignKeysOff) {
        QSqlQuery query(m_connection.database());
        if (!Sql::exec(query, QStringLiteral("PRAGMA foreign_key_check"))) {
            report.error = Connection::errorText(query.lastError());
            return false;
        }
        if (query.next()) {
            report.error = tr("After the changes, rows of %1 reference rows of %2 that do not "
                              "exist (PRAGMA foreign_key_check).")
                               .arg(query.value(0).toString(), query.value(2).toString());
            return false;
        }
    }
    return true;
}

bool Migrator::record(const MigrationPlan &plan, const QString &design,
    const QString &designHash, MigrationReport &report)
{
    const Dialect &dialect = m_connection.dialect();
    if (!hasHistory(m_connection)) {
        const DdlScript script = DdlWriter(dialect).write(historySchema());
        for (const DdlStatement &statement : script.statements) {
            if (!exec(statement.sql, report))
                return false;
        }
    }
    QStringList statements;
    for (const MigrationStep &step : plan.steps)
        statements << step.statements;
    QSqlQuery query(m_connection.database());
    const QString table = dialect.quoteIdentifier(SchemaDiff::historyTable());
    query.prepare(QStringLiteral("INSERT INTO ") + table
        + QStringLiteral(" (applied_at, design, design_hash, statements) VALUES (?, ?, ?, ?)"));
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    query.addBindValue(design);
    query.addBindValue(designHash);
    query.addBindValue(QString(statements.join(QStringLiteral(";\n")) + u';'));
    if (!Sql::exec(query)) {
        report.error = Connection::errorText(query.lastError());
        return false;
    }
    return true;
}

MigrationReport Migrator::run(
    const MigrationPlan &plan, const QString &design, const QString &designHash)
{
    MigrationReport report;
    if (!plan.errors.isEmpty()) {
        report.error = plan.errors.join(u'\n');
        return report;
    }
    if (plan.isEmpty()) {
        report.ok = true;
        return report;
    }
    QSqlDatabase db = m_connection.database();
    if (!plan.transactional) {
        // Each statement commits: stop at the first failure and say what stays.
        report.ok = runSteps(plan, report) && record(plan, design, designHash, report);
        if (!report.ok) {
            for (auto it = report.stepsRun.crbegin(); it != report.stepsRun.crend(); ++it) {
                const MigrationStep &step = plan.steps.at(*it);
                report.undo << step.undo;
                if (step.losesData)
                    report.lostForGood << step.description;
            }
        }
        return report;
    }
    QSqlQuery pragma(db);
    if (plan.foreignKeysOff) {
        // Only outside a transaction does this take; read back to be sure it did.
        if (!Sql::exec(pragma, QStringLiteral("PRAGMA foreign_keys = OFF"))
            || !Sql::exec(pragma, QStringLiteral("PRAGMA foreign_keys")) || !pragma.next()
            || pragma.value(0).toInt() != 0) {
            report.error = tr("Foreign keys could not be turned off, so no table was rebuilt: "
                              "their ON DELETE actions would have deleted rows.");
            return report;
        }
        pragma.finish();
    }
    if (!db.transaction()) {
        report.error = tr("Cannot start a transaction: %1").arg(Connection::errorText(db.lastError()));
    } else if (runSteps(plan, report) && record(plan, design, designHash, report)) {
        if (db.commit())
            report.ok = true;
        else
            report.error = tr("Cannot commit: %1").arg(Connection::errorText(db.lastError()));
    }
    if (!report.ok && db.isOpen()) {
        db.rollback();
        report.stepsRun.clear();
        report.error = tr("%1 Nothing was changed (rolled back).").arg(report.error);
    }
    if (plan.foreignKeysOff)
        Sql::exec(pragma, QStringLiteral("PRAGMA foreign_keys = ON"));
    return report;
}

QList<SqliteObject> Migrator::sqliteObjects(const QSqlDatabase &db)
{
    QList<SqliteObject> objects;
    QSqlQuery query(db);
    if (!Sql::exec(query,
            QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE sql IS NOT "
                           "NULL AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY rowid")))
        return objects;
    while (query.next())
        objects << SqliteObject {query.value(0).toString(), query.value(1).toString(),
            query.value(2).toString(), query.value(3).toString()};
    return objects;
}

std::optional<QList<MigrationRecord>> Migrator::history(Connection &connection, QString *error)
{
    QList<MigrationRecord> records;
    const Dialect &dialect = connection.dialect();
    if (!hasHistory(connection))
        return records;
    QSqlQuery query(connection.database());
    if (!Sql::exec(query,
            QStringLiteral("SELECT id, applied_at, design, design_hash, statements FROM ")
                + dialect.quoteIdentifier(SchemaDiff::historyTable())
                + QStringLiteral(" ORDER BY id"))) {
        *error = Connection::errorText(query.lastError());
        return std::nullopt;
    }
    while (query.next())
        records << MigrationRecord {query.value(0).toLongLong(), query.value(1).toString(),
            query.value(2).toString(), query.value(3).toString(), query.value(4).toString()};
    return records;
}
