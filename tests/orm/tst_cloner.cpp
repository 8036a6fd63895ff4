#include "testdatabases.h"
#include "testdesigns.h"

#include "analysis/relationship.h"
#include "database/connection.h"
#include "database/schemaapplier.h"
#include "database/schemaimporter.h"
#include "ddl/ddlwriter.h"
#include "dialects/dialect.h"
#include "records/cloner.h"
#include "records/datagenerator.h"
#include "records/session.h"
#include "xml/designwriter.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

// Cloning on databases other tools wrote: keys the engine generates itself (SQLite's rowid
// alias, identity, serial, sequence defaults, AUTO_INCREMENT) without the design's
// AUTOINCREMENT, association tables without a key, and deep copies of many rows, which go
// a page at a time.
class tst_Cloner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rowidAlias_data();
    void rowidAlias();
    void importedRowidAliasGetsNoAutoincrement();
    void generatedKeysOnServers_data();
    void generatedKeysOnServers();
    void chinook_data() { TestDatabases::addEngineRows(); }
    void chinook();
    void keylessAssociation_data() { TestDatabases::addEngineRows(); }
    void keylessAssociation();
    void associationRule_data();
    void associationRule();
    void deepCloneAcrossPages_data() { TestDatabases::addEngineRows(); }
    void deepCloneAcrossPages();
};

namespace {

std::unique_ptr<Connection> openFresh(const QString &engine, const QString &name)
{
    QString error;
    const QString url = TestDatabases::freshDatabase(engine, name, &error);
    if (url.isEmpty())
        qFatal("%s", qPrintable(error));
    auto connection = std::make_unique<Connection>();
    if (!connection->open(
            *DatabaseAddress::parse(url, &error), Connection::Mode::CreateIfMissing, &error))
        qFatal("%s", qPrintable(error));
    return connection;
}

// Runs statements separated by ";" followed by a line break.
bool run(Connection &connection, const QString &script)
{
    for (const QString &statement : script.split(u";\n"_s, Qt::SkipEmptyParts)) {
        if (statement.trimmed().isEmpty())
            continue;
        QSqlQuery query(connection.database());
        if (!query.exec(statement)) {
            qWarning("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
            return false;
        }
    }
    return true;
}

QVariant value(Connection &connection, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(connection.database());
    query.prepare(sql);
    for (const QVariant &v : values)
        query.addBindValue(v);
    if (!query.exec() || !query.next())
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    return query.value(0);
}

Schema imported(Connection &connection)
{
    QString error;
    std::optional<Schema> schema = SchemaImporter(connection).import(&error);
    if (!schema)
        qFatal("import: %s", qPrintable(error));
    return *schema;
}

const Column *columnOf(const Schema &schema, const QString &table, const QString &column)
{
    const Table *t = schema.tableByName(table);
    return t ? t->columnByName(column) : nullptr;
}

// Chinook's shape (the widely used sample database) as each engine writes it: SQLite with
// "PRIMARY KEY (id)" table constraints on INTEGER columns, as Chinook's own script does;
// PostgreSQL with serial, both identity kinds and a sequence default; MariaDB with
// AUTO_INCREMENT. `q` stands for the engine's identifier quote.
QString chinookScript(const QString &engine)
{
    if (engine == u"sqlite")
        return uR"(
CREATE TABLE [Genre] ([GenreId] INTEGER NOT NULL, [Name] NVARCHAR(120),
    CONSTRAINT [PK_Genre] PRIMARY KEY ([GenreId]));
CREATE TABLE [Customer] ([CustomerId] INTEGER NOT NULL, [FirstName] NVARCHAR(40) NOT NULL,
    [Email] NVARCHAR(60) NOT NULL, CONSTRAINT [PK_Customer] PRIMARY KEY ([CustomerId]));
CREATE TABLE [Track] ([TrackId] INTEGER NOT NULL, [Name] NVARCHAR(200) NOT NULL,
    [GenreId] INTEGER, [UnitPrice] NUMERIC(10,2) NOT NULL,
    CONSTRAINT [PK_Track] PRIMARY KEY ([TrackId]),
    FOREIGN KEY ([GenreId]) REFERENCES [Genre] ([GenreId])
        ON DELETE NO ACTION ON UPDATE NO ACTION);
CREATE TABLE [Playlist] ([PlaylistId] INTEGER NOT NULL, [Name] NVARCHAR(120),
    CONSTRAINT [PK_Playlist] PRIMARY KEY ([PlaylistId]));
CREATE TABLE [PlaylistTrack] ([PlaylistId] INTEGER NOT NULL, [TrackId] INTEGER NOT NULL,
    CONSTRAINT [PK_PlaylistTrack] PRIMARY KEY ([PlaylistId], [TrackId]),
    FOREIGN KEY ([PlaylistId]) REFERENCES [Playlist] ([PlaylistId]),
    FOREIGN KEY ([TrackId]) REFERENCES [Track] ([TrackId]));
CREATE TABLE [Invoice] ([InvoiceId] INTEGER NOT NULL, [CustomerId] INTEGER NOT NULL,
    [InvoiceDate] DATETIME NOT NULL, [Total] NUMERIC(10,2) NOT NULL,
    CONSTRAINT [PK_Invoice] PRIMARY KEY ([InvoiceId]),
    FOREIGN KEY ([CustomerId]) REFERENCES [Customer] ([CustomerId]));
CREATE TABLE [InvoiceLine] ([InvoiceLineId] INTEGER NOT NULL, [InvoiceId] INTEGER NOT NULL,
    [TrackId] INTEGER NOT NULL, [UnitPrice] NUMERIC(10,2) NOT NULL, [Quantity] INTEGER NOT NULL,
    CONSTRAINT [PK_InvoiceLine] PRIMARY KEY ([InvoiceLineId]),
    FOREIGN KEY ([InvoiceId]) REFERENCES [Invoice] ([InvoiceId]),
    FOREIGN KEY ([TrackId]) REFERENCES [Track] ([TrackId]));
)"_s;
    if (engine == u"postgresql")
        return uR"(
CREATE TABLE "Genre" ("GenreId" SERIAL PRIMARY KEY, "Name" VARCHAR(120));
CREATE TABLE "Customer" ("CustomerId" INTEGER GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    "FirstName" VARCHAR(40) NOT NULL, "Email" VARCHAR(60) NOT NULL);
CREATE TABLE "Track" ("TrackId" BIGSERIAL PRIMARY KEY, "Name" VARCHAR(200) NOT NULL,
    "GenreId" INTEGER REFERENCES "Genre" ("GenreId"), "UnitPrice" NUMERIC(10,2) NOT NULL);
CREATE TABLE "Playlist" ("PlaylistId" INTEGER GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    "Name" VARCHAR(120));
CREATE TABLE "PlaylistTrack" ("PlaylistId" INTEGER NOT NULL REFERENCES "Playlist",
    "TrackId" BIGINT NOT NULL REFERENCES "Track", PRIMARY KEY ("PlaylistId", "TrackId"));
CREATE TABLE "Invoice" ("InvoiceId" INTEGER GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    "CustomerId" INTEGER NOT NULL REFERENCES "Customer", "InvoiceDate" TIMESTAMP NOT NULL,
    "Total" NUMERIC(10,2) NOT NULL);
CREATE SEQUENCE "line_numbers";
CREATE TABLE "InvoiceLine" ("InvoiceLineId" INTEGER NOT NULL DEFAULT nextval('line_numbers')
    PRIMARY KEY, "InvoiceId" INTEGER NOT NULL REFERENCES "Invoice",
    "TrackId" BIGINT NOT NULL REFERENCES "Track", "UnitPrice" NUMERIC(10,2) NOT NULL,
    "Quantity" INTEGER NOT NULL);
)"_s;
    return uR"(
CREATE TABLE `Genre` (`GenreId` INT NOT NULL AUTO_INCREMENT PRIMARY KEY, `Name` VARCHAR(120));
CREATE TABLE `Customer` (`CustomerId` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    `FirstName` VARCHAR(40) NOT NULL, `Email` VARCHAR(60) NOT NULL);
CREATE TABLE `Track` (`TrackId` BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    `Name` VARCHAR(200) NOT NULL, `GenreId` INT, `UnitPrice` DECIMAL(10,2) NOT NULL,
    FOREIGN KEY (`GenreId`) REFERENCES `Genre` (`GenreId`));
CREATE TABLE `Playlist` (`PlaylistId` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    `Name` VARCHAR(120));
CREATE TABLE `PlaylistTrack` (`PlaylistId` INT NOT NULL, `TrackId` BIGINT NOT NULL,
    PRIMARY KEY (`PlaylistId`, `TrackId`),
    FOREIGN KEY (`PlaylistId`) REFERENCES `Playlist` (`PlaylistId`),
    FOREIGN KEY (`TrackId`) REFERENCES `Track` (`TrackId`));
CREATE TABLE `Invoice` (`InvoiceId` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    `CustomerId` INT NOT NULL, `InvoiceDate` DATETIME NOT NULL, `Total` DECIMAL(10,2) NOT NULL,
    FOREIGN KEY (`CustomerId`) REFERENCES `Customer` (`CustomerId`));
CREATE TABLE `InvoiceLine` (`InvoiceLineId` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    `InvoiceId` INT NOT NULL, `TrackId` BIGINT NOT NULL, `UnitPrice` DECIMAL(10,2) NOT NULL,
    `Quantity` INT NOT NULL,
    FOREIGN KEY (`InvoiceId`) REFERENCES `Invoice` (`InvoiceId`),
    FOREIGN KEY (`TrackId`) REFERENCES `Track` (`TrackId`));
)"_s;
}

// The rows, with their keys given as Chinook's data script gives them (identity ALWAYS
// columns take OVERRIDING SYSTEM VALUE on PostgreSQL, so those rows let the key be made).
QString chinookRows(const QString &engine)
{
    QString rows = uR"(
INSERT INTO "Genre" ("GenreId", "Name") VALUES (1, 'Rock');
INSERT INTO "Genre" ("GenreId", "Name") VALUES (2, 'Jazz');
INSERT INTO "Customer" ("FirstName", "Email") VALUES ('Luís', 'luis@example.com');
INSERT INTO "Track" ("TrackId", "Name", "GenreId", "UnitPrice") VALUES (1, 'One', 1, 0.99);
INSERT INTO "Track" ("TrackId", "Name", "GenreId", "UnitPrice") VALUES (2, 'Two', 2, 1.99);
INSERT INTO "Playlist" ("PlaylistId", "Name") VALUES (1, 'Music');
INSERT INTO "PlaylistTrack" ("PlaylistId", "TrackId") VALUES (1, 1);
INSERT INTO "PlaylistTrack" ("PlaylistId", "TrackId") VALUES (1, 2);
INSERT INTO "Invoice" ("InvoiceId", "CustomerId", "InvoiceDate", "Total")
    VALUES (1, 1, '2009-01-01 00:00:00', 2.98);
INSERT INTO "InvoiceLine" ("InvoiceLineId", "InvoiceId", "TrackId", "UnitPrice", "Quantity")
    VALUES (1, 1, 1, 0.99, 1);
INSERT INTO "InvoiceLine" ("InvoiceLineId", "InvoiceId", "TrackId", "UnitPrice", "Quantity")
    VALUES (2, 1, 2, 1.99, 1);
)"_s;
    if (engine == u"mysql")
        rows.replace(u'"', u'`');
    if (engine == u"postgresql") // the sequences behind the keys given here go on after them
        rows += uR"(
SELECT setval(pg_get_serial_sequence('"Genre"', 'GenreId'), 2);
SELECT setval(pg_get_serial_sequence('"Track"', 'TrackId'), 2);
SELECT setval(pg_get_serial_sequence('"Playlist"', 'PlaylistId'), 1);
SELECT setval(pg_get_serial_sequence('"Invoice"', 'InvoiceId'), 1);
SELECT setval('line_numbers', 2);
)"_s;
    return rows;
}

} // namespace

void tst_Cloner::initTestCase()
{
    const QString missing = TestDatabases::missingServers();
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
}

void tst_Cloner::rowidAlias_data()
{
    // SQLite's rule (https://www.sqlite.org/lang_createtable.html#rowid): a rowid table's
    // single-column primary key whose declared type is exactly INTEGER, in any case, is the
    // rowid, except for the column form "INTEGER PRIMARY KEY DESC".
    QTest::addColumn<QString>("definition");
    QTest::addColumn<bool>("alias");
    QTest::newRow("column INTEGER PRIMARY KEY") << u"(id INTEGER PRIMARY KEY, x TEXT)"_s << true;
    QTest::newRow("lower case") << u"(id integer primary key, x TEXT)"_s << true;
    QTest::newRow("table constraint (SQLAlchemy, Chinook)")
        << u"(id INTEGER NOT NULL, x TEXT, PRIMARY KEY (id))"_s << true;
    QTest::newRow("named table constraint, brackets")
        << u"([id] INTEGER NOT NULL, x TEXT, CONSTRAINT [PK_t] PRIMARY KEY ([id]))"_s << true;
    QTest::newRow("table constraint DESC")
        << u"(id INTEGER, x TEXT, PRIMARY KEY (id DESC))"_s << true;
    QTest::newRow("column ASC") << u"(id INTEGER PRIMARY KEY ASC, x TEXT)"_s << true;
    QTest::newRow("AUTOINCREMENT") << u"(id INTEGER PRIMARY KEY AUTOINCREMENT, x TEXT)"_s << true;
    QTest::newRow("column DESC") << u"(id INTEGER PRIMARY KEY DESC, x TEXT)"_s << false;
    QTest::newRow("INT") << u"(id INT PRIMARY KEY, x TEXT)"_s << false;
    QTest::newRow("BIGINT") << u"(id BIGINT PRIMARY KEY, x TEXT)"_s << false;
    QTest::newRow("INTEGER(11)") << u"(id INTEGER(11) PRIMARY KEY, x TEXT)"_s << false;
    QTest::newRow("INTEGER UNSIGNED") << u"(id INTEGER UNSIGNED PRIMARY KEY, x TEXT)"_s << false;
    QTest::newRow("WITHOUT ROWID") << u"(id INTEGER PRIMARY KEY, x TEXT) WITHOUT ROWID"_s << false;
    QTest::newRow("composite") << u"(id INTEGER, x TEXT, PRIMARY KEY (id, x))"_s << false;
}

void tst_Cloner::rowidAlias()
{
    QFETCH(QString, definition);
    QFETCH(bool, alias);
    auto connection = openFresh(u"sqlite"_s, u"tst_cloner_rowid"_s);
    QVERIFY(run(*connection, u"CREATE TABLE t "_s + definition));
    const Schema schema = imported(*connection);
    const Column *id = columnOf(schema, u"t"_s, u"id"_s);
    QVERIFY(id);
    QCOMPARE(id->generatedByEngine, alias);
    QCOMPARE(id->autoIncrement, definition.contains(u"AUTOINCREMENT"_s));
    QCOMPARE(columnOf(schema, u"t"_s, u"x"_s)->generatedByEngine, false);

    // What it means for a copy: the key is left to SQLite, or it needs a value.
    QVERIFY(run(*connection, u"INSERT INTO t (id, x) VALUES (7, 'a')"_s));
    Session session(*connection, schema);
    Cloner cloner(session);
    const QVariantList key = schema.tableByName(u"t"_s)->primaryKey()->parts.size() == 2
        ? QVariantList {7, u"a"_s}
        : QVariantList {7};
    const std::optional<QVariantList> copy = cloner.clone(u"t"_s, key, {});
    if (alias) {
        QVERIFY2(copy, qPrintable(cloner.error()));
        QCOMPARE(*copy, QVariantList {8});
    } else {
        QVERIFY(!copy);
        QVERIFY2(cloner.error().contains(u"id"_s), qPrintable(cloner.error()));
    }
}

void tst_Cloner::importedRowidAliasGetsNoAutoincrement()
{
    // An imported rowid alias stays a plain INTEGER key: the design file, the DDL applied
    // from it and a second import say what the first did.
    // (Without PlaylistTrack: an association table's foreign keys come back as ON DELETE
    // CASCADE, which Schemata gives association tables, so that design differs anyway.)
    auto connection = openFresh(u"sqlite"_s, u"tst_cloner_roundtrip"_s);
    QStringList script = chinookScript(u"sqlite"_s).split(u";\n"_s);
    script.removeIf([](const QString &s) { return s.contains(u"[PlaylistTrack]"_s); });
    QVERIFY(run(*connection, script.join(u";\n"_s)));
    const Schema first = imported(*connection);
    QVERIFY(columnOf(first, u"Genre"_s, u"GenreId"_s)->generatedByEngine);
    const QByteArray xml = DesignWriter().write(first);
    QVERIFY(xml.contains(R"(<row name="GenreId" null="0" autoincrement="0">)"));
    const DdlScript ddl = DdlWriter(connection->dialect()).write(first);
    QVERIFY(ddl.ok());
    QVERIFY2(!ddl.text().contains(u"AUTOINCREMENT"_s), qPrintable(ddl.text()));

    auto second = openFresh(u"sqlite"_s, u"tst_cloner_roundtrip2"_s);
    QVERIFY(SchemaApplier(*second).apply(first).ok);
    const Schema again = imported(*second);
    QVERIFY(columnOf(again, u"Genre"_s, u"GenreId"_s)->generatedByEngine);
    QVERIFY(!columnOf(again, u"Genre"_s, u"GenreId"_s)->autoIncrement);
    const QList<QByteArray> lines = xml.split('\n');
    const QList<QByteArray> linesAgain = DesignWriter().write(again).split('\n');
    for (qsizetype i = 0; i < std::min(lines.size(), linesAgain.size()); ++i)
        QCOMPARE(linesAgain.at(i), lines.at(i));
    QCOMPARE(linesAgain.size(), lines.size());
}

void tst_Cloner::generatedKeysOnServers_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("definition");
    QTest::addColumn<bool>("generated");
    for (const QString &engine : TestDatabases::engines()) {
        const QByteArray e = engine.toUtf8();
        if (engine == u"postgresql") {
            QTest::addRow("%s serial", e.constData())
                << engine << u"id SERIAL PRIMARY KEY"_s << true;
            QTest::addRow("%s bigserial", e.constData())
                << engine << u"id BIGSERIAL PRIMARY KEY"_s << true;
            QTest::addRow("%s identity always", e.constData())
                << engine << u"id INTEGER GENERATED ALWAYS AS IDENTITY PRIMARY KEY"_s << true;
            QTest::addRow("%s identity by default", e.constData())
                << engine << u"id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"_s << true;
            QTest::addRow("%s sequence default", e.constData())
                << engine << u"id INTEGER DEFAULT nextval('numbers') PRIMARY KEY"_s << true;
            QTest::addRow("%s plain", e.constData())
                << engine << u"id INTEGER PRIMARY KEY"_s << false;
        } else if (engine == u"mysql") {
            QTest::addRow("%s AUTO_INCREMENT", e.constData())
                << engine << u"id INT NOT NULL AUTO_INCREMENT PRIMARY KEY"_s << true;
            QTest::addRow("%s plain", e.constData())
                << engine << u"id INT NOT NULL PRIMARY KEY"_s << false;
        }
    }
    if (!TestDatabases::engines().contains(u"postgresql"_s)
        && !TestDatabases::engines().contains(u"mysql"_s))
        QTest::newRow("no server selected") << QString() << QString() << false;
}

void tst_Cloner::generatedKeysOnServers()
{
    QFETCH(QString, engine);
    QFETCH(QString, definition);
    QFETCH(bool, generated);
    if (engine.isEmpty())
        QSKIP("SCHEMATA_TEST_ENGINES selects no server.");
    auto connection = openFresh(engine, u"tst_cloner_serverkeys"_s);
    if (engine == u"postgresql")
        QVERIFY(run(*connection, u"CREATE SEQUENCE numbers"_s));
    QVERIFY(run(*connection, u"CREATE TABLE t ("_s + definition + u", x VARCHAR(10))"_s));
    const Schema schema = imported(*connection);
    QCOMPARE(columnOf(schema, u"t"_s, u"id"_s)->generatedByEngine, generated);
    QVERIFY(run(*connection,
        generated ? u"INSERT INTO t (x) VALUES ('a')"_s
                  : u"INSERT INTO t (id, x) VALUES (1, 'a')"_s));
    Session session(*connection, schema);
    Cloner cloner(session);
    const std::optional<QVariantList> copy = cloner.clone(u"t"_s, {1}, {});
    QCOMPARE(bool(copy), generated);
    if (copy)
        QCOMPARE(copy->value(0).toLongLong(), 2);
    else
        QVERIFY2(cloner.error().contains(u"id"_s), qPrintable(cloner.error()));
}

void tst_Cloner::chinook()
{
    QFETCH(QString, engine);
    auto connection = openFresh(engine, u"tst_cloner_chinook"_s);
    QVERIFY(run(*connection, chinookScript(engine)));
    QVERIFY(run(*connection, chinookRows(engine)));
    const Schema schema = imported(*connection);
    const Column *genreId = columnOf(schema, u"Genre"_s, u"GenreId"_s);
    QVERIFY(genreId->generatedByEngine);
    QCOMPARE(genreId->autoIncrement, engine != u"sqlite"); // SQLite's has no AUTOINCREMENT
    Session session(*connection, schema);
    Cloner cloner(session);

    // The Duplicate dialog's question: nothing needs a new value.
    const std::optional<Record> rock = session.get(u"Genre"_s, {1});
    QVERIFY(rock);
    QCOMPARE(cloner.columnsNeedingValues(*rock, {}), QStringList());

    // schemata clone DB Genre 1
    const std::optional<QVariantList> genre = cloner.clone(u"Genre"_s, {1}, {});
    QVERIFY2(genre, qPrintable(cloner.error()));
    QCOMPARE(genre->value(0).toLongLong(), 3);
    QCOMPARE(session.get(u"Genre"_s, *genre)->value(u"Name"_s).toString(), u"Rock"_s);

    // A deep copy of an invoice: its lines get keys of their own and point at the copy.
    CloneOptions deep;
    deep.deep = true;
    const std::optional<QVariantList> invoice = cloner.clone(u"Invoice"_s, {1}, deep);
    QVERIFY2(invoice, qPrintable(cloner.error()));
    QCOMPARE(invoice->value(0).toLongLong(), 2);
    const ForeignKey *lineInvoice = session.foreignKey(u"InvoiceLine"_s, {u"InvoiceId"_s});
    QVERIFY(lineInvoice);
    const QList<Record> lines
        = session.children(*session.get(u"Invoice"_s, *invoice), *lineInvoice);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0).value(u"InvoiceLineId"_s).toLongLong(), 3);
    QCOMPARE(lines.at(1).value(u"InvoiceLineId"_s).toLongLong(), 4);
    QCOMPARE(lines.at(0).value(u"TrackId"_s).toLongLong(), 1);
    QCOMPARE(lines.at(1).value(u"TrackId"_s).toLongLong(), 2);
    QCOMPARE(
        value(*connection,
            u"SELECT COUNT(*) FROM "_s + connection->dialect().quoteIdentifier(u"InvoiceLine"_s))
            .toInt(),
        4);

    // A playlist takes its track links along (a many-to-many through a composite key).
    const std::optional<QVariantList> playlist = cloner.clone(u"Playlist"_s, {1}, deep);
    QVERIFY2(playlist, qPrintable(cloner.error()));
    const std::optional<Relationship> tracks = session.manyToMany(u"PlaylistTrack"_s);
    QVERIFY(tracks);
    // partners() goes from the relationship's first foreign key; which one is first is the
    // catalogue's order.
    const bool fromTrack = schema.table(tracks->target)->name == u"Track";
    QCOMPARE(
        session.partners(*session.get(u"Playlist"_s, *playlist), *tracks, fromTrack).size(), 2);

    // Deep copies go to the given depth: a genre with its tracks, whose copies keep their
    // playlists (the links are copied at every depth).
    const std::optional<QVariantList> jazz = cloner.clone(u"Genre"_s, {2}, deep);
    QVERIFY2(jazz, qPrintable(cloner.error()));
    const ForeignKey *trackGenre = session.foreignKey(u"Track"_s, {u"GenreId"_s});
    const QList<Record> jazzTracks = session.children(*session.get(u"Genre"_s, *jazz), *trackGenre);
    QCOMPARE(jazzTracks.size(), 1);
    QVERIFY(jazzTracks.first().value(u"TrackId"_s).toLongLong() > 2);
    // Track 2 was in the playlist and in its copy.
    QCOMPARE(session.partners(jazzTracks.first(), *tracks, !fromTrack).size(), 2);
}

void tst_Cloner::keylessAssociation()
{
    QFETCH(QString, engine);
    // The seed note's followers exactly (no key), and a post_tag link table without one.
    const Schema design = designFrom(R"(
<table x="0" y="0" name="user">
<row name="id" null="0" autoincrement="1"><datatype>INTEGER</datatype></row>
<row name="name" null="0" autoincrement="0"><datatype>VARCHAR(64)</datatype></row>
<key type="PRIMARY" name=""><part>id</part></key>
</table>
<table x="0" y="0" name="followers">
<row name="follower_id" null="1" autoincrement="0"><datatype>INTEGER</datatype>
<default>NULL</default><relation table="user" row="id" /></row>
<row name="followed_id" null="1" autoincrement="0"><datatype>INTEGER</datatype>
<default>NULL</default><relation table="user" row="id" /></row>
</table>
<table x="0" y="0" name="post">
<row name="id" null="0" autoincrement="1"><datatype>INTEGER</datatype></row>
<row name="body" null="1" autoincrement="0"><datatype>VARCHAR(140)</datatype>
<default>NULL</default></row>
<row name="user_id" null="0" autoincrement="0"><datatype>INTEGER</datatype>
<relation table="user" row="id" /></row>
<key type="PRIMARY" name=""><part>id</part></key>
</table>
<table x="0" y="0" name="tag">
<row name="id" null="0" autoincrement="1"><datatype>INTEGER</datatype></row>
<row name="label" null="0" autoincrement="0"><datatype>VARCHAR(20)</datatype></row>
<key type="PRIMARY" name=""><part>id</part></key>
</table>
<table x="0" y="0" name="post_tag">
<row name="post_id" null="0" autoincrement="0"><datatype>INTEGER</datatype>
<relation table="post" row="id" /></row>
<row name="tag_id" null="0" autoincrement="0"><datatype>INTEGER</datatype>
<relation table="tag" row="id" /></row>
</table>)");
    auto connection = prepareDatabase(engine, u"tst_cloner_keyless"_s, design);

    // Recognised as many-to-many in the design and in the database read back.
    const Schema schema = imported(*connection);
    for (const Schema *s : {&design, &schema}) {
        QStringList found;
        for (const Relationship &r : findRelationships(*s))
            found << r.describe(*s);
        QVERIFY2(
            found.contains(u"self-referential many-to-many: user <-> user through followers"_s),
            qPrintable(found.join(u'\n')));
        QVERIFY2(found.contains(u"many-to-many: post <-> tag through post_tag"_s),
            qPrintable(found.join(u'\n')));
    }

    Session session(*connection, schema);
    const auto add = [&](const QString &table, const QList<std::pair<QString, QVariant>> &values) {
        Record r(table, {});
        for (const auto &[c, v] : values)
            r.setValue(c, v);
        const Session::Pending p = session.add(r);
        return p;
    };
    const auto ada = add(u"user"_s, {{u"name"_s, u"ada"_s}});
    const auto bob = add(u"user"_s, {{u"name"_s, u"bob"_s}});
    const auto cid = add(u"user"_s, {{u"name"_s, u"cid"_s}});
    const auto tag = add(u"tag"_s, {{u"label"_s, u"math"_s}});
    const auto post = add(u"post"_s, {{u"body"_s, u"notes"_s}});
    session.refer(post, *session.foreignKey(u"post"_s, {u"user_id"_s}), ada);
    QVERIFY2(session.flush(), qPrintable(session.lastError()));
    const Record adaRecord = session.added(ada);
    const Record bobRecord = session.added(bob);
    const Record cidRecord = session.added(cid);
    const Record postRecord = session.added(post);
    const Record tagRecord = session.added(tag);
    const std::optional<Relationship> follows = session.manyToMany(u"followers"_s);
    const std::optional<Relationship> tags = session.manyToMany(u"post_tag"_s);
    QVERIFY(follows && tags);
    session.link(adaRecord, bobRecord, *follows); // ada follows bob
    session.link(cidRecord, adaRecord, *follows); // cid follows ada
    session.link(postRecord, tagRecord, *tags);
    QVERIFY2(session.flush(), qPrintable(session.lastError()));

    Cloner cloner(session);
    const QVariantList adaKey = session.keyOf(adaRecord);
    // Shallow: the user alone.
    const std::optional<QVariantList> shallow = cloner.clone(u"user"_s, adaKey, {});
    QVERIFY2(shallow, qPrintable(cloner.error()));
    const Record shallowCopy = *session.get(u"user"_s, *shallow);
    QVERIFY(session.partners(shallowCopy, *follows).isEmpty());
    QVERIFY(session.partners(shallowCopy, *follows, true).isEmpty());

    // Deep: the links both ways, the post, and the post's tag link, by their values.
    CloneOptions deep;
    deep.deep = true;
    const std::optional<QVariantList> copyKey = cloner.clone(u"user"_s, adaKey, deep);
    QVERIFY2(copyKey, qPrintable(cloner.error()));
    const Record copy = *session.get(u"user"_s, *copyKey);
    const auto names = [](const QList<Record> &records) {
        QStringList result;
        for (const Record &r : records)
            result << r.value(u"name"_s).toString();
        return result;
    };
    QCOMPARE(names(session.partners(copy, *follows)), QStringList {u"bob"_s});
    QCOMPARE(names(session.partners(copy, *follows, true)), QStringList {u"cid"_s});
    const QList<Record> posts
        = session.children(copy, *session.foreignKey(u"post"_s, {u"user_id"_s}));
    QCOMPARE(posts.size(), 1);
    QCOMPARE(session.partners(posts.first(), *tags).size(), 1);
    QCOMPARE(session.count(u"followers"_s), 4);
    QCOMPARE(session.count(u"post_tag"_s), 2);

    // fill: distinct links, nobody follows themselves, though no key says so.
    DataGenerator generator(*connection, schema);
    generator.setTables({u"followers"_s});
    generator.setRows(u"followers"_s, 12); // of 5 users: 20 possible pairs
    QString error;
    QVERIFY2(generator.fill(&error), qPrintable(error));
    const Dialect &d = connection->dialect();
    const QString followers = d.quoteIdentifier(u"followers"_s);
    QCOMPARE(value(*connection, u"SELECT COUNT(*) FROM "_s + followers).toInt(), 16);
    QCOMPARE(value(*connection,
                 u"SELECT COUNT(*) FROM (SELECT DISTINCT follower_id, followed_id FROM "_s
                     + followers + u") d"_s)
                 .toInt(),
        16);
    QCOMPARE(value(*connection,
                 u"SELECT COUNT(*) FROM "_s + followers + u" WHERE follower_id = followed_id"_s)
                 .toInt(),
        0);
}

void tst_Cloner::associationRule_data()
{
    QTest::addColumn<QByteArray>("table");
    QTest::addColumn<bool>("association");
    const QByteArray a = R"(<row name="a_id" null="0" autoincrement="0"><datatype>INTEGER</datatype>
<relation table="a" row="id" /></row>)";
    const QByteArray b = R"(<row name="b_id" null="0" autoincrement="0"><datatype>INTEGER</datatype>
<relation table="b" row="id" /></row>)";
    const QByteArray extra = R"(<row name="at" null="1" autoincrement="0"><datatype>DATE</datatype>
<default>NULL</default></row>)";
    const QByteArray both
        = "<key type=\"PRIMARY\" name=\"\"><part>a_id</part><part>b_id</part></key>";
    QTest::newRow("keyed") << QByteArray(a + b + both) << true;
    QTest::newRow("no key") << QByteArray(a + b) << true;
    const QByteArray uniquePair
        = R"(<key type="UNIQUE" name=""><part>a_id</part><part>b_id</part></key>)";
    const QByteArray uniqueA = R"(<key type="UNIQUE" name=""><part>a_id</part></key>)";
    const QByteArray keyA = R"(<key type="PRIMARY" name=""><part>a_id</part></key>)";
    QTest::newRow("unique pair") << QByteArray(a + b + uniquePair) << true;
    QTest::newRow("keyed, with a column describing the link")
        << QByteArray(a + b + extra + both) << true;
    QTest::newRow("no key, another column") << QByteArray(a + b + extra) << false;
    QTest::newRow("one side unique") << QByteArray(a + b + uniqueA) << false;
    QTest::newRow("one side the key") << QByteArray(a + b + keyA) << false;
}

void tst_Cloner::associationRule()
{
    QFETCH(QByteArray, table);
    QFETCH(bool, association);
    const Schema design = designFrom(R"(
<table x="0" y="0" name="a">
<row name="id" null="0" autoincrement="1"><datatype>INTEGER</datatype></row>
<key type="PRIMARY" name=""><part>id</part></key>
</table>
<table x="0" y="0" name="b">
<row name="id" null="0" autoincrement="1"><datatype>INTEGER</datatype></row>
<key type="PRIMARY" name=""><part>id</part></key>
</table>
<table x="0" y="0" name="link">)"
        + table + "</table>");
    QCOMPARE(isAssociationTable(*design.tableByName(u"link"_s)), association);
    bool manyToMany = false;
    for (const Relationship &r : findRelationships(design))
        manyToMany = manyToMany || r.kind == Relationship::Kind::ManyToMany;
    QCOMPARE(manyToMany, association);
}

void tst_Cloner::deepCloneAcrossPages()
{
    QFETCH(QString, engine);
    // More children than a page, each with grandchildren and links: the row-by-row path,
    // paged, keeps every child with its own rows.
    const Schema design = designFrom(R"(
<table x="0" y="0" name="invoice">
<row name="id" null="0" autoincrement="1"><datatype>INTEGER</datatype></row>
<row name="code" null="0" autoincrement="0"><datatype>VARCHAR(20)</datatype></row>
<key type="PRIMARY" name=""><part>id</part></key>
<key type="UNIQUE" name=""><part>code</part></key>
</table>
<table x="0" y="0" name="line">
<row name="id" null="0" autoincrement="1"><datatype>INTEGER</datatype></row>
<row name="invoice_id" null="0" autoincrement="0"><datatype>INTEGER</datatype>
<relation table="invoice" row="id" /></row>
<row name="n" null="0" autoincrement="0"><datatype>INTEGER</datatype></row>
<key type="PRIMARY" name=""><part>id</part></key>
</table>
<table x="0" y="0" name="note">
<row name="id" null="0" autoincrement="1"><datatype>INTEGER</datatype></row>
<row name="line_id" null="0" autoincrement="0"><datatype>INTEGER</datatype>
<relation table="line" row="id" /></row>
<row name="n" null="0" autoincrement="0"><datatype>INTEGER</datatype></row>
<key type="PRIMARY" name=""><part>id</part></key>
</table>)");
    auto connection = prepareDatabase(engine, u"tst_cloner_pages"_s, design);
    const Dialect &d = connection->dialect();
    const int children = 1203;
    QVERIFY(connection->database().transaction());
    QVERIFY(run(*connection,
        u"INSERT INTO "_s + d.quoteIdentifier(u"invoice"_s) + u" (code) VALUES ('A')"_s));
    {
        QSqlQuery line(connection->database());
        QVERIFY(line.prepare(u"INSERT INTO "_s + d.quoteIdentifier(u"line"_s)
            + u" (invoice_id, n) VALUES (1, ?)"_s));
        QSqlQuery note(connection->database());
        QVERIFY(note.prepare(
            u"INSERT INTO "_s + d.quoteIdentifier(u"note"_s) + u" (line_id, n) VALUES (?, ?)"_s));
        for (int i = 1; i <= children; ++i) {
            line.addBindValue(i);
            QVERIFY(line.exec());
            if (i % 100 == 0) { // some lines have two notes
                for (int k = 0; k < 2; ++k) {
                    note.addBindValue(i);
                    note.addBindValue(i * 10 + k);
                    QVERIFY(note.exec());
                }
            }
        }
    }
    QVERIFY(connection->database().commit());

    Session session(*connection, imported(*connection));
    Cloner cloner(session);
    CloneOptions options;
    options.deep = true;
    options.depth = 2;
    // The code is unique: the copy needs its own, and nothing is written without it.
    QVERIFY(!cloner.clone(u"invoice"_s, {1}, options));
    QCOMPARE(session.count(u"line"_s), children);
    options.overrides.insert(u"code"_s, u"B"_s);
    const std::optional<QVariantList> copy = cloner.clone(u"invoice"_s, {1}, options);
    QVERIFY2(copy, qPrintable(cloner.error()));
    QCOMPARE(session.count(u"line"_s), 2 * children);
    QCOMPARE(session.count(u"note"_s), 2 * 2 * (children / 100));
    const QString lines = d.quoteIdentifier(u"line"_s);
    const QString notes = d.quoteIdentifier(u"note"_s);
    // Each copied line keeps its number and its own notes (n = 10 * line's n + k).
    QCOMPARE(value(*connection, u"SELECT COUNT(*) FROM "_s + lines + u" WHERE invoice_id = ?"_s,
                 {copy->first()})
                 .toInt(),
        children);
    QCOMPARE(value(*connection,
                 u"SELECT COUNT(*) FROM "_s + notes + u" o JOIN "_s + lines
                     + u" l ON l.id = o.line_id WHERE l.invoice_id = ? AND o.n >= 10 * l.n"_s
                     + u" AND o.n < 10 * l.n + 10"_s,
                 {copy->first()})
                 .toInt(),
        2 * (children / 100));
    // The copies are numbered in the originals' order.
    QCOMPARE(value(*connection,
                 u"SELECT MIN(n) FROM "_s + lines + u" WHERE id = (SELECT MIN(id) FROM "_s + lines
                     + u" WHERE invoice_id = ?)"_s,
                 {copy->first()})
                 .toInt(),
        1);
}

QTEST_GUILESS_MAIN(tst_Cloner)
#include "tst_cloner.moc"
