#pragma once

#include "browser/celldelegate.h"

#include "sql/sqlengine.h"

class QSqlDatabase;
class Schema;
struct Table;

// What a foreign-key picker offers: the rows of the parent table a single-column foreign key
// can refer to, by their key and the column that names them best ("5 — Alice").
class ParentChoices
{
public:
    // The choices for column `column` of `table` (none when no single-column foreign key
    // starts there), read from `db`: at most a thousand, in key order.
    static QList<CellDelegate::Choice> forColumn(const QSqlDatabase &db, SqlEngine engine,
        const Schema &schema, const Table &table, int column);
};
