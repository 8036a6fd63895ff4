#include "browser/browserpane.h"
#include "browser/tablemodel.h"

#include "testdatabases.h"

#include "database/connection.h"

#include <QApplication>
#include <QDialog>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

// The data browser on SQLite files written by other tools, the way the Chinook sample and
// SQLAlchemy's create_all write theirs.
class tst_BrowserForeign : public QObject
{
    Q_OBJECT

private slots:
    // The key is a rowid alias declared as "PRIMARY KEY (id)", which SQLite numbers itself:
    // Duplicate makes the copy without asking for a key.
    void rowidAliasIsNotAsked();
    // An association table without a key (SQLAlchemy's `secondary`) is a many-to-many link.
    void keylessAssociationIsLinkedTo();
};

void tst_BrowserForeign::rowidAliasIsNotAsked()
{
    QString error;
    const QString path = TestDatabases::freshDatabase(u"sqlite"_s, u"tst_duplicaterows"_s, &error);
    QVERIFY2(!path.isEmpty(), qPrintable(error));
    Connection connection;
    QVERIFY2(connection.open(
                 *DatabaseAddress::parse(path, &error), Connection::Mode::CreateIfMissing, &error),
        qPrintable(error));
    for (const QString &statement :
        {u"CREATE TABLE [Genre] ([GenreId] INTEGER NOT NULL, [Name] NVARCHAR(120), "
         u"CONSTRAINT [PK_Genre] PRIMARY KEY ([GenreId]))"_s,
            u"CREATE TABLE [Track] ([TrackId] INTEGER NOT NULL, [Name] NVARCHAR(200) NOT NULL, "
            u"[GenreId] INTEGER, CONSTRAINT [PK_Track] PRIMARY KEY ([TrackId]), "
            u"FOREIGN KEY ([GenreId]) REFERENCES [Genre] ([GenreId]))"_s,
            u"INSERT INTO [Genre] VALUES (1, 'Rock'), (2, 'Jazz')"_s,
            u"INSERT INTO [Track] VALUES (1, 'One', 1), (2, 'Two', 1)"_s}) {
        QSqlQuery query(connection.database());
        QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
    }

    BrowserPane pane;
    pane.resize(900, 600);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QVERIFY2(pane.openDatabase(connection.address(), &error), qPrintable(error));
    pane.showTable(u"Genre"_s);
    QTRY_COMPARE(pane.model()->rowCountState(), RowCount::State::Exact);
    QCOMPARE(pane.model()->rowCount(), 2);
    // The count can come before the rows' page: duplicating copies rows that are read.
    QTRY_VERIFY(pane.model()->isRowLoaded(pane.model()->rowCount() - 1));
    pane.grid()->setCurrentIndex(pane.model()->index(0, 1));
    QVERIFY(pane.action(u"duplicateRows"_s)->isEnabled());

    // Any dialog that opens is the failure: it would ask for a key SQLite makes itself.
    QString asked;
    const auto watchForDialogs = [&] {
        QTimer::singleShot(0, this, [&] {
            if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
                asked = dialog->objectName();
                dialog->reject();
            }
        });
    };
    watchForDialogs();
    pane.action(u"duplicateRows"_s)->trigger();
    QVERIFY2(asked.isEmpty(), qPrintable(asked));
    const auto count = [&](const QString &sql) {
        QSqlQuery query(connection.database());
        return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
    };
    QCOMPARE(count(u"SELECT COUNT(*) FROM Genre WHERE Name = 'Rock'"_s), 2);
    QCOMPARE(count(u"SELECT MAX(GenreId) FROM Genre"_s), 3);

    // A deep copy asks only about the depth (the dialog has no key to fill in), and the
    // tracks come along with keys of their own.
    pane.showTable(u"Genre"_s);
    QTRY_COMPARE(pane.model()->rowCountState(), RowCount::State::Exact);
    QTRY_VERIFY(pane.model()->isRowLoaded(pane.model()->rowCount() - 1));
    pane.grid()->setCurrentIndex(pane.model()->index(0, 1));
    QVERIFY(pane.action(u"deepDuplicateRows"_s)->isEnabled());
    bool depthOnly = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        depthOnly = dialog->findChild<QWidget *>(u"newValues"_s) == nullptr;
        dialog->accept();
    });
    pane.action(u"deepDuplicateRows"_s)->trigger();
    QVERIFY(depthOnly);
    QCOMPARE(count(u"SELECT COUNT(*) FROM Track"_s), 4);
    QCOMPARE(count(u"SELECT COUNT(DISTINCT TrackId) FROM Track"_s), 4);
}

void tst_BrowserForeign::keylessAssociationIsLinkedTo()
{
    QString error;
    const QString path = TestDatabases::freshDatabase(u"sqlite"_s, u"tst_browserforeign"_s, &error);
    QVERIFY2(!path.isEmpty(), qPrintable(error));
    Connection connection;
    QVERIFY2(connection.open(
                 *DatabaseAddress::parse(path, &error), Connection::Mode::CreateIfMissing, &error),
        qPrintable(error));
    // As SQLAlchemy 1.4's create_all writes the seed note's models.
    for (const QString &statement :
        {u"CREATE TABLE user (id INTEGER NOT NULL, name VARCHAR(64) NOT NULL, PRIMARY KEY (id))"_s,
            u"CREATE TABLE followers (follower_id INTEGER, followed_id INTEGER, "
            u"FOREIGN KEY(follower_id) REFERENCES user (id), "
            u"FOREIGN KEY(followed_id) REFERENCES user (id))"_s,
            u"INSERT INTO user VALUES (1, 'ada'), (2, 'bob'), (3, 'cid')"_s,
            u"INSERT INTO followers VALUES (1, 2), (1, 3), (3, 1)"_s}) {
        QSqlQuery query(connection.database());
        QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
    }
    BrowserPane pane;
    pane.resize(900, 600);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QVERIFY2(pane.openDatabase(connection.address(), &error), qPrintable(error));
    pane.showTable(u"user"_s);
    QTRY_COMPARE(pane.model()->rowCountState(), RowCount::State::Exact);
    QTRY_VERIFY(pane.model()->isRowLoaded(pane.model()->rowCount() - 1));
    pane.grid()->setCurrentIndex(pane.model()->index(0, 1)); // ada
    auto *tree = pane.findChild<QTreeWidget *>(u"related"_s);
    QVERIFY(tree);
    const auto linked = [&] {
        QStringList texts;
        for (QTreeWidgetItemIterator it(tree); *it; ++it) {
            if ((*it)->text(0).startsWith(u"user through followers"_s))
                texts << (*it)->text(0);
        }
        return texts;
    };
    // Followed and followers through the link table, not "followers" rows as children.
    QTRY_COMPARE(linked().size(), 2);
}

QTEST_MAIN(tst_BrowserForeign)
#include "tst_browserforeign.moc"
