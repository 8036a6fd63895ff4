#include "testdatabases.h"

#include "database/connection.h"
#include "database/schemaapplier.h"
#include "database/schemaimporter.h"
#include "ddl/ddlwriter.h"
#include "diff/schemadiff.h"
#include "dialects/dialect.h"
#include "xml/designfile.h"
#include "xml/designreader.h"

#include <QDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

Schema load(const QString &path)
{
    DesignReader reader;
    if (!DesignFile::load(path, &reader))
        qFatal("%s does not load", qPrintable(path));
    return reader.schema();
}

QString seedModels()
{
    return QStringLiteral(SCHEMATA_RESOURCES "/examples/seed-models.xml");
}

QString listed(const SchemaDiffResult &result)
{
    QStringList lines = result.errors;
    for (const SchemaChange &c : result.changes)
        lines << SchemaChange::riskCode(c.risk) + u' ' + c.describe();
    return lines.join(u'\n');
}

QStringList codes(const SchemaDiffResult &result)
{
    QStringList list;
    for (const SchemaChange &c : result.changes)
        list << SchemaChange::kindCode(c.kind) + u' ' + c.subject();
    return list;
}

// A design of tables given as "name:column type,column type" (types without spaces).
Schema schemaOf(const QStringList &tables)
{
    Schema schema;
    for (const QString &spec : tables) {
        const QStringList parts = spec.split(u':');
        Table &table = schema.addTable(parts.first());
        const QStringList columns = parts.value(1).split(u',', Qt::SkipEmptyParts);
        for (const QString &column : columns) {
            const QStringList words = column.split(u' ');
            schema.addColumn(table, words.first(), words.value(1, u"INTEGER"_s));
        }
    }
    return schema;
}

Table &tableNamed(Schema &schema, const QString &name)
{
    for (Table &t : schema.tables()) {
        if (t.name == name)
            return t;
    }
    qFatal("no table %s", qPrintable(name));
}

Column &columnNamed(Table &table, const QString &name)
{
    for (Column &c : table.columns) {
        if (c.name == name)
            return c;
    }
    qFatal("no column %s", qPrintable(name));
}

} // namespace

// The schema diff: designs compared as written, and designs against the databases made from
// them on every engine, which must show no change at all.
class tst_SchemaDiff : public QObject
{
    Q_OBJECT

private slots:
    void namesTwicePairInOrder();
    void initTestCase();
    void sameDesignHasNoChanges();
    void everyChangeKind();
    void recordedRenames();
    void renameHints();
    void renameHintParsing_data();
    void renameHintParsing();
    void typeChangeRisks_data();
    void typeChangeRisks();
    void foldedNames();
    void unmanagedTables();
    void appliedDatabaseHasNoChanges_data();
    void appliedDatabaseHasNoChanges();
};

void tst_SchemaDiff::initTestCase()
{
    const QString missing = TestDatabases::missingServers();
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
}

void tst_SchemaDiff::sameDesignHasNoChanges()
{
    const Schema design = load(seedModels());
    QVERIFY2(SchemaDiff::compare(design, design, {}).isEmpty(),
        qPrintable(listed(SchemaDiff::compare(design, design, {}))));
    for (SqlEngine engine : allSqlEngines) {
        const SchemaDiffResult result
            = SchemaDiff::compare(design, design, DiffOptions::forEngine(engine, false));
        QVERIFY2(result.ok() && result.isEmpty(), qPrintable(listed(result)));
    }
}

void tst_SchemaDiff::everyChangeKind()
{
    const Schema source = schemaOf({u"users:id,name VARCHAR(50),age INTEGER,gone TEXT"_s,
        u"posts:id,user_id,body TEXT"_s, u"old:id"_s});
    Schema target = schemaOf({u"users:id,name VARCHAR(20),age INTEGER,email VARCHAR(255)"_s,
        u"posts:id,user_id,body TEXT"_s, u"fresh:id"_s});
    Table &users = tableNamed(target, u"users"_s);
    target.addKey(users, Key::Primary, {users.columns.at(0).id});
    target.addKey(users, Key::Unique, {columnNamed(users, u"email"_s).id});
    columnNamed(users, u"age"_s).setNullable(false);
    columnNamed(users, u"age"_s).defaultValue = DefaultValue::text(u"0"_s);
    columnNamed(users, u"age"_s).comment = u"years"_s;
    users.comment = u"people"_s;
    Table &posts = tableNamed(target, u"posts"_s);
    target.addForeignKey(posts, {posts.columns.at(1).id}, users, {users.columns.at(0).id});

    const SchemaDiffResult result = SchemaDiff::compare(source, target, {});
    QVERIFY(result.ok());
    QCOMPARE(codes(result),
        QStringList({u"add-table fresh"_s, u"drop-table old"_s,
            u"add-foreign-key posts (user_id) -> users (id)"_s, u"change-table-comment users"_s,
            u"add-column users.email"_s, u"drop-column users.gone"_s,
            u"change-type users.name"_s, u"change-nullable users.age"_s,
            u"change-default users.age"_s, u"change-column-comment users.age"_s,
            u"add-key users PRIMARY (id)"_s, u"add-key users UNIQUE (email)"_s}));
    const auto risk = [&](const QString &code) {
        for (const SchemaChange &c : result.changes) {
            if (SchemaChange::kindCode(c.kind) + u' ' + c.subject() == code)
                return SchemaChange::riskCode(c.risk);
        }
        return QString();
    };
    QCOMPARE(risk(u"drop-table old"_s), u"data-loss"_s);
    QCOMPARE(risk(u"drop-column users.gone"_s), u"data-loss"_s);
    QCOMPARE(risk(u"change-type users.name"_s), u"may-fail"_s); // 50 -> 20 characters
    QCOMPARE(risk(u"change-nullable users.age"_s), u"may-fail"_s);
    QCOMPARE(risk(u"add-key users UNIQUE (email)"_s), u"may-fail"_s);
    QCOMPARE(risk(u"add-foreign-key posts (user_id) -> users (id)"_s), u"may-fail"_s);
    QCOMPARE(risk(u"add-column users.email"_s), u"safe"_s);
    QCOMPARE(risk(u"add-table fresh"_s), u"safe"_s);

    // The other way round, every change is undone.
    const SchemaDiffResult back = SchemaDiff::compare(target, source, {});
    QCOMPARE(back.changes.size(), result.changes.size());
}

void tst_SchemaDiff::recordedRenames()
{
    const Schema source = schemaOf({u"people:id,full_name VARCHAR(50)"_s, u"pets:id,owner"_s});
    Schema target = schemaOf({u"persons:id,name VARCHAR(50)"_s, u"pets:id,owner"_s});
    Table &persons = tableNamed(target, u"persons"_s);
    persons.formerNames = {u"humans"_s, u"people"_s}; // renamed twice; the source has the first
    columnNamed(persons, u"name"_s).formerNames = {u"full_name"_s};
    Table &pets = tableNamed(target, u"pets"_s);
    target.addForeignKey(pets, {pets.columns.at(1).id}, persons, {persons.columns.at(0).id});
    Schema sourceWithKey = source;
    Table &oldPets = tableNamed(sourceWithKey, u"pets"_s);
    const Table &people = tableNamed(sourceWithKey, u"people"_s);
    sourceWithKey.addForeignKey(
        oldPets, {oldPets.columns.at(1).id}, people, {people.columns.at(0).id});

    // The foreign key follows the renamed table: it is the same key, not a drop and an add.
    const SchemaDiffResult result = SchemaDiff::compare(sourceWithKey, target, {});
    QCOMPARE(codes(result),
        QStringList({u"rename-table persons"_s, u"rename-column persons.name"_s}));
    QCOMPARE(result.changes.at(0).oldTable, u"people"_s);
    QCOMPARE(result.changes.at(1).oldColumn, u"full_name"_s);
    QVERIFY(!result.hasRisk(SchemaChange::Risk::DataLoss));
    // The pairing is given with the changes, renamed objects included.
    QCOMPARE(result.pairedTables.value(people.id), persons.id);
    QCOMPARE(result.pairedTables.value(oldPets.id), pets.id);
    QCOMPARE(result.pairedColumns.value(columnNamed(tableNamed(sourceWithKey, u"people"_s),
                 u"full_name"_s).id),
        columnNamed(persons, u"name"_s).id);
    QCOMPARE(result.pairedTables.size(), 2);

    // Read the other way (the design is the source), the record still pairs them.
    QCOMPARE(codes(SchemaDiff::compare(target, sourceWithKey, {})),
        QStringList({u"rename-table people"_s, u"rename-column people.full_name"_s}));

    // A database that has the new name already is not renamed into: the old table is dropped.
    const Schema both = schemaOf({u"people:id,full_name VARCHAR(50)"_s,
        u"persons:id,name VARCHAR(50)"_s, u"pets:id,owner"_s});
    QVERIFY(codes(SchemaDiff::compare(both, target, {})).contains(u"drop-table people"_s));
}

void tst_SchemaDiff::renameHints()
{
    // Two files saved by WWW SQL Designer: no record; the user pairs them.
    const Schema source = schemaOf({u"index.html.erb:id,a=b"_s});
    const Schema target = schemaOf({u"pages:id,ab"_s});
    QCOMPARE(codes(SchemaDiff::compare(source, target, {})),
        QStringList({u"drop-table index.html.erb"_s, u"add-table pages"_s}));
    DiffOptions options;
    options.renames.tables << RenameHints::TableRename {u"index.html.erb"_s, u"pages"_s};
    options.renames.columns << RenameHints::ColumnRename {u"pages"_s, u"a=b"_s, u"ab"_s};
    const SchemaDiffResult result = SchemaDiff::compare(source, target, options);
    QCOMPARE(codes(result), QStringList({u"rename-table pages"_s, u"rename-column pages.ab"_s}));
    QVERIFY(result.warnings.isEmpty());

    // A hint that does not fit is said, not used.
    DiffOptions wrong;
    wrong.renames.tables << RenameHints::TableRename {u"nothing"_s, u"pages"_s};
    const SchemaDiffResult unused = SchemaDiff::compare(source, target, wrong);
    QCOMPARE(unused.warnings.size(), 1);
    DiffOptions noTable;
    noTable.renames.columns << RenameHints::ColumnRename {u"posts"_s, u"a=b"_s, u"ab"_s};
    QCOMPARE(SchemaDiff::compare(source, target, noTable).warnings.size(), 1);
    QVERIFY(codes(unused).contains(u"drop-table index.html.erb"_s));
}

void tst_SchemaDiff::renameHintParsing_data()
{
    QTest::addColumn<bool>("column");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("parts"); // empty: refused
    QTest::newRow("table") << false << u"old=new"_s << QStringList({u"old"_s, u"new"_s});
    QTest::newRow("escaped equals") << false << u"a\\=b=c"_s << QStringList({u"a=b"_s, u"c"_s});
    QTest::newRow("escaped backslash")
        << false << u"a\\\\=b"_s << QStringList({u"a\\"_s, u"b"_s});
    QTest::newRow("dots") << false << u"index.html.erb=pages"_s
                          << QStringList({u"index.html.erb"_s, u"pages"_s});
    QTest::newRow("no equals") << false << u"old"_s << QStringList();
    QTest::newRow("two equals") << false << u"a=b=c"_s << QStringList();
    QTest::newRow("empty new") << false << u"a="_s << QStringList();
    QTest::newRow("column") << true << u"t:a=b"_s << QStringList({u"t"_s, u"a"_s, u"b"_s});
    QTest::newRow("column escaped colon")
        << true << u"db\\:t:a\\:x=b"_s << QStringList({u"db:t"_s, u"a:x"_s, u"b"_s});
    QTest::newRow("column without table") << true << u"a=b"_s << QStringList();
    QTest::newRow("unicode") << true << u"Ärzte:näme=name"_s
                             << QStringList({u"Ärzte"_s, u"näme"_s, u"name"_s});
}

void tst_SchemaDiff::renameHintParsing()
{
    QFETCH(bool, column);
    QFETCH(QString, text);
    QFETCH(QStringList, parts);
    QString error;
    QStringList got;
    if (column) {
        if (const auto hint = RenameHintParser::column(text, &error))
            got = {hint->table, hint->from, hint->to};
    } else if (const auto hint = RenameHintParser::table(text, &error)) {
        got = {hint->from, hint->to};
    }
    QCOMPARE(got, parts);
    QCOMPARE(error.isEmpty(), !parts.isEmpty());
}

void tst_SchemaDiff::typeChangeRisks_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("risk");
    QTest::newRow("longer varchar") << u"VARCHAR(50)"_s << u"VARCHAR(100)"_s << u"safe"_s;
    QTest::newRow("shorter varchar") << u"VARCHAR(50)"_s << u"VARCHAR(10)"_s << u"may-fail"_s;
    QTest::newRow("varchar to text") << u"VARCHAR(50)"_s << u"TEXT"_s << u"safe"_s;
    QTest::newRow("text to varchar") << u"TEXT"_s << u"VARCHAR(50)"_s << u"may-fail"_s;
    QTest::newRow("int to bigint") << u"INTEGER"_s << u"BIGINT"_s << u"safe"_s;
    QTest::newRow("bigint to smallint") << u"BIGINT"_s << u"SMALLINT"_s << u"may-fail"_s;
    QTest::newRow("int to text") << u"INTEGER"_s << u"TEXT"_s << u"safe"_s;
    QTest::newRow("text to int") << u"TEXT"_s << u"INTEGER"_s << u"data-loss"_s;
    QTest::newRow("wider decimal") << u"DECIMAL(8,2)"_s << u"DECIMAL(12,2)"_s << u"safe"_s;
    QTest::newRow("fewer decimals") << u"DECIMAL(8,2)"_s << u"DECIMAL(8,1)"_s << u"may-fail"_s;
    QTest::newRow("date to datetime") << u"DATE"_s << u"DATETIME"_s << u"safe"_s;
    QTest::newRow("datetime to date") << u"DATETIME"_s << u"DATE"_s << u"data-loss"_s;
}

void tst_SchemaDiff::typeChangeRisks()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, risk);
    Schema source, target;
    source.addColumn(source.addTable(u"t"_s), u"c"_s, from);
    target.addColumn(target.addTable(u"t"_s), u"c"_s, to);
    const SchemaDiffResult result = SchemaDiff::compare(source, target, {});
    QCOMPARE(result.changes.size(), 1);
    QCOMPARE(SchemaChange::kindCode(result.changes.first().kind), u"change-type"_s);
    QCOMPARE(SchemaChange::riskCode(result.changes.first().risk), risk);
}

void tst_SchemaDiff::foldedNames()
{
    const Schema source = schemaOf({u"Users:ID,Name TEXT"_s});
    const Schema target = schemaOf({u"users:id,name TEXT"_s});
    QCOMPARE(codes(SchemaDiff::compare(source, target, {})),
        QStringList({u"drop-table Users"_s, u"add-table users"_s}));
    DiffOptions folded;
    folded.foldTableNames = folded.foldColumnNames = true;
    QCOMPARE(codes(SchemaDiff::compare(source, target, folded)), QStringList());
    // Spelling differences of one type are no change.
    QCOMPARE(codes(SchemaDiff::compare(schemaOf({u"t:c varchar(10)"_s}),
                 schemaOf({u"t:c VARCHAR(10)"_s}), {})),
        QStringList());
    // On SQLite, INT and INTEGER are one type.
    QCOMPARE(codes(SchemaDiff::compare(schemaOf({u"t:c INT"_s}), schemaOf({u"t:c INTEGER"_s}),
                 DiffOptions::forEngine(SqlEngine::Sqlite, true))),
        QStringList());
}

void tst_SchemaDiff::unmanagedTables()
{
    const Schema database = schemaOf({u"a:id"_s, u"theirs:id"_s, u"schemata_migrations:id"_s});
    const Schema design = schemaOf({u"a:id"_s});
    DiffOptions options;
    options.unmanagedSide = DiffOptions::DatabaseSide::Source;
    const SchemaDiffResult result = SchemaDiff::compare(database, design, options);
    QVERIFY(result.isEmpty());
    QCOMPARE(result.unmanaged, QStringList({u"theirs"_s})); // the history table is never listed
    // The other way round, the database's own tables are not the design's to add either.
    DiffOptions reversed;
    reversed.unmanagedSide = DiffOptions::DatabaseSide::Target;
    const SchemaDiffResult back = SchemaDiff::compare(design, database, reversed);
    QVERIFY(back.isEmpty());
    QCOMPARE(back.unmanaged, QStringList({u"theirs"_s}));
    options.dropUnmanaged = true;
    QCOMPARE(codes(SchemaDiff::compare(database, design, options)),
        QStringList({u"drop-table theirs"_s}));
}

void tst_SchemaDiff::appliedDatabaseHasNoChanges_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("file");
    QStringList files {seedModels()};
    const QDir fixtures(QStringLiteral(SCHEMATA_FIXTURES));
    for (const QString &name : fixtures.entryList({u"*.xml"_s}, QDir::Files, QDir::Name))
        files << fixtures.filePath(name);
    for (const QString &engine : TestDatabases::engines()) {
        const Dialect &dialect = Dialect::forEngine(*sqlEngineFromName(engine));
        for (const QString &file : std::as_const(files)) {
            // Designs with errors do not become databases (tst_schemaroundtrip checks those).
            if (!DdlWriter(dialect).write(load(file)).ok())
                continue;
            QTest::addRow("%s %s", qPrintable(engine), qPrintable(QFileInfo(file).baseName()))
                << engine << file;
        }
    }
}

// The test of the normalization: a design against the database made from it, and against that
// database's import, shows nothing, whatever the engine made of the types, keys and defaults.
void tst_SchemaDiff::appliedDatabaseHasNoChanges()
{
    QFETCH(QString, engine);
    QFETCH(QString, file);
    const Schema design = load(file);
    QString error;
    const QString url = TestDatabases::freshDatabase(engine, u"tst_schemadiff"_s, &error);
    QVERIFY2(!url.isEmpty(), qPrintable(error));
    Connection connection;
    QVERIFY2(connection.open(
                 *DatabaseAddress::parse(url, &error), Connection::Mode::CreateIfMissing, &error),
        qPrintable(error));
    const ApplyResult applied = SchemaApplier(connection).apply(design);
    QVERIFY2(applied.ok, qPrintable(applied.error));
    const std::optional<Schema> imported = SchemaImporter(connection).import(&error);
    QVERIFY2(imported, qPrintable(error));
    const DiffOptions options = DiffOptions::forEngine(connection.dialect().engine(),
        connection.dialect().tableNamesIgnoreCase(connection.database()));
    const SchemaDiffResult forward = SchemaDiff::compare(*imported, design, options);
    QVERIFY2(forward.ok() && forward.isEmpty(), qPrintable(listed(forward)));
    const SchemaDiffResult backward = SchemaDiff::compare(design, *imported, options);
    QVERIFY2(backward.ok() && backward.isEmpty(), qPrintable(listed(backward)));
}

// Two tables or two columns of one name (WWW SQL Designer saves them; real files have them): a
// design compared with itself pairs them in their order and finds nothing, and a change to the
// second of them is found on the second.
void tst_SchemaDiff::namesTwicePairInOrder()
{
    const Schema twice = schemaOf({u"page:id,floor,floor TEXT"_s, u"page:id,title TEXT"_s});
    QVERIFY(SchemaDiff::compare(twice, twice, {}).isEmpty());
    Schema changed = twice;
    changed.tables()[1].columns[1].datatype = u"VARCHAR(20)"_s;
    changed.tables()[0].columns[2].datatype = u"BLOB"_s;
    QCOMPARE(codes(SchemaDiff::compare(twice, changed, {})),
        QStringList({u"change-type page.floor"_s, u"change-type page.title"_s}));
}

QTEST_GUILESS_MAIN(tst_SchemaDiff)
#include "tst_schemadiff.moc"
