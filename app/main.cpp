#include "commandline.h"
#include "mainwindow.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Schemata"));
    QCoreApplication::setApplicationName(QStringLiteral("schemata"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SCHEMATA_VERSION));
}

// Schemata's own strings and Qt's, in the language of the system locale.
void installTranslations(QCoreApplication &app)
{
    const QLocale locale;
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
    MainWindow window;
    window.show();
    if (!files.isEmpty())
        window.openFile(files.first());
    return app.exec();
}
