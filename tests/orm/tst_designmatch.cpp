#include "analysis/designmatch.h"
#include "database/connection.h"
#include "database/sqllog.h"
#include "schema/schema.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// A schema of tables given as "name:column,column".
Schema schemaOf(const QStringList &tables)
{
    Schema schema;
    for (const QString &spec : tables) {
        const QStringList parts = spec.split(u':');
        Table &table = schema.addTable(parts.first());
        const QStringList columns = parts.value(1).split(u',', Qt::SkipEmptyParts);
        for (const QString &column : columns)
            schema.addColumn(table, column, u"INTEGER"_s);
    }
    return schema;
}

} // namespace

// Whether a design describes a database: the rule `--design` and the window share.
class tst_DesignMatch : public QObject
{
    Q_OBJECT

private slots:
    void describes_data();
    void describes();
    void check();
};

void tst_DesignMatch::describes_data()
{
    QTest::addColumn<QStringList>("design");
    QTest::addColumn<QStringList>("database");
    QTest::addColumn<QStringList>("missing");
    QTest::addColumn<bool>("describes");
    const QStringList music {u"artist:id,name"_s, u"album:id,title,artist_id"_s};
    QTest::newRow("the same") << music << music << QStringList() << true;
    QTest::newRow("names in another case")
        << QStringList({u"Artist:ID,Name"_s}) << music << QStringList() << true;
    QTest::newRow("the database has more")
        << QStringList({u"artist:id"_s}) << music << QStringList() << true;
    QTest::newRow("a table missing") << QStringList({u"artist:id"_s, u"genre:id"_s}) << music
                                     << QStringList({u"genre"_s}) << false;
    QTest::newRow("a column missing")
        << QStringList({u"artist:id,born"_s}) << music << QStringList({u"artist.born"_s}) << false;
    QTest::newRow("an empty design describes nothing")
        << QStringList() << music << QStringList() << false;
}

void tst_DesignMatch::describes()
{
    QFETCH(QStringList, design);
    QFETCH(QStringList, database);
    QFETCH(QStringList, missing);
    QFETCH(bool, describes);
    const Schema designSchema = schemaOf(design);
    const Schema databaseSchema = schemaOf(database);
    QCOMPARE(DesignMatch::missing(designSchema, databaseSchema), missing);
    QCOMPARE(DesignMatch::describes(designSchema, databaseSchema), describes);
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

    Schema design = schemaOf({u"artist:id,name"_s});
    design.tables().first().comment = u"from the design"_s;
    const DesignMatch::Checked matching = DesignMatch::check(connection, design);
    QVERIFY(matching.missing.isEmpty());
    QVERIFY(matching.schema);
    QCOMPARE(matching.schema->tables().constFirst().comment, u"from the design"_s);

    const DesignMatch::Checked other
        = DesignMatch::check(connection, schemaOf({u"artist:id,born"_s, u"genre:id"_s}));
    QVERIFY(!other.schema);
    QVERIFY(other.readError.isEmpty());
    QCOMPARE(other.missing, QStringList({u"artist.born"_s, u"genre"_s}));
}

QTEST_GUILESS_MAIN(tst_DesignMatch)
#include "tst_designmatch.moc"
