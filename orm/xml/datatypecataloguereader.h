#pragma once

#include "schema/datatypecatalogue.h"

#include <QStringList>

class XmlTree;

// Reads a datatype catalogue, the <datatypes db="..."> element of WWW SQL Designer's XML, from
// a design file or from the catalogues shipped with Schemata (the designer's own
// db/<name>/datatypes.xml).
namespace DatatypeCatalogueReader {

// Reads the <datatypes> element `element` of `tree`; problems (a type without a quote
// attribute, an invalid regular expression) are appended to `problems`.
DatatypeCatalogue read(const XmlTree &tree, int element, QStringList *problems);
// A catalogue shipped with Schemata, by name ("mysql", "postgresql"...); empty when none is.
DatatypeCatalogue bundled(const QString &db);
QStringList bundledNames();

} // namespace DatatypeCatalogueReader
