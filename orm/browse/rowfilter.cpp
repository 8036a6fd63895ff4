#include "rowfilter.h"

QString RowFilter::operatorName(Operator op)
{
    switch (op) {
    case Operator::Contains:
        return tr("contains");
    case Operator::Equal:
        return QStringLiteral("=");
    case Operator::NotEqual:
        return QStringLiteral("≠");
    case Operator::Less:
        return QStringLiteral("<");
    case Operator::LessOrEqual:
        return QStringLiteral("≤");
    case Operator::Greater:
        return QStringLiteral(">");
    case Operator::GreaterOrEqual:
        return QStringLiteral("≥");
    case Operator::Between:
        return tr("between");
    case Operator::IsNull:
        return tr("is NULL");
    case Operator::IsNotNull:
        return tr("is not NULL");
    }
    return {};
}
