#include "dialects/dialect.h"
#include "values/jsonvaluereader.h"

#include <QDateTime>
#include <QTest>

using namespace Qt::StringLiterals;
using Kind = LogicalType::Kind;
using Token = JsonValueReader::Token;
using Blobs = JsonValueReader::Blobs;

Q_DECLARE_METATYPE(SqlEngine)
Q_DECLARE_METATYPE(Token)
Q_DECLARE_METATYPE(Blobs)
Q_DECLARE_METATYPE(LogicalType)

namespace {

LogicalType typeOf(Kind kind, bool isUnsigned = false)
{
    LogicalType type;
    type.kind = kind;
    type.isUnsigned = isUnsigned;
    return type;
}

// A value as text that tells its type apart, and a QDateTime's time spec, which == does not.
QString describe(const QVariant &value)
{
    const QString type = QString::fromLatin1(value.metaType().name());
    if (value.isNull())
        return u"NULL "_s + type;
    switch (value.typeId()) {
    case QMetaType::QDateTime: {
        const QDateTime dt = value.toDateTime();
        const QString spec = dt.timeSpec() == Qt::LocalTime ? u"local"_s
            : dt.timeSpec() == Qt::UTC                      ? u"UTC"_s
                                                            : u"offset"_s;
        return type + u' ' + dt.toString(Qt::ISODateWithMs) + u' ' + spec;
    }
    case QMetaType::QTime:
        return type + u' ' + value.toTime().toString(Qt::ISODateWithMs);
    case QMetaType::QByteArray:
        return type + u" 0x"_s + QString::fromLatin1(value.toByteArray().toHex());
    default:
        return type + u' ' + value.toString();
    }
}

} // namespace

// The values import-json binds, one JSON scalar and column type at a time, per engine and
// without a database: each conversion, its edge cases, and the sentence for a bad value.
class tst_JsonValueReader : public QObject
{
    Q_OBJECT

private slots:
    void read_data();
    void read();
    void nullIsTypedOnEveryEngine();
    void timestampWithOffsetOnMysqlIsLocalTime();
};

void tst_JsonValueReader::read_data()
{
    QTest::addColumn<SqlEngine>("engine");
    QTest::addColumn<LogicalType>("type");
    QTest::addColumn<Blobs>("blobs");
    QTest::addColumn<Token>("token");
    QTest::addColumn<bool>("flag");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("value"); // describe()d; empty when refused
    QTest::addColumn<QString>("problem");

    const auto ok = [](const char *name, SqlEngine engine, const LogicalType &type, Token token,
                        const QByteArray &text, const QString &value, Blobs blobs = Blobs::Base64) {
        QTest::newRow(name) << engine << type << blobs << token << false << text << value
                            << QString();
    };
    const auto bad = [](const char *name, const LogicalType &type, Token token,
                         const QByteArray &text, const QString &problem,
                         Blobs blobs = Blobs::Base64, SqlEngine engine = SqlEngine::Sqlite) {
        QTest::newRow(name) << engine << type << blobs << token << false << text << QString()
                            << problem;
    };
    const SqlEngine sqlite = SqlEngine::Sqlite, postgres = SqlEngine::Postgres,
                    mysql = SqlEngine::Mysql;

    // Booleans, bound as each engine takes them.
    QTest::newRow("true sqlite") << sqlite << typeOf(Kind::Boolean) << Blobs::Base64 << Token::Bool
                                 << true << QByteArray() << u"int 1"_s << QString();
    QTest::newRow("false mysql") << mysql << typeOf(Kind::Boolean) << Blobs::Base64 << Token::Bool
                                 << false << QByteArray() << u"int 0"_s << QString();
    QTest::newRow("true postgres")
        << postgres << typeOf(Kind::Boolean) << Blobs::Base64 << Token::Bool << true << QByteArray()
        << u"bool true"_s << QString();
    bad("boolean from a number", typeOf(Kind::Boolean), Token::Number, "1",
        u"expected true or false, not the number 1."_s);
    QTest::newRow("integer from true")
        << sqlite << typeOf(Kind::Integer) << Blobs::Base64 << Token::Bool << true << QByteArray()
        << QString() << u"expected a whole number, not true."_s;

    // Integers: 64 bits exact, UNSIGNED BIGINT up to its maximum; the engine checks the range
    // of smaller types.
    ok("integer", sqlite, typeOf(Kind::Integer), Token::Number, "42", u"qlonglong 42"_s);
    ok("smallint beyond its range", sqlite, typeOf(Kind::SmallInt), Token::Number, "70000",
        u"qlonglong 70000"_s);
    ok("bigint minimum", postgres, typeOf(Kind::BigInt), Token::Number, "-9223372036854775808",
        u"qlonglong -9223372036854775808"_s);
    ok("bigint unsigned maximum", mysql, typeOf(Kind::BigInt, true), Token::Number,
        "18446744073709551615", u"qulonglong 18446744073709551615"_s);
    bad("bigint past 64 bits", typeOf(Kind::BigInt), Token::Number, "9223372036854775808",
        u"expected a whole number of 64 bits, not the number 9223372036854775808."_s);
    bad("unsigned past 64 bits", typeOf(Kind::BigInt, true), Token::Number, "18446744073709551616",
        u"expected a whole number of 64 bits, not the number 18446744073709551616."_s);
    bad("integer with a fraction", typeOf(Kind::Integer), Token::Number, "1.5",
        u"expected a whole number of 64 bits, not the number 1.5."_s);
    bad("integer from a string", typeOf(Kind::Integer), Token::String, "5",
        u"expected a whole number, not a string."_s);

    // Decimals exact as written, reals as doubles.
    ok("decimal as written", sqlite, typeOf(Kind::Decimal), Token::Number,
        "12345678901234567890.120", u"QString 12345678901234567890.120"_s);
    bad("decimal from a string", typeOf(Kind::Decimal), Token::String, "1.5",
        u"expected a number, not a string."_s);
    ok("double", mysql, typeOf(Kind::Double), Token::Number, "-2.5e-3", u"double -0.0025"_s);
    bad("double out of range", typeOf(Kind::Double), Token::Number, "1e400",
        u"expected a number that a double holds, not the number 1e400."_s);

    // Dates and times, checked alike everywhere; PostgreSQL reads the text itself.
    ok("date sqlite", sqlite, typeOf(Kind::Date), Token::String, "2024-02-29",
        u"QString 2024-02-29"_s);
    ok("date postgres", postgres, typeOf(Kind::Date), Token::String, "2024-02-29",
        u"QString 2024-02-29"_s);
    bad("no such day", typeOf(Kind::Date), Token::String, "2023-02-29",
        u"expected a date, YYYY-MM-DD, not \"2023-02-29\": there is no such day."_s);
    bad("date from a number", typeOf(Kind::Date), Token::Number, "20240229",
        u"expected an ISO 8601 string, not the number 20240229."_s);
    ok("time with milliseconds", sqlite, typeOf(Kind::Time), Token::String, "23:59:59.250",
        u"QTime 23:59:59.250"_s);
    ok("time with nanoseconds", mysql, typeOf(Kind::Time), Token::String, "12:00:00.123456789",
        u"QTime 12:00:00.123"_s);
    ok("time postgres as written", postgres, typeOf(Kind::Time), Token::String,
        "12:00:00.123456789", u"QString 12:00:00.123456789"_s);
    bad("time with ten fraction digits", typeOf(Kind::Time), Token::String, "12:00:00.1234567890",
        u"expected a time, HH:MM:SS, not \"12:00:00.1234567890\"."_s);
    ok("datetime sqlite", sqlite, typeOf(Kind::DateTime), Token::String, "2024-02-29T23:59:59",
        u"QString 2024-02-29 23:59:59"_s);
    ok("datetime sqlite milliseconds", sqlite, typeOf(Kind::DateTime), Token::String,
        "2024-02-29 23:59:59.5", u"QString 2024-02-29 23:59:59.500"_s);
    ok("datetime mysql", mysql, typeOf(Kind::DateTime), Token::String, "2024-02-29T23:59:59",
        u"QDateTime 2024-02-29T23:59:59.000 local"_s);
    ok("datetime postgres", postgres, typeOf(Kind::DateTime), Token::String, "2024-02-29T23:59:59",
        u"QString 2024-02-29T23:59:59"_s);
    bad("datetime with a zone", typeOf(Kind::DateTime), Token::String, "2024-02-29T23:59:59+02:00",
        u"expected a date and time without a time zone, YYYY-MM-DDTHH:MM:SS, not "
        "\"2024-02-29T23:59:59+02:00\": the column's type has no time zone, and this has "
        "+02:00."_s);
    ok("timestamptz offset sqlite", sqlite, typeOf(Kind::TimestampTz), Token::String,
        "2024-02-29T23:59:59.25+02:00", u"QString 2024-02-29 23:59:59.250+02:00"_s);
    ok("timestamptz negative offset sqlite", sqlite, typeOf(Kind::TimestampTz), Token::String,
        "2024-02-29T23:59:59-0330", u"QString 2024-02-29 23:59:59-03:30"_s);
    ok("timestamptz utc sqlite", sqlite, typeOf(Kind::TimestampTz), Token::String,
        "2024-02-29 23:59:59Z", u"QString 2024-02-29 23:59:59Z"_s);
    ok("timestamptz zero offset sqlite", sqlite, typeOf(Kind::TimestampTz), Token::String,
        "2024-02-29 23:59:59+00:00", u"QString 2024-02-29 23:59:59Z"_s);
    ok("timestamptz without zone sqlite", sqlite, typeOf(Kind::TimestampTz), Token::String,
        "2024-02-29 23:59:59", u"QString 2024-02-29 23:59:59"_s);
    ok("timestamptz postgres as written", postgres, typeOf(Kind::TimestampTz), Token::String,
        "2024-02-29T23:59:59.25+02:00", u"QString 2024-02-29T23:59:59.25+02:00"_s);
    bad("no such offset", typeOf(Kind::TimestampTz), Token::String, "2024-02-29T23:59:59+15:00",
        u"expected a date and time, YYYY-MM-DDTHH:MM:SS, with an optional Z or +HH:MM, not "
        "\"2024-02-29T23:59:59+15:00\": there is no such time zone offset."_s,
        Blobs::Base64, SqlEngine::Postgres);

    // BLOBs from base64 or hexadecimal text.
    ok("base64", sqlite, typeOf(Kind::Blob), Token::String, "AAH/", u"QByteArray 0x0001ff"_s);
    ok("base64 empty", postgres, typeOf(Kind::Blob), Token::String, "", u"QByteArray 0x"_s);
    bad("not base64", typeOf(Kind::Blob), Token::String,
        "AA!=", u"\"AA!=\" is not base64 (for hexadecimal BLOBs, say so: --blobs hex)."_s);
    ok("hex", mysql, typeOf(Kind::Binary), Token::String, "00fFa0", u"QByteArray 0x00ffa0"_s,
        Blobs::Hex);
    bad("hex odd", typeOf(Kind::Blob), Token::String, "0f0", u"\"0f0\" is not hexadecimal bytes."_s,
        Blobs::Hex);
    bad("hex long, shown in part", typeOf(Kind::Blob), Token::String, QByteArray(50, 'a') + "zz",
        u"\""_s + QString(40, u'a') + u"\" is not hexadecimal bytes."_s, Blobs::Hex);
    bad("hex from a number", typeOf(Kind::Blob), Token::Number, "12",
        u"expected hexadecimal text, not the number 12."_s, Blobs::Hex);
    bad("base64 from false", typeOf(Kind::Blob), Token::Bool, "",
        u"expected base64 text, not false."_s);

    // Anything else from a string, as UTF-8.
    ok("text", sqlite, typeOf(Kind::Text), Token::String, "gr\xc3\xbc\xc3\x9f", u"QString grüß"_s);
    ok("other", postgres, typeOf(Kind::Other), Token::String, "(1,2)", u"QString (1,2)"_s);
    bad("text from a number", typeOf(Kind::Varchar), Token::Number, "5",
        u"expected a string, not the number 5."_s);
}

void tst_JsonValueReader::read()
{
    QFETCH(SqlEngine, engine);
    QFETCH(LogicalType, type);
    QFETCH(Blobs, blobs);
    QFETCH(Token, token);
    QFETCH(bool, flag);
    QFETCH(QByteArray, text);
    QFETCH(QString, value);
    QFETCH(QString, problem);

    const JsonValueReader reader(Dialect::forEngine(engine), blobs);
    QString said;
    const std::optional<QVariant> read = reader.read(type, token, flag, text, &said);
    QCOMPARE(read ? describe(*read) : QString(), value);
    QCOMPARE(said, problem);
}

void tst_JsonValueReader::nullIsTypedOnEveryEngine()
{
    for (const SqlEngine engine : {SqlEngine::Sqlite, SqlEngine::Postgres, SqlEngine::Mysql}) {
        const JsonValueReader reader(Dialect::forEngine(engine), Blobs::Hex);
        for (const Kind kind : {Kind::Boolean, Kind::BigInt, Kind::TimestampTz, Kind::Blob}) {
            QString problem;
            const std::optional<QVariant> v
                = reader.read(typeOf(kind), Token::Null, false, {}, &problem);
            QVERIFY(v);
            QCOMPARE(describe(*v), u"NULL QString"_s);
            QVERIFY(problem.isEmpty());
        }
    }
}

// MariaDB's TIMESTAMP converts from the session's time zone, the process's local time here:
// the same instant, in local time.
void tst_JsonValueReader::timestampWithOffsetOnMysqlIsLocalTime()
{
    const JsonValueReader reader(Dialect::forEngine(SqlEngine::Mysql), Blobs::Base64);
    QString problem;
    const std::optional<QVariant> v = reader.read(
        typeOf(Kind::TimestampTz), Token::String, false, "2024-02-29T23:59:59.25+02:00", &problem);
    QVERIFY2(v, qPrintable(problem));
    QCOMPARE(v->typeId(), QMetaType::QDateTime);
    const QDateTime dt = v->toDateTime();
    QCOMPARE(dt.timeSpec(), Qt::LocalTime);
    QCOMPARE(dt, QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59, 250), Qt::OffsetFromUTC, 7200));
}

QTEST_GUILESS_MAIN(tst_JsonValueReader)
#include "tst_jsonvaluereader.moc"
