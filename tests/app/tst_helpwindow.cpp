#include "browser/browserpane.h"
#include "diagram/diagramview.h"
#include "mainwindow.h"
#include "recovery.h"
#include "schema/schema.h"
#include "shortcutsdialog.h"
#include "userguide.h"
#include "welcomepage.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCommandLinkButton>
#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QTreeWidget>
#include <QUrl>

using namespace Qt::StringLiterals;

// The help the window gives: the welcome page, Help > Keyboard Shortcuts, Report a Problem,
// User Guide, and the tool bar's tips and its "Text Beside Icons".
class tst_HelpWindow : public QObject
{
    Q_OBJECT

public slots:
    // QDesktopServices' handler for file: URLs while a test runs, instead of a browser.
    void openUrl(const QUrl &url) { m_opened.append(url); }

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void shortcutsListEveryAction();
    void shortcutsFilter();
    void reportProblemCopiesTheFacts();
    void closeLeadsToTheWelcomePage();
    void welcomeOpensTheExample();
    void welcomeStartsANewDesign();
    void toolBarTipsNameTheShortcut();
    void toolBarTextBesideIcons();
    void userGuideOpensTheBuiltGuide();
    void userGuideLinksAndImagesExist();
    void missingGuideSaysWhereItLooked();

private:
    QList<QUrl> m_opened;
};

namespace {

QString fixture(const QString &name)
{
    return QDir(QStringLiteral(SCHEMATA_FIXTURES)).filePath(name);
}

QStackedWidget *pages(const MainWindow &window)
{
    return window.findChild<QStackedWidget *>();
}

ShortcutsDialog *openShortcuts(MainWindow &window)
{
    window.action(u"shortcuts"_s)->trigger();
    return window.findChild<ShortcutsDialog *>();
}

QTreeWidget *listOf(ShortcutsDialog *dialog)
{
    return dialog->findChild<QTreeWidget *>(u"shortcutList"_s);
}

void click(QWidget *parent, const QString &name)
{
    auto *button = parent->findChild<QAbstractButton *>(name);
    QVERIFY2(button, qPrintable(name));
    QVERIFY2(button->isVisible(), qPrintable(name));
    QTest::mouseClick(button, Qt::LeftButton);
}

} // namespace

void tst_HelpWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"SchemataTests"_s);
    QCoreApplication::setApplicationName(u"tst_helpwindow"_s);
    QDesktopServices::setUrlHandler(u"file"_s, this, "openUrl");
}

void tst_HelpWindow::cleanupTestCase()
{
    QDesktopServices::unsetUrlHandler(u"file"_s);
}

void tst_HelpWindow::init()
{
    QSettings().clear();
    m_opened.clear();
}

void tst_HelpWindow::shortcutsListEveryAction()
{
    MainWindow window;
    window.show();
    ShortcutsDialog *dialog = openShortcuts(window);
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QTreeWidget *list = listOf(dialog);
    QVERIFY(list);
    // Every action of the window with a shortcut, in its menu's words and the platform's keys.
    int withShortcut = 0;
    for (const QAction *action : window.findChildren<QAction *>()) {
        if (action->shortcuts().isEmpty())
            continue;
        ++withShortcut;
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys.append(key.toString(QKeySequence::NativeText));
        const QString text = ShortcutsDialog::plainText(action);
        QVERIFY2(!text.contains(u'&'), qPrintable(text));
        const QList<QTreeWidgetItem *> rows = list->findItems(text, Qt::MatchExactly, 0);
        QVERIFY2(!rows.isEmpty(), qPrintable(text));
        bool found = false;
        for (const QTreeWidgetItem *row : rows)
            found = found || row->text(1) == keys.join(u", "_s);
        QVERIFY2(found, qPrintable(text + u' ' + keys.join(u", "_s)));
    }
    QCOMPARE(list->topLevelItemCount(), withShortcut);
    QVERIFY(withShortcut > 30);
    // The menu it lives in, as the menu bar names it.
    const QList<QTreeWidgetItem *> save = list->findItems(u"Save"_s, Qt::MatchExactly, 0);
    QVERIFY(!save.isEmpty());
    QCOMPARE(save.first()->text(1), QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText));
    QCOMPARE(save.first()->text(2), u"File"_s);
    QCOMPARE(list->findItems(u"Back"_s, Qt::MatchExactly, 0).first()->text(2), u"Data page"_s);
    QCOMPARE(list->findItems(u"User Guide"_s, Qt::MatchExactly, 0).first()->text(2), u"Help"_s);
    // A shortcut given later is there the next time the dialog opens.
    dialog->close();
    QTRY_VERIFY(!window.findChild<ShortcutsDialog *>());
    window.action(u"alignLeft"_s)->setShortcut(QKeySequence(Qt::ALT | Qt::Key_F7));
    list = listOf(openShortcuts(window));
    const QList<QTreeWidgetItem *> align = list->findItems(u"Align Left"_s, Qt::MatchExactly, 0);
    QCOMPARE(align.size(), 1);
    QCOMPARE(align.first()->text(1), QKeySequence(Qt::ALT | Qt::Key_F7).toString(QKeySequence::NativeText));
    QCOMPARE(align.first()->text(2), u"Arrange"_s);
}

void tst_HelpWindow::shortcutsFilter()
{
    MainWindow window;
    window.show();
    ShortcutsDialog *dialog = openShortcuts(window);
    QTreeWidget *list = listOf(dialog);
    auto *filter = dialog->findChild<QLineEdit *>(u"shortcutFilter"_s);
    QVERIFY(filter);
    const auto shown = [list] {
        QStringList texts;
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            if (!list->topLevelItem(i)->isHidden())
                texts.append(list->topLevelItem(i)->text(0));
        }
        return texts;
    };
    const qsizetype all = shown().size();
    QTest::keyClicks(filter, u"zoom"_s);
    QCOMPARE(shown(), QStringList({u"Zoom In"_s, u"Zoom Out"_s}));
    // By the key and by the menu too.
    filter->clear();
    QCOMPARE(shown().size(), all);
    QTest::keyClicks(filter, QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText));
    QVERIFY(shown().contains(u"Save"_s));
    QVERIFY(!shown().contains(u"Open..."_s));
    filter->clear();
    QTest::keyClicks(filter, u"arrange"_s);
    QVERIFY(shown().contains(u"Auto-Layout"_s));
    QVERIFY(!shown().contains(u"Save"_s));
    filter->clear();
    QTest::keyClicks(filter, u"no such action"_s);
    QVERIFY(shown().isEmpty());
}

void tst_HelpWindow::reportProblemCopiesTheFacts()
{
    MainWindow window;
    window.show();
    QApplication::clipboard()->clear();
    window.action(u"reportProblem"_s)->trigger();
    const QString report = QApplication::clipboard()->text();
    QVERIFY(report.contains(u"Schemata " SCHEMATA_VERSION ""_s));
    QVERIFY(report.contains(QString::fromLatin1(qVersion())));
    QVERIFY(report.contains(QSysInfo::prettyProductName()));
    QVERIFY(report.contains(QSysInfo::kernelVersion()));
    QVERIFY(report.contains(QSysInfo::currentCpuArchitecture()));
    QVERIFY(report.contains(QDir::toNativeSeparators(QSettings().fileName())));
    QVERIFY(report.contains(QDir::toNativeSeparators(Recovery::folder())));
    QVERIFY(window.statusBar()->currentMessage().contains(u"clipboard"_s));
}

void tst_HelpWindow::closeLeadsToTheWelcomePage()
{
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // A new window shows its (empty) design, as before.
    QCOMPARE(pages(window)->currentWidget(), window.view());
    QVERIFY(window.openFile(fixture(u"24_jukebox_lewagon.xml"_s)));
    const qsizetype tables = window.schema().tables().size();
    QVERIFY(tables > 0);
    auto *tablesDock = window.findChild<QDockWidget *>(u"tablesDock"_s);
    QVERIFY(tablesDock->isVisible());

    // File > Close: the welcome page, without the design's panels, and nothing open.
    window.action(u"close"_s)->trigger();
    auto *welcome = window.findChild<WelcomePage *>();
    QVERIFY(welcome);
    QCOMPARE(pages(window)->currentWidget(), welcome);
    QVERIFY(welcome->isVisible());
    QVERIFY(!tablesDock->isVisible());
    QVERIFY(window.schema().tables().empty());
    QVERIFY(!window.action(u"showDesign"_s)->isChecked());
    QVERIFY(!window.action(u"showData"_s)->isChecked());
    QCOMPARE(window.windowTitle(), u"Schemata"_s);
    // The design just closed is the first recent one; a click opens it again.
    auto *recent = welcome->findChild<QCommandLinkButton *>(u"recentDesign_0"_s);
    QVERIFY(recent);
    QCOMPARE(recent->text(), u"24_jukebox_lewagon.xml"_s);
    click(welcome, u"recentDesign_0"_s);
    QCOMPARE(pages(window)->currentWidget(), window.view());
    QCOMPARE(window.schema().tables().size(), tables);
    QVERIFY(tablesDock->isVisible());
    QVERIFY(window.action(u"showDesign"_s)->isChecked());
    QVERIFY(window.windowTitle().startsWith(u"24_jukebox_lewagon.xml"_s));
}

void tst_HelpWindow::welcomeOpensTheExample()
{
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.action(u"close"_s)->trigger();
    auto *welcome = window.findChild<WelcomePage *>();
    QCOMPARE(pages(window)->currentWidget(), welcome);
    // No database opened yet: the page says so rather than showing an empty column.
    QVERIFY(!welcome->findChild<QCommandLinkButton *>(u"recentDatabase_0"_s));
    click(welcome, u"welcome_openExample"_s);
    QCOMPARE(pages(window)->currentWidget(), window.view());
    QVERIFY(window.schema().tableByName(u"task"_s));
    QVERIFY(window.browser()->openDatabaseAddress());
    // Close again: the database is closed too.
    window.action(u"close"_s)->trigger();
    QCOMPARE(pages(window)->currentWidget(), welcome);
    QVERIFY(!window.browser()->openDatabaseAddress());
}

void tst_HelpWindow::welcomeStartsANewDesign()
{
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(fixture(u"24_jukebox_lewagon.xml"_s)));
    window.action(u"close"_s)->trigger();
    auto *welcome = window.findChild<WelcomePage *>();
    for (const char *name :
        {"welcome_new", "welcome_open", "welcome_openDatabase", "welcome_connectDatabase"})
        QVERIFY2(welcome->findChild<QCommandLinkButton *>(QString::fromLatin1(name)), name);
    click(welcome, u"welcome_new"_s);
    QCOMPARE(pages(window)->currentWidget(), window.view());
    QVERIFY(window.schema().tables().empty());
    // Insert > Table from the welcome page starts a design too, and shows it.
    window.action(u"close"_s)->trigger();
    QCOMPARE(pages(window)->currentWidget(), welcome);
    window.action(u"addTable"_s)->trigger();
    QCOMPARE(pages(window)->currentWidget(), window.view());
    QCOMPARE(window.schema().tables().size(), size_t(1));
}

void tst_HelpWindow::toolBarTipsNameTheShortcut()
{
    MainWindow window;
    window.show();
    auto *toolBar = window.findChild<QToolBar *>(u"mainToolBar"_s);
    QVERIFY(toolBar);
    int buttons = 0;
    for (QAction *action : toolBar->actions()) {
        if (action->isSeparator())
            continue;
        ++buttons;
        const QString text = action->iconText();
        const QString expected = action->shortcut().isEmpty()
            ? text
            : text + u" (" + action->shortcut().toString(QKeySequence::NativeText) + u')';
        QCOMPARE(action->toolTip(), expected);
    }
    QVERIFY(buttons > 10);
    QCOMPARE(window.action(u"save"_s)->toolTip(),
        u"Save ("_s + QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText) + u')');
    // Kept up to date: a new shortcut, and Undo's text as the history grows.
    window.action(u"sqlPreview"_s)->setShortcut(QKeySequence(Qt::Key_F6));
    QCOMPARE(window.action(u"sqlPreview"_s)->toolTip(), u"SQL Preview (F6)"_s);
    window.action(u"addTable"_s)->trigger();
    QAction *undo = window.action(u"undo"_s);
    QVERIFY(undo->toolTip().startsWith(undo->iconText()));
    QVERIFY(undo->iconText() != u"Undo"_s);
    QVERIFY(undo->toolTip().endsWith(
        u" ("_s + QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText) + u')'));
}

void tst_HelpWindow::toolBarTextBesideIcons()
{
    {
        MainWindow window;
        window.show();
        auto *toolBar = window.findChild<QToolBar *>(u"mainToolBar"_s);
        QCOMPARE(toolBar->toolButtonStyle(), Qt::ToolButtonIconOnly);
        // The tool bar's right-click menu offers it, checkable.
        std::unique_ptr<QMenu> menu(window.createPopupMenu());
        QAction *beside = nullptr;
        for (QAction *action : menu->actions()) {
            if (action->objectName() == u"textBesideIcons")
                beside = action;
        }
        QVERIFY(beside);
        QVERIFY(beside->isCheckable());
        QVERIFY(!beside->isChecked());
        beside->trigger();
        QCOMPARE(toolBar->toolButtonStyle(), Qt::ToolButtonTextBesideIcon);
    }
    // Remembered by the next window.
    MainWindow window;
    QCOMPARE(window.findChild<QToolBar *>(u"mainToolBar"_s)->toolButtonStyle(),
        Qt::ToolButtonTextBesideIcon);
    QVERIFY(window.action(u"textBesideIcons"_s)->isChecked());
    window.action(u"textBesideIcons"_s)->trigger();
    QCOMPARE(window.findChild<QToolBar *>(u"mainToolBar"_s)->toolButtonStyle(),
        Qt::ToolButtonIconOnly);
}

void tst_HelpWindow::userGuideOpensTheBuiltGuide()
{
    MainWindow window;
    window.show();
    window.action(u"userGuide"_s)->trigger();
    QCOMPARE(m_opened.size(), 1);
    const QString index = m_opened.first().toLocalFile();
    QVERIFY2(index.endsWith(u"/share/doc/schemata/guide/index.html"_s), qPrintable(index));
    QVERIFY(QFile::exists(index));
    QCOMPARE(window.action(u"userGuide"_s)->shortcut(), QKeySequence(QKeySequence::HelpContents));
    // Where there is none, no index: the window then says where it looked.
    QTemporaryDir empty;
    QVERIFY(UserGuide::indexPath({empty.path()}).isEmpty());
    QCOMPARE(UserGuide::indexPath({empty.path(), QFileInfo(index).path()}), index);
}

void tst_HelpWindow::userGuideLinksAndImagesExist()
{
    // Every page the index links to, and every picture and page those link to, is there.
    const QString index = UserGuide::indexPath();
    QVERIFY(!index.isEmpty());
    const QDir folder = QFileInfo(index).dir();
    const QRegularExpression reference(u"(?:href|src)=\"([^\":#]+)(?:#[^\"]*)?\""_s);
    QStringList pending {u"index.html"_s};
    QStringList seen;
    int images = 0;
    while (!pending.isEmpty()) {
        const QString page = pending.takeFirst();
        if (seen.contains(page))
            continue;
        seen.append(page);
        QFile file(folder.filePath(page));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(page));
        const QString html = QString::fromUtf8(file.readAll());
        QVERIFY2(html.contains(u"<h1>"_s), qPrintable(page));
        QVERIFY2(!html.contains(u"raw HTML omitted"_s), qPrintable(page));
        for (const QRegularExpressionMatch &match : reference.globalMatch(html)) {
            const QString target = match.captured(1);
            QVERIFY2(folder.exists(target), qPrintable(page + u" -> " + target));
            if (target.endsWith(u".html"))
                pending.append(target);
            else if (target.endsWith(u".png"))
                ++images;
        }
    }
    QVERIFY(seen.size() >= 9);
    QVERIFY(images >= 8);
}

void tst_HelpWindow::missingGuideSaysWhereItLooked()
{
    // The built guide moved away for the length of the test: the guide is nowhere.
    const QString index = UserGuide::indexPath();
    QVERIFY(!index.isEmpty());
    const QString folder = QFileInfo(index).path();
    const QString moved = folder + u".moved"_s;
    QVERIFY(QDir().rename(folder, moved));
    const auto restore = qScopeGuard([&] { QDir().rename(moved, folder); });
    QVERIFY(UserGuide::indexPath().isEmpty());

    MainWindow window;
    window.show();
    QString title;
    QString text;
    QTimer::singleShot(0, this, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            title = box->windowTitle();
            text = box->text();
            box->accept();
        }
    });
    window.action(u"userGuide"_s)->trigger();
    QVERIFY(m_opened.isEmpty());
    QCOMPARE(title, u"User Guide Not Found"_s);
    for (const QString &searched : UserGuide::folders())
        QVERIFY2(text.contains(QDir::toNativeSeparators(searched)), qPrintable(text));
}

QTEST_MAIN(tst_HelpWindow)
#include "tst_helpwindow.moc"
