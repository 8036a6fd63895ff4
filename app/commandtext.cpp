// The texts made from the command table: --help, the man page, the completion scripts.
#include "commandtable.h"

#include <QCoreApplication>

namespace CommandTable {

namespace {

constexpr qsizetype Width = 79; // --help's lines, for an 80-column terminal
constexpr qsizetype DescriptionColumn = 30; // where --help's descriptions start

const char *const Summary = QT_TRANSLATE_NOOP("CommandLine",
    "Design relational schemas in the file format of WWW SQL Designer, map them to SQLite, "
    "PostgreSQL and MariaDB, and browse their data.");
const char *const WithoutCommand = QT_TRANSLATE_NOOP("CommandLine",
    "Without a command, opens FILE in the window: a design, or a database (an SQLite file or a "
    "URL).");
const char *const DatabaseNote = QT_TRANSLATE_NOOP("CommandLine",
    "DATABASE is an SQLite file, or a URL postgresql://user@host:port/database or "
    "mysql://user@host:port/database (also MariaDB). The password comes from the URL, else from "
    "PGPASSWORD or MYSQL_PWD, else (with --keychain) from the system keychain, else it is asked "
    "for.");
const char *const PasswordVariable
    = QT_TRANSLATE_NOOP("CommandLine", "The password for a %1 server whose URL has none.");

// Splits at spaces, but not inside brackets: "[--deep [--depth N]]" stays one word.
QStringList words(const QString &text)
{
    QStringList result;
    QString word;
    int depth = 0;
    for (const QChar c : text) {
        if (c == u'[')
            ++depth;
        else if (c == u']')
            --depth;
        if (c == u' ' && depth <= 0) {
            if (!word.isEmpty())
                result << word;
            word.clear();
        } else {
            word += c;
        }
    }
    if (!word.isEmpty())
        result << word;
    return result;
}

// `prefix` and then `text`, broken into lines of at most Width columns where it can be;
// the lines after the first start at `indent`. Ends with a newline.
QString wrap(const QString &prefix, const QString &text, qsizetype indent)
{
    QString result;
    QString line = prefix;
    bool empty = true;
    for (const QString &word : words(text)) {
        if (!empty && line.size() + 1 + word.size() > Width) {
            result += line + u'\n';
            line = QString(indent, u' ');
            empty = true;
        }
        if (!empty)
            line += u' ';
        line += word;
        empty = false;
    }
    return result + line + u'\n';
}

// "  check DESIGN.xml [--json]   Load a design; ...": the description beside its heading, or
// on the next lines when the heading is too long.
QString entry(const QString &heading, const QString &description)
{
    const QString first = QStringLiteral("  ") + heading;
    if (first.size() + 2 <= DescriptionColumn)
        return wrap(first.leftJustified(DescriptionColumn), description, DescriptionColumn);
    return first + u'\n' + wrap(QString(DescriptionColumn, u' '), description, DescriptionColumn);
}

QString optionHeading(const Option &option)
{
    QString heading = QString::fromLatin1(option.names);
    if (option.value)
        heading += u' ' + QString::fromLatin1(option.value);
    return heading;
}

// The texts of the man page are the table's source texts, so the page is the same whatever
// the locale the build runs in.
QString source(const char *text)
{
    return QString::fromUtf8(text);
}

// Roff: a backslash is printed as \e, a minus sign (of an option) is \-, and a line must not
// start with a control character.
QString roff(const QString &text, bool minus = false)
{
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\e"));
    if (minus)
        escaped.replace(u'-', QStringLiteral("\\-"));
    if (escaped.startsWith(u'.') || escaped.startsWith(u'\''))
        escaped.prepend(QStringLiteral("\\&"));
    return escaped;
}

// A synopsis in roff: options bold, the rest as it is.
QString roffSynopsis(const QString &synopsis)
{
    QStringList parts;
    for (const QString &word : synopsis.split(u' '))
        parts << (word.startsWith(u'-') || word.startsWith(QStringLiteral("[-")) ? roff(word, true)
                                                                                 : roff(word));
    return parts.join(u' ');
}

// A tag of a .TP paragraph, on one line: "\fB\-o, \-\-output\fR \fIOUT\fR".
QString roffOption(const Option &option)
{
    QString text
        = QStringLiteral(".TP\n\\fB") + roff(source(option.names), true) + QStringLiteral("\\fR");
    if (option.value)
        text += QStringLiteral(" \\fI") + roff(source(option.value)) + QStringLiteral("\\fR");
    return text + u'\n' + roff(source(option.description)) + u'\n';
}

// The extensions of the files a kind of argument completes to, as "xml|json": the one list
// both shells' scripts are made from.
QString extensions(Completion kind)
{
    switch (kind) {
    case Completion::Design:
        return QStringLiteral("xml");
    case Completion::Database:
        return QStringLiteral("sqlite|sqlite3|db");
    case Completion::Json:
        return QStringLiteral("json");
    case Completion::File:
    case Completion::None:
    case Completion::Choice:
        break;
    }
    return {};
}

// What the file argument of this kind runs in bash: nothing (":") when it is no file.
QString bashFiles(Completion kind)
{
    if (kind == Completion::None || kind == Completion::Choice)
        return QStringLiteral(":");
    if (kind == Completion::File)
        return QStringLiteral("_filedir");
    return QStringLiteral("_filedir '@(") + extensions(kind) + QStringLiteral(")'");
}

QString zshAction(Completion kind, const char *choices)
{
    if (kind == Completion::None)
        return QStringLiteral(" ");
    if (kind == Completion::Choice)
        return u'(' + QString::fromLatin1(choices) + u')';
    if (kind == Completion::File)
        return QStringLiteral("_files");
    return QStringLiteral("_files -g \"*.(") + extensions(kind) + QStringLiteral(")(-.)\"");
}

// Without a command: a design or a database to open.
QString openableExtensions()
{
    return extensions(Completion::Design) + u'|' + extensions(Completion::Database);
}

// For a single-quoted shell word.
QString quoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + escaped + u'\'';
}

QStringList optionNames(const Option &option)
{
    return QString::fromLatin1(option.names).split(QStringLiteral(", "));
}

} // namespace

QString usage()
{
    const QString usageWord = text(QT_TRANSLATE_NOOP("CommandLine", "Usage:"));
    const QString indent(usageWord.size() + 1, u' ');
    QString help = usageWord + QStringLiteral(" schemata ")
        + text(QT_TRANSLATE_NOOP("CommandLine", "[FILE]")) + u'\n';
    for (const Command &command : commands()) {
        const QString prefix
            = indent + QStringLiteral("schemata ") + QString::fromLatin1(command.name) + u' ';
        help += wrap(prefix, text(command.synopsis), prefix.size());
    }
    help += u'\n' + wrap(QString(), text(Summary), 0) + u'\n'
        + wrap(QString(), text(WithoutCommand), 0) + u'\n'
        + text(QT_TRANSLATE_NOOP("CommandLine", "Commands:")) + u'\n';
    for (const Command &command : commands())
        help += entry(QString::fromLatin1(command.name) + u' ' + text(command.heading),
            text(command.description));
    help += u'\n' + wrap(QString(), text(DatabaseNote), 0) + u'\n'
        + text(QT_TRANSLATE_NOOP("CommandLine", "Options:")) + u'\n';
    for (const Option &option : globalOptions())
        help += entry(optionHeading(option), text(option.description));
    QStringList statuses;
    for (const ExitStatus &status : exitStatuses())
        statuses << QString::number(status.code) + u' ' + text(status.meaning);
    help += u'\n'
        + wrap(text(QT_TRANSLATE_NOOP("CommandLine", "Exit status:")) + u' ',
            statuses.join(QStringLiteral(", ")) + u'.', 0);
    return help;
}

QString manPage()
{
    QString page = QStringLiteral(
        ".\\\" The man page of schemata, made by `schemata --help-man` from its command table.\n"
        ".TH SCHEMATA 1 \"\" \"Schemata " SCHEMATA_VERSION "\" \"User Commands\"\n"
        ".nh\n"
        ".ad l\n"
        ".SH NAME\n"
        "schemata \\- design relational schemas and browse their data\n"
        ".SH SYNOPSIS\n"
        ".SY schemata\n"
        ".RI [ FILE ]\n"
        ".YS\n");
    for (const Command &command : commands())
        page += QStringLiteral(".SY \"schemata ") + QString::fromLatin1(command.name)
            + QStringLiteral("\"\n") + roffSynopsis(source(command.synopsis))
            + QStringLiteral("\n.YS\n");
    page += QStringLiteral(".SH DESCRIPTION\n") + roff(source(Summary)) + QStringLiteral("\n.PP\n")
        + roff(source(WithoutCommand)) + QStringLiteral("\n.PP\n") + roff(source(DatabaseNote))
        + QStringLiteral("\n.SH COMMANDS\n");
    for (const Command &command : commands()) {
        page += QStringLiteral(".TP\n\\fB") + QString::fromLatin1(command.name)
            + QStringLiteral("\\fR ") + roffSynopsis(source(command.synopsis)) + u'\n'
            + roff(source(command.description)) + u'\n';
        if (!command.options.isEmpty()) {
            page += QStringLiteral(".RS\n");
            for (const Option &option : command.options)
                page += roffOption(option);
            page += QStringLiteral(".RE\n");
        }
    }
    page += QStringLiteral(".SH OPTIONS\n");
    for (const Option &option : globalOptions())
        page += roffOption(option);
    page += QStringLiteral(".SH EXIT STATUS\n");
    for (const ExitStatus &status : exitStatuses())
        page += QStringLiteral(".TP\n.B ") + QString::number(status.code) + u'\n'
            + roff(source(status.meaning)) + u'\n';
    page += QStringLiteral(".SH ENVIRONMENT\n");
    for (const Variable &variable : passwordVariables())
        page += QStringLiteral(".TP\n.B ") + variable.name + u'\n'
            + roff(source(PasswordVariable).arg(variable.engine)) + u'\n';
    page += QStringLiteral(
        ".TP\n.BR LANGUAGE \", \" LC_ALL \", \" LC_MESSAGES \", \" LANG\n"
        "The language of the messages, unless one is chosen in the window (View > Language).\n"
        ".SH FILES\n"
        ".TP\n.I ~/.config/Schemata/schemata.conf\n"
        "The settings (recent files, language, theme and the like).\n"
        ".TP\n.I ~/.local/share/Schemata/schemata/\n"
        "The example database made on the first start, and the recovery copies of unsaved "
        "designs.\n"
        ".TP\n.I " SCHEMATA_DATADIR "/schemata/examples/\n"
        "The example design.\n"
        ".SH SEE ALSO\n"
        ".BR sqlite3 (1),\n.BR psql (1),\n.BR mariadb (1)\n");
    return page;
}

QString bashCompletion()
{
    QString script = QStringLiteral(
        "# bash completion for schemata(1), made by `schemata --help-bash` from its command "
        "table.\n"
        "_schemata()\n"
        "{\n"
        "    local cur prev words cword split\n"
        "    _init_completion -s || return\n"
        "\n"
        "    local command= i\n"
        "    for ((i = 1; i < cword; i++)); do\n"
        "        if [[ ${words[i]} != -* ]]; then\n"
        "            command=${words[i]}\n"
        "            break\n"
        "        fi\n"
        "    done\n"
        "\n"
        "    local options valued arguments\n"
        "    case $command in\n"
        "    '')\n"
        "        if [[ $cur == -* ]]; then\n");
    QStringList global;
    for (const Option &option : globalOptions())
        global << optionNames(option);
    script += QStringLiteral("            COMPREPLY=($(compgen -W ") + quoted(global.join(u' '))
        + QStringLiteral(" -- \"$cur\"))\n"
                         "        else\n"
                         "            COMPREPLY=($(compgen -W ")
        + quoted(names().join(u' '))
        + QStringLiteral(" -- \"$cur\"))\n"
                         "            _filedir '@(")
        + openableExtensions()
        + QStringLiteral(")'\n"
                         "        fi\n"
                         "        return\n"
                         "        ;;\n");
    for (const Command &command : commands()) {
        QStringList options;
        QStringList valued;
        QString values;
        for (const Option &option : command.options) {
            options << optionNames(option);
            if (!option.value)
                continue;
            valued << optionNames(option);
            const QString pattern = optionNames(option).join(u'|');
            values += QStringLiteral("        ") + pattern + QStringLiteral(")\n            ")
                + (option.completion == Completion::Choice
                        ? QStringLiteral("COMPREPLY=($(compgen -W ")
                            + quoted(QString::fromLatin1(option.choices))
                            + QStringLiteral(" -- \"$cur\"))")
                        : bashFiles(option.completion))
                + QStringLiteral("\n            return\n            ;;\n");
        }
        options << QStringLiteral("--help");
        QStringList arguments;
        for (const Completion kind : command.arguments)
            arguments << quoted(bashFiles(kind));
        script += QStringLiteral("    ") + QString::fromLatin1(command.name)
            + QStringLiteral(")\n        options=") + quoted(options.join(u' '))
            + QStringLiteral("\n        valued=")
            + quoted(QStringLiteral("@(") + valued.join(u'|') + u')')
            + QStringLiteral("\n        arguments=(") + arguments.join(u' ')
            + QStringLiteral(")\n");
        if (!values.isEmpty())
            script += QStringLiteral("        case $prev in\n") + values
                + QStringLiteral("        esac\n");
        script += QStringLiteral("        ;;\n");
    }
    script += QStringLiteral(
        "    *)\n"
        "        _filedir\n"
        "        return\n"
        "        ;;\n"
        "    esac\n"
        "    $split && return\n"
        "\n"
        "    if [[ $cur == -* ]]; then\n"
        "        COMPREPLY=($(compgen -W \"$options\" -- \"$cur\"))\n"
        "        return\n"
        "    fi\n"
        "    # Which argument this is: those before it, leaving out options and their values.\n"
        "    local n=0\n"
        "    for ((i = i + 1; i < cword; i++)); do\n"
        "        if [[ ${words[i]} == -* ]]; then\n"
        "            [[ ${words[i]} == $valued && ${words[i]} != *=* ]] && ((i++))\n"
        "        else\n"
        "            ((n++))\n"
        "        fi\n"
        "    done\n"
        "    ((n < ${#arguments[@]})) && eval \"${arguments[n]}\"\n"
        "} &&\n"
        "    complete -F _schemata schemata\n");
    return script;
}

QString zshCompletion()
{
    QString script = QStringLiteral(
        "#compdef schemata\n"
        "# zsh completion for schemata(1), made by `schemata --help-zsh` from its command "
        "table.\n"
        "\n"
        "local -a commands\n"
        "commands=(\n");
    for (const Command &command : commands()) {
        // The first sentence or clause: "Load a design".
        QString description = source(command.description);
        for (const QString &end : {QStringLiteral(". "), QStringLiteral("; ")}) {
            if (const qsizetype at = description.indexOf(end); at > 0)
                description.truncate(at);
        }
        if (description.endsWith(u'.'))
            description.chop(1);
        script += QStringLiteral("    ")
            + quoted(QString::fromLatin1(command.name) + u':' + description) + u'\n';
    }
    script += QStringLiteral(")\n"
                             "if (( CURRENT == 2 )); then\n"
                             "    _describe -t commands command commands\n"
                             "    _files -g '*.(")
        + openableExtensions()
        + QStringLiteral(")(-.)'\n"
                         "    return\n"
                         "fi\n"
                         "local command=$words[2]\n"
                         "shift words\n"
                         "(( CURRENT-- ))\n"
                         "case $command in\n");
    for (const Command &command : commands()) {
        script += QStringLiteral("    ") + QString::fromLatin1(command.name)
            + QStringLiteral(")\n        _arguments -s");
        for (const Option &option : command.options) {
            QString explanation = source(option.description);
            explanation.replace(u'[', QStringLiteral("\\[")).replace(u']', QStringLiteral("\\]"));
            for (const QString &name : optionNames(option)) {
                QString spec = u'*' + name;
                if (option.value && name.startsWith(QStringLiteral("--")))
                    spec += u'=';
                spec += u'[' + explanation + u']';
                if (option.value)
                    spec += u':' + QString::fromLatin1(option.value) + u':'
                        + zshAction(option.completion, option.choices);
                script += QStringLiteral(" \\\n            ") + quoted(spec);
            }
        }
        for (const Completion kind : command.arguments)
            script += QStringLiteral(" \\\n            ")
                + quoted(QStringLiteral(":argument:") + zshAction(kind, nullptr));
        script += QStringLiteral("\n        ;;\n");
    }
    script += QStringLiteral("esac\n");
    return script;
}

QString (*generator(const QString &option))()
{
    if (option == u"--help-man")
        return &manPage;
    if (option == u"--help-bash")
        return &bashCompletion;
    if (option == u"--help-zsh")
        return &zshCompletion;
    return nullptr;
}

} // namespace CommandTable
