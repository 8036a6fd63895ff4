#include "connection/databasetargetwidget.h"
#include "dialogs/applydialog.h"
#include "dialogs/importdialog.h"
#include "dialogs/sqlpreviewdialog.h"

#include "../orm/testdesigns.h"
#include "ddl/ddlwriter.h"
#include "dialects/dialect.h"
#include "filedialoganswer.h"
#include "xml/datatypecataloguereader.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

// Waits long enough for a server round trip on a loaded machine.
constexpr int WorkerTimeout = 60000;

template<typename T>
T *child(const QWidget &parent, const QString &name)
{
    T *found = parent.findChild<T *>(name);
    if (!found)
        qFatal("no child %s", qPrintable(name));
    return found;
}

void click(const QWidget &parent, const QString &button)
{
    QPushButton *b = child<QPushButton>(parent, button);
    QVERIFY2(b->isVisible() && b->isEnabled(), qPrintable(button));
    QTest::mouseClick(b, Qt::LeftButton);
}

void chooseEngine(const QWidget &parent, SqlEngine engine)
{
    QComboBox *combo = child<QComboBox>(parent, u"engine"_s);
    combo->setCurrentIndex(combo->findData(int(engine)));
}

// Points a target widget at `database`: an SQLite path typed into the file field, or a URL
// pasted into the URL field (which fills the server fields).
void enterDatabase(const QWidget &parent, const QString &database)
{
    if (database.contains(u"://"_s)) {
        QLineEdit *url = child<QLineEdit>(parent, u"url"_s);
        url->setFocus();
        QTest::keyClicks(url, database);
    } else {
        chooseEngine(parent, SqlEngine::Sqlite);
        QLineEdit *path = child<QLineEdit>(parent, u"path"_s);
        path->clear();
        QTest::keyClicks(path, database);
    }
}

QStringList physicalTables()
{
    QStringList names;
    const Schema physical = DdlWriter::physicalSchema(seedModels());
    for (const Table &t : physical.tables())
        names << t.name.toLower();
    names.sort();
    return names;
}

// The tables of a database, lower case and sorted, read with a connection of the test's own.
QStringList tablesIn(const QString &database)
{
    QString error;
    Connection connection;
    if (!connection.open(
            *DatabaseAddress::parse(database, &error), Connection::Mode::OpenExisting, &error))
        qFatal("%s", qPrintable(error));
    QStringList names;
    for (const QString &name : connection.dialect().tableNames(connection.database()))
        names << name.toLower();
    names.sort();
    return names;
}

QString freshDatabase(const QString &engine, const QString &name)
{
    QString error;
    const QString url = TestDatabases::freshDatabase(engine, name, &error);
    if (url.isEmpty())
        qFatal("%s", qPrintable(error));
    return url;
}

QString sqlOf(SqlEngine engine, const Schema &schema)
{
    return DdlWriter(*Dialect::create(engine)).write(schema).text();
}

int statementsOf(SqlEngine engine, const Schema &schema)
{
    return int(DdlWriter(*Dialect::create(engine)).write(schema).statements.size());
}

// A shown ApplyDialog aimed at `database`, on its preview page.
struct ApplyRun
{
    std::unique_ptr<ApplyDialog> dialog;
    bool previewOk = false;
};

ApplyRun openPreview(const Schema &schema, const QString &database, bool replace)
{
    ApplyRun run;
    run.dialog = std::make_unique<ApplyDialog>(schema);
    ApplyDialog &dialog = *run.dialog;
    dialog.show();
    if (!QTest::qWaitForWindowExposed(&dialog))
        qFatal("window not exposed");
    enterDatabase(dialog, database);
    child<QCheckBox>(dialog, u"replace"_s)->setChecked(replace);
    QSignalSpy preview(&dialog, &ApplyDialog::previewReady);
    QTest::mouseClick(child<QPushButton>(dialog, u"next"_s), Qt::LeftButton);
    if (!preview.wait(WorkerTimeout))
        qFatal("no preview");
    run.previewOk = preview.first().first().toBool();
    return run;
}

// Confirms the preview and waits for the applier; returns its ok.
bool confirmApply(ApplyDialog &dialog)
{
    QSignalSpy finished(&dialog, &ApplyDialog::applyFinished);
    QTest::mouseClick(child<QPushButton>(dialog, u"next"_s), Qt::LeftButton);
    if (!finished.wait(WorkerTimeout))
        qFatal("apply did not finish");
    return finished.first().first().toBool();
}

QString resultText(const ApplyDialog &dialog)
{
    return child<QLabel>(dialog, u"resultText"_s)->text();
}

} // namespace

class tst_DatabaseDialogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void previewStartsAtTheDesignsDialect();
    void previewShowsEachDialect_data();
    void previewShowsEachDialect();
    void previewSwitchesWithTheCombo();
    void previewCopiesAndSaves();
    void previewShowsErrorsInsteadOfSql();

    void targetFillsFromUrlAndForgetsThePassword();
    void targetTakesThePasswordFromTheEnvironment();

    void applyToNewSqliteFile();
    void applyCancelledLeavesTheDatabase();
    void applyRefusesADesignWithErrors();
    void applyRefusalNamesNoCommandLineOption();
    void applyNamesItsTargetPlainly_data() { TestDatabases::addEngineRows(); }
    void applyNamesItsTargetPlainly();
    void shortcutLabelsHaveBuddies();
    void applyOnEveryEngine_data() { TestDatabases::addEngineRows(); }
    void applyOnEveryEngine();

    void importFromSqliteFile();
    void importReportsAMissingFile();
    void importOnEveryEngine_data() { TestDatabases::addEngineRows(); }
    void importOnEveryEngine();

private:
    QTemporaryDir m_dir;
};

void tst_DatabaseDialogs::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"SchemataTests"_s);
    QCoreApplication::setApplicationName(u"tst_databasedialogs"_s);
    QVERIFY(m_dir.isValid());
    const QString missing = TestDatabases::missingServers();
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
}

void tst_DatabaseDialogs::init()
{
    QSettings().clear();
    qunsetenv("PGPASSWORD");
    qunsetenv("MYSQL_PWD");
}

void tst_DatabaseDialogs::previewStartsAtTheDesignsDialect()
{
    SqlPreviewDialog plain(seedModels());
    QSignalSpy plainReady(&plain, &SqlPreviewDialog::sqlReady);
    QCOMPARE(plain.engine(), SqlEngine::Sqlite);
    QTRY_COMPARE_WITH_TIMEOUT(plainReady.count(), 1, WorkerTimeout);

    Schema postgres = seedModels();
    postgres.setCatalogue(DatatypeCatalogueReader::bundled(u"postgresql"_s));
    SqlPreviewDialog dialog(postgres);
    QSignalSpy ready(&dialog, &SqlPreviewDialog::sqlReady);
    QCOMPARE(child<QComboBox>(dialog, u"dialect"_s)->currentText(), u"PostgreSQL"_s);
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, WorkerTimeout);
    QVERIFY(dialog.sql().contains(u"GENERATED BY DEFAULT AS IDENTITY"_s));
}

void tst_DatabaseDialogs::previewShowsEachDialect_data()
{
    QTest::addColumn<SqlEngine>("engine");
    QTest::addColumn<QStringList>("fragments");
    QTest::addColumn<QString>("foreignQuote");
    QTest::newRow("sqlite") << SqlEngine::Sqlite
                            << QStringList {u"CREATE TABLE \"user\" ("_s, u"AUTOINCREMENT"_s}
                            << u"`"_s;
    QTest::newRow("postgresql") << SqlEngine::Postgres
                                << QStringList {u"CREATE TABLE \"user\" ("_s,
                                       u"GENERATED BY DEFAULT AS IDENTITY"_s,
                                       u"ALTER TABLE \"post\" ADD CONSTRAINT"_s}
                                << u"`"_s;
    QTest::newRow("mysql") << SqlEngine::Mysql
                           << QStringList {u"CREATE TABLE `user` ("_s, u"AUTO_INCREMENT"_s,
                                  u"ENGINE=InnoDB"_s}
                           << u"\""_s;
}

void tst_DatabaseDialogs::previewShowsEachDialect()
{
    QFETCH(SqlEngine, engine);
    QFETCH(QStringList, fragments);
    QFETCH(QString, foreignQuote);
    SqlPreviewDialog dialog(seedModels());
    QSignalSpy ready(&dialog, &SqlPreviewDialog::sqlReady);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, WorkerTimeout);
    if (engine != SqlEngine::Sqlite) {
        QComboBox *dialect = child<QComboBox>(dialog, u"dialect"_s);
        dialect->setCurrentIndex(dialect->findData(int(engine)));
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 2, WorkerTimeout);
    }
    QCOMPARE(ready.last().first().toBool(), true);
    const QString shown = child<QPlainTextEdit>(dialog, u"sql"_s)->toPlainText();
    for (const QString &fragment : fragments)
        QVERIFY2(shown.contains(fragment), qPrintable(fragment));
    QVERIFY(!shown.contains(foreignQuote + u"user"_s + foreignQuote));
    // Exactly the script the applier runs.
    QCOMPARE(shown, sqlOf(engine, seedModels()));
    QVERIFY(child<QPushButton>(dialog, u"copy"_s)->isEnabled());
}

void tst_DatabaseDialogs::previewSwitchesWithTheCombo()
{
    SqlPreviewDialog dialog(seedModels());
    QSignalSpy ready(&dialog, &SqlPreviewDialog::sqlReady);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, WorkerTimeout);
    QPlainTextEdit *sql = child<QPlainTextEdit>(dialog, u"sql"_s);
    QVERIFY(sql->toPlainText().contains(u"CREATE TABLE \"user\""_s));

    // Changing the dialect by keyboard, as a user would, rewrites the script.
    QComboBox *dialect = child<QComboBox>(dialog, u"dialect"_s);
    dialect->setFocus();
    QTest::keyClick(dialect, Qt::Key_End);
    QCOMPARE(dialog.engine(), SqlEngine::Mysql);
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 2, WorkerTimeout);
    QVERIFY(sql->toPlainText().contains(u"CREATE TABLE `user`"_s));
    QVERIFY(!sql->toPlainText().contains(u"CREATE TABLE \"user\""_s));

    // Two quick changes: only the last one's script stays.
    dialect->setCurrentIndex(dialect->findData(int(SqlEngine::Postgres)));
    dialect->setCurrentIndex(dialect->findData(int(SqlEngine::Sqlite)));
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 3, WorkerTimeout);
    QTest::qWait(200); // a stale result would arrive now
    QCOMPARE(ready.count(), 3);
    QCOMPARE(sql->toPlainText(), sqlOf(SqlEngine::Sqlite, seedModels()));
}

void tst_DatabaseDialogs::previewCopiesAndSaves()
{
    SqlPreviewDialog dialog(seedModels());
    QSignalSpy ready(&dialog, &SqlPreviewDialog::sqlReady);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, WorkerTimeout);
    QComboBox *dialect = child<QComboBox>(dialog, u"dialect"_s);
    dialect->setCurrentIndex(dialect->findData(int(SqlEngine::Postgres)));
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 2, WorkerTimeout);
    const QString shown = child<QPlainTextEdit>(dialog, u"sql"_s)->toPlainText();
    QVERIFY(!shown.isEmpty());

    QApplication::clipboard()->clear();
    click(dialog, u"copy"_s);
    QCOMPARE(QApplication::clipboard()->text(), shown);

    // Save As... opens a file dialog: answer it as a user would.
    const QString path = m_dir.filePath(u"preview.sql"_s);
    answerFileDialog(path);
    click(dialog, u"save"_s);
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(saved.readAll()), shown);
}

void tst_DatabaseDialogs::previewShowsErrorsInsteadOfSql()
{
    // A foreign key to a column that is not a key: an error, so there is no SQL.
    const Schema broken = designFrom(R"(
<table name="owner"><row name="id" null="0"><datatype>INTEGER</datatype></row>
<row name="code" null="0"><datatype>INTEGER</datatype></row>
<key type="PRIMARY"><part>id</part></key></table>
<table name="pet"><row name="id" null="0"><datatype>INTEGER</datatype></row>
<row name="owner_code" null="0"><datatype>INTEGER</datatype>
<relation table="owner" row="code" /></row>
<key type="PRIMARY"><part>id</part></key></table>)");
    SqlPreviewDialog dialog(broken);
    QSignalSpy ready(&dialog, &SqlPreviewDialog::sqlReady);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, WorkerTimeout);
    QCOMPARE(ready.first().first().toBool(), false);
    QListWidget *problems = child<QListWidget>(dialog, u"problems"_s);
    QVERIFY(problems->isVisible());
    QVERIFY(problems->count() >= 1);
    QVERIFY2(problems->item(0)->text().startsWith(u"error: pet.owner_code"_s),
        qPrintable(problems->item(0)->text()));
    QPlainTextEdit *sql = child<QPlainTextEdit>(dialog, u"sql"_s);
    QVERIFY(!sql->isVisible());
    QVERIFY(dialog.sql().isEmpty());
    QVERIFY(!child<QPushButton>(dialog, u"copy"_s)->isEnabled());
    QVERIFY(!child<QPushButton>(dialog, u"save"_s)->isEnabled());
    QVERIFY(child<QLabel>(dialog, u"status"_s)->text().contains(u"errors"_s));
}

void tst_DatabaseDialogs::targetFillsFromUrlAndForgetsThePassword()
{
    const QString secret = u"s3cret-pw"_s;
    {
        DatabaseTargetWidget target(DatabaseTargetWidget::FileMode::MayBeNew);
        target.show();
        QVERIFY(QTest::qWaitForWindowExposed(&target));
        enterDatabase(target,
            u"postgresql://ada:"_s + secret + u"@db.example:6543/shop?sslmode=verify-full"_s);
        QCOMPARE(
            child<QComboBox>(target, u"engine"_s)->currentData().toInt(), int(SqlEngine::Postgres));
        QCOMPARE(child<QLineEdit>(target, u"host"_s)->text(), u"db.example"_s);
        QCOMPARE(child<QSpinBox>(target, u"port"_s)->value(), 6543);
        QCOMPARE(child<QLineEdit>(target, u"database"_s)->text(), u"shop"_s);
        QCOMPARE(child<QLineEdit>(target, u"user"_s)->text(), u"ada"_s);
        QCOMPARE(child<QLineEdit>(target, u"password"_s)->text(), secret);
        QCOMPARE(child<QComboBox>(target, u"tls"_s)->currentData().toString(), u"verify-full"_s);
        QVERIFY(child<QLineEdit>(target, u"host"_s)->isVisible());
        QVERIFY(!child<QLineEdit>(target, u"path"_s)->isVisible());

        QString error;
        const std::optional<DatabaseAddress> address = target.address(&error);
        QVERIFY2(address, qPrintable(error));
        QCOMPARE(address->engine, SqlEngine::Postgres);
        QCOMPARE(address->host, u"db.example"_s);
        QCOMPARE(address->port, 6543);
        QCOMPARE(address->user, u"ada"_s);
        QCOMPARE(address->password, std::optional<QString>(secret));
        QCOMPARE(address->sslMode, u"verify-full"_s);

        // A URL that cannot be one says why and leaves the fields alone.
        QLineEdit *url = child<QLineEdit>(target, u"url"_s);
        url->clear();
        QTest::keyClicks(url, u"postgresql://ada@db.example"_s);
        QVERIFY(child<QLabel>(target, u"urlProblem"_s)->isVisible());
        QCOMPARE(child<QLineEdit>(target, u"database"_s)->text(), u"shop"_s);
        // Editing a field by hand clears the URL, which no longer says what the fields say.
        QTest::keyClicks(child<QLineEdit>(target, u"database"_s), u"2"_s);
        QVERIFY(url->text().isEmpty());
        QVERIFY(!child<QLabel>(target, u"urlProblem"_s)->isVisible());
        QLineEdit *database = child<QLineEdit>(target, u"database"_s);
        database->setText(u"shop"_s);
        target.saveSettings();
    }
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
    const QByteArray stored = file.readAll();
    QVERIFY(stored.contains("databaseTarget"));
    QVERIFY(stored.contains("db.example"));
    QVERIFY(!stored.contains(secret.toUtf8()));

    DatabaseTargetWidget restored(DatabaseTargetWidget::FileMode::MayBeNew);
    restored.restoreSettings();
    QCOMPARE(
        child<QComboBox>(restored, u"engine"_s)->currentData().toInt(), int(SqlEngine::Postgres));
    QCOMPARE(child<QLineEdit>(restored, u"host"_s)->text(), u"db.example"_s);
    QCOMPARE(child<QSpinBox>(restored, u"port"_s)->value(), 6543);
    QCOMPARE(child<QLineEdit>(restored, u"database"_s)->text(), u"shop"_s);
    QCOMPARE(child<QLineEdit>(restored, u"user"_s)->text(), u"ada"_s);
    QCOMPARE(child<QComboBox>(restored, u"tls"_s)->currentData().toString(), u"verify-full"_s);
    QVERIFY(child<QLineEdit>(restored, u"password"_s)->text().isEmpty());
}

void tst_DatabaseDialogs::targetTakesThePasswordFromTheEnvironment()
{
    DatabaseTargetWidget target(DatabaseTargetWidget::FileMode::MayBeNew);
    enterDatabase(target, u"mysql://ada@db.example/shop"_s);
    QString error;
    QCOMPARE(target.address(&error)->password, std::nullopt);
    qputenv("MYSQL_PWD", "from-environment");
    QCOMPARE(target.address(&error)->password, std::optional<QString>(u"from-environment"_s));
    // A typed password wins.
    QTest::keyClicks(child<QLineEdit>(target, u"password"_s), u"typed"_s);
    QCOMPARE(target.address(&error)->password, std::optional<QString>(u"typed"_s));

    // SQLite needs a path, and says so.
    chooseEngine(target, SqlEngine::Sqlite);
    QVERIFY(!target.isComplete());
    QVERIFY(!target.address(&error));
    QVERIFY(!error.isEmpty());
}

void tst_DatabaseDialogs::applyToNewSqliteFile()
{
    const QString path = m_dir.filePath(u"applied.sqlite"_s);
    QVERIFY(!QFile::exists(path));
    const int statements = statementsOf(SqlEngine::Sqlite, seedModels());
    {
        ApplyRun run = openPreview(seedModels(), path, false);
        QVERIFY(run.previewOk);
        ApplyDialog &dialog = *run.dialog;
        // Reading the plan does not create the file.
        QVERIFY(!QFile::exists(path));
        QCOMPARE(child<QPlainTextEdit>(dialog, u"previewSql"_s)->toPlainText(),
            sqlOf(SqlEngine::Sqlite, seedModels()));
        const QString confirmation = child<QLabel>(dialog, u"confirmation"_s)->text();
        QVERIFY2(confirmation.contains(u"Apply %1 statement"_s.arg(statements))
                && confirmation.contains(path),
            qPrintable(confirmation));
        QVERIFY(confirmApply(dialog));
        QVERIFY2(resultText(dialog).contains(u"Created %1 table"_s.arg(physicalTables().size())),
            qPrintable(resultText(dialog)));
        QCOMPARE(dialog.result()->statements, statements);
        QVERIFY(child<QPushButton>(dialog, u"close"_s)->isVisible());
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QStringList tables = db.tables();
        for (QString &t : tables)
            t = t.toLower();
        tables.removeAll(u"sqlite_sequence"_s);
        tables.sort();
        QCOMPARE(tables, physicalTables());
        QSqlQuery insert(db);
        QVERIFY(insert.exec(u"INSERT INTO \"user\" (name) VALUES ('ada')"_s));
    }
    QSqlDatabase::removeDatabase(u"check"_s);
    const auto userRows = [&] {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"rows"_s);
        db.setDatabaseName(path);
        int rows = -1;
        if (db.open()) {
            QSqlQuery count(u"SELECT COUNT(*) FROM \"user\""_s, db);
            rows = count.next() ? count.value(0).toInt() : -1;
        }
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"rows"_s);
        return rows;
    };
    QCOMPARE(userRows(), 1);

    // Again without replacing: the existing tables are named, Apply waits for Replace, which
    // can be checked right there; unchecked again, nothing is applied and the row stays.
    {
        ApplyRun run = openPreview(seedModels(), path, false);
        QVERIFY(run.previewOk);
        ApplyDialog &dialog = *run.dialog;
        QVERIFY(child<QLabel>(dialog, u"previewSummary"_s)
                    ->text()
                    .contains(u"already has %1 table"_s.arg(physicalTables().size())));
        QVERIFY(!child<QPushButton>(dialog, u"next"_s)->isEnabled());
        QCheckBox *replace = child<QCheckBox>(dialog, u"previewReplace"_s);
        QVERIFY(replace->isVisible());
        QVERIFY(!replace->isChecked());
        // On its box: the widget is wider than its text.
        const QPoint box(replace->height() / 2, replace->height() / 2);
        QTest::mouseClick(replace, Qt::LeftButton, {}, box);
        QVERIFY(replace->isChecked());
        QVERIFY(child<QPushButton>(dialog, u"next"_s)->isEnabled());
        QVERIFY(child<QPlainTextEdit>(dialog, u"previewSql"_s)
                    ->toPlainText()
                    .startsWith(u"DROP TABLE"_s));
        QVERIFY(child<QLabel>(dialog, u"previewSummary"_s)->text().contains(u"dropped"_s));
        QTest::mouseClick(replace, Qt::LeftButton, {}, box);
        QVERIFY(!child<QPushButton>(dialog, u"next"_s)->isEnabled());
        QVERIFY(!child<QPlainTextEdit>(dialog, u"previewSql"_s)
                     ->toPlainText()
                     .startsWith(u"DROP TABLE"_s));
        dialog.reject();
    }
    QCOMPARE(userRows(), 1);

    // With replacing: the preview shows the drops first, and the tables are new and empty.
    {
        ApplyRun run = openPreview(seedModels(), path, true);
        QVERIFY(run.previewOk);
        const QString sql = child<QPlainTextEdit>(*run.dialog, u"previewSql"_s)->toPlainText();
        QVERIFY(sql.startsWith(u"DROP TABLE"_s));
        QVERIFY(sql.endsWith(sqlOf(SqlEngine::Sqlite, seedModels())));
        const int total = statements + int(physicalTables().size());
        QVERIFY(child<QLabel>(*run.dialog, u"confirmation"_s)
                    ->text()
                    .contains(u"Apply %1 statement"_s.arg(total)));
        QVERIFY(confirmApply(*run.dialog));
        QVERIFY(
            resultText(*run.dialog).contains(u"Replaced %1 table"_s.arg(physicalTables().size())));
        QCOMPARE(run.dialog->result()->statements, total);
    }
    QCOMPARE(userRows(), 0);
}

void tst_DatabaseDialogs::applyCancelledLeavesTheDatabase()
{
    const QString path = m_dir.filePath(u"cancelled.sqlite"_s);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"locker"_s);
    db.setDatabaseName(path);
    QVERIFY(db.open());
    QSqlQuery query(db);
    QVERIFY(query.exec(u"CREATE TABLE keep (id INTEGER PRIMARY KEY, note TEXT)"_s));
    QVERIFY(query.exec(u"INSERT INTO keep (note) VALUES ('still here')"_s));

    {
        ApplyRun run = openPreview(seedModels(), path, false);
        QVERIFY(run.previewOk);
        ApplyDialog &dialog = *run.dialog;
        // Hold the database so that the worker cannot get past its first statement before
        // Cancel is pressed; it waits for the lock (SQLite's busy timeout), then finds the
        // cancellation in its progress callback.
        QVERIFY(query.exec(u"BEGIN EXCLUSIVE"_s));
        QSignalSpy finished(&dialog, &ApplyDialog::applyFinished);
        click(dialog, u"next"_s);
        QCOMPARE(child<QStackedWidget>(dialog, QString())->currentWidget()->objectName(),
            u"progressPage"_s);
        click(dialog, u"cancel"_s);
        QVERIFY(!child<QPushButton>(dialog, u"cancel"_s)->isEnabled());
        // Closing the window meanwhile does not abandon the rollback.
        dialog.reject();
        QVERIFY(dialog.isVisible());
        QVERIFY(query.exec(u"COMMIT"_s));
        QVERIFY(finished.wait(WorkerTimeout));
        QCOMPARE(finished.first().first().toBool(), false);
        const QString text = resultText(dialog);
        QVERIFY2(
            text.contains(u"Cancelled"_s) && text.contains(u"rolled back"_s), qPrintable(text));
        QVERIFY(dialog.result()->statements >= 1);
    }
    QStringList tables = db.tables();
    QCOMPARE(tables, QStringList {u"keep"_s});
    QVERIFY(query.exec(u"SELECT note FROM keep"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), u"still here"_s);
    query = QSqlQuery();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"locker"_s);
}

void tst_DatabaseDialogs::applyRefusesADesignWithErrors()
{
    const Schema broken = designFrom(R"(<table name="nothing"></table>)");
    const QString path = m_dir.filePath(u"never.sqlite"_s);
    ApplyRun run = openPreview(broken, path, false);
    QVERIFY(!run.previewOk);
    QListWidget *problems = child<QListWidget>(*run.dialog, u"previewProblems"_s);
    QVERIFY(problems->count() >= 1);
    QVERIFY(problems->item(0)->text().contains(u"nothing"_s));
    QVERIFY(!child<QPushButton>(*run.dialog, u"next"_s)->isEnabled());
    QVERIFY(!QFile::exists(path));
}

// Tables that appear between the preview and Apply are refused, in the window's words: the
// box to check, not the command line's --replace.
void tst_DatabaseDialogs::applyRefusalNamesNoCommandLineOption()
{
    const QString path = m_dir.filePath(u"appeared.sqlite"_s);
    ApplyRun run = openPreview(seedModels(), path, false);
    QVERIFY(run.previewOk);
    QVERIFY(child<QPushButton>(*run.dialog, u"next"_s)->isEnabled());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"appear"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(u"CREATE TABLE \"user\" (id INTEGER PRIMARY KEY)"_s));
    }
    QSqlDatabase::removeDatabase(u"appear"_s);
    QVERIFY(!confirmApply(*run.dialog));
    const QString text = resultText(*run.dialog);
    QVERIFY2(text.contains(u"Nothing was changed"_s) && text.contains(u"user"_s)
            && text.contains(u"Replace existing tables"_s),
        qPrintable(text));
    QVERIFY2(!text.contains(u"--"_s), qPrintable(text));
    QCOMPARE(tablesIn(path), QStringList {u"user"_s});
}

// The preview page names the database plainly: the engine, the server and database or the
// file, never the password.
void tst_DatabaseDialogs::applyNamesItsTargetPlainly()
{
    QFETCH(QString, engine);
    const QString database = freshDatabase(engine, u"tst_databasedialogs_named"_s);
    ApplyRun run = openPreview(seedModels(), database, false);
    QVERIFY(run.previewOk);
    const QString target = child<QLabel>(*run.dialog, u"previewTarget"_s)->text();
    const QString confirmation = child<QLabel>(*run.dialog, u"confirmation"_s)->text();
    QVERIFY(child<QLabel>(*run.dialog, u"previewTarget"_s)->isVisible());
    const DatabaseAddress address = *DatabaseAddress::parse(database, nullptr);
    for (const QString &text : {target, confirmation}) {
        if (address.isServer()) {
            QVERIFY2(text.contains(u"“"_s + address.database + u"”"_s)
                    && text.contains(address.host + u':' + QString::number(address.port))
                    && text.contains(u"as "_s + address.user)
                    && text.contains(address.engine == SqlEngine::Postgres ? u"PostgreSQL"_s
                                                                         : u"MariaDB"_s),
                qPrintable(text));
            // (The test servers' password is also their user's name.)
            QString rest = text;
            rest.remove(address.user);
            rest.remove(address.database);
            QVERIFY2(!rest.contains(*address.password), "the password is shown");
        } else {
            QVERIFY2(text.contains(u"SQLite file "_s + database), qPrintable(text));
        }
    }
}

// A label with a shortcut (&File:) shows it underlined only with a buddy to take the focus;
// without one it shows the "&" itself.
void tst_DatabaseDialogs::shortcutLabelsHaveBuddies()
{
    ApplyDialog apply(seedModels());
    ImportDialog import;
    for (QDialog *dialog : {static_cast<QDialog *>(&apply), static_cast<QDialog *>(&import)}) {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        for (const SqlEngine engine : {SqlEngine::Sqlite, SqlEngine::Postgres}) {
            chooseEngine(*dialog, engine);
            int checked = 0;
            for (QLabel *label : dialog->findChildren<QLabel *>()) {
                QString text = label->text();
                text.remove(u"&&"_s);
                if (!label->isVisible() || !text.contains(u'&'))
                    continue;
                ++checked;
                // QLabel gives the focus only to a buddy that takes it.
                QVERIFY2(label->buddy(), qPrintable(label->text()));
                QVERIFY2(label->buddy()->focusPolicy() != Qt::NoFocus, qPrintable(label->text()));
            }
            QVERIFY(checked >= 2);
        }
        // Alt+F reaches the file's path.
        chooseEngine(*dialog, SqlEngine::Sqlite);
        dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QTest::keyClick(dialog, Qt::Key_F, Qt::AltModifier);
        QTRY_COMPARE(QApplication::focusWidget(), child<QLineEdit>(*dialog, u"path"_s));
    }
}

void tst_DatabaseDialogs::applyOnEveryEngine()
{
    QFETCH(QString, engine);
    const QString database = freshDatabase(engine, u"tst_databasedialogs_apply"_s);
    {
        ApplyRun run = openPreview(seedModels(), database, false);
        QVERIFY(run.previewOk);
        if (database.contains(u"://"_s)) {
            // The pasted URL filled the server fields, the password too.
            const DatabaseAddress address = *DatabaseAddress::parse(database, nullptr);
            QCOMPARE(child<QLineEdit>(*run.dialog, u"database"_s)->text(), address.database);
            QCOMPARE(child<QLineEdit>(*run.dialog, u"password"_s)->text(), *address.password);
        }
        QVERIFY(confirmApply(*run.dialog));
    }
    QCOMPARE(tablesIn(database), physicalTables());
    {
        ApplyRun run = openPreview(seedModels(), database, false);
        QVERIFY(run.previewOk);
        QVERIFY(!child<QPushButton>(*run.dialog, u"next"_s)->isEnabled());
        QVERIFY(child<QCheckBox>(*run.dialog, u"previewReplace"_s)->isVisible());
    }
    {
        ApplyRun run = openPreview(seedModels(), database, true);
        QVERIFY(confirmApply(*run.dialog));
    }
    QCOMPARE(tablesIn(database), physicalTables());
}

void tst_DatabaseDialogs::importFromSqliteFile()
{
    const QString path = freshDatabase(u"sqlite"_s, u"tst_databasedialogs_import"_s);
    {
        ApplyRun run = openPreview(seedModels(), path, false);
        QVERIFY(confirmApply(*run.dialog));
    }
    ImportDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // Not the target the Apply dialog used last: a dialog names no database of its own
    // accord (the window gives it the one it has open).
    QVERIFY(child<QLineEdit>(dialog, u"path"_s)->text().isEmpty());
    QVERIFY(!child<QPushButton>(dialog, u"import"_s)->isEnabled());
    enterDatabase(dialog, path);
    QSignalSpy finished(&dialog, &ImportDialog::importFinished);
    click(dialog, u"import"_s);
    QVERIFY(finished.wait(WorkerTimeout));
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(child<QLabel>(dialog, u"summary"_s)
                ->text()
                .contains(u"Read %1 table"_s.arg(physicalTables().size())));
    click(dialog, u"open"_s);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    const std::optional<Schema> imported = dialog.importedSchema();
    QVERIFY(imported);
    QStringList names;
    for (const Table &t : imported->tables())
        names << t.name.toLower();
    names.sort();
    QCOMPARE(names, physicalTables());
    const Schema physical = DdlWriter::physicalSchema(seedModels());
    QCOMPARE(imported->foreignKeyCount(), physical.foreignKeyCount());
    const Table *post = imported->tableByName(u"post"_s);
    QVERIFY(post);
    QVERIFY(std::any_of(post->foreignKeys.cbegin(), post->foreignKeys.cend(),
        [&](const ForeignKey &fk) { return imported->referencedTableName(fk) == u"user"_s; }));
}

void tst_DatabaseDialogs::importReportsAMissingFile()
{
    ImportDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QString path = m_dir.filePath(u"missing.sqlite"_s);
    enterDatabase(dialog, path);
    QSignalSpy finished(&dialog, &ImportDialog::importFinished);
    click(dialog, u"import"_s);
    QVERIFY(finished.wait(WorkerTimeout));
    QCOMPARE(finished.first().first().toBool(), false);
    QLabel *status = child<QLabel>(dialog, u"sourceStatus"_s);
    QVERIFY(status->isVisible());
    QVERIFY2(status->text().contains(path), qPrintable(status->text()));
    QVERIFY(!dialog.importedSchema());
    QVERIFY(!QFile::exists(path));
}

void tst_DatabaseDialogs::importOnEveryEngine()
{
    QFETCH(QString, engine);
    const QString database = freshDatabase(engine, u"tst_databasedialogs_import_any"_s);
    {
        QString error;
        Connection connection;
        QVERIFY2(connection.open(*DatabaseAddress::parse(database, &error),
                     Connection::Mode::CreateIfMissing, &error),
            qPrintable(error));
        const ApplyResult applied = SchemaApplier(connection).apply(seedModels());
        QVERIFY2(applied.ok, qPrintable(applied.error));
    }
    ImportDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    enterDatabase(dialog, database);
    QSignalSpy finished(&dialog, &ImportDialog::importFinished);
    click(dialog, u"import"_s);
    QVERIFY(finished.wait(WorkerTimeout));
    QVERIFY2(finished.first().first().toBool(),
        qPrintable(child<QLabel>(dialog, u"sourceStatus"_s)->text()));
    const std::optional<Schema> imported = dialog.importedSchema();
    QVERIFY(imported);
    QStringList names;
    for (const Table &t : imported->tables())
        names << t.name.toLower();
    names.sort();
    QCOMPARE(names, physicalTables());
    QCOMPARE(
        imported->foreignKeyCount(), DdlWriter::physicalSchema(seedModels()).foreignKeyCount());
}

QTEST_MAIN(tst_DatabaseDialogs)
#include "tst_databasedialogs.moc"
