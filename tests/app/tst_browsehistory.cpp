#include "browser/browsehistory.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_BrowseHistory : public QObject
{
    Q_OBJECT

private slots:
    void startsEmpty();
    void visitThenBackAndForward();
    void newVisitClearsForward();
    void placeWithoutTableIsNotKept();
    void keepsTheLimit();
    void placesShowingTheSameRows();
};

namespace {

BrowsePlace place(const QString &table, int row = -1)
{
    BrowsePlace p;
    p.table = table;
    p.row = row;
    return p;
}

} // namespace

void tst_BrowseHistory::startsEmpty()
{
    const BrowseHistory history;
    QCOMPARE(history.limit(), 100);
    QVERIFY(!history.canGoBack());
    QVERIFY(!history.canGoForward());
}

void tst_BrowseHistory::visitThenBackAndForward()
{
    BrowseHistory history;
    // artist (row 3) -> album -> track
    history.visit(place(u"artist"_s, 3));
    history.visit(place(u"album"_s));
    QVERIFY(history.canGoBack());
    QVERIFY(!history.canGoForward());
    QCOMPARE(history.previous().table, u"album"_s);

    BrowsePlace shown = history.back(place(u"track"_s, 7));
    QCOMPARE(shown.table, u"album"_s);
    QVERIFY(history.canGoForward());
    QCOMPARE(history.next(), place(u"track"_s, 7));
    shown = history.back(shown);
    QCOMPARE(shown, place(u"artist"_s, 3));
    QVERIFY(!history.canGoBack());

    shown = history.forward(shown);
    QCOMPARE(shown.table, u"album"_s);
    shown = history.forward(shown);
    QCOMPARE(shown, place(u"track"_s, 7)); // the row it was left at
    QVERIFY(!history.canGoForward());
    QCOMPARE(history.previous().table, u"album"_s);
}

void tst_BrowseHistory::newVisitClearsForward()
{
    BrowseHistory history;
    history.visit(place(u"artist"_s));
    const BrowsePlace shown = history.back(place(u"album"_s));
    QVERIFY(history.canGoForward());
    history.visit(shown);
    QVERIFY(!history.canGoForward());
    QVERIFY(history.canGoBack());
    QCOMPARE(history.previous().table, u"artist"_s);
    history.clear();
    QVERIFY(!history.canGoBack());
    QVERIFY(!history.canGoForward());
}

void tst_BrowseHistory::placeWithoutTableIsNotKept()
{
    // Leaving "nowhere" (no table open yet) gives Back nothing to go to, but still ends Forward.
    BrowseHistory history;
    history.visit(place(u"artist"_s));
    history.back(place(u"album"_s));
    history.visit(BrowsePlace());
    QVERIFY(!history.canGoBack());
    QVERIFY(!history.canGoForward());
}

void tst_BrowseHistory::keepsTheLimit()
{
    BrowseHistory history(3);
    for (int i = 1; i <= 5; ++i)
        history.visit(place(u"t%1"_s.arg(i)));
    QStringList back;
    BrowsePlace shown = place(u"t6"_s);
    while (history.canGoBack()) {
        shown = history.back(shown);
        back << shown.table;
    }
    QCOMPARE(back, QStringList({u"t5"_s, u"t4"_s, u"t3"_s})); // t1 and t2 went
    QStringList forward;
    while (history.canGoForward()) {
        shown = history.forward(shown);
        forward << shown.table;
    }
    QCOMPARE(forward, QStringList({u"t4"_s, u"t5"_s, u"t6"_s}));
}

void tst_BrowseHistory::placesShowingTheSameRows()
{
    BrowsePlace a = place(u"track"_s, 4);
    RowFilter filter;
    filter.column = u"album_id"_s;
    filter.op = RowFilter::Operator::Equal;
    filter.value = 5;
    a.filters << filter;
    a.scope = {u"id IN (SELECT ...)"_s, {1}};
    BrowsePlace b = a;
    b.row = 9;
    b.sortColumn = 2;
    QVERIFY(a.showsSameRows(b)); // another row and order, the same rows
    QVERIFY(!(a == b));
    b = a;
    QVERIFY(a == b);
    b.scope.values = {2};
    QVERIFY(!a.showsSameRows(b));
    b = a;
    b.table = u"album"_s;
    QVERIFY(!a.showsSameRows(b));
    b = a;
    b.where = u"milliseconds > 1000"_s;
    QVERIFY(!a.showsSameRows(b));
    b = a;
    b.filters.clear();
    QVERIFY(!a.showsSameRows(b));
}

QTEST_GUILESS_MAIN(tst_BrowseHistory)
#include "tst_browsehistory.moc"
