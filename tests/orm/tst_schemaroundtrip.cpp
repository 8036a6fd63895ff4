#include "databasedump.h"
#include "testdatabases.h"

#include "database/connection.h"
#include "database/schemaapplier.h"
#include "database/schemaimporter.h"
#include "dialects/dialect.h"
#include "xml/designfile.h"
#include "xml/designreader.h"
#include "xml/designwriter.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

// Designs applied to each engine and read back: the seed note's models, hostile names, the
// fixtures; failures that leave the database as it was; schemas moved between engines.
class tst_SchemaRoundTrip : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void seedModels_data() { TestDatabases::addEngineRows(); }
    void seedModels();
    void hostileNames_data() { TestDatabases::addEngineRows(); }
    void hostileNames();
    void longNames_data() { TestDatabases::addEngineRows(); }
    void longNames();
    void existingTablesAreNotTouched_data() { TestDatabases::addEngineRows(); }
    void existingTablesAreNotTouched();
    void failureLeavesTheDatabaseAsItWas_data() { TestDatabases::addEngineRows(); }
    void failureLeavesTheDatabaseAsItWas();
    void foreignKeyCycle_data() { TestDatabases::addEngineRows(); }
    void foreignKeyCycle();
    void progressAndCancel_data() { TestDatabases::addEngineRows(); }
    void progressAndCancel();
    void sqliteSchemaMovesToEveryEngine_data() { TestDatabases::addEngineRows(); }
    void sqliteSchemaMovesToEveryEngine();
    void fixturesApply_data();
    void fixturesApply();

};

namespace {

struct Database
{
    QString engine;
    SqlEngine sqlEngine = SqlEngine::Sqlite;
    std::unique_ptr<Connection> connection;
};

// A fresh database of `engine` for one test, open.
Database freshDatabase(const QString &engine, const QString &name)
{
    Database db;
    db.engine = engine;
    db.sqlEngine = *sqlEngineFromName(engine);
    QString error;
    const QString url = TestDatabases::freshDatabase(engine, name, &error);
    if (url.isEmpty())
        qFatal("cannot make a database: %s", qPrintable(error));
    db.connection = std::make_unique<Connection>();
    if (!db.connection->open(
            *DatabaseAddress::parse(url, &error), Connection::Mode::CreateIfMissing, &error))
        qFatal("cannot open %s: %s", qPrintable(url), qPrintable(error));
    return db;
}

Schema load(const QString &path)
{
    DesignReader reader;
    if (!DesignFile::load(path, &reader))
        qFatal("%s does not load", qPrintable(path));
    return reader.schema();
}

QString describe(const ApplyResult &result)
{
    QStringList lines {result.error, result.failedStatement};
    for (const DesignProblem &p : result.problems)
        lines << p.toString();
    return lines.join(u'\n');
}

QStringList sortedTables(const Connection &connection)
{
    QStringList names = connection.dialect().tableNames(connection.database());
    names.sort();
    return names;
}

// The design with every kind of name that breaks SQL built by splicing text.
Schema hostileDesign()
{
    Schema schema;
    Table &parent = schema.addTable(u"we\"ird; DROP TABLE x; --"_s);
    parent.comment = u"It's a \"table\" -- with\nlines and /* stars */"_s;
    Column &a = schema.addColumn(parent, u"größe"_s, u"INTEGER"_s);
    a.setNullable(false);
    Column &b = schema.addColumn(parent, u"名前"_s, u"VARCHAR(40)"_s);
    b.setNullable(false);
    Column &c = schema.addColumn(parent, u"order"_s, u"VARCHAR(20)"_s);
    c.defaultValue = DefaultValue::text(u"it's \\ a 'default'"_s);
    c.comment = u"back`tick and 'quote'"_s;
    Column &d = schema.addColumn(parent, u"a`b'c"_s, u"DECIMAL(10,2)"_s);
    d.defaultValue = DefaultValue::text(u"-1.50"_s);
    Column &lines = schema.addColumn(parent, u"two lines"_s, u"VARCHAR(40)"_s);
    lines.defaultValue = DefaultValue::text(u"one\ntwo\tthree"_s);
    const ObjectId aId = parent.columns.at(0).id, bId = parent.columns.at(1).id,
                   cId = parent.columns.at(2).id;
    schema.addKey(*schema.table(parent.id), Key::Primary, {aId, bId});
    schema.addKey(*schema.table(parent.id), Key::Unique, {cId}, u"uq \"odd\" name"_s);
    schema.addKey(*schema.table(parent.id), Key::Fulltext, {bId});
    const ObjectId parentId = parent.id;

    Table &child = schema.addTable(u"select"_s);
    Column &id = schema.addColumn(child, u"id"_s, u"BIGINT"_s);
    id.setNullable(false);
    id.autoIncrement = true;
    schema.addColumn(child, u"ref größe"_s, u"INTEGER"_s);
    schema.addColumn(child, u"ref 名前"_s, u"VARCHAR(40)"_s);
    Column &flag = schema.addColumn(child, u"group"_s, u"BOOLEAN"_s);
    flag.setNullable(false);
    flag.defaultValue = DefaultValue::text(u"true"_s);
    Column &when = schema.addColumn(child, u"when"_s, u"DATETIME"_s);
    when.defaultValue = DefaultValue::text(u"CURRENT_TIMESTAMP"_s);
    const QList<ObjectId> childColumns
        = {child.columns.at(0).id, child.columns.at(1).id, child.columns.at(2).id};
    const ObjectId childId = child.id;
    schema.addKey(*schema.table(childId), Key::Primary, {childColumns.at(0)});
    schema.addKey(*schema.table(childId), Key::Index, {childColumns.at(2), childColumns.at(1)});
    ForeignKey &fk
        = schema.addForeignKey(*schema.table(childId), {childColumns.at(1), childColumns.at(2)},
            *schema.table(parentId), {aId, bId}, u"fk; --\"composite\""_s);
    fk.onDelete = ReferentialAction::Cascade;
    fk.onUpdate = ReferentialAction::Cascade;
    return schema;
}

} // namespace

void tst_SchemaRoundTrip::initTestCase()
{
    const QString missing = TestDatabases::missingServers();
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
}

void tst_SchemaRoundTrip::seedModels()
{
    QFETCH(QString, engine);
    const Schema design = load(QStringLiteral(SCHEMATA_RESOURCES "/examples/seed-models.xml"));
    Database db = freshDatabase(engine, u"tst_roundtrip_seed"_s);
    const ApplyResult applied = SchemaApplier(*db.connection).apply(design);
    QVERIFY2(applied.ok, qPrintable(describe(applied)));
    QCOMPARE(applied.createdTables.size(), 11); // 13 tables, two single-table subclasses

    SchemaImporter importer(*db.connection);
    QString error;
    const std::optional<Schema> imported = importer.import(&error);
    QVERIFY2(imported, qPrintable(error));
    COMPARE_DUMPS(dumpForDatabase(*imported, db.sqlEngine, true),
        dumpForDatabase(design, db.sqlEngine, false));

    // What each relationship kind needs is really there: the association table refuses a
    // duplicate pair and goes with its partners; the joined child copies its parent's key.
    const Dialect &d = db.connection->dialect();
    QSqlQuery q(db.connection->database());
    const auto exec = [&](const QString &sql) {
        if (!q.exec(sql))
            qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return q.isActive();
    };
    const auto name = [&](const QString &n) { return d.quoteIdentifier(n); };
    QVERIFY(exec(
        u"INSERT INTO "_s + name(u"user"_s) + u" ("_s + name(u"name"_s) + u") VALUES ('a')"_s));
    QVERIFY(exec(
        u"INSERT INTO "_s + name(u"user"_s) + u" ("_s + name(u"name"_s) + u") VALUES ('b')"_s));
    QVERIFY(exec(u"INSERT INTO "_s + name(u"followers"_s) + u" SELECT a."_s + name(u"id"_s)
        + u", b."_s + name(u"id"_s) + u" FROM "_s + name(u"user"_s) + u" a, "_s + name(u"user"_s)
        + u" b WHERE a."_s + name(u"name"_s) + u" = 'a' AND b."_s + name(u"name"_s) + u" = 'b'"_s));
    QVERIFY(
        !q.exec(u"INSERT INTO "_s + name(u"followers"_s) + u" SELECT "_s + name(u"follower_id"_s)
            + u", "_s + name(u"followed_id"_s) + u" FROM "_s + name(u"followers"_s)));
    QVERIFY(
        exec(u"DELETE FROM "_s + name(u"user"_s) + u" WHERE "_s + name(u"name"_s) + u" = 'b'"_s));
    QVERIFY(exec(u"SELECT COUNT(*) FROM "_s + name(u"followers"_s)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QVERIFY(exec(u"INSERT INTO "_s + name(u"employee"_s) + u" ("_s + name(u"name"_s) + u", "_s
        + name(u"type"_s) + u") VALUES ('e', 'engineer')"_s));
    QVERIFY(exec(u"INSERT INTO "_s + name(u"engineer"_s) + u" SELECT "_s + name(u"id"_s)
        + u", 'x' FROM "_s + name(u"employee"_s)));
    QVERIFY(exec(u"DELETE FROM "_s + name(u"employee"_s)));
    QVERIFY(exec(u"SELECT COUNT(*) FROM "_s + name(u"engineer"_s)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void tst_SchemaRoundTrip::hostileNames()
{
    QFETCH(QString, engine);
    const Schema design = hostileDesign();
    Database db = freshDatabase(engine, u"tst_roundtrip_hostile"_s);
    const ApplyResult applied = SchemaApplier(*db.connection).apply(design);
    QVERIFY2(applied.ok, qPrintable(describe(applied)));
    SchemaImporter importer(*db.connection);
    QString error;
    const std::optional<Schema> imported = importer.import(&error);
    QVERIFY2(imported, qPrintable(error));
    COMPARE_DUMPS(dumpForDatabase(*imported, db.sqlEngine, true),
        dumpForDatabase(design, db.sqlEngine, false));

    // The design file of the import keeps every name, too. (Not a default with a line break:
    // WWW SQL Designer's format reads a quoted default only when it is one line, and
    // Schemata reads its files as the designer does.)
    DesignReader reader;
    QVERIFY(reader.read(DesignWriter::write(*imported)));
    const auto oneLineDefaults = [](QStringList lines) {
        lines.removeIf([](const QString &line) { return line.contains(u"column two lines"_s); });
        return lines;
    };
    QCOMPARE(oneLineDefaults(dumpForDatabase(reader.schema(), db.sqlEngine, true)),
        oneLineDefaults(dumpForDatabase(*imported, db.sqlEngine, true)));
}

// Names that fit the engine, whose constraint names do not: those are shortened the same way
// on every run and read back as the design's (empty) names. A table name that does not fit is
// an error before anything runs.
void tst_SchemaRoundTrip::longNames()
{
    QFETCH(QString, engine);
    Schema design;
    const QString longest = u"t_"_s + QString(58, u'x'); // 60 characters, 60 bytes
    Table &parent = design.addTable(longest);
    Column &id = design.addColumn(parent, u"identifier_of_the_parent_row_"_s + QString(20, u'ä'),
        u"INTEGER"_s); // 49 characters, 69 bytes in UTF-8
    id.setNullable(false);
    const ObjectId parentId = parent.id, idId = id.id;
    design.addKey(*design.table(parentId), Key::Primary, {idId});
    Table &child = design.addTable(u"c_"_s + QString(58, u'y'));
    const ObjectId childId = child.id;
    Column &ref
        = design.addColumn(child, u"reference_to_the_parent_"_s + QString(30, u'z'), u"INTEGER"_s);
    const ObjectId refId = ref.id;
    design.addKey(*design.table(childId), Key::Unique, {refId});
    design.addForeignKey(*design.table(childId), {refId}, *design.table(parentId), {idId});

    Database db = freshDatabase(engine, u"tst_roundtrip_long"_s);
    if (db.sqlEngine == SqlEngine::Postgres) {
        // 69 bytes: too long for PostgreSQL, fine for MySQL (characters) and SQLite.
        const ApplyResult refused = SchemaApplier(*db.connection).apply(design);
        QVERIFY(!refused.ok);
        QVERIFY2(describe(refused).contains(u"The name is longer than PostgreSQL allows (63 bytes "
                                            "in UTF-8)."_s),
            qPrintable(describe(refused)));
        QCOMPARE(sortedTables(*db.connection), QStringList());
        design.table(parentId)->columns.first().name = u"identifier"_s;
    }
    const ApplyResult applied = SchemaApplier(*db.connection).apply(design);
    QVERIFY2(applied.ok, qPrintable(describe(applied)));
    SchemaImporter importer(*db.connection);
    QString error;
    const std::optional<Schema> imported = importer.import(&error);
    QVERIFY2(imported, qPrintable(error));
    COMPARE_DUMPS(dumpForDatabase(*imported, db.sqlEngine, true),
        dumpForDatabase(design, db.sqlEngine, false));
    const Table *importedChild = imported->tableByName(design.table(childId)->name);
    QVERIFY(importedChild && importedChild->foreignKeys.size() == 1);
    QCOMPARE(importedChild->foreignKeys.first().name, QString());
}

void tst_SchemaRoundTrip::existingTablesAreNotTouched()
{
    QFETCH(QString, engine);
    const Schema design = load(QStringLiteral(SCHEMATA_TEST_DATA "/ddl/blog.xml"));
    Database db = freshDatabase(engine, u"tst_roundtrip_existing"_s);
    QVERIFY(SchemaApplier(*db.connection).apply(design).ok);
    const Dialect &d = db.connection->dialect();
    QSqlQuery q(db.connection->database());
    QVERIFY(q.exec(u"INSERT INTO "_s + d.quoteIdentifier(u"users"_s) + u" ("_s
        + d.quoteIdentifier(u"name"_s) + u") VALUES ('kept')"_s));

    const ApplyResult again = SchemaApplier(*db.connection).apply(design);
    QVERIFY(!again.ok);
    QVERIFY2(again.error.contains(u"users"_s) && again.error.contains(u"posts"_s),
        qPrintable(again.error));
    QVERIFY(q.exec(u"SELECT COUNT(*) FROM "_s + d.quoteIdentifier(u"users"_s)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    q.finish(); // an unfinished SELECT keeps SQLite's table locked

    SchemaApplier replacing(*db.connection);
    replacing.setReplaceExisting(true);
    const ApplyResult replaced = replacing.apply(design);
    QVERIFY2(replaced.ok, qPrintable(describe(replaced)));
    QCOMPARE(replaced.replacedTables.size(), 2);
    QVERIFY(q.exec(u"SELECT COUNT(*) FROM "_s + d.quoteIdentifier(u"users"_s)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

// A statement fails half-way: SQLite and PostgreSQL roll everything back; MariaDB, which
// commits each DDL statement, has what Schemata created dropped again.
void tst_SchemaRoundTrip::failureLeavesTheDatabaseAsItWas()
{
    QFETCH(QString, engine);
    Database db = freshDatabase(engine, u"tst_roundtrip_failure"_s);
    const Dialect &d = db.connection->dialect();
    QSqlQuery q(db.connection->database());
    // A table of the user's own, with an index (SQLite, PostgreSQL) or a foreign key
    // (MariaDB keeps those names per database) named as the design's last statement needs.
    QVERIFY(q.exec(u"CREATE TABLE "_s + d.quoteIdentifier(u"mine"_s) + u" ("_s
        + d.quoteIdentifier(u"id"_s) + u" INTEGER PRIMARY KEY, "_s + d.quoteIdentifier(u"other"_s)
        + u" INTEGER)"_s));
    if (db.sqlEngine == SqlEngine::Mysql)
        QVERIFY(q.exec(u"ALTER TABLE `mine` ADD CONSTRAINT `fk_posts_user_id_users` "
                       u"FOREIGN KEY (`other`) REFERENCES `mine` (`id`)"_s));
    else
        QVERIFY(q.exec(u"CREATE INDEX "_s + d.quoteIdentifier(u"ix_posts_user_id"_s) + u" ON "_s
            + d.quoteIdentifier(u"mine"_s) + u" ("_s + d.quoteIdentifier(u"other"_s) + u")"_s));
    const QStringList before = sortedTables(*db.connection);

    const Schema design = load(QStringLiteral(SCHEMATA_TEST_DATA "/ddl/blog.xml"));
    const ApplyResult result = SchemaApplier(*db.connection).apply(design);
    QVERIFY(!result.ok);
    QVERIFY(result.statements > 0); // it failed part-way, not before starting
    QVERIFY2(
        result.error.contains(db.sqlEngine == SqlEngine::Mysql ? u"dropped"_s : u"rolled back"_s),
        qPrintable(result.error));
    QCOMPARE(sortedTables(*db.connection), before);
}

// Two tables that reference each other: created on every engine, and on the engines with
// deferrable constraints both rows go in within one transaction.
void tst_SchemaRoundTrip::foreignKeyCycle()
{
    QFETCH(QString, engine);
    DesignReader reader;
    QVERIFY(reader.read(
        "<?xml version=\"1.0\" encoding=\"utf-8\" ?>\n<sql>\n"
        "<table x=\"0\" y=\"0\" name=\"node\">"
        "<row name=\"id\" null=\"0\" autoincrement=\"0\"><datatype>INTEGER</datatype></row>"
        "<row name=\"primary_element\" null=\"1\" autoincrement=\"0\"><datatype>INTEGER</datatype>"
        "<relation table=\"element\" row=\"id\" /></row>"
        "<key type=\"PRIMARY\" name=\"\"><part>id</part></key></table>\n"
        "<table x=\"0\" y=\"0\" name=\"element\">"
        "<row name=\"id\" null=\"0\" autoincrement=\"0\"><datatype>INTEGER</datatype></row>"
        "<row name=\"parent_node\" null=\"0\" autoincrement=\"0\"><datatype>INTEGER</datatype>"
        "<relation table=\"node\" row=\"id\" /></row>"
        "<key type=\"PRIMARY\" name=\"\"><part>id</part></key></table>\n</sql>\n"));
    const Schema design = reader.schema();
    Database db = freshDatabase(engine, u"tst_roundtrip_cycle"_s);
    const ApplyResult applied = SchemaApplier(*db.connection).apply(design);
    QVERIFY2(applied.ok, qPrintable(describe(applied)));
    QCOMPARE(applied.createdTables, (QStringList {u"node"_s, u"element"_s}));
    SchemaImporter importer(*db.connection);
    QString error;
    const std::optional<Schema> imported = importer.import(&error);
    QVERIFY2(imported, qPrintable(error));
    COMPARE_DUMPS(dumpForDatabase(*imported, db.sqlEngine, true),
        dumpForDatabase(design, db.sqlEngine, false));

    if (!db.connection->dialect().hasDeferrableConstraints())
        return;
    QSqlDatabase sql = db.connection->database();
    QVERIFY(sql.transaction());
    QSqlQuery q(sql);
    QVERIFY2(q.exec(u"INSERT INTO node (id, primary_element) VALUES (1, 10)"_s),
        qPrintable(q.lastError().text()));
    QVERIFY2(q.exec(u"INSERT INTO element (id, parent_node) VALUES (10, 1)"_s),
        qPrintable(q.lastError().text()));
    QVERIFY2(sql.commit(), qPrintable(sql.lastError().text()));
}

// Applying reports each statement, and a cancel half-way leaves nothing behind.
void tst_SchemaRoundTrip::progressAndCancel()
{
    QFETCH(QString, engine);
    const Schema design = load(QStringLiteral(SCHEMATA_RESOURCES "/examples/seed-models.xml"));
    Database db = freshDatabase(engine, u"tst_roundtrip_cancel"_s);

    QList<int> done;
    int total = 0;
    SchemaApplier applier(*db.connection);
    applier.setProgress([&](int count, int of) {
        done << count;
        total = of;
        return count < 5;
    });
    const ApplyResult cancelled = applier.apply(design);
    QVERIFY(!cancelled.ok);
    QVERIFY2(cancelled.error.startsWith(u"Cancelled."_s), qPrintable(cancelled.error));
    QCOMPARE(done, (QList<int> {1, 2, 3, 4, 5}));
    QVERIFY(total > 5);
    QCOMPARE(sortedTables(*db.connection), QStringList());

    applier.setProgress([&](int count, int of) {
        done << count;
        return of == total;
    });
    done.clear();
    const ApplyResult applied = applier.apply(design);
    QVERIFY2(applied.ok, qPrintable(describe(applied)));
    QCOMPARE(done.size(), total);
    QCOMPARE(done.last(), total);
}

// A schema written by hand for SQLite, with the DDL people really write (multi-line
// constraints, every quoting style, comments), read and applied to each engine.
void tst_SchemaRoundTrip::sqliteSchemaMovesToEveryEngine()
{
    QFETCH(QString, engine);
    Database source = freshDatabase(u"sqlite"_s, u"tst_roundtrip_source"_s);
    QSqlQuery q(source.connection->database());
    const QStringList ddl = {
        uR"(CREATE TABLE [author] ( -- who writes
    [id] integer NOT NULL PRIMARY KEY AUTOINCREMENT,
    `full name` varchar ( 80 ) NOT NULL,
    "e-mail" TEXT DEFAULT 'nobody@example.org',
    CONSTRAINT
        "uq_author_mail"
    UNIQUE ("e-mail")
))"_s,
        uR"(create table "book"(
  isbn CHAR(13) not null,
  edition int not null default 1,
  author_id INTEGER REFERENCES author ON DELETE SET NULL,
  price decimal(8, 2),
  primary key (isbn, edition) -- composite
))"_s,
        uR"(CREATE TABLE 'review' (
  "id" INTEGER PRIMARY KEY,
  isbn CHAR(13) NOT NULL, edition INT NOT NULL,
  stars SMALLINT CHECK (stars BETWEEN 1 AND 5),
  CONSTRAINT fk_review_book FOREIGN KEY (isbn, edition)
      REFERENCES "book" (isbn, edition) ON DELETE CASCADE ON UPDATE CASCADE
))"_s,
        u"CREATE INDEX ix_review_stars ON review (stars)"_s,
    };
    for (const QString &statement : ddl)
        QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));

    SchemaImporter reading(*source.connection);
    QString error;
    const std::optional<Schema> design = reading.import(&error);
    QVERIFY2(design, qPrintable(error));
    QVERIFY(reading.warnings().join(u'\n').contains(u"CHECK"_s));
    const Table *book = design->tableByName(u"book"_s);
    QVERIFY(book && book->primaryKey() && book->primaryKey()->parts.size() == 2);
    const Table *review = design->tableByName(u"review"_s);
    QVERIFY(review && review->foreignKeys.size() == 1);
    QCOMPARE(review->foreignKeys.first().name, u"fk_review_book"_s);
    QCOMPARE(review->foreignKeys.first().parts.size(), 2);
    QCOMPARE(design->tableByName(u"author"_s)->comment, u"who writes"_s);

    Database target = freshDatabase(engine, u"tst_roundtrip_target"_s);
    const ApplyResult applied = SchemaApplier(*target.connection).apply(*design);
    QVERIFY2(applied.ok, qPrintable(describe(applied)));
    SchemaImporter back(*target.connection);
    const std::optional<Schema> moved = back.import(&error);
    QVERIFY2(moved, qPrintable(error));
    COMPARE_DUMPS(dumpForDatabase(*moved, target.sqlEngine, true),
        dumpForDatabase(*design, target.sqlEngine, false));
}

// The real designs of the corpus, applied to each engine. Those that cannot be applied are
// listed with the reason, which is the design's own error (the report in the README).
void tst_SchemaRoundTrip::fixturesApply_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expectedError"); // empty: applies
    // Each is an error in the file itself, found by reading it: the designer would write SQL
    // that every engine refuses.
    const QHash<QString, QString> refused = {
        {u"01"_s,
            u"error: Product.id_Producer: AUTOINCREMENT needs the column to be the "
            "table's primary key, alone."_s},
        {u"02"_s,
            u"error: data.created: The default \"request.now\" is not a value of the "
            "type datetime."_s},
        {u"03"_s,
            u"error: legislaturas.id: AUTOINCREMENT needs an integer column; this one is "
            "TEXT."_s},
        {u"04"_s,
            u"error: PROCESSING.SITE_REF: The default \"NOT NULL\" is not a value of the "
            "type INTEGER."_s},
        {u"06"_s,
            u"error: spells.id: The foreign key references spell_tag_links.spell_id, which "
            "is not a primary key or unique."_s},
        {u"10"_s,
            u"error: users.id: The foreign key references categories_users.user_id, which "
            "is not a primary key or unique."_s},
        {u"18"_s, u"error: index.html.erb: Two tables are named \"index.html.erb\""_s},
        {u"20"_s, u"error: apartments.floor: Two columns are named \"floor\"."_s},
    };
    const QStringList files
        = QDir(QStringLiteral(SCHEMATA_FIXTURES)).entryList({u"*.xml"_s}, QDir::Files, QDir::Name);
    for (const QString &engine : TestDatabases::engines()) {
        for (const QString &file : files) {
            QTest::addRow("%s %s", qPrintable(engine), qPrintable(file.left(2)))
                << engine << file
                << refused.value(engine + u' ' + file.left(2), refused.value(file.left(2)));
        }
    }
}

void tst_SchemaRoundTrip::fixturesApply()
{
    QFETCH(QString, engine);
    QFETCH(QString, file);
    QFETCH(QString, expectedError);
    const Schema design = load(QStringLiteral(SCHEMATA_FIXTURES) + u'/' + file);
    Database db = freshDatabase(engine, u"tst_roundtrip_fixture"_s);
    const ApplyResult applied = SchemaApplier(*db.connection).apply(design);
    if (expectedError.isEmpty()) {
        QVERIFY2(applied.ok, qPrintable(describe(applied)));
        QVERIFY(!applied.createdTables.isEmpty());
        SchemaImporter importer(*db.connection);
        QString error;
        const std::optional<Schema> imported = importer.import(&error);
        QVERIFY2(imported, qPrintable(error));
        COMPARE_DUMPS(dumpForDatabase(*imported, db.sqlEngine, true),
            dumpForDatabase(design, db.sqlEngine, false));
    } else {
        QVERIFY(!applied.ok);
        QVERIFY2(describe(applied).contains(expectedError), qPrintable(describe(applied)));
        QCOMPARE(sortedTables(*db.connection), QStringList());
    }
}

QTEST_GUILESS_MAIN(tst_SchemaRoundTrip)
#include "tst_schemaroundtrip.moc"
