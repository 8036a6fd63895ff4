#include "browser/browserpane.h"
#include "browser/tablemodel.h"
#include "browser/tablesidebar.h"

#include "database/connection.h"
#include "database/schemaimporter.h"
#include "diff/migrationplan.h"
#include "diff/migrator.h"
#include "diff/schemadiff.h"
#include "schema/schema.h"

#include <QAction>
#include <QBuffer>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

// The data browser pane on a real SQLite file, driven through its widgets: the sidebar's
// tables, counts and relationships, the grid's rows, sorting from the header, filters and a
// free WHERE from the filter bar (checked against plain SQL written here), errors in the
// pane, and the value panel for text, NULL and an image.
class tst_BrowserPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sidebar();
    void rowsSortAndLastRow();
    void filters();
    void valuePanel();
    void exportView();
    void view();
    void openFailureKeepsNothingOpen();
    void migrationHistoryApart();

private:
    template<typename T>
    T *child(const QString &name)
    {
        T *widget = m_pane->findChild<T *>(name);
        if (!widget)
            qWarning("no %s", qPrintable(name));
        return widget;
    }
    QVariant sqlValue(const QString &statement);
    bool waitForFirstRow();
    bool waitForExactCount();
    QSet<qint64> sqlIds(const QString &statement);
    static QSet<qint64> exportedIds(const QString &path, const QString &table);

    QTemporaryDir m_dir;
    DatabaseAddress m_address;
    Connection m_connection;
    QByteArray m_png;
    std::unique_ptr<BrowserPane> m_pane;
};

namespace {

constexpr int Users = 5000;
constexpr int Posts = 1200;
enum { Id, Name, NoteColumn, Photo };

QString nameOf(int i)
{
    return (i % 7 == 0 ? u"Max "_s : u"Bob "_s) + QString::number((i * 7919) % 10007);
}

} // namespace

QVariant tst_BrowserPane::sqlValue(const QString &statement)
{
    QSqlQuery sql(m_connection.database());
    if (!sql.exec(statement) || !sql.next()) {
        qWarning("%s: %s", qPrintable(statement), qPrintable(sql.lastError().text()));
        return {};
    }
    return sql.value(0);
}

bool tst_BrowserPane::waitForFirstRow()
{
    return QTest::qWaitFor(
        [&] {
            TableModel *model = m_pane->model();
            return model && model->rowCount() > 0
                && model->data(model->index(0, 0), TableModel::IsLoadedRole).toBool();
        },
        20000);
}

bool tst_BrowserPane::waitForExactCount()
{
    return QTest::qWaitFor(
        [&] { return m_pane->model()->rowCountState() == RowCount::State::Exact; }, 20000);
}

void tst_BrowserPane::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_address.path = m_dir.filePath(u"pane.sqlite"_s);
    QString error;
    QVERIFY2(
        m_connection.open(m_address, Connection::Mode::CreateIfMissing, &error), qPrintable(error));
    QSqlDatabase db = m_connection.database();
    QSqlQuery sql(db);
    QVERIFY(sql.exec(u"CREATE TABLE user (id INTEGER PRIMARY KEY, name TEXT, note TEXT NULL, "
                     "photo BLOB)"_s));
    QVERIFY(sql.exec(u"CREATE TABLE post (id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES "
                     "user(id), title TEXT)"_s));

    QImage image(12, 8, QImage::Format_RGB32);
    image.fill(Qt::red);
    QBuffer buffer(&m_png);
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(image.save(&buffer, "PNG"));

    db.transaction();
    QVERIFY(sql.prepare(u"INSERT INTO user VALUES (?, ?, ?, ?)"_s));
    for (int i = 1; i <= Users; ++i) {
        sql.addBindValue(i);
        sql.addBindValue(nameOf(i));
        sql.addBindValue(i % 10 == 0 ? QVariant(QMetaType(QMetaType::QString))
                                     : QVariant(u"note "_s + QString::number(i)));
        sql.addBindValue(i == 1 ? QVariant(m_png)
                : i % 3 == 0    ? QVariant(QByteArray(i % 50, 'z'))
                                : QVariant(QMetaType(QMetaType::QByteArray)));
        QVERIFY2(sql.exec(), qPrintable(sql.lastError().text()));
    }
    QVERIFY(sql.prepare(u"INSERT INTO post VALUES (?, ?, ?)"_s));
    for (int i = 1; i <= Posts; ++i) {
        sql.addBindValue(i);
        sql.addBindValue(1 + (i * 13) % Users);
        sql.addBindValue(QString(u"title "_s + QString::number(i)));
        QVERIFY2(sql.exec(), qPrintable(sql.lastError().text()));
    }
    QVERIFY(db.commit());
    QVERIFY(sql.exec(u"CREATE VIEW early_post AS SELECT id, title, user_id * 2 AS twice "
                     "FROM post WHERE id <= 100"_s));

    m_pane = std::make_unique<BrowserPane>();
    m_pane->resize(1200, 700);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
    QSignalSpy opened(m_pane.get(), &BrowserPane::databaseOpened);
    QVERIFY2(m_pane->openDatabase(m_address, &error), qPrintable(error));
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().first().toString(), m_address.path);
}

void tst_BrowserPane::sidebar()
{
    auto *tables = child<QTreeWidget>(u"tables"_s);
    QVERIFY(tables);
    QCOMPARE(tables->topLevelItemCount(), 3); // two tables, then the view
    const auto item = [&](const QString &name) -> QTreeWidgetItem * {
        const QList<QTreeWidgetItem *> found = tables->findItems(name, Qt::MatchExactly);
        return found.size() == 1 ? found.first() : nullptr;
    };
    QTreeWidgetItem *user = item(u"user"_s);
    QTreeWidgetItem *post = item(u"post"_s);
    QVERIFY(user && post);
    // Estimates: SQLite's rowid range, which here has no gaps.
    QCOMPARE(post->text(1), QString(u'~' + QLocale().toString(Posts)));

    // An exact count on request, for the selected table.
    tables->setCurrentItem(post);
    QTRY_COMPARE(m_pane->currentTable(), u"post"_s);
    auto *count = child<QPushButton>(u"countRows"_s);
    QVERIFY(count);
    QTest::mouseClick(count, Qt::LeftButton);
    // Counted on a worker thread: the window goes on meanwhile.
    QTRY_COMPARE(
        post->text(1), QLocale().toString(sqlValue(u"SELECT count(*) FROM post"_s).toInt()));

    // The link seen from both ends.
    auto *relationships = child<QListWidget>(u"relationships"_s);
    QVERIFY(relationships);
    QCOMPARE(relationships->count(), 1);
    QCOMPARE(relationships->item(0)->text(), u"post.user_id → user"_s);
    tables->setCurrentItem(user);
    QCOMPARE(m_pane->currentTable(), u"user"_s);
    QCOMPARE(relationships->count(), 1);
    QCOMPARE(relationships->item(0)->text(), u"← post.user_id"_s);
    QVERIFY(waitForFirstRow());
    // The user table's count became exact once the grid's model counted it.
    QTRY_COMPARE(user->text(1), QLocale().toString(Users));
}

void tst_BrowserPane::rowsSortAndLastRow()
{
    m_pane->showTable(u"user"_s);
    QVERIFY(waitForFirstRow());
    auto *grid = child<QTableView>(u"grid"_s);
    QVERIFY(grid);
    TableModel *model = m_pane->model();
    QCOMPARE(grid->model(), model);
    QCOMPARE(model->data(model->index(0, Id), TableModel::ValueRole).toLongLong(), 1);
    QCOMPARE(model->data(model->index(0, Name), Qt::DisplayRole).toString(), nameOf(1));
    QVERIFY(!grid->wordWrap());
    QCOMPARE(grid->verticalHeader()->sectionResizeMode(0), QHeaderView::Fixed);
    QVERIFY(waitForExactCount());
    auto *status = child<QLabel>(u"rowStatus"_s);
    QVERIFY(status);
    QCOMPARE(status->text(), u"%1 rows"_s.arg(QLocale().toString(Users)));

    // A click on the name header sorts in SQL; the first row is the min or max name.
    QHeaderView *header = grid->horizontalHeader();
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
        QPoint(header->sectionViewportPosition(Name) + header->sectionSize(Name) / 2,
            header->height() / 2));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model->query().sortColumn(), int(Name));
    QCOMPARE(header->sortIndicatorSection(), int(Name));
    const bool descending = header->sortIndicatorOrder() == Qt::DescendingOrder;
    QVERIFY(waitForFirstRow());
    QCOMPARE(model->data(model->index(0, Name), TableModel::ValueRole).toString(),
        sqlValue(descending ? u"SELECT max(name) FROM user"_s : u"SELECT min(name) FROM user"_s)
            .toString());
    // The other way round on a second click.
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
        QPoint(header->sectionViewportPosition(Name) + header->sectionSize(Name) / 2,
            header->height() / 2));
    QCOMPARE(reset.size(), 2);
    QVERIFY(waitForFirstRow());
    QCOMPARE(model->data(model->index(0, Name), TableModel::ValueRole).toString(),
        sqlValue(descending ? u"SELECT min(name) FROM user"_s : u"SELECT max(name) FROM user"_s)
            .toString());

    // Back to the table's order, then to its end.
    m_pane->showTable(u"post"_s);
    m_pane->showTable(u"user"_s);
    model = m_pane->model();
    QCOMPARE(header->sortIndicatorSection(), -1);
    QVERIFY(waitForFirstRow());
    QVERIFY(waitForExactCount());
    grid->scrollToBottom();
    const QModelIndex last = model->index(model->rowCount() - 1, Id);
    grid->setCurrentIndex(last);
    QTRY_VERIFY(model->data(last, TableModel::IsLoadedRole).toBool());
    const QVariant lastId = sqlValue(u"SELECT max(id) FROM user"_s);
    QCOMPARE(model->data(last, TableModel::ValueRole), lastId);
    auto *text = child<QPlainTextEdit>(u"valueText"_s);
    QVERIFY(text);
    QTRY_COMPARE(text->toPlainText(), lastId.toString());
}

void tst_BrowserPane::filters()
{
    m_pane->showTable(u"user"_s);
    QVERIFY(waitForFirstRow());
    auto *column = child<QComboBox>(u"columnFilter"_s);
    auto *op = child<QComboBox>(u"operatorFilter"_s);
    auto *value = child<QLineEdit>(u"valueFilter"_s);
    auto *upper = child<QLineEdit>(u"upperFilter"_s);
    auto *add = child<QPushButton>(u"addFilter"_s);
    auto *where = child<QLineEdit>(u"whereFilter"_s);
    auto *apply = child<QPushButton>(u"applyFilters"_s);
    auto *clear = child<QPushButton>(u"clearFilters"_s);
    auto *chips = child<QWidget>(u"filters"_s);
    auto *error = child<QLabel>(u"errorLabel"_s);
    auto *status = child<QLabel>(u"rowStatus"_s);
    QVERIFY(column && op && value && upper && add && where && apply && clear && chips && error
        && status);
    QCOMPARE(op->count(), int(RowFilter::Operator::IsNotNull) + 1);
    QCOMPARE(where->placeholderText(), u"WHERE …"_s);

    // The upper bound is only there for "between".
    op->setCurrentIndex(op->findText(RowFilter::operatorName(RowFilter::Operator::Between)));
    QVERIFY(upper->isVisible());
    op->setCurrentIndex(op->findText(RowFilter::operatorName(RowFilter::Operator::Contains)));
    QVERIFY(!upper->isVisible());

    // name contains "x", through the widgets: the chip filters as soon as it is added, and
    // the count follows (Apply is for the WHERE box).
    column->setCurrentIndex(column->findText(u"name"_s));
    QTest::keyClicks(value, u"x"_s);
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(chips->findChildren<QToolButton *>().size(), 1);
    TableModel *model = m_pane->model();
    QCOMPARE(model->query().filters().size(), 1);
    QVERIFY(waitForExactCount());
    QVERIFY(waitForFirstRow());
    const int matching = sqlValue(u"SELECT count(*) FROM user WHERE name LIKE '%x%'"_s).toInt();
    QVERIFY(matching > 0 && matching < Users);
    QCOMPARE(model->rowCount(), matching);
    QCOMPARE(model->data(model->index(0, Id), TableModel::ValueRole),
        sqlValue(u"SELECT min(id) FROM user WHERE name LIKE '%x%'"_s));
    QCOMPARE(status->text(), u"%1 rows (filtered)"_s.arg(QLocale().toString(matching)));
    QVERIFY(!error->isVisible());

    // A WHERE that does not parse: the message under the bar, the pane still working.
    QTest::keyClicks(where, u"no_such_column >"_s);
    QTest::mouseClick(apply, Qt::LeftButton);
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(!error->text().isEmpty(), qPrintable(error->text()));
    QCOMPARE(error->text(), model->lastError());
    QVERIFY(m_pane->isVisible());

    // Clear: no filters, no error, every row.
    QTest::mouseClick(clear, Qt::LeftButton);
    QVERIFY(where->text().isEmpty());
    QVERIFY(chips->findChildren<QToolButton *>().isEmpty());
    QVERIFY(!error->isVisible());
    QVERIFY(waitForExactCount());
    QCOMPARE(model->rowCount(), Users);
    QCOMPARE(status->text(), u"%1 rows"_s.arg(QLocale().toString(Users)));

    // Enter in the value field adds and applies too; a chip's × removes its filter, and the
    // rows follow at once.
    column->setCurrentIndex(column->findText(u"note"_s));
    value->setFocus();
    QTest::keyClicks(value, u"note 1"_s);
    QTest::keyClick(value, Qt::Key_Return);
    QCOMPARE(chips->findChildren<QToolButton *>().size(), 1);
    QVERIFY(waitForExactCount());
    const int notes = sqlValue(u"SELECT count(*) FROM user WHERE note LIKE '%note 1%'"_s).toInt();
    QCOMPARE(model->rowCount(), notes);
    QCOMPARE(status->text(), u"%1 rows (filtered)"_s.arg(QLocale().toString(notes)));
    op->setCurrentIndex(op->findText(RowFilter::operatorName(RowFilter::Operator::IsNull)));
    QTest::mouseClick(add, Qt::LeftButton);
    QList<QToolButton *> buttons = chips->findChildren<QToolButton *>();
    QCOMPARE(buttons.size(), 2);
    QVERIFY(waitForExactCount());
    QCOMPARE(model->rowCount(), 0); // NULL and containing "note 1": none
    QCOMPARE(status->text(), u"0 rows (filtered)"_s);
    QTest::mouseClick(buttons.first(), Qt::LeftButton);
    QTRY_COMPARE(chips->findChildren<QToolButton *>().size(), 1);
    QVERIFY(waitForExactCount());
    const int nulls = sqlValue(u"SELECT count(*) FROM user WHERE note IS NULL"_s).toInt();
    QVERIFY(nulls > 0);
    QCOMPARE(model->rowCount(), nulls);
    QCOMPARE(status->text(), u"%1 rows (filtered)"_s.arg(QLocale().toString(nulls)));
    QTest::mouseClick(clear, Qt::LeftButton);
}

void tst_BrowserPane::valuePanel()
{
    m_pane->showTable(u"user"_s);
    QVERIFY(waitForFirstRow());
    auto *grid = child<QTableView>(u"grid"_s);
    auto *panel = child<QWidget>(u"valuePanel"_s);
    auto *info = child<QLabel>(u"valueInfo"_s);
    auto *null = child<QLabel>(u"valueNull"_s);
    auto *image = child<QLabel>(u"valueImage"_s);
    auto *text = child<QPlainTextEdit>(u"valueText"_s);
    QVERIFY(grid && panel && info && null && image && text);
    QVERIFY(panel->isVisible());
    TableModel *model = m_pane->model();

    // Text.
    grid->setCurrentIndex(model->index(1, NoteColumn)); // id 2
    QCOMPARE(text->toPlainText(), u"note 2"_s);
    QVERIFY(text->isEnabled());
    QVERIFY(!null->isVisible());

    // NULL, apart from any text.
    grid->setCurrentIndex(model->index(9, NoteColumn)); // id 10
    QVERIFY(model->data(model->index(9, NoteColumn), TableModel::IsNullRole).toBool());
    QVERIFY(null->isVisible());
    QCOMPARE(null->text(), u"NULL"_s);
    QVERIFY(null->font().italic());
    QVERIFY(text->toPlainText().isEmpty());
    QVERIFY(!text->isEnabled());

    // A PNG: its size, a preview and the first bytes in hex.
    grid->setCurrentIndex(model->index(0, Photo)); // id 1
    QVERIFY(!null->isVisible());
    QVERIFY(image->isVisible());
    QVERIFY(!image->pixmap().isNull());
    QCOMPARE(image->pixmap().size(), QSize(12, 8));
    QVERIFY2(info->text().contains(QLocale().toString(m_png.size())), qPrintable(info->text()));
    QVERIFY2(text->toPlainText().startsWith(u"00000000  89 50 4e 47"_s),
        qPrintable(text->toPlainText()));

    // A BLOB that is no image: no preview.
    grid->setCurrentIndex(model->index(2, Photo)); // id 3: 3 bytes of 'z'
    QVERIFY(!image->isVisible());
    QVERIFY(text->toPlainText().startsWith(u"00000000  7a 7a 7a"_s));
    QVERIFY(info->text().contains(u"3"_s));
}

QSet<qint64> tst_BrowserPane::sqlIds(const QString &statement)
{
    QSet<qint64> ids;
    QSqlQuery sql(m_connection.database());
    if (!sql.exec(statement))
        qWarning("%s: %s", qPrintable(statement), qPrintable(sql.lastError().text()));
    while (sql.next())
        ids.insert(sql.value(0).toLongLong());
    return ids;
}

// The ids of the rows in an exported file, which must hold `table` alone; -1 in the set
// for a row without an integer id, and empty if the file is not that shape.
QSet<qint64> tst_BrowserPane::exportedIds(const QString &path, const QString &table)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("cannot open %s", qPrintable(path));
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        qWarning("%s: %s", qPrintable(path), qPrintable(parseError.errorString()));
        return {};
    }
    const QJsonObject object = document.object();
    if (object.keys() != QStringList {table} || !object.value(table).isArray()) {
        qWarning("%s: keys %s", qPrintable(path), qPrintable(object.keys().join(u", "_s)));
        return {};
    }
    QSet<qint64> ids;
    const QJsonArray rows = object.value(table).toArray();
    for (const QJsonValue &row : rows) {
        const QJsonValue id = row.toObject().value(u"id"_s);
        ids.insert(id.isDouble() ? id.toInteger(-1) : -1);
    }
    if (ids.size() != rows.size()) {
        qWarning("%s: %lld rows, %lld distinct ids", qPrintable(path), qlonglong(rows.size()),
            qlonglong(ids.size()));
        return {};
    }
    return ids;
}

void tst_BrowserPane::exportView()
{
    m_pane->showTable(u"user"_s);
    QVERIFY(waitForFirstRow());
    auto *exportButton = child<QPushButton>(u"exportView"_s);
    auto *column = child<QComboBox>(u"columnFilter"_s);
    auto *op = child<QComboBox>(u"operatorFilter"_s);
    auto *value = child<QLineEdit>(u"valueFilter"_s);
    auto *add = child<QPushButton>(u"addFilter"_s);
    auto *where = child<QLineEdit>(u"whereFilter"_s);
    auto *apply = child<QPushButton>(u"applyFilters"_s);
    auto *clear = child<QPushButton>(u"clearFilters"_s);
    QVERIFY(exportButton && column && op && value && add && where && apply && clear);
    QVERIFY(exportButton->isEnabled());
    QSignalSpy status(m_pane.get(), &BrowserPane::statusMessage);

    // name contains "x" and a free WHERE, through the widgets.
    column->setCurrentIndex(column->findText(u"name"_s));
    op->setCurrentIndex(op->findText(RowFilter::operatorName(RowFilter::Operator::Contains)));
    QTest::keyClicks(value, u"x"_s);
    QTest::mouseClick(add, Qt::LeftButton);
    QTest::keyClicks(where, u"id % 2 = 0"_s);
    QTest::mouseClick(apply, Qt::LeftButton);
    QVERIFY(waitForExactCount());
    const QString condition = u"name LIKE '%x%' AND id % 2 = 0"_s;
    const int matching = sqlValue(u"SELECT count(*) FROM user WHERE "_s + condition).toInt();
    QVERIFY(matching > 0 && matching < Users);
    QCOMPARE(m_pane->model()->rowCount(), matching);

    const QString filteredPath = m_dir.filePath(u"filtered.json"_s);
    QString error;
    QVERIFY2(m_pane->exportCurrentView(filteredPath, &error), qPrintable(error));
    const QSet<qint64> filteredIds = exportedIds(filteredPath, u"user"_s);
    QCOMPARE(filteredIds.size(), matching);
    QCOMPARE(filteredIds, sqlIds(u"SELECT id FROM user WHERE "_s + condition));
    QVERIFY(!status.isEmpty());
    QCOMPARE(status.last().first().toString(),
        u"Exported %1 rows of user to %2"_s.arg(
            QLocale().toString(matching), QDir::toNativeSeparators(filteredPath)));
    QVERIFY(exportButton->isEnabled());

    // Unfiltered: every row.
    QTest::mouseClick(clear, Qt::LeftButton);
    QVERIFY(waitForExactCount());
    QCOMPARE(m_pane->model()->rowCount(), Users);
    const QString allPath = m_dir.filePath(u"all.json"_s);
    QVERIFY2(m_pane->exportCurrentView(allPath, &error), qPrintable(error));
    const QSet<qint64> allIds = exportedIds(allPath, u"user"_s);
    QCOMPARE(allIds.size(), Users);
    QCOMPARE(allIds, sqlIds(u"SELECT id FROM user"_s));

    // Cancel from the progress dialog while the worker waits at its first progress step:
    // no file, and the pane says so.
    QSemaphore reached, proceed;
    m_pane->setExportProgressHookForTests([&](qint64, qint64) {
        reached.release();
        proceed.tryAcquire(1, 20000);
    });
    bool clicked = false;
    bool disabledWhileExporting = false;
    QTimer canceller;
    canceller.setInterval(10);
    connect(&canceller, &QTimer::timeout, this, [&] {
        if (!reached.tryAcquire())
            return;
        canceller.stop();
        disabledWhileExporting = !exportButton->isEnabled();
        if (auto *progress = m_pane->findChild<QProgressDialog *>(u"exportProgress"_s)) {
            if (auto *cancel = progress->findChild<QPushButton *>()) {
                cancel->click();
                clicked = true;
            }
        }
        proceed.release();
    });
    canceller.start();
    const QString cancelledPath = m_dir.filePath(u"cancelled.json"_s);
    QVERIFY(!m_pane->exportCurrentView(cancelledPath, &error));
    m_pane->setExportProgressHookForTests({});
    QVERIFY(clicked);
    QVERIFY(disabledWhileExporting);
    QCOMPARE(error, u"Cancelled; nothing was written."_s);
    QCOMPARE(status.last().first().toString(), error);
    QVERIFY(!QFileInfo::exists(cancelledPath));
    QVERIFY(exportButton->isEnabled());
}

// A view is listed after the tables and browsed like one, read-only.
void tst_BrowserPane::view()
{
    auto *tables = child<QTreeWidget>(u"tables"_s);
    QTreeWidgetItem *item = tables->topLevelItem(2);
    QCOMPARE(item->text(0), u"early_post"_s);
    QVERIFY(item->font(0).italic());
    tables->setCurrentItem(item);
    QCOMPARE(m_pane->currentTable(), u"early_post"_s);
    TableModel *model = m_pane->model();
    QCOMPARE(model->query().columnNames(), (QStringList {u"id"_s, u"title"_s, u"twice"_s}));
    QVERIFY(waitForFirstRow());
    QVERIFY(waitForExactCount());
    QCOMPARE(model->rowCount(), sqlValue(u"SELECT count(*) FROM early_post"_s).toInt());
    QVERIFY(!model->isEditable());
    QVERIFY(!(model->flags(model->index(0, 1)) & Qt::ItemIsEditable));
    QVERIFY(!m_pane->action(u"addRow"_s)->isEnabled());
    QVERIFY(!child<QPushButton>(u"exportView"_s)->isEnabled());

    // Sorted by a computed column, descending: the first row is the largest, as SQL says.
    model->sort(2, Qt::DescendingOrder);
    QVERIFY(waitForFirstRow());
    QCOMPARE(model->data(model->index(0, 2), TableModel::ValueRole).toLongLong(),
        sqlValue(u"SELECT max(twice) FROM early_post"_s).toLongLong());
    // The last row, read by OFFSET (a view has no key).
    QTRY_VERIFY(model->rowCountState() == RowCount::State::Exact);
    const int last = model->rowCount() - 1;
    QTRY_VERIFY(model->data(model->index(last, 2), TableModel::IsLoadedRole).toBool());
    QCOMPARE(model->data(model->index(last, 2), TableModel::ValueRole).toLongLong(),
        sqlValue(u"SELECT min(twice) FROM early_post"_s).toLongLong());
    tables->setCurrentItem(tables->findItems(u"user"_s, Qt::MatchExactly).first());
}

void tst_BrowserPane::openFailureKeepsNothingOpen()
{
    DatabaseAddress missing;
    missing.path = m_dir.filePath(u"missing.sqlite"_s);
    QString error;
    QVERIFY(!m_pane->openDatabase(missing, &error));
    QVERIFY(!error.isEmpty());
    // The database that was open stays open.
    QCOMPARE(m_pane->currentTable(), u"user"_s);

    m_pane->closeDatabase();
    QCOMPARE(m_pane->model(), nullptr);
    QCOMPARE(child<QTreeWidget>(u"tables"_s)->topLevelItemCount(), 0);
    QCOMPARE(m_pane->currentTable(), QString());
}

// A database that `migrate` has changed keeps Schemata's record of it: listed after the user's
// tables and views under a heading of its own, read like a view, never edited, and never part
// of the design the database shows.
void tst_BrowserPane::migrationHistoryApart()
{
    DatabaseAddress address;
    address.path = m_dir.filePath(u"migrated.sqlite"_s);
    Connection connection;
    QString error;
    QVERIFY2(
        connection.open(address, Connection::Mode::CreateIfMissing, &error), qPrintable(error));
    QSqlQuery sql(connection.database());
    QVERIFY(sql.exec(u"CREATE TABLE author (id INTEGER PRIMARY KEY, name TEXT)"_s));
    QVERIFY(sql.exec(u"INSERT INTO author VALUES (1, 'Ada')"_s));
    // The design one column ahead, migrated to as `schemata migrate` does.
    const std::optional<Schema> database = SchemaImporter(connection).import(&error);
    QVERIFY2(database, qPrintable(error));
    Schema design = *database;
    design.addColumn(design.tables().first(), u"born"_s, u"INTEGER"_s).nullable = true;
    DiffOptions options = DiffOptions::forEngine(SqlEngine::Sqlite, true);
    options.unmanagedSide = DiffOptions::DatabaseSide::Source;
    const SchemaDiffResult diff = SchemaDiff::compare(*database, design, options);
    QCOMPARE(diff.changes.size(), 1);
    MigrationPlanner planner(connection.dialect(), *database, design, diff);
    planner.setSqliteObjects(Migrator::sqliteObjects(connection.database()));
    const MigrationReport report = Migrator(connection).run(planner.plan(), u"authors.xml"_s, u"0"_s);
    QVERIFY2(report.ok, qPrintable(report.error));

    QVERIFY2(m_pane->openDatabase(address, &error), qPrintable(error));
    auto *tables = child<QTreeWidget>(u"tables"_s);
    QStringList names;
    for (int i = 0; i < tables->topLevelItemCount(); ++i)
        names << tables->topLevelItem(i)->text(0);
    QCOMPARE(names,
        (QStringList {u"author"_s, u"Kept by Schemata"_s, SchemaDiff::historyTable()}));
    QTreeWidgetItem *heading = tables->topLevelItem(1);
    QCOMPARE(heading->flags(), Qt::NoItemFlags);
    QCOMPARE(m_pane->currentTable(), u"author"_s);

    QTreeWidgetItem *history = tables->topLevelItem(2);
    QVERIFY(history->font(0).italic());
    tables->setCurrentItem(history);
    QCOMPARE(m_pane->currentTable(), SchemaDiff::historyTable());
    QVERIFY(waitForFirstRow());
    QVERIFY(waitForExactCount());
    TableModel *model = m_pane->model();
    QCOMPARE(model->rowCount(), 1);
    QVERIFY(!model->isEditable());
    QVERIFY(!m_pane->action(u"addRow"_s)->isEnabled());
    const int designColumn = int(model->query().columnNames().indexOf(u"design"_s));
    QVERIFY(designColumn >= 0);
    QCOMPARE(model->data(model->index(0, designColumn), TableModel::ValueRole).toString(),
        u"authors.xml"_s);
    // No relationships lead there, and the heading is no table.
    QCOMPARE(child<QListWidget>(u"relationships"_s)->count(), 0);
    auto *sidebar = m_pane->findChild<TableSidebar *>();
    QVERIFY(sidebar);
    bool isView = false;
    QVERIFY(sidebar->relation(SchemaDiff::historyTable(), &isView));
    QVERIFY(isView);
    QVERIFY(!sidebar->relation(u"Kept by Schemata"_s));
    m_pane->closeDatabase();
}

QTEST_MAIN(tst_BrowserPane)
#include "tst_browserpane.moc"
