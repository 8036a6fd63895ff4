#include "analysis/designcheck.h"
#include "analysis/relationship.h"
#include "ddl/ddlwriter.h"
#include "dialects/dialect.h"
#include "xml/designfile.h"
#include "xml/designreader.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Relationship kinds recognised from a design's structure, and the design errors that stop
// a design before anything runs.
class tst_DesignCheck : public QObject
{
    Q_OBJECT

private slots:
    void seedModelRelationships();
    void seedModelIsClean();
    void fixtureRelationshipCounts_data();
    void fixtureRelationshipCounts();
    void oneToOne();
    void errors_data();
    void errors();
    void errorsStopTheDdl();
    void singleTableSubclassesFoldIntoTheRoot();
};

namespace {

// A design from <table> elements, in the designer's format.
Schema design(const QString &tables)
{
    DesignReader reader;
    const bool ok = reader.read(
        (u"<?xml version=\"1.0\" encoding=\"utf-8\" ?>\n<sql>\n"_s + tables + u"\n</sql>\n"_s)
            .toUtf8());
    if (!ok)
        qFatal("test design does not load");
    return reader.schema();
}

QString row(
    const QString &name, const QString &type, bool nullable = false, const QString &extra = {})
{
    return u"<row name=\"%1\" null=\"%2\" autoincrement=\"0\"><datatype>%3</datatype>%4</row>"_s
        .arg(name, nullable ? u"1"_s : u"0"_s, type, extra);
}

QString autoRow(const QString &name, const QString &type)
{
    return u"<row name=\"%1\" null=\"0\" autoincrement=\"1\"><datatype>%2</datatype></row>"_s.arg(
        name, type);
}

QString rel(const QString &table, const QString &column)
{
    return u"<relation table=\"%1\" row=\"%2\" />"_s.arg(table, column);
}

QString key(const QString &type, const QStringList &parts)
{
    QString xml = u"<key type=\"%1\" name=\"\">"_s.arg(type);
    for (const QString &p : parts)
        xml += u"<part>"_s + p + u"</part>"_s;
    return xml + u"</key>"_s;
}

QString table(const QString &name, const QString &content, const QString &attributes = {})
{
    return u"<table x=\"0\" y=\"0\" name=\"%1\"%2>%3</table>"_s.arg(name, attributes, content);
}

Schema seedModels()
{
    DesignReader reader;
    if (!DesignFile::load(QStringLiteral(SCHEMATA_RESOURCES "/examples/seed-models.xml"), &reader))
        qFatal("seed-models.xml does not load");
    return reader.schema();
}

QStringList descriptions(const Schema &schema)
{
    QStringList lines;
    for (const Relationship &r : findRelationships(schema))
        lines << r.describe(schema);
    return lines;
}

} // namespace

void tst_DesignCheck::seedModelRelationships()
{
    const QStringList expected = {
        u"many-to-one: post.user_id -> user (each user row has many post rows)"_s,
        u"self-referential many-to-many: user <-> user through followers"_s,
        u"self-referential one-to-many: task.parent_id -> task (parent and children)"_s,
        u"many-to-many: content <-> category through content_category"_s,
        u"joined-table inheritance: engineer extends employee"_s,
        u"joined-table inheritance: manager extends employee"_s,
        u"single-table inheritance: staff_manager extends staff"_s,
        u"single-table inheritance: staff_engineer extends staff"_s,
    };
    QCOMPARE(descriptions(seedModels()), expected);
}

void tst_DesignCheck::seedModelIsClean()
{
    const QList<DesignProblem> problems = DesignCheck::check(seedModels());
    QStringList text;
    for (const DesignProblem &p : problems)
        text << p.toString();
    QVERIFY2(problems.isEmpty(), qPrintable(text.join(u'\n')));
}

// Real designs: every resolved relation belongs to exactly one relationship.
void tst_DesignCheck::fixtureRelationshipCounts_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("17 self-reference") << u"17_warehouse_selfref.xml"_s;
    QTest::newRow("06 composite") << u"06_dnd_site_31tables_composite.xml"_s;
    QTest::newRow("19 postgresql") << u"19_wisor_postgresql_13tables.xml"_s;
}

void tst_DesignCheck::fixtureRelationshipCounts()
{
    QFETCH(QString, file);
    DesignReader reader;
    QVERIFY(DesignFile::load(QStringLiteral(SCHEMATA_FIXTURES) + u'/' + file, &reader));
    const Schema &schema = reader.schema();
    int resolved = 0;
    for (const Table &t : schema.tables()) {
        for (const ForeignKey &fk : t.foreignKeys)
            resolved += fk.isResolved() ? 1 : 0;
    }
    int covered = 0;
    for (const Relationship &r : findRelationships(schema))
        covered += (r.foreignKey ? 1 : 0) + (r.secondForeignKey ? 1 : 0);
    QCOMPARE(covered, resolved);
    QVERIFY(resolved > 0);
}

void tst_DesignCheck::oneToOne()
{
    const Schema schema
        = design(table(u"person"_s, autoRow(u"id"_s, u"INTEGER"_s) + key(u"PRIMARY"_s, {u"id"_s}))
            + table(u"passport"_s,
                autoRow(u"id"_s, u"INTEGER"_s)
                    + row(u"person_id"_s, u"INTEGER"_s, false, rel(u"person"_s, u"id"_s))
                    + key(u"PRIMARY"_s, {u"id"_s}) + key(u"UNIQUE"_s, {u"person_id"_s})));
    QCOMPARE(descriptions(schema), QStringList {u"one-to-one: passport.person_id -> person"_s});
}

void tst_DesignCheck::errors_data()
{
    QTest::addColumn<QString>("tables");
    QTest::addColumn<QString>("expected");

    const QString users = table(u"users"_s,
        autoRow(u"id"_s, u"INTEGER"_s) + row(u"name"_s, u"VARCHAR(20)"_s)
            + key(u"PRIMARY"_s, {u"id"_s}));
    QTest::newRow("type mismatch")
        << users
            + table(
                u"posts"_s, row(u"user_id"_s, u"VARCHAR(10)"_s, false, rel(u"users"_s, u"id"_s)))
        << u"error: posts.user_id: The column is VARCHAR(10) but references users.id, which is INTEGER."_s;
    QTest::newRow("non-unique target")
        << users
            + table(
                u"posts"_s, row(u"author"_s, u"VARCHAR(20)"_s, false, rel(u"users"_s, u"name"_s)))
        << u"error: posts.author: The foreign key references users.name, which is not a primary key or unique."_s;
    QTest::newRow("duplicate table names")
        << users + table(u"Users"_s, row(u"x"_s, u"INTEGER"_s))
        << u"error: Users: Two tables are named \"Users\" (names that differ only in case are the same table in SQLite and MySQL)."_s;
    QTest::newRow("duplicate column names")
        << table(u"t"_s, row(u"a"_s, u"INTEGER"_s) + row(u"A"_s, u"INTEGER"_s))
        << u"error: t.A: Two columns are named \"A\"."_s;
    QTest::newRow("autoincrement without primary key")
        << table(u"t"_s, autoRow(u"id"_s, u"INTEGER"_s))
        << u"error: t.id: AUTOINCREMENT needs the column to be the table's primary key, alone."_s;
    QTest::newRow("autoincrement in a composite key")
        << table(u"t"_s,
               autoRow(u"a"_s, u"INTEGER"_s) + row(u"b"_s, u"INTEGER"_s)
                   + key(u"PRIMARY"_s, {u"a"_s, u"b"_s}))
        << u"error: t.a: AUTOINCREMENT needs the column to be the table's primary key, alone."_s;
    QTest::newRow("autoincrement on text")
        << table(u"t"_s, autoRow(u"id"_s, u"VARCHAR(5)"_s) + key(u"PRIMARY"_s, {u"id"_s}))
        << u"error: t.id: AUTOINCREMENT needs an integer column; this one is VARCHAR(5)."_s;
    QTest::newRow("invalid default")
        << table(u"t"_s, row(u"n"_s, u"INTEGER"_s, false, u"<default>NOT NULL</default>"_s))
        << u"error: t.n: The default \"NOT NULL\" is not a value of the type INTEGER."_s;
    QTest::newRow("missing target table")
        << table(u"t"_s, row(u"x"_s, u"INTEGER"_s, false, rel(u"nowhere"_s, u"id"_s)))
        << u"error: t.x: The foreign key references the table \"nowhere\", which does not exist."_s;
    QTest::newRow("table without columns")
        << table(u"empty"_s, QString()) << u"error: empty: The table has no columns."_s;
}

void tst_DesignCheck::errors()
{
    QFETCH(QString, tables);
    QFETCH(QString, expected);
    QStringList found;
    for (const DesignProblem &p : DesignCheck::check(design(tables)))
        found << p.toString();
    QVERIFY2(found.contains(expected), qPrintable(found.join(u'\n')));
}

void tst_DesignCheck::errorsStopTheDdl()
{
    const Schema schema = design(table(u"t"_s, autoRow(u"id"_s, u"INTEGER"_s)));
    for (SqlEngine engine : {SqlEngine::Sqlite, SqlEngine::Postgres, SqlEngine::Mysql}) {
        const DdlScript script = DdlWriter(*Dialect::create(engine)).write(schema);
        QVERIFY(!script.ok());
        QVERIFY(script.statements.isEmpty());
    }
}

void tst_DesignCheck::singleTableSubclassesFoldIntoTheRoot()
{
    const Schema physical = DdlWriter::physicalSchema(seedModels());
    QVERIFY(!physical.tableByName(u"staff_manager"_s));
    QVERIFY(!physical.tableByName(u"staff_engineer"_s));
    const Table *staff = physical.tableByName(u"staff"_s);
    QVERIFY(staff);
    QStringList columns;
    for (const Column &c : staff->columns)
        columns << c.name + (c.nullable ? u"?"_s : QString());
    QCOMPARE(columns,
        (QStringList {u"id"_s, u"name"_s, u"type"_s, u"manager_data?"_s, u"engineer_info?"_s}));
}

QTEST_GUILESS_MAIN(tst_DesignCheck)
#include "tst_designcheck.moc"
