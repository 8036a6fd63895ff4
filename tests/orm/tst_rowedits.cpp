#include "testdatabases.h"
#include "testdesigns.h"

#include "browse/rowedits.h"
#include "browse/tablequery.h"
#include "database/connection.h"
#include "database/schemaimporter.h"
#include "dialects/dialect.h"
#include "schema/schema.h"
#include "sql/typemapping.h"
#include "values/cellinput.h"
#include "values/valuecodec.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

// Editing rows in the data browser: text typed into a cell read as each type (accepted,
// refused with a message naming what was expected, and back to text), the bookkeeping of
// pending changes (keys compared by value), and applying them on every engine in one
// transaction: read back with plain SQL, generated keys, all or nothing, hostile names, tables
// without a primary key, NULL apart from empty text.
class tst_RowEdits : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void parseAccepts_data();
    void parseAccepts();
    void parseRejects_data();
    void parseRejects();
    void formatThenParse_data();
    void formatThenParse();
    void parseThenFormat_data();
    void parseThenFormat();
    void pendingChanges();
    void keysCompareByValue();
    void applyEverything_data() { TestDatabases::addEngineRows(); }
    void applyEverything();
    void failureChangesNothing_data() { TestDatabases::addEngineRows(); }
    void failureChangesNothing();
    void rowsGoneElsewhere_data() { TestDatabases::addEngineRows(); }
    void rowsGoneElsewhere();
    void tablesWithoutPrimaryKey_data() { TestDatabases::addEngineRows(); }
    void tablesWithoutPrimaryKey();
    void refusedDeleteReferrers_data() { TestDatabases::addEngineRows(); }
    void refusedDeleteReferrers();
};

namespace {

LogicalType type(const QString &datatype)
{
    return TypeMapping::fromDesign(datatype);
}

QDateTime local(int y, int mo, int d, int h, int mi, int s, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms));
}

// Equal values of the same type (QVariant's == would take 5 for "5", and 1 for true).
bool same(const QVariant &a, const QVariant &b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull() && a.typeId() == b.typeId();
    if (a.typeId() != b.typeId())
        return false;
    if (a.typeId() == QMetaType::QDateTime)
        return a.toDateTime() == b.toDateTime()
            && a.toDateTime().offsetFromUtc() == b.toDateTime().offsetFromUtc();
    return a == b;
}

QByteArray describe(const QVariant &v)
{
    if (v.isNull())
        return QByteArray("NULL of ") + v.typeName();
    QString text = v.typeId() == QMetaType::QByteArray
        ? QString::fromLatin1(v.toByteArray().toHex())
        : v.typeId() == QMetaType::QDateTime ? v.toDateTime().toString(Qt::ISODateWithMs)
                                             : v.toString();
    return QByteArray(v.typeName()) + ' ' + text.toUtf8();
}

// Hostile names: every engine's quote characters, a semicolon, a comment, unicode.
const QString TableName = u"or\"d'e`r; -- ünï"_s;
const QStringList ColumnNames = {u"id"_s, u"co\"de"_s, u"amo'unt"_s, u"no;te --"_s, u"whe`n"_s,
    u"da\"ta'"_s, u"fl ag"_s, u"stä'tus"_s};
enum ColumnIndex { Id, Code, Amount, Remark, When, Data, Flag, Status };

QByteArray ordersDesign()
{
    return "<table x=\"0\" y=\"0\" name=\"or&quot;d'e`r; -- ünï\">"
           "<row name=\"id\" null=\"0\" autoincrement=\"1\"><datatype>INTEGER</datatype></row>"
           "<row name=\"co&quot;de\" null=\"0\" autoincrement=\"0\">"
           "<datatype>VARCHAR(20)</datatype></row>"
           "<row name=\"amo'unt\" null=\"1\" autoincrement=\"0\">"
           "<datatype>DECIMAL(10,2)</datatype><default>NULL</default></row>"
           "<row name=\"no;te --\" null=\"1\" autoincrement=\"0\">"
           "<datatype>VARCHAR(100)</datatype><default>NULL</default></row>"
           "<row name=\"whe`n\" null=\"1\" autoincrement=\"0\">"
           "<datatype>DATETIME</datatype><default>NULL</default></row>"
           "<row name=\"da&quot;ta'\" null=\"1\" autoincrement=\"0\">"
           "<datatype>BLOB</datatype><default>NULL</default></row>"
           "<row name=\"fl ag\" null=\"0\" autoincrement=\"0\">"
           "<datatype>BOOLEAN</datatype><default>0</default></row>"
           "<row name=\"stä'tus\" null=\"1\" autoincrement=\"0\">"
           "<datatype>VARCHAR(10)</datatype><default>open</default></row>"
           "<key type=\"PRIMARY\" name=\"\"><part>id</part></key>"
           "<key type=\"UNIQUE\" name=\"\"><part>co&quot;de</part></key></table>";
}

Table importedTable(Connection &connection, const QString &name)
{
    QString error;
    const std::optional<Schema> schema = SchemaImporter(connection).import(&error);
    if (!schema)
        qFatal("import: %s", qPrintable(error));
    const Table *table = schema->tableByName(name);
    if (!table)
        qFatal("no table %s after import", qPrintable(name));
    return *table;
}

// A row of the orders table as the browser holds values (ValueCodec's forms).
using Row = QVariantList;

const QVariant Null;

QList<Row> initialRows()
{
    return {
        {qlonglong(1), u"a1"_s, u"10.25"_s, u"first"_s, local(2024, 1, 1, 10, 0, 0),
            QByteArray("\x00\x01", 2), true, u"open"_s},
        {qlonglong(2), u"b2"_s, u"20.50"_s, u"second"_s, Null, Null, false, u"closed"_s},
        {qlonglong(3), u"c3"_s, Null, Null, local(2024, 6, 30, 23, 59, 59), QByteArray(""), true,
            Null},
        {qlonglong(4), u"d4"_s, u"-4.25"_s, u"fourth"_s, Null, QByteArray("\xff"), false,
            u"open"_s},
    };
}

struct Orders
{
    std::unique_ptr<Connection> connection;
    Table table;
    QList<LogicalType> types;
};

// The orders table with initialRows(), their ids generated (1 to 4).
Orders ordersDatabase(const QString &engine, const QString &name)
{
    Orders db;
    db.connection = prepareDatabase(engine, name, designFrom(ordersDesign()));
    const Dialect &d = db.connection->dialect();
    QStringList quoted, marks;
    for (int c = Code; c < ColumnNames.size(); ++c) {
        quoted << d.quoteIdentifier(ColumnNames.at(c));
        marks << u"?"_s;
    }
    QSqlQuery insert(db.connection->database());
    if (!insert.prepare(u"INSERT INTO "_s + d.quoteIdentifier(TableName) + u" ("_s
            + quoted.join(u", "_s) + u") VALUES ("_s + marks.join(u", "_s) + u")"_s))
        qFatal("prepare: %s", qPrintable(insert.lastError().text()));
    const QVariant nullText(QMetaType(QMetaType::QString));
    for (const Row &row : initialRows()) {
        for (int c = Code; c < ColumnNames.size(); ++c) {
            const QVariant &v = row.at(c);
            if (v.isNull())
                insert.addBindValue(
                    c == Data ? QVariant(QMetaType(QMetaType::QByteArray)) : nullText);
            else if (c == When) // as text, so that no time zone comes between
                insert.addBindValue(v.toDateTime().toString(u"yyyy-MM-dd HH:mm:ss"_s));
            else if (c == Flag)
                insert.addBindValue(
                    d.engine() == SqlEngine::Postgres ? v : QVariant(v.toBool() ? 1 : 0));
            else
                insert.addBindValue(v);
        }
        if (!insert.exec())
            qFatal("insert: %s", qPrintable(insert.lastError().text()));
    }
    db.table = importedTable(*db.connection, TableName);
    for (const Column &c : std::as_const(db.table.columns))
        db.types << TypeMapping::fromDesign(c.datatype);
    return db;
}

// Every row, by plain SQL, in id order, decoded as the browser decodes them.
QList<Row> readBack(const Orders &db)
{
    const Dialect &d = db.connection->dialect();
    QStringList quoted;
    for (const QString &c : ColumnNames)
        quoted << d.quoteIdentifier(c);
    QSqlQuery query(db.connection->database());
    query.setNumericalPrecisionPolicy(
        d.engine() == SqlEngine::Sqlite ? QSql::LowPrecisionDouble : QSql::HighPrecision);
    if (!query.exec(u"SELECT "_s + quoted.join(u", "_s) + u" FROM "_s + d.quoteIdentifier(TableName)
            + u" ORDER BY "_s + d.quoteIdentifier(u"id"_s)))
        qFatal("read back: %s", qPrintable(query.lastError().text()));
    QList<Row> rows;
    while (query.next()) {
        Row row;
        for (int c = 0; c < ColumnNames.size(); ++c) {
            QVariant v = ValueCodec::fromDatabase(query.value(c), db.types.at(c), d.engine());
            // Drivers read an empty BLOB or text as a null QByteArray or QString.
            if (!query.value(c).isNull() && v.typeId() == QMetaType::QByteArray
                && v.toByteArray().isNull())
                v = QByteArray("");
            if (!query.value(c).isNull() && v.typeId() == QMetaType::QString
                && v.toString().isNull())
                v = u""_s;
            row << v;
        }
        rows << row;
    }
    return rows;
}

// The rows, NULLs apart from empty values, each value with its type.
QByteArray describeRows(const QList<Row> &rows)
{
    QByteArray text;
    for (const Row &row : rows) {
        QByteArrayList values;
        for (const QVariant &v : row)
            values << (v.isNull() ? QByteArray("NULL") : describe(v));
        text += values.join(" | ") + '\n';
    }
    return text;
}

// As describeRows, with the expected rows' NULLs typeless.
#define COMPARE_ROWS(actual, expected) QCOMPARE(describeRows(actual), describeRows(expected))

QVariantList key(qlonglong id)
{
    return {id};
}

// What the engine says when a constraint fails, in its own words.
QString uniqueWords(SqlEngine engine)
{
    switch (engine) {
    case SqlEngine::Sqlite:
        return u"UNIQUE constraint failed"_s;
    case SqlEngine::Postgres:
        return u"duplicate key value violates unique constraint"_s;
    case SqlEngine::Mysql:
        return u"Duplicate entry"_s;
    }
    return {};
}

QString notNullWords(SqlEngine engine)
{
    switch (engine) {
    case SqlEngine::Sqlite:
        return u"NOT NULL constraint failed"_s;
    case SqlEngine::Postgres:
        return u"violates not-null constraint"_s;
    case SqlEngine::Mysql:
        return u"cannot be null"_s;
    }
    return {};
}

Table plainTable(const QList<std::pair<QString, QString>> &columns, const QStringList &primaryKey)
{
    Schema schema;
    Table &table = schema.addTable(u"t"_s);
    QList<ObjectId> ids;
    for (const auto &[name, datatype] : columns) {
        Column &c = schema.addColumn(table, name, datatype);
        if (primaryKey.contains(name))
            ids << c.id;
    }
    if (!ids.isEmpty())
        schema.addKey(table, Key::Primary, ids);
    return table;
}

} // namespace

void tst_RowEdits::initTestCase()
{
    const QString missing = TestDatabases::missingServers();
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
}

void tst_RowEdits::parseAccepts_data()
{
    QTest::addColumn<QString>("datatype");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QVariant>("expected");

    const auto row
        = [](const char *name, const QString &datatype, const QString &text,
              const QVariant &expected) { QTest::newRow(name) << datatype << text << expected; };
    // Integers at both ends of each width.
    row("tinyint min", u"TINYINT"_s, u"-128"_s, qlonglong(-128));
    row("tinyint max", u"TINYINT"_s, u"127"_s, qlonglong(127));
    row("tinyint plus sign and spaces", u"TINYINT"_s, u" +5 "_s, qlonglong(5));
    row("tinyint unsigned max", u"TINYINT UNSIGNED"_s, u"255"_s, qlonglong(255));
    row("tinyint unsigned zero", u"TINYINT UNSIGNED"_s, u"0"_s, qlonglong(0));
    row("smallint min", u"SMALLINT"_s, u"-32768"_s, qlonglong(-32768));
    row("smallint max", u"SMALLINT"_s, u"32767"_s, qlonglong(32767));
    row("smallint unsigned max", u"SMALLINT UNSIGNED"_s, u"65535"_s, qlonglong(65535));
    row("integer min", u"INTEGER"_s, u"-2147483648"_s, qlonglong(-2147483648LL));
    row("int max", u"INT"_s, u"2147483647"_s, qlonglong(2147483647));
    row("int unsigned max", u"INT(10) UNSIGNED"_s, u"4294967295"_s, qlonglong(4294967295LL));
    row("bigint min", u"BIGINT"_s, u"-9223372036854775808"_s, qlonglong(LLONG_MIN));
    row("bigint max", u"BIGINT"_s, u"9223372036854775807"_s, qlonglong(LLONG_MAX));
    row("bigint unsigned max", u"BIGINT UNSIGNED"_s, u"18446744073709551615"_s,
        qulonglong(ULLONG_MAX));
    row("serial", u"SERIAL"_s, u"7"_s, qlonglong(7));
    // Decimals: exact text with the scale's digits.
    row("decimal padded to scale", u"DECIMAL(8,2)"_s, u"1.5"_s, u"1.50"_s);
    row("decimal at the limits", u"DECIMAL(8,2)"_s, u"-123456.78"_s, u"-123456.78"_s);
    row("decimal leading zeros", u"DECIMAL(8,2)"_s, u"007.1"_s, u"7.10"_s);
    row("decimal zeros past the scale", u"DECIMAL(8,2)"_s, u"1.5000"_s, u"1.50"_s);
    row("decimal without integer part", u"NUMERIC(4,3)"_s, u".5"_s, u"0.500"_s);
    row("decimal negative zero", u"DECIMAL(8,2)"_s, u"-0"_s, u"0.00"_s);
    row("decimal without scale", u"DECIMAL(5)"_s, u"12345"_s, u"12345"_s);
    row("numeric unconstrained", u"NUMERIC"_s, u"3.14159265358979323846264338"_s,
        u"3.14159265358979323846264338"_s);
    row("money", u"MONEY"_s, u"-12.5"_s, u"-12.5000"_s);
    // Floating point.
    row("float", u"FLOAT"_s, u"3.5"_s, 3.5);
    row("float exponent", u"REAL"_s, u"1e-3"_s, 0.001);
    row("double large", u"DOUBLE"_s, u"1.5e308"_s, 1.5e308);
    row("double without integer part", u"DOUBLE PRECISION"_s, u"-.25"_s, -0.25);
    // Booleans, any case.
    row("bool true", u"BOOLEAN"_s, u"true"_s, true);
    row("bool TRUE", u"BOOLEAN"_s, u"TRUE"_s, true);
    row("bool yes", u"BOOL"_s, u"Yes"_s, true);
    row("bool 1", u"TINYINT(1)"_s, u"1"_s, true);
    row("bool 0", u"BOOLEAN"_s, u"0"_s, false);
    row("bool no", u"BOOLEAN"_s, u"no"_s, false);
    row("bool f", u"BOOLEAN"_s, u"F"_s, false);
    row("bool false", u"BOOLEAN"_s, u"false"_s, false);
    // Dates and times.
    row("date", u"DATE"_s, u"2024-02-29"_s, QDate(2024, 2, 29));
    row("time without seconds", u"TIME"_s, u"12:30"_s, QTime(12, 30));
    row("time with fraction", u"TIME"_s, u"23:59:59.5"_s, QTime(23, 59, 59, 500));
    row("datetime with space", u"DATETIME"_s, u"2024-03-15 12:30"_s, local(2024, 3, 15, 12, 30, 0));
    row("datetime ISO", u"DATETIME"_s, u"2024-03-15T12:30:45.123"_s,
        local(2024, 3, 15, 12, 30, 45, 123));
    row("datetime date alone", u"TIMESTAMP"_s, u"2024-03-15"_s, local(2024, 3, 15, 0, 0, 0));
    row("timestamptz offset", u"TIMESTAMPTZ"_s, u"2024-03-15 12:30:00+02:00"_s,
        QDateTime(QDate(2024, 3, 15), QTime(12, 30), Qt::OffsetFromUTC, 7200));
    row("timestamptz Z", u"TIMESTAMP WITH TIME ZONE"_s, u"2024-03-15T12:30:00Z"_s,
        QDateTime(QDate(2024, 3, 15), QTime(12, 30), Qt::UTC));
    row("timestamptz local", u"TIMESTAMPTZ"_s, u"2024-03-15 12:30:00"_s,
        local(2024, 3, 15, 12, 30, 0));
    // Text: lengths in characters (code points), kept as typed.
    row("varchar at its length", u"VARCHAR(5)"_s, u"héllo"_s, u"héllo"_s);
    row("varchar emoji count once", u"VARCHAR(5)"_s, u"😀😀😀😀😀"_s, u"😀😀😀😀😀"_s);
    row("varchar empty is not NULL", u"VARCHAR(5)"_s, u""_s, u""_s);
    row("char", u"CHAR(2)"_s, u"ab"_s, u"ab"_s);
    row("text keeps spaces", u"TEXT"_s, u"  spaced  "_s, u"  spaced  "_s);
    row("other as typed", u"GEOMETRY"_s, u"POINT(1 2)"_s, u"POINT(1 2)"_s);
    // UUIDs, written one way.
    row("uuid upper case", u"UUID"_s, u"123E4567-E89B-12D3-A456-426614174000"_s,
        u"123e4567-e89b-12d3-a456-426614174000"_s);
    row("uuid braces without dashes", u"UUID"_s, u"{123e4567e89b12d3a456426614174000}"_s,
        u"123e4567-e89b-12d3-a456-426614174000"_s);
    // JSON: any value, kept as typed.
    row("json object", u"JSON"_s, u"{\"a\": [1, 2.5, \"ü\"]}"_s, u"{\"a\": [1, 2.5, \"ü\"]}"_s);
    row("json number", u"JSONB"_s, u"42"_s, u"42"_s);
    row("json string", u"JSON"_s, u"\"x\""_s, u"\"x\""_s);
    row("json null is text", u"JSON"_s, u"null"_s, u"null"_s);
    // Enums and sets against their lists.
    const QString sizes = u"ENUM('small','medium','it''s')"_s;
    row("enum", sizes, u"medium"_s, u"medium"_s);
    row("enum any case", sizes, u"MEDIUM"_s, u"medium"_s);
    row("enum quote", sizes, u"it's"_s, u"it's"_s);
    row("enum backslash quote", u"ENUM('a\\'b','c')"_s, u"a'b"_s, u"a'b"_s);
    row("enum without list", u"ENUM"_s, u"anything"_s, u"anything"_s);
    row("set in list order", u"SET('a','b','c')"_s, u"c,A"_s, u"a,c"_s);
    row("set empty", u"SET('a','b','c')"_s, u""_s, u""_s);
    // Bytes in hex.
    row("blob 0x", u"BLOB"_s, u"0x48656c6C6f"_s, QByteArray("Hello"));
    row("bytea \\x", u"BYTEA"_s, u"\\x00ff"_s, QByteArray("\x00\xff", 2));
    row("blob empty is not NULL", u"BLOB"_s, u"0x"_s, QByteArray(""));
    row("blob spaces between digits", u"BLOB"_s, u"0x48 65 6c"_s, QByteArray("Hel"));
    row("varbinary at its length", u"VARBINARY(2)"_s, u"0x0102"_s, QByteArray("\x01\x02"));
    // Empty text is NULL where it cannot be a value.
    row("empty integer is NULL", u"INTEGER"_s, u""_s, QVariant());
    row("blank date is NULL", u"DATE"_s, u"  "_s, QVariant());
    row("empty uuid is NULL", u"UUID"_s, u""_s, QVariant());
    row("empty json is NULL", u"JSON"_s, u""_s, QVariant());
    row("empty blob is NULL", u"BLOB"_s, u""_s, QVariant());
    row("empty enum is NULL", sizes, u""_s, QVariant());
}

void tst_RowEdits::parseAccepts()
{
    QFETCH(QString, datatype);
    QFETCH(QString, text);
    QFETCH(QVariant, expected);
    QString error;
    const std::optional<QVariant> parsed = CellInput::parse(text, type(datatype), &error);
    QVERIFY2(parsed, qPrintable(error));
    QVERIFY2(same(*parsed, expected),
        QByteArray(describe(*parsed) + " instead of " + describe(expected)));
    // Empty text stays text: bound, it must not be NULL.
    if (expected.typeId() == QMetaType::QString)
        QVERIFY(!parsed->toString().isNull());
    if (expected.typeId() == QMetaType::QByteArray)
        QVERIFY(!parsed->toByteArray().isNull());
}

void tst_RowEdits::parseRejects_data()
{
    QTest::addColumn<QString>("datatype");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error"); // ends in "…": the start of the message

    const auto row
        = [](const char *name, const QString &datatype, const QString &text, const QString &error) {
              QTest::newRow(name) << datatype << text << error;
          };
    const QString tiny = u"Expected a whole number between -128 and 127."_s;
    row("tinyint over", u"TINYINT"_s, u"128"_s, tiny);
    row("tinyint under", u"TINYINT"_s, u"-129"_s, tiny);
    row("tinyint fraction", u"TINYINT"_s, u"1.5"_s, tiny);
    row("tinyint words", u"TINYINT"_s, u"ten"_s, tiny);
    const QString tinyUnsigned = u"Expected a whole number between 0 and 255."_s;
    row("tinyint unsigned negative", u"TINYINT UNSIGNED"_s, u"-1"_s, tinyUnsigned);
    row("tinyint unsigned over", u"TINYINT UNSIGNED"_s, u"256"_s, tinyUnsigned);
    const QString small = u"Expected a whole number between -32768 and 32767."_s;
    row("smallint over", u"SMALLINT"_s, u"32768"_s, small);
    row("smallint under", u"SMALLINT"_s, u"-32769"_s, small);
    row("smallint unsigned over", u"SMALLINT UNSIGNED"_s, u"65536"_s,
        u"Expected a whole number between 0 and 65535."_s);
    const QString integer = u"Expected a whole number between -2147483648 and 2147483647."_s;
    row("integer over", u"INTEGER"_s, u"2147483648"_s, integer);
    row("integer under", u"INT"_s, u"-2147483649"_s, integer);
    row("integer exponent", u"INT"_s, u"1e3"_s, integer);
    const QString intUnsigned = u"Expected a whole number between 0 and 4294967295."_s;
    row("int unsigned over", u"INT UNSIGNED"_s, u"4294967296"_s, intUnsigned);
    row("int unsigned negative", u"INT UNSIGNED"_s, u"-1"_s, intUnsigned);
    const QString big
        = u"Expected a whole number between -9223372036854775808 and 9223372036854775807."_s;
    row("bigint over", u"BIGINT"_s, u"9223372036854775808"_s, big);
    row("bigint under", u"BIGINT"_s, u"-9223372036854775809"_s, big);
    const QString bigUnsigned = u"Expected a whole number between 0 and 18446744073709551615."_s;
    row("bigint unsigned over", u"BIGINT UNSIGNED"_s, u"18446744073709551616"_s, bigUnsigned);
    row("bigint unsigned negative", u"BIGINT UNSIGNED"_s, u"-1"_s, bigUnsigned);
    const QString money
        = u"Expected a number with at most 6 digits before the decimal point and 2 after it."_s;
    row("decimal too many decimals", u"DECIMAL(8,2)"_s, u"1.234"_s, money);
    row("decimal too many digits", u"DECIMAL(8,2)"_s, u"1234567"_s, money);
    row("decimal exponent", u"DECIMAL(8,2)"_s, u"1e3"_s, money);
    row("decimal words", u"DECIMAL(8,2)"_s, u"twelve"_s, money);
    row("decimal two points", u"DECIMAL(8,2)"_s, u"1.2.3"_s, money);
    row("decimal without scale, fraction", u"DECIMAL(5)"_s, u"1.5"_s,
        u"Expected a whole number of at most 5 digit(s)."_s);
    row("decimal without scale, too long", u"NUMERIC(5)"_s, u"123456"_s,
        u"Expected a whole number of at most 5 digit(s)."_s);
    row("numeric unconstrained", u"NUMERIC"_s, u"1,5"_s, u"Expected a number, such as 12.34."_s);
    const QString number = u"Expected a number, such as 3.14 or 1.5e-3."_s;
    row("float words", u"FLOAT"_s, u"pi"_s, number);
    row("double nan", u"DOUBLE"_s, u"nan"_s, number);
    row("double inf", u"DOUBLE"_s, u"inf"_s, number);
    row("double overflow", u"DOUBLE"_s, u"1e309"_s, number);
    row("double comma", u"DOUBLE"_s, u"1,5"_s, number);
    row("float overflow", u"FLOAT"_s, u"1e39"_s,
        u"Expected a number between -3.40282e+38 and 3.40282e+38."_s);
    const QString boolean = u"Expected true or false (or 1 or 0, yes or no)."_s;
    row("bool maybe", u"BOOLEAN"_s, u"maybe"_s, boolean);
    row("bool 2", u"BOOLEAN"_s, u"2"_s, boolean);
    const QString date = u"Expected a date as YYYY-MM-DD, such as 2024-03-15."_s;
    row("date February 30", u"DATE"_s, u"2024-02-30"_s, date);
    row("date German", u"DATE"_s, u"15.03.2024"_s, date);
    row("date short", u"DATE"_s, u"2024-3-5"_s, date);
    row("date with time", u"DATE"_s, u"2024-03-05 10:00"_s, date);
    const QString time = u"Expected a time as HH:MM:SS, such as 12:30:00."_s;
    row("time hour 25", u"TIME"_s, u"25:00"_s, time);
    row("time minute 60", u"TIME"_s, u"12:60"_s, time);
    row("time words", u"TIME"_s, u"noon"_s, time);
    row("time microseconds", u"TIME"_s, u"12:00:00.123456"_s, time);
    const QString dateTime
        = u"Expected a date and time as YYYY-MM-DD HH:MM:SS, such as 2024-03-15 12:30:00."_s;
    row("datetime with an offset", u"DATETIME"_s, u"2024-03-15 12:30:00+02:00"_s, dateTime);
    row("datetime month 13", u"DATETIME"_s, u"2024-13-01 00:00"_s, dateTime);
    row("datetime hour 24", u"DATETIME"_s, u"2024-03-01 24:00"_s, dateTime);
    row("timestamptz words", u"TIMESTAMPTZ"_s, u"yesterday"_s,
        u"Expected a date and time as YYYY-MM-DD HH:MM:SS, such as 2024-03-15 12:30:00, "
        "optionally with an offset such as +02:00."_s);
    row("varchar too long", u"VARCHAR(5)"_s, u"héllo!"_s,
        u"Expected at most 5 character(s), not 6."_s);
    row("varchar emoji too long", u"VARCHAR(5)"_s, u"😀😀😀😀😀😀"_s,
        u"Expected at most 5 character(s), not 6."_s);
    row("char too long", u"CHAR(1)"_s, u"ab"_s, u"Expected at most 1 character(s), not 2."_s);
    const QString uuid = u"Expected a UUID, such as 123e4567-e89b-12d3-a456-426614174000."_s;
    row("uuid short", u"UUID"_s, u"123e4567-e89b-12d3-a456-42661417400"_s, uuid);
    row("uuid not hex", u"UUID"_s, u"123e4567-e89b-12d3-a456-42661417400g"_s, uuid);
    row("uuid one brace", u"UUID"_s, u"{123e4567-e89b-12d3-a456-426614174000"_s, uuid);
    row("json unquoted key", u"JSON"_s, u"{a: 1}"_s, u"Expected JSON, such as {\"a\": 1}: …"_s);
    row("json unterminated", u"JSON"_s, u"[1, 2"_s, u"Expected JSON, such as {\"a\": 1}: …"_s);
    row("json two values", u"JSON"_s, u"1, 2"_s, u"Expected one JSON value, such as {\"a\": 1}."_s);
    row("enum not listed", u"ENUM('small','medium','it''s')"_s, u"large"_s,
        u"Expected one of: small, medium, it's."_s);
    row("set member not listed", u"SET('a','b','c')"_s, u"a,d"_s,
        u"Expected a comma-separated list of: a, b, c."_s);
    const QString hex = u"Expected bytes in hexadecimal, such as 0x48656c6c6f."_s;
    row("blob plain text", u"BLOB"_s, u"hello"_s, hex);
    row("blob odd digits", u"BLOB"_s, u"0x123"_s, hex);
    row("blob not hex", u"BYTEA"_s, u"0xzz"_s, hex);
    row("varbinary too long", u"VARBINARY(2)"_s, u"0x010203"_s,
        u"Expected at most 2 byte(s), not 3."_s);
}

void tst_RowEdits::parseRejects()
{
    QFETCH(QString, datatype);
    QFETCH(QString, text);
    QFETCH(QString, error);
    QString message;
    const std::optional<QVariant> parsed = CellInput::parse(text, type(datatype), &message);
    QVERIFY2(!parsed, describe(parsed.value_or(QVariant())).constData());
    if (error.endsWith(u'…')) {
        QVERIFY2(message.startsWith(error.chopped(1)), qPrintable(message));
        QVERIFY2(message.size() > error.size() + 5, qPrintable(message)); // the parser's reason
    } else {
        QCOMPARE(message, error);
    }
}

void tst_RowEdits::formatThenParse_data()
{
    QTest::addColumn<QString>("datatype");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("text");

    const auto row = [](const char *name, const QString &datatype, const QVariant &value,
                         const QString &text) { QTest::newRow(name) << datatype << value << text; };
    row("NULL", u"INTEGER"_s, QVariant(), u""_s);
    row("NULL text", u"VARCHAR(10)"_s, QVariant(), u""_s);
    row("integer", u"INTEGER"_s, qlonglong(-42), u"-42"_s);
    row("bigint unsigned", u"BIGINT UNSIGNED"_s, qulonglong(ULLONG_MAX), u"18446744073709551615"_s);
    row("decimal", u"DECIMAL(8,2)"_s, u"-1.50"_s, u"-1.50"_s);
    row("double tenth", u"DOUBLE"_s, 0.1, u"0.1"_s);
    row("double third", u"DOUBLE"_s, 1.0 / 3, u"0.3333333333333333"_s);
    row("double tiny", u"DOUBLE"_s, 1e-300, u"1e-300"_s);
    row("double whole", u"DOUBLE"_s, 1234.0, u"1234"_s);
    row("float from a database", u"FLOAT"_s, 2.5, u"2.5"_s);
    // SQLite keeps a REAL as a double: none of its digits may go.
    row("float with a double's digits", u"FLOAT"_s, 0.123456789012, u"0.123456789012"_s);
    row("true", u"BOOLEAN"_s, true, u"true"_s);
    row("false", u"BOOLEAN"_s, false, u"false"_s);
    row("date", u"DATE"_s, QDate(1999, 12, 31), u"1999-12-31"_s);
    row("time", u"TIME"_s, QTime(8, 5, 3), u"08:05:03"_s);
    row("time ms", u"TIME"_s, QTime(8, 5, 3, 7), u"08:05:03.007"_s);
    row("datetime", u"DATETIME"_s, local(2024, 3, 15, 12, 30, 0), u"2024-03-15 12:30:00"_s);
    row("datetime ms", u"DATETIME"_s, local(2024, 3, 15, 12, 30, 0, 250),
        u"2024-03-15 12:30:00.250"_s);
    row("timestamptz UTC", u"TIMESTAMPTZ"_s, QDateTime(QDate(2024, 3, 15), QTime(12, 30), Qt::UTC),
        u"2024-03-15 12:30:00Z"_s);
    row("timestamptz offset", u"TIMESTAMPTZ"_s,
        QDateTime(QDate(2024, 3, 15), QTime(12, 30), Qt::OffsetFromUTC, -(5 * 3600 + 1800)),
        u"2024-03-15 12:30:00-05:30"_s);
    row("timestamptz local", u"TIMESTAMPTZ"_s, local(2024, 3, 15, 12, 30, 0),
        u"2024-03-15 12:30:00"_s);
    row("bytes", u"BLOB"_s, QByteArray("\x00\x7f\xff", 3), u"0x007fff"_s);
    row("empty bytes", u"VARBINARY(4)"_s, QByteArray(""), u"0x"_s);
    row("empty text", u"VARCHAR(10)"_s, u""_s, u""_s);
    row("text", u"TEXT"_s, u" x; 'y' "_s, u" x; 'y' "_s);
    row("uuid", u"UUID"_s, u"123e4567-e89b-12d3-a456-426614174000"_s,
        u"123e4567-e89b-12d3-a456-426614174000"_s);
    row("json", u"JSON"_s, u"[1,{\"b\":null}]"_s, u"[1,{\"b\":null}]"_s);
    row("enum", u"ENUM('x','y')"_s, u"y"_s, u"y"_s);
}

// Each value as editor text, and that text back to the same value.
void tst_RowEdits::formatThenParse()
{
    QFETCH(QString, datatype);
    QFETCH(QVariant, value);
    QFETCH(QString, text);
    const LogicalType t = type(datatype);
    QCOMPARE(CellInput::format(value, t), text);
    if (value.isNull())
        return;
    QString error;
    const std::optional<QVariant> parsed = CellInput::parse(text, t, &error);
    QVERIFY2(parsed, qPrintable(error));
    QVERIFY2(
        same(*parsed, value), QByteArray(describe(*parsed) + " instead of " + describe(value)));
}

void tst_RowEdits::parseThenFormat_data()
{
    QTest::addColumn<QString>("datatype");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("formatted");

    QTest::newRow("decimal") << u"DECIMAL(8,2)"_s << u"+0012.5"_s << u"12.50"_s;
    QTest::newRow("bool word") << u"BOOLEAN"_s << u"YES"_s << u"true"_s;
    QTest::newRow("bool digit") << u"BOOLEAN"_s << u"0"_s << u"false"_s;
    QTest::newRow("datetime ISO T")
        << u"DATETIME"_s << u"2024-03-15T01:02:03"_s << u"2024-03-15 01:02:03"_s;
    QTest::newRow("time short") << u"TIME"_s << u"7:05"_s << u"07:05:00"_s;
    QTest::newRow("bytes \\x") << u"BYTEA"_s << u"\\xDEADbeef"_s << u"0xdeadbeef"_s;
    QTest::newRow("uuid") << u"UUID"_s << u"{123E4567E89B12D3A456426614174000}"_s
                          << u"123e4567-e89b-12d3-a456-426614174000"_s;
    QTest::newRow("double") << u"DOUBLE"_s << u"2.50e1"_s << u"25"_s;
    QTest::newRow("integer") << u"SMALLINT"_s << u"-007"_s << u"-7"_s;
}

// Text in other spellings comes back in the one format() writes.
void tst_RowEdits::parseThenFormat()
{
    QFETCH(QString, datatype);
    QFETCH(QString, text);
    QFETCH(QString, formatted);
    QString error;
    const std::optional<QVariant> parsed = CellInput::parse(text, type(datatype), &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(CellInput::format(*parsed, type(datatype)), formatted);
}

void tst_RowEdits::pendingChanges()
{
    const Table table = plainTable(
        {{u"id"_s, u"INTEGER"_s}, {u"name"_s, u"VARCHAR(10)"_s}, {u"n"_s, u"INTEGER"_s}},
        {u"id"_s});
    RowEdits edits(SqlEngine::Sqlite, table, {u"id"_s});
    QVERIFY(edits.canEdit());
    QCOMPARE(edits.tableName(), u"t"_s);
    QVERIFY(edits.isEmpty());
    QCOMPARE(edits.changeCount(), 0);

    // Several cells of one row are one change; NULL and empty text stay apart.
    edits.setValue(key(1), 1, u""_s);
    edits.setValue(key(1), 2, QVariant());
    edits.setValue(key(2), 1, u"b"_s);
    edits.setValue(key(2), 1, u"bb"_s); // the later value wins
    QCOMPARE(edits.changeCount(), 2);
    QVERIFY(edits.isChanged(key(1)));
    QVERIFY(!edits.isChanged(key(3)));
    const std::optional<QVariant> empty = edits.value(key(1), 1);
    QVERIFY(empty && !empty->isNull() && empty->toString().isEmpty());
    const std::optional<QVariant> null = edits.value(key(1), 2);
    QVERIFY(null && null->isNull());
    QVERIFY(!edits.value(key(1), 0)); // not changed
    QCOMPARE(edits.value(key(2), 1), QVariant(u"bb"_s));
    edits.setValue(key(2), 3, 1); // no such column
    edits.setValue(key(2), -1, 1);
    edits.setValue({1, 2}, 1, 1); // a key of the wrong size
    QVERIFY(!edits.value(key(2), 3));
    QCOMPARE(edits.changeCount(), 2);

    // Deletions; a row changed and deleted counts once; revertRow undoes both.
    edits.remove(key(2));
    edits.remove(key(5));
    QVERIFY(edits.isRemoved(key(2)));
    QVERIFY(edits.isRemoved(key(5)));
    QVERIFY(edits.isChanged(key(5)));
    QVERIFY(!edits.isRemoved(key(1)));
    QCOMPARE(edits.changeCount(), 3);
    QCOMPARE(edits.changedKeys(), QList<QVariantList> {key(1)});
    QCOMPARE(edits.removedKeys(), (QList<QVariantList> {key(2), key(5)}));
    edits.revertRow(key(2));
    QVERIFY(!edits.isRemoved(key(2)));
    QVERIFY(!edits.isChanged(key(2)));
    QVERIFY(!edits.value(key(2), 1));
    QCOMPARE(edits.changeCount(), 2);

    // New rows keep their numbers; a column not given is its DEFAULT, one given NULL is NULL.
    QCOMPARE(edits.addRow(), 0);
    QCOMPARE(edits.addRow(), 1);
    QCOMPARE(edits.addRow(), 2);
    QCOMPARE(edits.changeCount(), 5);
    edits.setNewValue(0, 1, u"new"_s);
    edits.setNewValue(2, 2, QVariant());
    edits.setNewValue(7, 1, u"no such row"_s);
    edits.removeNewRow(1);
    QCOMPARE(edits.newRows(), (QList<int> {0, 2}));
    QCOMPARE(edits.addRow(), 3);
    QCOMPARE(edits.newRows(), (QList<int> {0, 2, 3}));
    QCOMPARE(edits.newValue(0, 1), QVariant(u"new"_s));
    QVERIFY(!edits.newValue(0, 2)); // its DEFAULT
    const std::optional<QVariant> newNull = edits.newValue(2, 2);
    QVERIFY(newNull && newNull->isNull());
    QVERIFY(!edits.newValue(1, 1)); // removed
    QVERIFY(!edits.newValue(7, 1));
    QCOMPARE(edits.changeCount(), 5);
    QVERIFY(!edits.isEmpty());

    edits.clear();
    QVERIFY(edits.isEmpty());
    QVERIFY(edits.newRows().isEmpty());
    QVERIFY(!edits.isChanged(key(1)));
    QCOMPARE(edits.addRow(), 0);

    // Without a key, rows cannot be named: only new ones can be added.
    RowEdits keyless(SqlEngine::Mysql, plainTable({{u"a"_s, u"INTEGER"_s}}, {}), {});
    QVERIFY(!keyless.canEdit());
    keyless.setValue({}, 0, 1);
    keyless.remove({});
    QVERIFY(keyless.isEmpty());
}

void tst_RowEdits::keysCompareByValue()
{
    // An integer key: as qlonglong, int, text (PostgreSQL positions) or double.
    RowEdits ints(SqlEngine::Postgres,
        plainTable({{u"id"_s, u"BIGINT"_s}, {u"v"_s, u"TEXT"_s}}, {u"id"_s}), {u"id"_s});
    ints.setValue({qlonglong(5)}, 1, u"x"_s);
    QVERIFY(ints.isChanged({int(5)}));
    QVERIFY(ints.isChanged({u"5"_s}));
    QVERIFY(ints.isChanged({5.0}));
    QCOMPARE(ints.value({u"5"_s}, 1), QVariant(u"x"_s));
    QVERIFY(!ints.isChanged({qlonglong(50)}));
    QVERIFY(!ints.isChanged({u"05x"_s}));
    ints.setValue({int(5)}, 1, u"y"_s); // the same row
    QCOMPARE(ints.changeCount(), 1);
    ints.revertRow({u"5"_s});
    QVERIFY(ints.isEmpty());

    // A decimal key: the same number in any spelling.
    RowEdits decimals(SqlEngine::Sqlite,
        plainTable({{u"d"_s, u"DECIMAL(10,2)"_s}, {u"v"_s, u"TEXT"_s}}, {u"d"_s}), {u"d"_s});
    decimals.remove({u"1.50"_s});
    QVERIFY(decimals.isRemoved({u"1.5"_s}));
    QVERIFY(decimals.isRemoved({1.5}));
    QVERIFY(decimals.isRemoved({u"001.500"_s}));
    QVERIFY(!decimals.isRemoved({u"15"_s}));
    QVERIFY(!decimals.isRemoved({u"-1.5"_s}));

    // A timestamp key read as text is the same as its QDateTime.
    RowEdits times(SqlEngine::Postgres,
        plainTable({{u"at"_s, u"TIMESTAMP"_s}, {u"v"_s, u"TEXT"_s}}, {u"at"_s}), {u"at"_s});
    times.setValue({local(2024, 1, 2, 3, 4, 5)}, 1, u"x"_s);
    QVERIFY(times.isChanged({u"2024-01-02 03:04:05"_s}));
    QVERIFY(!times.isChanged({u"2024-01-02 03:04:06"_s}));

    // Text keys: empty text is not NULL; case matters.
    RowEdits texts(SqlEngine::Mysql,
        plainTable({{u"k"_s, u"VARCHAR(10)"_s}, {u"v"_s, u"TEXT"_s}}, {u"k"_s}), {u"k"_s});
    texts.setValue({u""_s}, 1, u"empty"_s);
    QVERIFY(texts.isChanged({u""_s}));
    QVERIFY(!texts.isChanged({QVariant()}));
    QVERIFY(!texts.isChanged({u"A"_s}));
    texts.setValue({u"a"_s}, 1, u"x"_s);
    QVERIFY(!texts.isChanged({u"A"_s}));
    QCOMPARE(texts.changeCount(), 2);

    // Composite keys: every part counts, each by its own type.
    RowEdits pairs(SqlEngine::Sqlite,
        plainTable({{u"a"_s, u"INTEGER"_s}, {u"b"_s, u"VARCHAR(5)"_s}, {u"v"_s, u"TEXT"_s}},
            {u"a"_s, u"b"_s}),
        {u"a"_s, u"b"_s});
    pairs.setValue({1, u"x"_s}, 2, u"v"_s);
    QVERIFY(pairs.isChanged({u"1"_s, u"x"_s}));
    QVERIFY(!pairs.isChanged({1, u"y"_s}));
    QVERIFY(!pairs.isChanged({u"1x"_s, u""_s}));
    QVERIFY(!pairs.isChanged({1}));

    // A rowid and a ctid, which are not columns.
    RowEdits rowids(SqlEngine::Sqlite, plainTable({{u"v"_s, u"TEXT"_s}}, {}), {u"rowid"_s});
    QVERIFY(rowids.canEdit());
    rowids.remove({qlonglong(7)});
    QVERIFY(rowids.isRemoved({u"7"_s}));
    QVERIFY(!rowids.isRemoved({u"70"_s}));
    RowEdits ctids(SqlEngine::Postgres, plainTable({{u"v"_s, u"TEXT"_s}}, {}), {u"ctid"_s});
    ctids.remove({u"(0,1)"_s});
    QVERIFY(ctids.isRemoved({u"(0,1)"_s}));
    QVERIFY(!ctids.isRemoved({u"(0,10)"_s}));
}

void tst_RowEdits::applyEverything()
{
    QFETCH(QString, engine);
    Orders db = ordersDatabase(engine, u"tst_rowedits_apply"_s);
    const SqlEngine sqlEngine = db.connection->dialect().engine();
    TableQuery query(sqlEngine, db.table);
    QCOMPARE(query.keyColumns(), QStringList {u"id"_s});
    QCOMPARE(readBack(db), initialRows());

    RowEdits edits(sqlEngine, db.table, query.keyColumns());
    // Row 1 named three ways: one UPDATE of two cells, one of them set to NULL.
    edits.setValue({int(1)}, Remark, QVariant());
    edits.setValue({u"1"_s}, When, local(2025, 2, 3, 4, 5, 6));
    // Row 2: two cells, one to empty text (not NULL).
    edits.setValue(key(2), Code, u"b2x"_s);
    edits.setValue(key(2), Remark, u""_s);
    // Row 4: its key changes too; the UPDATE finds it by the old one.
    edits.setValue(key(4), Id, qlonglong(40));
    edits.setValue(key(4), Data, QByteArray("\x00\xff\x00", 3));
    edits.remove(key(3));
    // New rows: columns not given take their DEFAULT, a column given NULL is NULL.
    const int a = edits.addRow();
    edits.setNewValue(a, Code, u"new"_s);
    edits.setNewValue(a, Amount, u"12.50"_s);
    edits.setNewValue(a, Remark, u""_s);
    edits.setNewValue(a, When, local(2024, 12, 24, 18, 0, 0));
    edits.setNewValue(a, Data, QByteArray("\x00\x01\x02", 3));
    edits.setNewValue(a, Flag, true);
    const int dropped = edits.addRow();
    edits.setNewValue(dropped, Code, u"dropped"_s);
    const int b = edits.addRow();
    edits.setNewValue(b, Code, u"new2"_s);
    edits.setNewValue(b, Status, QVariant());
    edits.removeNewRow(dropped);
    QCOMPARE(edits.changeCount(), 6); // rows 1, 2, 4 changed, 2 added, row 3 removed

    QString error;
    QVERIFY2(edits.apply(db.connection->database(), &error), qPrintable(error));
    QVERIFY(edits.isEmpty());
    QVERIFY(edits.newRows().isEmpty());

    const QList<Row> rows = readBack(db);
    QList<Row> expected = {
        {qlonglong(1), u"a1"_s, u"10.25"_s, Null, local(2025, 2, 3, 4, 5, 6),
            QByteArray("\x00\x01", 2), true, u"open"_s},
        {qlonglong(2), u"b2x"_s, u"20.50"_s, u""_s, Null, Null, false, u"closed"_s},
        {qlonglong(5), u"new"_s, u"12.50"_s, u""_s, local(2024, 12, 24, 18, 0, 0),
            QByteArray("\x00\x01\x02", 3), true, u"open"_s},
        {qlonglong(6), u"new2"_s, Null, Null, Null, Null, false, Null},
        {qlonglong(40), u"d4"_s, u"-4.25"_s, u"fourth"_s, Null, QByteArray("\x00\xff\x00", 3),
            false, u"open"_s},
    };
    COMPARE_ROWS(rows, expected);

    // The keys the new rows got, as the table has them.
    QSqlQuery sql(db.connection->database());
    QList<QVariantList> generated;
    for (const QString &code : {u"new"_s, u"new2"_s}) {
        sql.prepare(u"SELECT id FROM "_s + db.connection->dialect().quoteIdentifier(TableName)
            + u" WHERE "_s + db.connection->dialect().quoteIdentifier(ColumnNames.at(Code))
            + u" = ?"_s);
        sql.addBindValue(code);
        QVERIFY(sql.exec() && sql.next());
        generated << QVariantList {sql.value(0).toLongLong()};
    }
    QCOMPARE(generated, (QList<QVariantList> {key(5), key(6)}));
    const QList<QVariantList> inserted = edits.insertedKeys();
    QCOMPARE(inserted, generated);
    for (const QVariantList &k : inserted)
        QCOMPARE(k.first().typeId(), QMetaType::LongLong); // as TableQuery reads keys

    // Nothing pending: applying again changes nothing.
    QVERIFY2(edits.apply(db.connection->database(), &error), qPrintable(error));
    COMPARE_ROWS(readBack(db), expected);
}

void tst_RowEdits::failureChangesNothing()
{
    QFETCH(QString, engine);
    Orders db = ordersDatabase(engine, u"tst_rowedits_failure"_s);
    const SqlEngine sqlEngine = db.connection->dialect().engine();
    const QList<Row> before = readBack(db);
    const QString prefix = u"Row 3 of “"_s + TableName + u"”: "_s;

    struct Case
    {
        const char *what;
        QVariant code; // row 3's new code: the last statement, which fails
        QString words;
    };
    const QList<Case> cases = {
        {"UNIQUE", u"d4"_s, uniqueWords(sqlEngine)},
        {"NOT NULL", QVariant(), notNullWords(sqlEngine)},
    };
    for (const Case &c : cases) {
        RowEdits edits(sqlEngine, db.table, {u"id"_s});
        const int added = edits.addRow();
        edits.setNewValue(added, Code, u"zz"_s);
        edits.setValue(key(1), Remark, u"changed"_s);
        edits.setValue(key(1), Flag, false);
        edits.setValue(key(3), Code, c.code);
        QString error;
        QVERIFY2(!edits.apply(db.connection->database(), &error), c.what);
        QVERIFY2(error.startsWith(prefix), qPrintable(error));
        QVERIFY2(error.contains(c.words, Qt::CaseInsensitive), qPrintable(error));
        QVERIFY2(error.endsWith(u". Nothing was saved."_s), qPrintable(error));
        QVERIFY2(!error.contains(u"ERROR:"_s) && !error.contains(u"(23"_s), qPrintable(error));
        // Nothing of it happened: not the insert, not row 1's update.
        COMPARE_ROWS(readBack(db), before);
        // And all of it is still pending.
        QCOMPARE(edits.changeCount(), 3);
        QCOMPARE(edits.newRows(), QList<int> {added});
        QCOMPARE(edits.newValue(added, Code), QVariant(u"zz"_s));
        QCOMPARE(edits.value(key(1), Remark), QVariant(u"changed"_s));
        QVERIFY(edits.isChanged(key(3)));
    }

    // Set right, the same edits save.
    RowEdits edits(sqlEngine, db.table, {u"id"_s});
    const int added = edits.addRow();
    edits.setNewValue(added, Code, u"zz"_s);
    edits.setValue(key(1), Remark, u"changed"_s);
    edits.setValue(key(3), Code, u"d4"_s);
    QString error;
    QVERIFY(!edits.apply(db.connection->database(), &error));
    edits.setValue(key(3), Code, u"c3x"_s);
    QVERIFY2(edits.apply(db.connection->database(), &error), qPrintable(error));
    QList<Row> expected = before;
    expected[0][Remark] = u"changed"_s;
    expected[2][Code] = u"c3x"_s;
    const QList<Row> after = readBack(db);
    QCOMPARE(after.size(), 5);
    QCOMPARE(after.last().at(Code), QVariant(u"zz"_s));
    QCOMPARE(edits.insertedKeys(), QList<QVariantList> {after.last().mid(Id, 1)});
    COMPARE_ROWS(after.mid(0, 4), expected);

    // A new row that fails is named by its place among the new rows.
    RowEdits adding(sqlEngine, db.table, {u"id"_s});
    adding.setNewValue(adding.addRow(), Code, u"ok"_s);
    adding.setNewValue(adding.addRow(), Code, u"zz"_s); // taken
    QVERIFY(!adding.apply(db.connection->database(), &error));
    QVERIFY2(error.startsWith(u"New row 2 of “"_s + TableName + u"”: "_s), qPrintable(error));
    QVERIFY2(error.contains(uniqueWords(sqlEngine), Qt::CaseInsensitive), qPrintable(error));
    QCOMPARE(readBack(db).size(), 5);
    QCOMPARE(adding.newRows().size(), 2);
}

void tst_RowEdits::rowsGoneElsewhere()
{
    QFETCH(QString, engine);
    Orders db = ordersDatabase(engine, u"tst_rowedits_gone"_s);
    const SqlEngine sqlEngine = db.connection->dialect().engine();
    const QList<Row> before = readBack(db);
    const QString table = u" of “"_s + TableName + u"”: "_s;
    QString error;

    // An update or delete that finds no row fails, and so nothing is saved.
    RowEdits update(sqlEngine, db.table, {u"id"_s});
    update.setValue(key(1), Remark, u"changed"_s);
    update.setValue(key(999), Remark, u"x"_s);
    QVERIFY(!update.apply(db.connection->database(), &error));
    QVERIFY2(error.startsWith(u"Row 999"_s + table + u"it is no longer in the table"_s),
        qPrintable(error));
    COMPARE_ROWS(readBack(db), before);

    RowEdits remove(sqlEngine, db.table, {u"id"_s});
    remove.remove(key(2));
    remove.remove(key(998));
    QVERIFY(!remove.apply(db.connection->database(), &error));
    QVERIFY2(error.startsWith(u"Deleting row 998"_s + table + u"it is no longer in the table"_s),
        qPrintable(error));
    COMPARE_ROWS(readBack(db), before);

    // A row given the values it has is found (MariaDB counts it as not changed).
    RowEdits same(sqlEngine, db.table, {u"id"_s});
    same.setValue(key(1), Code, u"a1"_s);
    same.setValue(key(1), Remark, u"first"_s);
    QVERIFY2(same.apply(db.connection->database(), &error), qPrintable(error));
    COMPARE_ROWS(readBack(db), before);
}

void tst_RowEdits::tablesWithoutPrimaryKey()
{
    QFETCH(QString, engine);
    QString error;
    const QString url = TestDatabases::freshDatabase(engine, u"tst_rowedits_keyless"_s, &error);
    QVERIFY2(!url.isEmpty(), qPrintable(error));
    Connection connection;
    QVERIFY2(connection.open(
                 *DatabaseAddress::parse(url, &error), Connection::Mode::CreateIfMissing, &error),
        qPrintable(error));
    const Dialect &d = connection.dialect();
    const QString name = u"ba\"g`; 'ü"_s;
    const QString bag = d.quoteIdentifier(name);
    const QString a = d.quoteIdentifier(u"a'1"_s), b = d.quoteIdentifier(u"b\"2"_s);
    QSqlQuery sql(connection.database());
    QVERIFY2(
        sql.exec(u"CREATE TABLE "_s + bag + u" ("_s + a + u" INTEGER, "_s + b + u" VARCHAR(20))"_s),
        qPrintable(sql.lastError().text()));
    // Twins: rows only their rowid or ctid tells apart.
    QVERIFY(
        sql.exec(u"INSERT INTO "_s + bag + u" VALUES (1, 'x'), (1, 'x'), (2, 'y'), (2, 'y')"_s));
    const Table table = importedTable(connection, name);
    TableQuery query(d.engine(), table);
    RowEdits edits(d.engine(), table, query.keyColumns());

    const auto contents = [&] {
        QSqlQuery read(connection.database());
        if (!read.exec(u"SELECT "_s + a + u", "_s + b + u" FROM "_s + bag + u" ORDER BY 1, 2"_s))
            qFatal("%s", qPrintable(read.lastError().text()));
        QStringList rows;
        while (read.next())
            rows << read.value(0).toString() + u' ' + read.value(1).toString();
        return rows;
    };

    // A key named by something that is not a column is quoted too: the engine refuses it.
    RowEdits bogus(d.engine(), table, {u"rowid\" = 1; DROP TABLE "_s + bag + u"; --"_s});
    bogus.remove({1});
    QVERIFY(!bogus.apply(connection.database(), &error));
    QVERIFY2(error.startsWith(u"Deleting row 1 of “"_s + name + u"”: "_s), qPrintable(error));
    QVERIFY(d.tableNames(connection.database()).contains(name));
    QCOMPARE(contents(), (QStringList {u"1 x"_s, u"1 x"_s, u"2 y"_s, u"2 y"_s}));

    if (d.engine() == SqlEngine::Mysql) {
        // No key: rows cannot be changed or deleted, only added.
        QVERIFY(query.keyColumns().isEmpty());
        QVERIFY(!edits.canEdit());
        const int added = edits.addRow();
        edits.setNewValue(added, 0, qlonglong(3));
        edits.setNewValue(added, 1, u"new"_s);
        QVERIFY2(edits.apply(connection.database(), &error), qPrintable(error));
        QCOMPARE(edits.insertedKeys(), QList<QVariantList> {QVariantList()});
        QCOMPARE(contents(), (QStringList {u"1 x"_s, u"1 x"_s, u"2 y"_s, u"2 y"_s, u"3 new"_s}));
        return;
    }

    const bool sqlite = d.engine() == SqlEngine::Sqlite;
    QCOMPARE(query.keyColumns(), QStringList {sqlite ? u"rowid"_s : u"ctid"_s});
    QVERIFY(edits.canEdit());
    // The keys as the browser reads them: a rowid as a number, a ctid as text.
    const QString keyExpression = sqlite ? u"rowid"_s : u"CAST(ctid AS TEXT)"_s;
    QList<QVariantList> keys;
    QVERIFY(sql.exec(u"SELECT "_s + keyExpression + u" FROM "_s + bag + u" ORDER BY "_s
        + (sqlite ? u"rowid"_s : u"ctid"_s)));
    while (sql.next())
        keys << QVariantList {sqlite ? QVariant(sql.value(0).toLongLong()) : sql.value(0)};
    QCOMPARE(keys.size(), 4);

    edits.setValue(keys.at(0), 1, u"x2"_s); // one of the twins
    edits.setValue(keys.at(0), 0, qlonglong(10));
    edits.remove(keys.at(3)); // and one of the others
    const int added = edits.addRow();
    edits.setNewValue(added, 0, qlonglong(3));
    edits.setNewValue(added, 1, u"new"_s);
    QVERIFY2(edits.apply(connection.database(), &error), qPrintable(error));
    QCOMPARE(contents(), (QStringList {u"1 x"_s, u"2 y"_s, u"3 new"_s, u"10 x2"_s}));

    QVERIFY(sql.exec(
        u"SELECT "_s + keyExpression + u" FROM "_s + bag + u" WHERE "_s + b + u" = 'new'"_s));
    QVERIFY(sql.next());
    const QVariant newKey = sqlite ? QVariant(sql.value(0).toLongLong()) : sql.value(0);
    QCOMPARE(edits.insertedKeys(), QList<QVariantList> {QVariantList {newKey}});
    QCOMPARE(edits.insertedKeys().first().first().typeId(),
        sqlite ? QMetaType::LongLong : QMetaType::QString);

    // The new row can be changed by the key it got.
    edits.setValue({newKey}, 1, u"newer"_s);
    QVERIFY2(edits.apply(connection.database(), &error), qPrintable(error));
    QCOMPARE(contents(), (QStringList {u"1 x"_s, u"2 y"_s, u"3 newer"_s, u"10 x2"_s}));
}

// What keeps a row from being deleted, by the database's own foreign keys (written in plain
// SQL): a tree's children (the row referring to itself does not count), a composite key's
// referrers, and nothing for a delete refused for another reason or not refused at all.
void tst_RowEdits::refusedDeleteReferrers()
{
    QFETCH(QString, engine);
    QString error;
    const QString url = TestDatabases::freshDatabase(engine, u"tst_rowedits_referrers"_s, &error);
    QVERIFY2(!url.isEmpty(), qPrintable(error));
    Connection connection;
    QVERIFY2(connection.open(
                 *DatabaseAddress::parse(url, &error), Connection::Mode::CreateIfMissing, &error),
        qPrintable(error));
    for (const QString &statement : {
             u"CREATE TABLE node (id INTEGER NOT NULL, parent_id INTEGER, PRIMARY KEY (id), "
             "FOREIGN KEY (parent_id) REFERENCES node (id))"_s,
             u"CREATE TABLE slot (a INTEGER NOT NULL, b VARCHAR(5) NOT NULL, PRIMARY KEY (a, b))"_s,
             u"CREATE TABLE booking (id INTEGER NOT NULL, a INTEGER, b VARCHAR(5), "
             "PRIMARY KEY (id), FOREIGN KEY (a, b) REFERENCES slot (a, b))"_s,
             u"INSERT INTO node (id, parent_id) VALUES (1, NULL)"_s,
             u"INSERT INTO node (id, parent_id) VALUES (2, 1), (3, 1), (4, 4)"_s,
             u"INSERT INTO slot (a, b) VALUES (1, 'x'), (1, 'y')"_s,
             u"INSERT INTO booking (id, a, b) VALUES (1, 1, 'x'), (2, 1, 'x'), (3, 1, 'y')"_s}) {
        QSqlQuery query(connection.database());
        QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
    }
    const std::optional<Schema> schema = SchemaImporter(connection).import(&error);
    QVERIFY2(schema, qPrintable(error));
    const SqlEngine sqlEngine = connection.dialect().engine();
    const Table node = *schema->tableByName(u"node"_s);
    const Table slot = *schema->tableByName(u"slot"_s);

    // Nothing failed yet: nothing to say.
    RowEdits root(sqlEngine, node, {u"id"_s});
    QVERIFY(root.refusedDeleteReferrers(connection.database(), *schema).isEmpty());
    root.remove({1});
    QVERIFY(!root.apply(connection.database(), &error));
    using Referrers = QList<std::pair<QString, qint64>>;
    QCOMPARE(root.refusedDeleteReferrers(connection.database(), *schema),
        (Referrers {{u"node"_s, 2}}));
    const QString message = root.refusedDeleteMessage(connection.database(), *schema);
    QVERIFY2(message.startsWith(u"Cannot delete node 1: 2 row"_s), qPrintable(message));

    // Referring to itself only: it goes (InnoDB refuses it, in its own words: no other row
    // to name).
    RowEdits self(sqlEngine, node, {u"id"_s});
    self.remove({4});
    if (sqlEngine == SqlEngine::Mysql)
        QVERIFY(!self.apply(connection.database(), &error));
    else
        QVERIFY2(self.apply(connection.database(), &error), qPrintable(error));
    QVERIFY(self.refusedDeleteReferrers(connection.database(), *schema).isEmpty());

    // A composite key: the rows with both parts.
    RowEdits pair(sqlEngine, slot, {u"a"_s, u"b"_s});
    pair.remove({1, u"x"_s});
    QVERIFY(!pair.apply(connection.database(), &error));
    QCOMPARE(pair.refusedDeleteReferrers(connection.database(), *schema),
        (Referrers {{u"booking"_s, 2}}));
    QVERIFY2(pair.refusedDeleteMessage(connection.database(), *schema)
                 .startsWith(u"Cannot delete slot (1, x): 2 row"_s),
        qPrintable(pair.refusedDeleteMessage(connection.database(), *schema)));

    // Refused for another reason (an update that finds nothing): no referrers named.
    RowEdits other(sqlEngine, node, {u"id"_s});
    other.setValue({999}, 1, QVariant(qlonglong(1)));
    QVERIFY(!other.apply(connection.database(), &error));
    QVERIFY(other.refusedDeleteMessage(connection.database(), *schema).isEmpty());
}

QTEST_GUILESS_MAIN(tst_RowEdits)
#include "tst_rowedits.moc"
