#pragma once

#include <QString>

class Schema;

// Writes a design as a Mermaid erDiagram (Mermaid 10 and later, as GitHub renders it): an
// entity per table with its columns as `type name PK, FK, UK "comment"`, and a relationship
// per foreign key, its cardinalities from the keys and nullability. Names Mermaid cannot take
// are quoted (tables) or spelled with _ (columns, types), the original kept in the comment;
// a type is one word (DECIMAL(12,2) is written decimal, with the full type in the comment).
class MermaidWriter
{
public:
    static QString write(const Schema &schema);
};
