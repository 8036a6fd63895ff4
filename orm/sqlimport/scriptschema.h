#pragma once

#include "sqlimportreport.h"
#include "sqlscriptsplitter.h"

#include "schema/schema.h"

#include <QCoreApplication>
#include <QHash>

class Dialect;

// A foreign key whose table may come later in the script (dumps write tables by name, with
// the checks off): resolved at the end.
struct PendingForeignKey
{
    ObjectId table = NoObject;
    QString name;
    QString indexName; // MariaDB: the index it makes when no key serves the foreign key
    QStringList columns;
    QString target;
    QStringList targetColumns; // empty: the target's primary key
    ReferentialAction onDelete = ReferentialAction::Unspecified;
    ReferentialAction onUpdate = ReferentialAction::Unspecified;
    qsizetype statement = 0; // its entry in the report
};

// The design a parsed script builds, shared by the engines' parsers: the tables by name, the
// foreign keys waiting for their tables, and the report's entry of the statement being read
// (failed, skipped with a reason, or imported).
class ScriptSchema
{
    Q_DECLARE_TR_FUNCTIONS(ScriptSchema)

public:
    ScriptSchema(SqlImportReport &report, const Dialect &dialect, SqlEngine engine);

    // A statement: begin(), then read it when toRead(), then end() files its entry.
    void begin(const SqlStatement &statement);
    bool toRead() const { return m_error.isEmpty() && m_noise.isEmpty(); }
    void end();
    // The statement fails with this message (the first one stays); false.
    bool fail(const QString &message);
    // The statement is skipped for this reason; true.
    bool skip(const QString &reason);
    QString *error() { return &m_error; }

    Schema &schema() { return m_report.schema; }
    QStringList &warnings() { return m_report.warnings; }
    const Dialect &dialect() const { return m_dialect; }

    Table *table(const QString &name);
    bool hasTable(const QString &name) const { return m_tables.contains(name); }
    // The id of the table `name`; false after failing the statement when there is none.
    bool knownTable(const QString &name, ObjectId *id);
    ObjectId addTable(const QString &name);
    // Removes the table and its waiting foreign keys.
    void removeTable(ObjectId id);
    void renameTable(ObjectId id, const QString &name);
    // DROP TABLE [IF EXISTS] names; skipped when there was nothing to drop.
    bool dropTables(const QStringList &names, bool ifExists);

    // What ALTER TABLE restores when it fails part-way: the table, and the foreign keys it had
    // not added yet.
    struct Snapshot
    {
        Table table;
        qsizetype foreignKeys = 0;
    };
    Snapshot snapshot(ObjectId table) const;
    void restore(ObjectId table, const Snapshot &snapshot);

    // A key on these columns; a primary key makes them NOT NULL.
    bool addKey(
        ObjectId table, const QString &type, const QString &name, const QStringList &columns);
    bool dropColumn(ObjectId table, const QString &column);
    void pendForeignKey(PendingForeignKey foreignKey);
    void dropForeignKey(ObjectId table, const QString &name);
    // `wanted`, or wanted_2, wanted_3... when a key of the table has it (MariaDB's names).
    static QString freeKeyName(const Table &table, const QString &wanted);

    // The end of the script: the foreign keys, each with an index when `indexForeignKeys` and
    // no key serves it (MariaDB); one that cannot be resolved fails its statement (the rest of
    // the statement stays imported). Then what SchemaImporter does to a catalogue it read.
    void finish(bool indexForeignKeys);

private:
    SqlImportReport &m_report;
    const Dialect &m_dialect;
    SqlEngine m_engine;
    QHash<QString, ObjectId> m_tables;
    QList<PendingForeignKey> m_foreignKeys;
    SqlStatementReport m_entry;
    QString m_error, m_skip, m_noise;
};
