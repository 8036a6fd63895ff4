#include "browser/browserpane.h"
#include "browser/tablemodel.h"
#include "corpusdatabases.h"
#include "mainwindow.h"
#include "modalanswers.h"
#include "testdatabases.h"

#include "database/connection.h"
#include "dialects/dialect.h"
#include "schema/schema.h"

#include <QAction>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

// The window over databases nobody here wrote (tests/corpus, see corpusdatabases.h), as a user
// meets them: open the database, see its diagram, browse every table, follow a row to the row
// it refers to, duplicate a row and a row with its children, checked against plain SQL.
class tst_RealDatabasesWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void openBrowseFollowDuplicate_data();
    void openBrowseFollowDuplicate();
};

namespace {

qlonglong count(const Connection &connection, const QString &table)
{
    QSqlQuery query(connection.database());
    const bool ok = query.exec(u"SELECT COUNT(*) FROM "_s
        + connection.dialect().quoteIdentifier(table));
    return ok && query.next() ? query.value(0).toLongLong() : -1;
}

// The foreign key of `table` whose columns are `columns`.
ObjectId foreignKey(const Schema &schema, const QString &table, const QString &column)
{
    const Table *t = schema.tableByName(table);
    for (const ForeignKey &fk : t ? t->foreignKeys : QList<ForeignKey>()) {
        if (fk.parts.size() == 1 && t->column(fk.parts.first().column)->name == column)
            return fk.id;
    }
    return NoObject;
}

// Accepts whatever the dialog offers (the depth of a deep copy, say).
void accept(QDialog *dialog)
{
    dialog->accept();
}

} // namespace

void tst_RealDatabasesWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"SchemataTests"_s);
    QCoreApplication::setApplicationName(u"tst_realdatabaseswindow"_s);
    const QString missing = TestDatabases::missingServers();
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
    const QString tools = CorpusDatabases::missingTools();
    QVERIFY2(tools.isEmpty(), qPrintable(tools));
}

void tst_RealDatabasesWindow::openBrowseFollowDuplicate_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("corpus");
    QTest::addColumn<QString>("child"); // a table with a foreign key column...
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("parent"); // ...to this table
    QTest::addColumn<QString>("copied"); // a row of it is duplicated, shallow and deep
    for (const QString &engine : TestDatabases::engines()) {
        const QByteArray e = engine.toUtf8();
        QTest::addRow("%s/sqlalchemy", e.constData())
            << engine << u"sqlalchemy"_s << u"post"_s << u"user_id"_s << u"user"_s << u"post"_s;
        if (engine == u"sqlite"_s) {
            QTest::addRow("sqlite/chinook_style") << engine << u"chinook_style"_s
                                                  << u"InvoiceLine"_s << u"InvoiceId"_s
                                                  << u"Invoice"_s << u"Genre"_s;
            QTest::addRow("sqlite/shapes") << engine << u"shapes"_s << u"book"_s
                                           << u"author_id"_s << u"author"_s << u"counter"_s;
        } else {
            QTest::addRow("%s/shapes", e.constData()) << engine << u"shapes"_s << u"order_line"_s
                                                      << u"order_no"_s << u"orders"_s
                                                      << u"orders"_s;
        }
    }
}

void tst_RealDatabasesWindow::openBrowseFollowDuplicate()
{
    QFETCH(QString, engine);
    QFETCH(QString, corpus);
    QFETCH(QString, child);
    QFETCH(QString, column);
    QFETCH(QString, parent);
    QFETCH(QString, copied);
    QString error;
    const QString database
        = CorpusDatabases::make(engine, corpus, u"tst_real_window"_s, true, &error);
    QVERIFY2(!database.isEmpty(), qPrintable(error));
    Connection connection;
    QVERIFY(connection.open(
        *DatabaseAddress::parse(database, &error), Connection::Mode::OpenExisting, &error));

    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    {
        ModalAnswers none({});
        QVERIFY(window.openDatabase(database));
        QVERIFY2(none.unexpected().isEmpty(), qPrintable(none.unexpected().join(u", "_s)));
    }

    // The diagram: the database's tables, on the Design page too.
    const int tables = CorpusDatabases::tableCount(engine, corpus);
    QCOMPARE(int(window.schema().tables().size()), tables);
    BrowserPane *pane = window.browser();
    QVERIFY(pane->schema());

    // Every table browses: the grid's rows are the table's rows.
    QStringList names;
    for (const Table &t : pane->schema()->tables())
        names << t.name;
    QCOMPARE(int(names.size()), tables);
    for (const QString &name : std::as_const(names)) {
        pane->showTable(name);
        QCOMPARE(pane->currentTable(), name);
        const qlonglong rows = count(connection, name);
        QVERIFY2(rows >= 0, qPrintable(name));
        QTRY_COMPARE_WITH_TIMEOUT(pane->model()->rowCountState(), RowCount::State::Exact, 10000);
        QCOMPARE(pane->model()->tableRowCount(), rows);
        if (rows > 0)
            QTRY_VERIFY2_WITH_TIMEOUT(pane->model()->isRowLoaded(0), qPrintable(name), 10000);
    }

    // Follow: the first row of the child table to the row its foreign key refers to.
    pane->showTable(child);
    QTRY_VERIFY_WITH_TIMEOUT(pane->model()->isRowLoaded(0), 10000);
    pane->grid()->setCurrentIndex(pane->model()->index(0, 0));
    const ObjectId fk = foreignKey(*pane->schema(), child, column);
    QVERIFY(fk != NoObject);
    pane->goToParent(fk);
    QTRY_COMPARE(pane->currentTable(), parent);
    QVERIFY(pane->canGoBack());
    pane->goBack();
    QTRY_COMPARE(pane->currentTable(), child);

    // Duplicate the first row of `copied`, then duplicate it with its children: each adds a
    // row to the table, without asking for a key the engine generates.
    pane->showTable(copied);
    QTRY_VERIFY_WITH_TIMEOUT(pane->model()->isRowLoaded(0), 10000);
    const qlonglong before = count(connection, copied);
    pane->grid()->setCurrentIndex(pane->model()->index(0, 0));
    {
        ModalAnswers none({});
        pane->duplicateSelectedRows(false);
        QVERIFY2(none.unexpected().isEmpty(), qPrintable(none.unexpected().join(u", "_s)));
    }
    QTRY_COMPARE(count(connection, copied), before + 1);
    QTRY_VERIFY_WITH_TIMEOUT(pane->model()->isRowLoaded(0), 10000);
    pane->grid()->setCurrentIndex(pane->model()->index(0, 0));
    {
        ModalAnswers depth({accept});
        pane->duplicateSelectedRows(true);
        QVERIFY2(depth.unexpected().isEmpty(), qPrintable(depth.unexpected().join(u", "_s)));
    }
    QTRY_COMPARE(count(connection, copied), before + 2);
}

QTEST_MAIN(tst_RealDatabasesWindow)
#include "tst_realdatabaseswindow.moc"
