#pragma once

#include <QString>

// What Schemata was built from: the version of the CMake project and the git revision.
namespace Version {

// "0.1.0"
QString number();
// `git describe --always --dirty` at build time ("9e06ce6", "9e06ce6-dirty"), or "unknown"
// when built outside a git checkout.
QString revision();
// "0.1.0 (revision 9e06ce6)", as `schemata --version` and the About box show it.
QString text();

} // namespace Version
