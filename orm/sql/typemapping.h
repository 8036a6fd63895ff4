#pragma once

#include "logicaltype.h"
#include "sqlengine.h"

// The type mapping, in both directions: design datatype text -> LogicalType -> each engine's
// DDL type, and each engine's catalogue type -> LogicalType -> design datatype text. All of it
// is one table in typemapping.cpp (reproduced in the README); nothing else decides types.
namespace TypeMapping {

// Reads a datatype as written in a design, in the spelling of any of WWW SQL Designer's
// catalogues ("INT(10) UNSIGNED", "character varying(50)", "sa.String", "NVARCHAR2(20)").
LogicalType fromDesign(const QString &datatype);

// The type `engine` stores a column of this type as, for CREATE TABLE.
QString toDdl(const LogicalType &type, SqlEngine engine);

// Reads a type as the engine's catalogue reports it: PostgreSQL's format_type(), MySQL's
// COLUMN_TYPE, SQLite's declared type.
LogicalType fromDatabase(const QString &type, SqlEngine engine);

// The datatype text an imported design gets, spelled so that the design's catalogue
// (`catalogueFor(engine)`) knows it.
QString toDesign(const LogicalType &type, SqlEngine engine);

// The bundled WWW SQL Designer catalogue a design imported from `engine` embeds: "postgresql"
// for PostgreSQL, "mysql" for MariaDB and SQLite (the designer's SQLite catalogue has only
// its five storage classes, which would lose every length).
QString catalogueFor(SqlEngine engine);

} // namespace TypeMapping
