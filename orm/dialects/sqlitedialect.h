#pragma once

#include "dialect.h"

class SqliteDialect : public Dialect
{
public:
    QString columnType(const LogicalType &type) const override;
    SqlEngine engine() const override { return SqlEngine::Sqlite; }
    bool hasServer() const override;
    int defaultPort() const override;
    QString passwordVariable() const override;
    int maxIdentifierLength() const override { return 0; }
    QString autoIncrementClause() const override { return QStringLiteral("AUTOINCREMENT"); }
    bool autoIncrementNeedsInlinePrimaryKey() const override { return true; }
    bool foreignKeysInline() const override { return true; }
    bool commentsInCreateText() const override { return true; }
    QStringList connectionSetup() const override;
    QStringList tableNames(const QSqlDatabase &db) const override;
    std::optional<QStringList> suspendTriggers(const QSqlDatabase &db, const QStringList &tables,
        QStringList *running, QString *error) const override;
    // PRAGMA table_xinfo, foreign_key_list, index_list and index_info first; the stored
    // CREATE TABLE text (SqliteTableParser) for what they do not say: constraint names,
    // comments, AUTOINCREMENT and DEFERRABLE.
    bool readCatalogue(const QSqlDatabase &db, Schema &schema, QStringList *warnings,
        QString *error) const override;

    // Rows: reading, seeking and editing them (SELECT ... ORDER BY, keyset seeks, UPDATE,
    // DELETE). Implemented in the *browse.cpp files of this folder.

    QStringList rowIdentityNames() const override;
    bool integerRowIdentity() const override { return true; }
    QSql::NumericalPrecisionPolicy numericalPrecision() const override
    {
        return QSql::LowPrecisionDouble;
    }
    QString containsCondition(const QString &expression) const override;
    QStringList browsingSetup() const override;
    // The rowid's range (two seeks to the ends of its b-tree); for a table WITHOUT ROWID what
    // ANALYZE found, if it ran.
    RowEstimate estimateRows(
        const QSqlDatabase &db, const QString &table, const QString &rowIdentity) const override;
    // From the stored CREATE TABLE text: only a column declared exactly INTEGER PRIMARY KEY
    // of a rowid table is the rowid.
    QString rowIdentityAlias(
        const QSqlDatabase &db, const QString &table, const QString &keyColumn) const override;
    QVariant boundDateTime(const QDateTime &value) const override;
    bool isInterruption(const QSqlError &error) const override;
    QString driverName() const override { return QStringLiteral("QSQLITE"); }
    QString driverPackage() const override { return QStringLiteral("sqlite"); }
    // (end of reading and editing rows)

    // Rows: inserting them in batches, reading generated keys back, and the constraint
    // handling around loads (suspending or deferring foreign keys, resetting sequences).
    // Implemented in the *load.cpp files of this folder.
    int maxBoundParameters() const override { return 32766; }
    ForeignKeyDeferral foreignKeyDeferral() const override { return ForeignKeyDeferral::DeferAll; }
    QString deferForeignKeysSql() const override;
    int preferredRowsPerInsert() const override { return 4000; } // no network in between
    // (end of inserting rows)

    // Addresses: URL scheme, default port, display name
    QString urlScheme() const override;
    QStringList sslModes() const override;

    // --- export ---
    bool readsRowsDirectly() const override { return true; }
    bool storesUncheckedText() const override { return true; }
    QString textBytes(const QString &expression) const override;
    QString cacheSizeQuery() const override;
    QString setCacheSizeSql(qint64 size) const override;
    qint64 readingCacheSize() const override { return -2000; } // SQLite's default, 2 MiB

    // --- diff ---
    bool columnNamesIgnoreCase() const override { return true; }
    bool tableNamesIgnoreCase(const QSqlDatabase &) const override { return true; }
    QStringList alterColumnSql(const QString &, const ColumnAlteration &) const override
    {
        return {};
    }
    bool altersConstraints() const override { return false; }
    QString tableCommentSql(const QString &, const QString &) const override { return {}; }

protected:
    // SQLite takes every function default on a column of any type (it converts nothing), and
    // an expression default is judged by SQLite itself, in a database in memory.
    bool enforcesLength() const override { return false; }
    DefaultCheck checkExpressionDefault(const QString &expression) const override;
};
