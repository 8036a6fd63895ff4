// SqliteDialect: reading whole tables for the JSON export.
#include "sqlitedialect.h"

// SQLite keeps the bytes text was given, valid UTF-8 or not; read as a BLOB, they come as they
// are stored, for the export to check.
QString SqliteDialect::textBytes(const QString &expression) const
{
    return QStringLiteral("CAST(") + expression + QStringLiteral(" AS BLOB)");
}

QString SqliteDialect::cacheSizeQuery() const
{
    return QStringLiteral("PRAGMA cache_size");
}

QString SqliteDialect::setCacheSizeSql(qint64 size) const
{
    return QStringLiteral("PRAGMA cache_size = ") + QString::number(size);
}
