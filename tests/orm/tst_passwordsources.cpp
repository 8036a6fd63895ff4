#include "database/passwordsources.h"

#include <QTest>

using namespace Qt::StringLiterals;

using Source = PasswordSources::Source;

namespace {

DatabaseAddress server(const QString &url)
{
    QString error;
    const std::optional<DatabaseAddress> address = DatabaseAddress::parse(url, &error);
    if (!address)
        qFatal("%s", qPrintable(error));
    return *address;
}

// A keychain and a prompt that count how often they are asked.
struct Fakes
{
    std::optional<QString> stored;
    QStringList answers; // the prompt's, in order; then it gives up
    int keychainReads = 0;
    QList<Source> prompted; // what each prompt was told had been tried
    QStringList problems; // and the error it was shown

    PasswordSources sources(bool withKeychain = true)
    {
        PasswordSources sources;
        if (withKeychain)
            sources.setKeychain([this](const DatabaseAddress &) {
                ++keychainReads;
                return stored;
            });
        sources.setPrompt([this](const DatabaseAddress &, Source tried,
                              const QString &error) -> std::optional<QString> {
            prompted << tried;
            problems << error;
            if (answers.isEmpty())
                return std::nullopt;
            return answers.takeFirst();
        });
        return sources;
    }
};

// A server that takes `right` only, and counts the tries.
struct FakeServer
{
    QString right;
    QList<std::optional<QString>> tries;

    PasswordSources::Open open()
    {
        return [this](const DatabaseAddress &address, QString *error) {
            tries << address.password;
            if (address.password == right)
                return true;
            *error = u"password authentication failed for user \"ada\""_s;
            return false;
        };
    }
};

} // namespace

// The one order in which the command line, the window and the connection form find a
// server's password: URL, environment, keychain, prompt.
class tst_PasswordSources : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void urlBeatsEverything();
    void environmentBeatsKeychain_data();
    void environmentBeatsKeychain();
    void keychainWhenNothingEarlier();
    void withoutKeychainNothingStored();
    void noneFoundTriesWithoutPassword();
    void promptAfterAFailureUntilItWorks();
    void promptGivingUpFails();
    void promptNotAskedWhenTheFirstTryWorks();
    void sqliteHasNoPassword();
};

void tst_PasswordSources::init()
{
    qunsetenv("PGPASSWORD");
    qunsetenv("MYSQL_PWD");
}

void tst_PasswordSources::cleanup()
{
    init();
}

void tst_PasswordSources::urlBeatsEverything()
{
    qputenv("PGPASSWORD", "from-environment");
    Fakes fakes;
    fakes.stored = u"from-keychain"_s;
    DatabaseAddress address = server(u"postgresql://ada:from-url@db.example/shop"_s);
    QCOMPARE(fakes.sources().fill(address), Source::Url);
    QCOMPARE(address.password, std::optional<QString>(u"from-url"_s));
    QCOMPARE(fakes.keychainReads, 0);
    QVERIFY(fakes.prompted.isEmpty());
}

void tst_PasswordSources::environmentBeatsKeychain_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QByteArray>("variable");
    QTest::addColumn<QByteArray>("otherVariable");
    QTest::newRow("postgresql: PGPASSWORD")
        << u"postgresql://ada@db.example/shop"_s << "PGPASSWORD"_ba
        << "MYSQL_PWD"_ba;
    QTest::newRow("mariadb: MYSQL_PWD") << u"mysql://ada@db.example/shop"_s << "MYSQL_PWD"_ba
                                        << "PGPASSWORD"_ba;
}

void tst_PasswordSources::environmentBeatsKeychain()
{
    QFETCH(QString, url);
    QFETCH(QByteArray, variable);
    QFETCH(QByteArray, otherVariable);
    Fakes fakes;
    fakes.stored = u"from-keychain"_s;

    // The other engine's variable is not this one's.
    qputenv(otherVariable.constData(), "other-engine");
    DatabaseAddress address = server(url);
    QCOMPARE(fakes.sources().fill(address), Source::Keychain);
    QCOMPARE(address.password, std::optional<QString>(u"from-keychain"_s));
    QCOMPARE(fakes.keychainReads, 1);

    qputenv(variable.constData(), "from-environment");
    address = server(url);
    QCOMPARE(fakes.sources().fill(address), Source::Environment);
    QCOMPARE(address.password, std::optional<QString>(u"from-environment"_s));
    QCOMPARE(fakes.keychainReads, 1); // not asked again
    QVERIFY(fakes.prompted.isEmpty());
}

void tst_PasswordSources::keychainWhenNothingEarlier()
{
    Fakes fakes;
    fakes.stored = u"from-keychain"_s;
    FakeServer db {u"from-keychain"_s, {}};
    DatabaseAddress address = server(u"mysql://ada@db.example/shop"_s);
    Source source = Source::None;
    QString error;
    QVERIFY(fakes.sources().open(address, db.open(), &error, &source));
    QCOMPARE(source, Source::Keychain);
    QCOMPARE(db.tries.size(), 1);
    QVERIFY(fakes.prompted.isEmpty());
}

void tst_PasswordSources::withoutKeychainNothingStored()
{
    // The command line without --keychain: the stored password is never read.
    Fakes fakes;
    fakes.stored = u"from-keychain"_s;
    DatabaseAddress address = server(u"postgresql://ada@db.example/shop"_s);
    QCOMPARE(fakes.sources(false).fill(address), Source::None);
    QCOMPARE(address.password, std::nullopt);
    QCOMPARE(fakes.keychainReads, 0);
}

void tst_PasswordSources::noneFoundTriesWithoutPassword()
{
    // A server may take the connection without a password (trust, a socket): tried first.
    Fakes fakes;
    QList<std::optional<QString>> tries;
    const PasswordSources::Open trusting = [&tries](const DatabaseAddress &a, QString *) {
        tries << a.password;
        return !a.password.has_value();
    };
    DatabaseAddress address = server(u"postgresql://ada@db.example/shop"_s);
    QString error;
    Source source = Source::Url;
    QVERIFY(fakes.sources().open(address, trusting, &error, &source));
    QCOMPARE(source, Source::None);
    QCOMPARE(tries, QList<std::optional<QString>>({std::nullopt}));
    QCOMPARE(fakes.keychainReads, 1);
    QVERIFY(fakes.prompted.isEmpty());
}

void tst_PasswordSources::promptAfterAFailureUntilItWorks()
{
    Fakes fakes;
    fakes.stored = u"stale"_s;
    fakes.answers = {u"typo"_s, u"right"_s, u"never asked"_s};
    FakeServer db {u"right"_s, {}};
    DatabaseAddress address = server(u"postgresql://ada@db.example/shop"_s);
    QString error;
    Source source = Source::None;
    QVERIFY(fakes.sources().open(address, db.open(), &error, &source));
    QCOMPARE(source, Source::Prompt);
    QCOMPARE(address.password, std::optional<QString>(u"right"_s));
    QCOMPARE(db.tries, QList<std::optional<QString>>({u"stale"_s, u"typo"_s, u"right"_s}));
    // The prompt hears what failed: the keychain's password, then its own.
    QCOMPARE(fakes.prompted, QList<Source>({Source::Keychain, Source::Prompt}));
    QVERIFY(fakes.problems.constFirst().contains(u"authentication failed"_s));
    QCOMPARE(fakes.answers, QStringList({u"never asked"_s}));
}

void tst_PasswordSources::promptGivingUpFails()
{
    Fakes fakes;
    FakeServer db {u"right"_s, {}};
    DatabaseAddress address = server(u"postgresql://ada:wrong@db.example/shop"_s);
    QString error;
    QVERIFY(!fakes.sources().open(address, db.open(), &error));
    QVERIFY(error.contains(u"authentication failed"_s));
    QCOMPARE(fakes.prompted, QList<Source>({Source::Url}));
    QCOMPARE(db.tries.size(), 1);
}

void tst_PasswordSources::promptNotAskedWhenTheFirstTryWorks()
{
    qputenv("MYSQL_PWD", "right");
    Fakes fakes;
    fakes.answers = {u"never asked"_s};
    FakeServer db {u"right"_s, {}};
    DatabaseAddress address = server(u"mysql://ada@db.example/shop"_s);
    QString error;
    Source source = Source::None;
    QVERIFY(fakes.sources().open(address, db.open(), &error, &source));
    QCOMPARE(source, Source::Environment);
    QVERIFY(fakes.prompted.isEmpty());
    QCOMPARE(fakes.keychainReads, 0);
}

void tst_PasswordSources::sqliteHasNoPassword()
{
    qputenv("PGPASSWORD", "from-environment");
    qputenv("MYSQL_PWD", "from-environment");
    Fakes fakes;
    fakes.stored = u"from-keychain"_s;
    fakes.answers = {u"never asked"_s};
    DatabaseAddress address;
    address.path = u"/nonexistent/shop.sqlite"_s;
    int tries = 0;
    QString error;
    QVERIFY(!fakes.sources().open(
        address,
        [&tries](const DatabaseAddress &a, QString *e) {
            ++tries;
            *e = u"no such file"_s;
            return a.password.has_value();
        },
        &error));
    QCOMPARE(tries, 1);
    QCOMPARE(address.password, std::nullopt);
    QCOMPARE(fakes.keychainReads, 0);
    QVERIFY(fakes.prompted.isEmpty());
}

QTEST_GUILESS_MAIN(tst_PasswordSources)
#include "tst_passwordsources.moc"
