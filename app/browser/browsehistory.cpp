#include "browsehistory.h"

bool BrowsePlace::showsSameRows(const BrowsePlace &other) const
{
    return table == other.table && filters == other.filters && where == other.where
        && scope.sql == other.scope.sql && scope.values == other.scope.values;
}

bool operator==(const BrowsePlace &a, const BrowsePlace &b)
{
    return a.showsSameRows(b) && a.scopeText == b.scopeText && a.sortColumn == b.sortColumn
        && a.sortOrder == b.sortOrder && a.key == b.key && a.row == b.row && a.column == b.column;
}

BrowseHistory::BrowseHistory(int limit)
    : m_limit(limit)
{
}

void BrowseHistory::visit(const BrowsePlace &from)
{
    if (!from.table.isEmpty())
        keep(m_back, from);
    m_forward.clear();
}

BrowsePlace BrowseHistory::back(const BrowsePlace &current)
{
    keep(m_forward, current);
    return m_back.takeLast();
}

BrowsePlace BrowseHistory::forward(const BrowsePlace &current)
{
    keep(m_back, current);
    return m_forward.takeLast();
}

void BrowseHistory::clear()
{
    m_back.clear();
    m_forward.clear();
}

void BrowseHistory::keep(QList<BrowsePlace> &list, const BrowsePlace &place) const
{
    list << place;
    if (list.size() > m_limit)
        list.removeFirst();
}
