#include "commandline.h"

#include "xml/designfile.h"
#include "xml/designwriter.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

namespace {

const QStringList Commands = {QStringLiteral("check"), QStringLiteral("format")};

bool wantsHelpOrVersion(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == u"-h" || a == u"--help" || a == u"-?" || a == u"--help-all" || a == u"-v"
            || a == u"--version")
            return true;
    }
    return false;
}

} // namespace

QString CommandLine::usage()
{
    return tr("Usage: schemata [FILE]\n"
              "       schemata check DESIGN.xml [--json]\n"
              "       schemata format DESIGN.xml [-o OUT]\n"
              "\n"
              "Design relational schemas in the file format of WWW SQL Designer, map them to\n"
              "SQLite, PostgreSQL and MariaDB, and browse their data.\n"
              "\n"
              "Without a command, opens FILE (a design) in the window.\n"
              "\n"
              "Commands:\n"
              "  check DESIGN.xml [--json]   Load a design; print its tables, columns,\n"
              "                              relations and keys, and every warning.\n"
              "                              --json prints one JSON object instead.\n"
              "  format DESIGN.xml [-o OUT]  Load a design and save it without edits, in\n"
              "                              WWW SQL Designer's layout (to standard output\n"
              "                              without -o).\n"
              "\n"
              "Options:\n"
              "  -h, --help                  Show this help.\n"
              "  -v, --version               Show the version.\n"
              "\n"
              "Exit status: 0 success, 1 wrong usage, 2 the input cannot be read,\n"
              "3 the output cannot be written.\n");
}

bool CommandLine::isHeadless(const QStringList &arguments)
{
    return wantsHelpOrVersion(arguments)
        || (arguments.size() > 1 && Commands.contains(arguments.at(1)));
}

int CommandLine::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (arguments.size() > 1 && Commands.contains(arguments.at(1))) {
        const QString command = arguments.at(1);
        QStringList rest = arguments.mid(2);
        rest.prepend(arguments.first() + u' ' + command);
        if (wantsHelpOrVersion(arguments)) {
            out << usage();
            return Success;
        }
        return command == u"check" ? check(rest, out, err) : format(rest, out, err);
    }
    for (const QString &a : arguments.mid(1)) {
        if (a == u"-v" || a == u"--version") {
            out << QCoreApplication::applicationName() << u' '
                << QCoreApplication::applicationVersion() << Qt::endl;
            return Success;
        }
    }
    out << usage();
    return Success;
}

int CommandLine::check(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print one JSON object."));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("DESIGN.xml"), tr("The design to check."));
    if (!parser.parse(arguments) || parser.positionalArguments().size() != 1) {
        err << (parser.errorText().isEmpty() ? tr("check takes one design file.")
                                              : parser.errorText())
            << u'\n'
            << usage();
        return UsageError;
    }
    const QString path = parser.positionalArguments().constFirst();
    DesignReader reader;
    if (!DesignFile::load(path, &reader)) {
        err << DesignFile::describeError(path, reader) << Qt::endl;
        return InputError;
    }
    const Schema &schema = reader.schema();
    if (parser.isSet(json)) {
        QJsonArray warnings;
        for (const DesignWarning &w : reader.warnings()) {
            QJsonObject o{{QStringLiteral("message"), w.message}};
            if (w.line > 0)
                o.insert(QStringLiteral("line"), w.line);
            if (!w.table.isEmpty())
                o.insert(QStringLiteral("table"), w.table);
            if (!w.column.isEmpty())
                o.insert(QStringLiteral("column"), w.column);
            warnings.append(o);
        }
        const QJsonObject result{
            {QStringLiteral("tables"), schema.tables().size()},
            {QStringLiteral("columns"), schema.columnCount()},
            {QStringLiteral("relations"), schema.foreignKeyCount()},
            {QStringLiteral("keys"), schema.keyCount()},
            {QStringLiteral("warnings"), warnings},
        };
        out << QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)) << u'\n';
        return Success;
    }
    out << tr("%1: %n table(s)", nullptr, int(schema.tables().size())).arg(path) << QStringLiteral(", ")
        << tr("%n column(s)", nullptr, schema.columnCount()) << QStringLiteral(", ")
        << tr("%n relation(s)", nullptr, schema.foreignKeyCount()) << QStringLiteral(", ")
        << tr("%n key(s)", nullptr, schema.keyCount()) << u'\n';
    for (const DesignWarning &w : reader.warnings())
        out << tr("warning: %1").arg(w.toString()) << u'\n';
    if (!reader.warnings().isEmpty())
        out << tr("%n warning(s)", nullptr, int(reader.warnings().size())) << u'\n';
    return Success;
}

int CommandLine::format(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("Write to OUT instead of standard output."),
                                    QStringLiteral("OUT"));
    parser.addOption(output);
    parser.addPositionalArgument(QStringLiteral("DESIGN.xml"), tr("The design to format."));
    if (!parser.parse(arguments) || parser.positionalArguments().size() != 1) {
        err << (parser.errorText().isEmpty() ? tr("format takes one design file.")
                                              : parser.errorText())
            << u'\n'
            << usage();
        return UsageError;
    }
    const QString path = parser.positionalArguments().constFirst();
    DesignReader reader;
    if (!DesignFile::load(path, &reader)) {
        err << DesignFile::describeError(path, reader) << Qt::endl;
        return InputError;
    }
    for (const DesignWarning &w : reader.warnings())
        err << tr("warning: %1").arg(w.toString()) << u'\n';
    err.flush();
    if (parser.isSet(output)) {
        QString error;
        if (!DesignFile::save(reader.schema(), parser.value(output), &error)) {
            err << error << Qt::endl;
            return OutputError;
        }
        return Success;
    }
    out.flush();
    const QByteArray bytes = DesignWriter::write(reader.schema());
    QFile stdOut;
    if (!stdOut.open(stdout, QIODevice::WriteOnly) || stdOut.write(bytes) != bytes.size()) {
        err << tr("Cannot write to standard output.") << Qt::endl;
        return OutputError;
    }
    return Success;
}
