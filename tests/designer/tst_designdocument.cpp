// The design document and its editor: every edit is one undo step that restores the schema
// exactly, and the diagram follows.
#include "diagram/diagramscene.h"
#include "diagram/relationitem.h"
#include "diagram/tableitem.h"
#include "document/designdocument.h"
#include "document/designeditor.h"
#include "document/typedcolumn.h"
#include "xml/designfile.h"
#include "xml/designreader.h"
#include "xml/designwriter.h"

#include <QFile>
#include <QMimeData>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace {

Schema load(const QString &path)
{
    DesignReader reader;
    if (!DesignFile::load(path, &reader))
        qFatal("%s does not load", qPrintable(path));
    return reader.takeSchema();
}

// The schema as its file text: two equal texts mean equal designs, down to order and ids'
// effects.
QByteArray text(const Schema &schema)
{
    return DesignWriter::write(schema);
}

const ForeignKey *foreignKey(const Table &table, const QString &referenced, const Schema &schema)
{
    for (const ForeignKey &fk : table.foreignKeys) {
        if (schema.referencedTableName(fk) == referenced)
            return &fk;
    }
    return nullptr;
}

} // namespace

class tst_DesignDocument : public QObject
{
    Q_OBJECT

private slots:
    void addTableHasPrimaryKey();
    void everyEditIsOneUndoStep();
    void removingTableTakesDependentsAndUndoRestoresThem();
    void removingColumnTakesItsForeignKeys();
    void createForeignKeyFollowsPattern();
    void manyToMany();
    void selfManyToMany();
    void joinedInheritance();
    void duplicateAndPasteAcrossDocuments();
    void renamesAreRecorded();
    void namesNoFileOrDatabaseHadAreNotRecorded();
    void onlyTheBaselineNameIsRecorded();
    void undoPastASaveKeepsTheSavedName();
    void renamingBackKeepsTheLaterName();
    void copiesHaveNoEarlierNames();
    void movesMergeOnlyWhenNudging();
    void alignAndDistribute();
    void idsNeverReused();
    void switchDialectMapsTypes();
    void sceneFollowsDocument();
};

void tst_DesignDocument::addTableHasPrimaryKey()
{
    DesignDocument document;
    DesignEditor editor(&document);
    const ObjectId a = editor.addTable({10, 20}, u"author"_s);
    const ObjectId b = editor.addTable({10, 20}, u"author"_s);
    const Schema &schema = document.schema();
    QCOMPARE(schema.tables().size(), 2);
    QCOMPARE(schema.table(a)->name, u"author"_s);
    QCOMPARE(schema.table(b)->name, u"author_2"_s);
    const Table &t = *schema.table(a);
    QCOMPARE(t.position, QPointF(10, 20));
    QCOMPARE(t.columns.size(), 1);
    QCOMPARE(t.columns.first().name, u"id"_s);
    QVERIFY(t.columns.first().autoIncrement);
    QVERIFY(!t.columns.first().nullable);
    QVERIFY(t.primaryKey() && t.primaryKey()->contains(t.columns.first().id));
    QVERIFY(document.isModified());
}

void tst_DesignDocument::everyEditIsOneUndoStep()
{
    DesignDocument document;
    document.reset(load(QStringLiteral(SCHEMATA_RESOURCES "/examples/seed-models.xml")));
    DesignEditor editor(&document);
    QUndoStack *stack = document.undoStack();
    const QByteArray original = text(document.schema());
    const ObjectId user = document.schema().tableByName(u"user"_s)->id;
    const ObjectId post = document.schema().tableByName(u"post"_s)->id;

    QList<QByteArray> states {original};
    const auto step = [&](auto edit) {
        const int before = stack->count();
        QVERIFY(edit());
        QCOMPARE(stack->count(), before + 1);
        QVERIFY(!stack->undoText().isEmpty());
        states.append(text(document.schema()));
        QVERIFY(states.last() != states.at(states.size() - 2));
    };
    step([&] { return editor.renameTable(user, u"person"_s); });
    step([&] { return editor.setTableComment(user, u"People who write"_s); });
    step([&] { return editor.addColumn(user, u"email"_s, u"VARCHAR(255)"_s) != NoObject; });
    const ObjectId email = document.schema().table(user)->columnByName(u"email"_s)->id;
    step([&] {
        Column c = *document.schema().table(user)->column(email);
        c.nullable = false;
        c.comment = u"unique address"_s;
        c.datatype = u"VARCHAR(320)"_s;
        return editor.updateColumn(user, c);
    });
    step([&] { return editor.moveColumn(user, email, 0); });
    step([&] {
        Key unique;
        unique.type = Key::Unique;
        unique.parts = {KeyPart {email, {}}};
        QList<Key> keys = document.schema().table(user)->keys;
        keys.append(unique);
        return editor.setKeys(user, keys);
    });
    const ObjectId fk = document.schema().table(post)->foreignKeys.first().id;
    step([&] {
        return editor.setForeignKeyActions(
            fk, ReferentialAction::Cascade, ReferentialAction::Restrict);
    });
    step([&] { return editor.addNote({0, 0}, u"Remember"_s) != NoObject; });
    step([&] { return editor.addArea({0, 0, 300, 200}, u"Blog"_s) != NoObject; });
    step([&] { return editor.remove({post}); });

    // No-ops push nothing.
    const int count = stack->count();
    QVERIFY(!editor.renameTable(user, u"person"_s));
    QVERIFY(!editor.setTableComment(user, u"People who write"_s));
    QCOMPARE(stack->count(), count);

    // Undo walks back through every state, redo forward again.
    for (qsizetype i = states.size() - 1; i > 0; --i) {
        QCOMPARE(text(document.schema()), states.at(i));
        stack->undo();
    }
    QCOMPARE(text(document.schema()), original);
    QVERIFY(!document.isModified());
    for (qsizetype i = 1; i < states.size(); ++i) {
        stack->redo();
        QCOMPARE(text(document.schema()), states.at(i));
    }
}

void tst_DesignDocument::removingTableTakesDependentsAndUndoRestoresThem()
{
    DesignDocument document;
    document.reset(load(QStringLiteral(SCHEMATA_RESOURCES "/examples/seed-models.xml")));
    DesignEditor editor(&document);
    const QByteArray original = text(document.schema());
    const Schema &schema = document.schema();
    QVERIFY(foreignKey(*schema.tableByName(u"post"_s), u"user"_s, schema));
    QVERIFY(editor.remove({schema.tableByName(u"user"_s)->id}));
    QVERIFY(!schema.tableByName(u"user"_s));
    QVERIFY(!foreignKey(*schema.tableByName(u"post"_s), u"user"_s, schema));
    for (const Table &t : schema.tables()) {
        for (const ForeignKey &fk : t.foreignKeys)
            QVERIFY2(schema.table(fk.referencedTable), qPrintable(t.name));
    }
    document.undoStack()->undo();
    QCOMPARE(text(schema), original);
}

void tst_DesignDocument::removingColumnTakesItsForeignKeys()
{
    DesignDocument document;
    document.reset(load(QStringLiteral(SCHEMATA_RESOURCES "/examples/seed-models.xml")));
    DesignEditor editor(&document);
    const Schema &schema = document.schema();
    const Table *user = schema.tableByName(u"user"_s);
    const ObjectId id = user->columnByName(u"id"_s)->id;
    QVERIFY(editor.removeColumn(user->id, id));
    user = schema.tableByName(u"user"_s);
    QVERIFY(!user->columnByName(u"id"_s));
    QVERIFY(!user->primaryKey());
    QVERIFY(!foreignKey(*schema.tableByName(u"post"_s), u"user"_s, schema));
}

void tst_DesignDocument::createForeignKeyFollowsPattern()
{
    DesignDocument document;
    DesignEditor editor(&document);
    const ObjectId author = editor.addTable({}, u"author"_s);
    const ObjectId book = editor.addTable({300, 0}, u"book"_s);
    const ObjectId fkId = editor.createForeignKey(author, book);
    QVERIFY(fkId != NoObject);
    const Table &t = *document.schema().table(book);
    const Column *column = t.columnByName(u"id_author"_s); // "%R_%T"
    QVERIFY(column);
    QCOMPARE(column->datatype, document.schema().table(author)->columns.first().datatype);
    QCOMPARE(t.foreignKeys.size(), 1);
    QCOMPARE(t.foreignKeys.first().referencedTable, author);
    QCOMPARE(t.foreignKeys.first().parts.first().column, column->id);
    // Connecting the same columns again adds nothing.
    QCOMPARE(editor.connectColumns(column->id, document.schema().table(author)->columns.first().id),
        NoObject);
}

void tst_DesignDocument::manyToMany()
{
    DesignDocument document;
    DesignEditor editor(&document);
    const ObjectId category = editor.addTable({}, u"category"_s);
    const ObjectId content = editor.addTable({400, 0}, u"content"_s);
    const int steps = document.undoStack()->count();
    const ObjectId link = editor.createManyToMany(category, content);
    QCOMPARE(document.undoStack()->count(), steps + 1);
    const Table &t = *document.schema().table(link);
    QCOMPARE(t.name, u"category_content"_s);
    QCOMPARE(t.columns.size(), 2);
    QCOMPARE(t.foreignKeys.size(), 2);
    QCOMPARE(t.primaryKey()->parts.size(), 2);
    QCOMPARE(t.foreignKeys.at(0).referencedTable, category);
    QCOMPARE(t.foreignKeys.at(1).referencedTable, content);
    for (const ForeignKey &fk : t.foreignKeys)
        QCOMPARE(fk.onDelete, ReferentialAction::Cascade);
    for (const Column &c : t.columns)
        QVERIFY(!c.nullable);
}

void tst_DesignDocument::selfManyToMany()
{
    DesignDocument document;
    DesignEditor editor(&document);
    const ObjectId user = editor.addTable({}, u"user"_s);
    const ObjectId link = editor.createManyToMany(user, user);
    const Table &t = *document.schema().table(link);
    QCOMPARE(t.foreignKeys.size(), 2);
    QVERIFY(t.columns.at(0).name != t.columns.at(1).name);
    QCOMPARE(t.foreignKeys.at(0).referencedTable, user);
    QCOMPARE(t.foreignKeys.at(1).referencedTable, user);
}

void tst_DesignDocument::joinedInheritance()
{
    DesignDocument document;
    DesignEditor editor(&document);
    const ObjectId employee = editor.addTable({}, u"employee"_s);
    const ObjectId engineer = editor.addTable({0, 300}, u"engineer"_s);
    QVERIFY(editor.setInheritance(
        engineer, employee, Inheritance::Kind::Joined, u"type"_s, u"engineer"_s));
    const Schema &schema = document.schema();
    const Table &child = *schema.table(engineer);
    const Table &root = *schema.table(employee);
    QCOMPARE(child.inheritance.kind, Inheritance::Kind::Joined);
    QCOMPARE(child.inheritance.parent, employee);
    QCOMPARE(child.inheritance.identity, u"engineer"_s);
    QVERIFY(root.columnByName(u"type"_s));
    QCOMPARE(root.inheritance.discriminator, root.columnByName(u"type"_s)->id);
    // The child's key references the parent's and is not generated.
    QCOMPARE(child.foreignKeys.size(), 1);
    QCOMPARE(child.foreignKeys.first().referencedTable, employee);
    QVERIFY(child.primaryKey()->contains(child.foreignKeys.first().parts.first().column));
    QVERIFY(!child.column(child.foreignKeys.first().parts.first().column)->autoIncrement);
    // Written and read back, the hierarchy survives.
    DesignReader reader;
    QVERIFY(reader.read(text(schema)));
    QCOMPARE(
        reader.schema().tableByName(u"engineer"_s)->inheritance.kind, Inheritance::Kind::Joined);
}

void tst_DesignDocument::duplicateAndPasteAcrossDocuments()
{
    DesignDocument source;
    source.reset(load(QStringLiteral(SCHEMATA_RESOURCES "/examples/seed-models.xml")));
    DesignEditor sourceEditor(&source);
    const Schema &s = source.schema();
    const ObjectId post = s.tableByName(u"post"_s)->id;

    // Duplicate within the design: a new name, and its foreign key still to user.
    const QList<ObjectId> copies = sourceEditor.duplicate({post});
    QCOMPARE(copies.size(), 1);
    const Table &copy = *s.table(copies.first());
    QCOMPARE(copy.name, u"post_2"_s);
    QCOMPARE(copy.position, s.table(post)->position + QPointF(24, 24));
    QVERIFY(foreignKey(copy, u"user"_s, s));
    QCOMPARE(copy.columns.size(), s.table(post)->columns.size());
    for (const Column &c : copy.columns)
        QVERIFY(!s.table(post)->column(c.id)); // fresh ids

    // Copy user and post into another document: the foreign key follows the copied user.
    std::unique_ptr<QMimeData> data(sourceEditor.copy({s.tableByName(u"user"_s)->id, post}));
    QVERIFY(data);
    QVERIFY(DesignEditor::canPaste(data.get()));
    DesignDocument target;
    DesignEditor targetEditor(&target);
    const QList<ObjectId> pasted = targetEditor.paste(data.get());
    QCOMPARE(pasted.size(), 2);
    const Schema &t = target.schema();
    QVERIFY(t.tableByName(u"user"_s) && t.tableByName(u"post"_s));
    const ForeignKey *fk = foreignKey(*t.tableByName(u"post"_s), u"user"_s, t);
    QVERIFY(fk);
    QCOMPARE(fk->referencedTable, t.tableByName(u"user"_s)->id);

    // Post alone into a document without user: the dangling foreign key is dropped.
    std::unique_ptr<QMimeData> alone(sourceEditor.copy({post}));
    DesignDocument empty;
    DesignEditor emptyEditor(&empty);
    QCOMPARE(emptyEditor.paste(alone.get()).size(), 1);
    QVERIFY(empty.schema().tableByName(u"post"_s)->foreignKeys.isEmpty());
    empty.undoStack()->undo();
    QVERIFY(empty.schema().tables().isEmpty());
}

void tst_DesignDocument::renamesAreRecorded()
{
    DesignDocument document;
    document.reset(load(QStringLiteral(SCHEMATA_RESOURCES "/examples/seed-models.xml")));
    DesignEditor editor(&document);
    QUndoStack *stack = document.undoStack();
    const Schema &schema = document.schema();
    const ObjectId user = schema.tableByName(u"user"_s)->id;
    const ObjectId name = schema.table(user)->columnByName(u"name"_s)->id;
    const ObjectId id = schema.table(user)->columnByName(u"id"_s)->id;
    QVERIFY(schema.table(user)->formerNames.isEmpty());

    // The table by name, one column through the property panel's path, another as typed on
    // the card; a case-only rename is a rename.
    QVERIFY(editor.renameTable(user, u"person"_s));
    Column column = *schema.table(user)->column(name);
    column.name = u"full_name"_s;
    QVERIFY(editor.updateColumn(user, column));
    QVERIFY(editor.defineColumn(user, id, TypedColumn::parse(u"ID INTEGER NOT NULL PRIMARY KEY"_s))
        != NoObject);
    QCOMPARE(schema.table(user)->formerNames, QStringList {u"user"_s});
    QCOMPARE(schema.table(user)->column(name)->formerNames, QStringList {u"name"_s});
    QCOMPARE(schema.table(user)->column(id)->formerNames, QStringList {u"id"_s});
    // Edits that rename nothing record nothing.
    QVERIFY(editor.setTableComment(user, u"People"_s));
    QCOMPARE(schema.table(user)->formerNames, QStringList {u"user"_s});

    // Saved and loaded again.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"design.xml"_s);
    QString error;
    QVERIFY2(document.save(path, &error), qPrintable(error));
    const Schema saved = load(path);
    const Table *person = saved.tableByName(u"person"_s);
    QVERIFY(person);
    QCOMPARE(person->formerNames, QStringList {u"user"_s});
    QCOMPARE(person->columnByName(u"full_name"_s)->formerNames, QStringList {u"name"_s});
    QCOMPARE(person->columnByName(u"ID"_s)->formerNames, QStringList {u"id"_s});

    // A second rename keeps both names, oldest first.
    QVERIFY(editor.renameTable(user, u"member"_s));
    QCOMPARE(schema.table(user)->formerNames, (QStringList {u"user"_s, u"person"_s}));

    // Undo takes each record back with its rename; redo brings it again.
    stack->undo();
    QCOMPARE(schema.table(user)->name, u"person"_s);
    QCOMPARE(schema.table(user)->formerNames, QStringList {u"user"_s});
    for (int i = 0; i < 4; ++i)
        stack->undo();
    QCOMPARE(schema.table(user)->name, u"user"_s);
    QVERIFY(schema.table(user)->formerNames.isEmpty());
    QVERIFY(schema.table(user)->column(name)->formerNames.isEmpty());
    QVERIFY(schema.table(user)->column(id)->formerNames.isEmpty());
    for (int i = 0; i < 5; ++i)
        stack->redo();
    QCOMPARE(schema.table(user)->name, u"member"_s);
    QCOMPARE(schema.table(user)->formerNames, (QStringList {u"user"_s, u"person"_s}));
    QCOMPARE(schema.table(user)->column(name)->formerNames, QStringList {u"name"_s});
}

void tst_DesignDocument::namesNoFileOrDatabaseHadAreNotRecorded()
{
    // A table and a column made with the designer's default names and named at once: no file
    // and no database ever had "table" or "column", so the saved file records no rename.
    DesignDocument document;
    DesignEditor editor(&document);
    const ObjectId table = editor.addTable({});
    QCOMPARE(document.schema().table(table)->name, u"table"_s);
    const ObjectId column = editor.addColumn(table);
    QCOMPARE(document.schema().table(table)->column(column)->name, u"column"_s);
    const auto named = [&](ObjectId id, const QString &name) {
        Column c = *document.schema().table(table)->column(id);
        c.name = name;
        return editor.updateColumn(table, c);
    };
    QVERIFY(editor.renameTable(table, u"post"_s));
    QVERIFY(named(column, u"title"_s));
    QVERIFY(document.schema().table(table)->formerNames.isEmpty());
    QVERIFY(document.schema().table(table)->column(column)->formerNames.isEmpty());

    // A save that fails is no baseline.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    QVERIFY(!document.save(dir.filePath(u"missing/design.xml"_s), &error));
    QVERIFY(named(column, u"heading"_s));
    QVERIFY(document.schema().table(table)->column(column)->formerNames.isEmpty());
    QVERIFY(named(column, u"title"_s));

    const QString path = dir.filePath(u"design.xml"_s);
    QVERIFY2(document.save(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray saved = file.readAll();
    QVERIFY2(
        saved.contains("<row name=\"title\"") && !saved.contains("renamed"), saved.constData());

    // Renamed after the save: the file has the old names.
    QVERIFY(named(column, u"heading"_s));
    QVERIFY(editor.renameTable(table, u"article"_s));
    QCOMPARE(document.schema().table(table)->column(column)->formerNames, QStringList {u"title"_s});
    QCOMPARE(document.schema().table(table)->formerNames, QStringList {u"post"_s});
    // A column added after the save is new to the file in turn.
    const ObjectId body = editor.addColumn(table);
    QVERIFY(named(body, u"body"_s));
    QVERIFY(document.schema().table(table)->column(body)->formerNames.isEmpty());
}

void tst_DesignDocument::onlyTheBaselineNameIsRecorded()
{
    // A -> B -> C between two saves records A alone: B was never in a file or a database.
    DesignDocument document;
    document.reset(load(QStringLiteral(SCHEMATA_RESOURCES "/examples/seed-models.xml")));
    DesignEditor editor(&document);
    QUndoStack *stack = document.undoStack();
    const Schema &schema = document.schema();
    const ObjectId user = schema.tableByName(u"user"_s)->id;
    const ObjectId name = schema.table(user)->columnByName(u"name"_s)->id;
    const auto renameColumn = [&](const QString &to) {
        Column c = *schema.table(user)->column(name);
        c.name = to;
        return editor.updateColumn(user, c);
    };
    QVERIFY(editor.renameTable(user, u"person"_s));
    QVERIFY(editor.renameTable(user, u"member"_s));
    QVERIFY(renameColumn(u"label"_s));
    QVERIFY(renameColumn(u"full_name"_s));
    QCOMPARE(schema.table(user)->formerNames, QStringList {u"user"_s});
    QCOMPARE(schema.table(user)->column(name)->formerNames, QStringList {u"name"_s});
    // Back to the loaded name: nothing was renamed after all.
    QVERIFY(renameColumn(u"name"_s));
    QVERIFY(schema.table(user)->column(name)->formerNames.isEmpty());

    // Undo restores each state exactly, records included; redo too.
    stack->undo();
    QCOMPARE(schema.table(user)->column(name)->name, u"full_name"_s);
    QCOMPARE(schema.table(user)->column(name)->formerNames, QStringList {u"name"_s});
    stack->undo();
    stack->undo();
    stack->undo();
    QCOMPARE(schema.table(user)->name, u"person"_s);
    QCOMPARE(schema.table(user)->formerNames, QStringList {u"user"_s});
    QCOMPARE(schema.table(user)->column(name)->name, u"name"_s);
    QVERIFY(schema.table(user)->column(name)->formerNames.isEmpty());
    stack->undo();
    QVERIFY(schema.table(user)->formerNames.isEmpty());
    for (int i = 0; i < 4; ++i)
        stack->redo();
    QCOMPARE(schema.table(user)->name, u"member"_s);
    QCOMPARE(schema.table(user)->formerNames, QStringList {u"user"_s});
    QCOMPARE(schema.table(user)->column(name)->formerNames, QStringList {u"name"_s});
}

void tst_DesignDocument::undoPastASaveKeepsTheSavedName()
{
    // Saved as B, then undone to A and renamed to C: the file that has B is out there (and a
    // database may have been migrated from it), so C keeps both names.
    DesignDocument document;
    DesignEditor editor(&document);
    const ObjectId table = editor.addTable({}, u"a"_s);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    const QString path = dir.filePath(u"design.xml"_s);
    QVERIFY2(document.save(path, &error), qPrintable(error));
    QVERIFY(editor.renameTable(table, u"b"_s));
    QVERIFY2(document.save(path, &error), qPrintable(error));
    QCOMPARE(document.schema().table(table)->formerNames, QStringList {u"a"_s});
    document.undoStack()->undo();
    QVERIFY(document.schema().table(table)->formerNames.isEmpty());
    QVERIFY(editor.renameTable(table, u"c"_s));
    QCOMPARE(document.schema().table(table)->formerNames, (QStringList {u"a"_s, u"b"_s}));
}

void tst_DesignDocument::renamingBackKeepsTheLaterName()
{
    // A database migrated while the table was "b" must still find its way back to "a"; the
    // current name is never among the earlier ones, and no name is there twice. Each version
    // is applied to a database (a baseline) before the next rename, else its name is recorded
    // by no one.
    DesignDocument document;
    DesignEditor editor(&document);
    const ObjectId table = editor.addTable({}, u"a"_s);
    document.markBaseline();
    const auto formerNames = [&] { return document.schema().table(table)->formerNames; };
    QVERIFY(editor.renameTable(table, u"b"_s));
    QCOMPARE(formerNames(), QStringList {u"a"_s});
    document.markBaseline();
    QVERIFY(editor.renameTable(table, u"a"_s));
    QCOMPARE(formerNames(), QStringList {u"b"_s});
    document.markBaseline();
    QVERIFY(editor.renameTable(table, u"c"_s));
    QCOMPARE(formerNames(), (QStringList {u"b"_s, u"a"_s}));
    document.markBaseline();
    QVERIFY(editor.renameTable(table, u"b"_s));
    QCOMPARE(formerNames(), (QStringList {u"a"_s, u"c"_s}));
    document.markBaseline();
    QVERIFY(editor.renameTable(table, u"B"_s));
    QCOMPARE(formerNames(), (QStringList {u"a"_s, u"c"_s, u"b"_s}));
}

void tst_DesignDocument::copiesHaveNoEarlierNames()
{
    DesignDocument document;
    DesignEditor editor(&document);
    const ObjectId table = editor.addTable({}, u"a"_s);
    const ObjectId id = document.schema().table(table)->columns.at(0).id;
    document.markBaseline(); // as if saved: the original has earlier names, which copies drop
    QVERIFY(editor.renameTable(table, u"b"_s));
    Column column = *document.schema().table(table)->column(id);
    column.name = u"key"_s;
    QVERIFY(editor.updateColumn(table, column));
    QCOMPARE(document.schema().table(table)->column(id)->formerNames, QStringList {u"id"_s});

    const QList<ObjectId> copies = editor.duplicate({table});
    QCOMPARE(copies.size(), 1);
    const Table *copy = document.schema().table(copies.at(0));
    QCOMPARE(copy->name, u"b_2"_s);
    QVERIFY(copy->formerNames.isEmpty());
    QVERIFY(copy->columns.at(0).formerNames.isEmpty());

    std::unique_ptr<QMimeData> data(editor.copy({table}));
    DesignDocument other;
    DesignEditor otherEditor(&other);
    const QList<ObjectId> pasted = otherEditor.paste(data.get());
    QCOMPARE(pasted.size(), 1);
    const Table *paste = other.schema().table(pasted.at(0));
    QCOMPARE(paste->name, u"b"_s);
    QVERIFY(paste->formerNames.isEmpty());
    QVERIFY(paste->columns.at(0).formerNames.isEmpty());
}

void tst_DesignDocument::movesMergeOnlyWhenNudging()
{
    DesignDocument document;
    DesignEditor editor(&document);
    const ObjectId a = editor.addTable({0, 0}, u"a"_s);
    const int steps = document.undoStack()->count();
    for (int i = 1; i <= 5; ++i)
        document.push(document.moveCommand({{a, {qreal(i - 1), 0}}}, {{a, {qreal(i), 0}}}, true));
    QCOMPARE(document.undoStack()->count(), steps + 1);
    QCOMPARE(document.schema().table(a)->position, QPointF(5, 0));
    document.push(document.moveCommand({{a, {5, 0}}}, {{a, {50, 50}}}));
    document.push(document.moveCommand({{a, {50, 50}}}, {{a, {60, 60}}}));
    QCOMPARE(document.undoStack()->count(), steps + 3);
    document.undoStack()->undo();
    document.undoStack()->undo();
    document.undoStack()->undo();
    QCOMPARE(document.schema().table(a)->position, QPointF(0, 0));
}

void tst_DesignDocument::alignAndDistribute()
{
    DesignDocument document;
    DesignEditor editor(&document);
    const ObjectId a = editor.addTable({0, 10}, u"a"_s);
    const ObjectId b = editor.addTable({100, 50}, u"b"_s);
    const ObjectId c = editor.addTable({500, 30}, u"c"_s);
    QHash<ObjectId, QRectF> rects {
        {a, {0, 10, 100, 40}}, {b, {100, 50, 100, 80}}, {c, {500, 30, 100, 40}}};
    QVERIFY(editor.align(rects, DesignEditor::Alignment::Top));
    for (ObjectId id : {a, b, c})
        QCOMPARE(document.schema().table(id)->position.y(), 10.0);
    for (ObjectId id : {a, b, c})
        rects[id].moveTop(10);
    QVERIFY(editor.distribute(rects, Qt::Horizontal));
    // Gaps equal: (600 - 300) / 2 = 150.
    QCOMPARE(document.schema().table(a)->position.x(), 0.0);
    QCOMPARE(document.schema().table(b)->position.x(), 250.0);
    QCOMPARE(document.schema().table(c)->position.x(), 500.0);
}

void tst_DesignDocument::idsNeverReused()
{
    DesignDocument document;
    DesignEditor editor(&document);
    const ObjectId first = editor.addTable({}, u"a"_s);
    document.undoStack()->undo();
    const ObjectId second = editor.addTable({}, u"b"_s);
    QVERIFY(second > first);
}

void tst_DesignDocument::switchDialectMapsTypes()
{
    DesignDocument document;
    document.reset(load(QStringLiteral(SCHEMATA_RESOURCES "/examples/seed-models.xml")));
    DesignEditor editor(&document);
    const QByteArray original = text(document.schema());
    const QStringList changes = editor.switchDialect(SqlEngine::Postgres);
    QVERIFY(!changes.isEmpty());
    const Schema &schema = document.schema();
    QCOMPARE(schema.catalogue().db(), u"postgresql"_s);
    // Every column's type is one the new catalogue knows.
    for (const Table &t : schema.tables()) {
        for (const Column &c : t.columns)
            QVERIFY2(schema.catalogue().resolve(c.typeName()) >= 0,
                qPrintable(t.name + u'.' + c.name + u": "_s + c.datatype));
    }
    QCOMPARE(document.undoStack()->count(), 1);
    // Switching again changes nothing and adds no step; undo restores the file text.
    QVERIFY(editor.switchDialect(SqlEngine::Postgres).isEmpty());
    QCOMPARE(document.undoStack()->count(), 1);
    document.undoStack()->undo();
    QCOMPARE(text(schema), original);
}

void tst_DesignDocument::sceneFollowsDocument()
{
    DesignDocument document;
    document.reset(load(QStringLiteral(SCHEMATA_RESOURCES "/examples/seed-models.xml")));
    DiagramScene scene(&document);
    DesignEditor editor(&document);
    const Schema &schema = document.schema();
    QCOMPARE(scene.tableItems().size(), schema.tables().size());
    const qsizetype before = scene.relationItems().size();
    QVERIFY(before > 0);

    const ObjectId user = schema.tableByName(u"user"_s)->id;
    TableItem *userItem = scene.tableItem(user);
    QVERIFY(userItem);
    QCOMPARE(userItem->pos(), schema.table(user)->position);
    QCOMPARE(userItem->name(), u"user"_s);
    editor.renameTable(user, u"person"_s);
    QCOMPARE(scene.tableItem(user)->name(), u"person"_s);

    // Moving a card re-routes its connectors.
    RelationItem *relation = nullptr;
    for (RelationItem *r : scene.relationItems()) {
        if (r->to().table == userItem && r->from().table != userItem)
            relation = r;
    }
    QVERIFY(relation);
    const QPolygonF route = relation->route();
    editor.setPositions({{user, schema.table(user)->position + QPointF(800, 300)}}, u"move"_s);
    QVERIFY(relation->route() != route);
    // It still ends on the card's left or right edge.
    const QPointF end = relation->route().last();
    const qreal width = userItem->shape().boundingRect().width();
    QVERIFY(qFuzzyCompare(end.x(), userItem->pos().x())
        || qFuzzyCompare(end.x(), userItem->pos().x() + width));
    QVERIFY(end.y() > userItem->pos().y()
        && end.y() < userItem->pos().y() + userItem->shape().boundingRect().height());

    // Deleting a table removes its card and its connectors; undo brings them back.
    editor.remove({user});
    QVERIFY(!scene.tableItem(user));
    QVERIFY(scene.relationItems().size() < before);
    document.undoStack()->undo();
    QVERIFY(scene.tableItem(user));
    QCOMPARE(scene.relationItems().size(), before);

    // Many-to-many as one connector hides the association table.
    const ObjectId association = schema.tableByName(u"content_category"_s)
        ? schema.tableByName(u"content_category"_s)->id
        : NoObject;
    QVERIFY(association != NoObject);
    scene.setManyToManyAsOne(true);
    QVERIFY(!scene.tableItem(association)->isVisible());
    bool found = false;
    for (RelationItem *r : scene.relationItems())
        found = found || (r->kind() == RelationItem::Kind::ManyToMany && r->id() == association);
    QVERIFY(found);
    scene.setManyToManyAsOne(false);
    QVERIFY(scene.tableItem(association)->isVisible());
}

QTEST_MAIN(tst_DesignDocument)
#include "tst_designdocument.moc"
