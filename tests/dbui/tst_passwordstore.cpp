#include "connection/databasetargetwidget.h"
#include "connection/passwordstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDirIterator>
#include <QFile>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

// PasswordStore and the "Remember password" box of DatabaseTargetWidget, in the mode the
// environment sets up:
// - SCHEMATA_TEST_KEYRING=1: scripts/test started a throwaway GNOME Keyring on a private
//   session bus (scripts/servers.sh); passwords really go there and come back.
// - SCHEMATA_TEST_NO_KEYCHAIN=1 (CTest's tst_passwordstore_nokeychain, with a session bus
//   address that leads nowhere): no keychain answers, so the box is off and nothing is stored.
// - neither (plain ctest): the keychain tests are skipped rather than touch the user's own.
class tst_PasswordStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void keyNamesTheServerNotThePassword();
    void keychainIsThereOrNot();
    // Two executables of this file (see tests/designer/CMakeLists.txt): one with the
    // throwaway keyring of scripts/test, one with a session bus that leads nowhere.
#ifdef SCHEMATA_NO_KEYCHAIN_TEST
    void withoutKeychainNothingIsStored();
#else
    void storesReadsAndRemoves();
    void targetRemembersWhenChecked();
    void targetLooksUpWhenTheServerIsNamed();
#endif
    void cleanupTestCase();

private:
    enum class Mode { Keyring, NoKeychain, Unknown };
    static Mode mode();
    DatabaseAddress server(const QString &database) const;

    QString m_host; // unique per run, so that runs never see each other's entries
    QStringList m_secrets; // every password a test handed over, to look for in files
};

namespace {

template<typename T>
T *child(const QWidget &parent, const QString &name)
{
    T *found = parent.findChild<T *>(name);
    if (!found)
        qFatal("no child %s", qPrintable(name));
    return found;
}

QString uniqueSecret()
{
    return u"pw-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// Every file below the test-mode folders (settings, data, cache) that contains `secret`.
QStringList filesContaining(const QString &secret)
{
    QStringList found;
    for (const auto location : {QStandardPaths::GenericConfigLocation,
             QStandardPaths::GenericDataLocation, QStandardPaths::GenericCacheLocation}) {
        const QString root = QStandardPaths::writableLocation(location);
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(secret.toUtf8()))
                found << file.fileName();
        }
    }
    return found;
}

QByteArray settingsText()
{
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void clickBox(QCheckBox *box)
{
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(box->height() / 2, box->height() / 2));
}

} // namespace

tst_PasswordStore::Mode tst_PasswordStore::mode()
{
    if (qEnvironmentVariable("SCHEMATA_TEST_NO_KEYCHAIN") == u"1")
        return Mode::NoKeychain;
    if (qEnvironmentVariable("SCHEMATA_TEST_KEYRING") == u"1")
        return Mode::Keyring;
    return Mode::Unknown;
}

DatabaseAddress tst_PasswordStore::server(const QString &database) const
{
    DatabaseAddress address;
    address.engine = SqlEngine::Postgres;
    address.host = m_host;
    address.port = 6543;
    address.user = u"ada"_s;
    address.database = database;
    return address;
}

void tst_PasswordStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"SchemataTests"_s);
    // The two CTest runs of this file may run at once: each its own settings file.
    QCoreApplication::setApplicationName(
        mode() == Mode::NoKeychain ? u"tst_passwordstore_nokeychain"_s : u"tst_passwordstore"_s);
    m_host = u"keychain-test-%1.invalid"_s.arg(QCoreApplication::applicationPid());
    qunsetenv("PGPASSWORD");
    qunsetenv("MYSQL_PWD");
}

void tst_PasswordStore::init()
{
    QSettings().clear();
}

void tst_PasswordStore::keyNamesTheServerNotThePassword()
{
    DatabaseAddress address = server(u"shop"_s);
    address.password = u"s3cret"_s;
    address.sslMode = u"require"_s;
    QCOMPARE(PasswordStore::key(address), u"postgresql://ada@%1:6543/shop"_s.arg(m_host));

    // The default port written out: with or without it, one entry.
    address.port = -1;
    QCOMPARE(PasswordStore::key(address), u"postgresql://ada@%1:5432/shop"_s.arg(m_host));
    address.engine = SqlEngine::Mysql;
    QCOMPARE(PasswordStore::key(address), u"mysql://ada@%1:3306/shop"_s.arg(m_host));
    address.port = 3306;
    QCOMPARE(PasswordStore::key(address), u"mysql://ada@%1:3306/shop"_s.arg(m_host));

    DatabaseAddress file;
    file.path = u"/tmp/shop.sqlite"_s;
    QVERIFY(PasswordStore::key(file).isEmpty());
}

void tst_PasswordStore::keychainIsThereOrNot()
{
    switch (mode()) {
    case Mode::Keyring:
        QVERIFY2(PasswordStore::isAvailable(),
            "SCHEMATA_TEST_KEYRING=1 but the throwaway GNOME Keyring does not answer");
        break;
    case Mode::NoKeychain:
        QVERIFY(!PasswordStore::isAvailable());
        break;
    case Mode::Unknown:
        QSKIP("the keychain tests run under scripts/test (a throwaway keyring) and as "
              "tst_passwordstore_nokeychain; never against the user's own keychain");
    }
}

#ifndef SCHEMATA_NO_KEYCHAIN_TEST
void tst_PasswordStore::storesReadsAndRemoves()
{
    if (mode() != Mode::Keyring)
        QSKIP("needs the throwaway keyring of scripts/test (SCHEMATA_TEST_KEYRING=1)");
    const DatabaseAddress shop = server(u"shop"_s);
    const DatabaseAddress other = server(u"other"_s);
    QString error;
    QCOMPARE(PasswordStore::read(shop, &error), std::nullopt);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    const QString first = uniqueSecret();
    m_secrets << first;
    QVERIFY2(PasswordStore::write(shop, first, &error), qPrintable(error));
    QCOMPARE(PasswordStore::read(shop, &error), std::optional<QString>(first));
    // Another database on the same server is another entry.
    QCOMPARE(PasswordStore::read(other, &error), std::nullopt);

    // Storing again replaces; text beyond ASCII comes back as it went.
    const QString second = uniqueSecret() + u" Grüße ✓"_s;
    m_secrets << second;
    QVERIFY2(PasswordStore::write(shop, second, &error), qPrintable(error));
    QCOMPARE(PasswordStore::read(shop, &error), std::optional<QString>(second));

    QVERIFY2(PasswordStore::remove(shop, &error), qPrintable(error));
    QCOMPARE(PasswordStore::read(shop, &error), std::nullopt);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // Removing what is not there is no failure.
    QVERIFY2(PasswordStore::remove(shop, &error), qPrintable(error));

    // The keychain, not QtKeychain's plain-text fallback (which writes to QSettings), held it.
    QVERIFY(QSettings().allKeys().isEmpty());
    for (const QString &secret : std::as_const(m_secrets))
        QVERIFY2(filesContaining(secret).isEmpty(), qPrintable(filesContaining(secret).join(u' ')));
}

void tst_PasswordStore::targetRemembersWhenChecked()
{
    if (mode() != Mode::Keyring)
        QSKIP("needs the throwaway keyring of scripts/test (SCHEMATA_TEST_KEYRING=1)");
    const DatabaseAddress shop = server(u"remembered"_s);
    const QString secret = uniqueSecret();
    m_secrets << secret;
    QString error;
    {
        DatabaseTargetWidget target(DatabaseTargetWidget::FileMode::MustExist);
        target.show();
        QVERIFY(QTest::qWaitForWindowExposed(&target));
        target.setAddress(shop);
        QCheckBox *remember = child<QCheckBox>(target, u"rememberPassword"_s);
        QVERIFY(remember->isVisible());
        QVERIFY(remember->isEnabled());
        QVERIFY(!remember->isChecked());
        QVERIFY(child<QLineEdit>(target, u"password"_s)->text().isEmpty());
        QTest::keyClicks(child<QLineEdit>(target, u"password"_s), secret);
        clickBox(remember);
        QVERIFY(remember->isChecked());
        QVERIFY2(target.saveSettings(&error), qPrintable(error));
    }
    QCOMPARE(PasswordStore::read(shop, &error), std::optional<QString>(secret));
    const QByteArray settings = settingsText();
    QVERIFY(settings.contains(m_host.toUtf8()));
    QVERIFY(!settings.contains(secret.toUtf8()));

    {
        // The next dialog names the same server: the stored password is filled in, the box
        // checked.
        DatabaseTargetWidget target(DatabaseTargetWidget::FileMode::MustExist);
        target.show();
        target.restoreSettings();
        QCOMPARE(child<QLineEdit>(target, u"password"_s)->text(), secret);
        QVERIFY(child<QCheckBox>(target, u"rememberPassword"_s)->isChecked());
        std::optional<DatabaseAddress> address = target.address(&error);
        QVERIFY2(address, qPrintable(error));
        QCOMPARE(address->password, std::optional<QString>(secret));

        // Another database: the first one's password is not offered for it.
        QLineEdit *database = child<QLineEdit>(target, u"database"_s);
        database->setFocus();
        database->selectAll();
        QTest::keyClicks(database, u"elsewhere"_s);
        QTest::keyClick(database, Qt::Key_Return);
        QVERIFY(child<QLineEdit>(target, u"password"_s)->text().isEmpty());
        // And back: there it is again.
        database->selectAll();
        QTest::keyClicks(database, u"remembered"_s);
        QTest::keyClick(database, Qt::Key_Return);
        QCOMPARE(child<QLineEdit>(target, u"password"_s)->text(), secret);

        // Unchecked and saved: the keychain forgets it.
        clickBox(child<QCheckBox>(target, u"rememberPassword"_s));
        QVERIFY(!child<QCheckBox>(target, u"rememberPassword"_s)->isChecked());
        QVERIFY2(target.saveSettings(&error), qPrintable(error));
    }
    QCOMPARE(PasswordStore::read(shop, &error), std::nullopt);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    DatabaseTargetWidget target(DatabaseTargetWidget::FileMode::MustExist);
    target.restoreSettings();
    QVERIFY(child<QLineEdit>(target, u"password"_s)->text().isEmpty());
    QVERIFY(!child<QCheckBox>(target, u"rememberPassword"_s)->isChecked());
}

void tst_PasswordStore::targetLooksUpWhenTheServerIsNamed()
{
    if (mode() != Mode::Keyring)
        QSKIP("needs the throwaway keyring of scripts/test (SCHEMATA_TEST_KEYRING=1)");
    DatabaseAddress shop = server(u"typed"_s);
    shop.engine = SqlEngine::Mysql;
    shop.port = -1;
    const QString secret = uniqueSecret();
    m_secrets << secret;
    QString error;
    QVERIFY2(PasswordStore::write(shop, secret, &error), qPrintable(error));

    // Typed field by field, as a person would; leaving the last field looks the server up.
    DatabaseTargetWidget target(DatabaseTargetWidget::FileMode::MustExist);
    target.show();
    QVERIFY(QTest::qWaitForWindowExposed(&target));
    QComboBox *engine = child<QComboBox>(target, u"engine"_s);
    engine->setCurrentIndex(engine->findData(int(SqlEngine::Mysql)));
    for (const auto &[field, text] : {std::pair(u"host"_s, m_host), std::pair(u"user"_s, u"ada"_s),
             std::pair(u"database"_s, u"typed"_s)}) {
        QLineEdit *edit = child<QLineEdit>(target, field);
        edit->setFocus();
        QTest::keyClicks(edit, text);
    }
    QVERIFY(child<QLineEdit>(target, u"password"_s)->text().isEmpty());
    child<QLineEdit>(target, u"password"_s)->setFocus(); // leaves "database"
    QCOMPARE(child<QLineEdit>(target, u"password"_s)->text(), secret);
    QVERIFY(child<QCheckBox>(target, u"rememberPassword"_s)->isChecked());

    // A password typed over it is the one used, and the one stored on save.
    QLineEdit *password = child<QLineEdit>(target, u"password"_s);
    password->selectAll();
    const QString typed = uniqueSecret();
    m_secrets << typed;
    QTest::keyClicks(password, typed);
    QCOMPARE(target.address(&error)->password, std::optional<QString>(typed));
    QVERIFY2(target.saveSettings(&error), qPrintable(error));
    QCOMPARE(PasswordStore::read(shop, &error), std::optional<QString>(typed));
    QVERIFY2(PasswordStore::remove(shop, &error), qPrintable(error));
}

#else
void tst_PasswordStore::withoutKeychainNothingIsStored()
{
    QVERIFY2(mode() == Mode::NoKeychain, "runs with SCHEMATA_TEST_NO_KEYCHAIN=1 (CTest sets it)");
    const DatabaseAddress shop = server(u"nowhere"_s);
    const QString secret = uniqueSecret();
    m_secrets << secret;
    QString error;
    QVERIFY(!PasswordStore::write(shop, secret, &error));
    QCOMPARE(error, PasswordStore::unavailableReason());
    error.clear();
    QCOMPARE(PasswordStore::read(shop, &error), std::nullopt);
    QVERIFY(PasswordStore::remove(shop, &error));

    {
        DatabaseTargetWidget target(DatabaseTargetWidget::FileMode::MustExist);
        target.show();
        QVERIFY(QTest::qWaitForWindowExposed(&target));
        target.setAddress(shop);
        QCheckBox *remember = child<QCheckBox>(target, u"rememberPassword"_s);
        QVERIFY(remember->isVisible());
        QVERIFY(!remember->isEnabled());
        QCOMPARE(remember->toolTip(), PasswordStore::unavailableReason());
        QTest::keyClicks(child<QLineEdit>(target, u"password"_s), secret);
        clickBox(remember);
        QVERIFY(!remember->isChecked());
        QVERIFY(target.saveSettings(&error));
        QCOMPARE(target.address(&error)->password, std::optional<QString>(secret));
    }
    // A setting saved, with a box from an earlier run that had a keychain: still off.
    QSettings().setValue(u"databaseTarget/rememberPassword"_s, true);
    DatabaseTargetWidget target(DatabaseTargetWidget::FileMode::MustExist);
    target.restoreSettings();
    QVERIFY(!child<QCheckBox>(target, u"rememberPassword"_s)->isChecked());
    QVERIFY(child<QLineEdit>(target, u"password"_s)->text().isEmpty());
    QVERIFY(target.saveSettings(&error));

    const QByteArray settings = settingsText();
    QVERIFY(settings.contains(m_host.toUtf8()));
    QVERIFY(!settings.contains(secret.toUtf8()));
    QVERIFY2(filesContaining(secret).isEmpty(), qPrintable(filesContaining(secret).join(u' ')));
}

#endif

void tst_PasswordStore::cleanupTestCase()
{
    if (mode() != Mode::Keyring)
        return;
    QString error;
    for (const QString &database : {u"shop"_s, u"other"_s, u"remembered"_s})
        PasswordStore::remove(server(database), &error);
}

QTEST_MAIN(tst_PasswordStore)
#include "tst_passwordstore.moc"
