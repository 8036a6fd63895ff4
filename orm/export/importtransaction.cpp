#include "importtransaction.h"

#include "database/connection.h"
#include "database/sqllog.h"
#include "dialects/dialect.h"
#include "sql/typemapping.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <functional>

namespace {

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

ImportTransaction::ImportTransaction(
    const QSqlDatabase &db, const Dialect &dialect, const Schema &schema)
    : m_db(db)
    , m_dialect(dialect)
    , m_schema(schema)
    , m_components(foreignKeyComponents(schema))
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

bool ImportTransaction::begin()
{
    if (!m_db.transaction())
        return fail(
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
bool ImportTransaction::suspendTriggers()
{
    QStringList tables;
    for (const Table &t : m_schema.tables())
        tables << t.name;
    QString error;
    const std::optional<QStringList> resume
        = m_dialect.suspendTriggers(m_db, tables, &m_triggersRunning, &error);
    if (!resume)
        return fail(tr("Cannot turn the triggers off: %1").arg(error));
    m_resumeTriggers = *resume;
    return true;
}

// Puts off the foreign-key checks that a table of a cycle needs put off (see
// JsonImporter::read), and notes which tables' keys must then be checked at the end.
bool ImportTransaction::beginTable(const Table &table)
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
bool ImportTransaction::makeCyclesDeferrable()
{
    QSqlQuery query(m_db);
    if (!Sql::exec(query, m_dialect.notDeferrableForeignKeysSql()))
        return fail(
            tr("Cannot read the foreign keys: %1").arg(Connection::errorText(query.lastError())));
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

// After the whole input: the last rows, the checks that were put off, sequences, commit.
bool ImportTransaction::finish(
    const QList<std::pair<QString, qint64>> &imported, QStringList *warnings)
{
    for (const QString &statement : std::as_const(m_resumeTriggers)) {
        if (!exec(statement))
            return false;
    }
    for (const auto &[table, rows] : imported) {
        if (rows > 0 && m_triggersRunning.contains(table, Qt::CaseInsensitive))
            *warnings << tr("The triggers of \"%1\" ran for its imported rows: "
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
    if (!moveSequences(imported))
        return false;
    const QString checksOn = m_dialect.foreignKeyChecksSql(true);
    if (!checksOn.isEmpty() && !exec(checksOn))
        return false;
    if (!m_db.commit())
        return fail(tr("Cannot commit: %1").arg(Connection::errorText(m_db.lastError())));
    m_begun = false;
    restoreSession();
    return true;
}

void ImportTransaction::abort()
{
    if (m_begun)
        m_db.rollback();
    m_begun = false;
    restoreSession();
}

// The foreign keys that were not checked row by row, checked now with one query each.
bool ImportTransaction::verifyUncheckedKeys()
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
                return fail(tr("Cannot check the foreign keys of \"%1\": %2")
                                .arg(t->name, Connection::errorText(query.lastError())));
            if (!query.next())
                continue;
            const auto describe = [&](qsizetype from, qsizetype count) {
                QStringList parts;
                for (qsizetype i = from; i < from + count; ++i)
                    parts << shown.at(i) + QStringLiteral(" = ") + query.value(int(i)).toString();
                return parts.join(QStringLiteral(", "));
            };
            const QString row = keyColumns.isEmpty()
                ? tr("\"%1\" has a row").arg(t->name)
                : tr("The row of \"%1\" with %2").arg(t->name, describe(0, keyColumns.size()));
            return fail(tr("%1 refers to no row of \"%2\" (%3).")
                            .arg(row, parent->name, describe(keyColumns.size(), fkColumns.size())));
        }
    }
    return true;
}

// Sequences behind identity and SERIAL columns go past the keys that were given.
bool ImportTransaction::moveSequences(const QList<std::pair<QString, qint64>> &imported)
{
    QSet<QString> filled;
    for (const auto &[table, rows] : imported) {
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
                return fail(tr("Cannot move the sequence of %1.%2: %3")
                                .arg(t.name, c.name, Connection::errorText(query.lastError())));
        }
    }
    return true;
}

bool ImportTransaction::inCycle(const Table &t, const ForeignKey &fk) const
{
    return m_schema.table(fk.referencedTable)
        && m_components.value(t.id, -1) == m_components.value(fk.referencedTable, -2);
}

bool ImportTransaction::exec(const QString &sql)
{
    QSqlQuery query(m_db);
    if (Sql::exec(query, sql))
        return true;
    return fail(tr("%1 failed: %2").arg(sql, Connection::errorText(query.lastError())));
}

bool ImportTransaction::fail(const QString &message)
{
    m_error = message;
    return false;
}

void ImportTransaction::restoreSession()
{
    if (!m_sessionChanged)
        return;
    m_sessionChanged = false;
    QSqlQuery query(m_db);
    for (const QString &statement : m_dialect.endRestoreSessionSql())
        Sql::exec(query, statement);
}
