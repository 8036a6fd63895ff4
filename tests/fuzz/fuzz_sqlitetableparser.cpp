// The parser of SQLite's stored CREATE TABLE text (orm/dialects/sqlitetableparser), which
// reflection runs on every table of a database someone else made: any text must give a
// definition or an error, never a crash, undefined behaviour or a hang.

#include "fuzzsupport.h"

#include "dialects/sqlitetableparser.h"

#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString sql
        = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const std::optional<SqliteTableDefinition> definition = parseSqliteCreateTable(sql, &error);
    if (!definition && error.isEmpty())
        fuzz::fail("refused without an error message", sql.toUtf8());
    return 0;
}
