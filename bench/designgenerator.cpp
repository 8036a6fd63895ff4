#include "designgenerator.h"

#include <QFile>

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
