#include "commandline.h"
#include "mainwindow.h"

#include <QApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QStyleFactory>
#include <QTranslator>

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

    if (CommandLine::isHeadless(arguments)) {
        QCoreApplication app(argc, argv);
        setIdentity();
        installTranslations(app);
        return CommandLine::run(app.arguments());
    }

    QApplication app(argc, argv);
    setIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Schemata"));
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
    if (!window.offerRecovery() && !files.isEmpty())
        window.openFile(files.first());
    return app.exec();
}
