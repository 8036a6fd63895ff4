#include "commandline.h"
#include "exampledatabase.h"
#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QStatusBar>
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

// A database rather than a design: a URL, or an SQLite file by its name or its header.
bool isDatabase(const QString &argument)
{
    if (argument.contains(u"://"))
        return true;
    QFile file(argument);
    return file.open(QIODevice::ReadOnly) && file.read(16) == QByteArray("SQLite format 3", 16);
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
    if (window.offerRecovery())
        return app.exec();
    if (files.isEmpty()) {
        // The embedded default: the example design with its database of generated rows, made
        // in the user's data folder on first start.
        QString error;
        if (ExampleDatabase::ensure(&error)) {
            window.openFile(ExampleDatabase::designPath());
            window.openDatabase(ExampleDatabase::databasePath());
            window.action(QStringLiteral("showDesign"))->trigger();
        } else {
            window.statusBar()->showMessage(error);
        }
    } else if (isDatabase(files.first())) {
        window.openDatabase(files.first());
    } else {
        window.openFile(files.first());
    }
    return app.exec();
}
