#include "databasetargetwidget.h"

#include "connection/passwordstore.h"

#include "database/passwordsources.h"
#include "dialects/dialect.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QToolButton>

namespace {

const QString SettingsGroup = QStringLiteral("databaseTarget");

// What the form asks for is the engine's dialect's to say: a file or a server, which port.
bool hasServer(SqlEngine engine)
{
    return Dialect::forEngine(engine).hasServer();
}

int defaultPort(SqlEngine engine)
{
    return Dialect::forEngine(engine).defaultPort();
}

QString passwordVariable(SqlEngine engine)
{
    return Dialect::forEngine(engine).passwordVariable();
}

} // namespace

DatabaseTargetWidget::DatabaseTargetWidget(FileMode fileMode, QWidget *parent)
    : QWidget(parent)
    , m_fileMode(fileMode)
    , m_form(new QFormLayout(this))
    , m_engine(new QComboBox(this))
    , m_url(new QLineEdit(this))
    , m_urlProblem(new QLabel(this))
    , m_file(new QWidget(this))
    , m_path(new QLineEdit(m_file))
    , m_browse(new QToolButton(m_file))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_tls(new QComboBox(this))
    , m_remember(new QCheckBox(PasswordStore::rememberText(), this))
{
    m_engine->setObjectName(QStringLiteral("engine"));
    for (const SqlEngine engine : allSqlEngines)
        m_engine->addItem(
            hasServer(engine) ? sqlEngineTitle(engine) : tr("SQLite file"), int(engine));

    m_url->setObjectName(QStringLiteral("url"));
    m_url->setPlaceholderText(tr("Paste a URL: postgresql://user@host:5432/database"));
    m_url->setClearButtonEnabled(true);
    m_urlProblem->setObjectName(QStringLiteral("urlProblem"));
    m_urlProblem->setWordWrap(true);
    m_urlProblem->setForegroundRole(QPalette::PlaceholderText);

    m_path->setObjectName(QStringLiteral("path"));
    m_path->setPlaceholderText(
        fileMode == FileMode::MayBeNew ? tr("A new or existing file") : tr("An existing file"));
    m_browse->setObjectName(QStringLiteral("browse"));
    m_browse->setText(tr("Browse..."));
    auto *fileRow = new QHBoxLayout(m_file);
    fileRow->setContentsMargins(0, 0, 0, 0);
    fileRow->addWidget(m_path);
    fileRow->addWidget(m_browse);

    m_host->setObjectName(QStringLiteral("host"));
    m_host->setPlaceholderText(QStringLiteral("localhost"));
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(0, 65535);
    m_database->setObjectName(QStringLiteral("database"));
    m_user->setObjectName(QStringLiteral("user"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_tls->setObjectName(QStringLiteral("tls"));
    m_remember->setObjectName(QStringLiteral("rememberPassword"));

    m_form->addRow(tr("&Database:"), m_engine);
    m_form->addRow(tr("&URL:"), m_url);
    m_form->addRow(QString(), m_urlProblem);
    m_form->setRowVisible(m_urlProblem, false);
    m_form->addRow(tr("&File:"), m_file);
    // The label's shortcut (Alt+F) goes to the path, not to the row that holds it.
    if (auto *fileLabel = qobject_cast<QLabel *>(m_form->labelForField(m_file)))
        fileLabel->setBuddy(m_path);
    m_form->addRow(tr("&Host:"), m_host);
    m_form->addRow(tr("&Port:"), m_port);
    m_form->addRow(tr("Database &name:"), m_database);
    m_form->addRow(tr("U&ser:"), m_user);
    m_form->addRow(tr("Pass&word:"), m_password);
    m_form->addRow(QString(), m_remember);
    m_form->addRow(tr("&TLS:"), m_tls);

    connect(m_engine, &QComboBox::currentIndexChanged, this, &DatabaseTargetWidget::engineChanged);
    connect(m_url, &QLineEdit::textEdited, this, &DatabaseTargetWidget::urlEdited);
    connect(m_browse, &QToolButton::clicked, this, &DatabaseTargetWidget::browse);
    for (QLineEdit *edit : {m_path, m_host, m_database, m_user, m_password})
        connect(edit, &QLineEdit::textChanged, this, &DatabaseTargetWidget::changed);
    connect(m_port, &QSpinBox::valueChanged, this, &DatabaseTargetWidget::changed);
    // A URL that the fields no longer say would mislead: editing them by hand clears it.
    const auto clearUrl = [this] {
        m_url->clear();
        m_form->setRowVisible(m_urlProblem, false);
    };
    for (QLineEdit *edit : {m_path, m_host, m_database, m_user})
        connect(edit, &QLineEdit::textEdited, this, clearUrl);
    connect(m_engine, &QComboBox::activated, this, clearUrl);
    connect(m_tls, &QComboBox::activated, this, clearUrl);
    connect(m_tls, &QComboBox::currentIndexChanged, this, &DatabaseTargetWidget::changed);
    // Once the server is named, a password stored for it fills the empty password field.
    for (QLineEdit *edit : {m_host, m_database, m_user})
        connect(
            edit, &QLineEdit::editingFinished, this, &DatabaseTargetWidget::lookUpStoredPassword);
    connect(m_port, &QSpinBox::editingFinished, this, &DatabaseTargetWidget::lookUpStoredPassword);
    connect(m_password, &QLineEdit::textEdited, this, [this] { m_passwordKey.clear(); });
    engineChanged();
}

SqlEngine DatabaseTargetWidget::engine() const
{
    return SqlEngine(m_engine->currentData().toInt());
}

void DatabaseTargetWidget::setEngine(SqlEngine engine)
{
    m_engine->setCurrentIndex(m_engine->findData(int(engine)));
}

void DatabaseTargetWidget::engineChanged()
{
    const SqlEngine current = engine();
    const bool server = hasServer(current);
    m_form->setRowVisible(m_file, !server);
    for (QWidget *field : {static_cast<QWidget *>(m_host), static_cast<QWidget *>(m_port),
             static_cast<QWidget *>(m_database), static_cast<QWidget *>(m_user),
             static_cast<QWidget *>(m_password), static_cast<QWidget *>(m_remember),
             static_cast<QWidget *>(m_tls)})
        m_form->setRowVisible(field, server);
    if (server) {
        m_port->setSpecialValueText(tr("Default (%1)").arg(defaultPort(current)));
        m_password->setPlaceholderText(tr("Empty: %1 when set").arg(passwordVariable(current)));
        fillTlsModes(current, m_tls->currentData().toString());
        updateRemember();
        lookUpStoredPassword();
    }
    emit changed();
}

void DatabaseTargetWidget::fillTlsModes(SqlEngine engine, const QString &selected)
{
    const QSignalBlocker blocker(m_tls);
    m_tls->clear();
    m_tls->addItem(tr("Client default"), QString());
    for (const QString &mode : DatabaseAddress::sslModes(engine)) {
        QString label = mode;
        if (mode == u"disable")
            label = tr("Off (disable)");
        else if (mode == u"allow")
            label = tr("When the server insists (allow)");
        else if (mode == u"prefer")
            label = tr("When the server offers it (prefer)");
        else if (mode == u"require")
            label = tr("Required (require)");
        else if (mode == u"verify-ca")
            label = tr("Required, certificate checked (verify-ca)");
        else if (mode == u"verify-full")
            label = tr("Required, certificate and host name checked (verify-full)");
        m_tls->addItem(label, mode);
    }
    m_tls->setCurrentIndex(std::max(0, m_tls->findData(selected)));
}

void DatabaseTargetWidget::urlEdited(const QString &text)
{
    const QString url = text.trimmed();
    QString problem;
    if (url.isEmpty()) {
        // nothing to fill
    } else if (!url.contains(QStringLiteral("://"))) {
        problem = tr("A URL starts with postgresql://, mysql:// or file://.");
    } else if (const std::optional<DatabaseAddress> parsed
        = DatabaseAddress::parse(url, &problem)) {
        setAddress(*parsed);
    }
    m_urlProblem->setText(problem);
    m_form->setRowVisible(m_urlProblem, !problem.isEmpty());
}

void DatabaseTargetWidget::setAddress(const DatabaseAddress &address)
{
    setEngine(address.engine);
    if (!address.isServer()) {
        m_path->setText(address.path);
        return;
    }
    m_host->setText(address.host);
    m_port->setValue(std::max(0, address.port));
    m_database->setText(address.database);
    m_user->setText(address.user);
    if (address.password) {
        m_password->setText(*address.password);
        m_passwordKey.clear(); // the URL's, not the keychain's
        // Unless it is the one the keychain holds (the window's open database, say): then
        // the box says so, and saving does not take it out of the keychain.
        if (!address.database.isEmpty() && PasswordStore::isAvailable()
            && PasswordStore::read(address) == address.password) {
            m_passwordKey = PasswordStore::key(address);
            m_remember->setChecked(true);
        }
    }
    fillTlsModes(address.engine, address.sslMode);
    lookUpStoredPassword();
    emit changed();
}

bool DatabaseTargetWidget::isComplete() const
{
    if (!hasServer(engine()))
        return !m_path->text().trimmed().isEmpty();
    return !m_database->text().trimmed().isEmpty();
}

QString DatabaseTargetWidget::describe(const DatabaseAddress &address)
{
    if (!address.isServer())
        return tr("SQLite file %1").arg(QDir::toNativeSeparators(address.path));
    const QString host = address.host.isEmpty() ? QStringLiteral("localhost") : address.host;
    const int port = address.port > 0 ? address.port : defaultPort(address.engine);
    const QString server = host + u':' + QString::number(port);
    const QString engine = sqlEngineTitle(address.engine);
    if (address.user.isEmpty())
        return tr("%1 database “%2” on %3").arg(engine, address.database, server);
    return tr("%1 database “%2” on %3 as %4").arg(engine, address.database, server, address.user);
}

std::optional<DatabaseAddress> DatabaseTargetWidget::address(QString *error) const
{
    DatabaseAddress address;
    address.engine = engine();
    if (!address.isServer()) {
        address.path = m_path->text().trimmed();
        if (address.path.isEmpty()) {
            *error = tr("Choose the SQLite file.");
            return std::nullopt;
        }
        return address;
    }
    address = serverAddress();
    if (address.database.isEmpty()) {
        *error = tr("Give the name of the database.");
        return std::nullopt;
    }
    // PasswordSources' order, the form in the URL's place: a password typed (or pasted in a
    // URL) wins, then the environment's, then the one the keychain filled in.
    PasswordSources sources;
    const QString password = m_password->text();
    if (m_passwordKey.isEmpty() && !password.isEmpty())
        address.password = password;
    else if (!password.isEmpty())
        sources.setKeychain(
            [password](const DatabaseAddress &) -> std::optional<QString> { return password; });
    sources.fill(address);
    return address;
}

DatabaseAddress DatabaseTargetWidget::serverAddress() const
{
    DatabaseAddress address;
    address.engine = engine();
    address.host = m_host->text().trimmed();
    if (address.host.isEmpty())
        address.host = QStringLiteral("localhost");
    address.port = m_port->value() > 0 ? m_port->value() : -1;
    address.database = m_database->text().trimmed();
    address.user = m_user->text().trimmed();
    address.sslMode = m_tls->currentData().toString();
    return address;
}

void DatabaseTargetWidget::updateRemember()
{
    const bool available = PasswordStore::isAvailable();
    m_remember->setEnabled(available);
    m_remember->setToolTip(available ? QString() : PasswordStore::unavailableReason());
    if (!available)
        m_remember->setChecked(false);
}

void DatabaseTargetWidget::lookUpStoredPassword()
{
    if (!hasServer(engine()))
        return;
    const DatabaseAddress address = serverAddress();
    const QString key = address.database.isEmpty() ? QString() : PasswordStore::key(address);
    if (!m_passwordKey.isEmpty() && m_passwordKey != key) {
        // The field holds the stored password of the server named before.
        m_password->clear();
        m_passwordKey.clear();
    }
    if (key.isEmpty() || !m_password->text().isEmpty() || key == m_lastLookUp
        || !PasswordStore::isAvailable())
        return;
    m_lastLookUp = key;
    if (const std::optional<QString> stored = PasswordStore::read(address)) {
        m_password->setText(*stored);
        m_passwordKey = key;
        m_remember->setChecked(true);
    }
}

void DatabaseTargetWidget::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(SettingsGroup);
    setEngine(sqlEngineFromName(settings.value(QStringLiteral("engine")).toString())
                  .value_or(defaultSqlEngine));
    m_path->setText(settings.value(QStringLiteral("path")).toString());
    m_host->setText(settings.value(QStringLiteral("host")).toString());
    m_port->setValue(settings.value(QStringLiteral("port"), 0).toInt());
    m_database->setText(settings.value(QStringLiteral("database")).toString());
    m_user->setText(settings.value(QStringLiteral("user")).toString());
    if (hasServer(engine())) {
        fillTlsModes(engine(), settings.value(QStringLiteral("sslMode")).toString());
        m_remember->setChecked(settings.value(QStringLiteral("rememberPassword")).toBool());
        updateRemember();
        lookUpStoredPassword();
    }
}

bool DatabaseTargetWidget::saveSettings(QString *error) const
{
    // Never the password: it stays in this form, in the environment it came from, or in the
    // system keychain when the user asks for that.
    QSettings settings;
    settings.beginGroup(SettingsGroup);
    settings.setValue(QStringLiteral("engine"), sqlEngineName(engine()));
    settings.setValue(QStringLiteral("path"), m_path->text().trimmed());
    settings.setValue(QStringLiteral("host"), m_host->text().trimmed());
    settings.setValue(QStringLiteral("port"), m_port->value());
    settings.setValue(QStringLiteral("database"), m_database->text().trimmed());
    settings.setValue(QStringLiteral("user"), m_user->text().trimmed());
    settings.setValue(QStringLiteral("sslMode"), m_tls->currentData().toString());
    if (!hasServer(engine()))
        return true;
    settings.setValue(QStringLiteral("rememberPassword"), m_remember->isChecked());
    return storePassword(error);
}

bool DatabaseTargetWidget::storePassword(QString *error) const
{
    if (!hasServer(engine()))
        return true;
    const DatabaseAddress address = serverAddress();
    if (address.database.isEmpty())
        return true;
    QString problem;
    bool stored = true;
    if (m_remember->isChecked()) {
        // A password from the environment is not the user's to store; one the keychain gave
        // is there already.
        if (!m_password->text().isEmpty() && m_passwordKey != PasswordStore::key(address))
            stored = PasswordStore::write(address, m_password->text(), &problem);
    } else if (m_remember->isEnabled()) {
        stored = PasswordStore::remove(address, &problem);
    }
    if (!stored && error)
        *error = problem;
    return stored;
}

void DatabaseTargetWidget::browse()
{
    const QString filter = tr("SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)");
    const QString path = m_fileMode == FileMode::MayBeNew
        ? QFileDialog::getSaveFileName(this, tr("SQLite Database"), m_path->text(), filter, nullptr,
            QFileDialog::DontConfirmOverwrite)
        : QFileDialog::getOpenFileName(this, tr("SQLite Database"), m_path->text(), filter);
    if (!path.isEmpty())
        m_path->setText(path);
}
