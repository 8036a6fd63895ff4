// schemata export-docs: a design's or a database's data dictionary, as HTML or Markdown.
#include "commandline.h"

#include "analysis/designcheck.h"
#include "browse/tablequery.h"
#include "database/connection.h"
#include "database/databaseaddress.h"
#include "database/schemaimporter.h"
#include "diagram/documentationexport.h"
#include "diagram/diagramscene.h"
#include "dialects/dialect.h"
#include "document/designdocument.h"
#include "schema/schema.h"
#include "textformats/datadictionary.h"
#include "xml/designreader.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QTextStream>

using namespace Qt::StringLiterals;

bool CommandLine::drawsDiagram(const QStringList &arguments)
{
    return arguments.size() > 1 && arguments.at(1) == u"export-docs";
}

int CommandLine::exportDocs(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
        tr("Write to OUT (.html, or .md with the diagram beside it as .svg) instead of "
           "standard output."),
        QStringLiteral("OUT"));
    const QCommandLineOption format(QStringLiteral("format"),
        tr("html (default, or from OUT's extension) or markdown."), QStringLiteral("FORMAT"));
    parser.addOptions({output, format, keychainOption()});
    parser.addPositionalArgument(
        QStringLiteral("SOURCE"), tr("A design file, an SQLite file or a URL."));
    if (!parse(parser, arguments, 1, tr("export-docs takes one design or database."), err))
        return UsageError;
    const QString path = parser.value(output);
    QString kind = parser.value(format).toLower();
    if (kind.isEmpty())
        kind = DocumentationExport::formatForPath(path) == DocumentationExport::Format::Markdown
            ? QStringLiteral("markdown")
            : QStringLiteral("html");
    if (kind == u"md")
        kind = QStringLiteral("markdown");
    if (kind != u"html" && kind != u"markdown") {
        err << tr("Unknown format \"%1\": use html or markdown.").arg(parser.value(format))
            << Qt::endl;
        return UsageError;
    }

    const QString source = parser.positionalArguments().constFirst();
    Schema schema;
    DataDictionary::Options options;
    if (DatabaseAddress::namesDatabase(source)) {
        Connection connection;
        if (!openDatabase(source, connection, false, parser.isSet(keychainOption()), err))
            return DatabaseError;
        QString error;
        SchemaImporter importer(connection);
        std::optional<Schema> imported = importer.import(&error);
        if (!imported) {
            err << error << Qt::endl;
            return DatabaseError;
        }
        schema = std::move(*imported);
        for (const Table &t : schema.tables()) {
            const std::optional<qint64> rows
                = TableQuery(connection.address().engine, t).count(connection.database(), &error);
            if (!rows) {
                err << error << Qt::endl;
                return DatabaseError;
            }
            options.rowCounts.insert(t.name, *rows);
        }
        // A server's database by its address (without the password), a file by its name.
        options.title = source.contains(u"://"_s) ? connection.address().displayName()
                                                 : QFileInfo(source).fileName();
        options.problems = DesignCheck::check(schema, connection.dialect());
    } else {
        DesignReader reader;
        if (!load(source, reader, err))
            return InputError;
        schema = reader.schema();
        options.title = QFileInfo(source).completeBaseName();
        options.problems = DesignCheck::check(schema);
    }
    options.source = source.contains(u"://"_s) ? options.title : QFileInfo(source).fileName();

    DesignDocument document;
    document.reset(schema);
    DiagramScene scene(&document);
    const auto pageFormat = kind == u"html" ? DocumentationExport::Format::Html
                                            : DocumentationExport::Format::Markdown;
    // Without -o the page alone: Markdown on standard output has nowhere to put its diagram.
    if (path.isEmpty())
        return writeText(DocumentationExport::page(schema, &scene, options, pageFormat), path, out, err);
    QString error;
    if (!DocumentationExport::save(schema, &scene, options, pageFormat, path, &error)) {
        err << error << Qt::endl;
        return OutputError;
    }
    return Success;
}
