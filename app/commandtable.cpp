#include "commandtable.h"

#include "commandline.h"

#include "dialects/dialect.h"
#include "sql/sqlengine.h"

#include <QCoreApplication>
#include <QTextStream>

#include <algorithm>

namespace CommandTable {

namespace {

using C = Completion;

// --keychain, for every command that opens a database.
const Option Keychain {"--keychain", nullptr,
    QT_TRANSLATE_NOOP("CommandLine", "Also look for the password in the system keychain.")};
const Option DesignForInheritance {"--design", "DESIGN.xml",
    QT_TRANSLATE_NOOP(
        "CommandLine", "The design the database was made from (for its inheritance)."),
    C::Design};

} // namespace

const QList<Command> &commands()
{
    static const QList<Command> table {
        {"check", QT_TRANSLATE_NOOP("CommandLine", "DESIGN.xml [--json]"),
            QT_TRANSLATE_NOOP("CommandLine", "DESIGN.xml [--json]"),
            QT_TRANSLATE_NOOP("CommandLine",
                "Load a design; print its tables, columns, relations and keys, its "
                "relationships (one-to-many, many-to-many, inheritance, ...), every warning and "
                "every error that would stop it from becoming a database (then exit status 4). "
                "--json prints one JSON object instead."),
            {C::Design},
            {{"--json", nullptr, QT_TRANSLATE_NOOP("CommandLine", "Print one JSON object.")}},
            &CommandLine::check},
        {"format", QT_TRANSLATE_NOOP("CommandLine", "DESIGN.xml [-o OUT]"),
            QT_TRANSLATE_NOOP("CommandLine", "DESIGN.xml [-o OUT]"),
            QT_TRANSLATE_NOOP("CommandLine",
                "Load a design and save it without edits, in WWW SQL Designer's layout (to "
                "standard output without -o)."),
            {C::Design},
            {{"-o, --output", "OUT",
                QT_TRANSLATE_NOOP("CommandLine", "Write to OUT instead of standard output."),
                C::Design}},
            &CommandLine::format},
        {"sql", QT_TRANSLATE_NOOP("CommandLine", "DESIGN.xml [--dialect sqlite|postgresql|mysql]"),
            QT_TRANSLATE_NOOP("CommandLine", "DESIGN.xml [-d DIALECT]"),
            QT_TRANSLATE_NOOP("CommandLine",
                "Print the DDL that creates the design on sqlite (default), postgresql or "
                "mysql."),
            {C::Design},
            {{"-d, --dialect", "DIALECT",
                QT_TRANSLATE_NOOP("CommandLine",
                    "The database to write for: sqlite, postgresql or mysql (default sqlite)."),
                C::Choice, "sqlite postgresql mysql"}},
            &CommandLine::sql},
        {"export-dbml", QT_TRANSLATE_NOOP("CommandLine", "DESIGN.xml [-o OUT.dbml]"),
            QT_TRANSLATE_NOOP("CommandLine", "DESIGN.xml [-o OUT]"),
            QT_TRANSLATE_NOOP("CommandLine",
                "Write the design as DBML (dbdiagram.io's language): tables, columns with their "
                "settings, indexes, refs with their actions, enums, areas as TableGroups and "
                "notes; to standard output without -o. import reads it back."),
            {C::Design},
            {{"-o, --output", "OUT",
                QT_TRANSLATE_NOOP("CommandLine", "Write to OUT instead of standard output."),
                C::File}},
            &CommandLine::exportDbml},
        {"export-mermaid", QT_TRANSLATE_NOOP("CommandLine", "DESIGN.xml [-o OUT.mmd]"),
            QT_TRANSLATE_NOOP("CommandLine", "DESIGN.xml [-o OUT]"),
            QT_TRANSLATE_NOOP("CommandLine",
                "Write the design as a Mermaid erDiagram, as GitHub renders it: an entity per "
                "table, a relationship per foreign key with cardinalities from its keys and "
                "nullability; to standard output without -o."),
            {C::Design},
            {{"-o, --output", "OUT",
                QT_TRANSLATE_NOOP("CommandLine", "Write to OUT instead of standard output."),
                C::File}},
            &CommandLine::exportMermaid},
        {"apply", QT_TRANSLATE_NOOP("CommandLine", "DESIGN.xml DATABASE [--replace]"),
            QT_TRANSLATE_NOOP("CommandLine", "DESIGN.xml DATABASE"),
            QT_TRANSLATE_NOOP("CommandLine",
                "Create the design's tables in DATABASE, all or nothing. Existing tables of the "
                "same names are refused unless --replace is given."),
            {C::Design, C::Database},
            {{"--replace", nullptr,
                 QT_TRANSLATE_NOOP(
                     "CommandLine", "Drop and recreate tables of the design that exist.")},
                Keychain},
            &CommandLine::apply},
        {"import",
            QT_TRANSLATE_NOOP("CommandLine",
                "DATABASE|SCRIPT.sql|FILE.dbml [--dialect sqlite|postgresql|mysql] "
                "[--keep-going] [--into DESIGN.xml] [-o DESIGN.xml]"),
            QT_TRANSLATE_NOOP("CommandLine", "DATABASE|SCRIPT.sql|FILE.dbml [-o OUT]"),
            QT_TRANSLATE_NOOP("CommandLine",
                "Read an existing database, an SQL script (a schema file, a dump) or a DBML "
                "file into a design; which one is told by what it holds. A script's dialect is "
                "guessed unless --dialect gives it; every statement that is skipped (settings, "
                "data, views, routines) or fails is listed with its line, and when one fails no "
                "design is written (exit status 4) unless --keep-going. SQLite scripts run in an "
                "in-memory database that cannot reach files; MariaDB/MySQL scripts are parsed; "
                "PostgreSQL scripts are parsed with PostgreSQL's own grammar. New tables get grid "
                "positions. With --into DESIGN.xml and a database, update that design to the "
                "database's structure instead: new tables are placed next to their neighbours, "
                "dropped ones removed, changed columns updated, and everything else (positions, "
                "colours, comments, notes) kept; the changes are listed on standard error, and an "
                "unchanged database changes no byte of the design."),
            {C::File},
            {{"-o, --output", "OUT",
                 QT_TRANSLATE_NOOP(
                     "CommandLine", "Write the design to OUT instead of standard output."),
                 C::Design},
                {"--dialect", "D",
                    QT_TRANSLATE_NOOP("CommandLine",
                        "The database an SQL script was written for: sqlite, postgresql or "
                        "mysql (default: guessed)."),
                    C::Choice, "sqlite postgresql mysql"},
                {"--keep-going", nullptr,
                    QT_TRANSLATE_NOOP("CommandLine",
                        "Write the design of what imported even when statements of the script "
                        "failed.")},
                {"--into", "DESIGN.xml",
                    QT_TRANSLATE_NOOP("CommandLine",
                        "Update this design to the database's structure, keeping its layout."),
                    C::Design},
                Keychain},
            &CommandLine::importDatabase},
        {"fill",
            QT_TRANSLATE_NOOP("CommandLine",
                "DATABASE [--rows N|TABLE=N]... [--seed S] [--tables A,B] "
                "[--design DESIGN.xml]"),
            QT_TRANSLATE_NOOP("CommandLine", "DATABASE"),
            QT_TRANSLATE_NOOP("CommandLine",
                "Fill the tables with generated rows that keep types, sizes, keys, foreign keys, "
                "trees, many-to-many pairs and inheritance, all or nothing; prints the rows per "
                "table. --rows N per table (default 100), --rows TABLE=N for one (repeatable); "
                "--seed S (default 1: the same seed gives the same rows); --tables A,B fills "
                "only those, referencing their parents' rows; --design: the design the database "
                "was made from, for its inheritance."),
            {C::Database},
            {{"--rows", "N",
                 QT_TRANSLATE_NOOP(
                     "CommandLine", "Rows per table (N), or for one table (TABLE=N); repeatable.")},
                {"--seed", "S",
                    QT_TRANSLATE_NOOP(
                        "CommandLine", "The same seed gives the same rows (default 1).")},
                {"--tables", "A,B",
                    QT_TRANSLATE_NOOP(
                        "CommandLine", "Fill only these tables, separated by commas.")},
                DesignForInheritance, Keychain},
            &CommandLine::fill},
        {"clone",
            QT_TRANSLATE_NOOP("CommandLine",
                "DATABASE TABLE KEY [--set COLUMN=VALUE]... [--deep [--depth N]] "
                "[--design DESIGN.xml]"),
            QT_TRANSLATE_NOOP("CommandLine", "DATABASE TABLE KEY"),
            QT_TRANSLATE_NOOP("CommandLine",
                "Copy a row without its generated key and print the copy's key. KEY is the "
                "primary key (a,b when composite); --set gives a column of the copy a value "
                "(unique columns need one); --deep also copies the row's children (to --depth "
                "levels, default 1) and many-to-many links. All or nothing."),
            {C::Database, C::None, C::None},
            {{"--set", "column=value",
                 QT_TRANSLATE_NOOP("CommandLine", "Give the copy this value (repeatable).")},
                {"--deep", nullptr,
                    QT_TRANSLATE_NOOP(
                        "CommandLine", "Also copy the row's children and many-to-many links.")},
                {"--depth", "N",
                    QT_TRANSLATE_NOOP("CommandLine",
                        "How many levels of children a deep copy copies (default 1).")},
                {"--design", "DESIGN.xml",
                    QT_TRANSLATE_NOOP("CommandLine",
                        "Use this design for inheritance (default: read the database)."),
                    C::Design},
                Keychain},
            &CommandLine::clone},
        {"export-json",
            QT_TRANSLATE_NOOP("CommandLine",
                "DATABASE [-o OUT.json] [--tables A,B] [--pretty] "
                "[--blobs base64|hex|skip]"),
            QT_TRANSLATE_NOOP("CommandLine", "DATABASE"),
            QT_TRANSLATE_NOOP("CommandLine",
                "Write every table as JSON, {\"table\": [rows]}, parents first, one row per line "
                "(--pretty: indented), BLOBs as base64 (or hex, or left out); to standard output "
                "without -o."),
            {C::Database},
            {{"-o, --output", "OUT",
                 QT_TRANSLATE_NOOP("CommandLine", "Write to OUT instead of standard output."),
                 C::Json},
                {"--tables", "A,B",
                    QT_TRANSLATE_NOOP(
                        "CommandLine", "Export only these tables, separated by commas.")},
                {"--pretty", nullptr, QT_TRANSLATE_NOOP("CommandLine", "Indent the JSON.")},
                {"--blobs", "MODE",
                    QT_TRANSLATE_NOOP(
                        "CommandLine", "How to write BLOBs: base64 (default), hex or skip."),
                    C::Choice, "base64 hex skip"},
                Keychain},
            &CommandLine::exportJson},
        {"import-json",
            QT_TRANSLATE_NOOP(
                "CommandLine", "DATABASE IN.json [--blobs base64|hex] [--design DESIGN.xml]"),
            QT_TRANSLATE_NOOP("CommandLine", "DATABASE IN.json"),
            QT_TRANSLATE_NOOP("CommandLine",
                "Load what export-json wrote (- reads standard input) into a database with the "
                "same tables, all or nothing, keys as given; prints the rows per table. --blobs "
                "hex when the BLOBs were exported so; --design: the design the database was made "
                "from."),
            {C::Database, C::Json},
            {{"--blobs", "MODE",
                 QT_TRANSLATE_NOOP(
                     "CommandLine", "How the BLOBs were written: base64 (default) or hex."),
                 C::Choice, "base64 hex"},
                {"--design", "DESIGN.xml",
                    QT_TRANSLATE_NOOP("CommandLine", "The design the database was made from."),
                    C::Design},
                Keychain},
            &CommandLine::importJson},
        {"export-models",
            QT_TRANSLATE_NOOP("CommandLine",
                "DESIGN.xml [--style declarative|classical] [--factories] [-o OUT]"),
            QT_TRANSLATE_NOOP("CommandLine", "DESIGN.xml [-o OUT]"),
            QT_TRANSLATE_NOOP("CommandLine",
                "Write the design as a Python module of SQLAlchemy 1.4 models (to standard output "
                "without -o): declarative classes (default) or classical Table objects with "
                "imperative mappings, with the relationships the design's keys make (one-to-many, "
                "self-referential, many-to-many, joined- and single-table inheritance). Its "
                "create_all makes the tables apply makes, on SQLite, PostgreSQL and MariaDB."),
            {C::Design},
            {{"--style", "STYLE",
                 QT_TRANSLATE_NOOP("CommandLine",
                     "declarative (default): declarative_base classes; classical: Table objects "
                     "and registry.map_imperatively()."),
                 C::Choice, "declarative classical"},
                {"--factories", nullptr,
                    QT_TRANSLATE_NOOP("CommandLine",
                        "Add factory_boy factories for the models, parents first.")},
                {"-o, --output", "OUT",
                    QT_TRANSLATE_NOOP("CommandLine", "Write to OUT instead of standard output."),
                    C::File}},
            &CommandLine::exportModels},
        {"diff",
            QT_TRANSLATE_NOOP("CommandLine",
                "A B [--json | --sql | --alembic --revision ID [--down-revision ID] [-o OUT]] "
                "[--dialect sqlite|postgresql|mysql] [--rename-table OLD=NEW]... "
                "[--rename-column TABLE:OLD=NEW]... [--drop-unmanaged]"),
            QT_TRANSLATE_NOOP("CommandLine", "A B"),
            QT_TRANSLATE_NOOP("CommandLine",
                "Print the changes that turn A into B, each a design file or a database, one a "
                "line with its risk: safe, may-fail (on existing rows) or data-loss; exit status "
                "6 when there are any. Against a database, compares on its engine and leaves "
                "alone the tables the design lacks; two designs compare as written, or on "
                "--dialect's engine. Renames recorded in a design are renames; --rename-table and "
                "--rename-column pair others (a backslash escapes =, : and itself in names). "
                "--git PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE is git's external "
                "diff driver (diff.schemata.command), and always exits 0."),
            {C::File, C::File},
            {{"--json", nullptr, QT_TRANSLATE_NOOP("CommandLine", "Print one JSON object.")},
                {"--sql", nullptr,
                    QT_TRANSLATE_NOOP("CommandLine",
                        "Print the migration script that turns A into B (on the databases' "
                        "engine, or --dialect's).")},
                {"--alembic", nullptr,
                    QT_TRANSLATE_NOOP("CommandLine",
                        "Write an Alembic revision that turns design A into design B, and "
                        "back.")},
                {"--revision", "ID",
                    QT_TRANSLATE_NOOP("CommandLine", "The Alembic revision's id.")},
                {"--down-revision", "ID",
                    QT_TRANSLATE_NOOP("CommandLine", "The revision it follows (none: the first).")},
                {"-o, --output", "OUT",
                    QT_TRANSLATE_NOOP(
                        "CommandLine", "Write the revision to OUT instead of standard output."),
                    C::File},
                {"-d, --dialect", "DIALECT",
                    QT_TRANSLATE_NOOP("CommandLine",
                        "Compare what the schemas become on this database: sqlite, postgresql "
                        "or mysql."),
                    C::Choice, "sqlite postgresql mysql"},
                {"--rename-table", "OLD=NEW",
                    QT_TRANSLATE_NOOP(
                        "CommandLine", "Table OLD of A is table NEW of B (repeatable).")},
                {"--rename-column", "TABLE:OLD=NEW",
                    QT_TRANSLATE_NOOP("CommandLine",
                        "Column OLD of TABLE (B's name) is its column NEW (repeatable).")},
                {"--drop-unmanaged", nullptr,
                    QT_TRANSLATE_NOOP("CommandLine",
                        "Drop the tables of database A that design B does not have.")},
                {"--git", nullptr,
                    QT_TRANSLATE_NOOP("CommandLine",
                        "Run as git's external diff driver, on the 7 arguments git gives.")},
                Keychain},
            &CommandLine::diff},
        {"describe", QT_TRANSLATE_NOOP("CommandLine", "DESIGN.xml"),
            QT_TRANSLATE_NOOP("CommandLine", "DESIGN.xml"),
            QT_TRANSLATE_NOOP("CommandLine",
                "Print the design as sorted, canonical text: tables by name with their columns, "
                "keys and foreign keys, without positions or colours; for git's textconv "
                "(diff.schemata.textconv)."),
            {C::Design}, {}, &CommandLine::describe},
        {"export-docs",
            QT_TRANSLATE_NOOP("CommandLine",
                "DESIGN.xml|DATABASE [-o OUT.html|OUT.md] [--format html|markdown]"),
            QT_TRANSLATE_NOOP("CommandLine", "SOURCE [-o OUT]"),
            QT_TRANSLATE_NOOP("CommandLine",
                "Write a data dictionary of a design or a database: contents, the diagram, each "
                "table's columns (type, NULL, default, keys, comment), keys and indexes and "
                "relationships in and out, linked, and the problems check finds; from a "
                "database, row counts too. One self-contained HTML page, or Markdown with the "
                "diagram as an SVG file beside it."),
            {C::File},
            {{"-o, --output", "OUT",
                 QT_TRANSLATE_NOOP("CommandLine",
                     "Write to OUT (.html, or .md with the diagram beside it as .svg) instead of "
                     "standard output."),
                 C::File},
                {"--format", "FORMAT",
                    QT_TRANSLATE_NOOP(
                        "CommandLine", "html (default, or from OUT's extension) or markdown."),
                    C::Choice, "html markdown"},
                Keychain},
            &CommandLine::exportDocs},
        {"migrate",
            QT_TRANSLATE_NOOP("CommandLine",
                "DESIGN.xml DATABASE [--dry-run] [--allow-data-loss] [--drop-unmanaged] "
                "[--rename-table OLD=NEW]... [--rename-column TABLE:OLD=NEW]..."),
            QT_TRANSLATE_NOOP("CommandLine", "DESIGN.xml DATABASE"),
            QT_TRANSLATE_NOOP("CommandLine",
                "Bring the database to the design's structure, keeping every row of the columns "
                "it keeps: renames recorded in the design (or given with --rename-table and "
                "--rename-column) rename, tables the design lacks are left alone. Changes that "
                "may fail on the rows there are checked first; a failed check (or a change that "
                "destroys data, without --allow-data-loss) changes nothing and exits 7. "
                "SQLite and PostgreSQL migrate in one transaction; MariaDB step by step, "
                "reporting what ran. --dry-run prints the plan, the checks and the script (exit "
                "6 when something would change). Each migration is recorded in the table "
                "schemata_migrations."),
            {C::Design, C::Database},
            {{"--dry-run", nullptr,
                 QT_TRANSLATE_NOOP("CommandLine",
                     "Print the plan and the data checks with their results; change nothing.")},
                {"--allow-data-loss", nullptr,
                    QT_TRANSLATE_NOOP("CommandLine",
                        "Run changes that destroy data (dropped tables and columns, lossy type "
                        "changes).")},
                {"--drop-unmanaged", nullptr,
                    QT_TRANSLATE_NOOP("CommandLine", "Drop the tables the design does not have.")},
                {"--rename-table", "OLD=NEW",
                    QT_TRANSLATE_NOOP("CommandLine",
                        "Table OLD of the database is NEW of the design (a backslash escapes "
                        "= and itself).")},
                {"--rename-column", "TABLE:OLD=NEW",
                    QT_TRANSLATE_NOOP("CommandLine",
                        "Column OLD of TABLE is NEW (a backslash escapes :, = and itself).")},
                Keychain},
            &CommandLine::migrate},
        {"history", QT_TRANSLATE_NOOP("CommandLine", "DATABASE [--statements]"),
            QT_TRANSLATE_NOOP("CommandLine", "DATABASE"),
            QT_TRANSLATE_NOOP("CommandLine",
                "List the migrations recorded in the database: number, time (UTC), design file "
                "and the start of its SHA-256; --statements adds what each ran."),
            {C::Database},
            {{"--statements", nullptr,
                 QT_TRANSLATE_NOOP("CommandLine", "Print the statements each migration ran.")},
                Keychain},
            &CommandLine::history},
    };
    return table;
}

const Command *find(const QString &name)
{
    for (const Command &command : commands()) {
        if (name == QLatin1StringView(command.name))
            return &command;
    }
    return nullptr;
}

QStringList names()
{
    QStringList list;
    for (const Command &command : commands())
        list << QString::fromLatin1(command.name);
    return list;
}

const QList<Option> &globalOptions()
{
    static const QList<Option> options {
        {"--keychain", nullptr,
            QT_TRANSLATE_NOOP("CommandLine",
                "With a command that takes a DATABASE: also look for its password in the system "
                "keychain.")},
        {"-h, --help", nullptr, QT_TRANSLATE_NOOP("CommandLine", "Show this help.")},
        {"-v, --version", nullptr, QT_TRANSLATE_NOOP("CommandLine", "Show the version.")},
    };
    return options;
}

const QList<ExitStatus> &exitStatuses()
{
    static const QList<ExitStatus> statuses {
        {CommandLine::Success, QT_TRANSLATE_NOOP("CommandLine", "success")},
        {CommandLine::UsageError, QT_TRANSLATE_NOOP("CommandLine", "wrong usage")},
        {CommandLine::InputError, QT_TRANSLATE_NOOP("CommandLine", "the input cannot be read")},
        {CommandLine::OutputError,
            QT_TRANSLATE_NOOP("CommandLine", "the output cannot be written")},
        {CommandLine::DesignError,
            QT_TRANSLATE_NOOP("CommandLine", "the design has errors (nothing ran)")},
        {CommandLine::DatabaseError,
            QT_TRANSLATE_NOOP(
                "CommandLine", "the database cannot be reached or refused the change")},
        {CommandLine::Differences,
            QT_TRANSLATE_NOOP("CommandLine",
                "the two schemas differ (diff), or a dry run would change the database "
                "(migrate --dry-run)")},
        {CommandLine::DataRefused,
            QT_TRANSLATE_NOOP("CommandLine",
                "a data check failed, or a change destroys data and --allow-data-loss was not "
                "given; nothing was changed")},
    };
    return statuses;
}

QList<Variable> passwordVariables()
{
    QList<Variable> variables;
    for (const SqlEngine engine : allSqlEngines) {
        const QString name = Dialect::forEngine(engine).passwordVariable();
        if (!name.isEmpty())
            variables.append({name, sqlEngineTitle(engine)});
    }
    return variables;
}

QString text(const char *source)
{
    return QCoreApplication::translate("CommandLine", source);
}

} // namespace CommandTable
