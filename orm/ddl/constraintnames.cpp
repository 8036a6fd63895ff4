#include "constraintnames.h"

#include "dialects/dialect.h"

namespace ConstraintNames {

QString primaryKey(const Dialect &dialect, const QString &table)
{
    return dialect.shortenIdentifier(QStringLiteral("pk_") + table);
}

QString unique(const Dialect &dialect, const QString &table, const QStringList &columns)
{
    return dialect.shortenIdentifier(QStringLiteral("uq_") + table + u'_' + columns.join(u'_'));
}

QString index(const Dialect &dialect, const QString &table, const QStringList &columns)
{
    return dialect.shortenIdentifier(QStringLiteral("ix_") + table + u'_' + columns.join(u'_'));
}

QString foreignKey(const Dialect &dialect, const QString &table, const QStringList &columns,
    const QString &referencedTable)
{
    return dialect.shortenIdentifier(
        QStringLiteral("fk_") + table + u'_' + columns.join(u'_') + u'_' + referencedTable);
}

} // namespace ConstraintNames
