#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

// The commands of `schemata` that run without a window: check, format, --help, --version.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum ExitCode { Success = 0, UsageError = 1, InputError = 2, OutputError = 3 };

    // True when `arguments` (argv) ask for something that runs without a window.
    static bool isHeadless(const QStringList &arguments);
    static int run(const QStringList &arguments);

    static QString usage();

private:
    static int check(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static int format(const QStringList &arguments, QTextStream &out, QTextStream &err);
};
