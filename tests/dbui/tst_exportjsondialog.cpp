#include "dialogs/exportjsondialog.h"

#include "../orm/testdesigns.h"
#include "database/schemaimporter.h"
#include "ddl/ddlwriter.h"
#include "dialects/dialect.h"
#include "export/jsonexporter.h"
#include "records/datagenerator.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace Qt::StringLiterals;

namespace {

// Long enough for a server round trip on a loaded machine.
constexpr int WorkerTimeout = 60000;
constexpr qint64 RowsPerTable = 300;

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

// A database of `engine` with the seed models applied and RowsPerTable generated rows a table.
QString seededDatabase(const QString &engine, const QString &name)
{
    QString error;
    const QString url = TestDatabases::freshDatabase(engine, name, &error);
    if (url.isEmpty())
        qFatal("%s", qPrintable(error));
    auto connection = prepareDatabase(engine, name, seedModels());
    DataGenerator generator(*connection, seedModels());
    generator.setDefaultRows(RowsPerTable);
    if (!generator.fill(&error))
        qFatal("fill: %s", qPrintable(error));
    return url;
}

DatabaseAddress addressOf(const QString &database)
{
    QString error;
    const std::optional<DatabaseAddress> address = DatabaseAddress::parse(database, &error);
    if (!address)
        qFatal("%s", qPrintable(error));
    return *address;
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

QStringList listed(const QListWidget &list, bool checkedOnly)
{
    QStringList names;
    for (int i = 0; i < list.count(); ++i) {
        if (!checkedOnly || list.item(i)->checkState() == Qt::Checked)
            names << list.item(i)->text();
    }
    return names;
}

// The top-level keys of an export in the order the file has them (QJsonObject sorts them).
QStringList keysInFileOrder(const QByteArray &json)
{
    static const QRegularExpression key(
        u"^ {0,2}\"([^\"]+)\": \\["_s, QRegularExpression::MultilineOption);
    QStringList keys;
    for (auto it = key.globalMatch(QString::fromUtf8(json)); it.hasNext();)
        keys << it.next().captured(1);
    return keys;
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

} // namespace

class tst_ExportJsonDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void readTablesListsTheDatabasesTables();
    void exportsTheCheckedTables_data() { TestDatabases::addEngineRows(); }
    void exportsTheCheckedTables();
    void prettyAndCompactDiffer();
    void cancelWritesNothing_data();
    void cancelWritesNothing();
    void closingWhileRunningCancels();
    void badDatabaseShowsAnErrorAndNoExport();
    void fileTypedInIsReadAtOnce();
    void fileLabelIsAShortcut();

private:
    // A shown dialog aimed at `database`, its tables read.
    std::unique_ptr<ExportJsonDialog> openWithTables(const QString &database);
    bool exportTo(ExportJsonDialog &dialog, const QString &path);

    QTemporaryDir m_dir;
    QString m_sqlite;
};

void tst_ExportJsonDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"SchemataTests"_s);
    QCoreApplication::setApplicationName(u"tst_exportjsondialog"_s);
    QVERIFY(m_dir.isValid());
    const QString missing = TestDatabases::missingServers();
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
    m_sqlite = seededDatabase(u"sqlite"_s, u"tst_exportjson_seed"_s);
}

std::unique_ptr<ExportJsonDialog> tst_ExportJsonDialog::openWithTables(const QString &database)
{
    auto dialog = std::make_unique<ExportJsonDialog>();
    dialog->show();
    if (!QTest::qWaitForWindowExposed(dialog.get()))
        qFatal("window not exposed");
    // A database given is read at once, without Read Tables.
    QSignalSpy read(dialog.get(), &ExportJsonDialog::tablesRead);
    dialog->setDatabase(addressOf(database));
    if (!read.wait(WorkerTimeout) || !read.first().first().toBool())
        qFatal("reading tables failed: %s",
            qPrintable(child<QLabel>(*dialog, u"databaseStatus"_s)->text()));
    return dialog;
}

bool tst_ExportJsonDialog::exportTo(ExportJsonDialog &dialog, const QString &path)
{
    QLineEdit *output = child<QLineEdit>(dialog, u"outputPath"_s);
    output->clear();
    QTest::keyClicks(output, path);
    QSignalSpy finished(&dialog, &ExportJsonDialog::exportFinished);
    QPushButton *exportButton = child<QPushButton>(dialog, u"export"_s);
    if (!exportButton->isEnabled())
        return false;
    QTest::mouseClick(exportButton, Qt::LeftButton);
    if (!finished.wait(WorkerTimeout))
        return false;
    return finished.size() == 1 && finished.first().first().toBool();
}

void tst_ExportJsonDialog::readTablesListsTheDatabasesTables()
{
    const auto dialog = openWithTables(m_sqlite);
    QListWidget *list = child<QListWidget>(*dialog, u"tables"_s);
    QStringList names = listed(*list, false);
    for (QString &name : names)
        name = name.toLower();
    names.sort();
    QCOMPARE(names, physicalTables());
    QCOMPARE(listed(*list, true).size(), list->count());

    click(*dialog, u"selectNone"_s);
    QVERIFY(listed(*list, true).isEmpty());
    child<QLineEdit>(*dialog, u"outputPath"_s)->setText(m_dir.filePath(u"none.json"_s));
    QVERIFY(!child<QPushButton>(*dialog, u"export"_s)->isEnabled());
    click(*dialog, u"selectAll"_s);
    QCOMPARE(listed(*list, true).size(), list->count());
    QVERIFY(child<QPushButton>(*dialog, u"export"_s)->isEnabled());
}

void tst_ExportJsonDialog::exportsTheCheckedTables()
{
    QFETCH(QString, engine);
    const QString database
        = engine == u"sqlite"_s ? m_sqlite : seededDatabase(engine, u"tst_exportjson_checked"_s);
    const auto dialog = openWithTables(database);
    QListWidget *list = child<QListWidget>(*dialog, u"tables"_s);
    QVERIFY(list->count() > 2);
    // One table left out; the rest must still come out in the exporter's order.
    list->item(1)->setCheckState(Qt::Unchecked);
    const QString unchecked = list->item(1)->text();
    const QStringList checked = listed(*list, true);
    QCOMPARE(checked.size(), list->count() - 1);

    const QString path = m_dir.filePath(u"checked-%1.json"_s.arg(engine));
    QVERIFY2(exportTo(*dialog, path), qPrintable(child<QLabel>(*dialog, u"result"_s)->text()));
    QCOMPARE(child<QLabel>(*dialog, u"result"_s)->text(),
        u"Exported %1 table(s) to %2"_s.arg(checked.size()).arg(QDir::toNativeSeparators(path)));
    QCOMPARE(child<QProgressBar>(*dialog, u"progressBar"_s)->value(),
        child<QProgressBar>(*dialog, u"progressBar"_s)->maximum());

    const QByteArray json = contents(path);
    QJsonParseError parseError;
    const QJsonObject object = QJsonDocument::fromJson(json, &parseError).object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QStringList keys = object.keys();
    QStringList expectedKeys = checked;
    keys.sort();
    expectedKeys.sort();
    QCOMPARE(keys, expectedKeys);
    QVERIFY(!object.contains(unchecked));

    // The exporter's own order for these tables, from a connection of the test's own.
    QString error;
    Connection connection;
    QVERIFY2(connection.open(addressOf(database), Connection::Mode::OpenExisting, &error),
        qPrintable(error));
    const std::optional<Schema> schema = SchemaImporter(connection).import(&error);
    QVERIFY2(schema, qPrintable(error));
    JsonExporter exporter(connection, *schema);
    exporter.setTables(checked);
    QCOMPARE(keysInFileOrder(json), exporter.tableOrder(&error));

    qint64 rows = 0;
    for (const QString &table : checked) {
        QSqlQuery count(connection.database());
        QVERIFY(
            count.exec(u"SELECT COUNT(*) FROM "_s + connection.dialect().quoteIdentifier(table)));
        QVERIFY(count.next());
        QCOMPARE(object.value(table).toArray().size(), count.value(0).toLongLong());
        rows += count.value(0).toLongLong();
    }
    QVERIFY(rows > 0);
}

void tst_ExportJsonDialog::prettyAndCompactDiffer()
{
    const auto dialog = openWithTables(m_sqlite);
    const QString compactPath = m_dir.filePath(u"compact.json"_s);
    const QString prettyPath = m_dir.filePath(u"pretty.json"_s);
    child<QCheckBox>(*dialog, u"pretty"_s)->setChecked(false);
    QVERIFY(exportTo(*dialog, compactPath));
    child<QCheckBox>(*dialog, u"pretty"_s)->setChecked(true);
    QVERIFY(exportTo(*dialog, prettyPath));

    const QByteArray compact = contents(compactPath);
    const QByteArray pretty = contents(prettyPath);
    QVERIFY(compact != pretty);
    QVERIFY(pretty.count('\n') > 2 * compact.count('\n'));
    QVERIFY(pretty.contains("\n    {\n      \""));
    QVERIFY(!compact.contains("\n    {\n"));
    QCOMPARE(QJsonDocument::fromJson(pretty), QJsonDocument::fromJson(compact));
}

void tst_ExportJsonDialog::cancelWritesNothing_data()
{
    QTest::addColumn<bool>("existing");
    QTest::newRow("no file before") << false;
    QTest::newRow("an existing file") << true;
}

void tst_ExportJsonDialog::cancelWritesNothing()
{
    QFETCH(bool, existing);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"out.json"_s);
    const QByteArray before = "an earlier export\n";
    if (existing) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(before);
    }

    const auto dialog = openWithTables(m_sqlite);
    // At the first progress step the worker waits until Cancel has been clicked, from a
    // queued call on the GUI thread once the progress bar has moved.
    QSemaphore clicked;
    std::atomic<int> steps = 0;
    int barAtClick = -1;
    bool cancelEnabled = false;
    dialog->setProgressHook([&](qint64, qint64) {
        if (steps++ > 0)
            return;
        QMetaObject::invokeMethod(
            dialog.get(),
            [&] {
                barAtClick = child<QProgressBar>(*dialog, u"progressBar"_s)->value();
                QPushButton *cancel = child<QPushButton>(*dialog, u"cancel"_s);
                cancelEnabled = cancel->isEnabled();
                QTest::mouseClick(cancel, Qt::LeftButton);
                clicked.release();
            },
            Qt::QueuedConnection);
        clicked.tryAcquire(1, WorkerTimeout);
    });
    QVERIFY(!exportTo(*dialog, path));
    QVERIFY(cancelEnabled);
    QVERIFY(barAtClick > 0);
    QCOMPARE(steps.load(), 1);
    QCOMPARE(child<QLabel>(*dialog, u"result"_s)->text(), u"Cancelled; nothing was written."_s);
    QCOMPARE(child<QProgressBar>(*dialog, u"progressBar"_s)->value(), 0);
    QVERIFY(!dialog->isExporting());
    QVERIFY(child<QPushButton>(*dialog, u"export"_s)->isEnabled());
    QVERIFY(!child<QPushButton>(*dialog, u"cancel"_s)->isEnabled());

    if (existing) {
        QCOMPARE(contents(path), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList {u"out.json"_s});
    } else {
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
    }

    // Without a cancel the same dialog writes the file.
    dialog->setProgressHook({});
    QVERIFY(exportTo(*dialog, path));
    QVERIFY(contents(path) != before);
    QVERIFY(!QJsonDocument::fromJson(contents(path)).object().isEmpty());
}

void tst_ExportJsonDialog::closingWhileRunningCancels()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"closed.json"_s);
    const auto dialog = openWithTables(m_sqlite);
    QSignalSpy finished(dialog.get(), &ExportJsonDialog::exportFinished);
    std::atomic<bool> closing = false;
    std::atomic<int> steps = 0;
    bool exportingWhenClosed = false;
    dialog->setProgressHook([&](qint64, qint64) {
        if (steps++ > 0)
            return;
        QMetaObject::invokeMethod(
            dialog.get(),
            [&] {
                exportingWhenClosed = dialog->isExporting();
                closing = true;
                dialog->reject(); // what Escape, Close and the window's close button do
            },
            Qt::QueuedConnection);
        // Hold the worker until the dialog is closing; reject() cancels at once, then waits.
        while (!closing)
            QThread::msleep(5);
        QThread::msleep(200);
    });
    QLineEdit *output = child<QLineEdit>(*dialog, u"outputPath"_s);
    output->setText(path);
    click(*dialog, u"export"_s);
    QVERIFY(finished.wait(WorkerTimeout));
    QVERIFY(exportingWhenClosed);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(!dialog->isVisible());
    QVERIFY(!dialog->isExporting());
    QCOMPARE(steps.load(), 1);
    QVERIFY(!QFileInfo::exists(path));
}

void tst_ExportJsonDialog::badDatabaseShowsAnErrorAndNoExport()
{
    ExportJsonDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QString missing = m_dir.filePath(u"no-such.sqlite"_s);
    QSignalSpy read(&dialog, &ExportJsonDialog::tablesRead);
    dialog.setDatabase(addressOf(missing));
    dialog.setOutputPath(m_dir.filePath(u"bad.json"_s));
    QVERIFY(read.wait(WorkerTimeout));
    QCOMPARE(read.first().first().toBool(), false);
    const QString status = child<QLabel>(dialog, u"databaseStatus"_s)->text();
    QVERIFY2(status.contains(u"no-such.sqlite"_s), qPrintable(status));
    QCOMPARE(child<QListWidget>(dialog, u"tables"_s)->count(), 0);
    QVERIFY(!child<QPushButton>(dialog, u"export"_s)->isEnabled());
    QVERIFY(!QFileInfo::exists(m_dir.filePath(u"bad.json"_s)));
}

// An SQLite file typed in (or browsed to) lists its tables by itself; a server is read on
// Read Tables, as its fields may be half typed.
void tst_ExportJsonDialog::fileTypedInIsReadAtOnce()
{
    ExportJsonDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy read(&dialog, &ExportJsonDialog::tablesRead);
    QLineEdit *path = child<QLineEdit>(dialog, u"path"_s);
    path->setFocus();
    QTest::keyClicks(path, m_sqlite);
    QVERIFY(read.wait(WorkerTimeout));
    QCOMPARE(read.size(), 1); // once, when the typing stopped
    QVERIFY(read.first().first().toBool());
    QStringList names = listed(*child<QListWidget>(dialog, u"tables"_s), true);
    for (QString &name : names)
        name = name.toLower();
    names.sort();
    QCOMPARE(names, physicalTables());
    QVERIFY2(child<QLabel>(dialog, u"databaseStatus"_s)->text().contains(m_sqlite),
        qPrintable(child<QLabel>(dialog, u"databaseStatus"_s)->text()));

    // A file that is not there is not tried until asked.
    path->clear();
    QTest::keyClicks(path, m_dir.filePath(u"typed-not-there.sqlite"_s));
    QTest::qWait(1000);
    QCOMPARE(read.size(), 1);
    QCOMPARE(child<QListWidget>(dialog, u"tables"_s)->count(), 0);
    QVERIFY(child<QPushButton>(dialog, u"readTables"_s)->isEnabled());
}

// The output file's label is a shortcut to its path (Alt+J), not the text "&File:"; so are
// the database fields' labels.
void tst_ExportJsonDialog::fileLabelIsAShortcut()
{
    ExportJsonDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *label = child<QLabel>(dialog, u"outputLabel"_s);
    QCOMPARE(label->buddy(), child<QLineEdit>(dialog, u"outputPath"_s));
    QVERIFY(!label->text().startsWith(u"&File"_s)); // the database's file has Alt+F
    int labels = 0;
    for (QLabel *shown : dialog.findChildren<QLabel *>()) {
        QString text = shown->text();
        text.remove(u"&&"_s);
        if (!shown->isVisible() || !text.contains(u'&'))
            continue;
        ++labels;
        QVERIFY2(shown->buddy(), qPrintable(shown->text()));
    }
    QVERIFY(labels >= 3);
}

QTEST_MAIN(tst_ExportJsonDialog)
#include "tst_exportjsondialog.moc"
