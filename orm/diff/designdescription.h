#pragma once

#include "schema/schema.h"

// A design as canonical, readable text, for git's textconv (`schemata describe DESIGN`), so that
// `git diff` on a design file shows what changed in the schema rather than in coordinates:
// tables sorted by name, each with its comment, inheritance, columns in design order (one line
// each), keys and foreign keys sorted, then the notes' and areas' text. Positions, geometry,
// colours and the catalogue's types are left out; nothing depends on ids or the locale.
class DesignDescription
{
public:
    static QString text(const Schema &schema);
};
