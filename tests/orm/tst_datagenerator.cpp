#include "testdatabases.h"
#include "testdesigns.h"

#include "database/connection.h"
#include "database/schemaapplier.h"
#include "database/schemaimporter.h"
#include "ddl/ddlwriter.h"
#include "dialects/dialect.h"
#include "records/datagenerator.h"
#include "sql/typemapping.h"
#include "xml/designfile.h"
#include "xml/designreader.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace Qt::StringLiterals;

// Generated test data on every engine, checked with SQL on the database: row counts, NOT NULL,
// unique keys, foreign keys, trees, association pairs, both kinds of inheritance, sizes,
// determinism, subsets and a cancel that leaves nothing behind.
class tst_DataGenerator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void seedModels_data() { TestDatabases::addEngineRows(); }
    void seedModels();
    void sameSeedSameData_data() { TestDatabases::addEngineRows(); }
    void sameSeedSameData();
    void subsetUsesExistingParents_data() { TestDatabases::addEngineRows(); }
    void subsetUsesExistingParents();
    void joinedChildFilledAlone_data() { TestDatabases::addEngineRows(); }
    void joinedChildFilledAlone();
    void importedSchema_data() { TestDatabases::addEngineRows(); }
    void importedSchema();
    void cancelLeavesEveryTableEmpty_data() { TestDatabases::addEngineRows(); }
    void cancelLeavesEveryTableEmpty();
    void everyType_data() { TestDatabases::addEngineRows(); }
    void everyType();
    void numberedTreeAndOneToOne_data() { TestDatabases::addEngineRows(); }
    void numberedTreeAndOneToOne();
    void hostileNames_data() { TestDatabases::addEngineRows(); }
    void hostileNames();
    void refusalsChangeNothing_data() { TestDatabases::addEngineRows(); }
    void refusalsChangeNothing();
    void unknownNamesAreRefused();
};

namespace {

// SQL against one connection, with identifiers quoted by its dialect.
class Sql
{
public:
    explicit Sql(Connection &connection)
        : m_connection(connection)
    {
    }

    QString q(const QString &name) const { return m_connection.dialect().quoteIdentifier(name); }
    SqlEngine engine() const { return m_connection.dialect().engine(); }
    QString length() const
    {
        return engine() == SqlEngine::Sqlite ? u"LENGTH"_s : u"CHAR_LENGTH"_s;
    }

    QList<QVariantList> rows(const QString &sql) const
    {
        QSqlQuery query(m_connection.database());
        query.setForwardOnly(true);
        if (!query.exec(sql))
            qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        QList<QVariantList> result;
        while (query.next()) {
            QVariantList row;
            for (int i = 0; i < query.record().count(); ++i)
                row << query.value(i);
            result << row;
        }
        return result;
    }
    qint64 number(const QString &sql) const { return rows(sql).value(0).value(0).toLongLong(); }
    qint64 count(const QString &table, const QString &where = {}) const
    {
        return number(u"SELECT COUNT(*) FROM "_s + q(table)
            + (where.isEmpty() ? QString() : u" WHERE "_s + where));
    }

    // Every row of every table of `design`, in key order, as text.
    QString dump(const Schema &design) const
    {
        const Schema physical = DdlWriter::physicalSchema(design);
        QStringList lines;
        for (const Table &t : physical.tables()) {
            QStringList order;
            if (const Key *pk = t.primaryKey()) {
                for (const KeyPart &p : pk->parts)
                    order << q(physical.keyPartName(t, p));
            }
            if (order.isEmpty()) {
                for (const Column &c : t.columns)
                    order << q(c.name);
            }
            lines << t.name + u':';
            for (const QVariantList &row :
                rows(u"SELECT * FROM "_s + q(t.name) + u" ORDER BY "_s + order.join(u", "_s))) {
                QStringList cells;
                for (const QVariant &v : row)
                    cells << (v.isNull() ? u"NULL"_s
                            : v.metaType() == QMetaType::fromType<QByteArray>()
                            ? QString::fromLatin1(v.toByteArray().toHex())
                            : v.toString());
                lines << cells.join(u" | "_s);
            }
        }
        return lines.join(u'\n');
    }

    // What every generated database must be: no NULL in NOT NULL columns, unique keys
    // distinct, every foreign key value present in its parent, text within its length.
    // Returns the problems found.
    QStringList constraintViolations(const Schema &design) const
    {
        const Schema physical = DdlWriter::physicalSchema(design);
        QStringList problems;
        for (const Table &t : physical.tables()) {
            for (const Column &c : t.columns) {
                const bool inKey = t.primaryKey() && t.primaryKey()->contains(c.id);
                if ((!c.nullable || inKey) && count(t.name, q(c.name) + u" IS NULL"_s) > 0)
                    problems << t.name + u'.' + c.name + u" has NULL"_s;
                const LogicalType type = TypeMapping::fromDesign(c.datatype);
                if ((type.kind == LogicalType::Kind::Varchar
                        || type.kind == LogicalType::Kind::Char)
                    && type.length > 0) {
                    const qint64 longest = number(
                        u"SELECT MAX("_s + length() + u'(' + q(c.name) + u")) FROM "_s + q(t.name));
                    if (longest > type.length)
                        problems << t.name + u'.' + c.name + u" is longer than "_s
                                + QString::number(type.length);
                }
            }
            for (const Key &k : t.keys) {
                if (!k.isUnique())
                    continue;
                QStringList columns, notNull;
                for (const KeyPart &p : k.parts) {
                    columns << q(physical.keyPartName(t, p));
                    notNull << columns.last() + u" IS NOT NULL"_s;
                }
                const QString where = notNull.join(u" AND "_s);
                const qint64 all = count(t.name, where);
                const qint64 distinct
                    = number(u"SELECT COUNT(*) FROM (SELECT DISTINCT "_s + columns.join(u", "_s)
                        + u" FROM "_s + q(t.name) + u" WHERE "_s + where + u") d"_s);
                if (all != distinct)
                    problems << t.name + u": duplicates in "_s + columns.join(u", "_s);
            }
            for (const ForeignKey &fk : t.foreignKeys) {
                const Table *parent = physical.table(fk.referencedTable);
                QStringList on, present;
                for (const ForeignKeyPart &p : fk.parts) {
                    const QString child = u"c."_s + q(t.column(p.column)->name);
                    on << child + u" = p."_s + q(parent->column(p.referencedColumn)->name);
                    present << child + u" IS NOT NULL"_s;
                }
                const QString parentColumn
                    = u"p."_s + q(parent->column(fk.parts.first().referencedColumn)->name);
                const qint64 missing
                    = number(u"SELECT COUNT(*) FROM "_s + q(t.name) + u" c LEFT JOIN "_s
                        + q(parent->name) + u" p ON "_s + on.join(u" AND "_s) + u" WHERE "_s
                        + present.join(u" AND "_s) + u" AND "_s + parentColumn + u" IS NULL"_s);
                if (missing > 0)
                    problems << t.name + u": "_s + QString::number(missing)
                            + u" rows reference no "_s + parent->name;
            }
        }
        return problems;
    }

private:
    Connection &m_connection;
};

QStringList seedTables()
{
    return {u"user"_s, u"post"_s, u"followers"_s, u"task"_s, u"category"_s, u"content"_s,
        u"content_category"_s, u"employee"_s, u"engineer"_s, u"manager"_s, u"staff"_s};
}

// The checks of the seed note's models that go beyond constraints.
void checkSeedModels(Sql &sql)
{
    const auto q = [&](const QString &n) { return sql.q(n); };
    // Followers: distinct pairs (the key), nobody follows themselves.
    QCOMPARE(sql.count(u"followers"_s, q(u"follower_id"_s) + u" = "_s + q(u"followed_id"_s)), 0);
    // The task tree: roots, every row reachable from one (no cycles), three levels or more.
    QVERIFY(sql.count(u"task"_s, q(u"parent_id"_s) + u" IS NULL"_s) > 0);
    const QList<QVariantList> tree
        = sql.rows(u"WITH RECURSIVE tree (id, depth) AS (SELECT "_s + q(u"id"_s) + u", 1 FROM "_s
            + q(u"task"_s) + u" WHERE "_s + q(u"parent_id"_s) + u" IS NULL UNION ALL SELECT c."_s
            + q(u"id"_s) + u", tree.depth + 1 FROM "_s + q(u"task"_s) + u" c JOIN tree ON c."_s
            + q(u"parent_id"_s) + u" = tree.id) SELECT COUNT(*), MAX(depth) FROM tree"_s);
    QCOMPARE(tree.at(0).at(0).toLongLong(), sql.count(u"task"_s));
    QVERIFY2(tree.at(0).at(1).toInt() >= 3, qPrintable(tree.at(0).at(1).toString()));
    // Joined inheritance: at most one child row per employee, and the type says which.
    QCOMPARE(
        sql.number(u"SELECT COUNT(*) FROM "_s + q(u"employee"_s) + u" e JOIN "_s + q(u"engineer"_s)
            + u" g ON g."_s + q(u"id"_s) + u" = e."_s + q(u"id"_s) + u" JOIN "_s + q(u"manager"_s)
            + u" m ON m."_s + q(u"id"_s) + u" = e."_s + q(u"id"_s)),
        0);
    QCOMPARE(sql.number(u"SELECT COUNT(*) FROM "_s + q(u"employee"_s) + u" e LEFT JOIN "_s
                 + q(u"engineer"_s) + u" g ON g."_s + q(u"id"_s) + u" = e."_s + q(u"id"_s)
                 + u" LEFT JOIN "_s + q(u"manager"_s) + u" m ON m."_s + q(u"id"_s) + u" = e."_s
                 + q(u"id"_s) + u" WHERE e."_s + q(u"type"_s) + u" <> CASE WHEN g."_s + q(u"id"_s)
                 + u" IS NOT NULL THEN 'engineer' WHEN m."_s + q(u"id"_s)
                 + u" IS NOT NULL THEN 'manager' ELSE 'employee' END"_s),
        0);
    for (const QString &type : {u"employee"_s, u"engineer"_s, u"manager"_s})
        QVERIFY2(sql.count(u"employee"_s, q(u"type"_s) + u" = '"_s + type + u'\'') > 0,
            qPrintable(type));
    // Single-table inheritance: subclass columns only in rows of that subclass.
    QCOMPARE(sql.count(u"staff"_s,
                 q(u"manager_data"_s) + u" IS NOT NULL AND "_s + q(u"type"_s) + u" <> 'manager'"_s),
        0);
    QCOMPARE(
        sql.count(u"staff"_s,
            q(u"engineer_info"_s) + u" IS NOT NULL AND "_s + q(u"type"_s) + u" <> 'engineer'"_s),
        0);
    QCOMPARE(
        sql.count(u"staff"_s, q(u"type"_s) + u" NOT IN ('staff', 'manager', 'engineer')"_s), 0);
    QVERIFY(sql.count(u"staff"_s, q(u"manager_data"_s) + u" IS NOT NULL"_s) > 0);
    QVERIFY(sql.count(u"staff"_s, q(u"engineer_info"_s) + u" IS NOT NULL"_s) > 0);
    QVERIFY(sql.count(u"staff"_s, q(u"type"_s) + u" = 'staff'"_s) > 0);
    // Nullable columns are sometimes NULL, not always.
    const qint64 noBody = sql.count(u"post"_s, q(u"body"_s) + u" IS NULL"_s);
    QVERIFY2(noBody > 0 && noBody < sql.count(u"post"_s) / 2, qPrintable(QString::number(noBody)));
}

} // namespace

void tst_DataGenerator::initTestCase()
{
    const QString missing = TestDatabases::missingServers();
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
}

void tst_DataGenerator::seedModels()
{
    QFETCH(QString, engine);
    auto connection = prepareDatabase(engine, u"tst_fill_seed"_s, ::seedModels());
    DataGenerator generator(*connection, ::seedModels());
    QList<std::pair<qint64, qint64>> progress;
    generator.setProgress([&](qint64 done, qint64 total) {
        progress.append({done, total});
        return true;
    });
    QString error;
    QVERIFY2(generator.fill(&error), qPrintable(error));

    Sql sql(*connection);
    QCOMPARE(generator.filledTables().size(), 11);
    const QHash<QString, qint64> inserted = generator.inserted();
    for (const QString &table : seedTables())
        QCOMPARE(sql.count(table), inserted.value(table, -1));
    for (const QString &table : {u"user"_s, u"post"_s, u"followers"_s, u"task"_s, u"category"_s,
             u"content"_s, u"content_category"_s, u"employee"_s, u"staff"_s})
        QCOMPARE(inserted.value(table), 100);
    QCOMPARE(inserted.value(u"engineer"_s) + inserted.value(u"manager"_s)
            + sql.count(u"employee"_s, sql.q(u"type"_s) + u" = 'employee'"_s),
        100);
    // Parents before children.
    const QStringList order = generator.filledTables();
    QVERIFY(order.indexOf(u"user"_s) < order.indexOf(u"post"_s));
    QVERIFY(order.indexOf(u"employee"_s) < order.indexOf(u"engineer"_s));
    QVERIFY(order.indexOf(u"content"_s) < order.indexOf(u"content_category"_s));

    const QStringList violations = sql.constraintViolations(::seedModels());
    QVERIFY2(violations.isEmpty(), qPrintable(violations.join(u'\n')));
    checkSeedModels(sql);
    if (QTest::currentTestFailed())
        return;

    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().first,
        100 * 9 + inserted.value(u"engineer"_s) + inserted.value(u"manager"_s));
    QCOMPARE(progress.last().first, progress.last().second);
    for (qsizetype i = 1; i < progress.size(); ++i)
        QVERIFY(progress.at(i).first >= progress.at(i - 1).first);
}

void tst_DataGenerator::sameSeedSameData()
{
    QFETCH(QString, engine);
    QStringList dumps;
    const QList<std::pair<QString, int>> runs
        = {{u"tst_fill_same_a"_s, 7}, {u"tst_fill_same_b"_s, 7}, {u"tst_fill_same_c"_s, 8}};
    for (const auto &[name, seed] : runs) {
        auto connection = prepareDatabase(engine, name, ::seedModels());
        DataGenerator generator(*connection, ::seedModels());
        generator.setSeed(quint64(seed));
        generator.setDefaultRows(40);
        QString error;
        QVERIFY2(generator.fill(&error), qPrintable(error));
        dumps << Sql(*connection).dump(::seedModels());
    }
    QCOMPARE(dumps.at(0), dumps.at(1));
    QVERIFY(dumps.at(0) != dumps.at(2));
    QVERIFY(dumps.at(0).size() > 5000);
}

void tst_DataGenerator::subsetUsesExistingParents()
{
    QFETCH(QString, engine);
    auto connection = prepareDatabase(engine, u"tst_fill_subset"_s, ::seedModels());
    Sql sql(*connection);

    // Posts need users: none yet, so nothing happens and the message names the table.
    {
        DataGenerator generator(*connection, ::seedModels());
        generator.setTables({u"post"_s});
        QString error;
        QVERIFY(!generator.fill(&error));
        QVERIFY2(error.contains(u"user"_s), qPrintable(error));
        QCOMPARE(sql.count(u"post"_s), 0);
    }
    {
        DataGenerator generator(*connection, ::seedModels());
        generator.setTables({u"user"_s});
        generator.setDefaultRows(7);
        QString error;
        QVERIFY2(generator.fill(&error), qPrintable(error));
        QCOMPARE(generator.filledTables(), QStringList {u"user"_s});
    }
    {
        // Per-table rows, case-insensitive names; the existing users are the parents.
        DataGenerator generator(*connection, ::seedModels());
        generator.setTables({u"Post"_s, u"followers"_s});
        generator.setRows(u"post"_s, 250);
        generator.setRows(u"followers"_s, 1000); // 7 users have 42 pairs without themselves
        QString error;
        QVERIFY2(generator.fill(&error), qPrintable(error));
        QCOMPARE(generator.inserted().value(u"post"_s), 250);
        QCOMPARE(generator.inserted().value(u"followers"_s), 42);
    }
    // A second run adds users next to the existing ones, unique names still unique.
    {
        DataGenerator generator(*connection, ::seedModels());
        generator.setTables({u"user"_s});
        generator.setDefaultRows(5);
        QString error;
        QVERIFY2(generator.fill(&error), qPrintable(error));
    }
    QCOMPARE(sql.count(u"user"_s), 12);
    QCOMPARE(sql.count(u"post"_s), 250);
    QCOMPARE(sql.count(u"followers"_s), 42);
    QCOMPARE(sql.number(u"SELECT COUNT(DISTINCT "_s + sql.q(u"user_id"_s) + u") FROM "_s
                 + sql.q(u"post"_s)),
        7);
    const QStringList violations = sql.constraintViolations(::seedModels());
    QVERIFY2(violations.isEmpty(), qPrintable(violations.join(u'\n')));
}

void tst_DataGenerator::joinedChildFilledAlone()
{
    QFETCH(QString, engine);
    auto connection = prepareDatabase(engine, u"tst_fill_alone"_s, ::seedModels());
    Sql sql(*connection);
    const auto q = [&](const QString &n) { return sql.q(n); };
    {
        // Employees alone are all of the root type.
        DataGenerator generator(*connection, ::seedModels());
        generator.setTables({u"employee"_s});
        generator.setDefaultRows(30);
        QString error;
        QVERIFY2(generator.fill(&error), qPrintable(error));
        QCOMPARE(sql.count(u"employee"_s, q(u"type"_s) + u" = 'employee'"_s), 30);
    }
    {
        // Then engineers extend some of them, which become engineers.
        DataGenerator generator(*connection, ::seedModels());
        generator.setTables({u"engineer"_s});
        generator.setRows(u"engineer"_s, 10);
        QString error;
        QVERIFY2(generator.fill(&error), qPrintable(error));
        QCOMPARE(generator.inserted().value(u"engineer"_s), 10);
    }
    {
        // Managers only among the employees that are not engineers yet: 20 left.
        DataGenerator generator(*connection, ::seedModels());
        generator.setTables({u"manager"_s});
        generator.setRows(u"manager"_s, 50);
        QString error;
        QVERIFY2(generator.fill(&error), qPrintable(error));
        QCOMPARE(generator.inserted().value(u"manager"_s), 20);
    }
    {
        // No employee of the root type is left to extend.
        DataGenerator generator(*connection, ::seedModels());
        generator.setTables({u"manager"_s});
        QString error;
        QVERIFY(!generator.fill(&error));
        QVERIFY2(error.contains(u"employee"_s), qPrintable(error));
    }
    QCOMPARE(sql.count(u"employee"_s, q(u"type"_s) + u" = 'engineer'"_s), 10);
    QCOMPARE(sql.count(u"employee"_s, q(u"type"_s) + u" = 'manager'"_s), 20);
    QCOMPARE(sql.count(u"employee"_s, q(u"type"_s) + u" = 'employee'"_s), 0);
    QCOMPARE(sql.number(u"SELECT COUNT(*) FROM "_s + q(u"employee"_s) + u" e LEFT JOIN "_s
                 + q(u"engineer"_s) + u" g ON g."_s + q(u"id"_s) + u" = e."_s + q(u"id"_s)
                 + u" LEFT JOIN "_s + q(u"manager"_s) + u" m ON m."_s + q(u"id"_s) + u" = e."_s
                 + q(u"id"_s) + u" WHERE e."_s + q(u"type"_s) + u" <> CASE WHEN g."_s + q(u"id"_s)
                 + u" IS NOT NULL THEN 'engineer' WHEN m."_s + q(u"id"_s)
                 + u" IS NOT NULL THEN 'manager' ELSE 'employee' END"_s),
        0);
}

void tst_DataGenerator::importedSchema()
{
    QFETCH(QString, engine);
    auto connection = prepareDatabase(engine, u"tst_fill_imported"_s, ::seedModels());
    SchemaImporter importer(*connection);
    QString error;
    const std::optional<Schema> imported = importer.import(&error);
    QVERIFY2(imported, qPrintable(error));

    // Without the design's extensions: engineer and manager are joined children of employee
    // (their keys reference its key) and its `type` column says which.
    DataGenerator generator(*connection, *imported);
    generator.setDefaultRows(60);
    QVERIFY2(generator.fill(&error), qPrintable(error));
    Sql sql(*connection);
    const QStringList violations = sql.constraintViolations(*imported);
    QVERIFY2(violations.isEmpty(), qPrintable(violations.join(u'\n')));
    QCOMPARE(sql.count(u"employee"_s), 60);
    QCOMPARE(sql.count(u"employee"_s) - sql.count(u"engineer"_s) - sql.count(u"manager"_s),
        sql.count(u"employee"_s, sql.q(u"type"_s) + u" = 'employee'"_s));
    QCOMPARE(
        sql.count(u"engineer"_s), sql.count(u"employee"_s, sql.q(u"type"_s) + u" = 'engineer'"_s));
    QCOMPARE(
        sql.count(u"followers"_s, sql.q(u"follower_id"_s) + u" = "_s + sql.q(u"followed_id"_s)), 0);
}

void tst_DataGenerator::cancelLeavesEveryTableEmpty()
{
    QFETCH(QString, engine);
    auto connection = prepareDatabase(engine, u"tst_fill_cancel"_s, ::seedModels());
    DataGenerator generator(*connection, ::seedModels());
    int calls = 0;
    generator.setProgress([&](qint64, qint64) { return ++calls < 5; });
    QString error;
    QVERIFY(!generator.fill(&error));
    QCOMPARE(calls, 5);
    QVERIFY2(error.contains(u"Cancel"_s), qPrintable(error));
    Sql sql(*connection);
    for (const QString &table : seedTables())
        QCOMPARE(sql.count(table), 0);
}

void tst_DataGenerator::everyType()
{
    QFETCH(QString, engine);
    const Schema design = designFrom(R"(
<table x="0" y="0" name="sample">
<row name="id" null="0" autoincrement="1"><datatype>INTEGER</datatype></row>
<row name="flag" null="0" autoincrement="0"><datatype>BOOLEAN</datatype></row>
<row name="tiny" null="0" autoincrement="0"><datatype>TINYINT UNSIGNED</datatype></row>
<row name="small" null="1" autoincrement="0"><datatype>SMALLINT</datatype></row>
<row name="big" null="0" autoincrement="0"><datatype>BIGINT</datatype></row>
<row name="price" null="0" autoincrement="0"><datatype>DECIMAL(5,2)</datatype></row>
<row name="ratio" null="1" autoincrement="0"><datatype>FLOAT</datatype></row>
<row name="amount" null="1" autoincrement="0"><datatype>DOUBLE</datatype></row>
<row name="code" null="0" autoincrement="0"><datatype>CHAR(3)</datatype></row>
<row name="label" null="0" autoincrement="0"><datatype>VARCHAR(10)</datatype></row>
<row name="email" null="0" autoincrement="0"><datatype>VARCHAR(40)</datatype></row>
<row name="notes" null="1" autoincrement="0"><datatype>TEXT</datatype></row>
<row name="raw" null="1" autoincrement="0"><datatype>BINARY(4)</datatype></row>
<row name="picture" null="1" autoincrement="0"><datatype>BLOB</datatype></row>
<row name="day" null="0" autoincrement="0"><datatype>DATE</datatype></row>
<row name="at" null="0" autoincrement="0"><datatype>TIME</datatype></row>
<row name="created" null="0" autoincrement="0"><datatype>DATETIME</datatype></row>
<row name="stamped" null="1" autoincrement="0"><datatype>TIMESTAMP WITH TIME ZONE</datatype></row>
<row name="uid" null="0" autoincrement="0"><datatype>UUID</datatype></row>
<row name="doc" null="1" autoincrement="0"><datatype>JSON</datatype></row>
<row name="size" null="0" autoincrement="0"><datatype>ENUM('s','m','l')</datatype></row>
<row name="born" null="1" autoincrement="0"><datatype>YEAR</datatype></row>
<key type="PRIMARY" name=""><part>id</part></key>
<key type="UNIQUE" name=""><part>tiny</part></key>
<key type="UNIQUE" name=""><part>label</part></key>
<key type="UNIQUE" name=""><part>email</part></key>
<key type="UNIQUE" name=""><part>uid</part></key>
<key type="UNIQUE" name=""><part>day</part></key>
<key type="UNIQUE" name=""><part>code</part><part>price</part></key>
</table>)");
    auto connection = prepareDatabase(engine, u"tst_fill_types"_s, design);
    DataGenerator generator(*connection, design);
    generator.setDefaultRows(200);
    QString error;
    QVERIFY2(generator.fill(&error), qPrintable(error));
    Sql sql(*connection);
    const auto q = [&](const QString &n) { return sql.q(n); };
    QCOMPARE(sql.count(u"sample"_s), 200);
    const QStringList violations = sql.constraintViolations(design);
    QVERIFY2(violations.isEmpty(), qPrintable(violations.join(u'\n')));
    QVERIFY(sql.number(u"SELECT MAX("_s + q(u"tiny"_s) + u") FROM "_s + q(u"sample"_s)) <= 255);
    QVERIFY(sql.rows(u"SELECT MAX("_s + q(u"price"_s) + u") FROM "_s + q(u"sample"_s))
                .at(0)
                .at(0)
                .toDouble()
        < 1000);
    QCOMPARE(sql.count(u"sample"_s, q(u"size"_s) + u" NOT IN ('s', 'm', 'l')"_s), 0);
    QCOMPARE(sql.count(u"sample"_s, q(u"email"_s) + u" NOT LIKE '%@example.%'"_s), 0);
    QVERIFY(sql.count(u"sample"_s,
                q(u"flag"_s) + u" = "_s + (engine == u"postgresql"_s ? u"TRUE"_s : u"1"_s))
        > 0);
    QVERIFY(sql.count(u"sample"_s, q(u"picture"_s) + u" IS NOT NULL"_s) > 0);
    // A unique TINYINT cannot hold 300 values: refused before anything is written.
    generator.setDefaultRows(300);
    QVERIFY(!generator.fill(&error));
    QVERIFY2(error.contains(u"tiny"_s), qPrintable(error));
    QCOMPARE(sql.count(u"sample"_s), 200);
}

void tst_DataGenerator::numberedTreeAndOneToOne()
{
    QFETCH(QString, engine);
    const Schema design = designFrom(R"(
<table x="0" y="0" name="person">
<row name="id" null="0" autoincrement="1"><datatype>INTEGER</datatype></row>
<row name="name" null="0" autoincrement="0"><datatype>VARCHAR(40)</datatype></row>
<key type="PRIMARY" name=""><part>id</part></key>
</table>
<table x="0" y="0" name="folder">
<row name="id" null="0" autoincrement="1"><datatype>INTEGER</datatype></row>
<row name="parent_id" null="1" autoincrement="0"><datatype>INTEGER</datatype>
<relation table="folder" row="id" /></row>
<row name="owner_id" null="1" autoincrement="0"><datatype>INTEGER</datatype>
<relation table="person" row="id" /></row>
<key type="PRIMARY" name=""><part>id</part></key>
</table>
<table x="0" y="0" name="passport">
<row name="number" null="0" autoincrement="0"><datatype>VARCHAR(12)</datatype></row>
<row name="person_id" null="0" autoincrement="0"><datatype>INTEGER</datatype>
<relation table="person" row="id" /></row>
<key type="PRIMARY" name=""><part>number</part></key>
<key type="UNIQUE" name=""><part>person_id</part></key>
</table>
<table x="0" y="0" name="node">
<row name="code" null="0" autoincrement="0"><datatype>VARCHAR(8)</datatype></row>
<row name="parent" null="0" autoincrement="0"><datatype>VARCHAR(8)</datatype>
<relation table="node" row="code" /></row>
<key type="PRIMARY" name=""><part>code</part></key>
</table>)");
    auto connection = prepareDatabase(engine, u"tst_fill_tree"_s, design);
    DataGenerator generator(*connection, design);
    generator.setDefaultRows(300);
    generator.setRows(u"person"_s, 50);
    QString error;
    QVERIFY2(generator.fill(&error), qPrintable(error));
    Sql sql(*connection);
    const auto q = [&](const QString &n) { return sql.q(n); };
    const QStringList violations = sql.constraintViolations(design);
    QVERIFY2(violations.isEmpty(), qPrintable(violations.join(u'\n')));
    // A tree over keys the database numbers: inserted level by level.
    QCOMPARE(sql.count(u"folder"_s), 300);
    const QList<QVariantList> tree
        = sql.rows(u"WITH RECURSIVE tree (id, depth) AS (SELECT "_s + q(u"id"_s) + u", 1 FROM "_s
            + q(u"folder"_s) + u" WHERE "_s + q(u"parent_id"_s) + u" IS NULL UNION ALL SELECT c."_s
            + q(u"id"_s) + u", tree.depth + 1 FROM "_s + q(u"folder"_s) + u" c JOIN tree ON c."_s
            + q(u"parent_id"_s) + u" = tree.id) SELECT COUNT(*), MAX(depth) FROM tree"_s);
    QCOMPARE(tree.at(0).at(0).toLongLong(), 300);
    QVERIFY(tree.at(0).at(1).toInt() >= 3);
    // One passport per person at most: 50 people, 50 passports.
    QCOMPARE(generator.inserted().value(u"passport"_s), 50);
    // A NOT NULL self-reference: the first row is its own parent.
    QCOMPARE(sql.count(u"node"_s, q(u"parent"_s) + u" = "_s + q(u"code"_s)), 1);
    QCOMPARE(sql.count(u"node"_s), 300);
}

void tst_DataGenerator::hostileNames()
{
    QFETCH(QString, engine);
    Schema design;
    Table &parent = design.addTable(u"we\"ird; --"_s);
    Column &a = design.addColumn(parent, u"größe"_s, u"INTEGER"_s);
    a.setNullable(false);
    Column &b = design.addColumn(parent, u"名前 `x`"_s, u"VARCHAR(20)"_s);
    b.setNullable(false);
    design.addColumn(parent, u"order"_s, u"VARCHAR(20)"_s);
    design.addColumn(parent, u"what? 'it''s'"_s, u"TEXT"_s); // no placeholder, no string
    const ObjectId parentId = parent.id;
    const QList<ObjectId> key = {parent.columns.at(0).id, parent.columns.at(1).id};
    design.addKey(*design.table(parentId), Key::Primary, key);
    Table &child = design.addTable(u"select"_s);
    Column &id = design.addColumn(child, u"id"_s, u"BIGINT"_s);
    id.setNullable(false);
    id.autoIncrement = true;
    design.addColumn(child, u"ref größe"_s, u"INTEGER"_s);
    design.addColumn(child, u"ref 名前"_s, u"VARCHAR(20)"_s);
    const QList<ObjectId> childColumns
        = {child.columns.at(0).id, child.columns.at(1).id, child.columns.at(2).id};
    const ObjectId childId = child.id;
    design.addKey(*design.table(childId), Key::Primary, {childColumns.at(0)});
    design.addForeignKey(*design.table(childId), {childColumns.at(1), childColumns.at(2)},
        *design.table(parentId), key, u"fk; --\"composite\""_s);

    auto connection = prepareDatabase(engine, u"tst_fill_hostile"_s, design);
    DataGenerator generator(*connection, design);
    generator.setDefaultRows(120);
    QString error;
    QVERIFY2(generator.fill(&error), qPrintable(error));
    Sql sql(*connection);
    QCOMPARE(sql.count(u"we\"ird; --"_s), 120);
    QCOMPARE(sql.count(u"select"_s), 120);
    const QStringList violations = sql.constraintViolations(design);
    QVERIFY2(violations.isEmpty(), qPrintable(violations.join(u'\n')));
    // Composite foreign keys pick whole parent keys: most rows reference one.
    QVERIFY(sql.count(u"select"_s, sql.q(u"ref größe"_s) + u" IS NOT NULL"_s) > 90);
}

void tst_DataGenerator::refusalsChangeNothing()
{
    QFETCH(QString, engine);
    // A NOT NULL reference to a key the database numbers: the first row has nothing to point
    // at. The table filled before it is rolled back too.
    const Schema tree = designFrom(R"(
<table x="0" y="0" name="first">
<row name="id" null="0" autoincrement="1"><datatype>INTEGER</datatype></row>
<key type="PRIMARY" name=""><part>id</part></key>
</table>
<table x="0" y="0" name="item">
<row name="id" null="0" autoincrement="1"><datatype>INTEGER</datatype></row>
<row name="parent_id" null="0" autoincrement="0"><datatype>INTEGER</datatype>
<relation table="item" row="id" /></row>
<key type="PRIMARY" name=""><part>id</part></key>
</table>)");
    auto connection = prepareDatabase(engine, u"tst_fill_refusals"_s, tree);
    QString error;
    {
        DataGenerator generator(*connection, tree);
        QVERIFY(!generator.fill(&error));
        QVERIFY2(error.contains(u"item.parent_id"_s) && error.contains(u"NOT NULL"_s),
            qPrintable(error));
    }
    Sql sql(*connection);
    QCOMPARE(sql.count(u"first"_s), 0);
    QCOMPARE(sql.count(u"item"_s), 0);

    // An identity longer than the discriminator column holds.
    const Schema animals = designFrom(R"(
<table x="0" y="0" name="animal" discriminator="kind" identity="any">
<row name="id" null="0" autoincrement="1"><datatype>INTEGER</datatype></row>
<row name="kind" null="0" autoincrement="0"><datatype>VARCHAR(4)</datatype></row>
<key type="PRIMARY" name=""><part>id</part></key>
</table>
<table x="0" y="0" name="cat" inherits="animal" inheritance="single" identity="cat">
<row name="whiskers" null="1" autoincrement="0"><datatype>INTEGER</datatype></row>
</table>
<table x="0" y="0" name="elephant" inherits="animal" inheritance="single" identity="elephant">
<row name="trunk" null="1" autoincrement="0"><datatype>INTEGER</datatype></row>
</table>)");
    auto other = prepareDatabase(engine, u"tst_fill_refusals_kind"_s, animals);
    DataGenerator generator(*other, animals);
    QVERIFY(!generator.fill(&error));
    QVERIFY2(
        error.contains(u"\"elephant\""_s) && error.contains(u"animal.kind"_s), qPrintable(error));
    QCOMPARE(Sql(*other).count(u"animal"_s), 0);
}

void tst_DataGenerator::unknownNamesAreRefused()
{
    QString error;
    const QString url = TestDatabases::freshDatabase(u"sqlite"_s, u"tst_fill_names"_s, &error);
    QVERIFY2(!url.isEmpty(), qPrintable(error));
    Connection connection;
    QVERIFY2(connection.open(
                 *DatabaseAddress::parse(url, &error), Connection::Mode::CreateIfMissing, &error),
        qPrintable(error));
    {
        DataGenerator generator(connection, ::seedModels());
        generator.setTables({u"nosuch"_s});
        QVERIFY(!generator.fill(&error));
        QVERIFY2(error.contains(u"nosuch"_s), qPrintable(error));
    }
    {
        DataGenerator generator(connection, ::seedModels());
        generator.setRows(u"staff_manager"_s, 3);
        QVERIFY(!generator.fill(&error));
        QVERIFY2(
            error.contains(u"staff"_s) && error.contains(u"single-table"_s), qPrintable(error));
    }
}

QTEST_GUILESS_MAIN(tst_DataGenerator)
#include "tst_datagenerator.moc"
