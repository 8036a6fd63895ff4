#include "commandline.h"
#include "database/databaseaddress.h"
#include "mainwindow.h"

#include <QApplication>
#include <QFile>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QStyleFactory>
#include <QTranslator>

#include <cstdio>
#include <cstdlib>

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Schemata"));
    QCoreApplication::setApplicationName(QStringLiteral("schemata"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SCHEMATA_VERSION));
}

// Schemata's own strings and Qt's, in the language chosen in View > Language, else the
// system's.
void installTranslations(QCoreApplication &app)
{
    const QString chosen = QSettings().value(QStringLiteral("language")).toString();
    const QLocale locale = chosen.isEmpty() ? QLocale() : QLocale(chosen);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    // English needs a translation too: it holds the plural forms of "%n table(s)".
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("schemata"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || own->load(QStringLiteral(":/i18n/schemata_en.qm")))
        QCoreApplication::installTranslator(own);
}

// Qt ends the program with abort() when the window system it loads does not answer (a DISPLAY
// with no server behind it): while the application is built, that becomes a message and exit
// status 1 instead of a crash.
QtMessageHandler previousHandler = nullptr;

void refuseWindowlessStart(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    if (type != QtFatalMsg) {
        if (previousHandler)
            previousHandler(type, context, text);
        else
            std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, text)));
        return;
    }
    // Qt's own words here advise reinstalling; the warnings before them said what failed.
    Q_UNUSED(text);
    std::fprintf(stderr, "%s\n", qPrintable(CommandLine::windowFailed()));
    std::fflush(stderr);
    std::_Exit(CommandLine::UsageError);
}

} // namespace

int main(int argc, char *argv[])
{
    // Without TZ, glibc re-reads /etc/localtime on every local-time conversion (a stat and a
    // file read per date exported); naming it once keeps the zone it describes cached.
    if (qEnvironmentVariableIsEmpty("TZ") && QFile::exists(QStringLiteral("/etc/localtime")))
        qputenv("TZ", ":/etc/localtime");
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    if (CommandLine::drawsDiagram(arguments)) {
        // The diagram is drawn with the window's scene, off screen: no display is needed.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        setIdentity();
        installTranslations(app);
        return CommandLine::run(app.arguments());
    }
    if (CommandLine::isHeadless(arguments)) {
        QCoreApplication app(argc, argv);
        setIdentity();
        installTranslations(app);
        return CommandLine::run(app.arguments());
    }

    if (!CommandLine::windowUnavailable(arguments).isEmpty()) {
        QCoreApplication app(argc, argv); // for the translations
        setIdentity();
        installTranslations(app);
        std::fprintf(stderr, "%s", qPrintable(CommandLine::windowUnavailable(arguments)));
        return CommandLine::UsageError;
    }

    previousHandler = qInstallMessageHandler(refuseWindowlessStart);
    QApplication app(argc, argv);
    qInstallMessageHandler(previousHandler);
    setIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Schemata"));
    // The names the installed menu entry and icon have (resources/desktop), which Wayland
    // compositors match the window to.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.schemata.Schemata"));
    QApplication::setWindowIcon(
        QIcon(QStringLiteral(":/icons/app/io.github.schemata.Schemata.svg")));
    installTranslations(app);

    const QStringList files = app.arguments().mid(1);
    if (files.size() > 1 || (!files.isEmpty() && files.first().startsWith(u'-'))) {
        fprintf(stderr, "%s", qPrintable(CommandLine::usage()));
        return CommandLine::UsageError;
    }
    const QString theme = QSettings().value(QStringLiteral("view/theme")).toString();
    MainWindow window;
    if (theme == u"dark" || theme == u"light")
        window.setTheme(theme);
    window.show();
    if (window.offerRecovery())
        return app.exec();
    // The embedded default: the example design with its database of generated rows, made in
    // the user's data folder on first start. When nothing opens, the welcome page.
    bool opened = false;
    if (files.isEmpty())
        opened = window.openExample();
    else if (DatabaseAddress::namesDatabase(files.first()))
        opened = window.openDatabase(files.first());
    else
        opened = window.openFile(files.first());
    if (!opened)
        window.showWelcomePage();
    return app.exec();
}
