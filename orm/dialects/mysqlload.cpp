// MysqlDialect: inserting rows and the constraint handling around loads.
#include "mysqldialect.h"

QString MysqlDialect::defaultRowsValues(int rows) const
{
    QString sql = QStringLiteral(" () VALUES ()");
    for (int r = 1; r < rows; ++r)
        sql += QStringLiteral(", ()");
    return sql;
}

QString MysqlDialect::foreignKeyChecksSql(bool on) const
{
    return on ? QStringLiteral("SET FOREIGN_KEY_CHECKS = 1")
              : QStringLiteral("SET FOREIGN_KEY_CHECKS = 0");
}

// MariaDB numbers a 0 given for an AUTO_INCREMENT column unless told not to.
QStringList MysqlDialect::restoreSessionSql() const
{
    return {QStringLiteral("SET @schemata_sql_mode = @@SESSION.sql_mode"),
        QStringLiteral("SET SESSION sql_mode = CONCAT_WS(',', "
                       "NULLIF(@@SESSION.sql_mode, ''), 'NO_AUTO_VALUE_ON_ZERO')")};
}

QStringList MysqlDialect::endRestoreSessionSql() const
{
    return {QStringLiteral("SET FOREIGN_KEY_CHECKS = 1"),
        QStringLiteral("SET SESSION sql_mode = @schemata_sql_mode")};
}

// Without the driver's transaction: START TRANSACTION is the only way to ask for the snapshot
// at once, rather than at the first read.
QStringList MysqlDialect::snapshotStartSql() const
{
    return {QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"),
        QStringLiteral("START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY")};
}

QString MysqlDialect::snapshotEndSql() const
{
    return QStringLiteral("COMMIT");
}
