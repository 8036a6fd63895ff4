#pragma once

#include "schema/schema.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QStringList>

#include <utility>

class Dialect;

// The transaction an import fills, and the constraint handling around its rows, through the
// dialect's hooks: the tables' triggers off while their rows are restored (where the engine
// can), the session set to take rows as they were saved, the foreign keys within a cycle of
// tables (a self-reference too) put off while the rows of a cycle come in (see
// JsonImporter::read) and checked with a query before the commit, and the sequences behind
// generated keys moved past the keys that were given.
class ImportTransaction
{
    Q_DECLARE_TR_FUNCTIONS(JsonImporter)

public:
    ImportTransaction(const QSqlDatabase &db, const Dialect &dialect, const Schema &schema);

    // Starts the transaction.
    bool begin();
    // Before the rows of `table`: puts off the checks its foreign keys need put off, and
    // notes which tables' keys must then be checked at the end.
    bool beginTable(const Table &table);
    // After every row: the checks that were put off, sequences, commit. `imported`: the
    // tables with the rows inserted into them; what the user should know is added to
    // *warnings.
    bool finish(const QList<std::pair<QString, qint64>> &imported, QStringList *warnings);
    // Rolls back, when begun.
    void abort();

    // After a failure: the database's refusal, for people.
    QString error() const { return m_error; }

private:
    bool suspendTriggers();
    bool makeCyclesDeferrable();
    bool verifyUncheckedKeys();
    bool moveSequences(const QList<std::pair<QString, qint64>> &imported);
    bool inCycle(const Table &t, const ForeignKey &fk) const;
    bool exec(const QString &sql);
    bool fail(const QString &message);
    void restoreSession();

    QSqlDatabase m_db;
    const Dialect &m_dialect;
    const Schema &m_schema;
    const QHash<ObjectId, int> m_components;
    QSet<ObjectId> m_cyclicTables;

    QString m_error;
    bool m_begun = false;
    bool m_sessionChanged = false; // MariaDB's sql_mode and FOREIGN_KEY_CHECKS

    // Foreign keys put off.
    bool m_deferring = false; // SQLite, PostgreSQL
    bool m_checksOff = false; // MariaDB
    QList<const Table *> m_unchecked;
    QList<std::pair<QString, QString>> m_altered; // PostgreSQL: table, constraint
    QStringList m_resumeTriggers; // statements that turn the triggers on again
    QStringList m_triggersRunning; // tables whose triggers the engine cannot turn off
};
