#include "cataloguequery.h"

#include "database/connection.h"
#include "dialect.h"
#include "schema/table.h"
#include "sql/logicaltype.h"

#include <QRegularExpression>
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

bool CatalogueQuery::isLiteralDefault(const QString &expression, SqlEngine engine)
{
    static const QRegularExpression postgres(
        QStringLiteral(R"(^(?:\(\s*)*(?:'(?:[^']|'')*'|[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)"
                       R"(|true|false|null)(?:\s*\))*)"
                       R"((?:::[a-z_ ]+(?:\(\d+(?:,\d+)?\))?(?:\[\])?(?:\s*\))*)*$)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression mysql(
        QStringLiteral(R"(^(?:'(?:[^'\\]|''|\\.)*'|[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)"
                       R"(|null|true|false|b'[01]*')$)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpression &literal = engine == SqlEngine::Postgres ? postgres : mysql;
    return literal.match(expression.trimmed()).hasMatch();
}

QString CatalogueQuery::quoted(const QString &name)
{
    return u'"' + name + u'"';
}

QList<ObjectId> CatalogueQuery::columnIds(const Table &table, const QStringList &names)
{
    QList<ObjectId> ids;
    for (const QString &name : names) {
        const Column *column = table.columnByName(name);
        ids << (column ? column->id : NoObject);
    }
    return ids;
}

void CatalogueQuery::markGenerated(Column &column, const QString &table, QStringList *warnings)
{
    warnings->append(tr("\"%1\".\"%2\" is a generated column; its expression is not "
                        "part of the design.")
                         .arg(table, column.name));
    column.computed = true;
    column.defaultValue = column.nullable ? DefaultValue::null() : DefaultValue::none();
}

void CatalogueQuery::setDefault(Column &column, const Dialect &dialect, const QString &table,
    const QString &expression, const LogicalType &type, QStringList *warnings)
{
    column.defaultValue = column.autoIncrement
        ? DefaultValue::none()
        : dialect.defaultFromSql(expression, type, column.nullable);
    if (!column.autoIncrement && !expression.isEmpty()
        && !isLiteralDefault(expression, dialect.engine())
        && !isFunctionDefault(column.defaultValue))
        warnings->append(tr("The default of \"%1\".\"%2\" is the expression %3, which "
                            "the design keeps as written; another engine may refuse it.")
                             .arg(table, column.name, expression));
}

void CatalogueQuery::setActions(
    ForeignKey &foreignKey, const QString &onUpdate, const QString &onDelete)
{
    foreignKey.onDelete
        = referentialActionFromSql(onDelete).value_or(ReferentialAction::Unspecified);
    foreignKey.onUpdate
        = referentialActionFromSql(onUpdate).value_or(ReferentialAction::Unspecified);
}

void CatalogueQuery::warnChecksAndTriggers(const QString &table, const QStringList &checks,
    const QStringList &triggers, QStringList *warnings)
{
    QStringList parts;
    if (!checks.isEmpty())
        parts << tr("CHECK constraints %1").arg(checks.join(QStringLiteral(", ")));
    if (!triggers.isEmpty())
        parts << tr("triggers %1").arg(triggers.join(QStringLiteral(", ")));
    if (!parts.isEmpty())
        warnings->append(tr("Not part of the design, of \"%1\": %2")
                             .arg(table, parts.join(QStringLiteral("; "))));
}

void CatalogueQuery::warnNotTables(const QStringList &views, const QStringList &sequences,
    const QStringList &foreignTables, QStringList *warnings)
{
    if (!views.isEmpty())
        warnings->append(
            tr("Views are not part of a design: %1").arg(views.join(QStringLiteral(", "))));
    if (!sequences.isEmpty())
        warnings->append(
            tr("Sequences are not part of a design: %1").arg(sequences.join(QStringLiteral(", "))));
    if (!foreignTables.isEmpty())
        warnings->append(tr("Foreign tables are not part of a design: %1")
                             .arg(foreignTables.join(QStringLiteral(", "))));
}
