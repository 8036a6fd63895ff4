#include "relationtext.h"

#include "schema/table.h"

QString RelationText::columnList(const Table &table, const ForeignKey &fk)
{
    QStringList names;
    for (const ForeignKeyPart &part : fk.parts) {
        const Column *column = table.column(part.column);
        names << (column ? column->name : QStringLiteral("?"));
    }
    return names.join(QStringLiteral(", "));
}

bool RelationText::refersTo(const ForeignKey &fk, const Table &table)
{
    return fk.referencedTable != NoObject ? fk.referencedTable == table.id
                                          : fk.referencedTableName == table.name;
}

const Column *RelationText::referencedColumn(const Table &parent, const ForeignKeyPart &part)
{
    if (part.referencedColumn != NoObject)
        return parent.column(part.referencedColumn);
    return parent.columnByName(part.referencedColumnName);
}

QString RelationText::shortValue(const QVariant &value)
{
    if (value.isNull())
        return QStringLiteral("NULL");
    if (value.typeId() == QMetaType::QByteArray)
        return tr("BLOB");
    QString text = value.toString();
    if (text.size() > 40)
        text = text.left(40) + u'…';
    return value.typeId() == QMetaType::QString ? QString(u'“' + text + u'”') : text;
}
