#include "diff/schemadiff.h"
#include "testdesigns.h"
#include "textformats/dbmlreader.h"
#include "textformats/dbmlwriter.h"
#include "xml/designfile.h"
#include "xml/designreader.h"

#include <QDir>
#include <QTest>

using namespace Qt::StringLiterals;

// DBML out and back in: every real designer file and the example design read back to the same
// structure (SchemaDiff finds nothing), hand-written DBML in the style of the DBML docs reads
// to the design it says, and malformed DBML is refused with its line and column.
class tst_Dbml : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void writtenText();
    void quoting();
    void enums();
    void areasAndNotes();
    void inheritance();
    void handWritten();
    void refForms();
    void defaults();
    void errors_data();
    void errors();
    void warnings();
    void looksLikeDbml_data();
    void looksLikeDbml();
};

namespace {

Schema readDbml(const QByteArray &text)
{
    DbmlReader reader;
    if (!reader.read(text))
        qFatal(
            "DBML does not read: %s\n%s", qPrintable(reader.error().toString()), text.constData());
    return reader.schema();
}

// The changes from `a` to `b`, one a line; empty when they have the same structure.
QString differences(const Schema &a, const Schema &b)
{
    const SchemaDiffResult diff = SchemaDiff::compare(a, b, DiffOptions());
    QStringList lines = diff.errors;
    for (const SchemaChange &c : diff.changes)
        lines << c.describe();
    return lines.join(u'\n');
}

const Table &tableNamed(const Schema &schema, const QString &name)
{
    const Table *t = schema.tableByName(name);
    if (!t)
        qFatal("no table %s", qPrintable(name));
    return *t;
}

const Column &columnNamed(const Schema &schema, const QString &table, const QString &name)
{
    const Column *c = tableNamed(schema, table).columnByName(name);
    if (!c)
        qFatal("no column %s.%s", qPrintable(table), qPrintable(name));
    return *c;
}

QString columnNames(const Table &table)
{
    QStringList names;
    for (const Column &c : table.columns)
        names << c.name;
    return names.join(u", "_s);
}

// "PRIMARY (a, b)" for each key of a table.
QStringList keyTexts(const Schema &schema, const QString &table)
{
    QStringList texts;
    const Table &t = tableNamed(schema, table);
    for (const Key &k : t.keys) {
        QStringList parts;
        for (const KeyPart &p : k.parts)
            parts << schema.keyPartName(t, p);
        texts << k.type + u" ("_s + parts.join(u", "_s) + u')'
                + (k.name.isEmpty() ? QString() : u' ' + k.name);
    }
    return texts;
}

// "(a, b) -> parent (c, d) ON DELETE CASCADE" for each foreign key of a table.
QStringList foreignKeyTexts(const Schema &schema, const QString &table)
{
    QStringList texts;
    const Table &t = tableNamed(schema, table);
    for (const ForeignKey &fk : t.foreignKeys) {
        QStringList columns, referenced;
        for (const ForeignKeyPart &p : fk.parts) {
            columns << t.column(p.column)->name;
            referenced << schema.referencedColumnName(fk, p);
        }
        QString text = u'(' + columns.join(u", "_s) + u") -> "_s + schema.referencedTableName(fk)
            + u" ("_s + referenced.join(u", "_s) + u')';
        if (fk.onDelete != ReferentialAction::Unspecified)
            text += u" ON DELETE "_s + referentialActionSql(fk.onDelete);
        if (fk.onUpdate != ReferentialAction::Unspecified)
            text += u" ON UPDATE "_s + referentialActionSql(fk.onUpdate);
        texts << text;
    }
    return texts;
}

} // namespace

void tst_Dbml::roundTrip_data()
{
    QTest::addColumn<QString>("path");
    const QDir fixtures(QStringLiteral(SCHEMATA_FIXTURES));
    const QStringList files = fixtures.entryList({u"*.xml"_s}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 17);
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << fixtures.filePath(file);
    QTest::newRow("seed-models example")
        << QStringLiteral(SCHEMATA_RESOURCES "/examples/seed-models.xml");
}

void tst_Dbml::roundTrip()
{
    QFETCH(QString, path);
    const Schema design = loadDesign(path);
    const QString dbml = DbmlWriter::write(design);
    DbmlReader reader;
    QVERIFY2(reader.read(dbml.toUtf8()), qPrintable(reader.error().toString() + u"\n"_s + dbml));
    const Schema back = reader.schema();
    QCOMPARE(back.tables().size(), design.tables().size());
    QCOMPARE(back.columnCount(), design.columnCount());
    QCOMPARE(back.foreignKeyCount(), design.foreignKeyCount());
    // SchemaDiff pairs tables and columns by name, so a design with a name twice (the
    // designer allows it: fixtures 18 and 20) already differs from itself; the text must add
    // nothing to that. For every other design the diff is empty.
    const QString changes = differences(design, back);
    QVERIFY2(changes == differences(design, design), qPrintable(changes + u"\n\n"_s + dbml));
    QStringList tables, backTables;
    for (const Table &t : design.tables())
        tables << t.name + u": "_s + columnNames(t);
    for (const Table &t : back.tables())
        backTables << t.name + u": "_s + columnNames(t);
    QCOMPARE(backTables, tables);
    // Written again, the text is the same: nothing drifts on a second round.
    QCOMPARE(DbmlWriter::write(back), dbml);
    // Every table has a place of its own.
    QSet<std::pair<qreal, qreal>> places;
    for (const Table &t : back.tables())
        places.insert({t.position.x(), t.position.y()});
    QCOMPARE(places.size(), back.tables().size());
}

void tst_Dbml::writtenText()
{
    const Schema design = designFrom(R"(
<table x="10" y="10" name="users">
<row name="id" null="0" autoincrement="1"><datatype>INTEGER</datatype></row>
<row name="email" null="0" autoincrement="0"><datatype>VARCHAR(255)</datatype><comment>Where we write</comment></row>
<row name="created" null="0" autoincrement="0"><datatype>TIMESTAMP</datatype><default>CURRENT_TIMESTAMP</default></row>
<row name="score" null="1" autoincrement="0"><datatype>DECIMAL(12,2)</datatype><default>0.5</default></row>
<key type="PRIMARY" name=""><part>id</part></key>
<key type="UNIQUE" name=""><part>email</part></key>
<comment>People</comment>
</table>
<table x="300" y="10" name="posts">
<row name="id" null="0" autoincrement="1"><datatype>INTEGER</datatype></row>
<row name="user_id" null="1" autoincrement="0"><datatype>INTEGER</datatype><default>NULL</default><relation table="users" row="id" ondelete="SET NULL" /></row>
<row name="title" null="0" autoincrement="0"><datatype>VARCHAR(200)</datatype><default>'untitled'</default></row>
<key type="PRIMARY" name=""><part>id</part></key>
<key type="INDEX" name="by_user"><part>user_id</part><part>title</part></key>
</table>)");
    QCOMPARE(DbmlWriter::write(design), uR"(Project schemata {
  database_type: 'MySQL'
}

Table users {
  id INTEGER [pk, increment]
  email VARCHAR(255) [unique, not null, note: 'Where we write']
  created TIMESTAMP [not null, default: `CURRENT_TIMESTAMP`]
  score DECIMAL(12,2) [default: 0.5]
  Note: 'People'
}

Table posts {
  id INTEGER [pk, increment]
  user_id INTEGER
  title VARCHAR(200) [not null, default: 'untitled']

  indexes {
    (user_id, title) [name: 'by_user']
  }
}

Ref: posts.user_id > users.id [delete: set null]
)"_s);
}

void tst_Dbml::quoting()
{
    Schema design;
    Table &t = design.addTable(u"order items"_s);
    design.addColumn(t, u"say \"hi\""_s, u"timestamp with time zone"_s);
    design.addColumn(t, u"città"_s, u"INT(10) UNSIGNED"_s);
    design.addColumn(t, u"note"_s, u"TEXT"_s).comment = u"a keyword as a name"_s;
    Column &a = t.columns[0];
    Column &b = t.columns[1];
    a.comment = u"it's a \\ backslash"_s;
    a.setNullable(false);
    b.comment = u"line one\nline 'two'"_s;
    b.setNullable(false);
    b.defaultValue = DefaultValue::text(u"l'été"_s);
    design.addKey(t, Key::Primary, {a.id, b.id});
    t.comment = u"Rows of\nan order"_s;
    const QString dbml = DbmlWriter::write(design);
    QVERIFY2(dbml.contains(uR"(Table "order items" {)"_s), qPrintable(dbml));
    QVERIFY2(
        dbml.contains(
            uR"("say \"hi\"" "timestamp with time zone" [not null, note: 'it\'s a \\ backslash'])"_s),
        qPrintable(dbml));
    QVERIFY2(
        dbml.contains(uR"("città" "INT(10) UNSIGNED" [not null, default: 'l\'été', note: '''line one
line \'two\''''])"_s),
        qPrintable(dbml));
    QVERIFY2(dbml.contains(uR"("note" TEXT)"_s), qPrintable(dbml));
    QVERIFY2(dbml.contains(uR"(("say \"hi\"", "città") [pk])"_s), qPrintable(dbml));
    const Schema back = readDbml(dbml.toUtf8());
    QCOMPARE(differences(design, back), QString());
    QCOMPARE(columnNamed(back, u"order items"_s, u"città"_s).comment, u"line one\nline 'two'"_s);
    QCOMPARE(tableNamed(back, u"order items"_s).comment, u"Rows of\nan order"_s);
}

void tst_Dbml::enums()
{
    const Schema design = designFrom(R"(
<table x="10" y="10" name="orders">
<row name="status" null="0" autoincrement="0"><datatype>ENUM('new','it''s shipped','done')</datatype></row>
<row name="kind" null="1" autoincrement="0"><datatype>ENUM('a','b')</datatype></row>
<row name="other" null="1" autoincrement="0"><datatype>orders_status</datatype></row>
</table>)");
    const QString dbml = DbmlWriter::write(design);
    // The enum's name is not a type another column has.
    QVERIFY2(dbml.contains(uR"(Enum orders_status_2 {
  new
  "it's shipped"
  done
})"_s),
        qPrintable(dbml));
    QVERIFY2(dbml.contains(u"  status orders_status_2 [not null]\n"_s), qPrintable(dbml));
    QVERIFY2(dbml.contains(u"  other orders_status\n"_s), qPrintable(dbml));
    const Schema back = readDbml(dbml.toUtf8());
    QCOMPARE(columnNamed(back, u"orders"_s, u"status"_s).datatype,
        u"ENUM('new','it''s shipped','done')"_s);
    QCOMPARE(columnNamed(back, u"orders"_s, u"kind"_s).datatype, u"ENUM('a','b')"_s);
    QCOMPARE(differences(design, back), QString());
    // A DBML enum of a schema, used with and without it.
    const Schema read = readDbml(R"(
Enum shop.status { active "on hold" [note: 'waiting'] }
Table a { s shop.status
  t status }
)");
    QCOMPARE(columnNamed(read, u"a"_s, u"s"_s).datatype, u"ENUM('active','on hold')"_s);
    QCOMPARE(columnNamed(read, u"a"_s, u"t"_s).datatype, u"ENUM('active','on hold')"_s);
}

void tst_Dbml::areasAndNotes()
{
    Schema design;
    design.addTable(u"users"_s, {50, 50});
    design.addTable(u"posts"_s, {350, 50});
    design.addTable(u"audit"_s, {50, 900});
    design.addTable(u"loose"_s, {2000, 2000});
    design.areas() << Area {design.newId(), {0, 0, 700, 400}, u"Blog core"_s, u"#3498db"_s}
                   << Area {design.newId(), {0, 850, 400, 300}, QString(), QString()};
    design.notes() << Note {design.newId(), {0, 0, 100, 100}, u"Draft:\nask 'legal'"_s, {}};
    const QString dbml = DbmlWriter::write(design);
    QVERIFY2(dbml.contains(uR"(TableGroup "Blog core" [color: #3498db] {
  users
  posts
})"_s),
        qPrintable(dbml));
    QVERIFY2(dbml.contains(u"TableGroup area_2 {\n  audit\n}"_s), qPrintable(dbml));
    QVERIFY2(dbml.contains(uR"(Note note_1 {
  '''Draft:
ask \'legal\''''
})"_s),
        qPrintable(dbml));
    const Schema back = readDbml(dbml.toUtf8());
    QCOMPARE(back.areas().size(), 2);
    const Area &core = back.areas().at(0);
    QCOMPARE(core.title, u"Blog core"_s);
    QCOMPARE(core.color, u"#3498db"_s);
    QVERIFY(core.geometry.contains(tableNamed(back, u"users"_s).position));
    QVERIFY(core.geometry.contains(tableNamed(back, u"posts"_s).position));
    QVERIFY(!core.geometry.contains(tableNamed(back, u"audit"_s).position));
    QVERIFY(!core.geometry.contains(tableNamed(back, u"loose"_s).position));
    QVERIFY(back.areas().at(1).geometry.contains(tableNamed(back, u"audit"_s).position));
    QVERIFY(!back.areas().at(1).geometry.contains(tableNamed(back, u"loose"_s).position));
    QCOMPARE(back.notes().size(), 1);
    QCOMPARE(back.notes().constFirst().text, u"Draft:\nask 'legal'"_s);
    // Written again: the same groups.
    QCOMPARE(DbmlWriter::write(back), dbml);
}

void tst_Dbml::inheritance()
{
    const Schema design
        = loadDesign(QStringLiteral(SCHEMATA_RESOURCES "/examples/seed-models.xml"));
    const QString dbml = DbmlWriter::write(design);
    QVERIFY2(
        dbml.contains(
            u"Table engineer {\n  // schemata: [inherits: employee, inheritance: joined, identity: 'engineer']\n"_s),
        qPrintable(dbml));
    QVERIFY2(
        dbml.contains(
            u"Table employee {\n  // schemata: [discriminator: type, identity: 'employee']\n"_s),
        qPrintable(dbml));
    const Schema back = readDbml(dbml.toUtf8());
    const Table &manager = tableNamed(back, u"staff_manager"_s);
    QCOMPARE(manager.inheritance.kind, Inheritance::Kind::Single);
    QCOMPARE(manager.inheritance.parent, tableNamed(back, u"staff"_s).id);
    QCOMPARE(manager.inheritance.identity, u"manager"_s);
    QCOMPARE(tableNamed(back, u"staff"_s).inheritance.discriminator,
        columnNamed(back, u"staff"_s, u"type"_s).id);
}

void tst_Dbml::handWritten()
{
    // In the style of the DBML docs' examples.
    const Schema schema = readDbml(R"dbml(// Docs-style sample
Project ecommerce {
  database_type: 'PostgreSQL'
  Note: 'Description of the project'
}

Enum job_status {
  created [note: 'Waiting to be processed']
  running
  done
  failure
}

Table users as U {
  id integer [pk, increment] // auto-increment
  full_name varchar [not null, unique, default: 'Anonymous']
  created_at "timestamp with time zone" [default: `now()`]
  country_code int [null, note: 'ISO code']
  score "decimal(12, 2)"
  tags "text[]"
  Note: 'Stores user data'
}

Table merchants {
  id int
  country_code int
  merchant_name varchar(255)
  "created at" varchar [note: '''
    When the merchant
      signed up
  ''']
  admin_id int [ref: > U.id, not null]
  indexes {
    (id, country_code) [pk]
    merchant_name [name: 'merchant_name_idx', type: hash]
    (`lower(merchant_name)`) [name: 'lower_name']
    (country_code, "created at") [unique]
  }
}

Table jobs {
  id int [pk]
  status job_status [not null, default: 'created']
  retries int [default: -1]
  active boolean [default: true]
}

Note project_note {
  'A sticky note'
}
)dbml");
    QCOMPARE(schema.catalogue().db(), u"postgresql"_s);
    QCOMPARE(schema.tables().size(), 3);
    const Column &id = columnNamed(schema, u"users"_s, u"id"_s);
    QVERIFY(id.autoIncrement);
    QVERIFY(!id.nullable); // a DBML key column is NOT NULL
    QCOMPARE(id.datatype, u"integer"_s);
    const Column &name = columnNamed(schema, u"users"_s, u"full_name"_s);
    QVERIFY(!name.nullable);
    QCOMPARE(name.defaultValue, DefaultValue::text(u"Anonymous"_s));
    QCOMPARE(
        columnNamed(schema, u"users"_s, u"created_at"_s).datatype, u"timestamp with time zone"_s);
    QCOMPARE(columnNamed(schema, u"users"_s, u"created_at"_s).defaultValue,
        DefaultValue::text(u"now()"_s));
    QVERIFY(columnNamed(schema, u"users"_s, u"country_code"_s).nullable);
    QCOMPARE(columnNamed(schema, u"users"_s, u"country_code"_s).comment, u"ISO code"_s);
    QCOMPARE(columnNamed(schema, u"users"_s, u"score"_s).datatype, u"decimal(12, 2)"_s);
    QCOMPARE(columnNamed(schema, u"users"_s, u"tags"_s).datatype, u"text[]"_s);
    QCOMPARE(tableNamed(schema, u"users"_s).comment, u"Stores user data"_s);
    QCOMPARE(
        keyTexts(schema, u"users"_s), QStringList({u"PRIMARY (id)"_s, u"UNIQUE (full_name)"_s}));
    QCOMPARE(keyTexts(schema, u"merchants"_s),
        QStringList({u"PRIMARY (id, country_code)"_s, u"INDEX (merchant_name) merchant_name_idx"_s,
            u"INDEX (`lower(merchant_name)`) lower_name"_s,
            u"UNIQUE (country_code, created at)"_s}));
    QCOMPARE(columnNamed(schema, u"merchants"_s, u"created at"_s).comment,
        u"When the merchant\n  signed up"_s);
    // The inline ref through the alias.
    QCOMPARE(foreignKeyTexts(schema, u"merchants"_s), QStringList({u"(admin_id) -> users (id)"_s}));
    QCOMPARE(columnNamed(schema, u"jobs"_s, u"status"_s).datatype,
        u"ENUM('created','running','done','failure')"_s);
    QCOMPARE(
        columnNamed(schema, u"jobs"_s, u"status"_s).defaultValue, DefaultValue::text(u"created"_s));
    QCOMPARE(
        columnNamed(schema, u"jobs"_s, u"retries"_s).defaultValue, DefaultValue::text(u"-1"_s));
    QCOMPARE(
        columnNamed(schema, u"jobs"_s, u"active"_s).defaultValue, DefaultValue::text(u"true"_s));
    QCOMPARE(schema.notes().size(), 2);
    QCOMPARE(schema.notes().at(0).text, u"Description of the project"_s);
    QCOMPARE(schema.notes().at(1).text, u"A sticky note"_s);
}

void tst_Dbml::refForms()
{
    const Schema schema = readDbml(R"(
Table users { id int [pk] }
Table countries { code int
  name varchar
  indexes { (code, name) [pk] } }
Table posts {
  id int [pk]
  user_id int
  editor_id int [ref: - users.id]
  country_code int
  country_name varchar
}
Table comments { id int [pk]
  post_id int }
Table follows { a int
  b int }

Ref: posts.user_id > users.id [delete: cascade, update: no action]
Ref post_comments: posts.id < comments.post_id [delete: set null]
Ref posts_country {
  posts.(country_code, country_name) > countries.(code, name) [update: cascade]
}
Ref: follows.a <> users.id
Ref: public.follows.b > public.users.id
)");
    QCOMPARE(foreignKeyTexts(schema, u"posts"_s),
        QStringList({u"(editor_id) -> users (id)"_s,
            u"(user_id) -> users (id) ON DELETE CASCADE ON UPDATE NO ACTION"_s,
            u"(country_code, country_name) -> countries (code, name) ON UPDATE CASCADE"_s}));
    QCOMPARE(foreignKeyTexts(schema, u"comments"_s),
        QStringList({u"(post_id) -> posts (id) ON DELETE SET NULL"_s}));
    QCOMPARE(tableNamed(schema, u"comments"_s).foreignKeys.constFirst().name, u"post_comments"_s);
    QCOMPARE(tableNamed(schema, u"posts"_s).foreignKeys.at(2).name, u"posts_country"_s);
    // Many-to-many is a warning; the schema-qualified ref is one.
    QCOMPARE(foreignKeyTexts(schema, u"follows"_s), QStringList({u"(b) -> users (id)"_s}));
}

void tst_Dbml::defaults()
{
    Schema design;
    Table &t = design.addTable(u"t"_s);
    const QStringList texts {u"0"_s, u"-12.5"_s, u"true"_s, u"False"_s, u"CURRENT_TIMESTAMP"_s,
        u"now()"_s, u"NULL"_s, u"it's"_s, u"a `tick` (x)"_s, QString()};
    for (qsizetype n = 0; n < texts.size(); ++n)
        design.addColumn(t, u"c%1"_s.arg(n), u"VARCHAR(20)"_s).defaultValue
            = DefaultValue::text(texts.at(n));
    design.addColumn(t, u"nothing"_s, u"INT"_s).defaultValue = DefaultValue::none();
    design.addColumn(t, u"null"_s, u"INT"_s).defaultValue = DefaultValue::null();
    const QString dbml = DbmlWriter::write(design);
    for (const QString &expected :
        {u"c0 VARCHAR(20) [default: 0]"_s, u"c1 VARCHAR(20) [default: -12.5]"_s,
            u"c2 VARCHAR(20) [default: true]"_s, u"c3 VARCHAR(20) [default: 'False']"_s,
            u"c4 VARCHAR(20) [default: `CURRENT_TIMESTAMP`]"_s,
            u"c5 VARCHAR(20) [default: `now()`]"_s, u"c6 VARCHAR(20) [default: 'NULL']"_s,
            u"c7 VARCHAR(20) [default: 'it\\'s']"_s, u"c8 VARCHAR(20) [default: 'a `tick` (x)']"_s,
            u"c9 VARCHAR(20) [default: '']"_s, u"nothing INT\n"_s, u"\"null\" INT\n"_s})
        QVERIFY2(dbml.contains(expected), qPrintable(expected + u"\n"_s + dbml));
    const Schema back = readDbml(dbml.toUtf8());
    for (qsizetype n = 0; n < texts.size(); ++n)
        QCOMPARE(columnNamed(back, u"t"_s, u"c%1"_s.arg(n)).defaultValue,
            DefaultValue::text(texts.at(n)));
    QCOMPARE(columnNamed(back, u"t"_s, u"null"_s).defaultValue, DefaultValue::null());
}

void tst_Dbml::errors_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("error");
    QTest::newRow("unknown element")
        << QByteArray("Table a { id int }\nTabel b { id int }\n")
        << u"2:1: Expected Table, Ref, Enum, TableGroup, Project or Note, found Tabel."_s;
    QTest::newRow("column without type") << QByteArray("Table a {\n  id\n  name varchar\n}")
                                         << u"3:3: The column id needs a type on its line."_s;
    QTest::newRow("unclosed table")
        << QByteArray("Table a {\n  id int\n") << u"3:1: The table a is not closed with }."_s;
    QTest::newRow("unclosed string")
        << QByteArray("Table a {\n  id int [note: 'oops]\n}")
        << u"2:17: The string is not closed on its line: close it with ' or write a multi-line string in '''."_s;
    QTest::newRow("unclosed settings")
        << QByteArray("Table a {\n  id int [pk, \n}") << u"3:1: Expected a setting, found }."_s;
    QTest::newRow("bad action")
        << QByteArray(
               "Table a { id int }\nTable b { a_id int }\nRef: b.a_id > a.id [delete: explode]")
        << u"3:29: Unknown action explode: write cascade, restrict, set null, set default or no action."_s;
    QTest::newRow("ref to missing column")
        << QByteArray("Table a { id int }\nTable b { a_id int }\nRef: b.nope > a.id")
        << u"3:6: The table b has no column nope."_s;
    QTest::newRow("ref from missing table")
        << QByteArray("Table a { id int }\n\nRef: c.id > a.id") << u"3:6: No table c."_s;
    QTest::newRow("ref without column") << QByteArray("Table a { id int }\nRef: a > a.id")
                                        << u"2:8: Expected table.column, found a alone."_s;
    QTest::newRow("stray character")
        << QByteArray("Table a {\n  id int ?\n}") << u"2:10: Unexpected character ?."_s;
    QTest::newRow("composite sizes")
        << QByteArray("Table a { x int\n y int }\nTable b { x int }\nRef: b.(x) > a.(x, y)")
        << u"4:14: The two sides have 1 and 2 columns."_s;
    QTest::newRow("unclosed comment") << QByteArray("Table a { id int }\n/* never\nends")
                                      << u"2:1: The comment is not closed with */."_s;
    QTest::newRow("partial")
        << QByteArray("TablePartial base { id int }")
        << u"1:1: TablePartial is not supported: write its columns in the tables."_s;
}

void tst_Dbml::errors()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, error);
    DbmlReader reader;
    QVERIFY(!reader.read(text));
    QCOMPARE(reader.error().toString(), error);
}

void tst_Dbml::warnings()
{
    DbmlReader reader;
    QVERIFY(reader.read(R"(Table a { id int [pk]
  b_id int [check: `b_id > 0`] }
Ref: a.b_id > b.id
Ref: a.id <> a.b_id
TableGroup g { a
  nope }
Table a { x int
  x text }
)"));
    QCOMPARE(reader.warnings(),
        QStringList({u"6:3: The group g names nope, which is no table."_s,
            u"2:13: The column setting check is not kept."_s,
            u"7:7: The table a is defined twice: references name the first."_s,
            u"8:3: The column x is defined twice in a: references name the first."_s,
            u"3:15: No table b: the reference keeps its name."_s,
            u"4:1: The many-to-many reference between a and a is not kept: add the table that links them."_s}));
    const Table &a = tableNamed(reader.schema(), u"a"_s);
    QCOMPARE(reader.schema().tables().size(), 2);
    QCOMPARE(reader.schema().tables().at(1).columns.size(), 2);
    QCOMPARE(a.foreignKeys.size(), 1);
    QCOMPARE(a.foreignKeys.constFirst().referencedTableName, u"b"_s);
}

void tst_Dbml::looksLikeDbml_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<bool>("dbml");
    QTest::newRow("table") << QByteArray("Table users {\n id int\n}") << true;
    QTest::newRow("comments first")
        << QByteArray("\xEF\xBB\xBF// schema\n/* x */\n  table \"a b\" {}") << true;
    QTest::newRow("ref") << QByteArray("Ref: a.b > c.d") << true;
    QTest::newRow("project") << QByteArray("Project x {}") << true;
    QTest::newRow("enum") << QByteArray("enum s { a }") << true;
    QTest::newRow("sql") << QByteArray("CREATE TABLE users (id int);") << false;
    QTest::newRow("sql comment first") << QByteArray("-- dump\nCREATE TABLE t (a int);") << false;
    QTest::newRow("xml") << QByteArray("<?xml version=\"1.0\"?><sql></sql>") << false;
    QTest::newRow("sqlite") << QByteArray("SQLite format 3\0\0", 17) << false;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("word alone") << QByteArray("table") << false;
}

void tst_Dbml::looksLikeDbml()
{
    QFETCH(QByteArray, head);
    QFETCH(bool, dbml);
    QCOMPARE(DbmlReader::looksLikeDbml(head), dbml);
}

QTEST_GUILESS_MAIN(tst_Dbml)
#include "tst_dbml.moc"
