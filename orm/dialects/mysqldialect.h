#pragma once

#include "dialect.h"

class MysqlDialect : public Dialect
{
public:
    QString columnType(const LogicalType &type) const override;
    LogicalType typeFromCatalogue(const QString &type) const override;
    SqlEngine engine() const override { return SqlEngine::Mysql; }
    bool hasServer() const override;
    int defaultPort() const override;
    QString passwordVariable() const override;
    int maxIdentifierLength() const override { return 64; }
    QString quoteString(const QString &text) const override;
    QString autoIncrementClause() const override { return QStringLiteral("AUTO_INCREMENT"); }
    bool transactionalDdl() const override { return false; } // DDL commits implicitly
    bool hasFulltextIndexes() const override { return true; }
    bool hasDeferrableConstraints() const override { return false; }
    QStringList connectionSetup() const override;
    QString tableOptions(const QString &comment) const override;
    QString columnCommentClause(const QString &comment) const override;
    QStringList tableNames(const QSqlDatabase &db) const override;
    bool keyNamesPerTable() const override { return true; }
    std::optional<QStringList> suspendTriggers(const QSqlDatabase &db, const QStringList &tables,
        QStringList *running, QString *error) const override;
    // information_schema: TABLES, COLUMNS, STATISTICS, TABLE_CONSTRAINTS,
    // KEY_COLUMN_USAGE, REFERENTIAL_CONSTRAINTS, for the connection's database.
    bool readCatalogue(const QSqlDatabase &db, Schema &schema, QStringList *warnings,
        QString *error) const override;

    // MariaDB's limits on comments, in characters.
    static constexpr int MaxColumnComment = 1024;
    static constexpr int MaxTableComment = 2048;

    // Rows: reading, seeking and editing them (SELECT ... ORDER BY, keyset seeks, UPDATE,
    // DELETE). Implemented in the *browse.cpp files of this folder.

    QString castToText(const QString &expression) const override;
    QString containsCondition(const QString &expression) const override;
    QStringList browsingSetup() const override;
    // information_schema.TABLES' TABLE_ROWS (InnoDB's sampled estimate).
    RowEstimate estimateRows(
        const QSqlDatabase &db, const QString &table, const QString &rowIdentity) const override;
    QString insertDefaultsClause() const override { return QStringLiteral(" () VALUES ()"); }
    bool countsChangedRowsOnly() const override { return true; }
    bool restrictIsNoAction() const override { return true; }
    bool isInterruption(const QSqlError &error) const override;
    QString driverName() const override { return QStringLiteral("QMYSQL"); }
    QString driverPackage() const override { return QStringLiteral("mysql"); }
    QString connectOptions(const QString &sslMode) const override;
    QString tlsAuthorities(const QString &sslMode) const override;
    QString tlsCipherQuery() const override
    {
        return QStringLiteral("SHOW SESSION STATUS LIKE 'Ssl_cipher'");
    }
    // (end of reading and editing rows)

    // Rows: inserting them in batches, reading generated keys back, and the constraint
    // handling around loads (suspending or deferring foreign keys, resetting sequences).
    // Implemented in the *load.cpp files of this folder.
    qint64 maxStatementBytes() const override { return 4 << 20; }
    QString defaultRowsValues(int rows) const override;
    bool manyDefaultRowsPerInsert() const override { return true; }
    ForeignKeyDeferral foreignKeyDeferral() const override { return ForeignKeyDeferral::Suspend; }
    QString foreignKeyChecksSql(bool on) const override;
    QStringList restoreSessionSql() const override;
    QStringList endRestoreSessionSql() const override;
    bool snapshotInDriverTransaction() const override { return false; }
    QStringList snapshotStartSql() const override;
    QString snapshotEndSql() const override;
    bool timestampsTakeZone() const override { return false; }
    bool indexesWholeValues() const override;
    bool honoursSetDefault() const override;
    bool foreignKeyNeedsSameIntegerType() const override;
    int maxColumnCommentLength() const override;
    // (end of inserting rows)

    // Addresses: URL scheme, default port, display name
    QString urlScheme() const override;
    QStringList sslModes() const override;

    // --- export ---
    bool hasTableCursor() const override { return true; }
    QString openTableCursorSql(const QString &table, const QString &cursor) const override;
    QString readTableCursorSql(const QString &cursor, bool first, int rows) const override;
    QString closeTableCursorSql(const QString &cursor) const override;

    // --- diff ---
    bool columnNamesIgnoreCase() const override { return true; }
    bool typeChangeNeedsForeignKeysDropped() const override { return true; }
    bool tableNamesIgnoreCase(const QSqlDatabase &db) const override;
    QString canonicalType(const QString &columnType) const override;
    QStringList alterColumnSql(const QString &table, const ColumnAlteration &change) const override;
    QString dropKeySql(const QString &table, const QString &type, const QString &name) const override;
    QString dropForeignKeySql(const QString &table, const QString &name) const override;
    QString tableCommentSql(const QString &table, const QString &comment) const override;
    QString characterLength(const QString &expression) const override;

protected:
    QChar identifierQuote() const override { return u'`'; }
    QString functionDefault(const QString &keyword) const override;
    QString functionDefaultRefusal(const QString &function, const LogicalType &type) const override;
    QStringList missingFunctions() const override;
    int textLength(const LogicalType &type) const override;
};
