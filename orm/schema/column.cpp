#include "column.h"

QString Column::typeNameOf(const QString &datatype)
{
    const qsizetype open = datatype.indexOf(u'(');
    return open < 0 ? datatype : datatype.left(open);
}

QString Column::sizeOf(const QString &datatype)
{
    const qsizetype open = datatype.indexOf(u'(');
    const qsizetype close = datatype.lastIndexOf(u')');
    if (open < 0 || close < open)
        return {};
    return datatype.mid(open + 1, close - open - 1);
}

QString Column::typeName() const
{
    return typeNameOf(datatype);
}

QString Column::size() const
{
    return sizeOf(datatype);
}

QString Column::typeSuffix() const
{
    const qsizetype open = datatype.indexOf(u'(');
    const qsizetype close = datatype.lastIndexOf(u')');
    if (open < 0 || close < open)
        return {};
    return datatype.mid(close + 1);
}

void Column::setType(const QString &newTypeName, const QString &newSize)
{
    datatype = newSize.isEmpty() ? newTypeName : newTypeName + u'(' + newSize + u')';
}

void Column::setNullable(bool isNullable)
{
    nullable = isNullable;
    if (!nullable && defaultValue.isNull())
        defaultValue = DefaultValue::none();
}
