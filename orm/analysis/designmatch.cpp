#include "designmatch.h"

#include "database/schemaimporter.h"
#include "ddl/ddlwriter.h"

#include <algorithm>

QStringList DesignMatch::missing(const Schema &design, const Schema &database)
{
    QStringList missing;
    const Schema physical = DdlWriter::physicalSchema(design);
    for (const Table &t : physical.tables()) {
        const Table *found = nullptr;
        for (const Table &candidate : database.tables()) {
            if (candidate.name.compare(t.name, Qt::CaseInsensitive) == 0)
                found = &candidate;
        }
        if (!found) {
            missing << t.name;
            continue;
        }
        for (const Column &c : t.columns) {
            if (!std::any_of(found->columns.cbegin(), found->columns.cend(), [&](const Column &d) {
                    return d.name.compare(c.name, Qt::CaseInsensitive) == 0;
                }))
                missing << t.name + u'.' + c.name;
        }
    }
    return missing;
}

bool DesignMatch::describes(const Schema &design, const Schema &database)
{
    // An empty design would describe every database.
    return !DdlWriter::physicalSchema(design).tables().isEmpty()
        && missing(design, database).isEmpty();
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
    checked.missing = missing(*design, *imported);
    if (checked.missing.isEmpty())
        checked.schema = design;
    return checked;
}
