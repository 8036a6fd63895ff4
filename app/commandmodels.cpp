// `schemata export-models`: a design as SQLAlchemy models (orm/textformats/sqlalchemywriter).
#include "commandline.h"

#include "textformats/sqlalchemywriter.h"
#include "xml/designreader.h"

#include <QCommandLineParser>
#include <QSaveFile>
#include <QTextStream>

int CommandLine::exportModels(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption style(QStringLiteral("style"),
        tr("declarative (default): declarative_base classes; classical: Table objects and "
           "registry.map_imperatively()."),
        QStringLiteral("STYLE"), QStringLiteral("declarative"));
    const QCommandLineOption factories(QStringLiteral("factories"),
        tr("Add factory_boy factories for the models, parents first."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
        tr("Write to OUT instead of standard output."), QStringLiteral("OUT"));
    parser.addOptions({style, factories, output});
    parser.addPositionalArgument(QStringLiteral("DESIGN.xml"), tr("The design."));
    if (!parse(parser, arguments, 1, tr("export-models takes one design file."), err))
        return UsageError;
    SqlAlchemyWriter::Options options;
    const QString styleName = parser.value(style);
    if (styleName == u"classical")
        options.style = SqlAlchemyWriter::Style::Classical;
    else if (styleName != u"declarative") {
        err << tr("Unknown style \"%1\"; use declarative or classical.").arg(styleName) << Qt::endl;
        return UsageError;
    }
    options.factories = parser.isSet(factories);
    DesignReader reader;
    if (!load(parser.positionalArguments().constFirst(), reader, err))
        return InputError;
    const SqlAlchemyWriter::Result result = SqlAlchemyWriter::write(reader.schema(), options);
    for (const DesignProblem &p : result.problems)
        err << p.toString() << u'\n';
    err.flush();
    if (!result.ok()) {
        err << tr("The design has errors; no models were written.") << Qt::endl;
        return DesignError;
    }
    const QByteArray text = result.text.toUtf8();
    const QString path = parser.value(output);
    if (path.isEmpty()) {
        out << result.text;
        return Success;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit()) {
        err << tr("Cannot write %1: %2").arg(path, file.errorString()) << Qt::endl;
        return OutputError;
    }
    return Success;
}
