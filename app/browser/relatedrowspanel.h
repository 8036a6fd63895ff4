#pragma once

#include "analysis/relationship.h"
#include "schema/objectid.h"

#include <QWidget>

class Connection;
class QMenu;
class QTreeWidget;
class QTreeWidgetItem;
class Schema;
class TableModel;
struct Table;

// "This row": what the grid's current row relates to (the rows it refers to, the tables whose
// rows refer to it, its many-to-many partners, the columns a joined-inheritance child takes
// from its ancestors), each entry asking the browser to go there.
class RelatedRowsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RelatedRowsPanel(QWidget *parent = nullptr);

    void clear();
    // Lists the relationships of row `row` of `model`, a row of `here`. `relationships` are
    // the schema's (the indexes partnersRequested gives). Nothing yet when the row is not
    // loaded: shownRow() says so.
    void showRow(const Schema &schema, const QList<Relationship> &relationships, const Table &here,
        const TableModel &model, int row, Connection &connection);
    // The model row listed, -1 when none is (none current, a new row, or not loaded yet).
    int shownRow() const { return m_row; }
    // The entries as submenus of `menu` (the grid's context menu), when there are any.
    void addToMenu(QMenu *menu);

signals:
    void parentRequested(ObjectId foreignKey);
    void childrenRequested(const QString &table, ObjectId foreignKey);
    // The partners through relationships.at(relationship), from the side of its second
    // foreign key with `reverse`.
    void partnersRequested(int relationship, bool reverse);

private:
    QTreeWidgetItem *group(const QString &title);
    void addParents(const Schema &schema, const Table &here, const QVariantList &values);
    void addChildren(const Schema &schema, const Table &here);
    void addPartners(
        const Schema &schema, const QList<Relationship> &relationships, const Table &here);
    void addInherited(const Schema &schema, const QList<Relationship> &relationships,
        const Table &here, const QVariantList &key, Connection &connection);
    void activate(QTreeWidgetItem *item);

    QTreeWidget *m_tree = nullptr;
    int m_row = -1;
};
