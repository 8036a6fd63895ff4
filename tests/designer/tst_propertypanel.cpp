#include "document/designdocument.h"
#include "document/designeditor.h"
#include "panels/columnsmodel.h"
#include "panels/propertypanel.h"
#include "xml/designfile.h"

#include <QAction>
#include <QColorDialog>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;

class tst_PropertyPanel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void showsHintWithoutSelection();
    void renameTableByTyping();
    void tableComment();
    void columnTypeThroughDelegate();
    void columnSizeFollowsType();
    void toggleNotNull();
    void defaultValues();
    void primaryKeyCheckbox();
    void addDeleteMoveColumnButtons();
    void insertAndDeleteKeys();
    void compositeUniqueKey();
    void foreignKeyActions();
    void foreignKeySelectedAlone();
    void joinedInheritance();
    void noteText();
    void areaTitleAndColour();
    void followsUndoKeepingCurrentRow();
    void deletedTableClearsPanel();

private:
    const Schema &schema() const { return m_document->schema(); }
    const Table &table(const QString &name) const;
    const Column &column(const QString &tableName, const QString &columnName) const;
    int undoCount() const { return m_document->undoStack()->count(); }
    void select(const QString &tableName);
    QTableView *columnsView() const;
    QModelIndex cell(const QString &columnName, int section) const;
    template<typename T>
    T *widget(const QString &name, QWidget *root = nullptr) const;
    // Picks an entry of a combo box the way a user does: opens its list and clicks the entry.
    static void choose(QComboBox *combo, const QString &text);
    // Closes the cell editor the view has open, if any (Escape, as a user would).
    void closeCellEditor();
    // Opens the editor of a cell as a double click would, and returns it (editors closed
    // before are deleted later, so the visible one is the open one).
    template<typename T>
    T *openEditor(const QModelIndex &index);

    std::unique_ptr<DesignDocument> m_document;
    std::unique_ptr<DesignEditor> m_editor;
    std::unique_ptr<PropertyPanel> m_panel;
};

void tst_PropertyPanel::init()
{
    DesignReader reader;
    QVERIFY(
        DesignFile::load(QStringLiteral(SCHEMATA_RESOURCES "/examples/seed-models.xml"), &reader));
    m_document = std::make_unique<DesignDocument>();
    m_document->reset(reader.schema());
    m_editor = std::make_unique<DesignEditor>(m_document.get());
    m_panel = std::make_unique<PropertyPanel>(m_editor.get());
    m_panel->resize(900, 1400);
    m_panel->show();
    m_panel->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
}

void tst_PropertyPanel::cleanup()
{
    m_panel.reset();
    m_editor.reset();
    m_document.reset();
}

const Table &tst_PropertyPanel::table(const QString &name) const
{
    const Table *t = schema().tableByName(name);
    if (!t)
        qFatal("no table %s", qPrintable(name));
    return *t;
}

const Column &tst_PropertyPanel::column(const QString &tableName, const QString &columnName) const
{
    const Column *c = table(tableName).columnByName(columnName);
    if (!c)
        qFatal("no column %s.%s", qPrintable(tableName), qPrintable(columnName));
    return *c;
}

template<typename T>
T *tst_PropertyPanel::widget(const QString &name, QWidget *root) const
{
    T *w = (root ? root : m_panel.get())->findChild<T *>(name);
    if (!w)
        qFatal("no widget %s", qPrintable(name));
    return w;
}

void tst_PropertyPanel::select(const QString &tableName)
{
    m_panel->setCurrent(table(tableName).id);
}

QTableView *tst_PropertyPanel::columnsView() const
{
    return widget<QTableView>(u"columns"_s);
}

QModelIndex tst_PropertyPanel::cell(const QString &columnName, int section) const
{
    QAbstractItemModel *model = columnsView()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, section);
        if (index.siblingAtColumn(ColumnsModel::Name).data().toString() == columnName)
            return index;
    }
    qFatal("no row %s", qPrintable(columnName));
}

void tst_PropertyPanel::choose(QComboBox *combo, const QString &text)
{
    const int index = combo->findText(text);
    QVERIFY2(index >= 0, qPrintable(text));
    combo->showPopup();
    QListView *list = qobject_cast<QListView *>(combo->view());
    QVERIFY(list);
    QVERIFY(QTest::qWaitForWindowExposed(list->window()));
    const QModelIndex item = combo->model()->index(index, 0);
    list->scrollTo(item);
    const QPoint at = list->visualRect(item).center();
    QTest::mouseMove(list->viewport(), at);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, at);
    QTRY_VERIFY(!list->window()->isVisible());
    QCOMPARE(combo->currentText(), text);
}

template<typename T>
T *tst_PropertyPanel::openEditor(const QModelIndex &index)
{
    QTableView *view = columnsView();
    view->setCurrentIndex(index);
    view->edit(index);
    for (T *editor : view->viewport()->findChildren<T *>()) {
        if (editor->isVisible())
            return editor;
    }
    return nullptr;
}

void tst_PropertyPanel::closeCellEditor()
{
    if (auto *editor = qobject_cast<QLineEdit *>(columnsView()->focusWidget()))
        QTest::keyClick(editor, Qt::Key_Escape);
}

void tst_PropertyPanel::showsHintWithoutSelection()
{
    QCOMPARE(m_panel->current(), NoObject);
    auto *pages = widget<QStackedWidget>(u"pages"_s);
    QCOMPARE(pages->currentWidget(), widget<QLabel>(u"hint"_s));
    QCOMPARE(widget<QLabel>(u"hint"_s)->text(), u"Select a table, relation, note or area"_s);

    select(u"post"_s);
    QCOMPARE(m_panel->current(), table(u"post"_s).id);
    QVERIFY(pages->currentWidget() != widget<QLabel>(u"hint"_s));
    QCOMPARE(widget<QLineEdit>(u"tableName"_s)->text(), u"post"_s);
    QCOMPARE(columnsView()->model()->rowCount(), table(u"post"_s).columns.size());

    m_panel->setCurrent(NoObject);
    QCOMPARE(pages->currentWidget(), widget<QLabel>(u"hint"_s));
}

void tst_PropertyPanel::renameTableByTyping()
{
    const ObjectId id = table(u"user"_s).id;
    m_panel->setCurrent(id);
    auto *name = widget<QLineEdit>(u"tableName"_s);
    QCOMPARE(name->text(), u"user"_s);
    const int before = undoCount();

    name->setFocus();
    QTest::keyClick(name, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(name, u"account"_s);
    QCOMPARE(schema().table(id)->name, u"user"_s); // nothing before Enter
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(schema().table(id)->name, u"account"_s);
    // The design keeps the earlier name, for migrating databases made from it.
    QCOMPARE(schema().table(id)->formerNames, QStringList {u"user"_s});
    QCOMPARE(undoCount(), before + 1);
    // Leaving the field after Enter records nothing more.
    QTest::keyClick(name, Qt::Key_Tab);
    QCOMPARE(undoCount(), before + 1);

    m_document->undoStack()->undo();
    QCOMPARE(schema().table(id)->name, u"user"_s);
    QVERIFY(schema().table(id)->formerNames.isEmpty());
    QCOMPARE(name->text(), u"user"_s);
    QVERIFY(widget<QLabel>(u"title"_s)->text().contains(u"user"_s));

    // An empty name is refused and the field shows the name again.
    QTest::keyClick(name, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(name, Qt::Key_Backspace);
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(schema().table(id)->name, u"user"_s);
    QCOMPARE(name->text(), u"user"_s);
    // Nothing was pushed: the undone rename is still there to redo.
    QCOMPARE(undoCount(), before + 1);
    QCOMPARE(m_document->undoStack()->index(), before);
}

void tst_PropertyPanel::tableComment()
{
    select(u"post"_s);
    auto *comment = widget<QLineEdit>(u"tableComment"_s);
    const int before = undoCount();
    comment->setFocus();
    QTest::keyClick(comment, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(comment, u"What people write"_s);
    // Switching to another table commits what was typed, to the table it was typed for.
    select(u"user"_s);
    QCOMPARE(table(u"post"_s).comment, u"What people write"_s);
    QCOMPARE(table(u"user"_s).comment, u"People who write posts and follow each other"_s);
    QCOMPARE(undoCount(), before + 1);
    QCOMPARE(comment->text(), table(u"user"_s).comment);
}

void tst_PropertyPanel::columnTypeThroughDelegate()
{
    select(u"user"_s);
    QCOMPARE(column(u"user"_s, u"name"_s).datatype, u"VARCHAR(64)"_s);
    int before = undoCount();

    auto *combo = openEditor<QComboBox>(cell(u"name"_s, ColumnsModel::Type));
    QVERIFY(combo);
    QCOMPARE(combo->objectName(), u"typeEditor"_s);
    // The design's catalogue, every SQL type once.
    QStringList expected;
    for (const Datatype &type : schema().catalogue().types()) {
        if (!expected.contains(type.sql))
            expected.append(type.sql);
    }
    QVERIFY(expected.contains(u"CHAR"_s));
    QCOMPARE(combo->count(), expected.size());
    for (int i = 0; i < combo->count(); ++i)
        QCOMPARE(combo->itemText(i), expected.at(i));
    QVERIFY(combo->isEditable());
    QCOMPARE(combo->currentText(), u"VARCHAR"_s);

    // Typed: a type that takes a size keeps the column's size.
    QTest::keyClick(combo->lineEdit(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(combo->lineEdit(), u"CHAR"_s);
    QTest::keyClick(combo->lineEdit(), Qt::Key_Return);
    QTRY_COMPARE(column(u"user"_s, u"name"_s).datatype, u"CHAR(64)"_s);
    QCOMPARE(undoCount(), before + 1);
    QCOMPARE(cell(u"name"_s, ColumnsModel::Type).data().toString(), u"CHAR"_s);
    QCOMPARE(cell(u"name"_s, ColumnsModel::Size).data().toString(), u"64"_s);

    // Picked from the list (by keyboard: the popup of a cell editor does not open
    // offscreen): a type without a size drops it.
    before = undoCount();
    combo = openEditor<QComboBox>(cell(u"name"_s, ColumnsModel::Type));
    QVERIFY(combo);
    const int datetime = combo->findText(u"DATETIME"_s);
    QVERIFY(datetime > 0);
    combo->setCurrentIndex(datetime - 1);
    QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(column(u"user"_s, u"name"_s).datatype, u"DATETIME"_s);
    QCOMPARE(undoCount(), before + 1);

    // Free text that the catalogue does not know is kept as written.
    before = undoCount();
    combo = openEditor<QComboBox>(cell(u"name"_s, ColumnsModel::Type));
    QVERIFY(combo);
    QTest::keyClick(combo->lineEdit(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(combo->lineEdit(), u"INT(10) UNSIGNED"_s);
    QTest::keyClick(combo->lineEdit(), Qt::Key_Return);
    QTRY_COMPARE(column(u"user"_s, u"name"_s).datatype, u"INT(10) UNSIGNED"_s);
    QCOMPARE(undoCount(), before + 1);

    m_document->undoStack()->undo();
    QCOMPARE(column(u"user"_s, u"name"_s).datatype, u"DATETIME"_s);
    QCOMPARE(cell(u"name"_s, ColumnsModel::Type).data().toString(), u"DATETIME"_s);
}

void tst_PropertyPanel::columnSizeFollowsType()
{
    select(u"user"_s);
    QAbstractItemModel *model = columnsView()->model();
    // INTEGER takes no size in the catalogue; VARCHAR does.
    QVERIFY(!(cell(u"id"_s, ColumnsModel::Size).flags() & Qt::ItemIsEnabled));
    QVERIFY(cell(u"email"_s, ColumnsModel::Size).flags() & Qt::ItemIsEditable);

    const int before = undoCount();
    auto *editor = openEditor<QLineEdit>(cell(u"email"_s, ColumnsModel::Size));
    QVERIFY(editor);
    QCOMPARE(editor->text(), u"64"_s);
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, u"255"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(column(u"user"_s, u"email"_s).datatype, u"VARCHAR(255)"_s);
    QCOMPARE(undoCount(), before + 1);

    // An emptied size leaves the bare type.
    QVERIFY(model->setData(cell(u"email"_s, ColumnsModel::Size), QString()));
    QCOMPARE(column(u"user"_s, u"email"_s).datatype, u"VARCHAR"_s);
    QCOMPARE(undoCount(), before + 2);
}

void tst_PropertyPanel::toggleNotNull()
{
    select(u"user"_s);
    QTableView *view = columnsView();
    QVERIFY(column(u"user"_s, u"email"_s).nullable);
    QVERIFY(column(u"user"_s, u"email"_s).defaultValue.isNull());
    const int before = undoCount();

    view->setFocus();
    view->setCurrentIndex(cell(u"email"_s, ColumnsModel::NotNull));
    QTest::keyClick(view, Qt::Key_Space);
    QVERIFY(!column(u"user"_s, u"email"_s).nullable);
    // A NOT NULL column cannot default to NULL.
    QVERIFY(column(u"user"_s, u"email"_s).defaultValue.isNone());
    QCOMPARE(undoCount(), before + 1);
    QCOMPARE(
        cell(u"email"_s, ColumnsModel::NotNull).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));

    QTest::keyClick(view, Qt::Key_Space);
    QVERIFY(column(u"user"_s, u"email"_s).nullable);
    QCOMPARE(undoCount(), before + 2);

    // Auto increment is a checkbox too.
    QVERIFY(!column(u"user"_s, u"score"_s).autoIncrement);
    view->setCurrentIndex(cell(u"score"_s, ColumnsModel::AutoIncrement));
    QTest::keyClick(view, Qt::Key_Space);
    QVERIFY(column(u"user"_s, u"score"_s).autoIncrement);
    QCOMPARE(undoCount(), before + 3);
}

void tst_PropertyPanel::defaultValues()
{
    select(u"user"_s);
    // NULL shows greyed, an explicit value as written.
    QCOMPARE(cell(u"email"_s, ColumnsModel::Default).data().toString(), u"NULL"_s);
    QVERIFY(cell(u"email"_s, ColumnsModel::Default).data(Qt::ForegroundRole).isValid());
    QCOMPARE(cell(u"is_active"_s, ColumnsModel::Default).data().toString(), u"1"_s);
    QVERIFY(!cell(u"is_active"_s, ColumnsModel::Default).data(Qt::ForegroundRole).isValid());
    int before = undoCount();

    auto *editor = openEditor<QLineEdit>(cell(u"email"_s, ColumnsModel::Default));
    QVERIFY(editor);
    QCOMPARE(editor->objectName(), u"defaultEditor"_s);
    QCOMPARE(editor->text(), QString());
    QCOMPARE(editor->placeholderText(), u"NULL"_s);
    QTest::keyClicks(editor, u"nobody@example.org"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(
        column(u"user"_s, u"email"_s).defaultValue, DefaultValue::text(u"nobody@example.org"_s));
    QCOMPARE(undoCount(), before + 1);

    // The editor's action says "no default".
    editor = openEditor<QLineEdit>(cell(u"email"_s, ColumnsModel::Default));
    QVERIFY(editor);
    QCOMPARE(editor->text(), u"nobody@example.org"_s);
    auto *noDefault = editor->findChild<QAction *>(u"noDefault"_s);
    QVERIFY(noDefault);
    noDefault->trigger();
    QVERIFY(column(u"user"_s, u"email"_s).defaultValue.isNone());
    QCOMPARE(cell(u"email"_s, ColumnsModel::Default).data().toString(), QString());
    QCOMPARE(undoCount(), before + 2);

    // An empty default is NULL again.
    editor = openEditor<QLineEdit>(cell(u"email"_s, ColumnsModel::Default));
    QVERIFY(editor);
    QTest::keyClick(editor, Qt::Key_Space);
    QTest::keyClick(editor, Qt::Key_Backspace);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(column(u"user"_s, u"email"_s).defaultValue.isNull());
    QCOMPARE(undoCount(), before + 3);

    // Opening and closing the editor without typing changes nothing.
    editor = openEditor<QLineEdit>(cell(u"created_date"_s, ColumnsModel::Default));
    QVERIFY(editor);
    QCOMPARE(editor->text(), u"CURRENT_TIMESTAMP"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    // The view deletes a closed editor (deleteLater) while QTRY_VERIFY runs the event loop.
    const QPointer<QLineEdit> closed = editor;
    QTRY_VERIFY(!closed || !closed->isVisible());
    QCOMPARE(column(u"user"_s, u"created_date"_s).defaultValue,
        DefaultValue::text(u"CURRENT_TIMESTAMP"_s));
    QCOMPARE(undoCount(), before + 3);
}

void tst_PropertyPanel::primaryKeyCheckbox()
{
    select(u"category"_s);
    QTableView *view = columnsView();
    const auto primaryColumns = [this] {
        QStringList names;
        const Table &t = table(u"category"_s);
        if (const Key *key = t.primaryKey()) {
            for (const KeyPart &part : key->parts)
                names.append(t.column(part.column)->name);
        }
        return names;
    };
    QCOMPARE(primaryColumns(), QStringList {u"id"_s});
    const int before = undoCount();

    view->setFocus();
    view->setCurrentIndex(cell(u"name"_s, ColumnsModel::PrimaryKey));
    QTest::keyClick(view, Qt::Key_Space);
    QCOMPARE(primaryColumns(), (QStringList {u"id"_s, u"name"_s}));
    QCOMPARE(undoCount(), before + 1);

    view->setCurrentIndex(cell(u"id"_s, ColumnsModel::PrimaryKey));
    QTest::keyClick(view, Qt::Key_Space);
    QCOMPARE(primaryColumns(), QStringList {u"name"_s});
    QCOMPARE(undoCount(), before + 2);
    QCOMPARE(cell(u"id"_s, ColumnsModel::PrimaryKey).data(Qt::CheckStateRole).toInt(),
        int(Qt::Unchecked));
    QCOMPARE(cell(u"name"_s, ColumnsModel::PrimaryKey).data(Qt::CheckStateRole).toInt(),
        int(Qt::Checked));
    // The keys list follows.
    auto *keys = widget<QTreeWidget>(u"keys"_s);
    QCOMPARE(keys->topLevelItem(0)->text(0), u"PRIMARY"_s);
    QCOMPARE(keys->topLevelItem(0)->text(2), u"name"_s);
}

void tst_PropertyPanel::addDeleteMoveColumnButtons()
{
    select(u"post"_s);
    QTableView *view = columnsView();
    const ObjectId postId = table(u"post"_s).id;
    const qsizetype columns = table(u"post"_s).columns.size();
    int before = undoCount();

    QTest::mouseClick(widget<QPushButton>(u"addColumn"_s), Qt::LeftButton);
    QCOMPARE(table(u"post"_s).columns.size(), columns + 1);
    const ObjectId added = table(u"post"_s).columns.last().id;
    QCOMPARE(table(u"post"_s).columns.last().name, u"column"_s);
    QCOMPARE(undoCount(), before + 1);
    QCOMPARE(view->currentIndex().row(), int(columns));
    // The new column's name is being edited: type it.
    auto *nameEditor = qobject_cast<QLineEdit *>(view->focusWidget());
    QVERIFY(nameEditor);
    QTest::keyClick(nameEditor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(nameEditor, u"title"_s);
    QTest::keyClick(nameEditor, Qt::Key_Return);
    QTRY_COMPARE(schema().table(postId)->column(added)->name, u"title"_s);
    QCOMPARE(undoCount(), before + 2);

    before = undoCount();
    QTest::mouseClick(widget<QPushButton>(u"moveColumnUp"_s), Qt::LeftButton);
    QCOMPARE(table(u"post"_s).columnIndex(added), columns - 1);
    QCOMPARE(undoCount(), before + 1);
    // The current row follows the column.
    QCOMPARE(view->currentIndex().row(), int(columns - 1));
    QCOMPARE(
        view->currentIndex().siblingAtColumn(ColumnsModel::Name).data().toString(), u"title"_s);
    QTest::mouseClick(widget<QPushButton>(u"moveColumnUp"_s), Qt::LeftButton);
    QCOMPARE(table(u"post"_s).columnIndex(added), columns - 2);
    QTest::mouseClick(widget<QPushButton>(u"moveColumnDown"_s), Qt::LeftButton);
    QCOMPARE(table(u"post"_s).columnIndex(added), columns - 1);
    QCOMPARE(undoCount(), before + 3);
    QCOMPARE(view->currentIndex().row(), int(columns - 1));

    before = undoCount();
    QTest::mouseClick(widget<QPushButton>(u"deleteColumn"_s), Qt::LeftButton);
    QCOMPARE(table(u"post"_s).columns.size(), columns);
    QVERIFY(!schema().table(postId)->column(added));
    QCOMPARE(undoCount(), before + 1);
    QCOMPARE(view->model()->rowCount(), int(columns));
}

void tst_PropertyPanel::insertAndDeleteKeys()
{
    select(u"post"_s);
    QTableView *view = columnsView();
    const qsizetype columns = table(u"post"_s).columns.size();
    const int before = undoCount();
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, ColumnsModel::Name));

    QTest::keyClick(view, Qt::Key_Insert);
    QCOMPARE(table(u"post"_s).columns.size(), columns + 1);
    QCOMPARE(undoCount(), before + 1);
    closeCellEditor();
    QCOMPARE(view->currentIndex().row(), int(columns));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(table(u"post"_s).columns.size(), columns);
    QCOMPARE(undoCount(), before + 2);
    QCOMPARE(table(u"post"_s).columns.last().name, u"user_id"_s);
}

void tst_PropertyPanel::compositeUniqueKey()
{
    select(u"post"_s);
    const qsizetype keyCount = table(u"post"_s).keys.size();
    int before = undoCount();
    auto *keysEditor = widget<QWidget>(u"keysEditor"_s);
    auto *type = widget<QComboBox>(u"keyType"_s, keysEditor);
    auto *name = widget<QLineEdit>(u"keyName"_s, keysEditor);
    auto *columnList = widget<QListWidget>(u"keyColumns"_s, keysEditor);

    QTest::mouseClick(widget<QPushButton>(u"addKey"_s, keysEditor), Qt::LeftButton);
    QVERIFY(type->isEnabled());
    QCOMPARE(columnList->count(), table(u"post"_s).columns.size());
    choose(type, u"UNIQUE"_s);
    QTest::keyClicks(name, u"post_owner_body"_s);
    // user_id first, then body: move user_id to the top and check both.
    const auto rowOf = [columnList](const QString &text) {
        for (int row = 0; row < columnList->count(); ++row) {
            if (columnList->item(row)->text() == text)
                return row;
        }
        return -1;
    };
    columnList->setCurrentRow(rowOf(u"user_id"_s));
    QTest::mouseClick(widget<QToolButton>(u"keyColumnUp"_s, keysEditor), Qt::LeftButton);
    QTest::mouseClick(widget<QToolButton>(u"keyColumnUp"_s, keysEditor), Qt::LeftButton);
    QCOMPARE(rowOf(u"user_id"_s), 0);
    columnList->setFocus();
    columnList->setCurrentRow(0);
    QTest::keyClick(columnList->viewport(), Qt::Key_Space);
    columnList->setCurrentRow(rowOf(u"body"_s));
    QTest::keyClick(columnList->viewport(), Qt::Key_Space);
    QCOMPARE(columnList->item(0)->checkState(), Qt::Checked);
    QCOMPARE(undoCount(), before); // nothing until saved

    QTest::mouseClick(widget<QPushButton>(u"saveKey"_s, keysEditor), Qt::LeftButton);
    QCOMPARE(undoCount(), before + 1);
    const Table &post = table(u"post"_s);
    QCOMPARE(post.keys.size(), keyCount + 1);
    const Key &unique = post.keys.last();
    QCOMPARE(unique.type, Key::Unique);
    QCOMPARE(unique.name, u"post_owner_body"_s);
    QCOMPARE(unique.parts.size(), 2);
    QCOMPARE(unique.parts.at(0).column, column(u"post"_s, u"user_id"_s).id);
    QCOMPARE(unique.parts.at(1).column, column(u"post"_s, u"body"_s).id);
    const ObjectId uniqueId = unique.id;
    auto *keys = widget<QTreeWidget>(u"keys"_s, keysEditor);
    QCOMPARE(keys->topLevelItemCount(), int(keyCount + 1));
    QCOMPARE(keys->currentItem()->text(0), u"UNIQUE"_s);
    QCOMPARE(keys->currentItem()->text(2), u"user_id, body"_s);

    // Editing the saved key keeps its identity.
    before = undoCount();
    choose(type, u"INDEX"_s);
    QTest::mouseClick(widget<QPushButton>(u"saveKey"_s, keysEditor), Qt::LeftButton);
    QCOMPARE(undoCount(), before + 1);
    QCOMPARE(table(u"post"_s).keys.last().id, uniqueId);
    QCOMPARE(table(u"post"_s).keys.last().type, Key::Index);
    QCOMPARE(table(u"post"_s).keys.last().parts.size(), 2);
    // Saving again without a change records nothing.
    QTest::mouseClick(widget<QPushButton>(u"saveKey"_s, keysEditor), Qt::LeftButton);
    QCOMPARE(undoCount(), before + 1);

    QTest::mouseClick(widget<QPushButton>(u"deleteKey"_s, keysEditor), Qt::LeftButton);
    QCOMPARE(table(u"post"_s).keys.size(), keyCount);
    QCOMPARE(undoCount(), before + 2);
    QCOMPARE(keys->topLevelItemCount(), int(keyCount));
}

void tst_PropertyPanel::foreignKeyActions()
{
    select(u"followers"_s);
    const Table &followers = table(u"followers"_s);
    QCOMPARE(followers.foreignKeys.size(), 2);
    const ObjectId followed = followers.foreignKeys.at(1).id;
    QCOMPARE(followers.foreignKeys.at(1).onDelete, ReferentialAction::Unspecified);

    auto *list = widget<QTreeWidget>(u"foreignKeys"_s);
    QCOMPARE(list->topLevelItemCount(), 2);
    QCOMPARE(list->topLevelItem(0)->text(0), u"(follower_id) → user(id)"_s);
    QCOMPARE(list->topLevelItem(1)->text(0), u"(followed_id) → user(id)"_s);
    list->setCurrentItem(list->topLevelItem(1));

    auto *editor = widget<QWidget>(u"tableForeignKeyEditor"_s);
    auto *onDelete = widget<QComboBox>(u"onDelete"_s, editor);
    QStringList labels;
    for (int i = 0; i < onDelete->count(); ++i)
        labels.append(onDelete->itemText(i));
    QCOMPARE(labels,
        (QStringList {u"Unspecified"_s, u"NO ACTION"_s, u"RESTRICT"_s, u"CASCADE"_s, u"SET NULL"_s,
            u"SET DEFAULT"_s}));
    const int before = undoCount();
    choose(onDelete, u"CASCADE"_s);
    const auto fkOf = [this](ObjectId id) -> const ForeignKey & {
        for (const ForeignKey &fk : table(u"followers"_s).foreignKeys) {
            if (fk.id == id)
                return fk;
        }
        qFatal("foreign key gone");
    };
    QCOMPARE(fkOf(followed).onDelete, ReferentialAction::Cascade);
    QCOMPARE(fkOf(followed).onUpdate, ReferentialAction::Unspecified);
    QCOMPARE(table(u"followers"_s).foreignKeys.at(0).onDelete, ReferentialAction::Unspecified);
    QCOMPARE(undoCount(), before + 1);
    // The list shows it, and keeps the selected foreign key.
    QCOMPARE(list->currentItem()->text(0), u"(followed_id) → user(id)"_s);
    QCOMPARE(list->currentItem()->text(1), u"CASCADE"_s);

    choose(widget<QComboBox>(u"onUpdate"_s, editor), u"SET NULL"_s);
    QCOMPARE(fkOf(followed).onUpdate, ReferentialAction::SetNull);
    QCOMPARE(undoCount(), before + 2);

    QTest::mouseClick(widget<QPushButton>(u"disconnect"_s, editor), Qt::LeftButton);
    QCOMPARE(table(u"followers"_s).foreignKeys.size(), 1);
    QVERIFY(table(u"followers"_s).foreignKeys.at(0).id != followed);
    QVERIFY(table(u"followers"_s).columnByName(u"followed_id"_s)); // the column stays
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(undoCount(), before + 3);
}

void tst_PropertyPanel::foreignKeySelectedAlone()
{
    const ForeignKey fk = table(u"post"_s).foreignKeys.at(0);
    QCOMPARE(fk.onDelete, ReferentialAction::Cascade);
    m_panel->setCurrent(fk.id);
    QCOMPARE(m_panel->current(), fk.id);
    auto *editor = widget<QWidget>(u"foreignKeyEditor"_s);
    QVERIFY(editor->isVisible());
    QCOMPARE(widget<QLabel>(u"foreignKeyTable"_s, editor)->text(), u"post"_s);
    QCOMPARE(widget<QLabel>(u"foreignKeyColumns"_s, editor)->text(), u"user_id"_s);
    QCOMPARE(widget<QLabel>(u"foreignKeyReferences"_s, editor)->text(), u"user (id)"_s);
    auto *onDelete = widget<QComboBox>(u"onDelete"_s, editor);
    QCOMPARE(onDelete->currentText(), u"CASCADE"_s);

    const int before = undoCount();
    choose(widget<QComboBox>(u"onUpdate"_s, editor), u"RESTRICT"_s);
    QCOMPARE(table(u"post"_s).foreignKeys.at(0).onUpdate, ReferentialAction::Restrict);
    QCOMPARE(table(u"post"_s).foreignKeys.at(0).onDelete, ReferentialAction::Cascade);
    QCOMPARE(undoCount(), before + 1);

    // Undo shows the previous action; disconnecting clears the panel.
    m_document->undoStack()->undo();
    QCOMPARE(widget<QComboBox>(u"onUpdate"_s, editor)->currentText(), u"Unspecified"_s);
    QTest::mouseClick(widget<QPushButton>(u"disconnect"_s, editor), Qt::LeftButton);
    QVERIFY(table(u"post"_s).foreignKeys.isEmpty());
    QCOMPARE(m_panel->current(), NoObject);
}

void tst_PropertyPanel::joinedInheritance()
{
    select(u"task"_s);
    const ObjectId task = table(u"task"_s).id;
    const ObjectId content = table(u"content"_s).id;
    auto *inheritance = widget<QWidget>(u"inheritanceEditor"_s);
    auto *kind = widget<QComboBox>(u"inheritanceKind"_s, inheritance);
    auto *parent = widget<QComboBox>(u"inheritanceParent"_s, inheritance);
    auto *identity = widget<QLineEdit>(u"identity"_s, inheritance);
    QCOMPARE(kind->currentText(), u"None"_s);
    QVERIFY(!parent->isEnabled());
    // Not itself among the parents.
    QCOMPARE(parent->findText(u"task"_s), -1);
    const int before = undoCount();

    choose(kind, u"Joined table"_s);
    QCOMPARE(undoCount(), before); // waits for the parent
    QVERIFY(parent->isEnabled());
    choose(parent, u"content"_s);
    QCOMPARE(undoCount(), before + 1);
    const Table &child = table(u"task"_s);
    QCOMPARE(child.inheritance.kind, Inheritance::Kind::Joined);
    QCOMPARE(child.inheritance.parent, content);
    // Joined: the child's primary key references the parent's.
    QCOMPARE(child.foreignKeys.size(), 2);
    QCOMPARE(child.foreignKeys.last().referencedTable, content);
    QCOMPARE(child.foreignKeys.last().parts.at(0).column, column(u"task"_s, u"id"_s).id);

    identity->setFocus();
    QTest::keyClicks(identity, u"task"_s);
    QTest::keyClick(identity, Qt::Key_Return);
    QCOMPARE(schema().table(task)->inheritance.identity, u"task"_s);
    QCOMPARE(undoCount(), before + 2);

    // A discriminator on the root of the hierarchy (content), created when missing.
    auto *discriminator = widget<QLineEdit>(u"discriminator"_s, inheritance);
    discriminator->setFocus();
    QTest::keyClicks(discriminator, u"kind"_s);
    QTest::keyClick(discriminator, Qt::Key_Return);
    const Column *kindColumn = table(u"content"_s).columnByName(u"kind"_s);
    QVERIFY(kindColumn);
    QCOMPARE(table(u"content"_s).inheritance.discriminator, kindColumn->id);
    QCOMPARE(undoCount(), before + 3);

    // The panel of the child of a subclass shows the root's discriminator.
    const ObjectId engineer = table(u"engineer"_s).id;
    m_panel->setCurrent(engineer);
    QCOMPARE(kind->currentText(), u"Joined table"_s);
    QCOMPARE(parent->currentText(), u"employee"_s);
    QCOMPARE(discriminator->text(), u"type"_s);
    QCOMPARE(identity->text(), u"engineer"_s);
    // The parent list leaves out the table's own subclasses.
    m_panel->setCurrent(table(u"employee"_s).id);
    QCOMPARE(parent->findText(u"engineer"_s), -1);
    QVERIFY(parent->findText(u"task"_s) >= 0);

    // None removes the inheritance.
    m_panel->setCurrent(engineer);
    choose(kind, u"None"_s);
    QCOMPARE(schema().table(engineer)->inheritance.kind, Inheritance::Kind::None);
    QCOMPARE(schema().table(engineer)->inheritance.parent, NoObject);
    QCOMPARE(undoCount(), before + 4);
}

void tst_PropertyPanel::noteText()
{
    const ObjectId note = m_editor->addNote({10, 10}, u"Draft"_s);
    m_panel->setCurrent(note);
    QCOMPARE(m_panel->current(), note);
    auto *text = widget<QPlainTextEdit>(u"noteText"_s);
    QCOMPARE(text->toPlainText(), u"Draft"_s);
    const int before = undoCount();
    const auto noteText = [this, note] {
        for (const Note &n : schema().notes()) {
            if (n.id == note)
                return n.text;
        }
        return QString();
    };

    text->setFocus();
    text->moveCursor(QTextCursor::End);
    QTest::keyClicks(text, u" for review"_s);
    QCOMPARE(noteText(), u"Draft"_s); // typing is not an edit yet
    // Focus leaves the text (to the columns of a table, say): one edit.
    widget<QLineEdit>(u"tableName"_s)->setFocus();
    QCOMPARE(noteText(), u"Draft for review"_s);
    QCOMPARE(undoCount(), before + 1);

    // Selecting something else commits too.
    text->setFocus();
    QTest::keyClicks(text, u"!"_s);
    select(u"user"_s);
    QCOMPARE(noteText(), u"Draft for review!"_s);
    QCOMPARE(undoCount(), before + 2);

    m_panel->setCurrent(note);
    m_document->undoStack()->undo();
    QCOMPARE(text->toPlainText(), u"Draft for review"_s);
}

void tst_PropertyPanel::areaTitleAndColour()
{
    const ObjectId area = m_editor->addArea({0, 0, 300, 200}, u"Blog"_s);
    m_panel->setCurrent(area);
    const auto areaOf = [this, area]() -> const Area & {
        for (const Area &a : schema().areas()) {
            if (a.id == area)
                return a;
        }
        qFatal("area gone");
    };
    auto *title = widget<QLineEdit>(u"areaTitle"_s);
    QCOMPARE(title->text(), u"Blog"_s);
    const int before = undoCount();
    title->setFocus();
    QTest::keyClick(title, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(title, u"Publishing"_s);
    QTest::keyClick(title, Qt::Key_Return);
    QCOMPARE(areaOf().title, u"Publishing"_s);
    QCOMPARE(undoCount(), before + 1);

    QTest::mouseClick(widget<QPushButton>(u"areaColor"_s), Qt::LeftButton);
    auto *dialog = m_panel->findChild<QColorDialog *>(u"areaColorDialog"_s);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    dialog->setCurrentColor(QColor(0x33, 0x66, 0x99));
    dialog->accept();
    QCOMPARE(areaOf().color, u"#336699"_s);
    QCOMPARE(areaOf().title, u"Publishing"_s);
    QCOMPARE(undoCount(), before + 2);
    QCOMPARE(widget<QPushButton>(u"areaColor"_s)->text(), u"#336699"_s);

    QTest::mouseClick(widget<QPushButton>(u"areaDefaultColor"_s), Qt::LeftButton);
    QCOMPARE(areaOf().color, QString());
    QCOMPARE(undoCount(), before + 3);
}

void tst_PropertyPanel::followsUndoKeepingCurrentRow()
{
    select(u"user"_s);
    QTableView *view = columnsView();
    view->setCurrentIndex(cell(u"email"_s, ColumnsModel::Comment));
    const ObjectId email = column(u"user"_s, u"email"_s).id;

    // Edits from elsewhere (the diagram) show here; the current row stays on its column.
    const ObjectId userId = table(u"user"_s).id;
    QVERIFY(m_editor->removeColumn(userId, column(u"user"_s, u"name"_s).id));
    QCOMPARE(view->model()->rowCount(), table(u"user"_s).columns.size());
    QCOMPARE(
        view->currentIndex().siblingAtColumn(ColumnsModel::Name).data().toString(), u"email"_s);
    QCOMPARE(view->currentIndex().column(), int(ColumnsModel::Comment));

    m_document->undoStack()->undo();
    QCOMPARE(view->model()->rowCount(), table(u"user"_s).columns.size());
    QCOMPARE(cell(u"name"_s, ColumnsModel::Name).row(), 1);
    QCOMPARE(
        view->currentIndex().siblingAtColumn(ColumnsModel::Name).data().toString(), u"email"_s);

    QVERIFY(m_editor->moveColumn(userId, email, 0));
    QCOMPARE(view->currentIndex().row(), 0);
    QCOMPARE(cell(u"email"_s, ColumnsModel::Name).row(), 0);
    QVERIFY(m_editor->renameTable(userId, u"member"_s));
    QCOMPARE(widget<QLineEdit>(u"tableName"_s)->text(), u"member"_s);
    QCOMPARE(view->currentIndex().row(), 0);
    m_document->undoStack()->undo();
    m_document->undoStack()->undo();
    QCOMPARE(widget<QLineEdit>(u"tableName"_s)->text(), u"user"_s);
    QCOMPARE(
        view->currentIndex().siblingAtColumn(ColumnsModel::Name).data().toString(), u"email"_s);
    QCOMPARE(view->currentIndex().row(), 2);
}

void tst_PropertyPanel::deletedTableClearsPanel()
{
    const ObjectId post = table(u"post"_s).id;
    m_panel->setCurrent(post);
    auto *pages = widget<QStackedWidget>(u"pages"_s);
    QVERIFY(m_editor->remove({post}));
    QVERIFY(!schema().table(post));
    QCOMPARE(m_panel->current(), NoObject);
    QCOMPARE(pages->currentWidget(), widget<QLabel>(u"hint"_s));
    QCOMPARE(columnsView()->model()->rowCount(), 0);

    // Selecting the deleted table shows nothing either.
    select(u"user"_s);
    m_panel->setCurrent(post);
    QCOMPARE(m_panel->current(), NoObject);
    QCOMPARE(pages->currentWidget(), widget<QLabel>(u"hint"_s));

    // A new design forgets the selection.
    select(u"user"_s);
    m_document->reset(Schema());
    QCOMPARE(m_panel->current(), NoObject);
    QCOMPARE(pages->currentWidget(), widget<QLabel>(u"hint"_s));
}

QTEST_MAIN(tst_PropertyPanel)
#include "tst_propertypanel.moc"
