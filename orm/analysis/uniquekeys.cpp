#include "uniquekeys.h"

#include "schema/table.h"

bool isUniqueColumnSet(const Table &table, const QSet<ObjectId> &columns)
{
    for (const Key &k : table.keys) {
        if (!k.isUnique())
            continue;
        QSet<ObjectId> keyColumns;
        for (const KeyPart &p : k.parts)
            keyColumns.insert(p.column);
        if (keyColumns == columns)
            return true;
    }
    return false;
}
