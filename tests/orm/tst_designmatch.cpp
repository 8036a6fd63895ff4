#include "diff/designmatch.h"
#include "diff/schemachange.h"
#include "database/connection.h"
#include "database/sqllog.h"
#include "schema/schema.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// A schema of tables given as "name:column type,column" (INTEGER when no type is given), each
// column named id its table's primary key.
Schema schemaOf(const QStringList &tables)
{
    Schema schema;
    for (const QString &spec : tables) {
        const QStringList parts = spec.split(u':');
        Table &table = schema.addTable(parts.first());
        const QStringList columns = parts.value(1).split(u',', Qt::SkipEmptyParts);
        for (const QString &column : columns) {
            const QStringList words = column.split(u' ');
            const ObjectId id = schema.addColumn(table, words.first(), words.value(1, u"INTEGER"_s)).id;
            if (words.first().compare(u"id"_s, Qt::CaseInsensitive) == 0)
                schema.addKey(table, Key::Primary, {id});
        }
    }
    return schema;
}

} // namespace

// Whether a design is a database's: compare() is the rule of `--design` (SchemaDiff's, comments
// aside), describes() the window's looser one (the design's tables and columns are there).
class tst_DesignMatch : public QObject
{
    Q_OBJECT

private slots:
    void describes_data();
    void describes();
    void compare_data();
    void compare();
    void compareFallsBackToNames();
    void check();
};

void tst_DesignMatch::describes_data()
{
    QTest::addColumn<QStringList>("design");
    QTest::addColumn<QStringList>("database");
    QTest::addColumn<bool>("describes");
    const QStringList music {u"artist:id,name"_s, u"album:id,title,artist_id"_s};
    QTest::newRow("the same") << music << music << true;
    QTest::newRow("names in another case") << QStringList({u"Artist:ID,Name"_s}) << music << true;
    QTest::newRow("the database has more") << QStringList({u"artist:id"_s}) << music << true;
    QTest::newRow("another type") << QStringList({u"artist:id,name TEXT"_s}) << music << true;
    QTest::newRow("a table missing")
        << QStringList({u"artist:id"_s, u"genre:id"_s}) << music << false;
    QTest::newRow("a column missing") << QStringList({u"artist:id,born"_s}) << music << false;
    QTest::newRow("an empty design describes nothing") << QStringList() << music << false;
}

void tst_DesignMatch::describes()
{
    QFETCH(QStringList, design);
    QFETCH(QStringList, database);
    QFETCH(bool, describes);
    QCOMPARE(DesignMatch::describes(schemaOf(design), schemaOf(database)), describes);
}

// What `--design` accepts on SQLite: only a design that migrating the database to would leave
// as it is. Every row but the first and the last two is a database one migration away.
void tst_DesignMatch::compare_data()
{
    QTest::addColumn<QStringList>("design");
    QTest::addColumn<QStringList>("database");
    QTest::addColumn<QStringList>("changes");
    const QStringList music {u"artist:id,name TEXT"_s, u"album:id,title TEXT,artist_id"_s};
    QTest::newRow("the same") << music << music << QStringList();
    QTest::newRow("names in another case")
        << QStringList({u"Artist:ID,Name TEXT"_s, u"album:id,title TEXT,artist_id"_s}) << music
        << QStringList();
    QTest::newRow("a column the design lacks")
        << QStringList({u"artist:id"_s, u"album:id,title TEXT,artist_id"_s}) << music
        << QStringList({u"drop-column artist.name"_s});
    QTest::newRow("another type")
        << QStringList({u"artist:id,name BLOB"_s, u"album:id,title TEXT,artist_id"_s}) << music
        << QStringList({u"change-type artist.name"_s});
    QTest::newRow("a table the database lacks")
        << QStringList(music + QStringList({u"genre:id"_s})) << music
        << QStringList({u"add-table genre"_s});
    QTest::newRow("a table the design lacks is not its business")
        << QStringList({u"artist:id,name TEXT"_s}) << music << QStringList();
}

void tst_DesignMatch::compare()
{
    QFETCH(QStringList, design);
    QFETCH(QStringList, database);
    QFETCH(QStringList, changes);
    const DesignMatch::Differences differences
        = DesignMatch::compare(schemaOf(design), schemaOf(database), SqlEngine::Sqlite, true);
    QStringList found;
    for (const SchemaChange &c : differences.changes)
        found << SchemaChange::kindCode(c.kind) + u' ' + c.subject();
    QCOMPARE(found, changes);
    QVERIFY(differences.missing.isEmpty());
    QVERIFY(differences.errors.isEmpty());
    QVERIFY(differences.warning.isEmpty());
    QCOMPARE(differences.isEmpty(), changes.isEmpty());
    QCOMPARE(differences.describe().size(), changes.size());
}

// A database the comparison cannot write as DDL (here tables named "log" and "LOG", which MariaDB
// keeps apart on Linux and DDL for any engine cannot) is still checked, by its names, and says
// so. A design the comparison cannot write is the design's error, never a match.
void tst_DesignMatch::compareFallsBackToNames()
{
    const Schema database = schemaOf({u"artist:id,name TEXT"_s, u"log:id"_s, u"LOG:id"_s});
    const DesignMatch::Differences same = DesignMatch::compare(
        schemaOf({u"artist:id,name TEXT"_s}), database, SqlEngine::Sqlite, true);
    QVERIFY2(same.isEmpty(), qPrintable(same.describe().join(u'\n')));
    QVERIFY(same.warning.startsWith(u"Compared by table and column names only"_s));

    const DesignMatch::Differences other = DesignMatch::compare(
        schemaOf({u"artist:id,born"_s}), database, SqlEngine::Sqlite, true);
    QCOMPARE(other.missing, QStringList({u"artist.born"_s}));
    QCOMPARE(other.describe(), QStringList({u"no artist.born"_s}));

    Schema broken = schemaOf({u"artist:id,name TEXT"_s});
    broken.addColumn(broken.tables().first(), u"id"_s, u"INTEGER"_s);
    const DesignMatch::Differences refused
        = DesignMatch::compare(broken, schemaOf({u"artist:id,name TEXT"_s}), SqlEngine::Sqlite, true);
    QVERIFY(!refused.errors.isEmpty());
    QVERIFY(!refused.isEmpty());
}

// The check the commands make before working on a database with --design: the database's own
// schema without a design, the design when it matches, nothing (and what is missing) otherwise.
void tst_DesignMatch::check()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    DatabaseAddress address;
    address.path = dir.filePath(u"music.sqlite"_s);
    Connection connection;
    QString error;
    QVERIFY2(
        connection.open(address, Connection::Mode::CreateIfMissing, &error), qPrintable(error));
    QSqlQuery query(connection.database());
    QVERIFY(Sql::exec(query, u"CREATE TABLE artist (id INTEGER PRIMARY KEY, name TEXT)"_s));

    const DesignMatch::Checked own = DesignMatch::check(connection, std::nullopt);
    QVERIFY(own.readError.isEmpty());
    QVERIFY(own.schema);
    QCOMPARE(own.schema->tables().size(), 1);
    QCOMPARE(own.schema->tables().constFirst().name, u"artist"_s);

    Schema design = schemaOf({u"artist:id,name TEXT"_s});
    design.tables().first().comment = u"from the design"_s;
    const DesignMatch::Checked matching = DesignMatch::check(connection, design);
    QVERIFY2(matching.differences.isEmpty(),
        qPrintable(matching.differences.describe().join(u'\n')));
    QVERIFY(matching.schema);
    QCOMPARE(matching.schema->tables().constFirst().comment, u"from the design"_s);

    const DesignMatch::Checked other
        = DesignMatch::check(connection, schemaOf({u"artist:id,born"_s, u"genre:id"_s}));
    QVERIFY(!other.schema);
    QVERIFY(other.readError.isEmpty());
    QStringList changes;
    for (const SchemaChange &c : other.differences.changes)
        changes << SchemaChange::kindCode(c.kind) + u' ' + c.subject();
    QCOMPARE(changes,
        QStringList({u"add-column artist.born"_s, u"drop-column artist.name"_s,
            u"add-table genre"_s}));
}

QTEST_GUILESS_MAIN(tst_DesignMatch)
#include "tst_designmatch.moc"
