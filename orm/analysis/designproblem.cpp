#include "designproblem.h"

#include <algorithm>

QString DesignProblem::toString() const
{
    QString where = table;
    if (!column.isEmpty())
        where += u'.' + column;
    const QString label = isError() ? tr("error") : tr("warning");
    if (where.isEmpty())
        return label + u": " + message;
    return label + u": " + where + u": " + message;
}

bool hasErrors(const QList<DesignProblem> &problems)
{
    return std::any_of(
        problems.cbegin(), problems.cend(), [](const DesignProblem &p) { return p.isError(); });
}
