#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The man page and the shell completion that the build makes from the command table, checked
// against what the real `schemata` says in --help and accepts on its command line.
class tst_CommandDocs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void manPageListsTheCommandsOfHelp();
    void manPageListsEveryExitStatus();
    void manPageRendersWithoutWarnings();
    void buildWroteTheManPage();
    void bashOffersEveryCommand();
    void bashOffersOptionsTheCommandsAccept();
    void bashCompletesFilesByKind_data();
    void bashCompletesFilesByKind();
    void zshReadsItsScript();

private:
    static QString run(const QStringList &arguments, int *exitCode = nullptr);
    // Completes `line` as bash does after a Tab, in `folder`.
    QStringList bashComplete(const QString &line, const QString &folder = {});
    QString m_help;
    QString m_man;
    QStringList m_commands; // from --help
};

namespace {

const QString BashCompletion = u"/usr/share/bash-completion/bash_completion"_s;

// The first group of every match of `pattern` in `text`, a line at a time.
QStringList captures(const QString &pattern, const QString &text)
{
    QStringList found;
    const QRegularExpression expression(pattern, QRegularExpression::MultilineOption);
    for (const auto &match : expression.globalMatch(text))
        found << match.captured(1);
    return found;
}

// The commands of --help's "Commands:" list.
QStringList helpCommands(const QString &help)
{
    const qsizetype start = help.indexOf(u"\nCommands:\n"_s);
    const qsizetype end = help.indexOf(u"\n\n"_s, start + 1);
    return captures(u"^  ([a-z-]+) "_s, help.mid(start, end - start));
}

// The text of a section of the man page's source, up to the next .SH.
QString manSection(const QString &page, const QString &title)
{
    const qsizetype start = page.indexOf(u"\n.SH "_s + title + u'\n');
    if (start < 0)
        return {};
    const qsizetype end = page.indexOf(u"\n.SH "_s, start + 1);
    return page.mid(start, end < 0 ? -1 : end - start);
}

} // namespace

QString tst_CommandDocs::run(const QStringList &arguments, int *exitCode)
{
    QProcess process;
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(QStringLiteral(SCHEMATA_BINARY), arguments);
    if (!process.waitForFinished(30000))
        qFatal("schemata did not finish");
    if (exitCode)
        *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
}

QStringList tst_CommandDocs::bashComplete(const QString &line, const QString &folder)
{
    QProcess bash;
    if (!folder.isEmpty())
        bash.setWorkingDirectory(folder);
    // The script as the build wrote it, loaded the way bash-completion loads it.
    const QString script = uR"(source "$1"; source "$2"
        read -ra COMP_WORDS <<<"$3"
        [[ $3 == *" " ]] && COMP_WORDS+=("")
        COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); COMP_LINE=$3; COMP_POINT=${#3}
        _schemata
        printf '%s\n' "${COMPREPLY[@]}")"_s;
    bash.start(u"bash"_s,
        {u"-c"_s, script, u"bash"_s, BashCompletion,
            QStringLiteral(SCHEMATA_BUILD "/share/bash-completion/completions/schemata"), line});
    if (!bash.waitForFinished(30000))
        qFatal("bash did not finish");
    QStringList offered
        = QString::fromUtf8(bash.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    offered.sort();
    return offered;
}

void tst_CommandDocs::initTestCase()
{
    m_help = run({u"--help"_s});
    m_man = run({u"--help-man"_s});
    m_commands = helpCommands(m_help);
    QVERIFY2(m_commands.size() >= 9, qPrintable(m_help));
    QVERIFY(m_commands.contains(u"check"_s));
    QVERIFY2(QFile::exists(BashCompletion), "bash-completion is not installed (scripts/setup.sh)");
}

// The same commands, in the same order, in --help's usage, its list, and the man page's
// synopsis and COMMANDS section.
void tst_CommandDocs::manPageListsTheCommandsOfHelp()
{
    QCOMPARE(captures(u"^ +schemata ([a-z-]+) "_s, m_help), m_commands);
    QCOMPARE(captures(u"^\\.SY \"schemata ([a-z-]+)\"$"_s, manSection(m_man, u"SYNOPSIS"_s)),
        m_commands);
    QCOMPARE(captures(u"^\\.TP\\n\\\\fB([a-z-]+)\\\\fR "_s, manSection(m_man, u"COMMANDS"_s)),
        m_commands);
}

void tst_CommandDocs::manPageListsEveryExitStatus()
{
    const qsizetype start = m_help.indexOf(u"Exit status: "_s);
    QVERIFY(start >= 0);
    const QStringList inHelp = captures(u"(?:: |, )(\\d+) "_s, m_help.mid(start).simplified());
    const QStringList inMan = captures(u"^\\.B (\\d+)$"_s, manSection(m_man, u"EXIT STATUS"_s));
    QCOMPARE(inMan, inHelp);
    // Every code from 0 on, none left out.
    QVERIFY(inMan.size() >= 6);
    for (int i = 0; i < inMan.size(); ++i)
        QCOMPARE(inMan.at(i).toInt(), i);
}

void tst_CommandDocs::manPageRendersWithoutWarnings()
{
    QProcess man;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"MANWIDTH"_s, u"80"_s);
    man.setProcessEnvironment(environment);
    man.start(u"man"_s, {u"--warnings"_s, u"-l"_s, u"-"_s});
    QVERIFY2(man.waitForStarted(), "man is not installed (man-db, scripts/setup.sh)");
    man.write(m_man.toUtf8());
    man.closeWriteChannel();
    QVERIFY(man.waitForFinished(30000));
    QCOMPARE(man.exitCode(), 0);
    const QString warnings = QString::fromUtf8(man.readAllStandardError());
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings));
    const QString page = QString::fromUtf8(man.readAllStandardOutput());
    for (const QString &section : {u"NAME"_s, u"SYNOPSIS"_s, u"DESCRIPTION"_s, u"COMMANDS"_s,
             u"OPTIONS"_s, u"EXIT STATUS"_s, u"ENVIRONMENT"_s, u"FILES"_s, u"SEE ALSO"_s})
        QVERIFY2(page.contains(u'\n' + section + u'\n'), qPrintable(section));
    QVERIFY(page.contains(u"PGPASSWORD"_s));
    QVERIFY(page.contains(u"MYSQL_PWD"_s));
}

// What `cmake --install` installs is what the program says now.
void tst_CommandDocs::buildWroteTheManPage()
{
    QFile file(QStringLiteral(SCHEMATA_BUILD "/share/man/man1/schemata.1"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    QCOMPARE(QString::fromUtf8(file.readAll()), m_man);
    QFile bash(QStringLiteral(SCHEMATA_BUILD "/share/bash-completion/completions/schemata"));
    QVERIFY(bash.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(bash.readAll()), run({u"--help-bash"_s}));
}

void tst_CommandDocs::bashOffersEveryCommand()
{
    QTemporaryDir empty;
    QStringList commands = m_commands;
    commands.sort();
    QCOMPARE(bashComplete(u"schemata "_s, empty.path()), commands);
    QCOMPARE(
        bashComplete(u"schemata im"_s, empty.path()), QStringList({u"import"_s, u"import-json"_s}));
}

// Every option bash offers after a command is one the command takes: none of them is
// "Unknown option" to its parser.
void tst_CommandDocs::bashOffersOptionsTheCommandsAccept()
{
    for (const QString &command : std::as_const(m_commands)) {
        const QStringList options = bashComplete(u"schemata "_s + command + u" --"_s);
        QVERIFY2(options.contains(u"--help"_s), qPrintable(command));
        for (const QString &option : options) {
            const QString said = run({command, option});
            QVERIFY2(!said.contains(u"Unknown option"_s),
                qPrintable(command + u' ' + option + u": "_s + said));
        }
    }
    QVERIFY(bashComplete(u"schemata check --"_s).contains(u"--json"_s));
    QVERIFY(bashComplete(u"schemata clone x t 1 --"_s).contains(u"--deep"_s));
}

void tst_CommandDocs::bashCompletesFilesByKind_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QStringList>("offered");
    QTest::newRow("a design") << u"schemata check "_s << QStringList {u"a.xml"_s, u"sub"_s};
    QTest::newRow("a database after the design")
        << u"schemata apply a.xml "_s << QStringList {u"b.sqlite"_s, u"c.db"_s, u"sub"_s};
    QTest::newRow("past an option's value")
        << u"schemata sql -d mysql "_s << QStringList {u"a.xml"_s, u"sub"_s};
    QTest::newRow("a JSON file") << u"schemata import-json b.sqlite "_s
                                 << QStringList {u"d.json"_s, u"sub"_s};
    QTest::newRow("a choice") << u"schemata sql a.xml --dialect p"_s
                              << QStringList {u"postgresql"_s};
    QTest::newRow("a choice after =") << u"schemata export-json b.sqlite --blobs="_s
                                      << QStringList {u"base64"_s, u"hex"_s, u"skip"_s};
    QTest::newRow("no more arguments") << u"schemata check a.xml "_s << QStringList();
    QTest::newRow("a file to open")
        << u"schemata "_s
        << QStringList {u"a.xml"_s, u"apply"_s, u"b.sqlite"_s, u"c.db"_s, u"check"_s, u"clone"_s,
               u"describe"_s, u"diff"_s, u"export-dbml"_s, u"export-docs"_s, u"export-json"_s,
               u"export-mermaid"_s, u"export-models"_s, u"fill"_s, u"format"_s, u"history"_s,
               u"import"_s, u"import-json"_s, u"migrate"_s, u"sql"_s, u"sub"_s};
}

void tst_CommandDocs::bashCompletesFilesByKind()
{
    QFETCH(QString, line);
    QFETCH(QStringList, offered);
    QTemporaryDir folder;
    for (const QString &name : {u"a.xml"_s, u"b.sqlite"_s, u"c.db"_s, u"d.json"_s, u"e.txt"_s}) {
        QFile file(folder.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    QVERIFY(QDir(folder.path()).mkdir(u"sub"_s));
    QCOMPARE(bashComplete(line, folder.path()), offered);
}

void tst_CommandDocs::zshReadsItsScript()
{
    const QString script = run({u"--help-zsh"_s});
    for (const QString &command : std::as_const(m_commands)) {
        QVERIFY2(script.contains(u"\n    '"_s + command + u':'), qPrintable(command));
        QVERIFY2(script.contains(u"\n    "_s + command + u")\n"_s), qPrintable(command));
    }
    QTemporaryDir folder;
    QFile file(folder.filePath(u"_schemata"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(script.toUtf8());
    file.close();
    QProcess zsh;
    zsh.start(u"zsh"_s, {u"-n"_s, file.fileName()});
    QVERIFY2(zsh.waitForStarted(), "zsh is not installed (scripts/setup.sh)");
    QVERIFY(zsh.waitForFinished(30000));
    QCOMPARE(zsh.readAllStandardError(), QByteArray());
    QCOMPARE(zsh.exitCode(), 0);
}

QTEST_GUILESS_MAIN(tst_CommandDocs)
#include "tst_commanddocs.moc"
