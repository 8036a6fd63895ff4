// A column typed on a card ("title VARCHAR(200) NOT NULL"): the parser, the text a column is
// shown as, and the one undo step that applies it with its keys.
#include "document/designdocument.h"
#include "document/designeditor.h"
#include "document/typedcolumn.h"
#include "schema/schema.h"

#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace {

// "none" for no DEFAULT typed, "NULL", else the default's text.
QString describe(const std::optional<DefaultValue> &value)
{
    if (!value)
        return u"none"_s;
    return value->isNull() ? u"NULL"_s : u"text:"_s + value->text();
}

} // namespace

class tst_TypedColumn : public QObject
{
    Q_OBJECT

private slots:
    void parses_data();
    void parses();
    void refuses_data();
    void refuses();
    void textParsesBack();
    void definesNewColumnInOneStep();
    void definesKeysOfExistingColumn();
    void unchangedTextIsNoEdit();
};

void tst_TypedColumn::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("datatype");
    QTest::addColumn<bool>("nullable");
    QTest::addColumn<QString>("defaultValue");
    QTest::addColumn<bool>("autoIncrement");
    QTest::addColumn<bool>("primaryKey");
    QTest::addColumn<bool>("unique");

    QTest::newRow("not null") << u"title VARCHAR(200) NOT NULL"_s << u"title"_s
                              << u"VARCHAR(200)"_s << false << u"none"_s << false << false
                              << false;
    QTest::newRow("lower case") << u"title varchar(200) not null"_s << u"title"_s
                                << u"varchar(200)"_s << false << u"none"_s << false << false
                                << false;
    QTest::newRow("name and type") << u"email VARCHAR(255)"_s << u"email"_s << u"VARCHAR(255)"_s
                                   << true << u"none"_s << false << false << false;
    QTest::newRow("name only") << u"  email "_s << u"email"_s << QString() << true << u"none"_s
                               << false << false << false;
    QTest::newRow("null") << u"email VARCHAR(255) NULL"_s << u"email"_s << u"VARCHAR(255)"_s
                          << true << u"none"_s << false << false << false;
    QTest::newRow("sqlite key") << u"id INTEGER PRIMARY KEY AUTOINCREMENT"_s << u"id"_s
                                << u"INTEGER"_s << false << u"none"_s << true << true << false;
    QTest::newRow("mysql key") << u"id int(11) unsigned not null auto_increment primary key"_s
                               << u"id"_s << u"int(11) unsigned"_s << false << u"none"_s << true
                               << true << false;
    QTest::newRow("mixed case keyword") << u"id INTEGER Auto_Increment"_s << u"id"_s
                                        << u"INTEGER"_s << true << u"none"_s << true << false
                                        << false;
    QTest::newRow("unique") << u"code CHAR(3) UNIQUE"_s << u"code"_s << u"CHAR(3)"_s << true
                            << u"none"_s << false << false << true;
    QTest::newRow("unique key not null")
        << u"code CHAR(3) UNIQUE KEY NOT NULL"_s << u"code"_s << u"CHAR(3)"_s << false
        << u"none"_s << false << false << true;
    QTest::newRow("quoted default with spaces")
        << u"status VARCHAR(20) DEFAULT 'new order' NOT NULL"_s << u"status"_s
        << u"VARCHAR(20)"_s << false << u"text:new order"_s << false << false << false;
    QTest::newRow("doubled quote") << u"note TEXT DEFAULT 'it''s'"_s << u"note"_s << u"TEXT"_s
                                   << true << u"text:it's"_s << false << false << false;
    QTest::newRow("type with comma and space")
        << u"price NUMERIC(10, 2) DEFAULT 0.5"_s << u"price"_s << u"NUMERIC(10, 2)"_s << true
        << u"text:0.5"_s << false << false << false;
    QTest::newRow("negative number") << u"n INTEGER DEFAULT -1 NOT NULL"_s << u"n"_s
                                     << u"INTEGER"_s << false << u"text:-1"_s << false << false
                                     << false;
    QTest::newRow("current timestamp")
        << u"created TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP"_s << u"created"_s
        << u"TIMESTAMP"_s << false << u"text:CURRENT_TIMESTAMP"_s << false << false << false;
    QTest::newRow("parenthesized expression")
        << u"created TEXT DEFAULT (datetime('now', 'localtime'))"_s << u"created"_s << u"TEXT"_s
        << true << u"text:(datetime('now', 'localtime'))"_s << false << false << false;
    QTest::newRow("function call") << u"created TIMESTAMP DEFAULT now()"_s << u"created"_s
                                   << u"TIMESTAMP"_s << true << u"text:now()"_s << false << false
                                   << false;
    QTest::newRow("default null") << u"x INT DEFAULT NULL"_s << u"x"_s << u"INT"_s << true
                                  << u"NULL"_s << false << false << false;
    QTest::newRow("two-word type") << u"d DOUBLE PRECISION NOT NULL"_s << u"d"_s
                                   << u"DOUBLE PRECISION"_s << false << u"none"_s << false
                                   << false << false;
    QTest::newRow("quoted name") << u"\"order date\" DATE"_s << u"order date"_s << u"DATE"_s
                                 << true << u"none"_s << false << false << false;
    QTest::newRow("enum with keyword inside")
        << u"state ENUM('NOT NULL','DEFAULT') NOT NULL"_s << u"state"_s
        << u"ENUM('NOT NULL','DEFAULT')"_s << false << u"none"_s << false << false << false;
    QTest::newRow("primary key with explicit null")
        << u"id INTEGER NULL PRIMARY KEY"_s << u"id"_s << u"INTEGER"_s << true << u"none"_s
        << false << true << false;
}

void tst_TypedColumn::parses()
{
    QFETCH(QString, text);
    const TypedColumn typed = TypedColumn::parse(text);
    QVERIFY2(typed.error.isEmpty(), qPrintable(typed.error));
    QTEST(typed.name, "name");
    QTEST(typed.datatype, "datatype");
    QTEST(typed.nullable, "nullable");
    QTEST(describe(typed.defaultValue), "defaultValue");
    QTEST(typed.autoIncrement, "autoIncrement");
    QTEST(typed.primaryKey, "primaryKey");
    QTEST(typed.unique, "unique");
}

void tst_TypedColumn::refuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("not alone") << u"x INT NOT"_s;
    QTest::newRow("not default") << u"x INT NOT DEFAULT 1"_s;
    QTest::newRow("primary alone") << u"x INT PRIMARY"_s;
    QTest::newRow("default without value") << u"x INT DEFAULT"_s;
    QTest::newRow("default then constraint") << u"x INT DEFAULT NOT NULL"_s;
    QTest::newRow("null and not null") << u"x INT NULL NOT NULL"_s;
    QTest::newRow("unclosed parenthesis") << u"x VARCHAR(20"_s;
    QTest::newRow("unclosed quote") << u"x TEXT DEFAULT 'abc"_s;
    QTest::newRow("unknown word after constraints") << u"x INT NOT NULL SIGNED"_s;
    QTest::newRow("check") << u"x INT CHECK (x > 0)"_s;
    QTest::newRow("references") << u"x INT REFERENCES y(id)"_s;
}

void tst_TypedColumn::refuses()
{
    QFETCH(QString, text);
    QVERIFY(!TypedColumn::parse(text).error.isEmpty());
}

void tst_TypedColumn::textParsesBack()
{
    Schema schema;
    Table &table = schema.addTable(u"t"_s);
    Column &id = schema.addColumn(table, u"id"_s, u"INTEGER"_s);
    id.nullable = false;
    id.autoIncrement = true;
    id.defaultValue = DefaultValue::none();
    Column &code = schema.addColumn(table, u"code"_s, u"CHAR(3)"_s);
    code.nullable = false;
    code.defaultValue = DefaultValue::text(u"it's"_s);
    Column &price = schema.addColumn(table, u"price"_s, u"NUMERIC(10, 2)"_s);
    price.defaultValue = DefaultValue::text(u"0"_s);
    Column &at = schema.addColumn(table, u"created at"_s, u"TIMESTAMP"_s);
    at.defaultValue = DefaultValue::text(u"CURRENT_TIMESTAMP"_s);
    schema.addColumn(table, u"email"_s, u"VARCHAR(255)"_s);
    // (Adding columns moves them: the references above are not used from here on.)
    schema.addKey(table, Key::Primary, {table.columns.at(0).id});
    schema.addKey(table, Key::Unique, {table.columns.at(1).id});

    QCOMPARE(TypedColumn::text(table, table.columns.at(0)),
        u"id INTEGER AUTO_INCREMENT PRIMARY KEY"_s);
    QCOMPARE(TypedColumn::text(table, table.columns.at(1)),
        u"code CHAR(3) NOT NULL DEFAULT 'it''s' UNIQUE"_s);
    QCOMPARE(TypedColumn::text(table, table.columns.at(2)), u"price NUMERIC(10, 2) DEFAULT 0"_s);
    QCOMPARE(TypedColumn::text(table, table.columns.at(3)),
        u"\"created at\" TIMESTAMP DEFAULT CURRENT_TIMESTAMP"_s);
    QCOMPARE(TypedColumn::text(table, table.columns.at(4)), u"email VARCHAR(255)"_s);

    for (const Column &column : std::as_const(table.columns)) {
        const TypedColumn typed = TypedColumn::parse(TypedColumn::text(table, column));
        QVERIFY2(typed.error.isEmpty(), qPrintable(typed.error));
        QCOMPARE(typed.name, column.name);
        QCOMPARE(typed.datatype, column.datatype);
        QCOMPARE(typed.nullable, column.nullable);
        QCOMPARE(typed.autoIncrement, column.autoIncrement);
        if (column.defaultValue.isText())
            QCOMPARE(describe(typed.defaultValue), u"text:"_s + column.defaultValue.text());
        else
            QVERIFY(!typed.defaultValue);
        QCOMPARE(typed.primaryKey, table.primaryKey()->contains(column.id));
    }
}

void tst_TypedColumn::definesNewColumnInOneStep()
{
    DesignDocument document;
    DesignEditor editor(&document);
    const ObjectId table = editor.addTable({0, 0}, u"book"_s);
    const int steps = document.undoStack()->count();
    const qsizetype keys = document.schema().table(table)->keys.size();

    const ObjectId title = editor.defineColumn(table, NoObject,
        TypedColumn::parse(u"title VARCHAR(200) NOT NULL DEFAULT 'untitled' UNIQUE"_s));
    QVERIFY(title != NoObject);
    QCOMPARE(document.undoStack()->count(), steps + 1);
    const Table *book = document.schema().table(table);
    const Column *column = book->column(title);
    QCOMPARE(column->name, u"title"_s);
    QCOMPARE(column->datatype, u"VARCHAR(200)"_s);
    QVERIFY(!column->nullable);
    QCOMPARE(column->defaultValue, DefaultValue::text(u"untitled"_s));
    QCOMPARE(book->keys.size(), keys + 1);
    QCOMPARE(book->keys.last().type, Key::Unique);
    QCOMPARE(book->keys.last().parts.size(), 1);
    QCOMPARE(book->keys.last().parts.first().column, title);

    // One undo takes the column and its key away together.
    document.undoStack()->undo();
    QVERIFY(!document.schema().table(table)->column(title));
    QCOMPARE(document.schema().table(table)->keys.size(), keys);

    // A text with an error changes nothing.
    QCOMPARE(editor.defineColumn(table, NoObject, TypedColumn::parse(u"x INT NOT"_s)), NoObject);
    QCOMPARE(document.undoStack()->count(), steps + 1);
    QCOMPARE(document.undoStack()->index(), steps);
}

void tst_TypedColumn::definesKeysOfExistingColumn()
{
    DesignDocument document;
    DesignEditor editor(&document);
    const ObjectId table = editor.addTable({0, 0}, u"line"_s);
    const ObjectId id = document.schema().table(table)->columns.first().id;
    const ObjectId code = editor.addColumn(table, u"code"_s, u"INTEGER"_s);

    // PRIMARY KEY adds the column to the existing primary key, and makes it NOT NULL.
    QCOMPARE(editor.defineColumn(table, code, TypedColumn::parse(u"code INTEGER PRIMARY KEY"_s)),
        code);
    const Key *primary = document.schema().table(table)->primaryKey();
    QCOMPARE(primary->parts.size(), 2);
    QVERIFY(primary->contains(id) && primary->contains(code));
    QVERIFY(!document.schema().table(table)->column(code)->nullable);

    // Left out, it leaves the key; a table without a primary key gets one.
    QCOMPARE(editor.defineColumn(table, id, TypedColumn::parse(u"id INTEGER AUTO_INCREMENT"_s)),
        id);
    primary = document.schema().table(table)->primaryKey();
    QCOMPARE(primary->parts.size(), 1);
    QVERIFY(primary->contains(code));
    QVERIFY(document.schema().table(table)->column(id)->nullable);
    QCOMPARE(editor.defineColumn(table, code, TypedColumn::parse(u"code INTEGER NOT NULL"_s)),
        code);
    QVERIFY(!document.schema().table(table)->primaryKey());
    QCOMPARE(
        editor.defineColumn(table, id, TypedColumn::parse(u"id INTEGER PRIMARY KEY UNIQUE"_s)),
        id);
    primary = document.schema().table(table)->primaryKey();
    QVERIFY(primary && primary->parts.size() == 1 && primary->contains(id));
    const auto uniqueKeys = [&] {
        int n = 0;
        for (const Key &k : document.schema().table(table)->keys)
            n += k.type == Key::Unique ? 1 : 0;
        return n;
    };
    QCOMPARE(uniqueKeys(), 1);
    QCOMPARE(editor.defineColumn(table, id, TypedColumn::parse(u"id INTEGER PRIMARY KEY"_s)), id);
    QCOMPARE(uniqueKeys(), 0);
}

void tst_TypedColumn::unchangedTextIsNoEdit()
{
    DesignDocument document;
    DesignEditor editor(&document);
    const ObjectId table = editor.addTable({0, 0}, u"t"_s);
    const Table *t = document.schema().table(table);
    const int steps = document.undoStack()->count();
    const Column id = t->columns.first();
    QCOMPARE(editor.defineColumn(table, id.id, TypedColumn::parse(TypedColumn::text(*t, id))),
        NoObject);
    QCOMPARE(document.undoStack()->count(), steps);
}

QTEST_MAIN(tst_TypedColumn)
#include "tst_typedcolumn.moc"
