// The canonical text of a design (git's textconv for design files): what the schema is, sorted,
// without positions, ids or anything else that moves when nothing in the schema changed.
#include "diff/designdescription.h"
#include "xml/designreader.h"
#include "xml/designwriter.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

Schema read(const QByteArray &data)
{
    DesignReader reader;
    if (!reader.read(data))
        qFatal("cannot read: %s", qPrintable(reader.errorString()));
    return reader.takeSchema();
}

Schema fixture(const QString &name)
{
    QFile file(QDir(QStringLiteral(SCHEMATA_FIXTURES)).filePath(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read fixture %s", qPrintable(name));
    return read(file.readAll());
}

// The lines of `after` that are not at the same place in `before` (same line count expected).
QStringList changedLines(const QString &before, const QString &after)
{
    const QStringList a = before.split(u'\n');
    const QStringList b = after.split(u'\n');
    if (a.size() != b.size())
        return {u"line counts differ: %1 and %2"_s.arg(a.size()).arg(b.size())};
    QStringList changed;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i) != b.at(i))
            changed << a.at(i) + u" => " + b.at(i);
    }
    return changed;
}

} // namespace

class tst_DesignDescription : public QObject
{
    Q_OBJECT

private slots:
    void exactText();
    void orderPositionsAndIdsDoNotCount();
    void changedTypeIsOneLine();
    void renamesShow();
    void namesSortByCodePoint();
    void everyFixtureDescribes_data();
    void everyFixtureDescribes();
};

void tst_DesignDescription::exactText()
{
    Schema schema;
    const ObjectId book = schema.addTable(u"book"_s, {400, 10}).id;
    const ObjectId author = schema.addTable(u"author"_s, {10, 10}).id;
    const ObjectId novelist = schema.addTable(u"novelist"_s, {10, 300}).id;
    schema.addTable(u"Zebra"_s, {700, 700});

    Table &z = schema.tables()[3];
    schema.addColumn(z, u"x"_s, u"INT"_s);

    Table &a = *schema.table(author);
    a.formerNames = {u"writer"_s, u"the author"_s};
    Column &aid = schema.addColumn(a, u"id"_s, u"INTEGER"_s);
    aid.setNullable(false);
    aid.autoIncrement = true;
    schema.addColumn(a, u"full_name"_s, u"VARCHAR(80)"_s).formerNames = {u"name"_s};
    schema.addColumn(a, u"kind"_s, u"VARCHAR(20)"_s).setNullable(false);
    a.inheritance.discriminator = a.columns.at(2).id;
    schema.addKey(a, Key::Primary, {a.columns.at(0).id});

    Table &b = *schema.table(book);
    b.comment = u"Books\nwe sell"_s;
    Column &bid = schema.addColumn(b, u"id"_s, u"INTEGER"_s);
    bid.setNullable(false);
    bid.autoIncrement = true;
    Column &title = schema.addColumn(b, u"title"_s, u"VARCHAR(200)"_s);
    title.setNullable(false);
    title.defaultValue = DefaultValue::text(u"it's"_s);
    title.comment = u"Shown"_s;
    schema.addColumn(b, u"author_id"_s, u"INTEGER"_s);
    schema.addColumn(b, u"odd name"_s, u"TEXT"_s).defaultValue = DefaultValue::none();
    const QList<ObjectId> bc {b.columns.at(0).id, b.columns.at(1).id, b.columns.at(2).id};
    // In the design's order: index, unique, primary; described by type.
    schema.addKey(b, Key::Index, {bc.at(2), bc.at(1)});
    schema.addKey(b, Key::Unique, {bc.at(1)}, u"uq"_s);
    schema.addKey(b, Key::Primary, {bc.at(0)});
    ForeignKey &fk = schema.addForeignKey(
        b, {bc.at(2)}, *schema.table(author), {a.columns.at(0).id}, u"fk_author"_s);
    fk.onDelete = ReferentialAction::Cascade;
    schema.addForeignKey(b, {bc.at(0)}, *schema.table(author), {a.columns.at(0).id});

    Table &n = *schema.table(novelist);
    schema.addColumn(n, u"id"_s, u"INTEGER"_s).setNullable(false);
    n.inheritance.kind = Inheritance::Kind::Joined;
    n.inheritance.parent = author;
    n.inheritance.identity = u"novelist"_s;

    schema.notes().append({schema.newId(), QRectF(0, 0, 10, 10), u"Remember"_s, u"#ff0"_s});
    schema.areas().append({schema.newId(), QRectF(0, 0, 90, 90), u"Library"_s, {}});
    schema.notes().append({schema.newId(), QRectF(5, 5, 10, 10), u"Also\tthis"_s, {}});

    const QString expected = uR"(catalogue mysql

table Zebra
  column x INT

table author renamed from writer, "the author"
  discriminator kind
  column id INTEGER NOT NULL AUTO_INCREMENT
  column full_name VARCHAR(80) renamed from name
  column kind VARCHAR(20) NOT NULL
  key PRIMARY (id)

table book
  comment 'Books\nwe sell'
  column id INTEGER NOT NULL AUTO_INCREMENT
  column title VARCHAR(200) NOT NULL DEFAULT 'it\'s' COMMENT 'Shown'
  column author_id INTEGER
  column "odd name" TEXT DEFAULT none
  key PRIMARY (id)
  key UNIQUE uq (title)
  key INDEX (author_id, title)
  foreign key fk_author (author_id) references author (id) ON DELETE CASCADE
  foreign key (id) references author (id)

table novelist
  inherits author joined
  identity 'novelist'
  column id INTEGER NOT NULL

note 'Also\tthis'
note 'Remember'
area 'Library'
)"_s;
    const QString text = DesignDescription::text(schema);
    QCOMPARE(text.split(u'\n'), expected.split(u'\n'));
    QVERIFY(text.endsWith(u"'Library'\n"));
}

void tst_DesignDescription::orderPositionsAndIdsDoNotCount()
{
    const Schema original = fixture(u"06_dnd_site_31tables_composite.xml"_s);
    QVERIFY(original.tables().size() > 30);
    Schema shuffled = original;
    std::reverse(shuffled.tables().begin(), shuffled.tables().end());
    for (Table &t : shuffled.tables()) {
        t.position += QPointF(123, -45);
        t.pinned = !t.pinned;
        std::reverse(t.keys.begin(), t.keys.end());
        std::reverse(t.foreignKeys.begin(), t.foreignKeys.end());
    }
    shuffled.notes().append({shuffled.newId(), QRectF(1, 2, 3, 4), u"n"_s, u"red"_s});
    // Written and read again, every object gets another id.
    const Schema reread = read(DesignWriter::write(shuffled));
    const QString firstName = original.tables().constFirst().name;
    QVERIFY(reread.tableByName(firstName)->id != original.tableByName(firstName)->id);
    QCOMPARE(reread.tables().constFirst().name, original.tables().constLast().name);

    Schema moved = reread;
    moved.notes().first().geometry.moveTo(500, 500);
    moved.notes().first().color = u"blue"_s;
    const QString text = DesignDescription::text(reread);
    QCOMPARE(DesignDescription::text(moved), text);
    QVERIFY(original.notes().isEmpty() && original.areas().isEmpty());
    QCOMPARE(text, DesignDescription::text(original) + u"\nnote 'n'\n");

    // Without the note, the same as the original.
    moved.notes().clear();
    QCOMPARE(DesignDescription::text(moved), DesignDescription::text(original));
}

void tst_DesignDescription::changedTypeIsOneLine()
{
    const Schema original = fixture(u"06_dnd_site_31tables_composite.xml"_s);
    Schema changed = original;
    // A column in the middle of a table in the middle of the design.
    Table &table = changed.tables()[changed.tables().size() / 2];
    QVERIFY(table.columns.size() >= 3);
    Column &column = table.columns[1];
    const QString before = column.datatype;
    column.datatype = before == u"TEXT" ? u"MEDIUMTEXT"_s : u"TEXT"_s;
    const QStringList lines
        = changedLines(DesignDescription::text(original), DesignDescription::text(changed));
    QCOMPARE(lines.size(), 1);
    const QString expected = u"  column %1 %2"_s.arg(column.name, before);
    QVERIFY2(lines.at(0).startsWith(expected), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(0).contains(u"=>   column %1 %2"_s.arg(column.name, column.datatype)),
        qPrintable(lines.at(0)));
}

void tst_DesignDescription::renamesShow()
{
    const Schema original = fixture(u"24_jukebox_lewagon.xml"_s);
    Schema renamed = original;
    Table &table = renamed.tables()[1];
    const QString oldName = table.name;
    table.formerNames = {oldName};
    table.name = oldName + u"_renamed";
    Column &column = table.columns[1];
    column.formerNames = {column.name, u"label"_s};
    column.name = u"title"_s;
    const QString text = DesignDescription::text(renamed);
    QVERIFY2(text.contains(u"\ntable " + table.name + u" renamed from " + oldName + u'\n'),
        qPrintable(text));
    QVERIFY2(text.contains(u"  column title " + column.datatype + u" renamed from name, label\n"),
        qPrintable(text));
    QCOMPARE(DesignDescription::text(read(DesignWriter::write(renamed))), text);
}

void tst_DesignDescription::namesSortByCodePoint()
{
    // Not by locale, not by UTF-16 unit: "Z" before "a", U+FFFD before U+1F600.
    Schema schema;
    for (const QString &name : {u"😀"_s, u"a"_s, u"\uFFFD"_s, u"Z"_s, u"ä"_s, u"a b"_s})
        schema.addTable(name);
    QStringList order;
    for (const QString &line : DesignDescription::text(schema).split(u'\n')) {
        if (line.startsWith(u"table "))
            order << line.mid(6);
    }
    QCOMPARE(
        order, (QStringList {u"Z"_s, u"a"_s, u"\"a b\""_s, u"ä"_s, u"\"\uFFFD\""_s, u"\"😀\""_s}));
}

void tst_DesignDescription::everyFixtureDescribes_data()
{
    QTest::addColumn<QString>("file");
    const QStringList files
        = QDir(QStringLiteral(SCHEMATA_FIXTURES)).entryList({u"*.xml"_s}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 17);
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << file;
}

void tst_DesignDescription::everyFixtureDescribes()
{
    // One table heading per table, lines that are never empty inside a table, one final
    // newline, and a saved-and-read-again design describes the same.
    QFETCH(QString, file);
    const Schema schema = fixture(file);
    const QString text = DesignDescription::text(schema);
    QVERIFY(text.endsWith(u'\n') && !text.endsWith(u"\n\n"));
    QCOMPARE(text.count(u"\ntable "), schema.tables().size());
    QVERIFY(!text.contains(u'\r'));
    QCOMPARE(DesignDescription::text(read(DesignWriter::write(schema))), text);
}

QTEST_GUILESS_MAIN(tst_DesignDescription)
#include "tst_designdescription.moc"
