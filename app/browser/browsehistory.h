#pragma once

#include "browse/rowfilter.h"
#include "browse/tablequery.h"

#include <QList>
#include <QString>
#include <QVariantList>

// Where the data browser is: a table, its filters and order, and the current row.
struct BrowsePlace
{
    QString table;
    QList<RowFilter> filters;
    QString where;
    BoundStatement scope; // partners of a row, see TableQuery::setScope
    QString scopeText; // what the scope shows, for people
    int sortColumn = -1;
    Qt::SortOrder sortOrder = Qt::AscendingOrder;
    QVariantList key; // the current row's key, to find it again
    int row = -1; // the current row's table row (TableModel::windowStart() + model row)
    int column = 0;

    // Whether both show the same rows: the same table, filters, WHERE and scope (the order and
    // the current row aside).
    bool showsSameRows(const BrowsePlace &other) const;
    friend bool operator==(const BrowsePlace &a, const BrowsePlace &b);
};

// The data browser's Back and Forward, as a web browser's: the places left behind, and those
// gone back from. A plain value, without widgets; the pane shows the places.
class BrowseHistory
{
public:
    explicit BrowseHistory(int limit = 100);

    // How many places Back keeps; the oldest go beyond it.
    int limit() const { return m_limit; }
    bool canGoBack() const { return !m_back.isEmpty(); }
    bool canGoForward() const { return !m_forward.isEmpty(); }
    // Where Back and Forward would go (only when they can).
    const BrowsePlace &previous() const { return m_back.constLast(); }
    const BrowsePlace &next() const { return m_forward.constLast(); }
    // Going somewhere new from `from`: Back comes back to it, and Forward has nowhere to go.
    // A place without a table (nothing was shown) is not kept.
    void visit(const BrowsePlace &from);
    // Going back from `current` (only when canGoBack()): the place to show; Forward comes back
    // to `current`.
    BrowsePlace back(const BrowsePlace &current);
    // Going forward from `current` (only when canGoForward()): the place to show.
    BrowsePlace forward(const BrowsePlace &current);
    void clear();

private:
    void keep(QList<BrowsePlace> &list, const BrowsePlace &place) const;

    int m_limit;
    QList<BrowsePlace> m_back;
    QList<BrowsePlace> m_forward;
};
