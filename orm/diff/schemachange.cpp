#include "schemachange.h"

QString SchemaChange::kindCode(Kind kind)
{
    switch (kind) {
    case Kind::AddTable:
        return QStringLiteral("add-table");
    case Kind::DropTable:
        return QStringLiteral("drop-table");
    case Kind::RenameTable:
        return QStringLiteral("rename-table");
    case Kind::ChangeTableComment:
        return QStringLiteral("change-table-comment");
    case Kind::ChangeInheritance:
        return QStringLiteral("change-inheritance");
    case Kind::AddColumn:
        return QStringLiteral("add-column");
    case Kind::DropColumn:
        return QStringLiteral("drop-column");
    case Kind::RenameColumn:
        return QStringLiteral("rename-column");
    case Kind::ChangeType:
        return QStringLiteral("change-type");
    case Kind::ChangeNullable:
        return QStringLiteral("change-nullable");
    case Kind::ChangeDefault:
        return QStringLiteral("change-default");
    case Kind::ChangeAutoIncrement:
        return QStringLiteral("change-auto-increment");
    case Kind::ChangeColumnComment:
        return QStringLiteral("change-column-comment");
    case Kind::AddKey:
        return QStringLiteral("add-key");
    case Kind::DropKey:
        return QStringLiteral("drop-key");
    case Kind::AddForeignKey:
        return QStringLiteral("add-foreign-key");
    case Kind::DropForeignKey:
        return QStringLiteral("drop-foreign-key");
    }
    return {};
}

QString SchemaChange::riskCode(Risk risk)
{
    switch (risk) {
    case Risk::Safe:
        return QStringLiteral("safe");
    case Risk::MayFail:
        return QStringLiteral("may-fail");
    case Risk::DataLoss:
        return QStringLiteral("data-loss");
    }
    return {};
}

QString SchemaChange::subject() const
{
    if (!column.isEmpty())
        return table + u'.' + column;
    if (!object.isEmpty())
        return table + u' ' + object;
    return table;
}

QString SchemaChange::describe() const
{
    switch (kind) {
    case Kind::AddTable:
        return SchemaChangeText::tr("add table %1").arg(table);
    case Kind::DropTable:
        return SchemaChangeText::tr("drop table %1").arg(table);
    case Kind::RenameTable:
        return SchemaChangeText::tr("rename table %1 to %2").arg(oldTable, table);
    case Kind::ChangeTableComment:
        return SchemaChangeText::tr("change the comment of table %1").arg(table);
    case Kind::ChangeInheritance:
        return SchemaChangeText::tr("change the inheritance of %1: %2 -> %3").arg(table, before, after);
    case Kind::AddColumn:
        return SchemaChangeText::tr("add column %1 %2").arg(subject(), after);
    case Kind::DropColumn:
        return SchemaChangeText::tr("drop column %1").arg(subject());
    case Kind::RenameColumn:
        return SchemaChangeText::tr("rename column %1.%2 to %3").arg(table, oldColumn, column);
    case Kind::ChangeType:
        return SchemaChangeText::tr("change the type of %1: %2 -> %3").arg(subject(), before, after);
    case Kind::ChangeNullable:
        return after == u"NOT NULL" ? SchemaChangeText::tr("make %1 NOT NULL").arg(subject())
                                    : SchemaChangeText::tr("make %1 nullable").arg(subject());
    case Kind::ChangeDefault:
        return SchemaChangeText::tr("change the default of %1: %2 -> %3").arg(subject(), before, after);
    case Kind::ChangeAutoIncrement:
        return after.isEmpty() ? SchemaChangeText::tr("stop numbering %1 automatically").arg(subject())
                               : SchemaChangeText::tr("number %1 automatically").arg(subject());
    case Kind::ChangeColumnComment:
        return SchemaChangeText::tr("change the comment of %1").arg(subject());
    case Kind::AddKey:
        return SchemaChangeText::tr("add %1 on %2").arg(object, table);
    case Kind::DropKey:
        return SchemaChangeText::tr("drop %1 on %2").arg(object, table);
    case Kind::AddForeignKey:
        return SchemaChangeText::tr("add foreign key %1 %2").arg(table, object);
    case Kind::DropForeignKey:
        return SchemaChangeText::tr("drop foreign key %1 %2").arg(table, object);
    }
    return {};
}

QString SchemaChangeText::riskTitle(SchemaChange::Risk risk)
{
    switch (risk) {
    case SchemaChange::Risk::Safe:
        return tr("safe");
    case SchemaChange::Risk::MayFail:
        return tr("may fail on existing rows");
    case SchemaChange::Risk::DataLoss:
        return tr("destroys data");
    }
    return {};
}
