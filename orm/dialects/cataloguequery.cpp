#include "cataloguequery.h"

#include "database/connection.h"
#include "schema/defaultvalue.h"

#include <QSqlError>

CatalogueQuery::CatalogueQuery(const QSqlDatabase &db)
    : m_query(db)
{
    m_query.setForwardOnly(true);
}

bool CatalogueQuery::run(const QString &sql, const QVariantList &values)
{
    if (!m_query.prepare(sql))
        return false;
    for (const QVariant &value : values)
        m_query.addBindValue(value);
    return m_query.exec();
}

bool CatalogueQuery::fail(const QString &what, QString *error) const
{
    *error = tr("Cannot read %1: %2").arg(what, Connection::errorText(m_query.lastError()));
    return false;
}

bool CatalogueQuery::isFunctionDefault(const DefaultValue &value)
{
    return value.isText()
        && (value.text() == u"CURRENT_TIMESTAMP" || value.text() == u"CURRENT_DATE"
            || value.text() == u"CURRENT_TIME");
}
