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

ApplyResult SchemaApplier::apply(const Schema &schema)
{
    ApplyResult result;
    const Dialect &dialect = m_connection.dialect();
    QSqlDatabase db = m_connection.database();
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

    QSqlQuery query(db);
    const auto run = [&](const QString &sql) {
        if (Sql::exec(query, sql))
            return true;
        result.failedStatement = sql;
        result.error = Connection::errorText(query.lastError());
        return false;
    };
    const bool transactional = dialect.transactionalDdl();
    const int total = int(script.statements.size() + clashes.size());
    const auto cancelled = [&]() {
        if (m_progress && !m_progress(result.statements, total)) {
            result.error = tr("Cancelled.");
            return true;
        }
        return false;
    };

    if (transactional) {
        if (!db.transaction()) {
            result.error
                = tr("Cannot start a transaction: %1").arg(Connection::errorText(db.lastError()));
            return result;
        }
        bool ok = true;
        for (qsizetype i = 0; ok && i < clashes.size(); ++i) {
            const QString &name = clashes.at(i);
            ok = run(dialect.dropTableSql(name)) && !cancelled();
            if (ok) {
                result.replacedTables << name;
                ++result.statements;
            }
        }
        for (qsizetype i = 0; ok && i < script.statements.size(); ++i) {
            ok = run(script.statements.at(i).sql);
            if (ok) {
                ++result.statements;
                ok = !cancelled();
            }
        }
        if (!ok) {
            query.finish();
            db.rollback();
            result.error
                = tr("%1 The database was left as it was (rolled back).").arg(result.error);
            result.replacedTables.clear();
            return result;
        }
        if (!db.commit()) {
            result.error = tr("Cannot commit: %1").arg(Connection::errorText(db.lastError()));
            return result;
        }
        result.createdTables = script.tables;
        result.ok = true;
        return result;
    }

    // MariaDB/MySQL: each DDL statement commits. Foreign-key checks are off while dropping,
    // so tables can go in any order, and back on before anything is created.
    bool ok = true;
    if (!clashes.isEmpty()) {
        ok = run(QStringLiteral("SET FOREIGN_KEY_CHECKS = 0"));
        for (const QString &name : clashes) {
            if (!ok)
                break;
            ok = run(dialect.dropTableSql(name));
            if (ok) {
                result.replacedTables << name;
                ++result.statements;
            }
        }
        ok = run(QStringLiteral("SET FOREIGN_KEY_CHECKS = 1")) && ok;
        if (!ok) {
            result.error = tr("%1 Dropping the existing tables failed; %n table(s) were "
                              "dropped already.",
                nullptr, int(result.replacedTables.size()))
                               .arg(result.error);
            return result;
        }
    }
    // The new tables are empty, so there is nothing for foreign-key checks to check; with
    // them on, MariaDB copies a table for each ALTER TABLE ... ADD FOREIGN KEY (2,000 tables:
    // minutes instead of seconds).
    QStringList created;
    ok = run(QStringLiteral("SET FOREIGN_KEY_CHECKS = 0"));
    for (qsizetype i = 0; ok && i < script.statements.size(); ++i) {
        const DdlStatement &statement = script.statements.at(i);
        ok = run(statement.sql);
        if (!ok)
            break;
        ++result.statements;
        if (statement.kind == DdlStatement::Kind::CreateTable)
            created << statement.table;
        if (cancelled())
            ok = false;
    }
    if (ok)
        ok = run(QStringLiteral("SET FOREIGN_KEY_CHECKS = 1"));
    if (ok) {
        result.createdTables = created;
        result.ok = true;
        return result;
    }
    const QString failure = result.error;
    const QString failedStatement = result.failedStatement;
    bool cleaned = run(QStringLiteral("SET FOREIGN_KEY_CHECKS = 0"));
    for (qsizetype i = created.size() - 1; cleaned && i >= 0; --i)
        cleaned = run(dialect.dropTableSql(created.at(i)));
    run(QStringLiteral("SET FOREIGN_KEY_CHECKS = 1"));
    result.failedStatement = failedStatement;
    result.error = cleaned
        ? tr("%1 %2 cannot undo DDL in a transaction, so Schemata dropped the %n table(s) it had "
             "created.",
            nullptr, int(created.size()))
              .arg(failure, sqlEngineTitle(dialect.engine()))
        : tr("%1 Dropping the tables created so far failed as well: %2").arg(failure, result.error);
    return result;
}
