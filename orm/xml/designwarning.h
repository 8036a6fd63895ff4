#pragma once

#include <QList>
#include <QString>

// Something the reader noticed and kept rather than lost: a type missing from the catalogue, a
// relation to a table that does not exist, a key part naming no column, ...
struct DesignWarning
{
    QString message;
    QString table; // empty when not about a table
    QString column; // empty when not about a column
    qint64 line = 0; // 0 when not known
    qint64 columnNumber = 0; // on that line; 0 when not known

    // "line 12, column 3: table "users", column "email": message"
    QString toString() const;
};

using DesignWarnings = QList<DesignWarning>;
