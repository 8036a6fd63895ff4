#include "testdatabases.h"
#include "testdesigns.h"

#include "browse/queryinterrupter.h"
#include "browse/tablequery.h"
#include "database/connection.h"
#include "database/schemaimporter.h"
#include "dialects/dialect.h"
#include "schema/schema.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>
#include <climits>
#include <future>
#include <thread>

using namespace Qt::StringLiterals;

// The data browser's queries on every engine: the SQL of each kind of page, keyset paging
// forwards and backwards in every sort order (NULLs, ties, unicode, hostile names) against an
// order worked out here from the inserted values, filters, the free WHERE, counts, estimates,
// tables without a primary key, read-only connections and interrupting a running query.
class tst_TableQuery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void statements_data();
    void statements();
    void pagingInEveryOrder_data() { TestDatabases::addEngineRows(); }
    void pagingInEveryOrder();
    void valuesReadBackFaithfully_data() { TestDatabases::addEngineRows(); }
    void valuesReadBackFaithfully();
    void filters_data() { TestDatabases::addEngineRows(); }
    void filters();
    void freeWhere_data() { TestDatabases::addEngineRows(); }
    void freeWhere();
    void countAndEstimate_data() { TestDatabases::addEngineRows(); }
    void countAndEstimate();
    void tablesWithoutPrimaryKey_data() { TestDatabases::addEngineRows(); }
    void tablesWithoutPrimaryKey();
    void sqliteRowIds();
    void readOnlyConnection_data() { TestDatabases::addEngineRows(); }
    void readOnlyConnection();
    void interruptRunningQuery_data() { TestDatabases::addEngineRows(); }
    void interruptRunningQuery();
};

namespace {

SqlEngine engineOf(const QString &name)
{
    return *sqlEngineFromName(name);
}

// The sample table: hostile names (quotes of every engine, a semicolon, a comment, unicode)
// and columns of each kind with NULLs, ties and edge values.
const QString TableName = u"it\"e`m; ünï"_s;
const QStringList ColumnNames
    = {u"id"_s, u"na\"me"_s, u"sc`ore; --"_s, u"größe"_s, u"created at"_s, u"da'ta"_s};
enum ColumnIndex { Id, Name, Score, Amount, Created, Data };

QByteArray sampleDesign()
{
    return "<table x=\"0\" y=\"0\" name=\"it&quot;e`m; ünï\">"
           "<row name=\"id\" null=\"0\" autoincrement=\"0\"><datatype>INTEGER</datatype></row>"
           "<row name=\"na&quot;me\" null=\"1\" autoincrement=\"0\">"
           "<datatype>VARCHAR(100)</datatype></row>"
           "<row name=\"sc`ore; --\" null=\"1\" autoincrement=\"0\">"
           "<datatype>DOUBLE</datatype></row>"
           "<row name=\"größe\" null=\"1\" autoincrement=\"0\">"
           "<datatype>DECIMAL(12,2)</datatype></row>"
           "<row name=\"created at\" null=\"1\" autoincrement=\"0\">"
           "<datatype>DATETIME</datatype></row>"
           "<row name=\"da'ta\" null=\"1\" autoincrement=\"0\"><datatype>BLOB</datatype></row>"
           "<key type=\"PRIMARY\" name=\"\"><part>id</part></key></table>";
}

struct Sample
{
    qint64 id = 0;
    QVariant name; // QString
    QVariant score; // double
    QVariant cents; // qint64: the DECIMAL(12,2) times 100
    QVariant created; // QDateTime
    QVariant data; // QByteArray
};

QList<Sample> samples()
{
    const QVariant null;
    const QVariantList names = {u"Anna"_s, u"anna"_s, u"Jan"_s, u"Zoë"_s, u"ßtraße"_s, u"日本語"_s,
        u"émile"_s, u"50%_off"_s, u"50 off"_s, u"a_b"_s, u"axb"_s, u""_s, null, u"😀 smile"_s,
        u"O'Brien"_s, u"say \"hi\"; --"_s};
    const QVariantList scores
        = {null, -1.5, 0.0, 0.1, 1.0 / 3, 2.5, 2.5, 10.0, 1e10, null, 7.25, -0.001, 2.5};
    const QVariantList cents = {null, qint64(-100), qint64(0), qint64(1050), qint64(1050),
        qint64(99999), qint64(123456789)};
    const auto at = [](int month, int day, int h, int m, int s) {
        return QVariant(QDateTime(QDate(2024, month, day), QTime(h, m, s)));
    };
    const QVariantList created = {null, QVariant(QDateTime(QDate(2023, 12, 31), QTime(23, 59, 59))),
        at(1, 1, 0, 0, 0), at(3, 15, 12, 30, 0), at(6, 30, 23, 59, 59), at(7, 1, 0, 0, 0),
        at(3, 15, 12, 30, 0), at(11, 2, 8, 0, 1)};
    const QVariantList data = {null, QByteArray(""), QByteArray("\x00\x01", 2), QByteArray("\xff"),
        QByteArray("abc"), QByteArray("abd"), QByteArray(300, 'z'), null};
    QList<Sample> rows;
    for (int i = 0; i < 500; ++i) {
        Sample s;
        s.id = (qint64(i) * 37) % 1009 + 1; // distinct, not in insertion order
        s.name = names.at((i * 7) % names.size());
        s.score = scores.at((i * 3) % scores.size());
        s.cents = cents.at((i * 5) % cents.size());
        s.created = created.at((i * 11) % created.size());
        s.data = data.at((i * 13) % data.size());
        rows << s;
    }
    return rows;
}

QVariant valueOf(const Sample &s, int column)
{
    switch (column) {
    case Id:
        return s.id;
    case Name:
        return s.name;
    case Score:
        return s.score;
    case Amount:
        return s.cents;
    case Created:
        return s.created;
    case Data:
        return s.data;
    }
    return {};
}

// The engines' order of two non-NULL values of a column: numbers by value, text by code point
// (binary collations: SQLite's BINARY, PostgreSQL's "C", MariaDB's utf8mb4_bin), bytes as
// unsigned bytes.
int compare(const QVariant &a, const QVariant &b, int column)
{
    const auto order = [](const auto &x, const auto &y) { return x < y ? -1 : (y < x ? 1 : 0); };
    switch (column) {
    case Id:
    case Amount:
        return order(a.toLongLong(), b.toLongLong());
    case Score:
        return order(a.toDouble(), b.toDouble());
    case Name:
        return order(a.toString().toUtf8(), b.toString().toUtf8());
    case Created:
        return order(a.toDateTime(), b.toDateTime());
    case Data:
        return order(a.toByteArray(), b.toByteArray());
    }
    return 0;
}

// The ids in the order the browser must show: by `column` (-1: by id), NULLs first on SQLite
// and MariaDB and last on PostgreSQL, ties by id; descending reverses all of it.
QList<qint64> expectedOrder(const QList<Sample> &rows, int column, Qt::SortOrder order,
    SqlEngine engine, const std::function<bool(const Sample &)> &keep = {})
{
    QList<Sample> kept;
    for (const Sample &s : rows) {
        if (!keep || keep(s))
            kept << s;
    }
    const bool nullsFirst = engine != SqlEngine::Postgres;
    std::sort(kept.begin(), kept.end(), [&](const Sample &a, const Sample &b) {
        if (column >= 0) {
            const QVariant x = valueOf(a, column), y = valueOf(b, column);
            if (x.isNull() != y.isNull())
                return x.isNull() == nullsFirst;
            if (!x.isNull()) {
                if (const int c = compare(x, y, column))
                    return c < 0;
            }
        }
        return a.id < b.id;
    });
    QList<qint64> ids;
    for (const Sample &s : kept)
        ids << s.id;
    if (order == Qt::DescendingOrder)
        std::reverse(ids.begin(), ids.end());
    return ids;
}

struct SampleDatabase
{
    std::unique_ptr<Connection> connection;
    Table table;
    QList<Sample> rows;
};

Table importedTable(Connection &connection, const QString &name)
{
    QString error;
    const std::optional<Schema> schema = SchemaImporter(connection).import(&error);
    if (!schema)
        qFatal("import: %s", qPrintable(error));
    const Table *table = schema->tableByName(name);
    if (!table)
        qFatal("no table %s after import", qPrintable(name));
    return *table;
}

SampleDatabase sampleDatabase(const QString &engine, const QString &name)
{
    SampleDatabase db;
    db.connection = prepareDatabase(engine, name, designFrom(sampleDesign()));
    db.rows = samples();
    const Dialect &d = db.connection->dialect();
    QStringList quoted;
    for (const QString &c : ColumnNames)
        quoted << d.quoteIdentifier(c);
    QSqlDatabase sql = db.connection->database();
    sql.transaction();
    QSqlQuery insert(sql);
    if (!insert.prepare(u"INSERT INTO "_s + d.quoteIdentifier(TableName) + u" ("_s
            + quoted.join(u", "_s) + u") VALUES (?, ?, ?, ?, ?, ?)"_s))
        qFatal("prepare: %s", qPrintable(insert.lastError().text()));
    const QVariant nullText(QMetaType(QMetaType::QString));
    for (const Sample &s : std::as_const(db.rows)) {
        insert.addBindValue(s.id);
        insert.addBindValue(s.name.isNull() ? nullText : s.name);
        insert.addBindValue(s.score.isNull() ? QVariant(QMetaType(QMetaType::Double)) : s.score);
        insert.addBindValue(s.cents.isNull()
                ? nullText
                : QVariant(QString::number(s.cents.toLongLong() / 100.0, 'f', 2)));
        // As text, so that no time zone comes between the value and the column.
        insert.addBindValue(s.created.isNull()
                ? nullText
                : QVariant(s.created.toDateTime().toString(u"yyyy-MM-dd HH:mm:ss"_s)));
        insert.addBindValue(s.data.isNull() ? QVariant(QMetaType(QMetaType::QByteArray)) : s.data);
        if (!insert.exec())
            qFatal("insert: %s", qPrintable(insert.lastError().text()));
    }
    sql.commit();
    db.table = importedTable(*db.connection, TableName);
    return db;
}

QList<qint64> ids(const QList<QVariantList> &rows)
{
    QList<qint64> result;
    for (const QVariantList &row : rows)
        result << row.at(0).toLongLong();
    return result;
}

using From = TableQuery::PageSpec::From;

TableQuery::Page page(const TableQuery &query, Connection &connection, From from, int limit,
    const QVariantList &position = {}, qint64 skip = 0)
{
    TableQuery::PageSpec spec;
    spec.from = from;
    spec.limit = limit;
    spec.position = position;
    spec.skip = skip;
    QString error;
    const std::optional<TableQuery::Page> result = query.fetch(connection.database(), spec, &error);
    if (!result)
        qFatal("fetch: %s\n%s", qPrintable(error), qPrintable(query.pageStatement(spec).sql));
    return *result;
}

// Every row, page after page, each continuing after the last row of the one before.
QList<qint64> walkForward(const TableQuery &query, Connection &connection, int limit)
{
    QList<qint64> result;
    TableQuery::Page p = page(query, connection, From::Start, limit);
    while (true) {
        result << ids(p.rows);
        if (p.rows.size() < limit)
            return result;
        p = page(query, connection, From::After, limit, p.positions.last());
    }
}

// The same backwards, from the end, each page before the first row of the one after.
QList<qint64> walkBackward(const TableQuery &query, Connection &connection, int limit)
{
    QList<qint64> result;
    TableQuery::Page p = page(query, connection, From::End, limit);
    while (true) {
        result = ids(p.rows) + result;
        if (p.rows.size() < limit)
            return result;
        p = page(query, connection, From::Before, limit, p.positions.first());
    }
}

Table plainTable(const QString &name, const QList<std::tuple<QString, QString, bool>> &columns,
    const QStringList &primaryKey)
{
    Schema schema;
    Table &table = schema.addTable(name);
    QList<ObjectId> key;
    for (const auto &[column, type, nullable] : columns) {
        Column &c = schema.addColumn(table, column, type);
        c.nullable = nullable;
        if (primaryKey.contains(column))
            key << c.id;
    }
    if (!key.isEmpty())
        schema.addKey(table, Key::Primary, key);
    return table;
}

} // namespace

void tst_TableQuery::initTestCase()
{
    const QString missing = TestDatabases::missingServers();
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
}

void tst_TableQuery::statements_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<int>("sortColumn");
    QTest::addColumn<int>("order");
    QTest::addColumn<int>("from");
    QTest::addColumn<QVariantList>("position");
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QVariantList>("values");

    const int asc = Qt::AscendingOrder, desc = Qt::DescendingOrder;
    // Names in ORDER BY and in conditions are qualified with the table's.
    QTest::newRow("sqlite, first page")
        << u"sqlite"_s << -1 << asc << int(From::Start) << QVariantList()
        << u"SELECT \"id\", \"na\"\"me\" FROM \"t\"\"1\" ORDER BY \"t\"\"1\".\"id\" "
           "LIMIT 10 OFFSET 20"_s
        << QVariantList();
    QTest::newRow("postgresql, first page")
        << u"postgresql"_s << -1 << asc << int(From::Start) << QVariantList()
        << u"SELECT \"id\", \"na\"\"me\", CAST(\"t\"\"1\".\"id\" AS TEXT) FROM \"t\"\"1\" "
           "ORDER BY \"t\"\"1\".\"id\" LIMIT 10 OFFSET 20"_s
        << QVariantList();
    QTest::newRow("mysql, first page")
        << u"mysql"_s << -1 << asc << int(From::Start) << QVariantList()
        << u"SELECT `id`, `na\"me` FROM `t\"1` ORDER BY `t\"1`.`id` LIMIT 10 OFFSET 20"_s
        << QVariantList();
    QTest::newRow("sqlite, last page by name")
        << u"sqlite"_s << 1 << asc << int(From::End) << QVariantList()
        << u"SELECT \"id\", \"na\"\"me\" FROM \"t\"\"1\" "
           "ORDER BY \"t\"\"1\".\"na\"\"me\" DESC, \"t\"\"1\".\"id\" DESC LIMIT 10 OFFSET 20"_s
        << QVariantList();
    // Descending: SQLite's NULLs come last, so a row after "bob" may be a NULL one.
    QTest::newRow("sqlite, after a row, by name descending")
        << u"sqlite"_s << 1 << desc << int(From::After) << QVariantList {u"bob"_s, 7}
        << u"SELECT \"id\", \"na\"\"me\" FROM \"t\"\"1\" WHERE ((\"t\"\"1\".\"na\"\"me\" <= ? "
           "OR \"t\"\"1\".\"na\"\"me\" IS NULL) AND ((\"t\"\"1\".\"na\"\"me\" < ? "
           "OR \"t\"\"1\".\"na\"\"me\" IS NULL) OR (\"t\"\"1\".\"id\" < ?))) "
           "ORDER BY \"t\"\"1\".\"na\"\"me\" DESC, \"t\"\"1\".\"id\" DESC LIMIT 10 OFFSET 20"_s
        << QVariantList {u"bob"_s, u"bob"_s, 7};
    // PostgreSQL's NULLs come first in descending order: none can follow "bob".
    QTest::newRow("postgresql, after a row, by name descending")
        << u"postgresql"_s << 1 << desc << int(From::After) << QVariantList {u"bob"_s, u"7"_s}
        << u"SELECT \"id\", \"na\"\"me\", CAST(\"t\"\"1\".\"na\"\"me\" AS TEXT), "
           "CAST(\"t\"\"1\".\"id\" AS TEXT) FROM \"t\"\"1\" WHERE (\"t\"\"1\".\"na\"\"me\" <= ? "
           "AND (\"t\"\"1\".\"na\"\"me\" < ? OR (\"t\"\"1\".\"id\" < ?))) "
           "ORDER BY \"t\"\"1\".\"na\"\"me\" DESC, \"t\"\"1\".\"id\" DESC LIMIT 10 OFFSET 20"_s
        << QVariantList {u"bob"_s, u"bob"_s, u"7"_s};
    QTest::newRow("mysql, before a NULL")
        << u"mysql"_s << 1 << asc << int(From::Before) << QVariantList {QVariant(), 7}
        << u"SELECT `id`, `na\"me` FROM `t\"1` WHERE (`t\"1`.`na\"me` IS NULL "
           "AND (`t\"1`.`id` < ?)) ORDER BY `t\"1`.`na\"me` DESC, `t\"1`.`id` DESC "
           "LIMIT 10 OFFSET 20"_s
        << QVariantList {7};
    QTest::newRow("postgresql, from a NULL on")
        << u"postgresql"_s << 1 << asc << int(From::At) << QVariantList {QVariant(), u"7"_s}
        << u"SELECT \"id\", \"na\"\"me\", CAST(\"t\"\"1\".\"na\"\"me\" AS TEXT), "
           "CAST(\"t\"\"1\".\"id\" AS TEXT) FROM \"t\"\"1\" WHERE (\"t\"\"1\".\"na\"\"me\" IS NULL "
           "AND (\"t\"\"1\".\"id\" >= ?)) ORDER BY \"t\"\"1\".\"na\"\"me\", \"t\"\"1\".\"id\" "
           "LIMIT 10 OFFSET 20"_s
        << QVariantList {u"7"_s};
    QTest::newRow("sqlite, sorted by the key")
        << u"sqlite"_s << 0 << desc << int(From::After) << QVariantList {7}
        << u"SELECT \"id\", \"na\"\"me\" FROM \"t\"\"1\" WHERE (\"t\"\"1\".\"id\" < ?) "
           "ORDER BY \"t\"\"1\".\"id\" DESC LIMIT 10 OFFSET 20"_s
        << QVariantList {7};
}

void tst_TableQuery::statements()
{
    QFETCH(QString, engine);
    QFETCH(int, sortColumn);
    QFETCH(int, order);
    QFETCH(int, from);
    QFETCH(QVariantList, position);
    QFETCH(QString, sql);
    QFETCH(QVariantList, values);

    TableQuery query(engineOf(engine),
        plainTable(u"t\"1"_s,
            {{u"id"_s, u"INTEGER"_s, false}, {u"na\"me"_s, u"VARCHAR(20)"_s, true}}, {u"id"_s}));
    query.setSort(sortColumn, Qt::SortOrder(order));
    TableQuery::PageSpec spec;
    spec.from = From(from);
    spec.position = position;
    spec.skip = 20;
    spec.limit = 10;
    const BoundStatement statement = query.pageStatement(spec);
    QCOMPARE(statement.sql, sql);
    QCOMPARE(statement.values, values);
}

void tst_TableQuery::pagingInEveryOrder()
{
    QFETCH(QString, engine);
    SampleDatabase db = sampleDatabase(engine, u"tst_tablequery_paging"_s);
    Connection &connection = *db.connection;
    TableQuery query(connection.dialect().engine(), db.table);
    QCOMPARE(query.columnNames(), ColumnNames);
    QCOMPARE(query.keyColumns(), QStringList {u"id"_s});
    QVERIFY(query.hasKeyset());

    const int limit = 37;
    for (int column = -1; column < ColumnNames.size(); ++column) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            const QByteArray what = "sorted by " + QByteArray::number(column)
                + (order == Qt::AscendingOrder ? " ascending" : " descending");
            query.setSort(column, order);
            QList<qint64> expected = expectedOrder(db.rows, column, order, query.engine());
            if (column == Name && query.engine() == SqlEngine::Mysql) {
                // The column has utf8mb4's default collation (case- and accent-insensitive):
                // the server's own order, by a query written here.
                const Dialect &d = connection.dialect();
                QSqlQuery plain(connection.database());
                QVERIFY(plain.exec(u"SELECT "_s + d.quoteIdentifier(u"id"_s) + u" FROM "_s
                    + d.quoteIdentifier(TableName) + u" ORDER BY "_s
                    + d.quoteIdentifier(ColumnNames.at(Name)) + u", "_s
                    + d.quoteIdentifier(u"id"_s)));
                expected.clear();
                while (plain.next())
                    expected << plain.value(0).toLongLong();
                if (order == Qt::DescendingOrder)
                    std::reverse(expected.begin(), expected.end());
            }
            QCOMPARE(expected.size(), db.rows.size());
            QVERIFY2(walkForward(query, connection, limit) == expected, what);
            QVERIFY2(walkBackward(query, connection, limit) == expected, what);

            // Every row's position continues exactly after it, before it and from it.
            const TableQuery::Page all = page(query, connection, From::Start, int(expected.size()));
            QCOMPARE(ids(all.rows), expected);
            for (const int i : {0, 1, 36, 37, 250, 498}) {
                const QVariantList position = all.positions.at(i);
                QVERIFY2(ids(page(query, connection, From::After, 5, position).rows)
                        == expected.mid(i + 1, 5),
                    QByteArray(what + " after " + QByteArray::number(i)));
                QVERIFY2(
                    ids(page(query, connection, From::At, 5, position).rows) == expected.mid(i, 5),
                    QByteArray(what + " at " + QByteArray::number(i)));
                QVERIFY2(ids(page(query, connection, From::Before, 5, position).rows)
                        == expected.mid(std::max(0, i - 5), std::min(i, 5)),
                    QByteArray(what + " before " + QByteArray::number(i)));
                // With OFFSET after a position: a far jump from a page read before.
                QVERIFY2(ids(page(query, connection, From::After, 5, position, 40).rows)
                        == expected.mid(i + 41, 5),
                    QByteArray(what + " 40 after " + QByteArray::number(i)));
            }
            // OFFSET from either end.
            QCOMPARE(
                ids(page(query, connection, From::Start, 10, {}, 123).rows), expected.mid(123, 10));
            QCOMPARE(ids(page(query, connection, From::End, 10, {}, 123).rows),
                expected.mid(expected.size() - 133, 10));
        }
    }
}

void tst_TableQuery::valuesReadBackFaithfully()
{
    QFETCH(QString, engine);
    SampleDatabase db = sampleDatabase(engine, u"tst_tablequery_values"_s);
    TableQuery query(db.connection->dialect().engine(), db.table);
    const TableQuery::Page all = page(query, *db.connection, From::Start, 1000);
    QCOMPARE(all.rows.size(), db.rows.size());
    QHash<qint64, Sample> byId;
    for (const Sample &s : std::as_const(db.rows))
        byId.insert(s.id, s);
    for (const QVariantList &row : all.rows) {
        const Sample s = byId.value(row.at(Id).toLongLong());
        QCOMPARE(row.at(Name).isNull(), s.name.isNull());
        QCOMPARE(row.at(Name).toString(), s.name.toString()); // "" stays apart from NULL
        QCOMPARE(row.at(Score).isNull(), s.score.isNull());
        if (!s.score.isNull())
            QCOMPARE(row.at(Score).toDouble(), s.score.toDouble());
        QCOMPARE(row.at(Amount).isNull(), s.cents.isNull());
        // Exact text where the engine keeps decimals exact; SQLite stores numbers (and whole
        // ones as integers, so 0.00 reads back as 0).
        const QString cents = QString::number(s.cents.toLongLong() / 100.0, 'f', 2);
        if (!s.cents.isNull() && query.engine() == SqlEngine::Sqlite)
            QCOMPARE(row.at(Amount).toDouble(), cents.toDouble());
        else if (!s.cents.isNull())
            QCOMPARE(row.at(Amount).toString(), cents);
        QCOMPARE(row.at(Created).isNull(), s.created.isNull());
        if (!s.created.isNull())
            QCOMPARE(row.at(Created).toDateTime(), s.created.toDateTime());
        QCOMPARE(row.at(Data).isNull(), s.data.isNull());
        if (!s.data.isNull()) {
            QCOMPARE(row.at(Data).typeId(), QMetaType::QByteArray);
            QCOMPARE(row.at(Data).toByteArray(), s.data.toByteArray());
        }
    }
}

void tst_TableQuery::filters()
{
    QFETCH(QString, engine);
    SampleDatabase db = sampleDatabase(engine, u"tst_tablequery_filters"_s);
    Connection &connection = *db.connection;
    TableQuery query(connection.dialect().engine(), db.table);
    using Op = RowFilter::Operator;
    const QString name = ColumnNames.at(Name), score = ColumnNames.at(Score),
                  amount = ColumnNames.at(Amount), created = ColumnNames.at(Created),
                  data = ColumnNames.at(Data);
    const auto text = [](const Sample &s) { return s.name.toString(); };
    const auto number
        = [](const QVariant &v, double x, auto op) { return !v.isNull() && op(v.toDouble(), x); };
    const QDateTime from(QDate(2024, 1, 1), QTime(0, 0)), to(QDate(2024, 6, 30), QTime(23, 59, 59));
    struct Case
    {
        const char *what;
        QList<RowFilter> filters;
        std::function<bool(const Sample &)> keep;
    };
    const QList<Case> cases = {
        {"contains, any case", {{name, Op::Contains, u"AN"_s, {}}},
            [&](const Sample &s) { return text(s).contains(u"an"_s, Qt::CaseInsensitive); }},
        {"contains % and _ literally", {{name, Op::Contains, u"%_"_s, {}}},
            [&](const Sample &s) { return text(s).contains(u"%_"_s); }},
        {"contains _", {{name, Op::Contains, u"_"_s, {}}},
            [&](const Sample &s) { return text(s).contains(u'_'); }},
        {"contains a quote", {{name, Op::Contains, u"'"_s, {}}},
            [&](const Sample &s) { return text(s).contains(u'\''); }},
        {"contains unicode", {{name, Op::Contains, u"日本"_s, {}}},
            [&](const Sample &s) { return text(s).contains(u"日本"_s); }},
        {"equal text", {{name, Op::Equal, u"anna"_s, {}}},
            [&](const Sample &s) {
                // MariaDB's column has a case-insensitive collation.
                return text(s).compare(u"anna"_s,
                           query.engine() == SqlEngine::Mysql ? Qt::CaseInsensitive
                                                              : Qt::CaseSensitive)
                    == 0;
            }},
        {"equal empty text", {{name, Op::Equal, u""_s, {}}},
            [&](const Sample &s) { return !s.name.isNull() && text(s).isEmpty(); }},
        {"equal number typed as text", {{score, Op::Equal, u"2.5"_s, {}}},
            [&](const Sample &s) { return number(s.score, 2.5, std::equal_to<>()); }},
        {"not equal leaves NULL out", {{score, Op::NotEqual, u"2.5"_s, {}}},
            [&](const Sample &s) { return number(s.score, 2.5, std::not_equal_to<>()); }},
        {"less", {{amount, Op::Less, u"10.5"_s, {}}},
            [&](const Sample &s) { return number(s.cents, 1050, std::less<>()); }},
        {"less or equal", {{amount, Op::LessOrEqual, u"10.5"_s, {}}},
            [&](const Sample &s) { return number(s.cents, 1050, std::less_equal<>()); }},
        {"greater", {{score, Op::Greater, 2.5, {}}},
            [&](const Sample &s) { return number(s.score, 2.5, std::greater<>()); }},
        {"greater or equal", {{score, Op::GreaterOrEqual, u"0"_s, {}}},
            [&](const Sample &s) { return number(s.score, 0, std::greater_equal<>()); }},
        {"between dates",
            {{created, Op::Between, u"2024-01-01 00:00:00"_s, u"2024-06-30 23:59:59"_s}},
            [&](const Sample &s) {
                return !s.created.isNull() && s.created.toDateTime() >= from
                    && s.created.toDateTime() <= to;
            }},
        {"is NULL", {{data, Op::IsNull, {}, {}}}, [](const Sample &s) { return s.data.isNull(); }},
        {"is not NULL and contains",
            {{name, Op::IsNotNull, {}, {}}, {name, Op::Contains, u"a"_s, {}}},
            [&](const Sample &s) {
                return !s.name.isNull() && text(s).contains(u'a', Qt::CaseInsensitive);
            }},
    };
    for (const Case &c : cases) {
        query.setFilters(c.filters);
        for (const int column : {-1, int(Score)}) {
            query.setSort(column, Qt::AscendingOrder);
            const QList<qint64> expected
                = expectedOrder(db.rows, column, Qt::AscendingOrder, query.engine(), c.keep);
            QVERIFY2(!expected.isEmpty() || QByteArray(c.what) == "nothing", c.what);
            QVERIFY2(walkForward(query, connection, 13) == expected, c.what);
            QVERIFY2(walkBackward(query, connection, 13) == expected, c.what);
            QString error;
            QCOMPARE(query.count(connection.database(), &error), qint64(expected.size()));
        }
    }
}

void tst_TableQuery::freeWhere()
{
    QFETCH(QString, engine);
    SampleDatabase db = sampleDatabase(engine, u"tst_tablequery_where"_s);
    Connection &connection = *db.connection;
    const Dialect &d = connection.dialect();
    TableQuery query(d.engine(), db.table);
    // Hostile column names quoted by hand, and a comment at the end of the condition.
    query.setWhere(d.quoteIdentifier(ColumnNames.at(Score)) + u" > 1 OR "_s
        + d.quoteIdentifier(ColumnNames.at(Name)) + u" IS NULL -- the rest is ours"_s);
    query.setFilters({{ColumnNames.at(Amount), RowFilter::Operator::IsNotNull, {}, {}}});
    QVERIFY(query.isFiltered());
    const QList<qint64> expected
        = expectedOrder(db.rows, -1, Qt::AscendingOrder, d.engine(), [](const Sample &s) {
              return !s.cents.isNull()
                  && ((!s.score.isNull() && s.score.toDouble() > 1) || s.name.isNull());
          });
    QVERIFY(!expected.isEmpty());
    QCOMPARE(walkForward(query, connection, 10), expected);
    QCOMPARE(walkBackward(query, connection, 10), expected);
    QString error;
    QCOMPARE(query.count(connection.database(), &error), qint64(expected.size()));

    // A second statement does not run: the whole query fails, and nothing is dropped.
    query.setFilters({});
    query.setWhere(u"1 = 1; DROP TABLE "_s + d.quoteIdentifier(TableName));
    QVERIFY(!query.fetch(connection.database(), {}, &error));
    QVERIFY2(error.contains(TableName), qPrintable(error));
    QVERIFY(!query.count(connection.database(), &error));
    QVERIFY(d.tableNames(connection.database()).contains(TableName));
}

void tst_TableQuery::countAndEstimate()
{
    QFETCH(QString, engine);
    SampleDatabase db = sampleDatabase(engine, u"tst_tablequery_count"_s);
    Connection &connection = *db.connection;
    TableQuery query(connection.dialect().engine(), db.table);
    QString error;
    QCOMPARE(query.count(connection.database(), &error), qint64(db.rows.size()));

    QSqlQuery analyse(connection.database());
    switch (query.engine()) {
    case SqlEngine::Sqlite: {
        // The rowid range, which is the INTEGER PRIMARY KEY's.
        const RowEstimate estimate = query.estimate(connection.database());
        QVERIFY(estimate.hasRowIdRange());
        qint64 min = LLONG_MAX, max = 0;
        for (const Sample &s : std::as_const(db.rows)) {
            min = std::min(min, s.id);
            max = std::max(max, s.id);
        }
        QCOMPARE(estimate.firstRowId, min);
        QCOMPARE(estimate.lastRowId, max);
        QCOMPARE(estimate.rows, max - min + 1);
        break;
    }
    case SqlEngine::Postgres:
        QVERIFY(analyse.exec(u"ANALYZE "_s + connection.dialect().quoteIdentifier(TableName)));
        // Every row was sampled: the statistics are exact.
        QCOMPARE(query.estimate(connection.database()).rows, qint64(db.rows.size()));
        break;
    case SqlEngine::Mysql: {
        QVERIFY(
            analyse.exec(u"ANALYZE TABLE "_s + connection.dialect().quoteIdentifier(TableName)));
        // InnoDB's statistics are approximate.
        const qint64 rows = query.estimate(connection.database()).rows;
        QVERIFY2(rows >= db.rows.size() / 2 && rows <= db.rows.size() * 2,
            qPrintable(QString::number(rows)));
        break;
    }
    }
    // Statistics say nothing about a filter.
    query.setFilters({{ColumnNames.at(Data), RowFilter::Operator::IsNull, {}, {}}});
    QCOMPARE(query.estimate(connection.database()).rows, -1);
    QCOMPARE(query.count(connection.database(), &error),
        qint64(std::count_if(
            db.rows.cbegin(), db.rows.cend(), [](const Sample &s) { return s.data.isNull(); })));
    query.setFilters({});
    query.setWhere(u"no_such_column = 1"_s);
    QVERIFY(!query.count(connection.database(), &error));
    QVERIFY2(error.contains(TableName), qPrintable(error));
}

void tst_TableQuery::tablesWithoutPrimaryKey()
{
    QFETCH(QString, engine);
    QString error;
    const QString url = TestDatabases::freshDatabase(engine, u"tst_tablequery_keyless"_s, &error);
    QVERIFY2(!url.isEmpty(), qPrintable(error));
    Connection connection;
    QVERIFY2(connection.open(
                 *DatabaseAddress::parse(url, &error), Connection::Mode::CreateIfMissing, &error),
        qPrintable(error));
    const Dialect &d = connection.dialect();
    QSqlQuery sql(connection.database());
    const QString text = d.engine() == SqlEngine::Sqlite ? u"TEXT"_s : u"VARCHAR(20)"_s;
    QVERIFY(sql.exec(u"CREATE TABLE bag (a INTEGER, b "_s + text + u")"_s));
    QVERIFY(sql.exec(u"CREATE TABLE coded (code "_s + text + u" NOT NULL UNIQUE, note "_s + text
        + u", spare INTEGER UNIQUE)"_s));
    // Duplicates and NULLs: rows that only their place tells apart.
    QMultiMap<int, QString> bag;
    for (int i = 0; i < 200; ++i) {
        sql.prepare(u"INSERT INTO bag (a, b) VALUES (?, ?)"_s);
        const QVariant a = i % 9 == 0 ? QVariant(QMetaType(QMetaType::Int)) : QVariant(i % 5);
        const QVariant b = QVariant(i % 3 ? u"x"_s : u"y"_s);
        sql.addBindValue(a);
        sql.addBindValue(b);
        QVERIFY(sql.exec());
        sql.prepare(u"INSERT INTO coded (code, note) VALUES (?, ?)"_s);
        sql.addBindValue(QString(u"c"_s + QString::number(1000 - i)));
        sql.addBindValue(QString::number(i));
        QVERIFY(sql.exec());
        bag.insert(a.isNull() ? -1 : a.toInt(), b.toString());
    }

    const Table bagTable = importedTable(connection, u"bag"_s);
    TableQuery query(d.engine(), bagTable);
    switch (d.engine()) {
    case SqlEngine::Sqlite:
        QCOMPARE(query.keyColumns(), QStringList {u"rowid"_s});
        break;
    case SqlEngine::Postgres:
        QCOMPARE(query.keyColumns(), QStringList {u"ctid"_s});
        break;
    case SqlEngine::Mysql:
        QVERIFY(query.keyColumns().isEmpty());
        QVERIFY(!query.hasKeyset());
        QVERIFY(!query.isOrdered());
        // Reading backwards needs an order.
        QVERIFY(!query.fetch(connection.database(), {From::End, {}, 0, 10}, &error));
        break;
    }
    // Pages of 7, by OFFSET or by position: every row once.
    for (const int column : {-1, 0}) {
        query.setSort(column, Qt::AscendingOrder);
        QList<std::pair<int, QString>> seen;
        for (qint64 skip = 0;; skip += 7) {
            const TableQuery::Page p = page(query, connection, From::Start, 7, {}, skip);
            for (const QVariantList &row : p.rows)
                seen.append({row.at(0).isNull() ? -1 : row.at(0).toInt(), row.at(1).toString()});
            if (p.rows.size() < 7)
                break;
        }
        if (column == 0) { // by a, with NULLs where the engine puts them
            const auto rank = [&](int a) {
                return a >= 0 ? a : (d.engine() == SqlEngine::Postgres ? INT_MAX : INT_MIN);
            };
            QVERIFY(std::is_sorted(seen.cbegin(), seen.cend(),
                [&](const auto &x, const auto &y) { return rank(x.first) < rank(y.first); }));
        }
        QList<std::pair<int, QString>> expected;
        for (auto it = bag.cbegin(); it != bag.cend(); ++it)
            expected.append({it.key(), it.value()});
        std::sort(seen.begin(), seen.end());
        std::sort(expected.begin(), expected.end());
        QCOMPARE(seen, expected);
        if (query.hasKeyset()) {
            QCOMPARE(walkForward(query, connection, 7).size(), 200);
            QCOMPARE(walkBackward(query, connection, 7).size(), 200);
        }
    }

    // A UNIQUE key of NOT NULL columns is as good as a primary key (a nullable one is not);
    // SQLite keeps to its rowid.
    const Table codedTable = importedTable(connection, u"coded"_s);
    TableQuery coded(d.engine(), codedTable);
    QCOMPARE(
        coded.keyColumns(), QStringList {d.engine() == SqlEngine::Sqlite ? u"rowid"_s : u"code"_s});
    QStringList codes;
    for (int i = 0; i < 200; ++i)
        codes << u"c"_s + QString::number(1000 - i);
    if (d.engine() != SqlEngine::Sqlite)
        std::sort(codes.begin(), codes.end());
    QList<qint64> walked = walkForward(coded, connection, 9); // ids of "code": not numbers
    QCOMPARE(walked.size(), 200);
    const TableQuery::Page all = page(coded, connection, From::Start, 500);
    QStringList read;
    for (const QVariantList &row : all.rows)
        read << row.at(0).toString();
    QCOMPARE(read, codes);
}

void tst_TableQuery::sqliteRowIds()
{
    QString error;
    const QString path
        = TestDatabases::freshDatabase(u"sqlite"_s, u"tst_tablequery_rowid"_s, &error);
    Connection connection;
    QVERIFY2(connection.open(
                 *DatabaseAddress::parse(path, &error), Connection::Mode::CreateIfMissing, &error),
        qPrintable(error));
    QSqlQuery sql(connection.database());
    QVERIFY(sql.exec(u"CREATE TABLE alias (id INTEGER PRIMARY KEY, v TEXT)"_s));
    QVERIFY(sql.exec(u"CREATE TABLE other (k INTEGER, v TEXT, PRIMARY KEY (k))"_s));
    QVERIFY(sql.exec(u"CREATE TABLE notalias (id INT PRIMARY KEY, v TEXT)"_s));
    QVERIFY(sql.exec(u"CREATE TABLE textkey (id TEXT PRIMARY KEY, v TEXT)"_s));
    QVERIFY(sql.exec(u"CREATE TABLE norowid (id INTEGER PRIMARY KEY, v TEXT) WITHOUT ROWID"_s));
    QVERIFY(sql.exec(u"CREATE TABLE shadow (rowid TEXT, oid TEXT)"_s));
    for (const QString &table : {u"alias"_s, u"other"_s, u"notalias"_s, u"norowid"_s}) {
        for (int i = 1; i <= 50; ++i)
            QVERIFY(sql.exec(u"INSERT INTO %1 VALUES (%2, 'v')"_s.arg(table).arg(i * 2)));
    }
    QVERIFY(sql.exec(u"INSERT INTO shadow VALUES ('r', 'o'), ('s', 'p')"_s));

    const auto queryFor = [&](const QString &name) {
        TableQuery query(SqlEngine::Sqlite, importedTable(connection, name));
        query.inspect(connection.database());
        return query;
    };
    QVERIFY(queryFor(u"alias"_s).ordersByRowId());
    QVERIFY(queryFor(u"other"_s).ordersByRowId());
    QVERIFY(!queryFor(u"notalias"_s).ordersByRowId());
    QVERIFY(!queryFor(u"textkey"_s).ordersByRowId());
    QVERIFY(!queryFor(u"norowid"_s).ordersByRowId());
    TableQuery shadow = queryFor(u"shadow"_s);
    QVERIFY(shadow.ordersByRowId());
    QCOMPARE(shadow.keyColumns(), QStringList {u"_rowid_"_s});
    QCOMPARE(walkForward(shadow, connection, 1).size(), 2);

    // Sorted by the key, descending, still in rowid order; filtered or by another column not.
    TableQuery alias = queryFor(u"alias"_s);
    alias.setSort(0, Qt::DescendingOrder);
    QVERIFY(alias.ordersByRowId());
    QCOMPARE(
        ids(page(alias, connection, From::At, 3, {qint64(51)}).rows), (QList<qint64> {50, 48, 46}));
    alias.setSort(1, Qt::AscendingOrder);
    QVERIFY(!alias.ordersByRowId());
    alias.setSort(-1, Qt::AscendingOrder);
    alias.setWhere(u"id > 3"_s);
    QVERIFY(!alias.ordersByRowId());

    // WITHOUT ROWID: no rowid range; the estimate comes from ANALYZE, once it ran.
    TableQuery noRowId = queryFor(u"norowid"_s);
    QCOMPARE(noRowId.estimate(connection.database()).rows, -1);
    QVERIFY(sql.exec(u"ANALYZE"_s));
    const RowEstimate analysed = noRowId.estimate(connection.database());
    QCOMPARE(analysed.rows, 50);
    QVERIFY(!analysed.hasRowIdRange());
}

void tst_TableQuery::readOnlyConnection()
{
    QFETCH(QString, engine);
    SampleDatabase db = sampleDatabase(engine, u"tst_tablequery_readonly"_s);
    const Dialect &d = db.connection->dialect();
    QSqlQuery sql(db.connection->database());
    for (const QString &statement : TableQuery::browsingSetup(d.engine()))
        QVERIFY2(sql.exec(statement), qPrintable(sql.lastError().text()));
    QVERIFY(!sql.exec(u"DELETE FROM "_s + d.quoteIdentifier(TableName)));
    QVERIFY(!sql.exec(u"CREATE TABLE intruder (x INTEGER)"_s));
    TableQuery query(d.engine(), db.table);
    QString error;
    QCOMPARE(query.count(db.connection->database(), &error), qint64(db.rows.size()));
}

void tst_TableQuery::interruptRunningQuery()
{
    QFETCH(QString, engine);
    SampleDatabase db = sampleDatabase(engine, u"tst_tablequery_interrupt"_s);
    const SqlEngine sqlEngine = db.connection->dialect().engine();
    const DatabaseAddress address = db.connection->address();
    TableQuery query(sqlEngine, db.table);
    // A condition that would take minutes for the first row.
    switch (sqlEngine) {
    case SqlEngine::Sqlite:
        query.setWhere(u"(WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c "
                       "WHERE x < 2000000000) SELECT count(*) FROM c) > 0"_s);
        break;
    case SqlEngine::Postgres:
        query.setWhere(u"(SELECT true FROM pg_sleep(600))"_s);
        break;
    case SqlEngine::Mysql:
        query.setWhere(u"BENCHMARK(100000000000, MD5('x')) = 0"_s);
        break;
    }

    std::promise<QueryInterrupter *> ready;
    std::unique_ptr<QueryInterrupter> interrupter;
    QSqlError cause;
    bool fetched = true;
    std::thread worker([&] {
        Connection own;
        QString error;
        if (!own.open(address, Connection::Mode::OpenExisting, &error))
            qFatal("%s", qPrintable(error));
        interrupter = QueryInterrupter::create(own.database());
        ready.set_value(interrupter.get());
        fetched = query.fetch(own.database(), {}, &error, &cause).has_value();
        interrupter.reset();
    });
    QueryInterrupter *running = ready.get_future().get();
    if (!running) {
        worker.detach(); // stuck in the query for minutes; the test fails now
        QFAIL("no way to interrupt a query on this engine");
    }
    QTest::qWait(300); // the query is under way
    running->interrupt();
    worker.join();
    QVERIFY(!fetched);
    QVERIFY2(QueryInterrupter::isInterruption(cause, sqlEngine), qPrintable(cause.text()));
}

QTEST_GUILESS_MAIN(tst_TableQuery)
#include "tst_tablequery.moc"
