#include "schemaoutline.h"

#include "schema/schema.h"

#include <QHeaderView>

SchemaOutline::SchemaOutline(QWidget *parent)
    : QTreeWidget(parent)
{
    setColumnCount(3);
    setHeaderLabels({tr("Name"), tr("Type"), tr("Comment")});
    setAlternatingRowColors(true);
    setUniformRowHeights(true);
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
}

void SchemaOutline::setSchema(const Schema &schema)
{
    clear();
    QList<QTreeWidgetItem *> items;
    items.reserve(schema.tables().size());
    for (const Table &table : schema.tables()) {
        auto *tableItem = new QTreeWidgetItem(
            {table.name, tr("%n column(s)", nullptr, int(table.columns.size())), table.comment});
        QFont bold = tableItem->font(0);
        bold.setBold(true);
        tableItem->setFont(0, bold);
        tableItem->setToolTip(0, table.comment);
        for (const Column &column : table.columns) {
            QStringList markers;
            for (const Key &key : table.keys) {
                if (key.isPrimary() && key.contains(column.id))
                    markers << tr("PK");
                else if (key.type == Key::Unique && key.contains(column.id))
                    markers << tr("unique");
            }
            for (const ForeignKey &fk : table.foreignKeys) {
                for (const ForeignKeyPart &part : fk.parts) {
                    if (part.column == column.id)
                        markers << tr("FK → %1").arg(schema.referencedTableName(fk));
                }
            }
            if (!column.nullable)
                markers << tr("not null");
            QString type = column.datatype;
            if (!markers.isEmpty())
                type += QStringLiteral("  [") + markers.join(QStringLiteral(", ")) + u']';
            auto *columnItem = new QTreeWidgetItem(tableItem, {column.name, type, column.comment});
            columnItem->setToolTip(0, column.comment);
        }
        items.append(tableItem);
    }
    addTopLevelItems(items);
}
