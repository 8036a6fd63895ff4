#include "schemaapplier.h"

#include "connection.h"
#include "sqllog.h"

#include "ddl/ddlwriter.h"
#include "dialects/dialect.h"
#include "schema/schema.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

ApplyPlan SchemaApplier::plan(const Schema &schema) const
{
    ApplyPlan plan;
    const Dialect &dialect = m_connection.dialect();
    plan.script = DdlWriter(dialect).write(schema);
    if (!plan.script.ok())
        return plan;
    // Names compare without case: SQLite and MySQL (on most systems) fold them, and two
    // PostgreSQL tables differing only in case would be a trap for everyone reading the design.
    QHash<QString, QString> existing;
    for (const QString &name : dialect.tableNames(m_connection.database()))
        existing.insert(name.toCaseFolded(), name);
    // In reverse order of the script, so children go before their parents.
    for (qsizetype i = plan.script.tables.size() - 1; i >= 0; --i) {
        const QString name = existing.value(plan.script.tables.at(i).toCaseFolded());
        if (!name.isEmpty())
            plan.existingTables << name;
    }
    return plan;
}

namespace {

// One run of a script: its statements, counted and reported for progress, and what to say
// about a failure.
class ApplyRun
{
    Q_DECLARE_TR_FUNCTIONS(SchemaApplier)

public:
    ApplyRun(const Dialect &dialect, const QSqlDatabase &db, const DdlScript &script,
        const QStringList &clashes, const std::function<bool(int, int)> &progress,
        ApplyResult &result)
        : m_dialect(dialect)
        , m_db(db)
        , m_query(db)
        , m_script(script)
        , m_clashes(clashes)
        , m_progress(progress)
        , m_result(result)
        , m_total(int(script.statements.size() + clashes.size()))
    {
    }

    void applyInTransaction();
    void applyStatementByStatement();

private:
    bool run(const QString &sql);
    bool cancelled();
    bool dropClashes();
    bool createTables(QStringList *created);
    void undoCreated(const QStringList &created);

    const Dialect &m_dialect;
    QSqlDatabase m_db;
    QSqlQuery m_query;
    const DdlScript &m_script;
    const QStringList &m_clashes;
    const std::function<bool(int, int)> &m_progress;
    ApplyResult &m_result;
    const int m_total;
};

bool ApplyRun::run(const QString &sql)
{
    if (Sql::exec(m_query, sql))
        return true;
    m_result.failedStatement = sql;
    m_result.error = Connection::errorText(m_query.lastError());
    return false;
}

bool ApplyRun::cancelled()
{
    if (m_progress && !m_progress(m_result.statements, m_total)) {
        m_result.error = tr("Cancelled.");
        return true;
    }
    return false;
}

// SQLite, PostgreSQL: the drops and the script in one transaction, rolled back on failure.
void ApplyRun::applyInTransaction()
{
    if (!m_db.transaction()) {
        m_result.error
            = tr("Cannot start a transaction: %1").arg(Connection::errorText(m_db.lastError()));
        return;
    }
    bool ok = true;
    for (qsizetype i = 0; ok && i < m_clashes.size(); ++i) {
        const QString &name = m_clashes.at(i);
        ok = run(m_dialect.dropTableSql(name)) && !cancelled();
        if (ok) {
            m_result.replacedTables << name;
            ++m_result.statements;
        }
    }
    for (qsizetype i = 0; ok && i < m_script.statements.size(); ++i) {
        ok = run(m_script.statements.at(i).sql);
        if (ok) {
            ++m_result.statements;
            ok = !cancelled();
        }
    }
    if (!ok) {
        m_query.finish();
        m_db.rollback();
        m_result.error
            = tr("%1 The database was left as it was (rolled back).").arg(m_result.error);
        m_result.replacedTables.clear();
        return;
    }
    if (!m_db.commit()) {
        m_result.error = tr("Cannot commit: %1").arg(Connection::errorText(m_db.lastError()));
        return;
    }
    m_result.createdTables = m_script.tables;
    m_result.ok = true;
}

// MariaDB/MySQL: each DDL statement commits, so a failure drops what this run created.
void ApplyRun::applyStatementByStatement()
{
    if (!m_clashes.isEmpty() && !dropClashes())
        return;
    QStringList created;
    if (createTables(&created)) {
        m_result.createdTables = created;
        m_result.ok = true;
        return;
    }
    undoCreated(created);
}

// Foreign-key checks are off while dropping, so tables can go in any order, and back on
// before anything is created.
bool ApplyRun::dropClashes()
{
    bool ok = run(QStringLiteral("SET FOREIGN_KEY_CHECKS = 0"));
    for (const QString &name : m_clashes) {
        if (!ok)
            break;
        ok = run(m_dialect.dropTableSql(name));
        if (ok) {
            m_result.replacedTables << name;
            ++m_result.statements;
        }
    }
    ok = run(QStringLiteral("SET FOREIGN_KEY_CHECKS = 1")) && ok;
    if (!ok) {
        m_result.error = tr("%1 Dropping the existing tables failed; %n table(s) were "
                            "dropped already.",
            nullptr, int(m_result.replacedTables.size()))
                             .arg(m_result.error);
    }
    return ok;
}

// The new tables are empty, so there is nothing for foreign-key checks to check; with
// them on, MariaDB copies a table for each ALTER TABLE ... ADD FOREIGN KEY (2,000 tables:
// minutes instead of seconds).
bool ApplyRun::createTables(QStringList *created)
{
    bool ok = run(QStringLiteral("SET FOREIGN_KEY_CHECKS = 0"));
    for (qsizetype i = 0; ok && i < m_script.statements.size(); ++i) {
        const DdlStatement &statement = m_script.statements.at(i);
        ok = run(statement.sql);
        if (!ok)
            break;
        ++m_result.statements;
        if (statement.kind == DdlStatement::Kind::CreateTable)
            *created << statement.table;
        if (cancelled())
            ok = false;
    }
    if (ok)
        ok = run(QStringLiteral("SET FOREIGN_KEY_CHECKS = 1"));
    return ok;
}

void ApplyRun::undoCreated(const QStringList &created)
{
    const QString failure = m_result.error;
    const QString failedStatement = m_result.failedStatement;
    bool cleaned = run(QStringLiteral("SET FOREIGN_KEY_CHECKS = 0"));
    for (qsizetype i = created.size() - 1; cleaned && i >= 0; --i)
        cleaned = run(m_dialect.dropTableSql(created.at(i)));
    run(QStringLiteral("SET FOREIGN_KEY_CHECKS = 1"));
    m_result.failedStatement = failedStatement;
    m_result.error = cleaned
        ? tr("%1 %2 cannot undo DDL in a transaction, so Schemata dropped the %n table(s) it had "
             "created.",
            nullptr, int(created.size()))
              .arg(failure, sqlEngineTitle(m_dialect.engine()))
        : tr("%1 Dropping the tables created so far failed as well: %2")
              .arg(failure, m_result.error);
}

} // namespace

ApplyResult SchemaApplier::apply(const Schema &schema)
{
    ApplyResult result;
    const Dialect &dialect = m_connection.dialect();
    const ApplyPlan planned = plan(schema);
    const DdlScript &script = planned.script;
    result.problems = script.problems;
    if (!script.ok()) {
        result.error = tr("The design has errors; nothing was changed.");
        return result;
    }

    const QStringList &clashes = planned.existingTables;
    if (!clashes.isEmpty() && !m_replace) {
        result.error = tr("The database already has %n table(s) of the design: %1. Nothing was "
                          "changed; replace them explicitly (--replace) to drop and recreate them.",
            nullptr, int(clashes.size()))
                           .arg(clashes.join(QStringLiteral(", ")));
        result.existingTables = clashes;
        return result;
    }

    ApplyRun run(dialect, m_connection.database(), script, clashes, m_progress, result);
    if (dialect.transactionalDdl())
        run.applyInTransaction();
    else
        run.applyStatementByStatement();
    return result;
}
