#include "browser/browserpane.h"
#include "browser/tablemodel.h"
#include "mainwindow.h"

#include "../orm/testdesigns.h"
#include "database/connection.h"
#include "dialects/dialect.h"
#include "records/session.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Qt::StringLiterals;

// Editing, following relationships and duplicating rows in the data browser pane, on every
// engine: the seed models (users and posts, followers, content in categories, engineers as
// employees) with a few rows, driven through the pane's widgets and actions and checked
// against plain SQL written here.
class tst_BrowserEdit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void editAndRevert_data() { TestDatabases::addEngineRows(); }
    void editAndRevert();
    void saveInOneTransaction_data() { TestDatabases::addEngineRows(); }
    void saveInOneTransaction();
    void foreignKeyPicker_data() { TestDatabases::addEngineRows(); }
    void foreignKeyPicker();
    void parentChildrenBackForward_data() { TestDatabases::addEngineRows(); }
    void parentChildrenBackForward();
    void partnersAndInheritance_data() { TestDatabases::addEngineRows(); }
    void partnersAndInheritance();
    void duplicateRows_data() { TestDatabases::addEngineRows(); }
    void duplicateRows();
    void windowActionsOnTheDataPage();
    void views_data() { TestDatabases::addEngineRows(); }
    void views();
    void saveCommitsTheOpenEditor_data() { TestDatabases::addEngineRows(); }
    void saveCommitsTheOpenEditor();
    void refusedDeleteNamesTheReferringRows_data() { TestDatabases::addEngineRows(); }
    void refusedDeleteNamesTheReferringRows();
    void realsInTheirShortestForm_data() { TestDatabases::addEngineRows(); }
    void realsInTheirShortestForm();
    void columnsFitTheirContents();

private:
    struct Ids
    {
        qint64 ann = 0, bob = 0, cid = 0;
        QList<qint64> posts; // ann, ann, bob
        qint64 article = 0, eve = 0;
    };
    // A database of `engine` with the seed models and rows, open in a new pane.
    bool open(const QString &engine, const QString &name);
    // A fresh database of `engine` made by the statements given (written here, in plain SQL,
    // as another tool would), open in a new pane.
    bool openMade(const QString &engine, const QString &name, const QStringList &statements);
    // Clicks a button of the pane's tool bar, as a person does.
    void clickToolButton(const QString &action);
    QVariant sql(const QString &statement, const QVariantList &values = {});
    QString q(const QString &identifier) const { return m_dialect->quoteIdentifier(identifier); }
    bool showTable(const QString &table);
    int rowOf(qint64 id); // the grid's row of the row with this id (loaded rows only)
    bool edit(int row, const QString &column, const QString &text);
    QTreeWidgetItem *related(const QString &text);
    int column(const QString &name) const;
    // The grid's open editor (closed ones linger until deleted later).
    template<typename T>
    T *openEditor(const QString &name)
    {
        const QList<T *> editors = m_pane->grid()->findChildren<T *>(name);
        for (T *editor : editors) {
            if (editor->isVisible())
                return editor;
        }
        return nullptr;
    }

    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<Dialect> m_dialect;
    std::unique_ptr<BrowserPane> m_pane;
    Ids m_ids;
};

namespace {

Record record(const QString &table, const QList<std::pair<QString, QVariant>> &values)
{
    Record r(table, {});
    for (const auto &[column, value] : values)
        r.setValue(column, value);
    return r;
}

} // namespace

void tst_BrowserEdit::initTestCase()
{
    const QString missing = TestDatabases::missingServers();
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
}

bool tst_BrowserEdit::open(const QString &engine, const QString &name)
{
    m_pane.reset();
    m_connection = prepareDatabase(engine, name, seedModels());
    m_dialect = Dialect::forDatabase(m_connection->database());
    Session session(*m_connection, seedModels());
    const QDateTime created(QDate(2024, 3, 15), QTime(12, 30));
    QList<Session::Pending> users;
    for (const QString &n : {u"Ann"_s, u"Bob"_s, u"Cid"_s})
        users << session.add(record(
            u"user"_s, {{u"name"_s, n}, {u"is_active"_s, true}, {u"created_date"_s, created}}));
    const ForeignKey *postUser = session.foreignKey(u"post"_s, {u"user_id"_s});
    QList<Session::Pending> posts;
    for (int author : {0, 0, 1}) {
        posts << session.add(
            record(u"post"_s, {{u"body"_s, QString(u"post by "_s + QString::number(author))}}));
        session.refer(posts.constLast(), *postUser, users.at(author));
    }
    const Session::Pending article
        = session.add(record(u"content"_s, {{u"title"_s, u"Article"_s}}));
    session.add(record(u"category"_s, {{u"id"_s, u"news"_s}, {u"name"_s, u"News"_s}}));
    session.add(record(u"category"_s, {{u"id"_s, u"tech"_s}, {u"name"_s, u"Tech"_s}}));
    const Session::Pending eve = session.add(
        record(u"engineer"_s, {{u"name"_s, u"Eve"_s}, {u"engineer_name"_s, u"compilers"_s}}));
    if (!session.flush()) {
        qWarning("%s", qPrintable(session.lastError()));
        return false;
    }
    m_ids = {};
    m_ids.ann = session.added(users.at(0)).value(u"id"_s).toLongLong();
    m_ids.bob = session.added(users.at(1)).value(u"id"_s).toLongLong();
    m_ids.cid = session.added(users.at(2)).value(u"id"_s).toLongLong();
    for (Session::Pending p : std::as_const(posts))
        m_ids.posts << session.added(p).value(u"id"_s).toLongLong();
    m_ids.article = session.added(article).value(u"id"_s).toLongLong();
    m_ids.eve = session.added(eve).value(u"id"_s).toLongLong();

    // Links by SQL: Ann follows Bob and Cid, Bob follows Cid; the article is in both.
    for (const auto &[follower, followed] :
        {std::pair {m_ids.ann, m_ids.bob}, {m_ids.ann, m_ids.cid}, {m_ids.bob, m_ids.cid}})
        sql(u"INSERT INTO "_s + q(u"followers"_s) + u" VALUES (?, ?)"_s, {follower, followed});
    for (const QString &category : {u"news"_s, u"tech"_s})
        sql(u"INSERT INTO "_s + q(u"content_category"_s) + u" VALUES (?, ?)"_s,
            {m_ids.article, category});

    m_pane = std::make_unique<BrowserPane>();
    m_pane->resize(1300, 800);
    m_pane->show();
    if (!QTest::qWaitForWindowExposed(m_pane.get()))
        return false;
    QString error;
    if (!m_pane->openDatabase(m_connection->address(), &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    return true;
}

bool tst_BrowserEdit::openMade(
    const QString &engine, const QString &name, const QStringList &statements)
{
    m_pane.reset();
    QString error;
    const QString url = TestDatabases::freshDatabase(engine, name, &error);
    if (url.isEmpty()) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    m_connection = std::make_unique<Connection>();
    if (!m_connection->open(
            *DatabaseAddress::parse(url, &error), Connection::Mode::CreateIfMissing, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    m_dialect = Dialect::forDatabase(m_connection->database());
    for (const QString &statement : statements) {
        QSqlQuery query(m_connection->database());
        if (!query.exec(statement)) {
            qWarning("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
            return false;
        }
    }
    m_pane = std::make_unique<BrowserPane>();
    m_pane->resize(1300, 800);
    m_pane->show();
    if (!QTest::qWaitForWindowExposed(m_pane.get()))
        return false;
    if (!m_pane->openDatabase(m_connection->address(), &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    return true;
}

void tst_BrowserEdit::clickToolButton(const QString &action)
{
    QAction *a = m_pane->action(action);
    auto *bar = m_pane->findChild<QToolBar *>(u"browserToolBar"_s);
    QWidget *button = bar ? bar->widgetForAction(a) : nullptr;
    QVERIFY2(button && button->isVisible(), qPrintable(action));
    QVERIFY2(button->isEnabled(), qPrintable(action + u" is disabled"_s));
    QTest::mouseClick(button, Qt::LeftButton);
}

QVariant tst_BrowserEdit::sql(const QString &statement, const QVariantList &values)
{
    QSqlQuery query(m_connection->database());
    // Without values, not prepared: PostgreSQL's driver cannot prepare DDL.
    bool ok = false;
    if (values.isEmpty()) {
        ok = query.exec(statement);
    } else {
        query.prepare(statement);
        for (const QVariant &v : values)
            query.addBindValue(v);
        ok = query.exec();
    }
    if (!ok) {
        qWarning("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
        return {};
    }
    return query.next() ? query.value(0) : QVariant();
}

bool tst_BrowserEdit::showTable(const QString &table)
{
    m_pane->showTable(table);
    return m_pane->currentTable() == table
        && QTest::qWaitFor(
            [&] {
                TableModel *model = m_pane->model();
                return model->rowCountState() == RowCount::State::Exact
                    && (model->rowCount() == 0 || model->isRowLoaded(model->rowCount() - 1));
            },
            20000);
}

int tst_BrowserEdit::column(const QString &name) const
{
    return int(m_pane->model()->query().columnNames().indexOf(name));
}

int tst_BrowserEdit::rowOf(qint64 id)
{
    TableModel *model = m_pane->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->isRowLoaded(row)
            && model->data(model->index(row, column(u"id"_s)), TableModel::ValueRole).toLongLong()
                == id)
            return row;
    }
    return -1;
}

// Types into a cell through its editor, as a person does: F2, the text, Enter.
bool tst_BrowserEdit::edit(int row, const QString &columnName, const QString &text)
{
    QTableView *grid = m_pane->grid();
    const QModelIndex index = m_pane->model()->index(row, column(columnName));
    grid->setCurrentIndex(index);
    grid->setFocus();
    QTest::keyClick(grid, Qt::Key_F2);
    QLineEdit *editor = openEditor<QLineEdit>(u"cellEditor"_s);
    if (!editor)
        return false;
    editor->selectAll();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents();
    return true;
}

QTreeWidgetItem *tst_BrowserEdit::related(const QString &text)
{
    auto *tree = m_pane->findChild<QTreeWidget *>(u"related"_s);
    if (!tree)
        return nullptr;
    for (QTreeWidgetItemIterator it(tree); *it; ++it) {
        if ((*it)->text(0).startsWith(text))
            return *it;
    }
    return nullptr;
}

void tst_BrowserEdit::editAndRevert()
{
    QFETCH(QString, engine);
    QVERIFY(open(engine, u"tst_browseredit_revert"_s));
    QVERIFY(showTable(u"user"_s));
    TableModel *model = m_pane->model();
    QVERIFY(model->isEditable());
    const int bob = rowOf(m_ids.bob);
    QVERIFY(bob >= 0);

    QVERIFY(edit(bob, u"name"_s, u"Robert"_s));
    const QModelIndex name = model->index(bob, column(u"name"_s));
    QCOMPARE(name.data().toString(), u"Robert"_s);
    QVERIFY(name.data(TableModel::IsChangedRole).toBool());
    QVERIFY(!model->index(bob, column(u"email"_s)).data(TableModel::IsChangedRole).toBool());
    QVERIFY(model->headerData(bob, Qt::Vertical).toString().endsWith(u"✎"_s));
    QVERIFY(m_pane->action(u"saveEdits"_s)->isEnabled());
    // A step of its own: undone and redone.
    QCOMPARE(model->undoStack()->count(), 1);
    model->undoStack()->undo();
    QCOMPARE(name.data().toString(), u"Bob"_s);
    QVERIFY(!model->hasPendingEdits());
    model->undoStack()->redo();
    QCOMPARE(name.data().toString(), u"Robert"_s);
    QVERIFY(name.data(TableModel::IsChangedRole).toBool());
    // Typing the old value back leaves nothing to save; then Robert again.
    QVERIFY(edit(bob, u"name"_s, u"Bob"_s));
    QVERIFY(!name.data(TableModel::IsChangedRole).toBool());
    QVERIFY(!model->hasPendingEdits());
    QVERIFY(edit(bob, u"name"_s, u"Robert"_s));
    // Nothing reached the database.
    QCOMPARE(
        sql(u"SELECT name FROM "_s + q(u"user"_s) + u" WHERE id = ?"_s, {m_ids.bob}).toString(),
        u"Bob"_s);

    // Text that is not a number stays in the editor, with the reason shown.
    QTableView *grid = m_pane->grid();
    grid->setCurrentIndex(model->index(bob, column(u"score"_s)));
    QTest::keyClick(grid, Qt::Key_F2);
    QLineEdit *editor = openEditor<QLineEdit>(u"cellEditor"_s);
    QVERIFY(editor);
    QTest::keyClicks(editor, u"abc"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QVERIFY(editor->isVisible());
    auto *problem = m_pane->findChild<QLabel *>(u"errorLabel"_s);
    QVERIFY(problem->isVisible());
    QVERIFY(!problem->text().isEmpty());
    QTest::keyClick(editor, Qt::Key_Escape);
    QVERIFY(!model->index(bob, column(u"score"_s)).data(TableModel::IsChangedRole).toBool());

    // A value set to NULL is told apart from text.
    grid->setCurrentIndex(model->index(bob, column(u"email"_s)));
    m_pane->action(u"setNull"_s)->trigger();
    QVERIFY(model->index(bob, column(u"email"_s)).data(TableModel::IsNullRole).toBool());
    // NOT NULL refuses it.
    grid->setCurrentIndex(model->index(bob, column(u"created_date"_s)));
    m_pane->action(u"setNull"_s)->trigger();
    QVERIFY(!model->index(bob, column(u"created_date"_s)).data(TableModel::IsNullRole).toBool());

    // A new row and a deletion are marked too.
    m_pane->action(u"addRow"_s)->trigger();
    const int added = model->rowCount() - 1;
    QCOMPARE(model->rowState(added), TableModel::RowState::New);
    QCOMPARE(model->headerData(added, Qt::Vertical).toString(), u"+"_s);
    grid->selectionModel()->clearSelection();
    grid->setCurrentIndex(model->index(rowOf(m_ids.cid), 0));
    m_pane->action(u"deleteRows"_s)->trigger();
    QCOMPARE(model->rowState(rowOf(m_ids.cid)), TableModel::RowState::Removed);
    QVERIFY(model->index(rowOf(m_ids.cid), 0).data(Qt::FontRole).value<QFont>().strikeOut());
    QCOMPARE(model->pendingChangeCount(), 3); // Bob changed, one new, Cid deleted

    // Undo takes back the deletion, then the new row.
    model->undoStack()->undo();
    QCOMPARE(model->rowState(rowOf(m_ids.cid)), TableModel::RowState::Saved);
    QCOMPARE(model->rowCount(), 4);
    model->undoStack()->undo();
    QCOMPARE(model->rowCount(), 3);
    model->undoStack()->redo();
    model->undoStack()->redo();
    QCOMPARE(model->rowCount(), 4);
    QCOMPARE(model->rowState(rowOf(m_ids.cid)), TableModel::RowState::Removed);

    m_pane->action(u"revertEdits"_s)->trigger();
    QVERIFY(!model->hasPendingEdits());
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->index(rowOf(m_ids.bob), column(u"name"_s)).data().toString(), u"Bob"_s);
    QVERIFY(!model->index(rowOf(m_ids.bob), column(u"email"_s))
                 .data(TableModel::IsChangedRole)
                 .toBool());
    QCOMPARE(model->rowState(rowOf(m_ids.cid)), TableModel::RowState::Saved);
    QVERIFY(!m_pane->action(u"saveEdits"_s)->isEnabled());
    QCOMPARE(sql(u"SELECT COUNT(*) FROM "_s + q(u"user"_s)).toInt(), 3);
}

void tst_BrowserEdit::saveInOneTransaction()
{
    QFETCH(QString, engine);
    QVERIFY(open(engine, u"tst_browseredit_save"_s));
    QVERIFY(showTable(u"user"_s));
    TableModel *model = m_pane->model();
    const QString users = q(u"user"_s);

    // A change that the database refuses (a second "Ann": name is UNIQUE) takes the others
    // with it: nothing is written and the edits stay.
    QVERIFY(edit(rowOf(m_ids.cid), u"email"_s, u"cid@example.org"_s));
    QVERIFY(edit(rowOf(m_ids.bob), u"name"_s, u"Ann"_s));
    QString error;
    QVERIFY(!m_pane->saveEdits(&error));
    QVERIFY(!error.isEmpty());
    QVERIFY(m_pane->findChild<QLabel *>(u"errorLabel"_s)->isVisible());
    QVERIFY(sql(u"SELECT email FROM "_s + users + u" WHERE id = ?"_s, {m_ids.cid}).isNull());
    QVERIFY(model->hasPendingEdits());
    QCOMPARE(model->pendingChangeCount(), 2);

    // Fixed, with a new row and a deleted one, it all goes in.
    QVERIFY(edit(rowOf(m_ids.bob), u"name"_s, u"Bobby"_s));
    m_pane->action(u"addRow"_s)->trigger();
    const int added = model->rowCount() - 1;
    QVERIFY(edit(added, u"name"_s, u"Dee"_s));
    QVERIFY(edit(added, u"is_active"_s, u"false"_s));
    QVERIFY(edit(added, u"created_date"_s, u"2025-01-02 03:04:05"_s));
    QCOMPARE(model->index(added, column(u"id"_s)).data(TableModel::IsDefaultRole), QVariant(true));
    m_pane->grid()->selectionModel()->clearSelection();
    m_pane->grid()->setCurrentIndex(model->index(rowOf(m_ids.ann), 0));
    m_pane->action(u"deleteRows"_s)->trigger();
    QSignalSpy saved(model, &TableModel::saved);
    QVERIFY2(m_pane->saveEdits(&error), qPrintable(error));
    QCOMPARE(saved.size(), 1);
    const QList<QVariantList> newKeys = saved.first().first().value<QList<QVariantList>>();
    QCOMPARE(newKeys.size(), 1);
    const qint64 dee = newKeys.first().first().toLongLong();

    QCOMPARE(sql(u"SELECT email FROM "_s + users + u" WHERE id = ?"_s, {m_ids.cid}).toString(),
        u"cid@example.org"_s);
    QCOMPARE(sql(u"SELECT name FROM "_s + users + u" WHERE id = ?"_s, {m_ids.bob}).toString(),
        u"Bobby"_s);
    QCOMPARE(sql(u"SELECT name FROM "_s + users + u" WHERE id = ?"_s, {dee}).toString(), u"Dee"_s);
    QVERIFY(!sql(u"SELECT is_active FROM "_s + users + u" WHERE id = ?"_s, {dee}).toBool());
    QCOMPARE(sql(u"SELECT COUNT(*) FROM "_s + users + u" WHERE id = ?"_s, {m_ids.ann}).toInt(), 0);
    // Ann's posts went with her (ON DELETE CASCADE).
    QCOMPARE(sql(u"SELECT COUNT(*) FROM "_s + q(u"post"_s)).toInt(), 1);
    QVERIFY(!model->hasPendingEdits());

    // The rows were read again (on the worker thread, so wait for them) and the new row is
    // selected.
    QTRY_VERIFY(m_pane->grid()->selectionModel()->hasSelection());
    QTRY_COMPARE_WITH_TIMEOUT(model
                                  ->data(model->index(m_pane->grid()->currentIndex().row(),
                                             column(u"id"_s)),
                                      TableModel::ValueRole)
                                  .toLongLong(),
        dee, 20000);
    QCOMPARE(model->rowCount(), 3);

    // A row deleted and a new one taking its unique name: the delete goes first.
    QTRY_VERIFY(rowOf(m_ids.cid) >= 0);
    m_pane->grid()->selectionModel()->clearSelection();
    m_pane->grid()->setCurrentIndex(model->index(rowOf(m_ids.cid), 0));
    m_pane->action(u"deleteRows"_s)->trigger();
    m_pane->action(u"addRow"_s)->trigger();
    const int again = model->rowCount() - 1;
    QVERIFY(edit(again, u"name"_s, u"Cid"_s));
    QVERIFY(edit(again, u"is_active"_s, u"true"_s));
    QVERIFY(edit(again, u"created_date"_s, u"2025-01-02 03:04:05"_s));
    QVERIFY2(m_pane->saveEdits(&error), qPrintable(error));
    QCOMPARE(sql(u"SELECT COUNT(*) FROM "_s + users + u" WHERE name = ?"_s, {u"Cid"_s}).toInt(), 1);
    QVERIFY(sql(u"SELECT id FROM "_s + users + u" WHERE name = ?"_s, {u"Cid"_s}).toLongLong()
        != m_ids.cid);
}

void tst_BrowserEdit::foreignKeyPicker()
{
    QFETCH(QString, engine);
    QVERIFY(open(engine, u"tst_browseredit_picker"_s));
    QVERIFY(showTable(u"post"_s));
    TableModel *model = m_pane->model();
    const int row = rowOf(m_ids.posts.at(2));
    QVERIFY(row >= 0);
    QTableView *grid = m_pane->grid();
    grid->setCurrentIndex(model->index(row, column(u"user_id"_s)));
    grid->setFocus();
    QTest::keyClick(grid, Qt::Key_F2);
    auto *picker = openEditor<QComboBox>(u"foreignKeyPicker"_s);
    QVERIFY(picker);
    // Every user, named by key and name; the current one (Bob) chosen.
    QCOMPARE(picker->count(), 3);
    const QString cid = QString::number(m_ids.cid) + u" — Cid"_s;
    QVERIFY(picker->findText(cid) >= 0);
    QCOMPARE(picker->currentText(), QString::number(m_ids.bob));
    picker->setCurrentIndex(picker->findText(cid));
    QTest::keyClick(picker, Qt::Key_Return);
    // The view commits an editor's data once the key press is done.
    QTRY_COMPARE(model->index(row, column(u"user_id"_s)).data(TableModel::ValueRole).toLongLong(),
        m_ids.cid);
    QString error;
    QVERIFY2(m_pane->saveEdits(&error), qPrintable(error));
    QCOMPARE(sql(u"SELECT user_id FROM "_s + q(u"post"_s) + u" WHERE id = ?"_s, {m_ids.posts.at(2)})
                 .toLongLong(),
        m_ids.cid);
}

void tst_BrowserEdit::parentChildrenBackForward()
{
    QFETCH(QString, engine);
    QVERIFY(open(engine, u"tst_browseredit_navigate"_s));
    QVERIFY(showTable(u"post"_s));
    TableModel *model = m_pane->model();
    const int row = rowOf(m_ids.posts.at(2));
    m_pane->grid()->setCurrentIndex(model->index(row, 1));

    // Up to the post's user: the user table, Bob's row current.
    QTreeWidgetItem *parent = related(u"user (user_id = "_s);
    QVERIFY(parent);
    emit parent->treeWidget()->itemActivated(parent, 0);
    QCOMPARE(m_pane->currentTable(), u"user"_s);
    const auto currentId = [&] {
        const QModelIndex current = m_pane->grid()->currentIndex();
        return current.isValid() ? m_pane->model()
                                       ->index(current.row(), column(u"id"_s))
                                       .data(TableModel::ValueRole)
                                       .toLongLong()
                                 : -1;
    };
    QTRY_COMPARE(currentId(), m_ids.bob);
    QVERIFY(m_pane->action(u"back"_s)->isEnabled());

    // Back to the post, forward to Bob again.
    m_pane->action(u"back"_s)->trigger();
    QCOMPARE(m_pane->currentTable(), u"post"_s);
    QTRY_COMPARE(currentId(), m_ids.posts.at(2));
    QVERIFY(m_pane->action(u"forward"_s)->isEnabled());
    m_pane->action(u"forward"_s)->trigger();
    QCOMPARE(m_pane->currentTable(), u"user"_s);
    QTRY_COMPARE(currentId(), m_ids.bob);
    QVERIFY(!m_pane->action(u"forward"_s)->isEnabled());

    // Down from Ann to her posts: the post table filtered to them.
    QTRY_VERIFY(rowOf(m_ids.ann) >= 0);
    m_pane->grid()->setCurrentIndex(m_pane->model()->index(rowOf(m_ids.ann), 1));
    QTreeWidgetItem *children = related(u"post (user_id)"_s);
    QVERIFY(children);
    emit children->treeWidget()->itemActivated(children, 0);
    QCOMPARE(m_pane->currentTable(), u"post"_s);
    QTRY_COMPARE(m_pane->model()->rowCountState(), RowCount::State::Exact);
    QCOMPARE(m_pane->model()->rowCount(), 2);
    QTRY_VERIFY(m_pane->model()->isRowLoaded(1));
    QSet<qint64> shown;
    for (int r = 0; r < 2; ++r)
        shown
            << m_pane->model()->index(r, column(u"id"_s)).data(TableModel::ValueRole).toLongLong();
    QCOMPARE(shown, (QSet<qint64> {m_ids.posts.at(0), m_ids.posts.at(1)}));
    QCOMPARE(m_pane->model()->query().filters().size(), 1);

    // Back: Ann's row in the whole user table.
    m_pane->action(u"back"_s)->trigger();
    QCOMPARE(m_pane->currentTable(), u"user"_s);
    QVERIFY(!m_pane->model()->query().isFiltered());
    QTRY_COMPARE(currentId(), m_ids.ann);

    // Within one table (a task's parent task): the parent becomes the current row and the
    // only one selected.
    sql(u"INSERT INTO "_s + q(u"task"_s) + u" (id, title, parent_id) VALUES (?, ?, ?)"_s,
        {u"a-root"_s, u"Root"_s, QVariant(QMetaType(QMetaType::QString))});
    sql(u"INSERT INTO "_s + q(u"task"_s) + u" (id, title, parent_id) VALUES (?, ?, ?)"_s,
        {u"b-child"_s, u"Child"_s, u"a-root"_s});
    QVERIFY(showTable(u"task"_s));
    QCOMPARE(m_pane->model()->rowCount(), 2);
    m_pane->grid()->setCurrentIndex(m_pane->model()->index(1, 1)); // b-child, in key order
    m_pane->grid()->selectRow(1);
    QTreeWidgetItem *up = related(u"task (parent_id = "_s);
    QVERIFY(up);
    emit up->treeWidget()->itemActivated(up, 0);
    QTRY_COMPARE(m_pane->grid()->currentIndex().row(), 0);
    QCOMPARE(m_pane->selectedRows(), (QList<int> {0}));
}

void tst_BrowserEdit::partnersAndInheritance()
{
    QFETCH(QString, engine);
    QVERIFY(open(engine, u"tst_browseredit_partners"_s));
    QVERIFY(showTable(u"user"_s));
    m_pane->grid()->setCurrentIndex(m_pane->model()->index(rowOf(m_ids.bob), 1));

    // Followers is a many-to-many of users with themselves: both directions are offered.
    QList<QTreeWidgetItem *> links;
    for (QTreeWidgetItemIterator it(m_pane->findChild<QTreeWidget *>(u"related"_s)); *it; ++it) {
        if ((*it)->text(0).startsWith(u"user through followers"_s))
            links << *it;
    }
    QCOMPARE(links.size(), 2);
    const auto idsShown = [&] {
        QSet<qint64> ids;
        TableModel *model = m_pane->model();
        if (!QTest::qWaitFor([&] { return model->rowCountState() == RowCount::State::Exact; }))
            return ids;
        for (int r = 0; r < model->rowCount(); ++r) {
            if (!QTest::qWaitFor([&] { return model->isRowLoaded(r); }))
                return QSet<qint64> {-1};
            ids << model->index(r, column(u"id"_s)).data(TableModel::ValueRole).toLongLong();
        }
        return ids;
    };
    const auto sqlIds = [&](const QString &statement) {
        QSet<qint64> ids;
        QSqlQuery query(m_connection->database());
        query.prepare(statement);
        query.addBindValue(m_ids.bob);
        if (!query.exec())
            qWarning("%s", qPrintable(query.lastError().text()));
        while (query.next())
            ids << query.value(0).toLongLong();
        return ids;
    };
    const QString followers = q(u"followers"_s);
    const QSet<qint64> followed
        = sqlIds(u"SELECT followed_id FROM "_s + followers + u" WHERE follower_id = ?"_s);
    const QSet<qint64> following
        = sqlIds(u"SELECT follower_id FROM "_s + followers + u" WHERE followed_id = ?"_s);
    QCOMPARE(followed, (QSet<qint64> {m_ids.cid}));
    QCOMPARE(following, (QSet<qint64> {m_ids.ann}));
    QSet<QSet<qint64>> seen;
    for (int k = 0; k < 2; ++k) {
        QList<QTreeWidgetItem *> found;
        for (QTreeWidgetItemIterator it(m_pane->findChild<QTreeWidget *>(u"related"_s)); *it;
             ++it) {
            if ((*it)->text(0).startsWith(u"user through followers"_s))
                found << *it;
        }
        QCOMPARE(found.size(), 2);
        emit found.at(k)->treeWidget()->itemActivated(found.at(k), 0);
        QVERIFY(m_pane->findChild<QWidget *>(u"scope"_s)->isVisible());
        seen << idsShown();
        m_pane->action(u"back"_s)->trigger();
        QTRY_COMPARE(m_pane->model()
                         ->index(m_pane->grid()->currentIndex().row(), column(u"id"_s))
                         .data(TableModel::ValueRole)
                         .toLongLong(),
            m_ids.bob);
    }
    QCOMPARE(seen, (QSet<QSet<qint64>> {followed, following}));

    // Content in categories: the article's categories.
    QVERIFY(showTable(u"content"_s));
    m_pane->grid()->setCurrentIndex(m_pane->model()->index(0, 1));
    QTreeWidgetItem *categories = related(u"category through content_category"_s);
    QVERIFY(categories);
    emit categories->treeWidget()->itemActivated(categories, 0);
    QCOMPARE(m_pane->currentTable(), u"category"_s);
    QTRY_COMPARE(m_pane->model()->rowCountState(), RowCount::State::Exact);
    QCOMPARE(m_pane->model()->rowCount(), 2);

    // An engineer is an employee: the employee's columns show with the engineer's row.
    QVERIFY(showTable(u"engineer"_s));
    m_pane->grid()->setCurrentIndex(m_pane->model()->index(0, 1));
    QVERIFY(related(u"Inherited columns"_s));
    QVERIFY(related(u"name: “Eve”"_s));
}

void tst_BrowserEdit::duplicateRows()
{
    QFETCH(QString, engine);
    QVERIFY(open(engine, u"tst_browseredit_duplicate"_s));
    QVERIFY(showTable(u"user"_s));
    const QString users = q(u"user"_s);
    QTableView *grid = m_pane->grid();
    grid->setCurrentIndex(m_pane->model()->index(rowOf(m_ids.bob), 1));
    QVERIFY(m_pane->action(u"duplicateRows"_s)->isEnabled());

    // name is UNIQUE: the dialog asks for a new one, starting from a suggestion.
    bool asked = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto *values = dialog->findChild<QTableWidget *>(u"newValues"_s);
        QVERIFY(values);
        QCOMPARE(values->rowCount(), 1);
        QCOMPARE(values->horizontalHeaderItem(0)->text(), u"name"_s);
        QCOMPARE(values->item(0, 0)->text(), u"Bob (copy)"_s);
        values->item(0, 0)->setText(u"Bob Two"_s);
        asked = true;
        dialog->accept();
    });
    m_pane->action(u"duplicateRows"_s)->trigger();
    QVERIFY(asked);
    QCOMPARE(sql(u"SELECT COUNT(*) FROM "_s + users).toInt(), 4);
    const qint64 copy
        = sql(u"SELECT id FROM "_s + users + u" WHERE name = ?"_s, {u"Bob Two"_s}).toLongLong();
    QVERIFY(copy > m_ids.cid);
    QCOMPARE(sql(u"SELECT is_active FROM "_s + users + u" WHERE id = ?"_s, {copy}).toBool(), true);
    // The copy is selected in the grid.
    QTRY_VERIFY(grid->selectionModel()->hasSelection());
    QTRY_COMPARE(m_pane->model()
                     ->index(grid->currentIndex().row(), column(u"id"_s))
                     .data(TableModel::ValueRole)
                     .toLongLong(),
        copy);

    // A deep copy of the article takes its category links along.
    QVERIFY(showTable(u"content"_s));
    m_pane->grid()->setCurrentIndex(m_pane->model()->index(0, 1));
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QVERIFY(dialog->findChild<QCheckBox *>(u"deepCopy"_s)->isChecked());
        dialog->accept();
    });
    m_pane->action(u"deepDuplicateRows"_s)->trigger();
    const QString contents = q(u"content"_s);
    QCOMPARE(sql(u"SELECT COUNT(*) FROM "_s + contents).toInt(), 2);
    const qint64 article = sql(u"SELECT MAX(id) FROM "_s + contents).toLongLong();
    QVERIFY(article != m_ids.article);
    QCOMPARE(sql(u"SELECT COUNT(*) FROM "_s + q(u"content_category"_s) + u" WHERE content_id = ?"_s,
                 {article})
                 .toInt(),
        2);
    QTRY_COMPARE(m_pane->model()
                     ->index(m_pane->grid()->currentIndex().row(), column(u"id"_s))
                     .data(TableModel::ValueRole)
                     .toLongLong(),
        article);
}

// In the window, Edit > Delete, Edit > Duplicate and File > Save work on the grid's rows while
// the data page shows, and closing with unsaved rows asks first.
void tst_BrowserEdit::windowActionsOnTheDataPage()
{
    QVERIFY(open(u"sqlite"_s, u"tst_browseredit_window"_s));
    m_pane.reset();
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openDatabase(m_connection->address().path));
    BrowserPane *pane = window.browser();
    QCOMPARE(window.findChild<QStackedWidget *>()->currentWidget(), pane);
    pane->showTable(u"user"_s);
    QTRY_VERIFY(
        pane->model()->rowCountState() == RowCount::State::Exact && pane->model()->isRowLoaded(2));
    int cid = -1;
    for (int r = 0; r < 3; ++r) {
        if (pane->model()->index(r, 0).data(TableModel::ValueRole).toLongLong() == m_ids.cid)
            cid = r;
    }
    pane->grid()->setCurrentIndex(pane->model()->index(cid, 1));
    QVERIFY(window.action(u"delete"_s)->isEnabled());
    window.action(u"delete"_s)->trigger();
    QCOMPARE(pane->model()->rowState(cid), TableModel::RowState::Removed);
    // Edit > Undo takes it back here, not a step of the (hidden) design; Redo again.
    QVERIFY(window.action(u"undo"_s)->isEnabled());
    window.action(u"undo"_s)->trigger();
    QCOMPARE(pane->model()->rowState(cid), TableModel::RowState::Saved);
    window.action(u"redo"_s)->trigger();
    QCOMPARE(pane->model()->rowState(cid), TableModel::RowState::Removed);

    // Closing asks; Cancel keeps the window and the edit.
    bool asked = false;
    QTimer::singleShot(0, this, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        asked = true;
        box->button(QMessageBox::Cancel)->click();
    });
    QVERIFY(!window.close());
    QVERIFY(asked);
    QVERIFY(pane->model()->hasPendingEdits());

    // File > Save writes the rows, not the design.
    window.action(u"save"_s)->trigger();
    QVERIFY(!pane->model()->hasPendingEdits());
    QCOMPARE(sql(u"SELECT COUNT(*) FROM "_s + q(u"user"_s)).toInt(), 2);
}

// Views are listed after the tables on every engine and read like them, without editing.
void tst_BrowserEdit::views()
{
    QFETCH(QString, engine);
    QVERIFY(open(engine, u"tst_browseredit_views"_s));
    sql(u"CREATE VIEW "_s + q(u"active people"_s) + u" AS SELECT id, name FROM "_s + q(u"user"_s)
        + u" WHERE name <> 'Bob'"_s);
    QString error;
    QVERIFY2(m_pane->openDatabase(m_connection->address(), &error), qPrintable(error));
    auto *tables = m_pane->findChild<QTreeWidget *>(u"tables"_s);
    const QList<QTreeWidgetItem *> found = tables->findItems(u"active people"_s, Qt::MatchExactly);
    QCOMPARE(found.size(), 1);
    QVERIFY(found.first()->font(0).italic());
    QVERIFY(showTable(u"active people"_s));
    TableModel *model = m_pane->model();
    QCOMPARE(model->query().columnNames(), (QStringList {u"id"_s, u"name"_s}));
    QCOMPARE(model->rowCount(), 2);
    QSet<QString> names;
    for (int r = 0; r < 2; ++r)
        names << model->index(r, 1).data().toString();
    QCOMPARE(names, (QSet<QString> {u"Ann"_s, u"Cid"_s}));
    QVERIFY(!model->isEditable());
    QVERIFY(!m_pane->action(u"addRow"_s)->isEnabled());
}

// Save (the pane's button, or File > Save) with a cell editor still open saves what it holds,
// as leaving the cell would: a foreign-key picker keeps its editor open after its completer
// takes the Enter, and the typed value must not be lost.
void tst_BrowserEdit::saveCommitsTheOpenEditor()
{
    QFETCH(QString, engine);
    QVERIFY(open(engine, u"tst_browseredit_openeditor"_s));
    QVERIFY(showTable(u"user"_s));
    TableModel *model = m_pane->model();
    QTableView *grid = m_pane->grid();

    // Typed, not committed: Save is offered, and saves it.
    grid->setCurrentIndex(model->index(rowOf(m_ids.bob), column(u"name"_s)));
    grid->setFocus();
    QTest::keyClick(grid, Qt::Key_F2);
    QLineEdit *editor = openEditor<QLineEdit>(u"cellEditor"_s);
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, u"Roberta"_s);
    QVERIFY(!model->hasPendingEdits());
    QTRY_VERIFY(m_pane->action(u"saveEdits"_s)->isEnabled());
    clickToolButton(u"saveEdits"_s);
    QCOMPARE(
        sql(u"SELECT name FROM "_s + q(u"user"_s) + u" WHERE id = ?"_s, {m_ids.bob}).toString(),
        u"Roberta"_s);
    QVERIFY(!model->hasPendingEdits());
    QVERIFY(!openEditor<QLineEdit>(u"cellEditor"_s));

    // Text the column cannot take stays in its editor, with the reason; nothing is saved.
    QTRY_VERIFY(rowOf(m_ids.bob) >= 0);
    grid->setCurrentIndex(model->index(rowOf(m_ids.bob), column(u"score"_s)));
    grid->setFocus();
    QTest::keyClick(grid, Qt::Key_F2);
    editor = openEditor<QLineEdit>(u"cellEditor"_s);
    QVERIFY(editor);
    QTest::keyClicks(editor, u"many"_s);
    QString error;
    QVERIFY(!m_pane->saveEdits(&error));
    QVERIFY2(error.contains(u"Escape"_s), qPrintable(error));
    QVERIFY(editor->isVisible());
    QTest::keyClick(editor, Qt::Key_Escape);
    QVERIFY(!model->hasPendingEdits());

    // The post's author through the picker: "Cid" typed, the completer's choice taken with
    // Enter, and Save pressed at once.
    QVERIFY(showTable(u"post"_s));
    model = m_pane->model();
    const int post = rowOf(m_ids.posts.at(0));
    QVERIFY(post >= 0);
    grid->setCurrentIndex(model->index(post, column(u"user_id"_s)));
    grid->setFocus();
    QTest::keyClick(grid, Qt::Key_F2);
    auto *picker = openEditor<QComboBox>(u"foreignKeyPicker"_s);
    QVERIFY(picker);
    picker->lineEdit()->selectAll();
    QTest::keyClicks(picker->lineEdit(), u"Cid"_s);
    QWidget *popup = picker->completer()->popup();
    QTRY_VERIFY(popup->isVisible());
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    QTRY_VERIFY(!popup->isVisible());
    QCOMPARE(picker->currentText(), QString::number(m_ids.cid) + u" — Cid"_s);
    // The completer had the Enter: the editor is still open, nothing in the model yet.
    QVERIFY(picker->isVisible());
    QVERIFY(!model->hasPendingEdits());
    QTRY_VERIFY(m_pane->action(u"saveEdits"_s)->isEnabled());
    clickToolButton(u"saveEdits"_s);
    QCOMPARE(sql(u"SELECT user_id FROM "_s + q(u"post"_s) + u" WHERE id = ?"_s, {m_ids.posts.at(0)})
                 .toLongLong(),
        m_ids.cid);
    QVERIFY(!model->hasPendingEdits());
}

// A delete that rows of other tables keep from happening names them and their counts, as
// the database has them (its own foreign keys, written here in plain SQL, without the
// design's conventions): direct ones, a table without a key, and rows a cascade would delete
// that are referred to in turn.
void tst_BrowserEdit::refusedDeleteNamesTheReferringRows()
{
    QFETCH(QString, engine);
    const QStringList statements {
        u"CREATE TABLE member (id INTEGER NOT NULL, name VARCHAR(40) NOT NULL, "
        "PRIMARY KEY (id))"_s,
        u"CREATE TABLE note (id INTEGER NOT NULL, member_id INTEGER NOT NULL, body VARCHAR(80), "
        "PRIMARY KEY (id), FOREIGN KEY (member_id) REFERENCES member (id))"_s,
        u"CREATE TABLE follows (follower_id INTEGER NOT NULL, followed_id INTEGER NOT NULL, "
        "FOREIGN KEY (follower_id) REFERENCES member (id), "
        "FOREIGN KEY (followed_id) REFERENCES member (id))"_s,
        u"CREATE TABLE album (id INTEGER NOT NULL, member_id INTEGER NOT NULL, PRIMARY KEY (id), "
        "FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE)"_s,
        u"CREATE TABLE photo (id INTEGER NOT NULL, album_id INTEGER NOT NULL, PRIMARY KEY (id), "
        "FOREIGN KEY (album_id) REFERENCES album (id))"_s,
        u"CREATE TABLE badge (id INTEGER NOT NULL, member_id INTEGER, PRIMARY KEY (id), "
        "FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE SET NULL)"_s,
        u"INSERT INTO member (id, name) VALUES (1, 'Ann'), (2, 'Bob'), (3, 'Cid'), (4, 'Dee')"_s,
        u"INSERT INTO follows (follower_id, followed_id) VALUES (3, 1), (2, 3), (1, 2)"_s,
        u"INSERT INTO album (id, member_id) VALUES (1, 3), (2, 1)"_s,
        u"INSERT INTO photo (id, album_id) VALUES (1, 1), (2, 1), (3, 2)"_s,
        u"INSERT INTO badge (id, member_id) VALUES (1, 3), (2, 4)"_s,
    };
    QVERIFY(openMade(engine, u"tst_browseredit_refused"_s, statements));
    for (int i = 1; i <= 12; ++i)
        sql(u"INSERT INTO note (id, member_id, body) VALUES (?, ?, ?)"_s,
            {i, 3, QString(u"note "_s + QString::number(i))});
    sql(u"INSERT INTO note (id, member_id, body) VALUES (13, 1, 'by Ann')"_s);

    QVERIFY(showTable(u"member"_s));
    TableModel *model = m_pane->model();
    QTableView *grid = m_pane->grid();
    const auto rowWithId = [&](qint64 id) {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(TableModel::ValueRole).toLongLong() == id)
                return row;
        }
        return -1;
    };
    grid->setCurrentIndex(model->index(rowWithId(3), 1));
    m_pane->action(u"deleteRows"_s)->trigger();
    QCOMPARE(model->rowState(rowWithId(3)), TableModel::RowState::Removed);
    clickToolButton(u"saveEdits"_s);

    auto *shown = m_pane->findChild<QLabel *>(u"errorLabel"_s);
    QVERIFY(shown->isVisible());
    const QString message = shown->text();
    // 12 notes and 2 follows refer to Cid; the album goes with Cid, but its 2 photos refer to
    // it; the badge is set to NULL.
    QVERIFY2(message.startsWith(u"Cannot delete member 3: 12 row"_s), qPrintable(message));
    for (const QString &part : {u" of note"_s, u"2 row"_s, u" of follows"_s, u" of photo"_s})
        QVERIFY2(message.contains(part), qPrintable(part + u" in: "_s + message));
    QVERIFY2(!message.contains(u"badge"_s) && !message.contains(u"album"_s), qPrintable(message));
    QVERIFY2(message.indexOf(u"note"_s) < message.indexOf(u"follows"_s), qPrintable(message));
    QVERIFY2(message.contains(u"Nothing was saved."_s), qPrintable(message));
    QCOMPARE(sql(u"SELECT COUNT(*) FROM member"_s).toInt(), 4);
    QCOMPARE(sql(u"SELECT COUNT(*) FROM album"_s).toInt(), 2);
    QVERIFY(model->hasPendingEdits());

    // A row nothing holds back goes: Dee, whose badge is set to NULL.
    m_pane->revertEdits();
    grid->selectionModel()->clearSelection();
    grid->setCurrentIndex(model->index(rowWithId(4), 1));
    m_pane->action(u"deleteRows"_s)->trigger();
    clickToolButton(u"saveEdits"_s);
    QVERIFY(!model->hasPendingEdits());
    QCOMPARE(sql(u"SELECT COUNT(*) FROM member"_s).toInt(), 3);
    QVERIFY(sql(u"SELECT member_id FROM badge WHERE id = 2"_s).isNull());
}

// A REAL shows as the shortest text that reads back as the same number (30.69, not
// 30.689999999999998 or 30.6900005340576), in the grid, the editor, the value panel and the
// row's relationships, whatever the engine keeps: SQLite's 8-byte REAL, PostgreSQL's 4-byte
// REAL and DOUBLE PRECISION, MariaDB's FLOAT and DOUBLE.
void tst_BrowserEdit::realsInTheirShortestForm()
{
    QFETCH(QString, engine);
    const bool mysql = engine == u"mysql"_s;
    const QString doubleType = engine == u"postgresql"_s ? u"DOUBLE PRECISION"_s : u"DOUBLE"_s;
    QVERIFY(openMade(engine, u"tst_browseredit_reals"_s,
        {u"CREATE TABLE reading (id INTEGER NOT NULL, single_value %1, double_value %2, "
         "PRIMARY KEY (id))"_s.arg(mysql ? u"FLOAT"_s : u"REAL"_s, doubleType),
            u"INSERT INTO reading (id, single_value, double_value) VALUES "
            "(1, 30.69, 30.69), (2, 0.1, 0.3), (3, -1.5, 1e-7), (4, 3.14159, 123456.789)"_s}));
    QVERIFY(showTable(u"reading"_s));
    TableModel *model = m_pane->model();
    QCOMPARE(model->rowCount(), 4);
    const QList<QStringList> expected {{u"30.69"_s, u"30.69"_s}, {u"0.1"_s, u"0.3"_s},
        {u"-1.5"_s, u"1e-07"_s}, {u"3.14159"_s, u"123456.789"_s}};
    auto *valueText = m_pane->findChild<QPlainTextEdit *>(u"valueText"_s);
    for (int row = 0; row < 4; ++row) {
        for (int c = 1; c <= 2; ++c) {
            const QModelIndex index = model->index(row, c);
            const QString want = expected.at(row).at(c - 1);
            QCOMPARE(index.data().toString(), want);
            QCOMPARE(model->editText(index), want);
            m_pane->grid()->setCurrentIndex(index);
            QCOMPARE(valueText->toPlainText(), want);
        }
    }
}

// Columns are as wide as their header and the first rows need, up to a bound; a width the
// user gives stays through sorting.
void tst_BrowserEdit::columnsFitTheirContents()
{
    const QString longName = u"a_rather_long_column_name_for_a_flag"_s;
    QVERIFY(openMade(u"sqlite"_s, u"tst_browseredit_widths"_s,
        {u"CREATE TABLE wide (id INTEGER PRIMARY KEY, %1 INTEGER, body TEXT, tag TEXT)"_s.arg(
             longName),
            u"INSERT INTO wide VALUES (1, 0, '%1', 'ab'), (2, 1, 'short', 'abc')"_s.arg(
                QString(300, u'w')),
            u"INSERT INTO wide VALUES (3, 1, 'Person 10 with a fairly long name', 'a')"_s}));
    QVERIFY(showTable(u"wide"_s));
    QHeaderView *header = m_pane->grid()->horizontalHeader();
    const QFontMetrics metrics = m_pane->grid()->fontMetrics();
    const int bound = metrics.averageCharWidth() * 40;
    QTRY_VERIFY(header->sectionSize(2) > header->sectionSize(3));
    // The header whole, though its values are one digit.
    QVERIFY2(header->sectionSize(1) >= metrics.horizontalAdvance(longName),
        qPrintable(QString::number(header->sectionSize(1))));
    // The long text stops at the bound, which is wider than the default.
    QVERIFY(header->sectionSize(2) <= bound + metrics.averageCharWidth() * 2);
    QVERIFY(header->sectionSize(2) > header->defaultSectionSize());
    // A short column is narrow, and shows its values whole.
    QVERIFY2(header->sectionSize(3) < header->defaultSectionSize(),
        qPrintable(QString::number(header->sectionSize(3))));
    QVERIFY(header->sectionSize(3) >= metrics.horizontalAdvance(u"abc"_s));
    QVERIFY(header->sectionSize(0) >= metrics.horizontalAdvance(u"id"_s));

    header->resizeSection(3, 150);
    m_pane->model()->sort(2, Qt::DescendingOrder);
    QTRY_VERIFY(m_pane->model()->isRowLoaded(0));
    QCOMPARE(header->sectionSize(3), 150);
}

QTEST_MAIN(tst_BrowserEdit)
#include "tst_browseredit.moc"
