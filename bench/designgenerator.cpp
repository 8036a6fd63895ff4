#include "designgenerator.h"

#include "schema/schema.h"

#include <QFile>

#include <algorithm>

QByteArray generateDesign(int tables)
{
    QFile catalogueFile(QStringLiteral(":/schemata/datatypes/mysql.xml"));
    QByteArray catalogue;
    if (catalogueFile.open(QIODevice::ReadOnly)) {
        catalogue = catalogueFile.readAll();
        catalogue = catalogue.mid(catalogue.indexOf("<datatypes")).trimmed();
    }
    static const char *const types[] = {"INTEGER", "VARCHAR(255)", "MEDIUMTEXT", "DATETIME",
        "DECIMAL(10,2)", "TINYINT", "VARCHAR(40)", "DATE"};
    QByteArray out;
    out.reserve(qsizetype(tables) * 1400 + catalogue.size() + 256);
    out += "<?xml version=\"1.0\" encoding=\"utf-8\" ?>\n"
           "<!-- SQL XML created by WWW SQL Designer, https://github.com/ondras/wwwsqldesigner/ "
           "-->\n"
           "<sql>\n";
    out += catalogue;
    for (int t = 0; t < tables; ++t) {
        const QByteArray name = "table_" + QByteArray::number(t);
        out += "<table x=\"" + QByteArray::number(40 + (t % 40) * 260) + "\" y=\""
            + QByteArray::number(40 + (t / 40) * 320) + "\" name=\"" + name + "\">\n";
        out += "<row name=\"id\" null=\"0\" "
               "autoincrement=\"1\">\n<datatype>INTEGER</datatype>\n</row>\n";
        const int parents = t == 0 ? 0 : (t % 2 == 0 ? 2 : 1);
        for (int p = 0; p < parents; ++p) {
            const int parent = (t * 7 + p * 13) % t;
            out += "<row name=\"parent" + QByteArray::number(p) + "_id\" null=\"" + (p ? "1" : "0")
                + "\" autoincrement=\"0\">\n<datatype>INTEGER</datatype>\n"
                + (p ? "<default>NULL</default>" : "") + "<relation table=\"table_"
                + QByteArray::number(parent) + "\" row=\"id\" />\n</row>\n";
        }
        for (int c = 1 + parents; c < 10; ++c) {
            const char *type = types[(t + c) % 8];
            out += "<row name=\"column_" + QByteArray::number(c)
                + "\" null=\"1\" autoincrement=\"0\">\n" + "<datatype>" + type
                + "</datatype>\n<default>NULL</default>";
            if (c % 4 == 0)
                out += "<comment>Column " + QByteArray::number(c) + " of " + name + "</comment>\n";
            out += "</row>\n";
        }
        out += "<key type=\"PRIMARY\" name=\"\">\n<part>id</part>\n</key>\n";
        if (t % 3 == 0)
            out += "<comment>Generated table " + QByteArray::number(t) + "</comment>\n";
        out += "</table>\n";
    }
    out += "</sql>\n";
    return out;
}

namespace {

Column *namedColumn(Table &table, const QString &name)
{
    for (Column &column : table.columns) {
        if (column.name == name)
            return &column;
    }
    return nullptr;
}

} // namespace

// The generated design with `changes` changes, one per table, spread over the design and taken
// in turn from eight kinds. Returns how many it made (a table that cannot take a kind, such as
// one without a second foreign key to drop, passes it to the table after it).
int changeDesign(Schema &schema, int changes)
{
    QList<Table> &tables = schema.tables();
    const int stride = std::max<int>(1, int(tables.size()) / std::max(1, changes));
    int made = 0;
    for (int t = 1; t < tables.size() && made < changes; ++t) {
        Table &table = tables[t];
        switch (made % 8) {
        case 0: // a renamed table
            table.formerNames << table.name;
            table.name += QStringLiteral("_renamed");
            break;
        case 1: { // a renamed column
            Column *column = namedColumn(table, QStringLiteral("column_9"));
            column->formerNames << column->name;
            column->name = QStringLiteral("column_9_renamed");
            break;
        }
        case 2: // a changed type
            namedColumn(table, QStringLiteral("column_8"))->datatype = QStringLiteral("VARCHAR(80)");
            break;
        case 3: // an added column
            schema.addColumn(table, QStringLiteral("added"), QStringLiteral("VARCHAR(40)"));
            break;
        case 4: { // a dropped column
            const ObjectId id = namedColumn(table, QStringLiteral("column_7"))->id;
            table.columns.removeAt(table.columnIndex(id));
            break;
        }
        case 5: // an added key
            schema.addKey(table, Key::Unique, {namedColumn(table, QStringLiteral("column_6"))->id});
            break;
        case 6: // a dropped foreign key (the second parent)
            if (table.foreignKeys.size() < 2)
                continue;
            table.foreignKeys.removeLast();
            break;
        case 7: { // an added foreign key, from an INTEGER column to the first table
            const auto integer = std::find_if(table.columns.begin(), table.columns.end(),
                [](const Column &c) {
                    return c.name.startsWith(u"column_") && c.datatype == u"INTEGER";
                });
            if (integer == table.columns.end())
                continue;
            const Table &first = tables.first();
            schema.addForeignKey(table, {integer->id}, first, {first.columns.first().id});
            break;
        }
        }
        ++made;
        t += stride - 1;
    }
    return made;
}

