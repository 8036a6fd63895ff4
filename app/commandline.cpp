#include "commandline.h"

#include "commandtable.h"

#include "connection/passwordstore.h"
#include "standardoutput.h"
#include "version.h"

#include "analysis/designcheck.h"
#include "diff/designmatch.h"
#include "analysis/relationship.h"
#include "database/connection.h"
#include "database/passwordsources.h"
#include "database/schemaapplier.h"
#include "database/schemaimporter.h"
#include "ddl/ddlwriter.h"
#include "dialects/dialect.h"
#include "export/jsonexporter.h"
#include "export/jsonimporter.h"
#include "io/writeall.h"
#include "records/cloner.h"
#include "records/datagenerator.h"
#include "records/session.h"
#include "xml/designfile.h"
#include "xml/designwriter.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace {

QString relationshipKindKey(Relationship::Kind kind)
{
    switch (kind) {
    case Relationship::Kind::ManyToOne:
        return QStringLiteral("many-to-one");
    case Relationship::Kind::OneToOne:
        return QStringLiteral("one-to-one");
    case Relationship::Kind::SelfReferential:
        return QStringLiteral("self-referential");
    case Relationship::Kind::ManyToMany:
        return QStringLiteral("many-to-many");
    case Relationship::Kind::SelfManyToMany:
        return QStringLiteral("self-referential-many-to-many");
    case Relationship::Kind::JoinedInheritance:
        return QStringLiteral("joined-inheritance");
    case Relationship::Kind::SingleInheritance:
        return QStringLiteral("single-inheritance");
    }
    return {};
}

// --keychain, for every command that opens a database.

// Reads a password from the terminal without echoing it; empty when there is no terminal.
QString askPassword(const QString &prompt, QTextStream &err)
{
#ifdef Q_OS_UNIX
    if (!isatty(STDIN_FILENO))
        return {};
    err << prompt;
    err.flush();
    termios old {};
    tcgetattr(STDIN_FILENO, &old);
    termios silent = old;
    silent.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    QTextStream in(stdin);
    const QString password = in.readLine();
    tcsetattr(STDIN_FILENO, TCSANOW, &old);
    err << u'\n';
    err.flush();
    return password;
#else
    Q_UNUSED(prompt);
    Q_UNUSED(err);
    return {};
#endif
}

// A first argument that names neither a command nor something to open: not an option, no
// existing file, and nothing of a path or URL about it (no "/", "\\", "." or "://"), such
// as "frobnicate" or a command of a newer version.
bool isUnknownCommand(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString &first = arguments.at(1);
    return !first.startsWith(u'-') && !CommandTable::find(first) && !QFileInfo::exists(first)
        && !first.contains(u'/') && !first.contains(u'\\') && !first.contains(u'.');
}

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
    return CommandTable::usage();
}

bool CommandLine::isHeadless(const QStringList &arguments)
{
    return wantsHelpOrVersion(arguments)
        || (arguments.size() > 1 && CommandTable::find(arguments.at(1)))
        || (arguments.size() == 2 && CommandTable::generator(arguments.at(1)))
        || isUnknownCommand(arguments);
}

QString CommandLine::windowUnavailable(const QStringList &arguments)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    // The platform Qt will load: -platform NAME, else QT_QPA_PLATFORM (possibly a list of
    // choices, "wayland;xcb"), else its default, which needs an X or a Wayland server.
    QString platform = qEnvironmentVariable("QT_QPA_PLATFORM");
    bool x11 = !qEnvironmentVariableIsEmpty("DISPLAY");
    for (qsizetype i = 1; i + 1 < arguments.size(); ++i) {
        if (arguments.at(i) == u"-platform")
            platform = arguments.at(i + 1);
        else if (arguments.at(i) == u"-display")
            x11 = true;
    }
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    const bool wayland = !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        || (!runtime.isEmpty()
            && QFileInfo::exists(QDir(runtime).filePath(QStringLiteral("wayland-0"))));
    bool available = platform.trimmed().isEmpty() && (x11 || wayland);
    for (const QString &choice : platform.split(u';', Qt::SkipEmptyParts)) {
        const QString name = choice.section(u':', 0, 0).trimmed();
        if (name == u"xcb")
            available = available || x11;
        else if (name.startsWith(u"wayland"))
            available = available || wayland;
        else
            available = true; // offscreen, minimal, vnc, eglfs, linuxfb: no display server
    }
    if (!available)
        return tr("schemata: there is no display to open the window on (neither DISPLAY nor "
                  "WAYLAND_DISPLAY is set). Run it in a graphical session, or use a command "
                  "that needs no window:")
            + u'\n' + usage();
#else
    Q_UNUSED(arguments);
#endif
    return {};
}

QString CommandLine::windowFailed()
{
    return tr("schemata: the window cannot open: the window system did not answer. Run it in a "
              "graphical session, or use a command that needs no window (schemata --help lists "
              "them).");
}

int CommandLine::run(const QStringList &arguments)
{
    StandardOutput standardOutput;
    QTextStream out(&standardOutput);
    QTextStream err(stderr);
    const int code = runCommand(arguments, out, err);
    out.flush();
    if (standardOutput.finish() && out.status() == QTextStream::Ok)
        return code;
    // A lost report is the failure that counts, even of a command that failed otherwise.
    if (code != OutputError) // else the command said so itself
        err << tr("Cannot write to standard output: %1").arg(standardOutput.errorString())
            << Qt::endl;
    return OutputError;
}

int CommandLine::runCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (isUnknownCommand(arguments) && !wantsHelpOrVersion(arguments)) {
        err << tr("schemata: unknown command \"%1\"; the commands are %2.")
                   .arg(arguments.at(1), CommandTable::names().join(QStringLiteral(", ")))
            << u'\n'
            << tr("schemata --help explains them; schemata FILE opens a design or a database.")
            << Qt::endl;
        return UsageError;
    }
    if (arguments.size() > 1) {
        if (const CommandTable::Command *command = CommandTable::find(arguments.at(1))) {
            if (wantsHelpOrVersion(arguments)) {
                out << usage();
                return Success;
            }
            QStringList rest = arguments.mid(2);
            rest.prepend(arguments.first() + u' ' + arguments.at(1));
            return command->run(rest, out, err);
        }
        // The build makes the man page and the completion scripts so.
        if (arguments.size() == 2) {
            if (const auto generate = CommandTable::generator(arguments.at(1))) {
                out << generate();
                return Success;
            }
        }
    }
    for (const QString &a : arguments.mid(1)) {
        if (a == u"-v" || a == u"--version") {
            out << QCoreApplication::applicationName() << u' ' << Version::text() << Qt::endl;
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
    if (!parse(parser, arguments, 1, tr("check takes one design file."), err))
        return UsageError;
    const QString path = parser.positionalArguments().constFirst();
    DesignReader reader;
    if (!load(path, reader, err))
        return InputError;
    const Schema &schema = reader.schema();
    if (parser.isSet(json)) {
        QJsonArray warnings;
        for (const DesignWarning &w : reader.warnings()) {
            QJsonObject o {{QStringLiteral("message"), w.message}};
            if (w.line > 0)
                o.insert(QStringLiteral("line"), w.line);
            if (!w.table.isEmpty())
                o.insert(QStringLiteral("table"), w.table);
            if (!w.column.isEmpty())
                o.insert(QStringLiteral("column"), w.column);
            warnings.append(o);
        }
        QJsonArray relationships;
        for (const Relationship &r : findRelationships(schema)) {
            const Table *t = schema.table(r.table);
            const Table *target = schema.table(r.target);
            QJsonObject o {{QStringLiteral("kind"), relationshipKindKey(r.kind)},
                {QStringLiteral("table"), t ? t->name : QString()},
                {QStringLiteral("target"), target ? target->name : QString()},
                {QStringLiteral("description"), r.describe(schema)}};
            if (const Table *second = schema.table(r.secondTarget))
                o.insert(QStringLiteral("secondTarget"), second->name);
            relationships.append(o);
        }
        const QList<DesignProblem> found = DesignCheck::check(schema);
        QJsonArray problems;
        for (const DesignProblem &p : found) {
            QJsonObject o {{QStringLiteral("severity"),
                               p.isError() ? QStringLiteral("error") : QStringLiteral("warning")},
                {QStringLiteral("message"), p.message}};
            if (!p.table.isEmpty())
                o.insert(QStringLiteral("table"), p.table);
            if (!p.column.isEmpty())
                o.insert(QStringLiteral("column"), p.column);
            problems.append(o);
        }
        const QJsonObject result {
            {QStringLiteral("tables"), schema.tables().size()},
            {QStringLiteral("columns"), schema.columnCount()},
            {QStringLiteral("relations"), schema.foreignKeyCount()},
            {QStringLiteral("keys"), schema.keyCount()},
            {QStringLiteral("warnings"), warnings},
            {QStringLiteral("relationships"), relationships},
            {QStringLiteral("problems"), problems},
        };
        out << QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)) << u'\n';
        return hasErrors(found) ? DesignError : Success;
    }
    out << tr("%1: %n table(s)", nullptr, int(schema.tables().size())).arg(path)
        << QStringLiteral(", ") << tr("%n column(s)", nullptr, schema.columnCount())
        << QStringLiteral(", ") << tr("%n relation(s)", nullptr, schema.foreignKeyCount())
        << QStringLiteral(", ") << tr("%n key(s)", nullptr, schema.keyCount()) << u'\n';
    const QList<Relationship> relationships = findRelationships(schema);
    if (!relationships.isEmpty())
        out << tr("Relationships:") << u'\n';
    for (const Relationship &r : relationships)
        out << QStringLiteral("  ") << r.describe(schema) << u'\n';
    for (const DesignWarning &w : reader.warnings())
        out << tr("warning: %1").arg(w.toString()) << u'\n';
    if (!reader.warnings().isEmpty())
        out << tr("%n warning(s)", nullptr, int(reader.warnings().size())) << u'\n';
    const QList<DesignProblem> problems = DesignCheck::check(schema);
    for (const DesignProblem &p : problems)
        out << p.toString() << u'\n';
    if (!hasErrors(problems))
        return Success;
    out << tr("The design has errors; it cannot be applied to a database until they are "
              "fixed.")
        << u'\n';
    return DesignError;
}

int CommandLine::format(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
        tr("Write to OUT instead of standard output."), QStringLiteral("OUT"));
    parser.addOption(output);
    parser.addPositionalArgument(QStringLiteral("DESIGN.xml"), tr("The design to format."));
    if (!parse(parser, arguments, 1, tr("format takes one design file."), err))
        return UsageError;
    const QString path = parser.positionalArguments().constFirst();
    DesignReader reader;
    if (!load(path, reader, err))
        return InputError;
    for (const DesignWarning &w : reader.warnings())
        err << tr("warning: %1").arg(w.toString()) << u'\n';
    err.flush();
    return writeDesign(reader.schema(), parser.value(output), out, err);
}

int CommandLine::sql(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption dialectOption({QStringLiteral("d"), QStringLiteral("dialect")},
        tr("The database to write for: sqlite, postgresql or mysql (default sqlite)."),
        QStringLiteral("DIALECT"), QStringLiteral("sqlite"));
    parser.addOption(dialectOption);
    parser.addPositionalArgument(QStringLiteral("DESIGN.xml"), tr("The design."));
    if (!parse(parser, arguments, 1, tr("sql takes one design file."), err))
        return UsageError;
    const std::optional<SqlEngine> engine = sqlEngineFromName(parser.value(dialectOption));
    if (!engine) {
        err << tr("Unknown dialect \"%1\"; use sqlite, postgresql or mysql.")
                   .arg(parser.value(dialectOption))
            << Qt::endl;
        return UsageError;
    }
    const QString path = parser.positionalArguments().constFirst();
    DesignReader reader;
    if (!load(path, reader, err))
        return InputError;
    const DdlScript script = DdlWriter(Dialect::forEngine(*engine)).write(reader.schema());
    for (const DesignProblem &p : script.problems)
        err << p.toString() << u'\n';
    err.flush();
    if (!script.ok()) {
        err << tr("The design has errors; no SQL was written.") << Qt::endl;
        return DesignError;
    }
    out << script.text();
    return Success;
}

bool CommandLine::openDatabase(
    const QString &text, Connection &connection, bool create, bool keychain, QTextStream &err)
{
    QString error;
    std::optional<DatabaseAddress> address = DatabaseAddress::parse(text, &error);
    if (!address) {
        err << error << Qt::endl;
        return false;
    }
    const Connection::Mode mode
        = create ? Connection::Mode::CreateIfMissing : Connection::Mode::OpenExisting;
    // The password: the URL's, the environment's, the keychain's (only when asked for: it may
    // block or wait to be unlocked), and once, for a server that wants one nobody gave, the
    // terminal's.
    PasswordSources sources;
    if (keychain)
        sources.setKeychain(
            [](const DatabaseAddress &server) { return PasswordStore::read(server); });
    bool asked = false;
    sources.setPrompt([&asked, &err](const DatabaseAddress &server, PasswordSources::Source tried,
                          const QString &) -> std::optional<QString> {
        if (asked || tried != PasswordSources::Source::None)
            return std::nullopt;
        asked = true;
        const QString password
            = askPassword(tr("Password for %1: ").arg(server.displayName()), err);
        if (password.isEmpty())
            return std::nullopt;
        return password;
    });
    const auto open = [&connection, mode](const DatabaseAddress &server, QString *problem) {
        return connection.open(server, mode, problem);
    };
    if (sources.open(*address, open, &error))
        return true;
    err << error << Qt::endl;
    return false;
}

QCommandLineOption CommandLine::keychainOption()
{
    return QCommandLineOption(
        QStringLiteral("keychain"), tr("Also look for the password in the system keychain."));
}

int CommandLine::apply(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption replace(
        QStringLiteral("replace"), tr("Drop and recreate tables of the design that exist."));
    parser.addOptions({replace, keychainOption()});
    parser.addPositionalArgument(QStringLiteral("DESIGN.xml"), tr("The design."));
    parser.addPositionalArgument(
        QStringLiteral("DATABASE"), tr("An SQLite file (created when missing) or a URL."));
    if (!parse(parser, arguments, 2, tr("apply takes a design and a database."), err))
        return UsageError;
    // Design errors stop everything before a connection is even opened.
    std::optional<Schema> design;
    if (const int code = loadCheckedDesign(parser.positionalArguments().at(0), &design, err))
        return code;
    Connection connection;
    if (!openDatabase(parser.positionalArguments().at(1), connection, true,
            parser.isSet(keychainOption()), err))
        return DatabaseError;
    SchemaApplier applier(connection);
    applier.setReplaceExisting(parser.isSet(replace));
    const ApplyResult result = applier.apply(*design);
    for (const DesignProblem &p : result.problems)
        err << p.toString() << u'\n';
    if (!result.ok) {
        err << result.error << u'\n';
        if (!result.failedStatement.isEmpty())
            err << tr("The statement was:") << u'\n' << result.failedStatement << u'\n';
        err.flush();
        return hasErrors(result.problems) ? DesignError : DatabaseError;
    }
    if (!result.replacedTables.isEmpty())
        out << tr("Replaced %n table(s).", nullptr, int(result.replacedTables.size())) << u'\n';
    out << tr("Created %n table(s) in %1.", nullptr, int(result.createdTables.size()))
               .arg(connection.address().displayName())
        << u'\n';
    return Success;
}

int CommandLine::importDatabase(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
        tr("Write the design to OUT instead of standard output."), QStringLiteral("OUT"));
    const QCommandLineOption dialect(QStringLiteral("dialect"),
        tr("The database an SQL script was written for: sqlite, postgresql or mysql (default: "
           "guessed)."),
        QStringLiteral("D"));
    const QCommandLineOption keepGoing(QStringLiteral("keep-going"),
        tr("Write the design of what imported even when statements of the script failed."));
    const QCommandLineOption into(QStringLiteral("into"),
        tr("Update this design to the database's structure, keeping its layout."),
        QStringLiteral("DESIGN.xml"));
    parser.addOptions({output, dialect, keepGoing, into, keychainOption()});
    parser.addPositionalArgument(QStringLiteral("SOURCE"),
        tr("An SQLite file, a URL, an SQL script or a DBML file."));
    if (!parse(parser, arguments, 1, tr("import takes one database, SQL script or DBML file."),
            err))
        return UsageError;
    // What the file holds decides, more than its name.
    const QString source = parser.positionalArguments().constFirst();
    const bool script = !isDbmlFile(source) && importSourceOf(source) == ImportSource::SqlScript;
    if ((parser.isSet(dialect) || parser.isSet(keepGoing)) && !script) {
        err << tr("--dialect and --keep-going are for SQL scripts; %1 is not one.")
                   .arg(DatabaseAddress::redacted(source))
            << u'\n'
            << usage();
        return UsageError;
    }
    if (parser.isSet(into))
        return mergeIntoDesign(source, parser.value(into), parser.value(output),
            parser.isSet(keychainOption()), out, err);
    if (isDbmlFile(source))
        return importDbml(source, parser.value(output), out, err);
    if (script)
        return importScript(source, parser.value(dialect), parser.isSet(keepGoing),
            parser.value(output), out, err);
    Connection connection;
    if (!openDatabase(source, connection, false,
            parser.isSet(keychainOption()), err))
        return DatabaseError;
    const std::optional<Schema> schema = importedSchema(connection, err);
    if (!schema)
        return DatabaseError;
    return writeDesign(*schema, parser.value(output), out, err);
}

std::optional<Schema> CommandLine::importedSchema(Connection &connection, QTextStream &err)
{
    SchemaImporter importer(connection);
    QString error;
    const std::optional<Schema> schema = importer.import(&error);
    for (const QString &w : importer.warnings())
        err << tr("warning: %1").arg(w) << u'\n';
    if (!schema)
        err << error << u'\n';
    err.flush();
    return schema;
}

int CommandLine::fill(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption rowsOption(QStringLiteral("rows"),
        tr("Rows per table (N), or for one table (TABLE=N); repeatable."), QStringLiteral("N"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
        tr("The same seed gives the same rows (default 1)."), QStringLiteral("S"),
        QStringLiteral("1"));
    const QCommandLineOption tablesOption(QStringLiteral("tables"),
        tr("Fill only these tables, separated by commas."), QStringLiteral("A,B"));
    const QCommandLineOption designOption(QStringLiteral("design"),
        tr("The design the database was made from (for its inheritance)."),
        QStringLiteral("DESIGN.xml"));
    parser.addOptions({rowsOption, seedOption, tablesOption, designOption, keychainOption()});
    parser.addPositionalArgument(QStringLiteral("DATABASE"), tr("An SQLite file or a URL."));
    if (!parse(parser, arguments, 1, tr("fill takes one database."), err))
        return UsageError;
    const auto wrong = [&](const QString &message) {
        err << message << u'\n' << usage();
        return UsageError;
    };
    qint64 defaultRows = 100;
    QList<std::pair<QString, qint64>> tableRows;
    for (const QString &value : parser.values(rowsOption)) {
        const qsizetype equals = value.indexOf(u'=');
        bool ok = false;
        const qint64 rows = value.mid(equals + 1).trimmed().toLongLong(&ok);
        if (!ok || rows < 0 || equals == 0)
            return wrong(tr("--rows takes a number of rows or TABLE=N, not \"%1\".").arg(value));
        if (equals < 0)
            defaultRows = rows;
        else
            tableRows.append({value.left(equals).trimmed(), rows});
    }
    bool seedOk = false;
    const quint64 seed = parser.value(seedOption).toULongLong(&seedOk);
    if (!seedOk)
        return wrong(tr("--seed takes a whole number, not \"%1\".").arg(parser.value(seedOption)));
    QStringList tables;
    for (const QString &name : parser.value(tablesOption).split(u',', Qt::SkipEmptyParts)) {
        if (!name.trimmed().isEmpty())
            tables << name.trimmed();
    }
    if (parser.isSet(tablesOption) && tables.isEmpty())
        return wrong(tr("--tables takes table names separated by commas."));

    std::optional<Schema> design;
    if (parser.isSet(designOption)) {
        if (const int code = loadCheckedDesign(parser.value(designOption), &design, err))
            return code;
    }

    Connection connection;
    if (!openDatabase(parser.positionalArguments().constFirst(), connection, false,
            parser.isSet(keychainOption()), err))
        return DatabaseError;
    QString error;
    const std::optional<Schema> schema = databaseSchema(connection, design, err);
    if (!schema)
        return DatabaseError;
    DataGenerator generator(connection, *schema);
    generator.setDefaultRows(defaultRows);
    for (const auto &[table, rows] : std::as_const(tableRows))
        generator.setRows(table, rows);
    generator.setSeed(seed);
    generator.setTables(tables);
    if (!generator.fill(&error)) {
        err << error << Qt::endl;
        return DatabaseError;
    }
    const QHash<QString, qint64> inserted = generator.inserted();
    for (const QString &table : generator.filledTables())
        out << tr("%1: %n row(s)", nullptr, int(std::min<qint64>(inserted.value(table), INT_MAX)))
                   .arg(table)
            << u'\n';
    return Success;
}

bool CommandLine::parse(QCommandLineParser &parser, const QStringList &arguments, int positionals,
    const QString &wrongCount, QTextStream &err)
{
    if (parser.parse(arguments) && parser.positionalArguments().size() == positionals)
        return true;
    err << (parser.errorText().isEmpty() ? wrongCount : parser.errorText()) << u'\n' << usage();
    return false;
}

bool CommandLine::load(const QString &path, DesignReader &reader, QTextStream &err)
{
    if (DesignFile::load(path, &reader))
        return true;
    err << DesignFile::describeError(path, reader) << Qt::endl;
    return false;
}

int CommandLine::loadCheckedDesign(
    const QString &path, std::optional<Schema> *design, QTextStream &err)
{
    DesignReader reader;
    if (!load(path, reader, err))
        return InputError;
    const QList<DesignProblem> problems = DesignCheck::check(reader.schema());
    if (hasErrors(problems)) {
        for (const DesignProblem &p : problems)
            err << p.toString() << u'\n';
        err << tr("The design has errors; nothing was changed.") << Qt::endl;
        return DesignError;
    }
    *design = reader.schema();
    return Success;
}

int CommandLine::writeDesign(
    const Schema &schema, const QString &path, QTextStream &out, QTextStream &err)
{
    if (!path.isEmpty()) {
        QString error;
        if (!DesignFile::save(schema, path, &error)) {
            err << error << Qt::endl;
            return OutputError;
        }
        return Success;
    }
    out.flush();
    if (!writeAll(out.device(), DesignWriter::write(schema))) {
        err << tr("Cannot write to standard output: %1").arg(out.device()->errorString())
            << Qt::endl;
        return OutputError;
    }
    return Success;
}

int CommandLine::writeText(
    const QByteArray &bytes, const QString &path, QTextStream &out, QTextStream &err)
{
    if (path.isEmpty()) {
        out.flush();
        if (!writeAll(out.device(), bytes)) {
            err << tr("Cannot write to standard output: %1").arg(out.device()->errorString())
                << Qt::endl;
            return OutputError;
        }
        return Success;
    }
    QSaveFile file(path);
    // Unbuffered: a full disk is then reported with the system's reason (see writeAll()).
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered) || !writeAll(&file, bytes)
        || !file.commit()) {
        err << tr("Cannot write %1: %2").arg(path, file.errorString()) << Qt::endl;
        return OutputError;
    }
    return Success;
}

int CommandLine::exportText(const QStringList &arguments, const QString &wrongCount,
    QString (*write)(const Schema &), QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
        tr("Write to OUT instead of standard output."), QStringLiteral("OUT"));
    parser.addOption(output);
    parser.addPositionalArgument(QStringLiteral("DESIGN.xml"), tr("The design."));
    if (!parse(parser, arguments, 1, wrongCount, err))
        return UsageError;
    DesignReader reader;
    if (!load(parser.positionalArguments().constFirst(), reader, err))
        return InputError;
    for (const DesignWarning &w : reader.warnings())
        err << tr("warning: %1").arg(w.toString()) << u'\n';
    err.flush();
    return writeText(write(reader.schema()).toUtf8(), parser.value(output), out, err);
}

int CommandLine::clone(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption set(QStringLiteral("set"),
        tr("Give the copy this value (repeatable)."), QStringLiteral("column=value"));
    const QCommandLineOption deep(
        QStringLiteral("deep"), tr("Also copy the row's children and many-to-many links."));
    const QCommandLineOption depth(QStringLiteral("depth"),
        tr("How many levels of children a deep copy copies "
           "(default 1)."),
        QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption design(QStringLiteral("design"),
        tr("Use this design for inheritance (default: read the "
           "database)."),
        QStringLiteral("DESIGN.xml"));
    parser.addOptions({set, deep, depth, design, keychainOption()});
    parser.addPositionalArgument(QStringLiteral("DATABASE"), tr("An SQLite file or a URL."));
    parser.addPositionalArgument(QStringLiteral("TABLE"), tr("The table."));
    parser.addPositionalArgument(
        QStringLiteral("KEY"), tr("The row's primary key; a composite key as a,b."));
    if (!parse(parser, arguments, 3, tr("clone takes a database, a table and a key."), err))
        return UsageError;
    bool depthOk = false;
    const int levels = parser.value(depth).toInt(&depthOk);
    if (!depthOk || levels < 0) {
        err << tr("--depth takes a number of levels, 0 or more.") << Qt::endl;
        return UsageError;
    }
    CloneOptions options;
    options.deep = parser.isSet(deep);
    options.depth = levels;
    for (const QString &assignment : parser.values(set)) {
        const qsizetype equals = assignment.indexOf(u'=');
        if (equals <= 0) {
            err << tr("--set takes column=value, not \"%1\".").arg(assignment) << Qt::endl;
            return UsageError;
        }
        options.overrides.insert(assignment.left(equals), assignment.mid(equals + 1));
    }

    Connection connection;
    if (!openDatabase(parser.positionalArguments().at(0), connection, false,
            parser.isSet(keychainOption()), err))
        return DatabaseError;
    std::optional<Schema> designSchema;
    if (parser.isSet(design)) {
        DesignReader reader;
        if (!load(parser.value(design), reader, err))
            return InputError;
        designSchema = reader.schema();
    }
    const std::optional<Schema> schema = databaseSchema(connection, designSchema, err);
    if (!schema)
        return DatabaseError;
    Session session(connection, *schema);
    // A table as typed; `genre` finds `Genre` when no other table has that name in any case,
    // since SQLite and MariaDB take names so and people type them so.
    QString table = parser.positionalArguments().at(1);
    if (!schema->tableByName(table)) {
        QStringList matches;
        for (const Table &t : schema->tables()) {
            if (t.name.compare(table, Qt::CaseInsensitive) == 0)
                matches << t.name;
        }
        if (matches.size() == 1)
            table = matches.constFirst();
    }
    const QStringList keyColumns = session.keyColumns(table);
    if (keyColumns.isEmpty()) {
        err << (session.lastError().isEmpty()
                ? tr("\"%1\" has no primary key; its rows cannot be named.").arg(table)
                : session.lastError())
            << Qt::endl;
        return UsageError;
    }
    const QStringList parts = parser.positionalArguments().at(2).split(u',');
    if (parts.size() != keyColumns.size()) {
        err << tr("The key of \"%1\" is %2.").arg(table, keyColumns.join(QStringLiteral(", ")))
            << Qt::endl;
        return UsageError;
    }
    QVariantList key;
    for (const QString &part : parts)
        key << part;
    Cloner cloner(session);
    const std::optional<QVariantList> copy = cloner.clone(table, key, options);
    if (!copy) {
        err << cloner.error() << Qt::endl;
        return DatabaseError;
    }
    QStringList values;
    for (const QVariant &v : *copy)
        values << v.toString();
    out << values.join(u',') << u'\n';
    return Success;
}

int CommandLine::exportJson(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
        tr("Write to OUT instead of standard output."), QStringLiteral("OUT"));
    const QCommandLineOption tables(QStringLiteral("tables"),
        tr("Export only these tables, separated by commas."), QStringLiteral("A,B"));
    const QCommandLineOption pretty(QStringLiteral("pretty"), tr("Indent the JSON."));
    const QCommandLineOption blobs(QStringLiteral("blobs"),
        tr("How to write BLOBs: base64 (default), hex or skip."), QStringLiteral("MODE"),
        QStringLiteral("base64"));
    parser.addOptions({output, tables, pretty, blobs, keychainOption()});
    parser.addPositionalArgument(QStringLiteral("DATABASE"), tr("An SQLite file or a URL."));
    if (!parse(parser, arguments, 1, tr("export-json takes one database."), err))
        return UsageError;
    const QString mode = parser.value(blobs);
    if (mode != u"base64" && mode != u"hex" && mode != u"skip") {
        err << tr("--blobs takes base64, hex or skip.") << Qt::endl;
        return UsageError;
    }
    Connection connection;
    if (!openDatabase(parser.positionalArguments().constFirst(), connection, false,
            parser.isSet(keychainOption()), err))
        return DatabaseError;
    QString error;
    const std::optional<Schema> schema = SchemaImporter(connection).import(&error);
    if (!schema) {
        err << error << Qt::endl;
        return DatabaseError;
    }
    JsonExporter exporter(connection, *schema);
    if (parser.isSet(tables))
        exporter.setTables(parser.value(tables).split(u',', Qt::SkipEmptyParts));
    exporter.setPretty(parser.isSet(pretty));
    exporter.setBlobs(mode == u"hex" ? JsonExporter::Blobs::Hex
            : mode == u"skip"        ? JsonExporter::Blobs::Skip
                                     : JsonExporter::Blobs::Base64);
    bool ok = false;
    if (parser.isSet(output)) {
        ok = exporter.writeFile(parser.value(output), &error);
    } else {
        out.flush();
        ok = exporter.write(out.device(), &error);
        if (!ok && exporter.outputFailed())
            error = tr("Cannot write to standard output: %1").arg(out.device()->errorString());
    }
    for (const QString &w : exporter.warnings())
        err << tr("warning: %1").arg(w) << u'\n';
    if (!ok) {
        err << error << Qt::endl;
        return exporter.outputFailed() ? OutputError : DatabaseError;
    }
    return Success;
}

int CommandLine::importJson(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption blobs(QStringLiteral("blobs"),
        tr("How the BLOBs were written: base64 (default) or hex."), QStringLiteral("MODE"),
        QStringLiteral("base64"));
    const QCommandLineOption designOption(QStringLiteral("design"),
        tr("The design the database was made from."), QStringLiteral("DESIGN.xml"));
    parser.addOptions({blobs, designOption, keychainOption()});
    parser.addPositionalArgument(QStringLiteral("DATABASE"), tr("An SQLite file or a URL."));
    parser.addPositionalArgument(
        QStringLiteral("IN.json"), tr("What export-json wrote; - for standard input."));
    if (!parse(parser, arguments, 2, tr("import-json takes a database and a JSON file."), err))
        return UsageError;
    const QString mode = parser.value(blobs);
    if (mode != u"base64" && mode != u"hex") {
        err << tr("--blobs takes base64 or hex.") << Qt::endl;
        return UsageError;
    }
    std::optional<Schema> design;
    if (parser.isSet(designOption)) {
        if (const int code = loadCheckedDesign(parser.value(designOption), &design, err))
            return code;
    }
    // The file first: one that cannot be opened changes nothing and needs no password.
    const QString path = parser.positionalArguments().at(1);
    QFile file;
    const bool opened = path == u"-" ? file.open(stdin, QIODevice::ReadOnly)
                                     : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        err << tr("Cannot read %1: %2").arg(path, file.errorString()) << Qt::endl;
        return InputError;
    }
    Connection connection;
    if (!openDatabase(parser.positionalArguments().constFirst(), connection, false,
            parser.isSet(keychainOption()), err))
        return DatabaseError;
    const std::optional<Schema> schema = databaseSchema(connection, design, err);
    if (!schema)
        return DatabaseError;
    JsonImporter importer(connection, *schema);
    importer.setBlobs(mode == u"hex" ? JsonImporter::Blobs::Hex : JsonImporter::Blobs::Base64);
    QString error;
    if (!importer.read(&file, &error)) {
        err << error << Qt::endl;
        return importer.inputFailed() ? InputError : DatabaseError;
    }
    for (const auto &[table, rows] : importer.imported())
        out << tr("%1: %n row(s)", nullptr, int(std::min<qint64>(rows, INT_MAX))).arg(table)
            << u'\n';
    for (const QString &warning : importer.warnings())
        err << tr("warning: %1").arg(warning) << Qt::endl;
    return Success;
}

std::optional<Schema> CommandLine::databaseSchema(
    Connection &connection, const std::optional<Schema> &design, QTextStream &err)
{
    DesignMatch::Checked checked = DesignMatch::check(connection, design);
    const DesignMatch::Differences &differences = checked.differences;
    if (!differences.warning.isEmpty())
        err << tr("warning: %1").arg(differences.warning) << u'\n';
    if (!checked.readError.isEmpty()) {
        err << checked.readError << Qt::endl;
    } else if (!differences.isEmpty()) {
        err << tr("The design does not match %1. Migrating it to the design would:")
                   .arg(connection.address().displayName())
            << u'\n';
        for (const QString &line : differences.describe())
            err << QStringLiteral("  ") << line << u'\n';
        err << tr("Bring the database to the design first (schemata migrate DESIGN.xml "
                  "DATABASE), give the design it was made from, or leave out --design.")
            << Qt::endl;
    }
    return std::move(checked.schema);
}
