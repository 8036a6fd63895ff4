#include "designwarning.h"

#include <QCoreApplication>

QString DesignWarning::toString() const
{
    QString where;
    if (line > 0 && columnNumber > 0)
        where = QCoreApplication::translate("DesignWarning", "line %1, column %2: ")
                    .arg(line)
                    .arg(columnNumber);
    else if (line > 0)
        where = QCoreApplication::translate("DesignWarning", "line %1: ").arg(line);
    if (!table.isEmpty() && !column.isEmpty())
        where += QCoreApplication::translate("DesignWarning", "table \"%1\", column \"%2\": ")
                     .arg(table, column);
    else if (!table.isEmpty())
        where += QCoreApplication::translate("DesignWarning", "table \"%1\": ").arg(table);
    return where + message;
}
