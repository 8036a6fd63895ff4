#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVariant>

// A condition on one column of a browsed table, applied in SQL with its values bound.
// Contains matches a substring, ignoring the case of ASCII letters at least (LIKE on SQLite,
// ILIKE on PostgreSQL, the column's collation on MariaDB); NotEqual, like every comparison,
// leaves out NULL rows, as SQL does.
struct RowFilter
{
    Q_DECLARE_TR_FUNCTIONS(RowFilter)

public:
    enum class Operator {
        Contains,
        Equal,
        NotEqual,
        Less,
        LessOrEqual,
        Greater,
        GreaterOrEqual,
        Between, // value <= column <= upper
        IsNull,
        IsNotNull
    };

    QString column;
    Operator op = Operator::Contains;
    QVariant value;
    QVariant upper; // Between

    static bool takesValue(Operator op)
    {
        return op != Operator::IsNull && op != Operator::IsNotNull;
    }
    // For menus: "contains", "=", "≠", "<", "≤", ">", "≥", "between", "is NULL", "is not NULL".
    static QString operatorName(Operator op);

    friend bool operator==(const RowFilter &, const RowFilter &) = default;
};
