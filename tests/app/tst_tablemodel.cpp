#include "browser/tablemodel.h"

#include "browser/gridview.h"
#include "database/connection.h"
#include "database/schemaimporter.h"
#include "dialects/dialect.h"
#include "schema/schema.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QFont>
#include <QHeaderView>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

using namespace Qt::StringLiterals;

// The data browser's model on a real SQLite file of 100,000 rows, under
// QAbstractItemModelTester: rows arrive in pages, a jump to the end shows the real last row,
// the cache stays bounded however far the view goes, sorting and filtering give the rows a
// plain SQL query written here gives, NULL stays apart from empty text, BLOBs and long text
// are shown shortened, hostile names work, and a superseded slow query does not hold anything
// up.
class tst_TableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void firstRowsAndCount();
    void jumpToTheLastRow();
    void estimateThatIsTooHigh();
    void fetcherPlacesTheTailAgainstTheEstimate();
    void cacheStaysBounded();
    void sortMatchesPlainSql_data();
    void sortMatchesPlainSql();
    void filtersMatchPlainSql_data();
    void filtersMatchPlainSql();
    void nullAndEmptyText();
    void blobsAndLongText();
    void headers();
    void badWhereIsReported();
    void supersededSlowQuery();
    void windowArithmetic();
    void newRowsAfterTheWindow();
    void gridOverAMillionRows();
    void movingTheWindowKeepsTheCurrentCell();
    void pagingAcrossTheWindow();
    void movingTheWindowKeepsWhatIsBeingTyped();

private:
    DatabaseAddress m_address;
    Table m_table;
    Table m_gappy;
    QTemporaryDir m_dir;
    Connection m_connection; // for the plain queries that check the model
};

namespace {

constexpr int Rows = 100000;
constexpr int GappyRowIds = 1500000;
const QString TableName = u"we\"ird; tab`le ünï"_s;
const QStringList Columns = {u"id"_s, u"na\"me; --"_s, u"scöre"_s, u"da'ta"_s, u"no`te"_s};
enum { Id, Name, Score, Data, NoteColumn };

QString q(const QString &name)
{
    return u'"' + QString(name).replace(u'"', u"\"\""_s) + u'"';
}

QVariant nameOf(int i)
{
    if (i % 10 == 0)
        return QVariant(QMetaType(QMetaType::QString));
    if (i % 10 == 1)
        return u""_s;
    return QString(u"n"_s + QString::number(i % 997) + (i % 3 == 0 ? u" ünï 😀"_s : u""_s));
}

QVariant scoreOf(int i)
{
    if (i % 7 == 0)
        return QVariant(QMetaType(QMetaType::Double));
    return (i * 37 % 1000) / 10.0;
}

QVariant dataOf(int i)
{
    if (i % 5 == 0)
        return QVariant(QMetaType(QMetaType::QByteArray));
    if (i % 5 == 1)
        return QByteArray(1234, char(i % 256));
    return QByteArray(i % 47, 'b');
}

QString noteOf(int i)
{
    if (i % 1000 == 3)
        return QString(u"line one\nline two\t"_s + QString(3000, u'x'));
    if (i % 100 == 4)
        return QString(500, u'y');
    return u"note "_s + QString::number(i);
}

// Waits until the model has the row (asking for it as a view would) and gives its value.
QVariant valueAt(TableModel &model, int row, int column)
{
    const auto loaded = [&] {
        return row < model.rowCount()
            && model.data(model.index(row, column), TableModel::IsLoadedRole).toBool();
    };
    if (!QTest::qWaitFor(loaded, 20000))
        qWarning("row %d did not arrive", row);
    return model.data(model.index(row, column), TableModel::ValueRole);
}

QList<qint64> modelIds(TableModel &model, int first, int count)
{
    QList<qint64> ids;
    for (int row = first; row < first + count && row < model.rowCount(); ++row)
        ids << valueAt(model, row, Id).toLongLong();
    return ids;
}

// The same for a table row: the window moves to it first.
QVariant tableValueAt(TableModel &model, qint64 row, int column)
{
    const int modelRow = model.bringIntoWindow(row);
    if (modelRow < 0)
        return {};
    return valueAt(model, modelRow, column);
}

// Makes TableModel's window small for one test.
class SmallWindow
{
public:
    explicit SmallWindow(int rows) { TableModel::setWindowRowsForTesting(rows); }
    ~SmallWindow() { TableModel::setWindowRowsForTesting(0); }
};

bool waitForExactCount(TableModel &model)
{
    return QTest::qWaitFor([&] { return model.rowCountState() == RowCount::State::Exact; }, 20000);
}

} // namespace

void tst_TableModel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_address.path = m_dir.filePath(u"browse.sqlite"_s);
    QString error;
    QVERIFY2(
        m_connection.open(m_address, Connection::Mode::CreateIfMissing, &error), qPrintable(error));
    QSqlDatabase db = m_connection.database();
    QSqlQuery sql(db);
    QVERIFY(sql.exec(u"CREATE TABLE "_s + q(TableName) + u" ("_s + q(Columns[Id])
        + u" INTEGER PRIMARY KEY, "_s + q(Columns[Name]) + u" TEXT, "_s + q(Columns[Score])
        + u" REAL, "_s + q(Columns[Data]) + u" BLOB, "_s + q(Columns[NoteColumn]) + u" TEXT)"_s));
    QVERIFY(sql.exec(u"CREATE TABLE gappy (id INTEGER PRIMARY KEY, v TEXT)"_s));
    db.transaction();
    QVERIFY(sql.prepare(u"INSERT INTO "_s + q(TableName) + u" VALUES (?, ?, ?, ?, ?)"_s));
    for (int i = 1; i <= Rows; ++i) {
        sql.addBindValue(i);
        sql.addBindValue(nameOf(i));
        sql.addBindValue(scoreOf(i));
        sql.addBindValue(dataOf(i));
        sql.addBindValue(noteOf(i));
        QVERIFY2(sql.exec(), qPrintable(sql.lastError().text()));
    }
    // Rowids 1..1,500,000 with every third row gone: the rowid range overestimates the rows.
    QVERIFY(sql.exec(u"WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c "
                     "WHERE x < %1) INSERT INTO gappy SELECT x, x FROM c WHERE x % 3 <> 0 "
                     "OR x = %1"_s.arg(GappyRowIds)));
    QVERIFY(db.commit());
    const std::optional<Schema> schema = SchemaImporter(m_connection).import(&error);
    QVERIFY2(schema, qPrintable(error));
    QVERIFY(schema->tableByName(TableName));
    m_table = *schema->tableByName(TableName);
    m_gappy = *schema->tableByName(u"gappy"_s);
}

void tst_TableModel::firstRowsAndCount()
{
    TableModel model(m_address, m_table);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy counted(&model, &TableModel::rowCountKnown);
    QCOMPARE(model.columnCount(), Columns.size());
    // Nothing was read on this thread: the rows come later.
    QCOMPARE(model.rowCount(), 0);
    QTRY_VERIFY(model.rowCount() > 0);
    QTRY_VERIFY(model.isRowLoaded(0));
    // The first page (PageSize rows) comes before anything else is known; the model grows
    // past it when the count or its estimate arrives, which under load comes later.
    const auto firstIds = [](int count) {
        QList<qint64> ids;
        for (int i = 1; i <= count; ++i)
            ids << i;
        return ids;
    };
    QTRY_VERIFY(model.rowCount() >= TableModel::PageSize);
    QCOMPARE(modelIds(model, 0, TableModel::PageSize), firstIds(TableModel::PageSize));
    QCOMPARE(valueAt(model, 5, Name), nameOf(6));
    QCOMPARE(valueAt(model, 5, Score).toDouble(), scoreOf(6).toDouble());
    QVERIFY(waitForExactCount(model));
    QCOMPARE(model.rowCount(), Rows);
    QCOMPARE(modelIds(model, 0, 300), firstIds(300)); // across the first two pages
    QCOMPARE(counted.size(), 1);
    QCOMPARE(counted.first().first().toLongLong(), qint64(Rows));

    // The rest of a model's life, under the tester too: the end, a sort, a filter.
    QCOMPARE(valueAt(model, Rows - 1, Id).toLongLong(), qint64(Rows));
    model.sort(Score, Qt::DescendingOrder);
    QSqlQuery sql(m_connection.database());
    QVERIFY(sql.exec(u"SELECT "_s + q(Columns[Id]) + u" FROM "_s + q(TableName) + u" ORDER BY "_s
        + q(Columns[Score]) + u" DESC, "_s + q(Columns[Id]) + u" DESC LIMIT 1"_s));
    QVERIFY(sql.next());
    QCOMPARE(valueAt(model, 0, Id), sql.value(0));
    model.setFilters({{Columns[Name], RowFilter::Operator::Equal, u"n5"_s, {}}});
    QVERIFY(waitForExactCount(model));
    QVERIFY(sql.exec(u"SELECT count(*) FROM "_s + q(TableName) + u" WHERE "_s + q(Columns[Name])
        + u" = 'n5'"_s));
    QVERIFY(sql.next());
    QCOMPARE(model.rowCount(), sql.value(0).toInt());
    QCOMPARE(valueAt(model, model.rowCount() - 1, Name).toString(), u"n5"_s);
}

void tst_TableModel::fetcherPlacesTheTailAgainstTheEstimate()
{
    QSqlQuery sql(m_connection.database());
    QVERIFY(sql.exec(u"SELECT id FROM gappy ORDER BY id"_s));
    QList<qint64> ids;
    while (sql.next())
        ids << sql.value(0).toLongLong();

    RowFetcher *fetcher = RowFetcher::start(m_address, TableModel::PageSize);
    QHash<int, FetchedPage> pages;
    connect(fetcher, &RowFetcher::pageFetched, this,
        [&](quint64, int page, const FetchedPage &fetched) { pages.insert(page, fetched); });
    fetcher->setQuery(1, TableQuery(SqlEngine::Sqlite, m_gappy));
    const auto idsOf = [](const FetchedPage &page) {
        QList<qint64> result;
        for (const QVariantList &row : page.rows)
            result << row.at(0).toLongLong();
        return result;
    };

    // The model believes the estimate: the last page holds the last rows, placed against it.
    const RowCount estimated {RowCount::State::Estimated, GappyRowIds};
    const int lastPage = (GappyRowIds - 1) / TableModel::PageSize;
    const int onLastPage = GappyRowIds - lastPage * TableModel::PageSize;
    fetcher->requestPages(1, estimated, {lastPage});
    QTRY_VERIFY(pages.contains(lastPage));
    QCOMPARE(pages[lastPage].basis, GappyRowIds);
    QCOMPARE(idsOf(pages[lastPage]), ids.mid(ids.size() - onLastPage));
    // The page before continues before its first row, against the same estimate.
    fetcher->requestPages(1, estimated, {lastPage - 1});
    QTRY_VERIFY(pages.contains(lastPage - 1));
    QCOMPARE(pages[lastPage - 1].basis, GappyRowIds);
    QCOMPARE(idsOf(pages[lastPage - 1]),
        ids.mid(ids.size() - onLastPage - TableModel::PageSize, TableModel::PageSize));
    // Counted from the start, a page is where it is whatever the count.
    fetcher->requestPages(1, estimated, {3});
    QTRY_VERIFY(pages.contains(3));
    QCOMPARE(pages[3].basis, -1);
    QCOMPARE(idsOf(pages[3]), ids.mid(3 * TableModel::PageSize, TableModel::PageSize));

    // Once the count is known, the end is where the count says, and exact.
    const RowCount exact {RowCount::State::Exact, ids.size()};
    const int realLast = int(ids.size() - 1) / TableModel::PageSize;
    pages.clear();
    fetcher->requestPages(1, exact, {realLast, realLast - 1});
    QTRY_VERIFY(pages.contains(realLast) && pages.contains(realLast - 1));
    QCOMPARE(pages[realLast].basis, -1);
    QCOMPARE(idsOf(pages[realLast]), ids.mid(realLast * TableModel::PageSize));
    QCOMPARE(idsOf(pages[realLast - 1]),
        ids.mid((realLast - 1) * TableModel::PageSize, TableModel::PageSize));
    // A page past the end of the table shows where it ends.
    pages.clear();
    fetcher->requestPages(1, {RowCount::State::Unknown, 0}, {realLast});
    QTRY_VERIFY(pages.contains(realLast));
    QCOMPARE(pages[realLast].exactCount, ids.size());

    // With the estimate (the rowid range) the fetcher guesses that rowids have no gaps: row n
    // at rowid 1 + n, placed against the estimate, so the model drops it when the count
    // disagrees. With the count, the guess is off: it reads from a page it knows.
    qint64 estimate = 0;
    connect(fetcher, &RowFetcher::estimated, this, [&](quint64, qint64 rows) { estimate = rows; });
    fetcher->requestEstimate(1);
    QTRY_COMPARE(estimate, GappyRowIds);
    pages.clear();
    fetcher->requestPages(1, estimated, {2000});
    QTRY_VERIFY(pages.contains(2000));
    QCOMPARE(pages[2000].basis, GappyRowIds);
    QList<qint64> guessed;
    for (const qint64 id : std::as_const(ids)) {
        if (id >= 1 + 2000 * TableModel::PageSize && guessed.size() < TableModel::PageSize)
            guessed << id;
    }
    QCOMPARE(idsOf(pages[2000]), guessed);
    pages.clear();
    fetcher->requestPages(1, exact, {2000});
    QTRY_VERIFY(pages.contains(2000));
    QCOMPARE(pages[2000].basis, -1);
    QCOMPARE(idsOf(pages[2000]), ids.mid(2000 * TableModel::PageSize, TableModel::PageSize));

    fetcher->disconnect(this);
    fetcher->stop();
}

void tst_TableModel::jumpToTheLastRow()
{
    TableModel model(m_address, m_table);
    QTRY_VERIFY(model.rowCountState() != RowCount::State::Unknown); // the estimate
    QCOMPARE(model.rowCount(), Rows); // the rowid range: exact here
    const int last = model.rowCount() - 1;
    QCOMPARE(model.data(model.index(last, Id), Qt::DisplayRole).toString(), u"…"_s);
    QCOMPARE(valueAt(model, last, Id).toLongLong(), qint64(Rows));
    QCOMPARE(valueAt(model, last, NoteColumn).toString(), noteOf(Rows));
    QCOMPARE(valueAt(model, last - 300, Id).toLongLong(), qint64(Rows - 300));
    // And back at the start.
    QCOMPARE(valueAt(model, 0, Id).toLongLong(), 1);
}

void tst_TableModel::estimateThatIsTooHigh()
{
    // gappy has rowids up to 1,500,000 but a third of them gone: the estimate says 1,500,000.
    QSqlQuery sql(m_connection.database());
    QVERIFY(sql.exec(u"SELECT id FROM gappy ORDER BY id"_s));
    QList<qint64> ids;
    while (sql.next())
        ids << sql.value(0).toLongLong();

    // Rows placed against the estimate before the count (see the next test) are dropped
    // when it arrives; whatever came first, the rows end up where they are.
    TableModel model(m_address, m_gappy);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(valueAt(model, 0, 0).isValid());
    // A jump to the end, maybe before the count: the window moves there.
    QTRY_VERIFY(model.rowCountState() != RowCount::State::Unknown);
    model.data(model.index(model.bringIntoWindow(model.tableRowCount() - 1), 0));
    model.data(model.index(model.rowCount() / 2, 0));
    QVERIFY(waitForExactCount(model));
    QCOMPARE(model.tableRowCount(), ids.size());
    QCOMPARE(model.rowCount(), TableModel::WindowRows); // a view is told of no more
    QCOMPARE(tableValueAt(model, ids.size() - 1, 0).toLongLong(), ids.last());
    QCOMPARE(model.windowStart() + model.rowCount(), ids.size()); // the window ends there
    QCOMPARE(tableValueAt(model, ids.size() - 257, 0).toLongLong(), ids.at(ids.size() - 257));
    QCOMPARE(tableValueAt(model, 7000, 0).toLongLong(), ids.at(7000));
    QCOMPARE(tableValueAt(model, 0, 0).toLongLong(), ids.first());
}

void tst_TableModel::cacheStaysBounded()
{
    TableModel model(m_address, m_table);
    QVERIFY(waitForExactCount(model));
    // Far and wide through the table, then back: 150 different pages.
    int most = 0;
    for (int i = 0; i < 150; ++i) {
        const int row = int((qint64(i) * 7919 * TableModel::PageSize) % Rows);
        QCOMPARE(valueAt(model, row, Id).toLongLong(), qint64(row) + 1);
        most = std::max(most, model.cachedPageCount());
        QVERIFY(model.cachedPageCount() <= TableModel::MaxCachedPages);
    }
    QCOMPARE(most, TableModel::MaxCachedPages);
    QCOMPARE(valueAt(model, 0, Id).toLongLong(), 1);
    QCOMPARE(valueAt(model, Rows / 2, Id).toLongLong(), qint64(Rows / 2) + 1);
    QCOMPARE(valueAt(model, Rows - 1, Id).toLongLong(), qint64(Rows));
    QVERIFY(model.cachedPageCount() <= TableModel::MaxCachedPages);
}

void tst_TableModel::sortMatchesPlainSql_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    QTest::addColumn<QString>("orderBy"); // written here, the tie-breaker included
    const QString id = q(Columns[Id]);
    QTest::newRow("score descending")
        << int(Score) << int(Qt::DescendingOrder)
        << QString(q(Columns[Score]) + u" DESC, "_s + id + u" DESC"_s);
    QTest::newRow("name ascending")
        << int(Name) << int(Qt::AscendingOrder) << QString(q(Columns[Name]) + u", "_s + id);
    QTest::newRow("id descending")
        << int(Id) << int(Qt::DescendingOrder) << QString(id + u" DESC"_s);
    QTest::newRow("blob ascending")
        << int(Data) << int(Qt::AscendingOrder) << QString(q(Columns[Data]) + u", "_s + id);
}

void tst_TableModel::sortMatchesPlainSql()
{
    QFETCH(int, column);
    QFETCH(int, order);
    QFETCH(QString, orderBy);
    QSqlQuery sql(m_connection.database());
    QVERIFY(sql.exec(
        u"SELECT "_s + q(Columns[Id]) + u" FROM "_s + q(TableName) + u" ORDER BY "_s + orderBy));
    QList<qint64> expected;
    while (sql.next())
        expected << sql.value(0).toLongLong();

    TableModel model(m_address, m_table);
    QVERIFY(waitForExactCount(model));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.sort(column, Qt::SortOrder(order));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), Rows); // the count does not change with the order
    // The start, a stretch in the middle (reached with OFFSET), the end (read backwards), each
    // across a page boundary.
    for (const int first : {0, 49900, Rows - 300})
        QCOMPARE(modelIds(model, first, 300), expected.mid(first, 300));
}

void tst_TableModel::filtersMatchPlainSql_data()
{
    QTest::addColumn<QList<RowFilter>>("filters");
    QTest::addColumn<QString>("where"); // the model's free WHERE
    QTest::addColumn<QString>("plainWhere"); // the same, written here
    using Op = RowFilter::Operator;
    const QString name = Columns[Name], score = Columns[Score], data = Columns[Data];
    QTest::newRow("contains") << QList<RowFilter> {{name, Op::Contains, u"N99"_s, {}}} << QString()
                              << QString(q(name) + u" LIKE '%n99%'"_s);
    QTest::newRow("contains unicode and is not null")
        << QList<RowFilter> {{name, Op::Contains, u"ünï 😀"_s, {}}, {score, Op::IsNotNull, {}, {}}}
        << QString() << QString(q(name) + u" LIKE '%ünï 😀%' AND "_s + q(score) + u" IS NOT NULL"_s);
    QTest::newRow("between and equal")
        << QList<RowFilter> {{score, Op::Between, u"10"_s, u"10.5"_s}, {name, Op::Equal, u""_s, {}}}
        << QString() << QString(q(score) + u" BETWEEN 10 AND 10.5 AND "_s + q(name) + u" = ''"_s);
    QTest::newRow("null blob, free where")
        << QList<RowFilter> {{data, Op::IsNull, {}, {}}}
        << QString(q(score) + u" > 99.5 OR "_s + q(name) + u" IS NULL")
        << QString(q(data) + u" IS NULL AND ("_s + q(score) + u" > 99.5 OR "_s + q(name)
               + u" IS NULL)"_s);
    QTest::newRow("nothing") << QList<RowFilter> {{score, Op::Less, u"-1"_s, {}}} << QString()
                             << QString(q(score) + u" < -1"_s);
}

void tst_TableModel::filtersMatchPlainSql()
{
    QFETCH(QList<RowFilter>, filters);
    QFETCH(QString, where);
    QFETCH(QString, plainWhere);
    QSqlQuery sql(m_connection.database());
    QVERIFY(sql.exec(u"SELECT "_s + q(Columns[Id]) + u" FROM "_s + q(TableName) + u" WHERE "_s
        + plainWhere + u" ORDER BY "_s + q(Columns[Score]) + u", "_s + q(Columns[Id])));
    QList<qint64> expected;
    while (sql.next())
        expected << sql.value(0).toLongLong();

    TableModel model(m_address, m_table);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.sort(Score, Qt::AscendingOrder);
    model.setFilters(filters, where);
    // No estimate for a filter: rows appear as they are read, until the count says how many.
    QVERIFY(waitForExactCount(model));
    QCOMPARE(model.rowCount(), expected.size());
    QCOMPARE(modelIds(model, 0, model.rowCount()), expected);
    QVERIFY(model.lastError().isEmpty());
}

void tst_TableModel::nullAndEmptyText()
{
    TableModel model(m_address, m_table);
    QTRY_VERIFY(model.rowCount() > 0);
    const QModelIndex null = model.index(9, Name); // id 10
    const QModelIndex empty = model.index(10, Name); // id 11
    QVERIFY(valueAt(model, 9, Name).isNull());
    QCOMPARE(model.data(null, Qt::DisplayRole).toString(), u"NULL"_s);
    QCOMPARE(model.data(null, TableModel::IsNullRole).toBool(), true);
    QVERIFY(qvariant_cast<QFont>(model.data(null, Qt::FontRole)).italic());
    QVERIFY(model.data(null, Qt::ForegroundRole).isValid());

    const QVariant value = valueAt(model, 10, Name);
    QVERIFY(!value.isNull());
    QCOMPARE(value.toString(), QString());
    QCOMPARE(model.data(empty, Qt::DisplayRole).toString(), QString());
    QCOMPARE(model.data(empty, TableModel::IsNullRole).toBool(), false);
    QVERIFY(!model.data(empty, Qt::FontRole).isValid());
    QVERIFY(!model.data(empty, Qt::ForegroundRole).isValid());

    QCOMPARE(model.data(model.index(8, Score), Qt::DisplayRole).toString(), u"33.3"_s); // id 9
    QCOMPARE(model.data(model.index(8, Score), Qt::TextAlignmentRole).toInt(),
        int(Qt::AlignRight | Qt::AlignVCenter));
    QCOMPARE(model.data(model.index(6, Score), Qt::DisplayRole).toString(), u"NULL"_s); // id 7
}

void tst_TableModel::blobsAndLongText()
{
    TableModel model(m_address, m_table);
    QTRY_VERIFY(model.rowCount() > 0);
    // id 1: 1,234 bytes; id 2: 2 bytes; id 47: none (empty, not NULL); id 5: NULL.
    QCOMPARE(valueAt(model, 0, Data).toByteArray(), dataOf(1).toByteArray());
    QCOMPARE(model.data(model.index(0, Data), Qt::DisplayRole).toString(), u"BLOB 1.2 KiB"_s);
    QCOMPARE(model.data(model.index(0, Data), Qt::ToolTipRole).toString(),
        u"BLOB of %1 bytes"_s.arg(QLocale().toString(1234)));
    QCOMPARE(model.data(model.index(1, Data), Qt::DisplayRole).toString(), u"BLOB 2 bytes"_s);
    QCOMPARE(model.data(model.index(4, Data), Qt::DisplayRole).toString(), u"NULL"_s);
    const QVariant empty = valueAt(model, 46, Data);
    QVERIFY(!empty.isNull());
    QCOMPARE(empty.toByteArray().size(), 0);
    QCOMPARE(model.data(model.index(46, Data), Qt::DisplayRole).toString(), u"BLOB 0 bytes"_s);

    // id 3: 3,000 x after two lines; id 4: 500 y.
    const QString note = valueAt(model, 2, NoteColumn).toString();
    QCOMPARE(note, noteOf(3));
    const QString shown = model.data(model.index(2, NoteColumn), Qt::DisplayRole).toString();
    QCOMPARE(shown.size(), TableModel::DisplayLength + 1);
    QVERIFY(shown.endsWith(u'…'));
    QVERIFY(shown.startsWith(u"line one line two "_s)); // one line in the cell
    const QString tip = model.data(model.index(2, NoteColumn), Qt::ToolTipRole).toString();
    QCOMPARE(tip, QString(noteOf(3).left(TableModel::ToolTipLength) + u'…'));
    QCOMPARE(model.data(model.index(3, NoteColumn), Qt::DisplayRole).toString(),
        QString(QString(TableModel::DisplayLength, u'y') + u'…'));
    QCOMPARE(model.data(model.index(3, NoteColumn), Qt::ToolTipRole).toString(), noteOf(4));
    QCOMPARE(model.data(model.index(4, NoteColumn), Qt::DisplayRole).toString(), u"note 5"_s);
}

void tst_TableModel::headers()
{
    TableModel model(m_address, m_table);
    for (int c = 0; c < Columns.size(); ++c)
        QCOMPARE(model.headerData(c, Qt::Horizontal).toString(), Columns.at(c));
    QCOMPARE(model.headerData(Score, Qt::Horizontal, Qt::ToolTipRole).toString(),
        m_table.columns.at(Score).datatype);
    QCOMPARE(model.headerData(0, Qt::Vertical).toString(), u"1"_s);
    QCOMPARE(model.headerData(99999, Qt::Vertical).toString(), u"100000"_s);
}

void tst_TableModel::badWhereIsReported()
{
    TableModel model(m_address, m_table);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy errors(&model, &TableModel::errorOccurred);
    model.setFilters({}, u"no_such_column > 1"_s);
    QTRY_VERIFY(!errors.isEmpty());
    QVERIFY2(errors.first().first().toString().contains(u"no_such_column"_s),
        qPrintable(errors.first().first().toString()));
    QCOMPARE(model.lastError(), errors.last().first().toString());
    QCOMPARE(model.rowCount(), 0);
    // A statement after the condition is refused, and the table is still there.
    model.setFilters({}, u"1 = 1; DROP TABLE "_s + q(TableName));
    QTRY_VERIFY(!model.lastError().isEmpty());
    QCOMPARE(model.rowCount(), 0);
    // A good query again: rows, and no error.
    model.setFilters({{Columns[Id], RowFilter::Operator::LessOrEqual, 1000, {}}});
    QVERIFY(waitForExactCount(model));
    QCOMPARE(model.rowCount(), 1000);
    QVERIFY(model.lastError().isEmpty());
}

void tst_TableModel::supersededSlowQuery()
{
    // A condition that takes minutes for its first row (and its count); the next filter
    // interrupts both, so its rows arrive at once. Without interrupting, they would wait.
    const QString slow = u"(WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c "
                         "WHERE x < 2000000000) SELECT count(*) FROM c) > 0"_s;
    auto model = std::make_unique<TableModel>(m_address, m_table);
    QAbstractItemModelTester tester(
        model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    model->setFilters({}, slow);
    QTest::qWait(300);
    QCOMPARE(model->rowCount(), 0);
    model->setFilters({{Columns[Name], RowFilter::Operator::Equal, u"n5"_s, {}}});
    QVERIFY(waitForExactCount(*model));
    QCOMPARE(valueAt(*model, 0, Id).toLongLong(), 5);

    // Closing a model with a slow query running returns at once; the query is stopped.
    model->setFilters({}, slow);
    QTest::qWait(300);
    QElapsedTimer closing;
    closing.start();
    model.reset();
    QVERIFY2(closing.elapsed() < 5000, "the window would have waited for the query");
}

void tst_TableModel::windowArithmetic()
{
    const SmallWindow small(1000);
    TableModel model(m_address, m_table);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy moved(&model, &TableModel::windowChanged);
    QVERIFY(waitForExactCount(model));
    QVERIFY(!moved.isEmpty()); // the rows grew
    QCOMPARE(model.tableRowCount(), qint64(Rows));
    QCOMPARE(model.rowCount(), 1000);
    QCOMPARE(model.windowStart(), 0);
    QCOMPARE(model.headerData(999, Qt::Vertical).toString(), u"1000"_s);

    moved.clear();
    model.moveWindow(5000);
    QCOMPARE(model.windowStart(), 5000);
    QCOMPARE(model.rowCount(), 1000);
    QCOMPARE(moved.size(), 1);
    QCOMPARE(model.modelRowOf(5000), 0);
    QCOMPARE(model.modelRowOf(5999), 999);
    QCOMPARE(model.modelRowOf(6000), -1);
    QCOMPARE(model.modelRowOf(4999), -1);
    QCOMPARE(valueAt(model, 0, Id).toLongLong(), 5001);
    QCOMPARE(valueAt(model, 999, Id).toLongLong(), 6000);
    // The vertical header numbers the table's rows.
    QCOMPARE(model.headerData(0, Qt::Vertical).toString(), u"5001"_s);
    QCOMPARE(model.headerData(999, Qt::Vertical).toString(), u"6000"_s);

    // The window stays full: it stops at the ends.
    model.moveWindow(Rows * 2);
    QCOMPARE(model.windowStart(), Rows - 1000);
    QCOMPARE(valueAt(model, 999, Id).toLongLong(), qint64(Rows));
    model.moveWindow(-50);
    QCOMPARE(model.windowStart(), 0);
    // A row outside comes in, and the window is around it.
    const int row = model.bringIntoWindow(70000);
    QCOMPARE(model.windowStart() + row, 70000);
    QVERIFY(row > 0 && row < 999);
    QCOMPARE(valueAt(model, row, Id).toLongLong(), 70001);
    QCOMPARE(model.bringIntoWindow(Rows), -1);
    // A row found by its key beyond the window: the window goes to it.
    model.moveWindow(0);
    QSignalSpy located(&model, &TableModel::located);
    model.locate({qint64(90001)});
    QTRY_COMPARE(located.size(), 1);
    const int found = located.first().at(1).toInt();
    QCOMPARE(model.windowStart() + found, 90000);
    QCOMPARE(valueAt(model, found, Id).toLongLong(), 90001);

    // A sort starts again at the top of the table.
    model.sort(Id, Qt::DescendingOrder);
    QCOMPARE(model.windowStart(), 0);
    QCOMPARE(valueAt(model, 0, Id).toLongLong(), qint64(Rows));
}

void tst_TableModel::newRowsAfterTheWindow()
{
    const SmallWindow small(1000);
    TableModel model(m_address, m_table);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(waitForExactCount(model));
    QVERIFY(model.isEditable());
    // A row added while the window is at the start: the window goes to the end to show it.
    const int added = model.addRow();
    QCOMPARE(model.rowCount(), 1000);
    QCOMPARE(added, 999);
    QCOMPARE(model.windowStart(), Rows + 1 - 1000);
    QVERIFY(model.isNewRow(added));
    QVERIFY(!model.isNewRow(added - 1));
    QCOMPARE(model.headerData(added, Qt::Vertical).toString(), u"+"_s);
    QCOMPARE(model.headerData(added - 1, Qt::Vertical).toString(), QString::number(Rows));
    QCOMPARE(model.tableRowCount(), qint64(Rows));
    QCOMPARE(model.totalRowCount(), qint64(Rows) + 1);
    // A second one shifts the window by one row.
    QCOMPARE(model.addRow(), 999);
    QCOMPARE(model.windowStart(), Rows + 2 - 1000);
    QVERIFY(model.isNewRow(998));
    QCOMPARE(model.headerData(997, Qt::Vertical).toString(), QString::number(Rows));
    // Dropping both brings the window back over the table's last rows.
    model.removeRows({998, 999});
    QCOMPARE(model.newRowCount(), 0);
    QCOMPARE(model.windowStart(), Rows - 1000);
    QCOMPARE(model.rowCount(), 1000);
    QCOMPARE(valueAt(model, 999, Id).toLongLong(), qint64(Rows));
    QVERIFY(!model.hasPendingEdits());

    // An edit is kept by key when the window goes away and comes back.
    const int row = model.bringIntoWindow(500);
    QVERIFY(valueAt(model, row, Id).isValid());
    QVERIFY(model.setData(model.index(row, Name), u"edited"_s));
    model.moveWindow(50000);
    QCOMPARE(model.modelRowOf(500), -1);
    const int back = model.bringIntoWindow(500);
    QCOMPARE(valueAt(model, back, Name).toString(), u"edited"_s);
    QCOMPARE(model.rowState(back), TableModel::RowState::Changed);
    QCOMPARE(model.headerData(back, Qt::Vertical).toString(), u"501 ✎"_s);
    model.revertAll();
    QCOMPARE(valueAt(model, back, Name), nameOf(501));
}

void tst_TableModel::gridOverAMillionRows()
{
    QSqlQuery sql(m_connection.database());
    QVERIFY(sql.exec(u"SELECT id FROM gappy ORDER BY id"_s));
    QList<qint64> ids;
    while (sql.next())
        ids << sql.value(0).toLongLong();
    QVERIFY(ids.size() > 1000000);

    const SmallWindow small(2000);
    TableModel model(m_address, m_gappy);
    GridView grid;
    grid.resize(600, 400);
    grid.setModel(&model);
    grid.show();
    QVERIFY(QTest::qWaitForWindowExposed(&grid));
    QVERIFY(waitForExactCount(model));
    QCOMPARE(model.rowCount(), 2000);
    QCOMPARE(grid.verticalHeader()->count(), 2000);
    QScrollBar *bar = grid.tableScrollBar();
    // It spans the table: its end shows the last rows as the view's own shows the window's.
    QTRY_COMPARE(
        bar->maximum(), int(ids.size()) - (model.rowCount() - grid.verticalScrollBar()->maximum()));
    QVERIFY(bar->pageStep() > 1);
    QTRY_VERIFY(bar->isVisible());
    QTRY_COMPARE(bar->geometry(), grid.verticalScrollBar()->geometry()); // over the view's own

    // Ctrl+End: the last row of the table, current and on screen.
    grid.setFocus();
    grid.setCurrentIndex(model.index(0, 0));
    QTest::keyClick(&grid, Qt::Key_End, Qt::ControlModifier);
    QModelIndex current = grid.currentIndex();
    QVERIFY(current.isValid());
    QCOMPARE(model.windowStart() + current.row(), ids.size() - 1);
    QCOMPARE(valueAt(model, current.row(), 0).toLongLong(), ids.last());
    QCOMPARE(model.headerData(current.row(), Qt::Vertical).toString(), QString::number(ids.size()));
    QTRY_VERIFY(grid.viewport()->rect().contains(grid.visualRect(current)));
    QTRY_COMPARE(bar->value(), bar->maximum());

    // Ctrl+Home: back to the first.
    QTest::keyClick(&grid, Qt::Key_Home, Qt::ControlModifier);
    current = grid.currentIndex();
    QCOMPARE(model.windowStart(), 0);
    QCOMPARE(current.row(), 0);
    QTRY_COMPARE(bar->value(), 0);

    // Dragging the bar to the middle shows the rows there, numbered as in the table.
    const int middle = int(ids.size() / 2);
    bar->setValue(middle);
    QCOMPARE(grid.firstVisibleTableRow(), middle);
    const int top = grid.rowAt(0);
    QCOMPARE(valueAt(model, top, 0).toLongLong(), ids.at(middle));
    QCOMPARE(model.headerData(top, Qt::Vertical).toString(), QString::number(middle + 1));
    QVERIFY(model.windowStart() > 0 && model.windowStart() + model.rowCount() < ids.size());
    // The view's own bar (which the wheel drives) near the window's end moves the window and
    // keeps the same rows on screen.
    const qint64 start = model.windowStart();
    QScrollBar *inner = grid.verticalScrollBar();
    inner->setValue(inner->maximum() - 5);
    const qint64 shown = start + inner->maximum() - 5;
    QVERIFY(model.windowStart() > start);
    QCOMPARE(grid.firstVisibleTableRow(), shown);
    QCOMPARE(bar->value(), int(shown));
    QCOMPARE(valueAt(model, grid.rowAt(0), 0).toLongLong(), ids.at(shown));
    QCOMPARE(grid.verticalHeader()->count(), 2000);
    // The wheel scrolls the table too, and the bar follows.
    const QPointF point(50, 50);
    QWheelEvent wheel(point, grid.viewport()->mapToGlobal(point), QPoint(), QPoint(0, -120),
        Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(grid.viewport(), &wheel);
    QVERIFY(grid.firstVisibleTableRow() > shown);
    QCOMPARE(bar->value(), int(grid.firstVisibleTableRow()));
}

void tst_TableModel::movingTheWindowKeepsTheCurrentCell()
{
    const SmallWindow small(1000);
    TableModel model(m_address, m_table);
    GridView grid;
    grid.resize(600, 400);
    grid.setModel(&model);
    grid.show();
    QVERIFY(QTest::qWaitForWindowExposed(&grid));
    QVERIFY(waitForExactCount(model));
    model.moveWindow(10000);
    const QModelIndex cell = model.index(300, Score);
    grid.setCurrentIndex(cell);
    QVERIFY(grid.selectionModel()->isSelected(cell));

    // The window moves by 200 rows: the cell is the same table row, 200 rows up.
    model.moveWindow(10200);
    QCOMPARE(grid.currentIndex(), model.index(100, Score));
    QVERIFY(grid.selectionModel()->isSelected(model.index(100, Score)));
    QCOMPARE(valueAt(model, grid.currentIndex().row(), Id).toLongLong(), 10301);
    // Through the grid's own bar too, to rows before the window (the cell stays inside).
    grid.scrollToTableRow(10300 - 450);
    QVERIFY(model.windowStart() < 10200);
    QCOMPARE(model.windowStart() + grid.currentIndex().row(), 10300);
    QCOMPARE(grid.currentIndex().column(), Score);
    // A window that leaves the row behind leaves no current cell.
    model.moveWindow(50000);
    QVERIFY(!grid.currentIndex().isValid());
}

void tst_TableModel::pagingAcrossTheWindow()
{
    const SmallWindow small(1000);
    TableModel model(m_address, m_table);
    GridView grid;
    grid.resize(600, 400);
    grid.setModel(&model);
    grid.show();
    QVERIFY(QTest::qWaitForWindowExposed(&grid));
    QVERIFY(waitForExactCount(model));
    grid.setFocus();
    grid.setCurrentIndex(model.index(0, Id));
    const int page = grid.verticalScrollBar()->pageStep();
    QVERIFY(page > 3);
    // Far beyond the window's 1000 rows, one page at a time.
    const int presses = 3000 / page + 1;
    for (int i = 0; i < presses; ++i)
        QTest::keyClick(&grid, Qt::Key_PageDown);
    const qint64 expected = qint64(presses) * page;
    QCOMPARE(model.windowStart() + grid.currentIndex().row(), expected);
    QVERIFY(model.windowStart() > 0);
    QCOMPARE(valueAt(model, grid.currentIndex().row(), Id).toLongLong(), expected + 1);
    QTRY_VERIFY(grid.viewport()->rect().intersects(grid.visualRect(grid.currentIndex())));
    QCOMPARE(grid.tableScrollBar()->value(), int(grid.firstVisibleTableRow()));
    // And back with the arrow key, across the window's start, to the first row.
    for (qint64 i = 0; i < expected; ++i)
        QTest::keyClick(&grid, Qt::Key_Up);
    QCOMPARE(model.windowStart(), 0);
    QCOMPARE(grid.currentIndex().row(), 0);
    QCOMPARE(valueAt(model, 0, Id).toLongLong(), 1);
    QTRY_COMPARE(grid.tableScrollBar()->value(), 0);
}

// Dragging the scroll bar far away moves the window past a cell being edited: what was typed
// is kept as an edit, not dropped with the editor.
void tst_TableModel::movingTheWindowKeepsWhatIsBeingTyped()
{
    const SmallWindow small(2000);
    TableModel model(m_address, m_gappy);
    GridView grid;
    grid.resize(600, 400);
    grid.setModel(&model);
    grid.show();
    QVERIFY(QTest::qWaitForWindowExposed(&grid));
    QVERIFY(waitForExactCount(model));
    QTRY_VERIFY(model.isRowLoaded(3));
    const QVariant key = valueAt(model, 3, 0);
    grid.setFocus();
    grid.setCurrentIndex(model.index(3, 1));
    QTest::keyClick(&grid, Qt::Key_F2);
    QLineEdit *editor = nullptr;
    for (QLineEdit *e : grid.findChildren<QLineEdit *>()) {
        if (e->isVisible())
            editor = e;
    }
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, u"typed before the jump"_s);
    grid.tableScrollBar()->setValue(grid.tableScrollBar()->maximum() / 2);
    QTRY_VERIFY(model.windowStart() > 3);
    QVERIFY(model.hasPendingEdits());
    QCOMPARE(model.pendingChangeCount(), 1);
    // Back at the start, the row shows what was typed.
    grid.tableScrollBar()->setValue(0);
    QTRY_COMPARE(model.windowStart(), 0);
    QTRY_VERIFY(model.isRowLoaded(3));
    QCOMPARE(valueAt(model, 3, 0), key);
    QCOMPARE(model.index(3, 1).data().toString(), u"typed before the jump"_s);
    QVERIFY(model.index(3, 1).data(TableModel::IsChangedRole).toBool());
}

QTEST_MAIN(tst_TableModel)
#include "tst_tablemodel.moc"
