#pragma once

#include "schema/schema.h"

#include <QByteArray>

// Writes a schema in WWW SQL Designer's own byte layout (format doc sections 1.1 and 3), so
// files diff cleanly against ones the designer saved, but always well-formed: names, relation
// targets, key names and parts are escaped. What the schema kept from the file it was read
// from (header comments, the catalogue block, coordinates, default texts, line endings,
// trailing text) is written back as it was unless it was edited, so a file in the designer's
// layout is rewritten byte for byte. Schemata's extensions (composite foreign keys, actions,
// inheritance, notes, areas) use attributes and elements the designer's reader ignores.
class DesignWriter
{
public:
    static QByteArray write(const Schema &schema);

    // The designer's number formatting (JavaScript's Number#toString for ordinary values).
    static QString formatNumber(double value);
};
