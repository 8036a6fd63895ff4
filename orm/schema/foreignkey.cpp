#include "foreignkey.h"

#include <algorithm>

QString referentialActionSql(ReferentialAction action)
{
    switch (action) {
    case ReferentialAction::Unspecified:
        return {};
    case ReferentialAction::NoAction:
        return QStringLiteral("NO ACTION");
    case ReferentialAction::Restrict:
        return QStringLiteral("RESTRICT");
    case ReferentialAction::Cascade:
        return QStringLiteral("CASCADE");
    case ReferentialAction::SetNull:
        return QStringLiteral("SET NULL");
    case ReferentialAction::SetDefault:
        return QStringLiteral("SET DEFAULT");
    }
    return {};
}

std::optional<ReferentialAction> referentialActionFromSql(const QString &text)
{
    const QString normal = text.simplified().toUpper().replace(u'_', u' ');
    if (normal.isEmpty())
        return ReferentialAction::Unspecified;
    for (auto action :
        {ReferentialAction::NoAction, ReferentialAction::Restrict, ReferentialAction::Cascade,
            ReferentialAction::SetNull, ReferentialAction::SetDefault}) {
        if (referentialActionSql(action) == normal)
            return action;
    }
    return std::nullopt;
}

bool ForeignKey::isResolved() const
{
    return referencedTable != NoObject
        && std::all_of(parts.cbegin(), parts.cend(),
            [](const ForeignKeyPart &part) { return part.referencedColumn != NoObject; });
}
