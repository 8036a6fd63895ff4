#include "dialects/sqlitetableparser.h"

#include <QMap>
#include <QScopeGuard>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

using Column = SqliteTableDefinition::ColumnDefinition;
using Constraint = SqliteTableDefinition::ConstraintDefinition;
using ForeignKey = SqliteTableDefinition::ForeignKeyDefinition;
using ConstraintType = SqliteTableDefinition::ConstraintDefinition::Type;

Q_DECLARE_METATYPE(SqliteTableDefinition::ColumnDefinition)
Q_DECLARE_METATYPE(SqliteTableDefinition::ConstraintDefinition)
Q_DECLARE_METATYPE(std::optional<SqliteTableDefinition::ForeignKeyDefinition>)

// Readable failure messages for QCOMPARE (found by argument-dependent lookup).
static QString describe(const ForeignKey &fk)
{
    return u"REFERENCES %1(%2) ON DELETE [%3] ON UPDATE [%4] deferrable=%5 initiallyDeferred=%6 "
           "name=[%7]"_s.arg(fk.referencedTable, fk.referencedColumns.join(u','), fk.onDelete,
               fk.onUpdate, fk.deferrable ? u"1"_s : u"0"_s, fk.initiallyDeferred ? u"1"_s : u"0"_s,
               fk.name);
}

char *toString(const Column &c)
{
    QString text = u"name=[%1] type=[%2] pk=%3 autoinc=%4 notNull=%5 unique=%6 pkName=[%7] "
                   "uniqueName=[%8] default=[%9]"_s.arg(c.name, c.declaredType)
                       .arg(int(c.primaryKey))
                       .arg(int(c.autoIncrement))
                       .arg(int(c.notNull))
                       .arg(int(c.unique))
                       .arg(c.primaryKeyName, c.uniqueName, c.defaultValue);
    text += u" collation=[%1] checks=[%2] generated=[%3] stored=%4 comment=[%5]"_s
                .arg(c.collation, c.checks.join(u'|'), c.generatedExpression)
                .arg(int(c.generatedStored))
                .arg(c.comment);
    if (c.references)
        text += u' ' + describe(*c.references);
    return QTest::toString(text);
}

char *toString(const Constraint &c)
{
    ForeignKey fk;
    fk.referencedTable = c.referencedTable;
    fk.referencedColumns = c.referencedColumns;
    fk.onDelete = c.onDelete;
    fk.onUpdate = c.onUpdate;
    fk.deferrable = c.deferrable;
    fk.initiallyDeferred = c.initiallyDeferred;
    const QString text
        = u"type=%1 name=[%2] columns=[%3] autoinc=%4 check=[%5] comment=[%6] "_s.arg(int(c.type))
              .arg(c.name, c.columns.join(u','))
              .arg(int(c.autoIncrement))
              .arg(c.checkExpression, c.comment)
        + describe(fk);
    return QTest::toString(text);
}

char *toString(const ForeignKey &fk)
{
    return QTest::toString(describe(fk));
}

namespace {

Column column(const QString &name, const QString &type)
{
    Column c;
    c.name = name;
    c.declaredType = type;
    return c;
}

Constraint constraint(ConstraintType type, const QString &name, const QStringList &columns)
{
    Constraint c;
    c.type = type;
    c.name = name;
    c.columns = columns;
    return c;
}

Constraint foreignKey(const QString &name, const QStringList &columns, const QString &table,
    const QStringList &referencedColumns)
{
    Constraint c = constraint(ConstraintType::ForeignKey, name, columns);
    c.referencedTable = table;
    c.referencedColumns = referencedColumns;
    return c;
}

ForeignKey references(const QString &table, const QStringList &columns = {})
{
    ForeignKey fk;
    fk.referencedTable = table;
    fk.referencedColumns = columns;
    return fk;
}

QStringList columnNames(const SqliteTableDefinition &table)
{
    QStringList names;
    for (const Column &c : table.columns)
        names.append(c.name);
    return names;
}

// How Schemata's SQLite DDL carries comments: the table's after "(", a column's after its comma.
const QString schemataUsers = uR"sql(CREATE TABLE "users" ( -- People who can log in
    -- second line of the table comment
    "id" INTEGER NOT NULL CONSTRAINT "pk_users" PRIMARY KEY AUTOINCREMENT, -- User ID
    "name" VARCHAR(64) NOT NULL, -- Display name
    -- which may span lines
    "bio" TEXT,
    CONSTRAINT "uq_users_name" UNIQUE ("name")
))sql"_s;

} // namespace

class tst_SqliteTableParser : public QObject
{
    Q_OBJECT

private slots:
    void schemataExample();
    void names_data();
    void names();
    void declaredTypes_data();
    void declaredTypes();
    void defaults_data();
    void defaults();
    void columnConstraints_data();
    void columnConstraints();
    void inlineReferences_data();
    void inlineReferences();
    void tableConstraints_data();
    void tableConstraints();
    void comments_data();
    void comments();
    void header_data();
    void header();
    void errors_data();
    void errors();
    void storedBySqlite_data();
    void storedBySqlite();
};

void tst_SqliteTableParser::schemataExample()
{
    QString error = u"stale"_s;
    const auto table = parseSqliteCreateTable(schemataUsers, &error);
    QVERIFY2(table, qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(table->tableName, u"users"_s);
    QCOMPARE(table->comment, u"People who can log in\nsecond line of the table comment"_s);

    Column id = column(u"id"_s, u"INTEGER"_s);
    id.notNull = true;
    id.primaryKey = true;
    id.primaryKeyName = u"pk_users"_s;
    id.autoIncrement = true;
    id.comment = u"User ID"_s;
    Column name = column(u"name"_s, u"VARCHAR(64)"_s);
    name.notNull = true;
    name.comment = u"Display name\nwhich may span lines"_s;
    const Column bio = column(u"bio"_s, u"TEXT"_s);
    QCOMPARE(table->columns.size(), 3);
    QCOMPARE(table->columns.at(0), id);
    QCOMPARE(table->columns.at(1), name);
    QCOMPARE(table->columns.at(2), bio);

    QCOMPARE(table->constraints.size(), 1);
    QCOMPARE(table->constraints.at(0),
        constraint(ConstraintType::Unique, u"uq_users_name"_s, {u"name"_s}));
    QVERIFY(!table->withoutRowid);
    QVERIFY(!table->strict);
}

void tst_SqliteTableParser::names_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QStringList>("columns");

    QTest::newRow("bare words") << u"CREATE TABLE plain (a INT, b_2 TEXT, c$ TEXT, _d)"_s
                                << u"plain"_s << QStringList {u"a"_s, u"b_2"_s, u"c$"_s, u"_d"_s};
    QTest::newRow("double quotes, doubled inside")
        << uR"sql(CREATE TABLE "a""b" ("x""y" INT, """" TEXT))sql"_s << u"a\"b"_s
        << QStringList {u"x\"y"_s, u"\""_s};
    QTest::newRow("backticks, doubled inside") << u"CREATE TABLE `x``y` (`a``b` INT, `c\"d` TEXT)"_s
                                               << u"x`y"_s << QStringList {u"a`b"_s, u"c\"d"_s};
    QTest::newRow("brackets, no escape inside")
        << u"CREATE TABLE [weird name] ([col one] INT, [a\"b`c'd] TEXT, [[x] REAL)"_s
        << u"weird name"_s << QStringList {u"col one"_s, u"a\"b`c'd"_s, u"[x"_s};
    QTest::newRow("single quotes where a name is expected")
        << u"CREATE TABLE 'single' ('it''s' INT, 'b' TEXT)"_s << u"single"_s
        << QStringList {u"it's"_s, u"b"_s};
    QTest::newRow("commas and parentheses in names")
        << uR"sql(CREATE TABLE "t,(1)" ("a,b" INT, "c)" TEXT, [d(] TEXT, `e,)` TEXT))sql"_s
        << u"t,(1)"_s << QStringList {u"a,b"_s, u"c)"_s, u"d("_s, u"e,)"_s};
    QTest::newRow("semicolons in names") << uR"sql(CREATE TABLE "t;" ("a;" INT, [b;c] TEXT);)sql"_s
                                         << u"t;"_s << QStringList {u"a;"_s, u"b;c"_s};
    QTest::newRow("comment markers in names")
        << uR"sql(CREATE TABLE "t--x" ("a--b" INT, [/*c*/] TEXT, `--` TEXT, 'd--' INT))sql"_s
        << u"t--x"_s << QStringList {u"a--b"_s, u"/*c*/"_s, u"--"_s, u"d--"_s};
    QTest::newRow("unicode names")
        << u"CREATE TABLE größe (名前 TEXT, \"größe\" INT, [Ωmega] REAL, ünïcödé_1 BLOB)"_s
        << u"größe"_s << QStringList {u"名前"_s, u"größe"_s, u"Ωmega"_s, u"ünïcödé_1"_s};
    QTest::newRow("reserved words as names")
        << uR"sql(CREATE TABLE "order" ("group" INT, [select] TEXT, `from` TEXT, 'where' INT))sql"_s
        << u"order"_s << QStringList {u"group"_s, u"select"_s, u"from"_s, u"where"_s};
    QTest::newRow("keywords that SQLite lets through bare")
        << u"CREATE TABLE abort (key INT, action TEXT, replace TEXT, temp INT)"_s << u"abort"_s
        << QStringList {u"key"_s, u"action"_s, u"replace"_s, u"temp"_s};
    QTest::newRow("no space before the parenthesis")
        << u"CREATE TABLE\"t\"(\"a\"INT,b)"_s << u"t"_s << QStringList {u"a"_s, u"b"_s};
}

void tst_SqliteTableParser::names()
{
    QFETCH(QString, sql);
    QFETCH(QString, table);
    QFETCH(QStringList, columns);

    QString error;
    const auto definition = parseSqliteCreateTable(sql, &error);
    QVERIFY2(definition, qPrintable(error));
    QCOMPARE(definition->tableName, table);
    QCOMPARE(columnNames(*definition), columns);
}

void tst_SqliteTableParser::declaredTypes_data()
{
    QTest::addColumn<QString>("definition"); // of column c
    QTest::addColumn<QString>("type");

    QTest::newRow("none") << u""_s << u""_s;
    QTest::newRow("none before a constraint") << u"NOT NULL"_s << u""_s;
    QTest::newRow("one word") << u"INTEGER"_s << u"INTEGER"_s;
    QTest::newRow("case kept") << u"varchar"_s << u"varchar"_s;
    QTest::newRow("two words, extra spaces") << u"DOUBLE   PRECISION"_s << u"DOUBLE PRECISION"_s;
    QTest::newRow("words across lines") << u"UNSIGNED\n\tBIG   INT"_s << u"UNSIGNED BIG INT"_s;
    QTest::newRow("spaces around the argument") << u"VARCHAR ( 50 )"_s << u"VARCHAR(50)"_s;
    QTest::newRow("two arguments") << u"decimal(10, 2)"_s << u"decimal(10,2)"_s;
    QTest::newRow("signed arguments") << u"NUMERIC( -5 , +3 )"_s << u"NUMERIC(-5,+3)"_s;
    QTest::newRow("word after the arguments") << u"INT(10) UNSIGNED"_s << u"INT(10) UNSIGNED"_s;
    QTest::newRow("words and arguments")
        << u"CHARACTER VARYING(255)"_s << u"CHARACTER VARYING(255)"_s;
    QTest::newRow("one quoted word, unquoted") << u"\"my  type\""_s << u"my  type"_s;
    QTest::newRow("quoted among other words, as written")
        << u"VARCHAR  'x' [y]"_s << u"VARCHAR 'x' [y]"_s;
    QTest::newRow("ends at NOT NULL") << u"VARCHAR(20) NOT NULL DEFAULT 'x'"_s << u"VARCHAR(20)"_s;
    QTest::newRow("ends at NULL") << u"TEXT NULL"_s << u"TEXT"_s;
    QTest::newRow("ends at COLLATE") << u"TEXT COLLATE NOCASE"_s << u"TEXT"_s;
    QTest::newRow("ends at DEFAULT") << u"REAL DEFAULT 1.5"_s << u"REAL"_s;
    QTest::newRow("ends at CONSTRAINT") << u"INT CONSTRAINT pk PRIMARY KEY"_s << u"INT"_s;
    QTest::newRow("ends at PRIMARY") << u"INTEGER PRIMARY KEY"_s << u"INTEGER"_s;
    QTest::newRow("ends at UNIQUE") << u"TEXT UNIQUE"_s << u"TEXT"_s;
    QTest::newRow("ends at CHECK") << u"INT CHECK (c > 0)"_s << u"INT"_s;
    QTest::newRow("ends at REFERENCES") << u"INTEGER REFERENCES p"_s << u"INTEGER"_s;
    QTest::newRow("ends at GENERATED") << u"INT GENERATED ALWAYS AS (1)"_s << u"INT"_s;
    QTest::newRow("ends at AS") << u"INT AS (1)"_s << u"INT"_s;
    QTest::newRow("comment inside") << u"VARCHAR /* len */ (50) -- x\n"_s << u"VARCHAR(50)"_s;
    QTest::newRow("ends at DEFERRABLE") << u"INT DEFERRABLE"_s << u"INT"_s;
    QTest::newRow("GENERATED without ALWAYS AS is a word of the type")
        << u"INT GENERATED VIRTUAL"_s << u"INT GENERATED VIRTUAL"_s;
    QTest::newRow("GENERATED ALWAYS at the end is dropped, as SQLite does")
        << u"INT GENERATED ALWAYS"_s << u"INT"_s;
}

void tst_SqliteTableParser::declaredTypes()
{
    QFETCH(QString, definition);
    QFETCH(QString, type);

    const QString sql = u"CREATE TABLE t (c "_s + definition + u", z INT)"_s;
    QString error;
    const auto table = parseSqliteCreateTable(sql, &error);
    QVERIFY2(table, qPrintable(error));
    QCOMPARE(table->columns.size(), 2);
    QCOMPARE(table->columns.at(0).declaredType, type);
    QCOMPARE(table->columns.at(1), column(u"z"_s, u"INT"_s));
}

void tst_SqliteTableParser::defaults_data()
{
    QTest::addColumn<QString>("definition"); // of column c
    QTest::addColumn<QString>("defaultValue");

    QTest::newRow("function call in parentheses")
        << u"TEXT DEFAULT (datetime('now'))"_s << u"(datetime('now'))"_s;
    QTest::newRow("nested parentheses with commas")
        << u"INT DEFAULT ((1 + 2) * max(3, 4))"_s << u"((1 + 2) * max(3, 4))"_s;
    QTest::newRow("negative number") << u"INT DEFAULT -1"_s << u"-1"_s;
    QTest::newRow("sign apart from the number") << u"INT DEFAULT - 1"_s << u"- 1"_s;
    QTest::newRow("positive exponent") << u"REAL DEFAULT +1.5e+3"_s << u"+1.5e+3"_s;
    QTest::newRow("hexadecimal") << u"INT DEFAULT 0x1F"_s << u"0x1F"_s;
    QTest::newRow("string with a comma") << u"TEXT DEFAULT 'a,b'"_s << u"'a,b'"_s;
    QTest::newRow("string with a quote and comment markers")
        << u"TEXT DEFAULT 'it''s -- not /* a */ comment'"_s << u"'it''s -- not /* a */ comment'"_s;
    QTest::newRow("string with a parenthesis") << u"TEXT DEFAULT ')'"_s << u"')'"_s;
    QTest::newRow("CURRENT_TIMESTAMP")
        << u"DATETIME DEFAULT CURRENT_TIMESTAMP"_s << u"CURRENT_TIMESTAMP"_s;
    QTest::newRow("NULL") << u"TEXT DEFAULT NULL"_s << u"NULL"_s;
    QTest::newRow("TRUE") << u"BOOLEAN DEFAULT TRUE"_s << u"TRUE"_s;
    QTest::newRow("blob") << u"BLOB DEFAULT x'00ff'"_s << u"x'00ff'"_s;
    QTest::newRow("bare word") << u"TEXT DEFAULT abc"_s << u"abc"_s;
    QTest::newRow("sign before a string") << u"TEXT DEFAULT -'1'"_s << u"-'1'"_s;
    QTest::newRow("followed by constraints")
        << u"TEXT DEFAULT (',') NOT NULL CHECK (c <> '')"_s << u"(',')"_s;
    QTest::newRow("none") << u"TEXT NOT NULL"_s << u""_s;
}

void tst_SqliteTableParser::defaults()
{
    QFETCH(QString, definition);
    QFETCH(QString, defaultValue);

    const QString sql = u"CREATE TABLE t (c "_s + definition + u", z INT)"_s;
    QString error;
    const auto table = parseSqliteCreateTable(sql, &error);
    QVERIFY2(table, qPrintable(error));
    QCOMPARE(table->columns.size(), 2);
    QCOMPARE(table->columns.at(0).defaultValue, defaultValue);
    QCOMPARE(table->columns.at(1), column(u"z"_s, u"INT"_s));
}

void tst_SqliteTableParser::columnConstraints_data()
{
    QTest::addColumn<QString>("definition"); // of column c
    QTest::addColumn<Column>("expected");

    Column c = column(u"c"_s, u"INTEGER"_s);
    c.notNull = true;
    c.primaryKey = true;
    c.primaryKeyName = u"pk_t"_s;
    c.autoIncrement = true;
    QTest::newRow("named primary key with AUTOINCREMENT")
        << u"INTEGER NOT NULL CONSTRAINT \"pk_t\" PRIMARY KEY AUTOINCREMENT"_s << c;

    c = column(u"c"_s, u"INTEGER"_s);
    c.primaryKey = true;
    c.autoIncrement = true;
    QTest::newRow("primary key, order, conflict clause, AUTOINCREMENT")
        << u"INTEGER PRIMARY KEY DESC ON CONFLICT REPLACE AUTOINCREMENT"_s << c;

    c = column(u"c"_s, u"INTEGER"_s);
    c.primaryKey = true;
    QTest::newRow("primary key without AUTOINCREMENT") << u"INTEGER PRIMARY KEY"_s << c;

    c = column(u"c"_s, u"TEXT"_s);
    c.unique = true;
    QTest::newRow("unnamed unique") << u"TEXT UNIQUE"_s << c;

    c.uniqueName = u"uq c"_s;
    QTest::newRow("named unique with conflict clause")
        << u"TEXT CONSTRAINT [uq c] UNIQUE ON CONFLICT IGNORE"_s << c;

    c = column(u"c"_s, u"TEXT"_s);
    c.notNull = true;
    c.unique = true;
    c.primaryKey = true;
    c.primaryKeyName = u"pk"_s;
    QTest::newRow("a name belongs to the next constraint only")
        << u"TEXT CONSTRAINT nn NOT NULL UNIQUE CONSTRAINT \"pk\" PRIMARY KEY"_s << c;

    c = column(u"c"_s, u"INT"_s);
    c.checks = QStringList {u"c IN (1, 2, 3)"_s, u"c <> ','"_s};
    QTest::newRow("checks with commas")
        << u"INT CHECK (c IN (1, 2, 3)) CONSTRAINT ck CHECK(c <> ',')"_s << c;

    c = column(u"c"_s, u"TEXT"_s);
    c.collation = u"NOCASE"_s;
    c.notNull = true;
    QTest::newRow("collation") << u"TEXT COLLATE NOCASE NOT NULL"_s << c;

    c = column(u"c"_s, u"TEXT"_s);
    c.defaultValue = u"'x'"_s;
    QTest::newRow("NULL allowed explicitly") << u"TEXT NULL DEFAULT 'x'"_s << c;

    c = column(u"c"_s, u"INT"_s);
    c.generatedExpression = u"z * 2"_s;
    c.generatedStored = true;
    QTest::newRow("generated, stored") << u"INT GENERATED ALWAYS AS (z * 2) STORED"_s << c;

    c = column(u"c"_s, u"INT"_s);
    c.generatedExpression = u"length(z, ',')"_s;
    QTest::newRow("generated, short form, virtual") << u"INT AS (length(z, ',')) VIRTUAL"_s << c;

    c = column(u"c"_s, u"VARCHAR(10)"_s);
    c.notNull = true;
    c.primaryKey = true;
    c.primaryKeyName = u"pk_t"_s;
    c.defaultValue = u"'a'"_s;
    QTest::newRow("spread over lines")
        << u"VARCHAR\n(\n10\n)\nNOT\nNULL\nDEFAULT\n'a'\nCONSTRAINT\n\"pk_t\"\nPRIMARY\nKEY\n"_s
        << c;
}

void tst_SqliteTableParser::columnConstraints()
{
    QFETCH(QString, definition);
    QFETCH(Column, expected);

    const QString sql = u"CREATE TABLE t (c "_s + definition + u", z INT)"_s;
    QString error;
    const auto table = parseSqliteCreateTable(sql, &error);
    QVERIFY2(table, qPrintable(error));
    QCOMPARE(table->columns.size(), 2);
    QCOMPARE(table->columns.at(0), expected);
    QCOMPARE(table->columns.at(1), column(u"z"_s, u"INT"_s));
    QVERIFY(table->constraints.isEmpty());
}

void tst_SqliteTableParser::inlineReferences_data()
{
    QTest::addColumn<QString>("definition"); // of column c
    QTest::addColumn<std::optional<ForeignKey>>("expected");
    QTest::addColumn<bool>("notNull");

    QTest::newRow("none") << u"INTEGER NOT NULL"_s << std::optional<ForeignKey>() << true;

    QTest::newRow("bare REFERENCES parent")
        << u"INTEGER REFERENCES parent"_s << std::optional(references(u"parent"_s)) << false;

    ForeignKey fk = references(u"p"_s, {u"id"_s});
    fk.onDelete = u"SET NULL"_s;
    QTest::newRow("with a column and ON DELETE SET NULL")
        << u"INTEGER REFERENCES p(id) ON DELETE SET NULL"_s << std::optional(fk) << false;

    fk = references(u"p q"_s, {u"a"_s, u"b"_s});
    fk.name = u"fk_t_c"_s;
    fk.onUpdate = u"CASCADE"_s;
    fk.onDelete = u"NO ACTION"_s;
    QTest::newRow("named, two actions")
        << u"INTEGER CONSTRAINT \"fk_t_c\" REFERENCES \"p q\" ( a , [b] ) on update cascade "
           "ON DELETE NO ACTION"_s
        << std::optional(fk) << false;

    fk = references(u"p"_s, {u"id"_s});
    fk.deferrable = true;
    fk.initiallyDeferred = true;
    QTest::newRow("deferrable, then NOT NULL for the column")
        << u"INTEGER REFERENCES p (id) DEFERRABLE INITIALLY DEFERRED NOT NULL"_s
        << std::optional(fk) << true;

    fk = references(u"p"_s);
    QTest::newRow("NOT DEFERRABLE INITIALLY DEFERRED is immediate")
        << u"INTEGER REFERENCES p NOT DEFERRABLE INITIALLY DEFERRED"_s << std::optional(fk)
        << false;

    fk = references(u"p"_s);
    fk.deferrable = true;
    QTest::newRow("deferrable, initially immediate")
        << u"INTEGER REFERENCES p DEFERRABLE INITIALLY IMMEDIATE"_s << std::optional(fk) << false;

    fk = references(u"p"_s);
    fk.deferrable = true;
    fk.initiallyDeferred = true;
    QTest::newRow("DEFERRABLE as a constraint of its own, after NOT NULL")
        << u"INTEGER REFERENCES p NOT NULL DEFERRABLE INITIALLY DEFERRED"_s << std::optional(fk)
        << true;

    fk = references(u"p"_s, {u"id"_s});
    fk.onDelete = u"SET DEFAULT"_s;
    fk.onUpdate = u"RESTRICT"_s;
    QTest::newRow("MATCH between the actions")
        << u"INTEGER REFERENCES p(id) ON DELETE SET DEFAULT MATCH SIMPLE ON UPDATE RESTRICT"_s
        << std::optional(fk) << false;
}

void tst_SqliteTableParser::inlineReferences()
{
    QFETCH(QString, definition);
    QFETCH(std::optional<ForeignKey>, expected);
    QFETCH(bool, notNull);

    const QString sql = u"CREATE TABLE t (c "_s + definition + u", z INT)"_s;
    QString error;
    const auto table = parseSqliteCreateTable(sql, &error);
    QVERIFY2(table, qPrintable(error));
    QCOMPARE(table->columns.size(), 2);
    QCOMPARE(table->columns.at(0).references.has_value(), expected.has_value());
    if (expected)
        QCOMPARE(*table->columns.at(0).references, *expected);
    QCOMPARE(table->columns.at(0).notNull, notNull);
    QCOMPARE(table->columns.at(1), column(u"z"_s, u"INT"_s));
    // Inline constraints stay on the column.
    QVERIFY(table->constraints.isEmpty());
}

void tst_SqliteTableParser::tableConstraints_data()
{
    QTest::addColumn<QString>("body"); // between the parentheses
    QTest::addColumn<QList<Constraint>>("expected");

    QTest::newRow("composite primary key")
        << u"a INT, b INT, CONSTRAINT \"pk_t\" PRIMARY KEY (\"a\", b)"_s
        << QList {constraint(ConstraintType::PrimaryKey, u"pk_t"_s, {u"a"_s, u"b"_s})};

    QTest::newRow("primary key with COLLATE, DESC and a conflict clause")
        << u"a TEXT, b INT, PRIMARY KEY (a COLLATE NOCASE, b DESC) ON CONFLICT ABORT"_s
        << QList {constraint(ConstraintType::PrimaryKey, QString(), {u"a"_s, u"b"_s})};

    Constraint pk = constraint(ConstraintType::PrimaryKey, QString(), {u"a"_s});
    pk.autoIncrement = true;
    QTest::newRow("primary key with AUTOINCREMENT")
        << u"a INTEGER, PRIMARY KEY (a AUTOINCREMENT)"_s << QList {pk};

    QTest::newRow("named unique constraints")
        << u"a, b, CONSTRAINT uq_a UNIQUE (a), CONSTRAINT 'uq_b' UNIQUE ([b], a)"_s
        << QList {constraint(ConstraintType::Unique, u"uq_a"_s, {u"a"_s}),
               constraint(ConstraintType::Unique, u"uq_b"_s, {u"b"_s, u"a"_s})};

    Constraint ck1 = constraint(ConstraintType::Check, u"ck"_s, {});
    ck1.checkExpression = u"a IN (1, 2) AND b <> ',' AND b <> ')'"_s;
    Constraint ck2 = constraint(ConstraintType::Check, QString(), {});
    ck2.checkExpression = u"length(b, 'x') > 0"_s;
    QTest::newRow("checks with commas and parentheses")
        << u"a, b, CONSTRAINT ck CHECK (a IN (1, 2) AND b <> ',' AND b <> ')'), "
           "CHECK(length(b, 'x') > 0)"_s
        << QList {ck1, ck2};

    Constraint ck = constraint(ConstraintType::Check, QString(), {});
    ck.checkExpression = u"a > 0"_s;
    QTest::newRow("without commas between them, as SQLite allows")
        << u"a, b, PRIMARY KEY (a) UNIQUE (b) CHECK (a > 0)"_s
        << QList {constraint(ConstraintType::PrimaryKey, QString(), {u"a"_s}),
               constraint(ConstraintType::Unique, QString(), {u"b"_s}), ck};

    QTest::newRow("a lone constraint name, which SQLite accepts and forgets")
        << u"a, b, CONSTRAINT n, UNIQUE (b)"_s
        << QList {constraint(ConstraintType::Unique, QString(), {u"b"_s})};

    QTest::newRow("the last of several names")
        << u"a, CONSTRAINT first CONSTRAINT second UNIQUE (a)"_s
        << QList {constraint(ConstraintType::Unique, u"second"_s, {u"a"_s})};

    Constraint fk = foreignKey(u"fk_t_p"_s, {u"a"_s, u"b"_s}, u"parent"_s, {u"x"_s, u"y"_s});
    fk.onDelete = u"CASCADE"_s;
    fk.onUpdate = u"SET NULL"_s;
    fk.deferrable = true;
    fk.initiallyDeferred = true;
    QTest::newRow("composite foreign key with every clause")
        << u"a, b, CONSTRAINT fk_t_p FOREIGN KEY (a, b) REFERENCES parent (x, y) "
           "ON DELETE CASCADE ON UPDATE SET NULL DEFERRABLE INITIALLY DEFERRED"_s
        << QList {fk};

    fk = foreignKey(u"fk_multi"_s, {u"a"_s}, u"parent"_s, {u"id"_s});
    fk.onDelete = u"CASCADE"_s;
    QTest::newRow("foreign key spread over lines")
        << u"a,\n  CONSTRAINT\n    \"fk_multi\"\n  FOREIGN KEY\n(\n\"a\"\n)\n  REFERENCES\n"
           "    \"parent\" (\"id\")\n    ON DELETE\n    CASCADE\n"_s
        << QList {fk};

    QTest::newRow("foreign key to a bare parent")
        << u"a, FOREIGN KEY (a) REFERENCES parent"_s
        << QList {foreignKey(QString(), {u"a"_s}, u"parent"_s, {})};

    Constraint self = foreignKey(u"fk_t_parent"_s, {u"parent_id"_s}, u"t"_s, {u"id"_s});
    self.onDelete = u"SET NULL"_s;
    Constraint toUsers = foreignKey(u"fk_a"_s, {u"a"_s}, u"users"_s, {u"id"_s});
    Constraint toUsers2 = foreignKey(u"fk_b"_s, {u"b"_s}, u"users"_s, {u"id"_s});
    toUsers2.onDelete = u"RESTRICT"_s;
    QTest::newRow("two foreign keys to one table, and one to itself")
        << u"id INTEGER PRIMARY KEY, parent_id INT, a INT, b INT,"
           "CONSTRAINT fk_t_parent FOREIGN KEY (parent_id) REFERENCES t (id) ON DELETE SET NULL,"
           "CONSTRAINT fk_a FOREIGN KEY (a) REFERENCES users (id),"
           "CONSTRAINT fk_b FOREIGN KEY (b) REFERENCES users (id) ON DELETE RESTRICT NOT "
           "DEFERRABLE"_s
        << QList {self, toUsers, toUsers2};
}

void tst_SqliteTableParser::tableConstraints()
{
    QFETCH(QString, body);
    QFETCH(QList<Constraint>, expected);

    const QString sql = u"CREATE TABLE t ("_s + body + u")"_s;
    QString error;
    const auto table = parseSqliteCreateTable(sql, &error);
    QVERIFY2(table, qPrintable(error));
    QCOMPARE(table->constraints.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i)
        QCOMPARE(table->constraints.at(i), expected.at(i));
}

void tst_SqliteTableParser::comments_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("tableComment");
    QTest::addColumn<QStringList>("elementComments"); // columns, then table constraints

    QTest::newRow("Schemata's layout")
        << schemataUsers << u"People who can log in\nsecond line of the table comment"_s
        << QStringList {
               u"User ID"_s, u"Display name\nwhich may span lines"_s, QString(), QString()};
    QTest::newRow("none") << u"CREATE TABLE t (a INT, b TEXT)"_s << QString()
                          << QStringList {QString(), QString()};
    QTest::newRow("block comments, trimmed")
        << u"CREATE TABLE t ( /*  the table\n  */ a INT /* col a */, b INT)"_s << u"the table"_s
        << QStringList {u"col a"_s, QString()};
    QTest::newRow("on its own line before the first column")
        << u"CREATE TABLE t (\n  -- table\n  a INT\n)"_s << u"table"_s << QStringList {QString()};
    QTest::newRow("last column, before the closing parenthesis")
        << u"CREATE TABLE t (\n  a INT, -- first\n  b INT -- last\n)"_s << QString()
        << QStringList {u"first"_s, u"last"_s};
    QTest::newRow("inside an element, it belongs to it")
        << u"CREATE TABLE t (a INT /* inline */ NOT NULL, -- after\n b INT)"_s << QString()
        << QStringList {u"inline\nafter"_s, QString()};
    QTest::newRow("markers in strings and names are not comments")
        << u"CREATE TABLE t (a TEXT DEFAULT '-- no, /* no */', \"b--c\" TEXT "
           "CHECK (\"b--c\" <> '/*'), -- yes\n [/*d*/] INT)"_s
        << QString() << QStringList {QString(), u"yes"_s, QString()};
    QTest::newRow("commas inside parentheses and strings do not move comments")
        << u"CREATE TABLE t (\n a DECIMAL(10, 2), -- A\n b TEXT CHECK (b IN ('x,', ',y')), -- "
           "B\n c INT DEFAULT (max(1, 2)) -- C\n)"_s
        << QString() << QStringList {u"A"_s, u"B"_s, u"C"_s};
    QTest::newRow("table constraints have comments too")
        << u"CREATE TABLE t (a INT, -- a\n CONSTRAINT pk PRIMARY KEY (a), -- the key\n"
           " CHECK (a > 0) -- positive\n)"_s
        << QString() << QStringList {u"a"_s, u"the key"_s, u"positive"_s};
    QTest::newRow("outside the parentheses, ignored")
        << u"-- before\nCREATE TABLE t /* name */ (a INT) -- after\n; -- end"_s << QString()
        << QStringList {QString()};
    QTest::newRow("empty lines kept") << u"CREATE TABLE t ( -- first\n --\n -- third\n a INT)"_s
                                      << u"first\n\nthird"_s << QStringList {QString()};
    QTest::newRow("one space stripped, trailing whitespace too")
        << u"CREATE TABLE t ( --   indented  \r\n a INT, --no space\t\r\n b INT)"_s
        << u"  indented"_s << QStringList {u"no space"_s, QString()};
    QTest::newRow("block comment left open at the end")
        << u"CREATE TABLE t (a INT) /* open"_s << QString() << QStringList {QString()};
    QTest::newRow("line comment at the very end")
        << u"CREATE TABLE t (a INT) -- no newline after this"_s << QString()
        << QStringList {QString()};
}

void tst_SqliteTableParser::comments()
{
    QFETCH(QString, sql);
    QFETCH(QString, tableComment);
    QFETCH(QStringList, elementComments);

    QString error;
    const auto table = parseSqliteCreateTable(sql, &error);
    QVERIFY2(table, qPrintable(error));
    QCOMPARE(table->comment, tableComment);
    QStringList actual;
    for (const Column &c : table->columns)
        actual.append(c.comment);
    for (const Constraint &c : table->constraints)
        actual.append(c.comment);
    QCOMPARE(actual, elementComments);
}

void tst_SqliteTableParser::header_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("schema");
    QTest::addColumn<QString>("table");
    QTest::addColumn<bool>("temporary");
    QTest::addColumn<bool>("withoutRowid");
    QTest::addColumn<bool>("strict");

    QTest::newRow("plain") << u"CREATE TABLE t (a)"_s << QString() << u"t"_s << false << false
                           << false;
    QTest::newRow("TEMP, IF NOT EXISTS, schema")
        << u"CREATE TEMP TABLE IF NOT EXISTS main.\"t\" (a INT)"_s << u"main"_s << u"t"_s << true
        << false << false;
    QTest::newRow("temporary, lower case, spread over lines")
        << u"create\ntemporary\ntable\nif not exists\n[my db] . 'my t'\n(a)"_s << u"my db"_s
        << u"my t"_s << true << false << false;
    QTest::newRow("WITHOUT ROWID") << u"CREATE TABLE t (a INT PRIMARY KEY) WITHOUT ROWID"_s
                                   << QString() << u"t"_s << false << true << false;
    QTest::newRow("STRICT") << u"CREATE TABLE t (a INT) STRICT"_s << QString() << u"t"_s << false
                            << false << true;
    QTest::newRow("both, semicolon, comments")
        << u"CREATE TABLE t (a INT PRIMARY KEY) strict /* x */, without rowid; -- done"_s
        << QString() << u"t"_s << false << true << true;
    QTest::newRow("options after a comma, as SQLite allows")
        << u"CREATE TABLE t (a INT PRIMARY KEY) , WITHOUT ROWID"_s << QString() << u"t"_s << false
        << true << false;
    QTest::newRow("leading comments and whitespace")
        << u"  /* x */\n -- y\n CREATE TABLE t(a)"_s << QString() << u"t"_s << false << false
        << false;
}

void tst_SqliteTableParser::header()
{
    QFETCH(QString, sql);
    QFETCH(QString, schema);
    QFETCH(QString, table);
    QFETCH(bool, temporary);
    QFETCH(bool, withoutRowid);
    QFETCH(bool, strict);

    QString error;
    const auto definition = parseSqliteCreateTable(sql, &error);
    QVERIFY2(definition, qPrintable(error));
    QCOMPARE(definition->schemaName, schema);
    QCOMPARE(definition->tableName, table);
    QCOMPARE(definition->temporary, temporary);
    QCOMPARE(definition->withoutRowid, withoutRowid);
    QCOMPARE(definition->strict, strict);
    QCOMPARE(definition->columns.size(), 1);
    QCOMPARE(definition->columns.at(0).name, u"a"_s);
}

void tst_SqliteTableParser::errors_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("at"); // where the error is reported; empty: the end of the text
    QTest::addColumn<QString>("message"); // part of it

    QTest::newRow("empty") << QString() << QString() << u"no statement"_s;
    QTest::newRow("only a comment") << u"-- nothing"_s << QString() << u"no statement"_s;
    QTest::newRow("SELECT") << u"SELECT 1"_s << u"SELECT"_s << u"not a CREATE TABLE"_s;
    QTest::newRow("CREATE INDEX") << u"CREATE INDEX i ON t (a)"_s << u"INDEX"_s
                                  << u"expected TABLE"_s;
    QTest::newRow("CREATE VIEW") << u"CREATE VIEW v AS SELECT 1"_s << u"VIEW"_s
                                 << u"expected TABLE"_s;
    QTest::newRow("CREATE VIRTUAL TABLE")
        << u"CREATE VIRTUAL TABLE f USING fts5(a)"_s << u"VIRTUAL"_s << u"virtual table"_s;
    QTest::newRow("CREATE TABLE AS SELECT")
        << u"CREATE TABLE t AS SELECT 1 AS a"_s << u"AS SELECT"_s << u"AS SELECT"_s;
    QTest::newRow("no column list") << u"CREATE TABLE t"_s << QString() << u"expected \"(\""_s;
    QTest::newRow("no closing parenthesis")
        << u"CREATE TABLE t (a INT"_s << QString() << u"expected \",\" or \")\""_s;
    QTest::newRow("unterminated quoted name")
        << u"CREATE TABLE \"t (a INT)"_s << u"\"t"_s << u"never closed"_s;
    QTest::newRow("unterminated string")
        << u"CREATE TABLE t (a DEFAULT 'x)"_s << u"'x"_s << u"never closed"_s;
    QTest::newRow("unterminated bracket")
        << u"CREATE TABLE t ([a INT)"_s << u"[a"_s << u"never closed"_s;
    QTest::newRow("trailing comma")
        << u"CREATE TABLE t (a INT,)"_s << u")"_s << u"expected a column name"_s;
    QTest::newRow("column after a table constraint")
        << u"CREATE TABLE t (a, PRIMARY KEY (a), b)"_s << u"b)"_s << u"columns come before"_s;
    QTest::newRow("column primary key with a column list")
        << u"CREATE TABLE t (a PRIMARY KEY (a))"_s << u"(a))"_s << u"column \"a\""_s;
    QTest::newRow("unbalanced CHECK")
        << u"CREATE TABLE t (a CHECK (a > (1)"_s << u"(a >"_s << u"never closed"_s;
    QTest::newRow("unknown action")
        << u"CREATE TABLE t (a REFERENCES p ON DELETE NOTHING)"_s << u"NOTHING"_s << u"CASCADE"_s;
    QTest::newRow("unknown table option")
        << u"CREATE TABLE t (a) WITH ROWID"_s << u"WITH"_s << u"WITHOUT ROWID or STRICT"_s;
    QTest::newRow("two statements") << u"CREATE TABLE t (a); CREATE TABLE u (b)"_s
                                    << u"CREATE TABLE u"_s << u"end of the statement"_s;
    QTest::newRow("error on a later line") << u"CREATE TABLE t (\n  a INT,\n  b INT NOT FOO\n)"_s
                                           << u"FOO"_s << u"expected NULL, found \"FOO\""_s;
}

void tst_SqliteTableParser::errors()
{
    QFETCH(QString, sql);
    QFETCH(QString, at);
    QFETCH(QString, message);

    QString error;
    QVERIFY(!parseSqliteCreateTable(sql, &error));
    const qsizetype offset = at.isEmpty() ? sql.size() : sql.indexOf(at);
    QVERIFY(offset >= 0);
    const QStringView before = QStringView(sql).left(offset);
    const qsizetype line = before.count(u'\n') + 1;
    const qsizetype column = offset - (before.lastIndexOf(u'\n') + 1) + 1;
    const QString where
        = u"At offset %1 (line %2, column %3): "_s.arg(offset).arg(line).arg(column);
    QVERIFY2(error.startsWith(where), qPrintable(error));
    QVERIFY2(error.contains(message), qPrintable(error));
    // Callers that do not want the message may pass no pointer.
    QVERIFY(!parseSqliteCreateTable(sql));
}

// SQLite stores the text of CREATE TABLE as written (from the table name on), so parsing what
// it stored proves these inputs are real SQLite, and the PRAGMAs cross-check the parser.
void tst_SqliteTableParser::storedBySqlite_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("table");

    QTest::newRow("Schemata's layout") << schemataUsers << u"users"_s;
    QTest::newRow("every quoting style")
        << u"CREATE TABLE \"a\"\"b\" (\"x\"\"y\" INT, `c``d` TEXT, [weird, (name);] REAL, "
           "'it''s' BLOB, \"e--f\" TEXT DEFAULT '-- no', [/*g*/] INT CHECK ([/*g*/] <> ','))"_s
        << u"a\"b"_s;
    QTest::newRow("unicode and reserved words")
        << u"CREATE TABLE \"order\" (\"größe\" INT, 名前 TEXT NOT NULL, \"group\" TEXT UNIQUE, "
           "[select] INT CONSTRAINT \"uq select\" UNIQUE)"_s
        << u"order"_s;
    QTest::newRow("composite keys and foreign keys")
        << u"CREATE TABLE post_tags (\n  post_id INTEGER NOT NULL,\n  tag_id INTEGER NOT NULL,\n"
           "  CONSTRAINT \"pk_post_tags\" PRIMARY KEY (post_id, tag_id),\n  CONSTRAINT\n"
           "    \"fk_post_tags_posts\"\n  FOREIGN KEY (post_id, tag_id) REFERENCES posts (a, b)"
           "\n    ON DELETE CASCADE ON UPDATE SET NULL DEFERRABLE INITIALLY DEFERRED,\n"
           "  FOREIGN KEY (tag_id) REFERENCES tags\n)"_s
        << u"post_tags"_s;
    QTest::newRow("inline references")
        << u"CREATE TABLE c (id INTEGER CONSTRAINT pk_c PRIMARY KEY AUTOINCREMENT, "
           "p INTEGER REFERENCES p(id) ON DELETE SET NULL, q INTEGER CONSTRAINT fk_q "
           "REFERENCES parent NOT NULL, r REFERENCES p (id) DEFERRABLE INITIALLY DEFERRED, "
           "FOREIGN KEY (q, r) REFERENCES other (x, y) ON UPDATE CASCADE)"_s
        << u"c"_s;
    QTest::newRow("types, defaults, checks, generated columns")
        << u"CREATE TABLE d (a DOUBLE   PRECISION DEFAULT -1, b VARCHAR ( 50 ) DEFAULT 'a,b', "
           "c decimal(10, 2) DEFAULT (round(1.5, 1)), d DATETIME DEFAULT CURRENT_TIMESTAMP, "
           "e TEXT DEFAULT (datetime('now')) COLLATE NOCASE, f INT CHECK (f IN (1, 2)), "
           "g INT GENERATED ALWAYS AS (f * 2) STORED, h AS (f || ',') VIRTUAL, i \"my type\", "
           "j VARCHAR 'x', "
           "CONSTRAINT ck_d CHECK (a > 0 AND b <> ','))"_s
        << u"d"_s;
    QTest::newRow("SQLite's oddities")
        << u"CREATE TABLE odd (a INTEGER REFERENCES p NOT NULL DEFERRABLE INITIALLY DEFERRED, "
           "b INT GENERATED ALWAYS, c TEXT DEFAULT -'1', d INT GENERATED VIRTUAL, "
           "CONSTRAINT n, PRIMARY KEY (a) UNIQUE (b) CHECK (a > 0)) , WITHOUT ROWID"_s
        << u"odd"_s;
    QTest::newRow("WITHOUT ROWID, STRICT")
        << u"CREATE TABLE w (k TEXT PRIMARY KEY, v ANY) STRICT, WITHOUT ROWID"_s << u"w"_s;
    QTest::newRow("TEMP, IF NOT EXISTS, schema")
        << u"CREATE TEMP TABLE IF NOT EXISTS temp.\"t\" ( -- temporary\n a INT -- the a\n)"_s
        << u"t"_s;
}

void tst_SqliteTableParser::storedBySqlite()
{
    QFETCH(QString, sql);
    QFETCH(QString, table);

    const QString connection = u"tst_sqlitetableparser"_s;
    // Runs after the connection's objects below are gone, also when a check fails.
    const auto removeConnection = qScopeGuard([&] { QSqlDatabase::removeDatabase(connection); });
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(u":memory:"_s);
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QSqlQuery query(db);
        QVERIFY2(query.exec(sql), qPrintable(query.lastError().text()));

        QVERIFY(query.prepare(u"SELECT sql FROM sqlite_master WHERE name = ? UNION ALL "
                              "SELECT sql FROM sqlite_temp_master WHERE name = ?"_s));
        query.addBindValue(table);
        query.addBindValue(table);
        QVERIFY2(query.exec() && query.next(), qPrintable(query.lastError().text()));
        const QString stored = query.value(0).toString();

        QString error;
        const auto fromSqlite = parseSqliteCreateTable(stored, &error);
        QVERIFY2(fromSqlite, qPrintable(error + u"\n"_s + stored));
        auto written = parseSqliteCreateTable(sql, &error);
        QVERIFY2(written, qPrintable(error));
        // SQLite drops TEMP and the schema name from the stored text.
        QVERIFY(!fromSqlite->temporary);
        QVERIFY(fromSqlite->schemaName.isEmpty());
        written->temporary = false;
        written->schemaName.clear();
        QCOMPARE(fromSqlite->columns.size(), written->columns.size());
        for (qsizetype i = 0; i < written->columns.size(); ++i)
            QCOMPARE(fromSqlite->columns.at(i), written->columns.at(i));
        QCOMPARE(fromSqlite->constraints.size(), written->constraints.size());
        for (qsizetype i = 0; i < written->constraints.size(); ++i)
            QCOMPARE(fromSqlite->constraints.at(i), written->constraints.at(i));
        QVERIFY(*fromSqlite == *written);

        // The PRAGMAs agree on names, NOT NULL, primary key and foreign keys.
        QSet<QString> primaryKeyColumns;
        for (const Constraint &c : fromSqlite->constraints) {
            if (c.type == ConstraintType::PrimaryKey)
                primaryKeyColumns = QSet<QString>(c.columns.cbegin(), c.columns.cend());
        }
        QVERIFY(query.prepare(u"SELECT name, \"notnull\", pk, type FROM pragma_table_xinfo(?) "
                              "ORDER BY cid"_s));
        query.addBindValue(table);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        qsizetype i = 0;
        for (; query.next(); ++i) {
            QVERIFY(i < fromSqlite->columns.size());
            const Column &c = fromSqlite->columns.at(i);
            QCOMPARE(c.name, query.value(0).toString());
            // SQLite keeps the type's spacing, which the parser makes uniform.
            QString type = query.value(3).toString();
            type.remove(u' ');
            QCOMPARE(QString(c.declaredType).remove(u' '), type);
            const bool primaryKey = c.primaryKey || primaryKeyColumns.contains(c.name);
            QCOMPARE(primaryKey, query.value(2).toInt() > 0);
            // The key of a WITHOUT ROWID table is NOT NULL whether it says so or not.
            QCOMPARE(
                c.notNull || (fromSqlite->withoutRowid && primaryKey), query.value(1).toBool());
        }
        QCOMPARE(i, fromSqlite->columns.size());

        // Declaration order: inline REFERENCES come first, as columns precede table constraints.
        QList<Constraint> foreignKeys;
        for (const Column &c : fromSqlite->columns) {
            if (!c.references)
                continue;
            Constraint fk = foreignKey(QString(), {c.name}, c.references->referencedTable,
                c.references->referencedColumns);
            fk.onDelete = c.references->onDelete;
            fk.onUpdate = c.references->onUpdate;
            foreignKeys.append(fk);
        }
        for (const Constraint &c : fromSqlite->constraints) {
            if (c.type == ConstraintType::ForeignKey)
                foreignKeys.append(c);
        }
        // foreign_key_list numbers the keys from the last declared, one row per column pair.
        QVERIFY(query.prepare(u"SELECT id, \"table\", \"from\", \"to\", on_update, on_delete "
                              "FROM pragma_foreign_key_list(?) ORDER BY id DESC, seq"_s));
        query.addBindValue(table);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        QMap<int, Constraint> listed;
        QList<int> order;
        while (query.next()) {
            const int id = query.value(0).toInt();
            if (!listed.contains(id))
                order.append(id);
            Constraint &fk = listed[id];
            fk.referencedTable = query.value(1).toString();
            fk.columns.append(query.value(2).toString());
            if (!query.value(3).isNull())
                fk.referencedColumns.append(query.value(3).toString());
            fk.onUpdate = query.value(4).toString();
            fk.onDelete = query.value(5).toString();
        }
        QCOMPARE(order.size(), foreignKeys.size());
        for (qsizetype k = 0; k < order.size(); ++k) {
            const Constraint &expected = foreignKeys.at(k);
            const Constraint &fromPragma = listed.value(order.at(k));
            QCOMPARE(fromPragma.referencedTable, expected.referencedTable);
            QCOMPARE(fromPragma.columns, expected.columns);
            QCOMPARE(fromPragma.referencedColumns, expected.referencedColumns);
            const auto action
                = [](const QString &parsed) { return parsed.isEmpty() ? u"NO ACTION"_s : parsed; };
            QCOMPARE(fromPragma.onDelete, action(expected.onDelete));
            QCOMPARE(fromPragma.onUpdate, action(expected.onUpdate));
        }
    }
}

QTEST_GUILESS_MAIN(tst_SqliteTableParser)
#include "tst_sqlitetableparser.moc"
