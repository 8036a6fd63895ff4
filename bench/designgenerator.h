#pragma once

#include <QByteArray>

// A synthetic design in WWW SQL Designer's layout: `tables` tables of 10 columns each, about
// 1.5 foreign keys per table (every table references one earlier table, every other table a
// second one), a primary key per table, deterministic for a given size.
QByteArray generateDesign(int tables);
