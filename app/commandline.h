#pragma once

#include "diff/alembicwriter.h"
#include "diff/renamehints.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

class Connection;
class DesignReader;
class QCommandLineOption;
class QCommandLineParser;
class QTextStream;
class Schema;

// The commands of `schemata` that run without a window (the table in commandtable.cpp lists
// them), --help and --version. Each is a thin layer over the orm library.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum ExitCode {
        Success = 0,
        UsageError = 1,
        InputError = 2, // a file cannot be read
        OutputError = 3, // a file cannot be written
        DesignError = 4, // the design has errors; nothing ran
        DatabaseError = 5, // the database refused or cannot be reached
        Differences = 6, // the two schemas differ (diff), or a dry run would change something
        DataRefused = 7 // a data check failed, or data loss was not consented to; nothing ran
    };

    // True when `arguments` (argv) ask for something that runs without a window: a command,
    // --help, --version, or a first argument that can only be a mistyped command.
    static bool isHeadless(const QStringList &arguments);
    // Runs it, with standard output checked: when a byte of it did not arrive (a full disk,
    // "> /dev/full"), says why on standard error and returns OutputError.
    static int run(const QStringList &arguments);

    static QString usage();

    // Empty when the window can open; otherwise why not (no display to show it on), decided
    // from the environment and `arguments` before Qt tries, and aborts, without one.
    static QString windowUnavailable(const QStringList &arguments);
    // What is said when the window system does not answer after all (a display that is set
    // but has no server behind it).
    static QString windowFailed();

    // The commands, which CommandTable runs: `arguments` starts with "schemata NAME".
    static int check(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static int format(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static int sql(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static int apply(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static int importDatabase(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static int fill(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static int clone(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static int exportJson(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static int importJson(const QStringList &arguments, QTextStream &out, QTextStream &err);
    // commandmigrate.cpp
    static int migrate(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static int history(const QStringList &arguments, QTextStream &out, QTextStream &err);
    // diff and describe (commanddiff.cpp).
    static int diff(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static int describe(const QStringList &arguments, QTextStream &out, QTextStream &err);
    // export-docs (commanddocs.cpp).
    static int exportDocs(const QStringList &arguments, QTextStream &out, QTextStream &err);
    // True for a command that draws the diagram, and so needs a QApplication (on the offscreen
    // platform: no display is needed).
    static bool drawsDiagram(const QStringList &arguments);
    // Designs as text: commandexportdbml.cpp, commandexportmermaid.cpp.
    static int exportDbml(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static int exportMermaid(const QStringList &arguments, QTextStream &out, QTextStream &err);
    // export-models (commandmodels.cpp).
    static int exportModels(const QStringList &arguments, QTextStream &out, QTextStream &err);

private:
    // What `import` reads, told by content rather than by name (commandimportsql.cpp).
    enum class ImportSource { Database, SqlScript };
    static ImportSource importSourceOf(const QString &argument);
    // import SCRIPT.sql: `dialect` as given to --dialect (empty: guessed); with `keepGoing`, the
    // design of what imported is written even when some statements failed.
    static int importScript(const QString &path, const QString &dialect, bool keepGoing,
        const QString &output, QTextStream &out, QTextStream &err);
    // --keychain, for every command that opens a database.
    static QCommandLineOption keychainOption();
    // The --rename-table and --rename-column values; nullopt after saying which is malformed.
    // diff --alembic: the revision from oldDesign to newDesign, to `path` or standard output.
    static int writeAlembic(const Schema &oldDesign, const Schema &newDesign,
        const RenameHints &hints, const AlembicWriter::Revision &revision, const QString &path,
        QTextStream &out, QTextStream &err);
    static std::optional<RenameHints> renameHints(const QCommandLineParser &parser,
        const QCommandLineOption &tables, const QCommandLineOption &columns, QTextStream &err);
    static int runCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);
    // Parses a command's arguments; on a wrong count or option, says so with the usage.
    static bool parse(QCommandLineParser &parser, const QStringList &arguments, int positionals,
        const QString &wrongCount, QTextStream &err);
    static bool load(const QString &path, DesignReader &reader, QTextStream &err);
    // Reads a design and refuses one with errors (listing its problems): Success, or the
    // exit code to return.
    static int loadCheckedDesign(
        const QString &path, std::optional<Schema> *design, QTextStream &err);
    // The database read into a schema, its warnings said; nullopt after saying why not.
    static std::optional<Schema> importedSchema(Connection &connection, QTextStream &err);
    // import --into (commandmerge.cpp): the design `designPath` brought to the database's
    // structure, to `outputPath` or standard output, and what changed on standard error.
    static int mergeIntoDesign(const QString &databaseText, const QString &designPath,
        const QString &outputPath, bool keychain, QTextStream &out, QTextStream &err);
    // Saves atomically to `path`, or writes to standard output when it is empty.
    static int writeDesign(
        const Schema &schema, const QString &path, QTextStream &out, QTextStream &err);
    // Bytes saved atomically to `path` (QSaveFile), or written to standard output when it is
    // empty.
    static int writeText(
        const QByteArray &bytes, const QString &path, QTextStream &out, QTextStream &err);
    // export-dbml and export-mermaid: one design in, its text from `write` out (-o OUT).
    static int exportText(const QStringList &arguments, const QString &wrongCount,
        QString (*write)(const Schema &), QTextStream &out, QTextStream &err);
    // import of a DBML file (commandimportdbml.cpp): told apart from a database by its
    // extension or its first words.
    static bool isDbmlFile(const QString &path);
    static int importDbml(
        const QString &path, const QString &output, QTextStream &out, QTextStream &err);
    // The schema of an open database: read back from it, or `design` when given and migrating
    // the database to it would change nothing (the design adds inheritance). Prints why not,
    // change by change (DesignMatch::check decides, with SchemaDiff).
    static std::optional<Schema> databaseSchema(
        Connection &connection, const std::optional<Schema> &design, QTextStream &err);
    // Opens the database `text` names, its password from PasswordSources (the keychain only
    // with --keychain: `keychain`); false after printing why not.
    static bool openDatabase(const QString &text, Connection &connection, bool create,
        bool keychain, QTextStream &err);
};
