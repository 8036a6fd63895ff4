#include "schemaimporter.h"

#include "connection.h"

#include "ddl/constraintnames.h"
#include "dialects/dialect.h"
#include "diff/schemadiff.h"
#include "schema/schema.h"
#include "sql/typemapping.h"
#include "xml/datatypecataloguereader.h"

#include <QHash>
#include <QSet>

namespace {

QStringList partNames(const Table &table, const Key &key)
{
    QStringList names;
    for (const KeyPart &p : key.parts) {
        const Column *c = table.column(p.column);
        names << (c ? c->name : p.name);
    }
    return names;
}

QStringList partNames(const Table &table, const ForeignKey &fk)
{
    QStringList names;
    for (const ForeignKeyPart &p : fk.parts) {
        const Column *c = table.column(p.column);
        names << (c ? c->name : QString());
    }
    return names;
}

// Drops what Schemata itself adds to a design's DDL, so design -> database -> design gives
// back the design: names equal to their pattern, the index made for a foreign key (and the
// one MySQL makes, named after the constraint), and NO ACTION (MySQL: RESTRICT), which is
// what an unspecified action means.
void normalise(Schema &schema, const Dialect &dialect)
{
    for (Table &t : schema.tables()) {
        QList<QStringList> foreignKeyColumns;
        QSet<QString> foreignKeyNames;
        for (ForeignKey &fk : t.foreignKeys) {
            const QStringList columns = partNames(t, fk);
            foreignKeyColumns << columns;
            foreignKeyNames.insert(fk.name);
            const Table *target = schema.table(fk.referencedTable);
            if (target
                && fk.name == ConstraintNames::foreignKey(dialect, t.name, columns, target->name))
                fk.name.clear();
            for (ReferentialAction *action : {&fk.onDelete, &fk.onUpdate}) {
                if (*action == ReferentialAction::NoAction
                    || (dialect.restrictIsNoAction() && *action == ReferentialAction::Restrict))
                    *action = ReferentialAction::Unspecified;
            }
        }
        for (qsizetype i = t.keys.size() - 1; i >= 0; --i) {
            Key &k = t.keys[i];
            const QStringList columns = partNames(t, k);
            if (k.isPrimary()) {
                if (k.name == ConstraintNames::primaryKey(dialect, t.name) || k.name == u"PRIMARY")
                    k.name.clear();
            } else if (k.type == Key::Unique) {
                if (k.name == ConstraintNames::unique(dialect, t.name, columns))
                    k.name.clear();
            } else if (k.type == Key::Index || k.type == Key::Fulltext) {
                const bool servesForeignKey = foreignKeyColumns.contains(columns);
                if (servesForeignKey
                    && (k.name == ConstraintNames::index(dialect, t.name, columns)
                        || foreignKeyNames.contains(k.name))) {
                    t.keys.removeAt(i);
                    continue;
                }
                if (k.name == ConstraintNames::index(dialect, t.name, columns))
                    k.name.clear();
            }
        }
    }
}

} // namespace

std::optional<Schema> SchemaImporter::import(QString *error)
{
    m_warnings.clear();
    m_historyTable.reset();
    const Dialect &dialect = m_connection.dialect();
    Schema schema;
    schema.setCatalogue(DatatypeCatalogueReader::bundled(dialect.designCatalogue()));
    if (!dialect.readCatalogue(m_connection.database(), schema, &m_warnings, error))
        return std::nullopt;
    tidy(schema, dialect, &m_historyTable);
    return schema;
}

void SchemaImporter::tidy(Schema &schema, const Dialect &dialect, std::optional<Table> *history)
{
    // The record of migrations is Schemata's, not the user's: never in a design.
    schema.tables().removeIf([history](const Table &t) {
        if (t.name.compare(SchemaDiff::historyTable(), Qt::CaseInsensitive) != 0)
            return false;
        if (history)
            *history = t;
        return true;
    });
    normalise(schema, dialect);
    layOut(schema);
}

void SchemaImporter::layOut(Schema &schema)
{
    // Depth: 0 for a table that references no other, else one more than its deepest parent.
    // Cycles are cut where the walk meets a table it is still inside.
    QHash<ObjectId, int> depth;
    QSet<ObjectId> visiting;
    std::function<int(const Table &)> depthOf = [&](const Table &t) -> int {
        if (depth.contains(t.id))
            return depth.value(t.id);
        if (visiting.contains(t.id))
            return 0;
        visiting.insert(t.id);
        int d = 0;
        for (const ForeignKey &fk : t.foreignKeys) {
            const Table *parent = schema.table(fk.referencedTable);
            if (parent && parent->id != t.id)
                d = std::max(d, depthOf(*parent) + 1);
        }
        visiting.remove(t.id);
        depth.insert(t.id, d);
        return d;
    };
    for (const Table &t : schema.tables())
        depthOf(t);

    // Columns 300 px apart; in each, tables stacked by their height in the designer
    // (a title row and one row per column, about 20 px each).
    constexpr int ColumnWidth = 300;
    constexpr int Margin = 40;
    constexpr int RowHeight = 20;
    constexpr int Gap = 40;
    QHash<int, int> nextY;
    for (Table &t : schema.tables()) {
        const int d = depth.value(t.id);
        const int y = nextY.value(d, Margin);
        t.position = QPointF(Margin + d * ColumnWidth, y);
        nextY.insert(d, y + RowHeight * int(t.columns.size() + 1) + Gap);
    }
}
