#include "testdatabases.h"

#include "database/connection.h"
#include "database/schemaapplier.h"
#include "database/schemaimporter.h"
#include "database/sqllog.h"
#include "dialects/dialect.h"
#include "dialogs/synchronizedialog.h"
#include "schema/schema.h"
#include "xml/designfile.h"
#include "xml/designreader.h"

#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace {

const QString Seed = QStringLiteral(SCHEMATA_RESOURCES "/examples/seed-models.xml");

Schema seed()
{
    DesignReader reader;
    if (!DesignFile::load(Seed, &reader))
        qFatal("cannot read the example");
    return reader.schema();
}

Table &tableNamed(Schema &schema, const QString &name)
{
    for (Table &t : schema.tables()) {
        if (t.name == name)
            return t;
    }
    qFatal("no table %s", qPrintable(name));
}

QStringList codes(const SynchronizeDialog &dialog)
{
    QStringList list;
    for (const SchemaChange &c : dialog.preview()->diff.changes)
        list << SchemaChange::kindCode(c.kind) + u' ' + c.subject();
    return list;
}

int indexOf(const SynchronizeDialog &dialog, const QString &code)
{
    return int(codes(dialog).indexOf(code));
}

// Unticks one change in the dialog's list, as a click on its box does.
void untick(SynchronizeDialog &dialog, int change)
{
    auto *tree = dialog.findChild<QTreeWidget *>(u"changes"_s);
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *table = tree->topLevelItem(i);
        for (int j = 0; j < table->childCount(); ++j) {
            if (table->child(j)->data(0, Qt::UserRole + 1).toInt() == change)
                table->child(j)->setCheckState(0, Qt::Unchecked);
        }
    }
}

} // namespace

// Database > Compare and Synchronize on a database made from the example and holding rows, on
// every engine: the changes listed with their risks, a destructive one held back until it is
// allowed or unticked, the chosen ones applied with the rows kept, and a dropped and an added
// column paired as a rename.
class tst_Synchronize : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void chooseAndApply_data() { TestDatabases::addEngineRows(); }
    void chooseAndApply();
};

void tst_Synchronize::initTestCase()
{
    const QString missing = TestDatabases::missingServers();
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
}

void tst_Synchronize::chooseAndApply()
{
    QFETCH(QString, engine);
    QString error;
    const QString url = TestDatabases::freshDatabase(engine, u"tst_synchronize"_s, &error);
    QVERIFY2(!url.isEmpty(), qPrintable(error));
    const DatabaseAddress address = *DatabaseAddress::parse(url, &error);
    Connection connection;
    QVERIFY2(connection.open(address, Connection::Mode::CreateIfMissing, &error), qPrintable(error));
    const ApplyResult applied = SchemaApplier(connection).apply(seed());
    QVERIFY2(applied.ok, qPrintable(applied.error));
    QSqlQuery sql(connection.database());
    QVERIFY(Sql::exec(sql, u"INSERT INTO category (id, name) VALUES ('a', 'Apples'), ('b', 'Bread')"_s));

    // The design a step ahead: a new column, a new table, a column dropped, and one renamed
    // without a record of it (as WWW SQL Designer saves a rename).
    Schema design = seed();
    Table &category = tableNamed(design, u"category"_s);
    design.addColumn(category, u"description"_s, u"VARCHAR(200)"_s);
    for (Column &c : category.columns) {
        if (c.name == u"name")
            c.name = u"title"_s;
    }
    Table &tag = design.addTable(u"tag"_s);
    const ObjectId tagId = design.addColumn(tag, u"id"_s, u"INTEGER"_s).id;
    tag.columns.first().nullable = false;
    design.addKey(tag, Key::Primary, {tagId});
    Table &post = tableNamed(design, u"post"_s);
    post.columns.removeIf([](const Column &c) { return c.name == u"body"; });

    SynchronizeDialog dialog(design, u"ahead.xml"_s);
    dialog.setDatabase(address);
    dialog.show();
    QSignalSpy ready(&dialog, &SynchronizeDialog::previewReady);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"compare"_s), Qt::LeftButton);
    QVERIFY(ready.wait(60000));
    QVERIFY2(ready.first().first().toBool(), qPrintable(dialog.findChild<QWidget *>(u"targetError"_s)->property("text").toString()));
    QStringList found = codes(dialog);
    for (const QString &expected : {u"add-column category.description"_s,
             u"add-column category.title"_s, u"drop-column category.name"_s, u"add-table tag"_s,
             u"drop-column post.body"_s})
        QVERIFY2(found.contains(expected), qPrintable(found.join(u", "_s)));
    QCOMPARE(found.size(), 5);

    // Held back: the new NOT NULL column title has no value for the two rows, as its data check
    // says, and dropping columns destroys data.
    auto *apply = dialog.findChild<QPushButton *>(u"apply"_s);
    auto *blocked = dialog.findChild<QLabel *>(u"blocked"_s);
    QVERIFY(!apply->isEnabled());
    QVERIFY2(blocked->text().contains(u"would make 1 chosen change fail"_s)
            || blocked->text().contains(u"would make 1 chosen change(s) fail"_s),
        qPrintable(blocked->text()));
    QVERIFY(blocked->text().contains(u"destroy data"_s));
    dialog.findChild<QCheckBox *>(u"allowDataLoss"_s)->setChecked(true);
    QVERIFY(!blocked->text().contains(u"destroy data"_s));
    QVERIFY(!apply->isEnabled());
    dialog.findChild<QCheckBox *>(u"allowDataLoss"_s)->setChecked(false);

    // The drop and the add of category are one rename: paired, they become one.
    QSignalSpy again(&dialog, &SynchronizeDialog::previewReady);
    dialog.pairAsRename(indexOf(dialog, u"drop-column category.name"_s),
        indexOf(dialog, u"add-column category.title"_s));
    QVERIFY(again.wait(60000));
    found = codes(dialog);
    QVERIFY2(found.contains(u"rename-column category.title"_s), qPrintable(found.join(u", "_s)));
    QCOMPARE(found.size(), 4);
    // post.body stays: unticked, nothing destroys data and Apply is free.
    untick(dialog, indexOf(dialog, u"drop-column post.body"_s));
    QVERIFY(apply->isEnabled());
    QVERIFY(!dialog.script().contains(u"body"_s));
    QVERIFY(dialog.script().contains(u"title"_s));

    QSignalSpy finished(&dialog, &SynchronizeDialog::applyFinished);
    QTest::mouseClick(apply, Qt::LeftButton);
    QVERIFY(finished.wait(60000));
    QVERIFY2(finished.first().first().toBool(), qPrintable(dialog.report()->error));

    // The database: the chosen changes, the rows kept under the new name, body untouched.
    const std::optional<Schema> after = SchemaImporter(connection).import(&error);
    QVERIFY2(after, qPrintable(error));
    const Table *categoryAfter = after->tableByName(u"category"_s);
    QVERIFY(categoryAfter->columnByName(u"title"_s));
    QVERIFY(categoryAfter->columnByName(u"description"_s));
    QVERIFY(!categoryAfter->columnByName(u"name"_s));
    QVERIFY(after->tableByName(u"tag"_s));
    QVERIFY(after->tableByName(u"post"_s)->columnByName(u"body"_s));
    QVERIFY(Sql::exec(sql, u"SELECT title FROM category WHERE id = 'b'"_s));
    QVERIFY(sql.next());
    QCOMPARE(sql.value(0).toString(), u"Bread"_s);
}

QTEST_MAIN(tst_Synchronize)
#include "tst_synchronize.moc"
