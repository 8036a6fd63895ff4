#pragma once

#include "database/databaseaddress.h"
#include "schema/table.h"

#include <QSplitter>

class QListWidget;
class QSqlDatabase;
class QTreeWidget;
class QTreeWidgetItem;
class Schema;

// The data browser's left side: the tables of the open database (then its views, in italics,
// then under a heading of their own the tables Schemata keeps there, such as its record of
// migrations) with their row counts, estimated until counted, and the relationships of the
// current table.
class TableSidebar : public QSplitter
{
    Q_OBJECT

public:
    explicit TableSidebar(QWidget *parent = nullptr);

    // Lists the tables of `schema` by name, with the row counts the engine estimates (read
    // through `db`), then `views`, then `schemataTables` apart (read-only, as views are).
    // `schema` must outlive the list (until clear()).
    void showDatabase(const DatabaseAddress &address, const Schema &schema,
        const QList<Table> &views, const QList<Table> &schemataTables, const QSqlDatabase &db);
    void clear();
    // Makes the first table the current one, as if the user had chosen it.
    void chooseFirst();
    // Marks `name` as the current table, quietly (no currentTableChanged).
    void setCurrentTable(const QString &name);
    // The table's row count is known exactly (it was counted).
    void setExactCount(const QString &table, qint64 rows);
    // The foreign keys of `table` and those that refer to it.
    void showRelationships(const Table &table);
    // A table of the schema, a view or a table Schemata keeps, by name; *isView says whether it
    // is read-only (a view or Schemata's).
    const Table *relation(const QString &name, bool *isView = nullptr) const;

signals:
    // The user chose another table in the list.
    void currentTableChanged(const QString &name);
    // The user activated a relationship: go to the table at its other end.
    void relatedTableActivated(const QString &name);
    void showInDiagramRequested(const QString &table);
    void statusMessage(const QString &message);

private:
    QWidget *createTableList();
    QWidget *createRelationshipList();
    void showTableMenu(const QPoint &pos);
    void countRows(QTreeWidgetItem *item);
    QTreeWidgetItem *item(const QString &name) const;
    void addReadOnly(const Table &relation, const QString &toolTip);

    DatabaseAddress m_address;
    const Schema *m_schema = nullptr;
    QList<Table> m_views;
    QList<Table> m_schemataTables;
    QTreeWidget *m_tables = nullptr;
    QListWidget *m_relationships = nullptr;
};
