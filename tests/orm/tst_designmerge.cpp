#include "testdatabases.h"
#include "testdesigns.h"

#include "database/schemaimporter.h"
#include "ddl/ddlwriter.h"
#include "dialects/dialect.h"
#include "diff/designmerge.h"
#include "diff/schemadiff.h"
#include "xml/designwriter.h"

#include <QDir>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QString seedModelsPath()
{
    return QStringLiteral(SCHEMATA_RESOURCES "/examples/seed-models.xml");
}

Schema imported(Connection &connection)
{
    QString error;
    const std::optional<Schema> schema = SchemaImporter(connection).import(&error);
    if (!schema)
        qFatal("import: %s", qPrintable(error));
    return *schema;
}

DesignMergeOptions optionsFor(Connection &connection)
{
    DesignMergeOptions options;
    options.engine = connection.dialect().engine();
    options.tableNamesIgnoreCase
        = connection.dialect().tableNamesIgnoreCase(connection.database());
    return options;
}

DesignMergeResult mergeInto(const Schema &design, Connection &connection,
    std::optional<DesignMergeOptions> options = std::nullopt)
{
    return DesignMerge::merge(design, imported(connection), options.value_or(optionsFor(connection)));
}

// Runs the statements, each quoted name written as {name}.
void execute(Connection &connection, const QStringList &statements)
{
    static const QRegularExpression name(QStringLiteral("\\{([^}]*)\\}"));
    for (QString sql : statements) {
        QRegularExpressionMatch m;
        while ((m = name.match(sql)).hasMatch())
            sql.replace(m.capturedStart(), m.capturedLength(),
                connection.dialect().quoteIdentifier(m.captured(1)));
        QSqlQuery query(connection.database());
        if (!query.exec(sql))
            qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    }
}

QStringList codes(const SchemaChanges &changes)
{
    QStringList list;
    for (const SchemaChange &c : changes)
        list << SchemaChange::kindCode(c.kind) + u' ' + c.subject();
    return list;
}

QString listed(const SchemaDiffResult &result)
{
    QStringList lines = result.errors;
    for (const SchemaChange &c : result.changes)
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

QStringList columnNames(const Table &table)
{
    QStringList names;
    for (const Column &c : table.columns)
        names << c.name;
    return names;
}

QRectF cardOf(const Table &table)
{
    return QRectF(table.position, DesignMerge::estimatedSize(table));
}

} // namespace

// Update Design from Database on every engine: a database made from a design and changed by
// hand is merged back into the design, which keeps everything the database does not say.
class tst_DesignMerge : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void unchangedDatabaseChangesNoByte_data();
    void unchangedDatabaseChangesNoByte();
    void columnChanges_data() { TestDatabases::addEngineRows(); }
    void columnChanges();
    void newTablesPlacedNextToNeighbours_data() { TestDatabases::addEngineRows(); }
    void newTablesPlacedNextToNeighbours();
    void droppedTable_data() { TestDatabases::addEngineRows(); }
    void droppedTable();
    void renamedColumnIsDropAndAdd_data() { TestDatabases::addEngineRows(); }
    void renamedColumnIsDropAndAdd();
    void commentsWhereTheEngineKeepsThem_data() { TestDatabases::addEngineRows(); }
    void commentsWhereTheEngineKeepsThem();
    void designWithErrors();
};

void tst_DesignMerge::initTestCase()
{
    const QString missing = TestDatabases::missingServers();
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
}

void tst_DesignMerge::unchangedDatabaseChangesNoByte_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("file");
    QStringList files {seedModelsPath()};
    const QDir fixtures(QStringLiteral(SCHEMATA_FIXTURES));
    for (const QString &name : fixtures.entryList({u"*.xml"_s}, QDir::Files, QDir::Name))
        files << fixtures.filePath(name);
    for (const QString &engine : TestDatabases::engines()) {
        const Dialect &dialect = Dialect::forEngine(*sqlEngineFromName(engine));
        for (const QString &file : std::as_const(files)) {
            // Designs with errors do not become databases.
            if (!DdlWriter(dialect).write(loadDesign(file)).ok())
                continue;
            QTest::addRow("%s %s", qPrintable(engine), qPrintable(QFileInfo(file).baseName()))
                << engine << file;
        }
    }
}

// The key promise: a database made from the design (inheritance included) merges back into the
// very same bytes.
void tst_DesignMerge::unchangedDatabaseChangesNoByte()
{
    QFETCH(QString, engine);
    QFETCH(QString, file);
    // The design as Schemata saves it: the same bytes as the file for those saved by WWW SQL
    // Designer itself (tst_designwriter), a first save in its layout for the others.
    const QByteArray saved = DesignWriter::write(loadDesign(file));
    DesignReader reader;
    QVERIFY(reader.read(saved));
    const Schema design = reader.schema();
    const auto connection = prepareDatabase(engine, u"tst_designmerge"_s, design);
    const DesignMergeResult result = mergeInto(design, *connection);
    QVERIFY2(result.ok(), qPrintable(result.errors.join(u'\n')));
    QVERIFY2(result.isEmpty(), qPrintable(codes(result.changes).join(u'\n')));
    QVERIFY(result.warnings.isEmpty());
    QVERIFY(result.droppedTables.isEmpty());
    QCOMPARE(DesignWriter::write(result.design), saved);
}

void tst_DesignMerge::columnChanges()
{
    QFETCH(QString, engine);
    const Schema &design = seedModels();
    const auto connection = prepareDatabase(engine, u"tst_designmerge"_s, design);
    const SqlEngine sqlEngine = connection->dialect().engine();
    execute(*connection,
        {u"ALTER TABLE {user} ADD COLUMN {nickname} VARCHAR(30)"_s,
            u"ALTER TABLE {user} DROP COLUMN {score}"_s,
            // A joined subclass has a table of its own.
            u"ALTER TABLE {engineer} ADD COLUMN {level} INTEGER"_s,
            // Single-table subclasses share their root's: whose column it is, nobody says.
            u"ALTER TABLE {staff} ADD COLUMN {badge} VARCHAR(20)"_s});
    QStringList expected {u"add-column engineer.level"_s, u"add-column staff.badge"_s,
        u"add-column user.nickname"_s, u"drop-column user.score"_s};
    // SQLite changes a type only by rebuilding the table.
    if (sqlEngine == SqlEngine::Postgres) {
        execute(*connection, {u"ALTER TABLE {content} ALTER COLUMN {title} TYPE VARCHAR(300)"_s});
        expected.insert(0, u"change-type content.title"_s);
    } else if (sqlEngine == SqlEngine::Mysql) {
        execute(*connection, {u"ALTER TABLE {content} MODIFY {title} VARCHAR(300) NOT NULL"_s});
        expected.insert(0, u"change-type content.title"_s);
    }
    const Schema database = imported(*connection);
    const DesignMergeResult result = DesignMerge::merge(design, database, optionsFor(*connection));
    QVERIFY2(result.ok(), qPrintable(result.errors.join(u'\n')));
    QCOMPARE(codes(result.changes), expected);

    const Table &user = tableNamed(result.design, u"user"_s);
    QCOMPARE(columnNames(user),
        QStringList({u"id"_s, u"name"_s, u"email"_s, u"is_active"_s, u"created_date"_s,
            u"nickname"_s}));
    QCOMPARE(user.columns.last().datatype,
        tableNamed(database, u"user"_s).columnByName(u"nickname"_s)->datatype);
    // The changed table keeps what the database does not say: place, comments.
    const Table &before = tableNamed(design, u"user"_s);
    QCOMPARE(user.position, before.position);
    QCOMPARE(user.comment, before.comment);
    QCOMPARE(user.columns.first().comment, before.columns.first().comment);
    QCOMPARE(columnNames(tableNamed(result.design, u"engineer"_s)).last(), u"level"_s);
    QVERIFY(!tableNamed(result.design, u"employee"_s).columnByName(u"level"_s));
    QCOMPARE(columnNames(tableNamed(result.design, u"staff"_s)).last(), u"badge"_s);
    // Said: where the new column may belong, and that user.score may have been renamed.
    QCOMPARE(result.warnings.size(), 2);
    const QString warnings = result.warnings.join(u'\n');
    QVERIFY2(warnings.contains(u"staff.badge"_s), qPrintable(warnings));
    QVERIFY2(warnings.contains(u"score"_s) && warnings.contains(u"nickname"_s), qPrintable(warnings));
    if (sqlEngine != SqlEngine::Sqlite) {
        QCOMPARE(tableNamed(result.design, u"content"_s).columnByName(u"title"_s)->datatype,
            tableNamed(database, u"content"_s).columnByName(u"title"_s)->datatype);
    }
    // The other tables are untouched, to their places and comments.
    for (const Table &t : result.design.tables()) {
        if (QStringList({u"user"_s, u"engineer"_s, u"staff"_s, u"content"_s}).contains(t.name))
            continue;
        const Table &was = tableNamed(design, t.name);
        QCOMPARE(t.position, was.position);
        QCOMPARE(t.comment, was.comment);
        QCOMPARE(t.columns.size(), was.columns.size());
        for (qsizetype i = 0; i < t.columns.size(); ++i)
            QCOMPARE(t.columns.at(i).comment, was.columns.at(i).comment);
    }
    QCOMPARE(result.design.notes().size(), design.notes().size());
    // The merged design has the database's structure.
    const SchemaDiffResult left = SchemaDiff::compare(result.design, database,
        DiffOptions::forEngine(sqlEngine,
            connection->dialect().tableNamesIgnoreCase(connection->database())));
    QVERIFY2(left.ok() && left.isEmpty(), qPrintable(listed(left)));
}

void tst_DesignMerge::newTablesPlacedNextToNeighbours()
{
    QFETCH(QString, engine);
    const Schema &design = seedModels();
    const auto connection = prepareDatabase(engine, u"tst_designmerge"_s, design);
    execute(*connection,
        {u"CREATE TABLE {badge} ({id} INTEGER NOT NULL PRIMARY KEY, {user_id} INTEGER NOT NULL, "
         u"CONSTRAINT {fk_badge_user} FOREIGN KEY ({user_id}) REFERENCES {user} ({id}))"_s,
            u"CREATE TABLE {loose} ({id} INTEGER NOT NULL PRIMARY KEY)"_s});
    const Schema database = imported(*connection);
    const DesignMergeResult result = DesignMerge::merge(design, database, optionsFor(*connection));
    QVERIFY2(result.ok(), qPrintable(result.errors.join(u'\n')));
    QCOMPARE(codes(result.changes), QStringList({u"add-table badge"_s, u"add-table loose"_s}));
    QCOMPARE(result.addedTables.size(), 2);
    // New tables come after the design's, which keep their places.
    QCOMPARE(result.design.tables().size(), design.tables().size() + 2);
    for (qsizetype i = 0; i < design.tables().size(); ++i) {
        QCOMPARE(result.design.tables().at(i).name, design.tables().at(i).name);
        QCOMPARE(result.design.tables().at(i).position, design.tables().at(i).position);
    }
    const Table &badge = tableNamed(result.design, u"badge"_s);
    const Table &loose = tableNamed(result.design, u"loose"_s);
    QVERIFY(result.addedTables.contains(badge.id));
    QCOMPARE(badge.foreignKeys.size(), 1);
    QCOMPARE(badge.foreignKeys.first().referencedTable, tableNamed(result.design, u"user"_s).id);
    // On nobody, and nearer to user than any other table of the design is to it... next to it.
    for (const Table &a : result.design.tables()) {
        for (const Table &b : result.design.tables()) {
            if (a.id < b.id && (result.addedTables.contains(a.id) || result.addedTables.contains(b.id)))
                QVERIFY2(!cardOf(a).intersects(cardOf(b)),
                    qPrintable(a.name + u" overlaps "_s + b.name));
        }
    }
    const QRectF user = cardOf(tableNamed(result.design, u"user"_s));
    const QRectF card = cardOf(badge);
    const qreal gapX = std::max(card.left() - user.right(), user.left() - card.right());
    const qreal gapY = std::max(card.top() - user.bottom(), user.top() - card.bottom());
    QVERIFY2(std::max(gapX, gapY) <= 200,
        qPrintable(u"badge at %1,%2"_s.arg(badge.position.x()).arg(badge.position.y())));
    // A table with no neighbour goes to the free edge: right of everything.
    qreal right = 0;
    for (const Table &t : design.tables())
        right = std::max(right, cardOf(t).right());
    QVERIFY(loose.position.x() > right);
    QVERIFY(SchemaDiff::compare(result.design, database,
        DiffOptions::forEngine(connection->dialect().engine(),
            connection->dialect().tableNamesIgnoreCase(connection->database())))
                .isEmpty());
}

void tst_DesignMerge::droppedTable()
{
    QFETCH(QString, engine);
    const Schema &design = seedModels();
    const auto connection = prepareDatabase(engine, u"tst_designmerge"_s, design);
    execute(*connection,
        {u"DROP TABLE {content_category}"_s, u"DROP TABLE {category}"_s,
            u"DROP TABLE {staff}"_s});
    const Schema database = imported(*connection);
    DesignMergeResult result = DesignMerge::merge(design, database, optionsFor(*connection));
    QVERIFY2(result.ok(), qPrintable(result.errors.join(u'\n')));
    QCOMPARE(codes(result.changes),
        QStringList({u"drop-table category"_s, u"drop-table content_category"_s,
            u"drop-table staff"_s}));
    // The single-table subclasses of staff lived in its table: they go with it.
    const QStringList gone {u"category"_s, u"content_category"_s, u"staff"_s,
        u"staff_manager"_s, u"staff_engineer"_s};
    QCOMPARE(result.droppedTables, gone);
    for (const QString &name : gone)
        QVERIFY2(!result.design.tableByName(name), qPrintable(name));
    QCOMPARE(result.design.tables().size(), design.tables().size() - gone.size());
    QVERIFY(SchemaDiff::compare(result.design, database,
        DiffOptions::forEngine(connection->dialect().engine(),
            connection->dialect().tableNamesIgnoreCase(connection->database())))
                .isEmpty());

    // The window asks first; kept, they are still named.
    DesignMergeOptions keep = optionsFor(*connection);
    keep.dropTables = false;
    result = DesignMerge::merge(design, database, keep);
    QCOMPARE(result.droppedTables, gone);
    QVERIFY(result.isEmpty());
    QCOMPARE(DesignWriter::write(result.design), DesignWriter::write(design));
}

void tst_DesignMerge::renamedColumnIsDropAndAdd()
{
    QFETCH(QString, engine);
    const Schema &design = seedModels();
    const auto connection = prepareDatabase(engine, u"tst_designmerge"_s, design);
    execute(*connection, {u"ALTER TABLE {content} RENAME COLUMN {long_text} TO {body}"_s});
    const DesignMergeResult result = mergeInto(design, *connection);
    QVERIFY2(result.ok(), qPrintable(result.errors.join(u'\n')));
    QCOMPARE(codes(result.changes),
        QStringList({u"add-column content.body"_s, u"drop-column content.long_text"_s}));
    QCOMPARE(columnNames(tableNamed(result.design, u"content"_s)),
        QStringList({u"id"_s, u"title"_s, u"body"_s}));
    QCOMPARE(result.warnings.size(), 1);
    QVERIFY2(result.warnings.first().contains(u"long_text"_s)
            && result.warnings.first().contains(u"body"_s)
            && result.warnings.first().contains(u"renamed"_s),
        qPrintable(result.warnings.first()));
}

// A database made from the design without its comments: the servers keep comments, so theirs
// (none) are taken; SQLite keeps none that a database tool would know, so the design's stay.
void tst_DesignMerge::commentsWhereTheEngineKeepsThem()
{
    QFETCH(QString, engine);
    const Schema &design = seedModels();
    Schema bare = design;
    for (Table &t : bare.tables()) {
        t.comment.clear();
        for (Column &c : t.columns)
            c.comment.clear();
    }
    const auto connection = prepareDatabase(engine, u"tst_designmerge"_s, bare);
    const DesignMergeResult result = mergeInto(design, *connection);
    QVERIFY2(result.ok(), qPrintable(result.errors.join(u'\n')));
    const Table &user = tableNamed(result.design, u"user"_s);
    if (connection->dialect().engine() == SqlEngine::Sqlite) {
        QVERIFY2(result.isEmpty(), qPrintable(codes(result.changes).join(u'\n')));
        QCOMPARE(DesignWriter::write(result.design), DesignWriter::write(design));
    } else {
        QVERIFY(codes(result.changes).contains(u"change-table-comment user"_s));
        QVERIFY(codes(result.changes).contains(u"change-column-comment user.id"_s));
        QVERIFY(user.comment.isEmpty());
        QVERIFY(user.columns.first().comment.isEmpty());
        QCOMPARE(user.position, tableNamed(design, u"user"_s).position);
    }
}

void tst_DesignMerge::designWithErrors()
{
    // Two tables of one name cannot be written for any engine: nothing is merged.
    const Schema design = designFrom(
        "<table x=\"0\" y=\"0\" name=\"t\"><row name=\"id\" null=\"0\" autoincrement=\"0\">"
        "<datatype>INTEGER</datatype></row></table>\n"
        "<table x=\"0\" y=\"0\" name=\"t\"><row name=\"id\" null=\"0\" autoincrement=\"0\">"
        "<datatype>INTEGER</datatype></row></table>\n");
    const DesignMergeResult result = DesignMerge::merge(design, Schema(), {});
    QVERIFY(!result.ok());
    QVERIFY(result.changes.isEmpty());
}

QTEST_GUILESS_MAIN(tst_DesignMerge)
#include "tst_designmerge.moc"
