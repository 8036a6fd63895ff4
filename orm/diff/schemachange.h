#pragma once

#include "schema/objectid.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// One difference between two schemas, as a step that turns the first (the source: what a
// database is now, or an older design) into the second (the target). Names are the target's
// except for what the target no longer has; a rename carries both.
struct SchemaChange
{
    enum class Kind {
        AddTable,
        DropTable,
        RenameTable,
        ChangeTableComment,
        ChangeInheritance,
        AddColumn,
        DropColumn,
        RenameColumn,
        ChangeType,
        ChangeNullable,
        ChangeDefault,
        ChangeAutoIncrement,
        ChangeColumnComment,
        AddKey,
        DropKey,
        AddForeignKey,
        DropForeignKey,
    };

    // What the change can do to the rows a database holds.
    enum class Risk {
        Safe,
        MayFail, // existing rows can refuse it: NULLs, duplicates, orphans, values too wide
        DataLoss // values are gone for good: a dropped table or column, a lossy type change
    };

    Kind kind = Kind::AddTable;
    Risk risk = Risk::Safe;
    QString table; // the table's name after the change (before it, for a dropped table)
    QString oldTable; // RenameTable: the source's name
    QString column; // column changes; the name after the change
    QString oldColumn; // RenameColumn
    QString object; // keys and foreign keys: "UNIQUE (a, b)", "(owner_id) -> users (id)"
    QString before; // the value in the source, for people ("VARCHAR(50)", "NULL", "'x'")
    QString after; // the value in the target
    // The objects in the two schemas (NoObject where a side has none), so that a migration
    // plan can read everything else about them.
    ObjectId sourceTable = NoObject;
    ObjectId targetTable = NoObject;
    ObjectId sourceObject = NoObject; // column, key or foreign key
    ObjectId targetObject = NoObject;

    // Stable codes for scripts and JSON: "add-table", "change-type", ...; "safe", "may-fail",
    // "data-loss".
    static QString kindCode(Kind kind);
    static QString riskCode(Risk risk);
    // One line for people: "add column users.email VARCHAR(255)".
    QString describe() const;
    // "users.email", "users", "users (id) UNIQUE".
    QString subject() const;
};

using SchemaChanges = QList<SchemaChange>;

// Words shared by the diff, the plans and the command line.
class SchemaChangeText
{
    Q_DECLARE_TR_FUNCTIONS(SchemaChange)

public:
    static QString riskTitle(SchemaChange::Risk risk); // "safe", "may fail on existing rows", ...
};
