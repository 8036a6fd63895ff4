#pragma once

#include "analysis/designproblem.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class Schema;

// Writes a design as a Python module of SQLAlchemy 1.4 models, in the style of the note
// Schemata grew from (docs: seed-note-sqlalchemy): declarative classes or classical Table
// objects with imperative mappings, relationships from the design's structure (findRelationships),
// and optionally factory_boy factories. The module's create_all makes on SQLite, PostgreSQL and
// MariaDB the tables `schemata apply` makes: its types, defaults and ON DELETE actions are taken
// from DdlWriter for each engine.
class SqlAlchemyWriter
{
    Q_DECLARE_TR_FUNCTIONS(SqlAlchemyWriter)

public:
    enum class Style {
        Declarative, // declarative_base() classes
        Classical // Table objects, plain classes and registry.map_imperatively()
    };

    struct Options
    {
        Style style = Style::Declarative;
        bool factories = false; // factory_boy factories after the models, parents first
    };

    struct Result
    {
        QString text; // the module; empty when the design has errors
        QList<DesignProblem> problems;

        bool ok() const { return !hasErrors(problems); }
    };

    static Result write(const Schema &schema, const Options &options);
};
