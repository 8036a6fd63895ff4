#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QTextStream;

// The commands of `schemata` as data: --help, the dispatch, the man page and the shell
// completion are all made from this table, so a command added here appears in each of them.
// The texts are source texts of the CommandLine translation context (QT_TRANSLATE_NOOP);
// CommandTable::text() translates them.
//
// A new command is an entry in commands() (commandtable.cpp) and a function
// `int (const QStringList &arguments, QTextStream &out, QTextStream &err)` that runs it; its
// options listed here are those the function's parser takes (tst_commanddocs checks that each
// is known to it). A new exit status is a value of CommandLine::ExitCode and an entry in
// exitStatuses().
namespace CommandTable {

// What the value of an option or a positional argument completes to in the shell.
enum class Completion {
    None, // a name, a number: nothing to offer
    Design, // a *.xml file
    Database, // an SQLite file (*.sqlite, *.sqlite3, *.db) or a URL
    Json, // a *.json file
    File, // any file
    Choice, // one of Option::choices
};

struct Option
{
    const char *names; // as in --help: "-o, --output"
    const char *value; // the value's placeholder ("OUT"), nullptr for a flag
    const char *description;
    Completion completion = Completion::None;
    const char *choices = nullptr; // with Completion::Choice: "sqlite postgresql mysql"
};

struct Command
{
    const char *name; // as typed: "check"
    // The whole command line after "schemata " for the usage and the man page's synopsis;
    // options in brackets, "..." after one that repeats.
    const char *synopsis;
    // The heading of the command in --help's list, often shorter: "fill DATABASE".
    const char *heading;
    const char *description; // one paragraph
    QList<Completion> arguments; // the positional arguments, in order
    QList<Option> options;
    int (*run)(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

struct ExitStatus
{
    int code;
    const char *meaning; // "the input cannot be read"
};

const QList<Command> &commands();
const Command *find(const QString &name);
QStringList names();
// The options every command takes or that stand alone (--help, --version).
const QList<Option> &globalOptions();
const QList<ExitStatus> &exitStatuses();
// The environment variables that give a server's password, and the server's kind.
struct Variable
{
    QString name; // "PGPASSWORD"
    QString engine; // "PostgreSQL"
};
QList<Variable> passwordVariables();

// A source text of the table translated in the CommandLine context.
QString text(const char *source);

// The texts made from the table (commandtext.cpp): `schemata --help`, translated; the man
// page schemata(1) in roff and the completion scripts for bash and zsh, in English, which the
// build makes by running `schemata --help-man`, `--help-bash` and `--help-zsh`.
QString usage();
QString manPage();
QString bashCompletion();
QString zshCompletion();
// Those three hidden options, or nullptr.
QString (*generator(const QString &option))();

} // namespace CommandTable
