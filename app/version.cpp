#include "version.h"

#include "revision.h" // generated at build time by cmake/revision.cmake

namespace Version {

QString number()
{
    return QStringLiteral(SCHEMATA_VERSION);
}

QString revision()
{
    return QStringLiteral(SCHEMATA_REVISION);
}

QString text()
{
    return number() + QStringLiteral(" (revision ") + revision() + u')';
}

} // namespace Version
