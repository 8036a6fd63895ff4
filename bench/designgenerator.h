#pragma once

#include <QByteArray>

class Schema;

// A synthetic design in WWW SQL Designer's layout: `tables` tables of 10 columns each, about
// 1.5 foreign keys per table (every table references one earlier table, every other table a
// second one), a primary key per table, deterministic for a given size.
QByteArray generateDesign(int tables);

// The generated design with `changes` changes, one per table, spread over the design and taken
// in turn from eight kinds (renamed table and column, changed type, added and dropped column,
// added key, dropped and added foreign key). Returns how many it made.
int changeDesign(Schema &schema, int changes);
