#include "keysetorder.h"

namespace {

const QString Always = QStringLiteral("1 = 1");
const QString Never = QStringLiteral("1 = 0");

KeysetOrder::Condition comparison(
    const QString &expression, const QString &op, const QVariant &value, bool orNull)
{
    const QString compare = expression + u' ' + op + QStringLiteral(" ?");
    if (orNull)
        return {u'(' + compare + QStringLiteral(" OR ") + expression + QStringLiteral(" IS NULL)"),
            {value}};
    return {compare, {value}};
}

} // namespace

KeysetOrder::KeysetOrder(const QList<Term> &terms, bool nullsFirst)
    : m_terms(terms)
    , m_nullsFirst(nullsFirst)
{
}

QString KeysetOrder::orderBy(bool reversed) const
{
    QStringList parts;
    for (const Term &t : m_terms)
        parts << (t.descending != reversed ? t.expression + QStringLiteral(" DESC") : t.expression);
    return parts.join(QStringLiteral(", "));
}

KeysetOrder::Condition KeysetOrder::after(
    const QVariantList &position, bool reversed, bool inclusive) const
{
    if (m_terms.isEmpty())
        return {Always, {}};
    return from(0, position, reversed, inclusive);
}

KeysetOrder::Condition KeysetOrder::from(
    qsizetype index, const QVariantList &position, bool reversed, bool inclusive) const
{
    const Term &t = m_terms.at(index);
    const QVariant value = position.value(index);
    const bool descending = t.descending != reversed;
    // Where NULLs are in the direction of reading.
    const bool nullsAtStart = m_nullsFirst != descending;
    const QString &x = t.expression;

    Condition strict, equal, atOrAfter;
    if (value.isNull()) {
        strict = {nullsAtStart ? x + QStringLiteral(" IS NOT NULL") : Never, {}};
        equal = {x + QStringLiteral(" IS NULL"), {}};
        atOrAfter = {nullsAtStart ? Always : x + QStringLiteral(" IS NULL"), {}};
    } else {
        const bool orNull = !nullsAtStart && t.nullable;
        strict
            = comparison(x, descending ? QStringLiteral("<") : QStringLiteral(">"), value, orNull);
        equal = comparison(x, QStringLiteral("="), value, false);
        atOrAfter = comparison(
            x, descending ? QStringLiteral("<=") : QStringLiteral(">="), value, orNull);
    }
    if (index == m_terms.size() - 1)
        return inclusive ? atOrAfter : strict;

    const Condition rest = from(index + 1, position, reversed, inclusive);
    if (strict.sql == Never)
        return {equal.sql + QStringLiteral(" AND (") + rest.sql + u')', equal.values + rest.values};
    if (atOrAfter.sql == Always)
        return {u'(' + strict.sql + QStringLiteral(" OR (") + equal.sql + QStringLiteral(" AND (")
                + rest.sql + QStringLiteral(")))"),
            strict.values + equal.values + rest.values};
    // strict OR (equal AND rest), led by a range on the first term that an index can seek to.
    return {atOrAfter.sql + QStringLiteral(" AND (") + strict.sql + QStringLiteral(" OR (")
            + rest.sql + QStringLiteral("))"),
        atOrAfter.values + strict.values + rest.values};
}
