#include "passwordstore.h"

#include "dialects/dialect.h"

#include <QEventLoop>
#include <QLoggingCategory>
#include <QTimer>
#include <QUrl>

#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcKeychain, "schemata.dbui.keychain")

namespace {

int timeoutMs = 15'000;
std::optional<bool> keychainAnswers; // asked once per process

// No server is called this, so reading it finds nothing where a keychain works.
const QString ProbeKey = QStringLiteral("(is a keychain there?)");

struct Outcome
{
    bool finished = false;
    QKeychain::Error error = QKeychain::OtherError;
    QString message;
    QString text;
};

// Runs one QtKeychain job to its end, or until the timeout. The job deletes itself when it
// finishes, also after a timeout here: QtKeychain's callbacks still point at it then.
Outcome run(QKeychain::Job *job)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text copy in QSettings
    Outcome outcome;
    QEventLoop loop;
    QObject::connect(
        job, &QKeychain::Job::finished, &loop, [&outcome, &loop](QKeychain::Job *done) {
            outcome.finished = true;
            outcome.error = done->error();
            outcome.message = done->errorString();
            if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(done))
                outcome.text = read->textData();
            loop.quit();
        });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    job->start();
    // Input stays queued meanwhile, so nothing in the window runs twice under the caller.
    if (!outcome.finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (!outcome.finished) {
        // QtKeychain runs its jobs one after the other: later ones would wait behind this one.
        keychainAnswers = false;
        outcome.message = PasswordStore::tr(
            "the system keychain did not answer within %n s", nullptr, (timeoutMs + 999) / 1000);
        qCWarning(lcKeychain) << "keychain timed out; not used again in this session";
    }
    return outcome;
}

} // namespace

QString PasswordStore::key(const DatabaseAddress &address)
{
    if (!address.isServer())
        return {};
    QUrl url;
    url.setScheme(sqlEngineName(address.engine));
    url.setUserName(address.user);
    url.setHost(address.host.isEmpty() ? QStringLiteral("localhost") : address.host);
    url.setPort(address.port > 0 ? address.port : Dialect::forEngine(address.engine).defaultPort());
    url.setPath(u'/' + address.database);
    return url.toString(QUrl::RemovePassword | QUrl::FullyEncoded);
}

bool PasswordStore::isAvailable()
{
    if (!keychainAnswers) {
        auto *job = new QKeychain::ReadPasswordJob(Service);
        job->setKey(ProbeKey);
        const Outcome outcome = run(job);
        keychainAnswers = outcome.finished
            && (outcome.error == QKeychain::NoError || outcome.error == QKeychain::EntryNotFound);
        if (!*keychainAnswers)
            qCInfo(lcKeychain) << "no system keychain:" << outcome.message;
    }
    return *keychainAnswers;
}

std::optional<QString> PasswordStore::read(const DatabaseAddress &address, QString *error)
{
    if (!address.isServer() || !isAvailable())
        return std::nullopt;
    auto *job = new QKeychain::ReadPasswordJob(Service);
    job->setKey(key(address));
    const Outcome outcome = run(job);
    if (outcome.finished && outcome.error == QKeychain::NoError)
        return outcome.text;
    if (outcome.finished && outcome.error == QKeychain::EntryNotFound)
        return std::nullopt;
    if (error)
        *error = tr("Cannot read the password of %1 from the system keychain: %2")
                     .arg(address.displayName(), outcome.message);
    return std::nullopt;
}

bool PasswordStore::write(const DatabaseAddress &address, const QString &password, QString *error)
{
    if (!address.isServer() || !isAvailable()) {
        *error = unavailableReason();
        return false;
    }
    auto *job = new QKeychain::WritePasswordJob(Service);
    job->setKey(key(address));
    job->setTextData(password);
    const Outcome outcome = run(job);
    if (outcome.finished && outcome.error == QKeychain::NoError)
        return true;
    *error = tr("Cannot store the password of %1 in the system keychain: %2")
                 .arg(address.displayName(), outcome.message);
    return false;
}

bool PasswordStore::remove(const DatabaseAddress &address, QString *error)
{
    // Nothing can have been stored where there is no keychain.
    if (!address.isServer() || !isAvailable())
        return true;
    auto *job = new QKeychain::DeletePasswordJob(Service);
    job->setKey(key(address));
    const Outcome outcome = run(job);
    if (outcome.finished
        && (outcome.error == QKeychain::NoError || outcome.error == QKeychain::EntryNotFound))
        return true;
    *error = tr("Cannot remove the password of %1 from the system keychain: %2")
                 .arg(address.displayName(), outcome.message);
    return false;
}

QString PasswordStore::rememberText()
{
    return tr("Remember password in the system keychain");
}

QString PasswordStore::unavailableReason()
{
    return tr("No system keychain answers (such as GNOME Keyring or KWallet), so the password "
              "is not stored anywhere and is asked for each time.");
}

void PasswordStore::setTimeout(int milliseconds)
{
    timeoutMs = milliseconds;
}
