#include "key.h"

#include <algorithm>

bool Key::contains(ObjectId column) const
{
    return std::any_of(parts.cbegin(), parts.cend(),
        [column](const KeyPart &part) { return part.column == column; });
}
