#pragma once

#include "logicaltype.h"

// The type mapping, in both directions: design datatype text -> LogicalType -> each engine's
// DDL type, and each engine's catalogue type -> LogicalType -> design datatype text. All of it
// is one table in typemapping.cpp (reproduced in the README); nothing else decides types.
namespace TypeMapping {

// Reads a datatype as written in a design, in the spelling of any of WWW SQL Designer's
// catalogues ("INT(10) UNSIGNED", "character varying(50)", "sa.String", "NVARCHAR2(20)").
LogicalType fromDesign(const QString &datatype);

// The columns of the table: how each engine writes a type in CREATE TABLE, and how a design
// imported from an engine spells it so that the designer's catalogue knows it. The dialects
// choose their column and add their own rules (Dialect::columnType, designType).
enum class Spelling { SqliteDdl, PostgresDdl, MysqlDdl, MysqlDesign, PostgresDesign };

// `type` in one column's spelling, with its length, precision and scale.
QString spell(const LogicalType &type, Spelling spelling);

} // namespace TypeMapping
