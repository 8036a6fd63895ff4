#pragma once

#include "schema/defaultvalue.h"
#include "sql/logicaltype.h"
#include "sql/sqlengine.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVariant>
#include <QtSql/qtsqlglobal.h>

#include <memory>
#include <optional>

class QDateTime;
class QSqlDatabase;
class QSqlError;
class Schema;
struct DesignProblem;
struct RowEstimate;

// What differs between databases in the SQL Schemata writes and the catalogues it reads, one
// subclass per engine (as Qt Sql has one driver per database). The structure of the DDL is
// DdlWriter's; a dialect renders the pieces: names, types, defaults, identity columns,
// comments, and reads the engine's catalogue back into a design.
class Dialect
{
    Q_DECLARE_TR_FUNCTIONS(Dialect)

public:
    virtual ~Dialect() = default;

    static std::unique_ptr<Dialect> create(SqlEngine engine);
    // The dialect of an open connection, from its driver (QSQLITE, QPSQL, QMYSQL/QMARIADB).
    static std::unique_ptr<Dialect> forDatabase(const QSqlDatabase &db);

    virtual SqlEngine engine() const = 0;
    // Connecting: what a connection form asks for
    // Whether the database is on a server (host, port, user, password) or in a file (SQLite).
    virtual bool hasServer() const = 0;
    // The port the server listens on when the URL names none; -1 without a server (as QUrl's
    // port() says "none").
    virtual int defaultPort() const = 0;
    // The environment variable the engine's own clients read a password from (PGPASSWORD,
    // MYSQL_PWD); empty without a server.
    virtual QString passwordVariable() const = 0;
    QString name() const { return sqlEngineName(engine()); }

    // "name" or `name`, with the quote character doubled inside; never spliced unquoted.
    QString quoteIdentifier(const QString &identifier) const;
    // 'text' with the quote doubled (and backslashes on MySQL, where they escape).
    virtual QString quoteString(const QString &text) const;
    // The longest identifier the engine keeps whole: in UTF-8 bytes on PostgreSQL (63), in
    // characters on MySQL (64); 0 when unlimited (SQLite).
    virtual int maxIdentifierLength() const = 0;
    virtual bool identifierLengthInBytes() const { return false; }
    // An identifier cut to the engine's limit: names that fit are kept; longer ones keep
    // their start and end in "_" and eight hex digits of a hash of the whole name, so two
    // long names that share a start stay apart and the result is the same on every run.
    QString shortenIdentifier(const QString &identifier) const;

    // Types: the engine's column of the type table (orm/sql/typemapping.cpp) and its own rules.
    // The column type for CREATE TABLE.
    virtual QString columnType(const LogicalType &type) const = 0;
    // Reads a type as the engine's catalogue reports it: PostgreSQL's format_type(), MySQL's
    // COLUMN_TYPE, SQLite's declared type.
    virtual LogicalType typeFromCatalogue(const QString &type) const;
    // The datatype text a design imported from the engine gets, spelled so that the design's
    // catalogue (designCatalogue()) knows it.
    virtual QString designType(const LogicalType &type) const;
    // The bundled WWW SQL Designer catalogue such a design embeds: "postgresql" for
    // PostgreSQL, "mysql" for MariaDB and SQLite (the designer's SQLite catalogue has only its
    // five storage classes, which would lose every length).
    virtual QString designCatalogue() const;
    // Whether the engine takes a design's default on a column of `type`, as its server does
    // (tests/orm/tst_columndefaults runs every case on the real servers), and the SQL after
    // DEFAULT. A default is one of: none or NULL; a function, CURRENT_TIMESTAMP, CURRENT_DATE
    // or CURRENT_TIME (also NOW(), CURDATE()... and in parentheses), which SQLite takes on a
    // column of any type and the servers where its value converts to the column's type and
    // fits it; an expression in parentheses, "(datetime('now'))", written as it is; or a
    // literal of the type.
    struct DefaultCheck
    {
        enum class Verdict {
            Taken,
            Refused,
            Unchecked // an expression only the server can judge, at apply time
        };
        Verdict verdict = Verdict::Taken;
        QString sql; // after DEFAULT (empty: none); also what a refused default would be
        QString problem; // why refused or unchecked, a sentence for people
        bool notAValue = false; // a literal that no engine takes: not a value of the type
    };
    DefaultCheck checkDefault(const DefaultValue &value, const LogicalType &type) const;
    // A default as SQL for a column of `type` (checkDefault's sql), nullopt when refused.
    std::optional<QString> defaultSql(const DefaultValue &value, const LogicalType &type) const;
    // The expression of a default written as one, "(...)": the whole text in one pair of
    // parentheses, with no comment and no ";" outside quotes, so that it cannot end the
    // DEFAULT clause; empty for anything else.
    static QString defaultExpression(const QString &text);

    // What makes a column number itself: AUTOINCREMENT (SQLite, where it belongs to an
    // inline INTEGER PRIMARY KEY), GENERATED BY DEFAULT AS IDENTITY, AUTO_INCREMENT.
    virtual QString autoIncrementClause() const = 0;
    virtual bool autoIncrementNeedsInlinePrimaryKey() const { return false; }

    // A default as a catalogue reports it (SQLite's dflt_value, pg_get_expr(adbin),
    // MySQL's COLUMN_DEFAULT) back into a design default: literals unquoted and without
    // PostgreSQL's casts, functions as CURRENT_TIMESTAMP / CURRENT_DATE / CURRENT_TIME,
    // booleans as 1 / 0, and no default as NULL for a nullable column, none otherwise.
    DefaultValue defaultFromSql(
        const QString &expression, const LogicalType &type, bool nullable) const;

    // DDL capabilities.
    virtual bool foreignKeysInline() const { return false; } // else ALTER TABLE after all tables
    virtual bool transactionalDdl() const { return true; } // a failed apply rolls back
    virtual bool hasFulltextIndexes() const { return false; }
    virtual bool hasDeferrableConstraints() const { return true; }
    // Names of keys and indexes belong to their table (MariaDB, MySQL), else to the schema
    // (SQLite's and PostgreSQL's indexes), where two tables cannot use the same one.
    virtual bool keyNamesPerTable() const { return false; }
    // Statements run on every new connection (PRAGMA foreign_keys = ON on SQLite).
    virtual QStringList connectionSetup() const { return {}; }
    // Text after the closing parenthesis of CREATE TABLE (MySQL's ENGINE and COMMENT).
    virtual QString tableOptions(const QString &comment) const;
    virtual QString dropTableSql(const QString &table) const;

    // Comments: PostgreSQL stores them with COMMENT ON statements, MySQL with a COMMENT clause
    // on the column (and table option), SQLite only in the CREATE TABLE text as "--" lines.
    virtual bool commentsInCreateText() const { return false; }
    virtual QString columnCommentClause(const QString &comment) const;
    // COMMENT ON TABLE (column empty) or COLUMN; empty where comments go elsewhere.
    virtual QString commentStatement(
        const QString &table, const QString &column, const QString &comment) const;

    // Reads every table of the connected database into `schema` (columns with design types,
    // keys, foreign keys, comments; no positions). Names are as the engine reports them.
    virtual bool readCatalogue(
        const QSqlDatabase &db, Schema &schema, QStringList *warnings, QString *error) const = 0;
    // Names of the tables in the connected database (the default schema), for --replace.
    virtual QStringList tableNames(const QSqlDatabase &db) const;

    // A restore (import-json) gives rows as they were, the rows triggers wrote at the time
    // included, so the triggers of the restored tables must not run again. Turns them off inside
    // the open transaction and returns the statements that turn them on again before it commits
    // (std::nullopt with *error when the database refused). Tables whose triggers the engine
    // cannot turn off inside a transaction are listed in *running.
    virtual std::optional<QStringList> suspendTriggers(const QSqlDatabase &db,
        const QStringList &tables, QStringList *running, QString *error) const = 0;
    // Between an INSERT's column list and VALUES, so that given values win over the engine's
    // own (PostgreSQL's GENERATED ALWAYS identity columns) when rows are restored as they were.
    virtual QString insertOverridingClause() const { return {}; }

    // Rows: reading, seeking and editing them (SELECT ... ORDER BY, keyset seeks, UPDATE,
    // DELETE). Implemented in the *browse.cpp files of this folder.

    // The dialect of `engine`: one shared instance per engine (a dialect holds no state), for
    // code that asks for every value or row.
    static const Dialect &forEngine(SqlEngine engine);

    // A row's identity where the table has no key: SQLite's rowid (also named _rowid_ and
    // oid), PostgreSQL's ctid (the row's place, read as text); MariaDB has none.
    virtual QStringList rowIdentityNames() const { return {}; }
    // The name that reaches the row identity of a table with `columns`: the first of
    // rowIdentityNames() that no column takes (any case); empty when every one is taken.
    QString rowIdentity(const QStringList &columns) const;
    bool isRowIdentity(const QString &name) const; // one of rowIdentityNames(), any case
    // The row identity is an integer key of the table's storage (SQLite's rowid): as good as
    // a primary key to order and seek by, what lastInsertId gives, and without gaps a row's
    // number. Else it serves only tables with no key at all (a ctid moves when a row changes).
    virtual bool integerRowIdentity() const { return false; }
    // "expression = ?" for the row identity as it was read (PostgreSQL compares its text as a tid).
    virtual QString rowIdentityEquals(const QString &expression) const;

    // NULL sorts before every value in ascending order (SQLite, MariaDB), else after them.
    virtual bool sortsNullsFirst() const { return true; }
    // What ORDER BY takes for a column of `type` (PostgreSQL's json has no ordering operator).
    virtual QString orderExpression(const QString &expression, const LogicalType &type) const;
    // Keyset positions are read as text and bound back as untyped text, which every type
    // reads back exactly (PostgreSQL: floats, timestamps, ctid); else read and bound as values.
    virtual bool positionsAsText() const { return false; }
    // CAST(expression AS TEXT) in the engine's spelling.
    virtual QString castToText(const QString &expression) const;
    // The value of `expression`, as text, contains the bound LIKE pattern in any case ("!"
    // escapes).
    virtual QString containsCondition(const QString &expression) const;
    // How a query gives numbers: SQLite's doubles as doubles (its text for them has 15
    // digits); elsewhere decimals and floats exactly as the server's text.
    virtual QSql::NumericalPrecisionPolicy numericalPrecision() const
    {
        return QSql::HighPrecision;
    }
    // Statements for a connection that only reads (TableQuery::browsingSetup).
    virtual QStringList browsingSetup() const = 0;
    // How many rows `table` has, from the engine's statistics (SQLite: the range of the row
    // identity `rowIdentity`, when not empty), without counting them.
    virtual RowEstimate estimateRows(
        const QSqlDatabase &db, const QString &table, const QString &rowIdentity) const = 0;
    // The key column `keyColumn` of `table` when it is the row identity under another name
    // (SQLite's INTEGER PRIMARY KEY), else empty.
    virtual QString rowIdentityAlias(
        const QSqlDatabase &db, const QString &table, const QString &keyColumn) const;

    // INSERT INTO table (columns) VALUES (?, ...); with no columns, a row of defaults.
    QString insertStatement(const QString &table, const QStringList &columns) const;
    // What follows INSERT INTO table for a row of defaults: " DEFAULT VALUES" (MariaDB's
    // " () VALUES ()").
    virtual QString insertDefaultsClause() const { return QStringLiteral(" DEFAULT VALUES"); }
    // An INSERT gives the new row's values back through RETURNING (PostgreSQL); else the
    // driver's lastInsertId says the generated key.
    virtual bool returnsInsertedRows() const { return false; }
    // " RETURNING expressions" where returnsInsertedRows(), else empty.
    QString returningClause(const QStringList &expressions) const;
    // UPDATE table SET column = ?, ... WHERE condition
    QString updateStatement(
        const QString &table, const QStringList &columns, const QString &condition) const;
    // DELETE FROM table WHERE condition
    QString deleteStatement(const QString &table, const QString &condition) const;
    // An UPDATE's rows affected counts only rows whose values changed (MariaDB), so none does
    // not mean that the row is gone.
    virtual bool countsChangedRowsOnly() const { return false; }
    // A boolean and a timestamp as bound to a statement (ValueCodec::toDatabase).
    virtual QVariant boundBoolean(bool value) const;
    virtual QVariant boundDateTime(const QDateTime &value) const;
    // ON DELETE / ON UPDATE RESTRICT is the same as NO ACTION (MariaDB checks both at once).
    virtual bool restrictIsNoAction() const { return false; }
    // The error is the one the engine gives for a statement that QueryInterrupter stopped.
    virtual bool isInterruption(const QSqlError &error) const = 0;

    // The connection: Qt's driver (QSQLITE, QPSQL, QMYSQL), and the Debian package that has
    // it, libqt6sql6-<driverPackage()>.
    virtual QString driverName() const = 0;
    virtual QString driverPackage() const = 0;
    // The driver's connect options for a server: a timeout, and TLS as `sslMode` (disable,
    // prefer, require...) asks; empty for a file.
    virtual QString connectOptions(const QString &sslMode) const;
    // The folder of certificate authorities the options name for `sslMode` (MariaDB's
    // SSL_CAPATH), which must exist; empty when none.
    virtual QString tlsAuthorities(const QString &sslMode) const;
    // A query whose second column is empty when the session has no TLS, for drivers that fall
    // back to plain TCP when TLS was required (MariaDB); empty when the driver refuses.
    virtual QString tlsCipherQuery() const { return {}; }

    // (end of reading and editing rows)

    // Rows: inserting them in batches, reading generated keys back, and the constraint
    // handling around loads (suspending or deferring foreign keys, resetting sequences).
    // Implemented in the *load.cpp files of this folder.
    // The most values one statement may bind: 65535 on PostgreSQL and MySQL, whose protocols
    // count them in 16 bits; SQLite's SQLITE_MAX_VARIABLE_NUMBER (32766 since 3.32).
    virtual int maxBoundParameters() const { return 65535; }
    // The bytes of bound values one statement should stay under (0: no limit). MySQL refuses a
    // packet over max_allowed_packet (16 MiB on MariaDB); Schemata keeps well under it.
    virtual qint64 maxStatementBytes() const { return 0; }
    // How many rows a bulk load (fill) asks for in one INSERT, before those limits.
    virtual int preferredRowsPerInsert() const { return 1000; }
    // How many rows go in one INSERT of `columns` bound values a row, about `rowBytes` bytes
    // each: at most `wanted`, under the two limits above, at least 1. With no columns, how many
    // rows of defaults one statement inserts (see defaultRowsValues).
    int rowsPerInsert(int columns, qint64 rowBytes, int wanted) const;
    // INSERT INTO "table" ("a", "b") VALUES (?, ?), (?, ?) for `rows` rows, with
    // insertOverridingClause() when `overriding` (rows restored with their keys); with no
    // columns, `rows` rows of defaults.
    QString insertSql(
        const QString &table, const QStringList &columns, int rows, bool overriding = false) const;
    // One row, with the `generated` key columns read back by the statement itself where the
    // engine can (returnsInsertedKeys); elsewhere QSqlQuery::lastInsertId() gives the key.
    QString insertReturningSql(
        const QString &table, const QStringList &columns, const QStringList &generated) const;
    virtual bool returnsInsertedKeys() const { return false; }
    // After INSERT INTO "table" for `rows` rows that take every column's default: the standard
    // DEFAULT VALUES, one row a statement; MySQL's "() VALUES (), ()", any number.
    virtual QString defaultRowsValues(int rows) const;
    virtual bool manyDefaultRowsPerInsert() const { return false; }
    // A failed statement aborts the whole transaction (PostgreSQL), so a statement that may
    // fail, and the transaction go on, runs inside a savepoint.
    virtual bool failedStatementAbortsTransaction() const { return false; }
    static QString savepointSql(const QString &name);
    static QString rollbackToSavepointSql(const QString &name);
    static QString releaseSavepointSql(const QString &name);

    // How a load whose tables reference each other in a cycle gets its foreign keys checked
    // only once the rows are in: by turning the checks off for those tables (and checking the
    // keys with a query afterwards), by deferring every check to the commit, or by deferring
    // the checks of the cycles' keys, which must first be made deferrable.
    enum class ForeignKeyDeferral { Suspend, DeferAll, DeferCycles };
    virtual ForeignKeyDeferral foreignKeyDeferral() const = 0;
    // Suspend: the statement that turns the checks off or on again.
    virtual QString foreignKeyChecksSql(bool on) const;
    // DeferAll and DeferCycles: the statement that defers the (deferrable) checks to the
    // commit, and the one that runs them now.
    virtual QString deferForeignKeysSql() const;
    virtual QString immediateForeignKeysSql() const;
    // DeferCycles: makes a foreign key deferrable, initially deferred, or not deferrable again.
    virtual QString deferrableSql(
        const QString &table, const QString &constraint, bool deferrable) const;
    // Statements that make the session take rows as they were saved, and undo that (MySQL
    // numbers a 0 given for an AUTO_INCREMENT column unless told not to).
    virtual QStringList restoreSessionSql() const { return {}; }
    virtual QStringList endRestoreSessionSql() const { return {}; }
    // The statement that moves the sequence behind `column` past the largest key that rows
    // were given explicitly; it binds the quoted table and the column name. Empty where the
    // engine's counter follows the keys by itself (SQLite's, MySQL's AUTO_INCREMENT).
    virtual QString sequenceResetSql(const QString &table, const QString &column) const;

    // A consistent read of every table (the JSON export): whether it runs in the driver's
    // transaction (QSqlDatabase::transaction and rollback), the statements that start it
    // (after the driver's BEGIN, or instead of it), and the one that ends it (empty: rollback).
    virtual bool snapshotInDriverTransaction() const { return true; }
    virtual QStringList snapshotStartSql() const { return {}; }
    virtual QString snapshotEndSql() const { return {}; }
    // Values that generated rows may hold: UNSIGNED integers up to their unsigned maximum
    // (PostgreSQL has none: an UNSIGNED design type is its signed type there), and a time zone
    // offset in the text of a TIMESTAMP WITH TIME ZONE (MySQL's TIMESTAMP takes none).
    virtual bool hasUnsignedIntegers() const { return true; }
    virtual bool timestampsTakeZone() const { return true; }
    // DDL facts that DdlWriter asks about (in the dialects' own .cpp files). Whether the
    // engine indexes a whole TEXT or BLOB value (MySQL indexes a prefix only, so such a column
    // in a key becomes VARCHAR(255) or VARBINARY(255)); whether it does what ON DELETE/UPDATE
    // SET DEFAULT says (MySQL accepts it and restricts); whether a foreign key's integer
    // columns must have exactly the type of the ones they reference; the longest column
    // comment it keeps whole (0: no limit).
    virtual bool indexesWholeValues() const;
    virtual bool honoursSetDefault() const;
    virtual bool foreignKeyNeedsSameIntegerType() const;
    virtual int maxColumnCommentLength() const;
    // (end of inserting rows)

    // Addresses: URL scheme and TLS modes (with hasServer() and defaultPort() above)
    // The scheme of the engine's URLs ("postgresql", "mysql"; "sqlite" for a file's URL).
    virtual QString urlScheme() const = 0;
    // The TLS modes, in libpq's words, that the engine's Qt driver can honour; none for SQLite.
    virtual QStringList sslModes() const = 0;

    // --- export ---
    // Reading whole tables, as the JSON export does. Implemented in the *export.cpp files of
    // this folder.
    // A table is read in one query in key (or row identity) order, stepped straight through
    // the engine's own statement as it is read (SqliteRowReader, on Qt's SQLite driver), which
    // holds no result in memory; else in pages by key.
    virtual bool readsRowsDirectly() const { return false; }
    // Text columns may hold bytes that are not UTF-8 (SQLite keeps what it was given), so they
    // are read as their stored bytes, textBytes(), and checked by the reader.
    virtual bool storesUncheckedText() const { return false; }
    // The stored bytes of the text `expression` (SQLite's CAST(... AS BLOB)); elsewhere the
    // expression as it is.
    virtual QString textBytes(const QString &expression) const;
    // A whole-table read reads each page once, so it keeps the connection's page cache small
    // (SQLite's is 64 MiB) and puts it back afterwards: the query that gives the cache size
    // (empty: the engine has no such setting), the statement that sets it, and the size while
    // reading.
    virtual QString cacheSizeQuery() const { return {}; }
    virtual QString setCacheSizeSql(qint64 size) const;
    virtual qint64 readingCacheSize() const { return 0; }
    // A table without a key, read whole, is read in pages through a cursor of the engine's
    // own (MariaDB's HANDLER), because Qt's driver would hold the whole result in memory;
    // else in one query. The statements that open the cursor `cursor` on `table`, read the
    // first or next `rows` rows of it, and close it.
    virtual bool hasTableCursor() const { return false; }
    virtual QString openTableCursorSql(const QString &table, const QString &cursor) const;
    virtual QString readTableCursorSql(const QString &cursor, bool first, int rows) const;
    virtual QString closeTableCursorSql(const QString &cursor) const;

    // --- values ---
    // Values read from outside (import-json) as bound to statements, and the constraint
    // handling around their load. Dates, times and timestamps given as ISO 8601 text are
    // bound as that text, which the server reads itself, zone included (PostgreSQL); else as
    // Qt's values (ValueCodec::toDatabase), with an offset as timestampsTakeZone() says.
    virtual bool readsIsoDateTimeText() const { return false; }
    // DeferCycles: a query of the foreign keys of the current schema that are not deferrable
    // (deferrableSql makes them so): constraint, table and referenced table, by table and
    // constraint. Empty where foreignKeyDeferral() is not DeferCycles.
    virtual QString notDeferrableForeignKeysSql() const { return {}; }
    // --- (end of values) ---

    // --- diff: comparing and migrating schemas (orm/diff, dialects/*migrate.cpp) ---
    // Whether two column names that differ only in case name one column (SQLite, MariaDB).
    virtual bool columnNamesIgnoreCase() const { return false; }
    // Whether two table names that differ only in case name one table: SQLite's do,
    // PostgreSQL's (quoted) do not, MariaDB's follow the server's lower_case_table_names, read
    // from `db`.
    virtual bool tableNamesIgnoreCase(const QSqlDatabase &db) const;
    // A column type of CREATE TABLE as the engine keeps it, where it fills in what was left
    // out (MariaDB's DECIMAL is DECIMAL(10,0)).
    virtual QString canonicalType(const QString &columnType) const { return columnType; }

    // Changing a table in place (ALTER TABLE). What changes in one column, with its new
    // definition as CREATE TABLE would write it.
    struct ColumnAlteration
    {
        QString column;
        QString definition; // the whole new definition: name, type, NOT NULL, DEFAULT, ...
        QString type; // the new type
        bool typeChanged = false;
        bool notNull = false;
        bool nullChanged = false;
        QString defaultSql; // empty: none
        bool defaultChanged = false;
        bool numbered = false;
        bool numberingChanged = false;
        QString comment;
        bool commentChanged = false;
    };
    // The statements that give an existing column its new definition; empty where the engine
    // cannot change a column in place (SQLite: the table is rebuilt).
    virtual QStringList alterColumnSql(const QString &table, const ColumnAlteration &change) const;
    // Whether ALTER TABLE adds and drops keys and foreign keys (not on SQLite: rebuilt).
    virtual bool altersConstraints() const { return true; }
    // Whether the type of a column that a foreign key names (on either end) can change only
    // while that foreign key is dropped (MariaDB and MySQL: "Cannot change column ...: used in
    // a foreign key constraint").
    virtual bool typeChangeNeedsForeignKeysDropped() const { return false; }
    QString renameTableSql(const QString &from, const QString &to) const;
    QString renameColumnSql(const QString &table, const QString &from, const QString &to) const;
    QString addColumnSql(const QString &table, const QString &definition) const;
    QString dropColumnSql(const QString &table, const QString &column) const;
    // ALTER TABLE table ADD element (a CONSTRAINT ... UNIQUE / PRIMARY KEY / FOREIGN KEY).
    QString addConstraintSql(const QString &table, const QString &element) const;
    // Drops a key: `type` PRIMARY, UNIQUE or INDEX (FULLTEXT too), `name` as made.
    virtual QString dropKeySql(const QString &table, const QString &type, const QString &name) const;
    virtual QString dropForeignKeySql(const QString &table, const QString &name) const;
    // Sets a table's comment (COMMENT ON TABLE, ALTER TABLE ... COMMENT); empty where
    // comments live in the CREATE TABLE text (SQLite: rebuilt).
    virtual QString tableCommentSql(const QString &table, const QString &comment) const;
    // The number of characters of a text expression (LENGTH counts bytes on MariaDB).
    virtual QString characterLength(const QString &expression) const;
    // --- (end of diff) ---

protected:
    virtual QChar identifierQuote() const { return u'"'; }
    virtual QString booleanLiteral(bool value) const;
    // The keyword for a function default; CURRENT_DATE is an expression on MySQL.
    virtual QString functionDefault(const QString &keyword) const { return keyword; }
    // Why the engine refuses the function default `function` (CURRENT_TIMESTAMP,
    // CURRENT_DATE or CURRENT_TIME) on a column of `type`; empty when it takes it.
    virtual QString functionDefaultRefusal(const QString &function, const LogicalType &type) const;
    // The verdict on a default expression, "(...)"; see checkDefault. Here: refused when it
    // calls one of missingFunctions(), unchecked otherwise.
    virtual DefaultCheck checkExpressionDefault(const QString &expression) const;
    // SQLite's date and time functions that the engine does not have, in lower case.
    virtual QStringList missingFunctions() const { return {}; }
    // Whether the engine refuses a text literal longer than its CHAR or VARCHAR column
    // (SQLite stores any length).
    virtual bool enforcesLength() const { return true; }
    // Whether spaces at the end of a text literal beyond the column's length are dropped
    // rather than refused.
    virtual bool ignoresSpacesBeyondLength() const { return false; }
    // The length in characters of a CHAR or VARCHAR column of the engine, -1 for unbounded.
    virtual int textLength(const LogicalType &type) const;
    // "its value has up to 32 characters, more than the column's 20"; empty when it fits
    // (`length` -1: unbounded).
    static QString lengthRefusal(int longest, int length);
};
