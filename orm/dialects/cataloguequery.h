#pragma once

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariantList>

class DefaultValue;

// The query the catalogue readers run their statements through: values always bound, and
// a failure described for people ("Cannot read the columns: <driver message>").
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

private:
    QSqlQuery m_query;
};
