#pragma once

#include "schema/objectid.h"
#include "sql/sqlengine.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariantList>

class DefaultValue;
class Dialect;
class Schema;
struct Column;
struct ForeignKey;
struct LogicalType;
struct Table;

// The query the catalogue readers run their statements through: values always bound, and
// a failure described for people ("Cannot read the columns: <driver message>"); with it, the
// steps the three readers share (a generated column, a default, the warnings for what a
// design cannot hold).
class CatalogueQuery
{
    Q_DECLARE_TR_FUNCTIONS(Dialect)

public:
    explicit CatalogueQuery(const QSqlDatabase &db);

    bool run(const QString &sql, const QVariantList &values = {});
    // Sets *error for a failed run about `what` ("the columns") and returns false.
    bool fail(const QString &what, QString *error) const;

    QSqlQuery &query() { return m_query; }
    bool next() { return m_query.next(); }
    QVariant value(int index) const { return m_query.value(index); }

    // True for the function defaults Dialect::defaultFromSql recognises (CURRENT_TIMESTAMP,
    // CURRENT_DATE, CURRENT_TIME), which a design can hold, unlike other expressions.
    static bool isFunctionDefault(const DefaultValue &value);
    // True for a default the engine's catalogue writes for a literal: PostgreSQL's
    // pg_get_expr() (a string, number, boolean or NULL, in parentheses or not, with the casts
    // Dialect::defaultFromSql takes off: "'-7'::integer", "('now'::text)::date"), MariaDB's
    // COLUMN_DEFAULT (a quoted string, a number, NULL, b'0101'). Anything else is an
    // expression, which a design cannot hold; SQLite's defaults are never asked about.
    static bool isLiteralDefault(const QString &expression, SqlEngine engine);

    // A name in double quotes, as the warnings write them.
    static QString quoted(const QString &name);
    // The ids of `table`'s columns of these names, NoObject for a name it does not have.
    static QList<ObjectId> columnIds(const Table &table, const QStringList &names);

    // A generated column: computed, no default of its own, and a warning that its expression
    // is left out.
    static void markGenerated(Column &column, const QString &table, QStringList *warnings);
    // The default of a column read from PostgreSQL or MariaDB: none for an AUTOINCREMENT
    // column (which the engine numbers), else `expression` read back by the dialect, with a
    // warning when it is an expression the design keeps only as written.
    static void setDefault(Column &column, const Dialect &dialect, const QString &table,
        const QString &expression, const LogicalType &type, QStringList *warnings);
    // The actions as the catalogue writes them ("CASCADE"), Unspecified for any other text.
    static void setActions(
        ForeignKey &foreignKey, const QString &onUpdate, const QString &onDelete);

    // One warning for a table's CHECK constraints and triggers (quoted names), if it has any.
    static void warnChecksAndTriggers(const QString &table, const QStringList &checks,
        const QStringList &triggers, QStringList *warnings);
    // One warning per kind of object that is not a table (quoted names), if there are any.
    static void warnNotTables(const QStringList &views, const QStringList &sequences,
        const QStringList &foreignTables, QStringList *warnings);

private:
    QSqlQuery m_query;
};

// What a dialect's catalogue reader (in its <engine>catalogue.cpp) works with: the dialect,
// the query, the schema it fills, and where warnings and the error go.
class CatalogueReader
{
public:
    CatalogueReader(const Dialect &dialect, const QSqlDatabase &db, Schema &schema,
        QStringList *warnings, QString *error)
        : m_dialect(dialect)
        , m_catalogue(db)
        , m_query(m_catalogue.query())
        , m_schema(schema)
        , m_warnings(warnings)
        , m_error(error)
    {
    }

protected:
    bool run(const QString &sql, const QVariantList &values)
    {
        return m_catalogue.run(sql, values);
    }
    bool fail(const QString &what) { return m_catalogue.fail(what, m_error); }

    const Dialect &m_dialect;
    CatalogueQuery m_catalogue;
    QSqlQuery &m_query;
    Schema &m_schema;
    QStringList *m_warnings;
    QString *m_error;
};
