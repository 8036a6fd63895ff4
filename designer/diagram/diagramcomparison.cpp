#include "diagramcomparison.h"

#include "diff/schemadiff.h"

#include <QMap>

#include <algorithm>

using Kind = SchemaChange::Kind;

DiagramComparison::DiagramComparison(const Schema &other, const Schema &current,
    const SchemaDiffResult &diff, const QString &title)
    : m_title(title)
    , m_other(other)
    , m_changes(diff.changes)
{
    for (const SchemaChange &c : std::as_const(m_changes)) {
        if (c.sourceTable != NoObject && c.targetTable != NoObject)
            m_tablePairs.insert(c.sourceTable, c.targetTable);
        switch (c.kind) {
        case Kind::AddTable:
            m_marks.insert(c.targetTable, Mark::Added);
            break;
        case Kind::DropTable:
            m_removedTables << c.sourceTable;
            if (const Table *t = m_other.table(c.sourceTable)) {
                for (const ForeignKey &fk : t->foreignKeys)
                    m_removedForeignKeys << RemovedForeignKey {t->id, fk};
            }
            break;
        case Kind::AddColumn:
        case Kind::AddForeignKey:
            m_marks.insert(c.targetObject, Mark::Added);
            markChanged(c.targetTable, c.describe());
            break;
        case Kind::DropColumn:
            if (const Table *t = m_other.table(c.sourceTable)) {
                if (const Column *column = t->column(c.sourceObject))
                    m_removedColumns[c.targetTable] << *column;
            }
            markChanged(c.targetTable, c.describe());
            break;
        case Kind::DropForeignKey:
            if (const Table *t = m_other.table(c.sourceTable)) {
                for (const ForeignKey &fk : t->foreignKeys) {
                    if (fk.id == c.sourceObject)
                        m_removedForeignKeys << RemovedForeignKey {t->id, fk};
                }
            }
            markChanged(c.targetTable, c.describe());
            break;
        case Kind::RenameColumn:
        case Kind::ChangeType:
        case Kind::ChangeNullable:
        case Kind::ChangeDefault:
        case Kind::ChangeAutoIncrement:
        case Kind::ChangeColumnComment:
            markChanged(c.targetObject, c.describe());
            markChanged(c.targetTable, c.describe());
            break;
        case Kind::RenameTable:
        case Kind::ChangeTableComment:
        case Kind::ChangeInheritance:
        case Kind::AddKey:
        case Kind::DropKey:
            markChanged(c.targetTable, c.describe());
            break;
        }
    }
    // Tables no change names are the same table, by name, as the diff paired them.
    QHash<QString, ObjectId> byName;
    for (const Table &t : current.tables())
        byName.insert(t.name.toCaseFolded(), t.id);
    for (const Table &t : m_other.tables()) {
        if (!m_tablePairs.contains(t.id) && !m_removedTables.contains(t.id)) {
            if (const ObjectId id = byName.value(t.name.toCaseFolded()))
                m_tablePairs.insert(t.id, id);
        }
    }
}

void DiagramComparison::markChanged(ObjectId id, const QString &detail)
{
    if (id == NoObject)
        return;
    auto it = m_marks.find(id);
    if (it == m_marks.end())
        m_marks.insert(id, Mark::Changed);
    QStringList &details = m_details[id];
    if (!details.contains(detail))
        details << detail;
}

QString DiagramComparison::markName(Mark mark)
{
    switch (mark) {
    case Mark::Added:
        return tr("added");
    case Mark::Removed:
        return tr("removed");
    case Mark::Changed:
        return tr("changed");
    case Mark::None:
        break;
    }
    return {};
}

QColor DiagramComparison::markColor(Mark mark, bool dark)
{
    switch (mark) {
    case Mark::Added:
        return dark ? QColor(0x66, 0xbb, 0x6a) : QColor(0x2e, 0x7d, 0x32);
    case Mark::Removed:
        return dark ? QColor(0xef, 0x53, 0x50) : QColor(0xc6, 0x28, 0x28);
    case Mark::Changed:
        return dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xb2, 0x6a, 0x00);
    case Mark::None:
        break;
    }
    return {};
}

QString DiagramComparison::markdown() const
{
    QString out = QStringLiteral("## ");
    out += tr("Schema changes against %1").arg(m_title) + QStringLiteral("\n\n");
    if (m_changes.isEmpty())
        return out + tr("No changes.") + u'\n';
    QMap<QString, QStringList> byTable;
    for (const SchemaChange &c : m_changes) {
        QString line = QStringLiteral("- ") + c.describe();
        if (c.risk != SchemaChange::Risk::Safe)
            line += QStringLiteral(" *(") + SchemaChangeText::riskTitle(c.risk) + QStringLiteral(")*");
        byTable[c.table] << line;
    }
    for (auto it = byTable.cbegin(); it != byTable.cend(); ++it) {
        const QString fence = it.key().contains(u'`') ? QStringLiteral("`` ") : QStringLiteral("`");
        QString closing = fence;
        std::reverse(closing.begin(), closing.end());
        out += QStringLiteral("### ") + fence + it.key() + closing + QStringLiteral("\n\n")
            + it.value().join(u'\n') + QStringLiteral("\n\n");
    }
    return out;
}
