#include "designmatch.h"

#include "schemadiff.h"

#include "database/connection.h"
#include "database/schemaimporter.h"
#include "ddl/ddlwriter.h"
#include "dialects/dialect.h"

#include <algorithm>

namespace {

bool isComment(const SchemaChange &change)
{
    return change.kind == SchemaChange::Kind::ChangeTableComment
        || change.kind == SchemaChange::Kind::ChangeColumnComment;
}

// The design's tables ("name") and columns ("table.column") the database lacks, read off a
// comparison of the two as written (the database the source, the design's physical tables the
// target).
QStringList missingNames(const Schema &design, const Schema &database)
{
    DiffOptions options;
    options.foldTableNames = true;
    options.foldColumnNames = true;
    options.unmanagedSide = DiffOptions::DatabaseSide::Source;
    const SchemaDiffResult diff
        = SchemaDiff::compare(database, DdlWriter::physicalSchema(design), options);
    QStringList missing;
    for (const SchemaChange &c : diff.changes) {
        if (c.kind == SchemaChange::Kind::AddTable)
            missing << c.table;
        else if (c.kind == SchemaChange::Kind::AddColumn)
            missing << c.table + u'.' + c.column;
    }
    return missing;
}

} // namespace

QStringList DesignMatch::Differences::describe() const
{
    QStringList lines = errors;
    for (const SchemaChange &c : changes)
        lines << c.describe();
    for (const QString &name : missing)
        lines << tr("no %1").arg(name);
    return lines;
}

DesignMatch::Differences DesignMatch::compare(
    const Schema &design, const Schema &database, SqlEngine engine, bool tableNamesIgnoreCase)
{
    Differences result;
    DiffOptions options = DiffOptions::forEngine(engine, tableNamesIgnoreCase);
    options.unmanagedSide = DiffOptions::DatabaseSide::Source;
    const SchemaDiffResult diff = SchemaDiff::compare(database, design, options);
    if (diff.ok()) {
        std::copy_if(diff.changes.cbegin(), diff.changes.cend(),
            std::back_inserter(result.changes), [](const SchemaChange &c) { return !isComment(c); });
        return result;
    }
    // Either side can be what DDL cannot be written for. The design's errors are the user's to
    // fix; the database's are what it is, and leave only its names to compare.
    const DdlScript designScript = DdlWriter(Dialect::forEngine(engine)).write(design);
    if (!designScript.ok()) {
        result.errors = diff.errors;
        return result;
    }
    result.warning = tr("Compared by table and column names only: %1")
                         .arg(diff.errors.join(QStringLiteral("; ")));
    result.missing = missingNames(design, database);
    return result;
}

bool DesignMatch::describes(const Schema &design, const Schema &database)
{
    // An empty design would describe every database.
    return !DdlWriter::physicalSchema(design).tables().isEmpty()
        && missingNames(design, database).isEmpty();
}

DesignMatch::Checked DesignMatch::check(Connection &connection, const std::optional<Schema> &design)
{
    Checked checked;
    std::optional<Schema> imported = SchemaImporter(connection).import(&checked.readError);
    if (!imported)
        return checked;
    if (!design) {
        checked.schema = std::move(imported);
        return checked;
    }
    const Dialect &dialect = connection.dialect();
    checked.differences = compare(
        *design, *imported, dialect.engine(), dialect.tableNamesIgnoreCase(connection.database()));
    if (checked.differences.isEmpty())
        checked.schema = design;
    return checked;
}
