#include "databaseopener.h"

#include "browser/browserpane.h"
#include "connection/databasetargetwidget.h"
#include "connection/passwordstore.h"
#include "database/passwordsources.h"
#include "databasedesign.h"
#include "document/designdocument.h"
#include "exampledatabase.h"
#include "mainwindow.h"
#include "recentlist.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

#include <optional>

// The texts keep MainWindow's translation context (MainWindow::tr), where they were written
// and translated before the opener left the window.

namespace {

// File > Recent Databases, under the key it has always had.
RecentList recentDatabases()
{
    return RecentList(QStringLiteral("recentDatabases"), 10);
}

// Asks for a server's password, under the server's answer to the last try when there was one,
// and offers to keep it in the system keychain (*remember in and out). nullopt on Cancel.
std::optional<QString> askPassword(
    QWidget *parent, const DatabaseAddress &address, const QString &problem, bool *remember)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("passwordDialog"));
    dialog.setWindowTitle(MainWindow::tr("Connect to Database"));
    auto *layout = new QVBoxLayout(&dialog);
    if (!problem.isEmpty()) {
        auto *error = new QLabel(problem, &dialog);
        error->setObjectName(QStringLiteral("passwordProblem"));
        error->setTextFormat(Qt::PlainText);
        error->setWordWrap(true);
        layout->addWidget(error);
        layout->addSpacing(error->fontMetrics().height() / 2);
    }
    auto *password = new QLineEdit(&dialog);
    password->setObjectName(QStringLiteral("password"));
    password->setEchoMode(QLineEdit::Password);
    auto *label
        = new QLabel(MainWindow::tr("&Password for %1:").arg(address.displayName()), &dialog);
    label->setTextFormat(Qt::PlainText);
    label->setBuddy(password);
    auto *keep = new QCheckBox(PasswordStore::rememberText(), &dialog);
    keep->setObjectName(QStringLiteral("rememberPassword"));
    const bool keychain = PasswordStore::isAvailable();
    keep->setEnabled(keychain);
    keep->setChecked(keychain && *remember);
    if (!keychain)
        keep->setToolTip(PasswordStore::unavailableReason());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(label);
    layout->addWidget(password);
    layout->addWidget(keep);
    layout->addWidget(buttons);
    password->setFocus();
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    *remember = keep->isChecked();
    return password->text();
}

} // namespace

DatabaseOpener::DatabaseOpener(BrowserPane *browser, const DesignDocument *document,
    QWidget *window, std::function<bool()> saveDesign)
    : QObject(window)
    , m_browser(browser)
    , m_document(document)
    , m_window(window)
    , m_saveDesign(std::move(saveDesign))
{
}

bool DatabaseOpener::open(const QString &pathOrUrl)
{
    QString error;
    const std::optional<DatabaseAddress> address
        = DatabaseAddress::parse(pathOrUrl.trimmed(), &error);
    if (address && address->isServer())
        return openServer(*address);
    if (!address || !m_browser->openDatabase(*address, &error)) {
        QMessageBox::critical(m_window, MainWindow::tr("Cannot Open Database"), error);
        return false;
    }
    finishOpening(*address);
    return true;
}

void DatabaseOpener::openFile()
{
    const QString path = QFileDialog::getOpenFileName(m_window, MainWindow::tr("Open Database"),
        QString(), MainWindow::tr("SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)"));
    if (!path.isEmpty())
        open(path);
}

bool DatabaseOpener::openServer(DatabaseAddress address)
{
    PasswordSources sources;
    sources.setKeychain([](const DatabaseAddress &server) { return PasswordStore::read(server); });
    // No password, or one the server refused (or no server at all): the user sees why and may
    // type one, as often as it takes. A stored password that failed leaves the box checked.
    bool stored = false;
    bool remember = false;
    bool asked = false;
    sources.setPrompt([this, &stored, &remember, &asked](const DatabaseAddress &server,
                          PasswordSources::Source tried, const QString &error) {
        if (!asked)
            stored = remember = tried == PasswordSources::Source::Keychain;
        asked = true;
        return askPassword(m_window, server, error, &remember);
    });
    const auto open = [this](const DatabaseAddress &server, QString *error) {
        return m_browser->openDatabase(server, error);
    };
    QString error;
    PasswordSources::Source source = PasswordSources::Source::None;
    if (!sources.open(address, open, &error, &source))
        return false;
    // The password that worked is kept when the user asked for it; a stored one the user no
    // longer wants kept (it did not work) goes.
    QString problem;
    if (source == PasswordSources::Source::Prompt
        && (remember ? !PasswordStore::write(address, *address.password, &problem)
                     : stored && !PasswordStore::remove(address, &problem)))
        QMessageBox::warning(m_window, MainWindow::tr("System Keychain"), problem);
    finishOpening(address);
    return true;
}

void DatabaseOpener::connectToDatabase()
{
    QDialog dialog(m_window);
    dialog.setWindowTitle(MainWindow::tr("Connect to Database"));
    auto *target = new DatabaseTargetWidget(DatabaseTargetWidget::FileMode::MustExist, &dialog);
    target->restoreSettings();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(target);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    while (dialog.exec() == QDialog::Accepted) {
        QString error;
        const std::optional<DatabaseAddress> address = target->address(&error);
        if (address && m_browser->openDatabase(*address, &error)) {
            QString problem;
            if (!target->saveSettings(&problem))
                QMessageBox::warning(m_window, MainWindow::tr("System Keychain"), problem);
            finishOpening(*address);
            return;
        }
        QMessageBox::critical(m_window, MainWindow::tr("Cannot Open Database"), error);
    }
}

void DatabaseOpener::finishOpening(const DatabaseAddress &address)
{
    addRecent(address);
    chooseDesign();
    emit opened();
}

void DatabaseOpener::chooseDesign()
{
    const Schema *database = m_browser->schema();
    if (!database)
        return;
    switch (DatabaseDesign::choose(m_document->schema(), m_document->isModified(), *database)) {
    case DatabaseDesign::Choice::KeepOpenDesign:
        return;
    case DatabaseDesign::Choice::ShowDatabaseDesign:
        break;
    case DatabaseDesign::Choice::AskFirst:
        if (!askToReplaceDesign())
            return;
        break;
    }
    emit databaseDesignChosen(*database);
}

bool DatabaseOpener::askToReplaceDesign()
{
    QMessageBox box(QMessageBox::Question, MainWindow::tr("Show the Database's Design"),
        MainWindow::tr("%1 does not describe %2, and has unsaved changes. Save them before the "
                       "database's own design takes its place on the Design page?")
            .arg(m_document->displayName(), m_browser->openDatabaseAddress()->title()),
        QMessageBox::Save | QMessageBox::Discard, m_window);
    box.setObjectName(QStringLiteral("replaceDesignQuestion"));
    QPushButton *keep
        = box.addButton(MainWindow::tr("&Keep Current Design"), QMessageBox::RejectRole);
    box.setDefaultButton(QMessageBox::Save);
    box.exec();
    if (box.clickedButton() == keep || box.clickedButton() == nullptr)
        return false;
    return box.standardButton(box.clickedButton()) != QMessageBox::Save || m_saveDesign();
}

RecentList DatabaseOpener::recentList()
{
    return recentDatabases();
}

void DatabaseOpener::setRecentMenu(QMenu *menu)
{
    m_recentMenu = menu;
    updateRecentMenu();
}

void DatabaseOpener::addRecent(const DatabaseAddress &address)
{
    // The example database opens by itself at start; listed, it would push the user's own
    // databases down every time.
    const QString entry = address.toString();
    if (!address.isServer() && entry == QDir::cleanPath(ExampleDatabase::databasePath()))
        return;
    recentDatabases().add(entry);
    updateRecentMenu();
}

void DatabaseOpener::updateRecentMenu()
{
    if (!m_recentMenu)
        return;
    recentDatabases().fillMenu(
        m_recentMenu, QStringLiteral("clearRecentDatabases"),
        [](const QString &entry) {
            return DatabaseAddress::isUrl(entry) ? entry : QDir::toNativeSeparators(entry);
        },
        [this](const QString &entry) { open(entry); });
}
