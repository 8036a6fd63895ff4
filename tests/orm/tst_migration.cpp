#include "testdatabases.h"

#include "database/connection.h"
#include "database/schemaapplier.h"
#include "database/schemaimporter.h"
#include "database/sqllog.h"
#include "diff/migrationplan.h"
#include "diff/migrator.h"
#include "diff/schemadiff.h"
#include "analysis/tableorder.h"
#include "ddl/ddlwriter.h"
#include "records/datagenerator.h"
#include "sql/typemapping.h"
#include "xml/designfile.h"
#include "dialects/dialect.h"
#include "xml/designreader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QRandomGenerator>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

Schema parse(const QString &xml)
{
    DesignReader reader;
    if (!reader.read(xml.toUtf8()))
        qFatal("design does not load: %s", qPrintable(xml));
    return reader.schema();
}

// A design in WWW SQL Designer's XML; `tables` are <table> elements.
QString design(const QString &tables)
{
    return u"<?xml version=\"1.0\" encoding=\"utf-8\" ?>\n<sql>\n"_s + tables + u"</sql>\n"_s;
}

QString column(const QString &name, const QString &type, bool nullable = true,
    const QString &extra = {})
{
    return u"<row name=\""_s + name + u"\" null=\""_s + (nullable ? u"1"_s : u"0"_s)
        + u"\" autoincrement=\"0\"><datatype>"_s + type + u"</datatype>"_s + extra + u"</row>"_s;
}

QString idColumn()
{
    return u"<row name=\"id\" null=\"0\" autoincrement=\"1\"><datatype>INTEGER</datatype></row>"_s;
}

QString reference(const QString &table, const QString &column)
{
    return u"<relation table=\""_s + table + u"\" row=\""_s + column + u"\" />"_s;
}

QString table(const QString &name, const QString &rows, const QString &extra = {})
{
    return u"<table x=\"0\" y=\"0\" name=\""_s + name + u"\">"_s + rows
        + u"<key type=\"PRIMARY\" name=\"\"><part>id</part></key>"_s + extra + u"</table>\n"_s;
}

struct Database
{
    QString engine;
    QString url;
    std::unique_ptr<Connection> connection;

    QSqlDatabase db() const { return connection->database(); }
    const Dialect &dialect() const { return connection->dialect(); }
    QString q(const QString &name) const { return dialect().quoteIdentifier(name); }

    void exec(const QString &sql) const
    {
        QSqlQuery query(db());
        if (!Sql::exec(query, sql))
            qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    }
    QVariant value(const QString &sql) const
    {
        QSqlQuery query(db());
        if (!Sql::exec(query, sql) || !query.next())
            qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return query.value(0);
    }
    Schema imported() const
    {
        QString error;
        const std::optional<Schema> schema = SchemaImporter(*connection).import(&error);
        if (!schema)
            qFatal("import: %s", qPrintable(error));
        return *schema;
    }
    DiffOptions options() const
    {
        return DiffOptions::forEngine(dialect().engine(), dialect().tableNamesIgnoreCase(db()));
    }
};

Database freshDatabase(const QString &engine, const Schema &design)
{
    Database d;
    d.engine = engine;
    QString error;
    d.url = TestDatabases::freshDatabase(engine, u"tst_migration"_s, &error);
    if (d.url.isEmpty())
        qFatal("cannot make a database: %s", qPrintable(error));
    d.connection = std::make_unique<Connection>();
    if (!d.connection->open(
            *DatabaseAddress::parse(d.url, &error), Connection::Mode::CreateIfMissing, &error))
        qFatal("cannot open: %s", qPrintable(error));
    const ApplyResult applied = SchemaApplier(*d.connection).apply(design);
    if (!applied.ok)
        qFatal("apply: %s", qPrintable(applied.error));
    return d;
}

struct Migration
{
    SchemaDiffResult diff;
    MigrationPlan plan;
    QList<DataCheckResult> checks;
    MigrationReport report;
};

// What `schemata migrate` does: diff the database against the design, plan, check, run.
Migration migrate(const Database &d, const Schema &target, bool run = true)
{
    Migration m;
    const Schema source = d.imported();
    DiffOptions options = d.options();
    options.unmanagedSide = DiffOptions::DatabaseSide::Source;
    m.diff = SchemaDiff::compare(source, target, options);
    MigrationPlanner planner(d.dialect(), source, target, m.diff);
    if (d.dialect().engine() == SqlEngine::Sqlite)
        planner.setSqliteObjects(Migrator::sqliteObjects(d.db()));
    m.plan = planner.plan();
    Migrator migrator(*d.connection);
    m.checks = migrator.check(m.plan);
    if (run)
        m.report = migrator.run(m.plan, u"test.xml"_s, u"0"_s);
    return m;
}

QString describe(const Migration &m)
{
    QStringList lines = m.plan.errors;
    lines << m.report.error << m.report.failedStatement;
    for (const SchemaChange &c : m.diff.changes)
        lines << u"change: "_s + c.describe();
    lines << m.plan.script();
    return lines.join(u'\n');
}

QString remaining(const Database &d, const Schema &target)
{
    DiffOptions options = d.options();
    options.unmanagedSide = DiffOptions::DatabaseSide::Source;
    const SchemaDiffResult after = SchemaDiff::compare(d.imported(), target, options);
    QStringList lines = after.errors;
    for (const SchemaChange &c : after.changes)
        lines << c.describe();
    return lines.join(u'\n');
}

const QString V1 = design(table(u"authors"_s,
                              idColumn() + column(u"name"_s, u"VARCHAR(50)"_s)
                                  + column(u"born"_s, u"INTEGER"_s)
                                  + column(u"nickname"_s, u"VARCHAR(20)"_s))
    + table(u"books"_s,
        idColumn() + column(u"author_id"_s, u"INTEGER"_s, true, reference(u"authors"_s, u"id"_s))
            + column(u"title"_s, u"VARCHAR(100)"_s) + column(u"isbn"_s, u"VARCHAR(20)"_s))
    + table(u"obsolete"_s, idColumn() + column(u"x"_s, u"INTEGER"_s)));

// Every kind of change at once: renamed table and column (recorded in the design), columns
// added, dropped, widened, made NOT NULL, given a default; keys and foreign keys added; a table
// added and one dropped.
const QString V2 = design(
    table(u"writers"_s,
        idColumn()
            + column(u"full_name"_s, u"VARCHAR(100)"_s, false,
                u"<renamed from=\"name\" />"_s)
            + column(u"born"_s, u"BIGINT"_s)
            + column(u"country"_s, u"VARCHAR(40)"_s, false, u"<default>'unknown'</default>"_s),
        u"<key type=\"UNIQUE\" name=\"\"><part>full_name</part></key><renamed from=\"authors\" />"_s)
    + table(u"books"_s,
        idColumn() + column(u"author_id"_s, u"INTEGER"_s, true, reference(u"writers"_s, u"id"_s))
            + column(u"title"_s, u"VARCHAR(200)"_s) + column(u"isbn"_s, u"VARCHAR(20)"_s)
            + column(u"shelf_id"_s, u"INTEGER"_s, true, reference(u"shelves"_s, u"id"_s)),
        u"<key type=\"INDEX\" name=\"\"><part>title</part></key>"_s)
    + table(u"shelves"_s, idColumn() + column(u"label"_s, u"VARCHAR(30)"_s)));

} // namespace

// Migrations on every engine, against tables that hold rows.
class tst_Migration : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyChangeKeepsRows_data() { TestDatabases::addEngineRows(); }
    void everyChangeKeepsRows();
    void nothingToDo_data() { TestDatabases::addEngineRows(); }
    void nothingToDo();
    void failedCheckChangesNothing_data() { TestDatabases::addEngineRows(); }
    void failedCheckChangesNothing();
    void sqliteRebuildKeepsCascadingChildren();
    void mysqlFailureHalfWayIsReported();
    void referencedKeyWidened_data() { TestDatabases::addEngineRows(); }
    void referencedKeyWidened();
    void historyIsRecordedAndNeverDiffed_data() { TestDatabases::addEngineRows(); }
    void historyIsRecordedAndNeverDiffed();
    void fixtureEdits_data();
    void fixtureEdits();
};

void tst_Migration::initTestCase()
{
    const QString missing = TestDatabases::missingServers();
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
}

void tst_Migration::everyChangeKeepsRows()
{
    QFETCH(QString, engine);
    const Database d = freshDatabase(engine, parse(V1));
    for (int i = 1; i <= 20; ++i) {
        d.exec(u"INSERT INTO %1 (id, name, born, nickname) VALUES (%2, 'Author %2', %3, 'n%2')"_s
                   .arg(d.q(u"authors"_s))
                   .arg(i)
                   .arg(1900 + i));
    }
    for (int i = 1; i <= 20; ++i) {
        d.exec(u"INSERT INTO %1 (id, author_id, title, isbn) VALUES (%2, %3, 'Book %2', 'i%2')"_s
                   .arg(d.q(u"books"_s))
                   .arg(i)
                   .arg((i % 5) + 1));
    }
    d.exec(u"INSERT INTO %1 (id, x) VALUES (1, 1)"_s.arg(d.q(u"obsolete"_s)));
    const Schema target = parse(V2);
    const Migration m = migrate(d, target);
    QVERIFY2(m.report.ok, qPrintable(describe(m)));
    for (const DataCheckResult &r : m.checks)
        QVERIFY2(r.passed(), qPrintable(r.check.description));
    // The database has the design's structure now, and every row of a kept column.
    QVERIFY2(remaining(d, target).isEmpty(), qPrintable(remaining(d, target)));
    QCOMPARE(d.value(u"SELECT COUNT(*) FROM %1"_s.arg(d.q(u"writers"_s))).toInt(), 20);
    // A table the design no longer has is the database's own now: left alone, with its rows.
    QCOMPARE(m.diff.unmanaged, QStringList({u"obsolete"_s}));
    QCOMPARE(d.value(u"SELECT COUNT(*) FROM %1"_s.arg(d.q(u"obsolete"_s))).toInt(), 1);
    QCOMPARE(d.value(u"SELECT COUNT(*) FROM %1"_s.arg(d.q(u"books"_s))).toInt(), 20);
    QCOMPARE(d.value(u"SELECT full_name FROM %1 WHERE id = 7"_s.arg(d.q(u"writers"_s))).toString(),
        u"Author 7"_s);
    QCOMPARE(d.value(u"SELECT born FROM %1 WHERE id = 7"_s.arg(d.q(u"writers"_s))).toInt(), 1907);
    QCOMPARE(d.value(u"SELECT country FROM %1 WHERE id = 7"_s.arg(d.q(u"writers"_s))).toString(),
        u"unknown"_s);
    QCOMPARE(d.value(u"SELECT author_id FROM %1 WHERE id = 9"_s.arg(d.q(u"books"_s))).toInt(), 5);
    QCOMPARE(d.value(u"SELECT title FROM %1 WHERE id = 9"_s.arg(d.q(u"books"_s))).toString(),
        u"Book 9"_s);
    // The renamed table keeps its rows' identities, and the foreign key still holds.
    d.exec(u"INSERT INTO %1 (id, author_id, title) VALUES (100, 3, 'New')"_s.arg(d.q(u"books"_s)));
    QSqlQuery orphan(d.db());
    QVERIFY(!orphan.exec(
        u"INSERT INTO %1 (id, author_id, title) VALUES (101, 999, 'Orphan')"_s.arg(d.q(u"books"_s))));
}

void tst_Migration::nothingToDo()
{
    QFETCH(QString, engine);
    const Schema v1 = parse(V1);
    const Database d = freshDatabase(engine, v1);
    const Migration m = migrate(d, v1);
    QVERIFY2(m.diff.isEmpty(), qPrintable(describe(m)));
    QVERIFY(m.plan.isEmpty());
    QVERIFY(m.report.ok);
    QString error;
    QCOMPARE(Migrator::history(*d.connection, &error)->size(), 0); // nothing ran, nothing recorded
}

void tst_Migration::failedCheckChangesNothing()
{
    QFETCH(QString, engine);
    const Database d = freshDatabase(engine, parse(V1));
    d.exec(u"INSERT INTO %1 (id, name) VALUES (1, 'Same'), (2, 'Same'), (3, NULL)"_s.arg(
        d.q(u"authors"_s)));
    d.exec(u"INSERT INTO %1 (id, author_id, title) VALUES (1, 1, 'a')"_s.arg(d.q(u"books"_s)));
    QByteArray before;
    if (engine == u"sqlite") {
        QFile file(d.db().databaseName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        before = file.readAll();
    }
    const Migration m = migrate(d, parse(V2), false);
    // NOT NULL over a NULL and UNIQUE over duplicates: both found, with the rows' keys.
    QStringList failed;
    for (const DataCheckResult &r : m.checks) {
        if (!r.passed())
            failed << SchemaChange::kindCode(r.check.change.kind) + u' ' + QString::number(r.count)
                    + u' ' + r.sample.join(u',');
    }
    failed.sort();
    QCOMPARE(failed,
        QStringList({u"add-key 1 Same"_s, u"change-nullable 1 3"_s}));
    if (engine == u"sqlite") {
        QFile file(d.db().databaseName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
    }
    QVERIFY(!remaining(d, parse(V1)).size());
}

// A rebuilt parent whose children cascade on delete: with foreign keys on, DROP TABLE of the
// parent would delete every child. The view and trigger on the parent still work afterwards.
void tst_Migration::sqliteRebuildKeepsCascadingChildren()
{
    const QString parentChild = design(table(u"parent"_s, idColumn() + column(u"name"_s, u"VARCHAR(20)"_s))
        + u"<table x=\"0\" y=\"0\" name=\"child\">"_s + idColumn()
        + u"<row name=\"parent_id\" null=\"1\" autoincrement=\"0\"><datatype>INTEGER</datatype>"
          "<relation table=\"parent\" row=\"id\" ondelete=\"CASCADE\" /></row>"
          "<key type=\"PRIMARY\" name=\"\"><part>id</part></key></table>\n"_s);
    const Database d = freshDatabase(u"sqlite"_s, parse(parentChild));
    for (int i = 1; i <= 10; ++i)
        d.exec(u"INSERT INTO parent (id, name) VALUES (%1, 'p%1')"_s.arg(i));
    for (int i = 1; i <= 10; ++i) {
        d.exec(u"INSERT INTO child (id, parent_id) VALUES (%1, %2)"_s.arg(i).arg((i % 3) + 1));
    }
    d.exec(u"CREATE VIEW parent_names AS SELECT name FROM parent"_s);
    d.exec(u"CREATE TABLE audit (what TEXT)"_s);
    d.exec(u"CREATE TRIGGER parent_audit AFTER INSERT ON parent BEGIN INSERT INTO audit VALUES "
           "(new.name); END"_s);
    // NOT NULL on the parent's name: SQLite has no ALTER for it, so the table is rebuilt.
    QString changed = parentChild;
    changed.replace(u"<row name=\"name\" null=\"1\""_s, u"<row name=\"name\" null=\"0\""_s);
    const Schema target = parse(changed);
    Schema withAudit = target; // the audit table is the database's own: left alone
    const Migration m = migrate(d, withAudit);
    QVERIFY2(m.report.ok, qPrintable(describe(m)));
    QVERIFY2(m.plan.foreignKeysOff, qPrintable(describe(m)));
    QVERIFY2(m.plan.script().contains(u"INSERT INTO \"schemata_new_parent\""_s),
        qPrintable(m.plan.script()));
    QCOMPARE(d.value(u"SELECT COUNT(*) FROM child"_s).toInt(), 10);
    QCOMPARE(d.value(u"SELECT COUNT(*) FROM parent_names"_s).toInt(), 10);
    d.exec(u"INSERT INTO parent (id, name) VALUES (11, 'p11')"_s);
    QCOMPARE(d.value(u"SELECT COUNT(*) FROM audit"_s).toInt(), 1);
    QCOMPARE(d.value(u"PRAGMA foreign_keys"_s).toInt(), 1); // on again
    // The cascade itself still works.
    d.exec(u"DELETE FROM parent WHERE id = 2"_s);
    QCOMPARE(d.value(u"SELECT COUNT(*) FROM child"_s).toInt(), 6);
    QVERIFY2(remaining(d, target).isEmpty(), qPrintable(remaining(d, target)));
}

// MariaDB commits each DDL statement: a step that fails half-way is reported with the steps
// that ran and the statements that undo them.
void tst_Migration::mysqlFailureHalfWayIsReported()
{
    if (!TestDatabases::engines().contains(u"mysql"_s))
        QFAIL("MariaDB is needed (scripts/test starts it)");
    const Database d = freshDatabase(u"mysql"_s, parse(V1));
    d.exec(u"INSERT INTO authors (id, name) VALUES (1, 'Same'), (2, 'Same')"_s);
    Migration m = migrate(d, parse(V2), false);
    QVERIFY(std::any_of(m.checks.cbegin(), m.checks.cend(),
        [](const DataCheckResult &r) { return !r.passed(); }));
    // Run anyway, as if the checks had been skipped: the UNIQUE key fails on the duplicates.
    m.report = Migrator(*d.connection).run(m.plan, u"test.xml"_s, u"0"_s);
    QVERIFY(!m.report.ok);
    QVERIFY2(!m.report.stepsRun.isEmpty(), qPrintable(describe(m)));
    QVERIFY2(m.report.failedStep >= 0, qPrintable(describe(m)));
    QVERIFY2(m.report.failedStatement.contains(u"UNIQUE"_s), qPrintable(describe(m)));
    QVERIFY(!m.report.undo.isEmpty());
    QVERIFY(m.report.undo.contains(u"ALTER TABLE `writers` RENAME TO `authors`"_s));
    QVERIFY(m.report.lostForGood.contains(u"drop column writers.nickname"_s));
    // The undo statements bring the table's name back.
    for (const QString &statement : std::as_const(m.report.undo)) {
        QSqlQuery query(d.db());
        query.exec(statement);
    }
    QVERIFY(d.dialect().tableNames(d.db()).contains(u"authors"_s));
}

// A key that foreign keys reference, widened with them: INTEGER to BIGINT on both ends, the
// change a table outgrowing 2^31 rows needs. MariaDB refuses to change a referenced column
// while a foreign key names it; the plan must get round that, keep every row and leave the
// foreign key enforced.
void tst_Migration::referencedKeyWidened()
{
    QFETCH(QString, engine);
    const auto version = [](const QString &type) {
        return design(table(u"parents"_s,
                          u"<row name=\"id\" null=\"0\" autoincrement=\"1\"><datatype>"_s + type
                              + u"</datatype></row>"_s + column(u"name"_s, u"VARCHAR(20)"_s))
            + table(u"kids"_s,
                idColumn()
                    + column(u"parent_id"_s, type, false, reference(u"parents"_s, u"id"_s))));
    };
    const Database d = freshDatabase(engine, parse(version(u"INTEGER"_s)));
    for (int i = 1; i <= 10; ++i)
        d.exec(u"INSERT INTO %1 (id, name) VALUES (%2, 'p%2')"_s.arg(d.q(u"parents"_s)).arg(i));
    for (int i = 1; i <= 10; ++i) {
        d.exec(u"INSERT INTO %1 (id, parent_id) VALUES (%2, %3)"_s.arg(d.q(u"kids"_s))
                   .arg(i)
                   .arg(11 - i));
    }
    const Schema target = parse(version(u"BIGINT"_s));
    const Migration m = migrate(d, target);
    QVERIFY2(m.report.ok, qPrintable(describe(m)));
    QVERIFY2(remaining(d, target).isEmpty(), qPrintable(remaining(d, target)));
    QCOMPARE(d.value(u"SELECT COUNT(*) FROM %1"_s.arg(d.q(u"kids"_s))).toInt(), 10);
    QCOMPARE(d.value(u"SELECT parent_id FROM %1 WHERE id = 3"_s.arg(d.q(u"kids"_s))).toInt(), 8);
    d.exec(u"INSERT INTO %1 (id, name) VALUES (3000000000, 'big')"_s.arg(d.q(u"parents"_s)));
    d.exec(u"INSERT INTO %1 (id, parent_id) VALUES (11, 3000000000)"_s.arg(d.q(u"kids"_s)));
    QSqlQuery orphan(d.db());
    QVERIFY(!orphan.exec(
        u"INSERT INTO %1 (id, parent_id) VALUES (12, 999)"_s.arg(d.q(u"kids"_s))));
}

void tst_Migration::historyIsRecordedAndNeverDiffed()
{
    QFETCH(QString, engine);
    const Database d = freshDatabase(engine, parse(V1));
    const Migration m = migrate(d, parse(V2));
    QVERIFY2(m.report.ok, qPrintable(describe(m)));
    QString error;
    const auto records = Migrator::history(*d.connection, &error);
    QVERIFY2(records, qPrintable(error));
    QCOMPARE(records->size(), 1);
    QCOMPARE(records->first().design, u"test.xml"_s);
    QVERIFY(records->first().statements.contains(u"ALTER TABLE"_s));
    QVERIFY(QDateTime::fromString(records->first().appliedAt, Qt::ISODate).isValid());
    // The history table is never part of an import or a diff.
    const Schema imported = d.imported();
    for (const Table &t : imported.tables())
        QVERIFY(t.name.compare(SchemaDiff::historyTable(), Qt::CaseInsensitive) != 0);
    QVERIFY2(remaining(d, parse(V2)).isEmpty(), qPrintable(remaining(d, parse(V2))));
}

namespace {

struct EditedDesign
{
    Schema schema;
    QStringList edits;
    // Kept columns: (table, column) before -> (table, column) after, to count their values.
    QList<std::pair<QStringList, QStringList>> kept;
};

bool inKeyOrForeignKey(const Schema &schema, const Table &table, ObjectId column)
{
    for (const Key &k : table.keys) {
        if (k.contains(column))
            return true;
    }
    for (const Table &t : schema.tables()) {
        for (const ForeignKey &fk : t.foreignKeys) {
            for (const ForeignKeyPart &p : fk.parts) {
                if ((t.id == table.id && p.column == column) || p.referencedColumn == column)
                    return true;
            }
        }
        if (t.inheritance.discriminator == column)
            return true;
    }
    return false;
}

// N random edits of a design, as a user makes them in Schemata: tables and columns renamed
// (recorded), columns added, dropped (none in a key) and widened.
EditedDesign edit(const Schema &design, quint64 seed, int count)
{
    QRandomGenerator random(seed);
    EditedDesign e {design, {}, {}};
    Schema &s = e.schema;
    QSet<ObjectId> dropped;
    for (int i = 0; i < count; ++i) {
        Table &t = s.tables()[random.bounded(int(s.tables().size()))];
        if (t.inheritance.kind == Inheritance::Kind::Single)
            continue; // folded into its root: the root's columns are edited instead
        const int kind = random.bounded(5);
        const int at = random.bounded(int(t.columns.size()));
        Column &c = t.columns[at];
        if (kind == 0) {
            t.formerNames << t.name;
            t.name += u"_v2"_s;
            e.edits << u"rename table "_s + t.formerNames.last();
        } else if (kind == 1) {
            c.formerNames << c.name;
            c.name += u"_v2"_s;
            e.edits << u"rename column "_s + t.name + u'.' + c.formerNames.last();
        } else if (kind == 2) {
            s.addColumn(t, u"added_"_s + QString::number(i), u"VARCHAR(40)"_s);
            e.edits << u"add column to "_s + t.name;
        } else if (kind == 3 && t.columns.size() > 1 && !inKeyOrForeignKey(s, t, c.id)) {
            e.edits << u"drop column "_s + t.name + u'.' + c.name;
            dropped.insert(c.id);
            t.columns.removeAt(at);
        } else if (kind == 4 && TypeMapping::fromDesign(c.datatype).kind == LogicalType::Kind::Varchar
            && TypeMapping::fromDesign(c.datatype).length > 0) {
            c.datatype = u"VARCHAR("_s
                + QString::number(TypeMapping::fromDesign(c.datatype).length + 50) + u')';
            e.edits << u"widen "_s + t.name + u'.' + c.name;
        }
    }
    // The columns that stay, by their names before and after.
    const Schema before = DdlWriter::physicalSchema(design);
    const Schema after = DdlWriter::physicalSchema(s);
    for (const Table &t : before.tables()) {
        const Table *now = after.table(t.id);
        if (!now)
            continue;
        for (const Column &c : t.columns) {
            if (const Column *kept = now->column(c.id))
                e.kept.append({{t.name, c.name}, {now->name, kept->name}});
        }
    }
    return e;
}

} // namespace

void tst_Migration::fixtureEdits_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("file");
    QTest::addColumn<quint64>("seed");
    QStringList files {QStringLiteral(SCHEMATA_RESOURCES "/examples/seed-models.xml")};
    const QDir fixtures(QStringLiteral(SCHEMATA_FIXTURES));
    for (const QString &name : fixtures.entryList({u"*.xml"_s}, QDir::Files, QDir::Name))
        files << fixtures.filePath(name);
    for (const QString &engine : TestDatabases::engines()) {
        const Dialect &dialect = Dialect::forEngine(*sqlEngineFromName(engine));
        for (const QString &file : std::as_const(files)) {
            DesignReader reader;
            if (!DesignFile::load(file, &reader) || !DdlWriter(dialect).write(reader.schema()).ok())
                continue; // designs with errors never become databases
            for (quint64 seed : {1, 2})
                QTest::addRow("%s %s %d", qPrintable(engine),
                    qPrintable(QFileInfo(file).baseName().left(12)), int(seed))
                    << engine << file << seed;
        }
    }
}

// The test on designs nobody here wrote: apply a fixture, fill it, make random edits
// (renames included), migrate; the database then has the edited design's structure, and
// every kept column keeps its rows' values.
void tst_Migration::fixtureEdits()
{
    QFETCH(QString, engine);
    QFETCH(QString, file);
    QFETCH(quint64, seed);
    DesignReader reader;
    QVERIFY(DesignFile::load(file, &reader));
    const Schema design = reader.schema();
    const Database d = freshDatabase(engine, design);
    const auto fill = [&](const QStringList &tables) {
        DataGenerator generator(*d.connection, design);
        generator.setDefaultRows(20);
        generator.setSeed(seed);
        generator.setTables(tables);
        QString error;
        return generator.fill(&error);
    };
    if (!fill({})) {
        // Fill refuses a few shapes (two foreign keys on one column, a NOT NULL self-reference);
        // then the tables it can fill, parents first.
        const Schema physical = DdlWriter::physicalSchema(design);
        for (const Table *t : TableOrder::parentsFirst(physical).tables)
            fill({t->name});
    }

    const EditedDesign edited = edit(design, seed, 6);
    QVERIFY2(DdlWriter(d.dialect()).write(edited.schema).ok(), qPrintable(edited.edits.join(u", ")));
    const auto counts = [&](bool after) {
        QStringList values;
        for (const auto &[before, now] : edited.kept) {
            const QStringList &names = after ? now : before;
            values << names.join(u'.') + u'='
                    + d.value(u"SELECT COUNT(%1) FROM %2"_s.arg(d.q(names.at(1)), d.q(names.at(0))))
                          .toString();
        }
        return values;
    };
    QStringList before = counts(false);
    const Migration m = migrate(d, edited.schema);
    QVERIFY2(m.report.ok, qPrintable(edited.edits.join(u", ") + u'\n' + describe(m)));
    QVERIFY2(remaining(d, edited.schema).isEmpty(),
        qPrintable(edited.edits.join(u", ") + u'\n' + remaining(d, edited.schema)));
    // Same counts of values, under the new names.
    QStringList after = counts(true);
    for (qsizetype i = 0; i < before.size(); ++i)
        before[i] = before.at(i).section(u'=', 1);
    for (qsizetype i = 0; i < after.size(); ++i)
        after[i] = after.at(i).section(u'=', 1);
    QCOMPARE(after, before);
}

QTEST_GUILESS_MAIN(tst_Migration)
#include "tst_migration.moc"
