#pragma once

#include <QStringList>

class Dialect;

// The names Schemata gives constraints and indexes the design leaves unnamed, after
// Alembic's naming convention, shortened to the engine's limit (Dialect::shortenIdentifier):
//   primary key   pk_<table>
//   unique        uq_<table>_<column>[_<column>...]
//   index         ix_<table>_<column>[_<column>...]   (also the index on foreign-key columns)
//   foreign key   fk_<table>_<column>[_<column>...]_<referenced table>
// Reading a database back, a name equal to its pattern is dropped again, so a design that
// left names empty gets them empty back.
namespace ConstraintNames {

QString primaryKey(const Dialect &dialect, const QString &table);
QString unique(const Dialect &dialect, const QString &table, const QStringList &columns);
QString index(const Dialect &dialect, const QString &table, const QStringList &columns);
QString foreignKey(const Dialect &dialect, const QString &table, const QStringList &columns,
    const QString &referencedTable);

} // namespace ConstraintNames
