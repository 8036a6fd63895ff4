#include "records/valuegenerator.h"

#include <QDate>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QUuid>

#include <limits>

using namespace Qt::StringLiterals;
using namespace ValueGenerator;
using Kind = LogicalType::Kind;

// The values the data generator puts in columns, without a database: they fit their types,
// UNIQUE values are distinct up to the column's capacity, the seed decides them, and a
// column's name decides what its text looks like.
class tst_ValueGenerator : public QObject
{
    Q_OBJECT

private slots:
    void sameSeedSameValues();
    void otherSeedOrTableOtherValues();
    void integerCapacity_data();
    void integerCapacity();
    void integersInRange_data();
    void integersInRange();
    void textFitsLength_data();
    void textFitsLength();
    void decimalsFitPrecisionAndScale_data();
    void decimalsFitPrecisionAndScale();
    void datesAndTimesAreValid();
    void otherKinds();
    void uniqueValuesAreDistinct_data();
    void uniqueValuesAreDistinct();
    void hintsFromColumnNames_data();
    void hintsFromColumnNames();
    void hintedText();

private:
    static constexpr int Samples = 500;
};

namespace {

LogicalType typeOf(Kind kind, int length = -1, int precision = -1, int scale = -1)
{
    LogicalType type;
    type.kind = kind;
    type.length = length;
    type.precision = precision;
    type.scale = scale;
    return type;
}

ValueSpec specOf(const LogicalType &type, Hint hint = Hint::None, int maxLength = 255)
{
    ValueSpec spec;
    spec.type = type;
    spec.hint = hint;
    spec.maxLength = maxLength;
    return spec;
}

QList<ValueSpec> everyKind()
{
    QList<ValueSpec> specs;
    for (Kind kind : {Kind::Boolean, Kind::TinyInt, Kind::SmallInt, Kind::Integer, Kind::BigInt,
             Kind::Decimal, Kind::Float, Kind::Double, Kind::Char, Kind::Varchar, Kind::Text,
             Kind::Binary, Kind::Blob, Kind::Date, Kind::Time, Kind::DateTime, Kind::TimestampTz,
             Kind::Uuid, Kind::Json})
        specs << specOf(typeOf(kind, 20, 8, 2), Hint::None, 20);
    specs << specOf(typeOf(Kind::Varchar, 100), Hint::Email, 100);
    return specs;
}

QList<QVariant> valuesOf(quint64 seed, const QString &table)
{
    Random random(seed, table, u"values");
    QList<QVariant> values;
    for (int i = 0; i < 5; ++i) {
        for (const ValueSpec &spec : everyKind())
            values << randomValue(spec, random);
    }
    return values;
}

} // namespace

void tst_ValueGenerator::sameSeedSameValues()
{
    QCOMPARE(valuesOf(42, u"post"_s), valuesOf(42, u"post"_s));
    Random a(7, u"t"_s, u"values"), b(7, u"t"_s, u"values");
    for (int i = 0; i < 100; ++i)
        QCOMPARE(a.next64(), b.next64());
}

void tst_ValueGenerator::otherSeedOrTableOtherValues()
{
    const QList<QVariant> values = valuesOf(42, u"post"_s);
    QVERIFY(values != valuesOf(43, u"post"_s));
    QVERIFY(values != valuesOf(42, u"comment"_s));
    Random a(7, u"t"_s, u"values"), b(7, u"t"_s, u"structure");
    QVERIFY(a.next64() != b.next64());
}

void tst_ValueGenerator::integerCapacity_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("isUnsigned");
    QTest::addColumn<bool>("engineHasUnsigned");
    QTest::addColumn<qint64>("capacity");
    QTest::newRow("tinyint") << int(Kind::TinyInt) << false << true << qint64(127);
    QTest::newRow("tinyint unsigned") << int(Kind::TinyInt) << true << true << qint64(255);
    QTest::newRow("smallint") << int(Kind::SmallInt) << false << true << qint64(32767);
    QTest::newRow("smallint unsigned") << int(Kind::SmallInt) << true << true << qint64(65535);
    QTest::newRow("smallint unsigned, no unsigned on the engine")
        << int(Kind::SmallInt) << true << false << qint64(32767);
    QTest::newRow("integer") << int(Kind::Integer) << false << true
                             << qint64(std::numeric_limits<qint32>::max());
    QTest::newRow("integer unsigned")
        << int(Kind::Integer) << true << true << qint64(std::numeric_limits<quint32>::max());
    QTest::newRow("bigint") << int(Kind::BigInt) << false << true
                            << std::numeric_limits<qint64>::max();
}

void tst_ValueGenerator::integerCapacity()
{
    QFETCH(int, kind);
    QFETCH(bool, isUnsigned);
    QFETCH(bool, engineHasUnsigned);
    QFETCH(qint64, capacity);
    ValueSpec spec = specOf(typeOf(Kind(kind)));
    spec.type.isUnsigned = isUnsigned;
    spec.unsignedIntegers = engineHasUnsigned;
    QCOMPARE(ValueGenerator::integerCapacity(spec), capacity);
    QCOMPARE(uniqueCapacity(spec), capacity);
    spec.type.original = u"MEDIUMINT"_s;
    QVERIFY(ValueGenerator::integerCapacity(spec) <= (1 << 24));
}

void tst_ValueGenerator::integersInRange_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("column");
    QTest::addColumn<qint64>("lowest");
    QTest::addColumn<qint64>("highest");
    QTest::newRow("tinyint") << int(Kind::TinyInt) << u"n"_s << qint64(0) << qint64(127);
    QTest::newRow("smallint") << int(Kind::SmallInt) << u"n"_s << qint64(0) << qint64(32767);
    QTest::newRow("bigint") << int(Kind::BigInt) << u"n"_s << qint64(0)
                            << std::numeric_limits<qint64>::max();
    QTest::newRow("age") << int(Kind::TinyInt) << u"age"_s << qint64(0) << qint64(127);
    QTest::newRow("year") << int(Kind::SmallInt) << u"birth_year"_s << qint64(1901) << qint64(2155);
}

void tst_ValueGenerator::integersInRange()
{
    QFETCH(int, kind);
    QFETCH(QString, column);
    QFETCH(qint64, lowest);
    QFETCH(qint64, highest);
    const LogicalType type = typeOf(Kind(kind));
    const ValueSpec spec = specOf(type, hintFor(u"t"_s, column, type));
    Random random(1, u"t"_s, u"values");
    for (int i = 0; i < Samples; ++i) {
        const QVariant value = randomValue(spec, random);
        QCOMPARE(value.metaType(), QMetaType::fromType<qlonglong>());
        QVERIFY2(value.toLongLong() >= lowest && value.toLongLong() <= highest,
            qPrintable(value.toString()));
    }
    const qint64 capacity = std::min<qint64>(uniqueCapacity(spec), 1000);
    for (qint64 n = 1; n <= capacity; ++n) {
        const qint64 value = uniqueValue(spec, random, n).toLongLong();
        QVERIFY2(value >= lowest && value <= highest, qPrintable(QString::number(value)));
    }
}

void tst_ValueGenerator::textFitsLength_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("length");
    QTest::addColumn<QString>("column");
    for (int length : {1, 2, 3, 5, 12, 40, 255}) {
        for (const QString &column : {u"x"_s, u"email"_s, u"first_name"_s, u"user_name"_s,
                 u"title"_s, u"website"_s, u"phone"_s, u"description"_s, u"code"_s}) {
            QTest::addRow("varchar(%d) %s", length, qPrintable(column))
                << int(Kind::Varchar) << length << column;
            QTest::addRow("char(%d) %s", length, qPrintable(column))
                << int(Kind::Char) << length << column;
        }
    }
}

void tst_ValueGenerator::textFitsLength()
{
    QFETCH(int, kind);
    QFETCH(int, length);
    QFETCH(QString, column);
    const LogicalType type = typeOf(Kind(kind), length);
    const ValueSpec spec = specOf(type, hintFor(u"person"_s, column, type), length);
    Random random(3, u"person"_s, u"values");
    for (int i = 0; i < Samples; ++i) {
        const QString value = randomValue(spec, random).toString();
        QVERIFY2(value.size() <= length, qPrintable(value));
        QVERIFY2(!value.endsWith(u' '), qPrintable(value));
    }
    for (qint64 n = 1; n <= std::min<qint64>(uniqueCapacity(spec), Samples); ++n) {
        const QString value = uniqueValue(spec, random, n).toString();
        QVERIFY2(!value.isEmpty() && value.size() <= length, qPrintable(value));
    }
}

void tst_ValueGenerator::decimalsFitPrecisionAndScale_data()
{
    QTest::addColumn<int>("precision");
    QTest::addColumn<int>("scale");
    QTest::newRow("(10,2)") << 10 << 2;
    QTest::newRow("(3,1)") << 3 << 1;
    QTest::newRow("(5,0)") << 5 << 0;
    QTest::newRow("(4,4)") << 4 << 4;
    QTest::newRow("(30,10)") << 30 << 10;
}

void tst_ValueGenerator::decimalsFitPrecisionAndScale()
{
    QFETCH(int, precision);
    QFETCH(int, scale);
    const ValueSpec spec = specOf(typeOf(Kind::Decimal, -1, precision, scale));
    const QRegularExpression shape(
        u"^(\\d+)"_s + (scale > 0 ? u"\\.\\d{%1}$"_s.arg(scale) : u"$"_s));
    const auto fits = [&](const QString &value) {
        const QRegularExpressionMatch match = shape.match(value);
        return match.hasMatch()
            && (match.captured(1) == u"0" || match.captured(1).size() <= precision - scale);
    };
    Random random(5, u"t"_s, u"values");
    for (int i = 0; i < Samples; ++i) {
        const QString value = randomValue(spec, random).toString();
        QVERIFY2(fits(value), qPrintable(value));
    }
    const qint64 capacity = uniqueCapacity(spec);
    QSet<QString> seen;
    for (qint64 n = 1; n <= std::min<qint64>(capacity, Samples); ++n) {
        const QString value = uniqueValue(spec, random, n).toString();
        QVERIFY2(fits(value), qPrintable(value));
        QVERIFY2(!seen.contains(value), qPrintable(value));
        seen.insert(value);
    }
}

void tst_ValueGenerator::datesAndTimesAreValid()
{
    Random random(9, u"t"_s, u"values");
    const ValueSpec date = specOf(typeOf(Kind::Date));
    const ValueSpec birth
        = specOf(typeOf(Kind::Date), hintFor(u"t"_s, u"date_of_birth"_s, typeOf(Kind::Date)));
    QCOMPARE(int(birth.hint), int(Hint::Birth));
    const ValueSpec time = specOf(typeOf(Kind::Time));
    const ValueSpec dateTime = specOf(typeOf(Kind::DateTime));
    ValueSpec zoned = specOf(typeOf(Kind::TimestampTz));
    const auto dateTimeOf = [](const QString &text) {
        return QDateTime::fromString(text.left(19), u"yyyy-MM-dd HH:mm:ss"_s);
    };
    for (int i = 0; i < Samples; ++i) {
        QVERIFY(QDate::fromString(randomValue(date, random).toString(), Qt::ISODate).isValid());
        const QDate born = QDate::fromString(randomValue(birth, random).toString(), Qt::ISODate);
        QVERIFY(born.isValid() && born.year() >= 1900 && born < QDate::currentDate());
        QVERIFY(QTime::fromString(randomValue(time, random).toString(), Qt::ISODate).isValid());
        const QString plain = randomValue(dateTime, random).toString();
        QVERIFY2(plain.size() == 19 && dateTimeOf(plain).isValid(), qPrintable(plain));
        zoned.zoneInTimestamps = true;
        const QString withZone = randomValue(zoned, random).toString();
        QVERIFY2(
            withZone.endsWith(u"+00:00") && dateTimeOf(withZone).isValid(), qPrintable(withZone));
        zoned.zoneInTimestamps = false;
        QCOMPARE(randomValue(zoned, random).toString().size(), 19);
    }
    for (const ValueSpec &spec : {date, time, dateTime}) {
        QSet<QString> seen;
        for (qint64 n = 1; n <= 2000; ++n) {
            const QString value = uniqueValue(spec, random, n).toString();
            QVERIFY(spec.type.kind == Kind::Time
                    ? QTime::fromString(value, Qt::ISODate).isValid()
                    : QDate::fromString(value.left(10), Qt::ISODate).isValid());
            QVERIFY2(!seen.contains(value), qPrintable(value));
            seen.insert(value);
        }
    }
}

void tst_ValueGenerator::otherKinds()
{
    Random random(11, u"t"_s, u"values");
    LogicalType enumType = typeOf(Kind::Enum);
    enumType.original = u"ENUM('red','it''s','blue')"_s;
    const QStringList colours = enumValues(enumType.original);
    QCOMPARE(colours, (QStringList {u"red"_s, u"it's"_s, u"blue"_s}));
    ValueSpec enumSpec = specOf(enumType);
    enumSpec.enumValues = colours;
    QCOMPARE(uniqueCapacity(enumSpec), qint64(3));
    const ValueSpec binary = specOf(typeOf(Kind::Binary, 4), Hint::None, 4);
    for (int i = 0; i < Samples; ++i) {
        QVERIFY(colours.contains(randomValue(enumSpec, random).toString()));
        QCOMPARE(randomValue(specOf(typeOf(Kind::Boolean)), random).metaType(),
            QMetaType::fromType<bool>());
        const QUuid uuid(randomValue(specOf(typeOf(Kind::Uuid)), random).toString());
        QVERIFY(!uuid.isNull() && uuid.version() == QUuid::Random);
        const QJsonDocument json = QJsonDocument::fromJson(
            randomValue(specOf(typeOf(Kind::Json)), random).toString().toUtf8());
        QVERIFY(json.isObject());
        const QByteArray bytes = randomValue(binary, random).toByteArray();
        QVERIFY(bytes.size() >= 1 && bytes.size() <= 4);
    }
    QVERIFY(canGenerate(specOf(typeOf(Kind::Json))));
    QVERIFY(!canGenerate(specOf(typeOf(Kind::Other))));
    LogicalType inet = typeOf(Kind::Other);
    inet.original = u"inet"_s;
    QVERIFY(canGenerate(specOf(inet, hintFor(u"t"_s, u"address"_s, inet))));
    QVERIFY(nullOf(typeOf(Kind::Integer)).isNull());
    QCOMPARE(nullOf(typeOf(Kind::Integer)).metaType(), QMetaType::fromType<qlonglong>());
    QCOMPARE(nullOf(typeOf(Kind::Blob)).metaType(), QMetaType::fromType<QByteArray>());
}

void tst_ValueGenerator::uniqueValuesAreDistinct_data()
{
    QTest::addColumn<ValueSpec>("spec");
    QTest::newRow("boolean") << specOf(typeOf(Kind::Boolean));
    QTest::newRow("tinyint") << specOf(typeOf(Kind::TinyInt));
    QTest::newRow("varchar(1)") << specOf(typeOf(Kind::Varchar, 1), Hint::None, 1);
    QTest::newRow("varchar(2)") << specOf(typeOf(Kind::Varchar, 2), Hint::None, 2);
    QTest::newRow("varchar(5)") << specOf(typeOf(Kind::Varchar, 5), Hint::None, 5);
    QTest::newRow("email") << specOf(typeOf(Kind::Varchar, 255), Hint::Email, 255);
    QTest::newRow("short email") << specOf(typeOf(Kind::Varchar, 12), Hint::Email, 12);
    QTest::newRow("first name") << specOf(typeOf(Kind::Varchar, 30), Hint::FirstName, 30);
    QTest::newRow("decimal(3,1)") << specOf(typeOf(Kind::Decimal, -1, 3, 1));
    QTest::newRow("binary(1)") << specOf(typeOf(Kind::Binary, 1), Hint::None, 1);
    QTest::newRow("binary(16)") << specOf(typeOf(Kind::Binary, 16), Hint::None, 16);
    QTest::newRow("uuid") << specOf(typeOf(Kind::Uuid));
    LogicalType inet = typeOf(Kind::Other);
    inet.original = u"inet"_s;
    QTest::newRow("inet") << specOf(inet, Hint::Ip);
}

void tst_ValueGenerator::uniqueValuesAreDistinct()
{
    QFETCH(ValueSpec, spec);
    Random random(13, u"t"_s, u"values");
    const qint64 capacity = uniqueCapacity(spec);
    QVERIFY(capacity > 0);
    QSet<QString> seen; // case-folded, as a case-insensitive collation compares them
    for (qint64 n = 1; n <= std::min<qint64>(capacity, 3000); ++n) {
        const QVariant value = uniqueValue(spec, random, n);
        const QString key = value.metaType() == QMetaType::fromType<QByteArray>()
            ? QString::fromLatin1(value.toByteArray().toHex())
            : value.toString().toCaseFolded();
        QVERIFY2(!seen.contains(key), qPrintable(u"%1: %2"_s.arg(n).arg(key)));
        seen.insert(key);
        if (spec.type.isText() && spec.type.kind != Kind::Uuid)
            QVERIFY2(value.toString().size() <= spec.maxLength, qPrintable(key));
        if (spec.type.kind == Kind::Binary)
            QVERIFY(value.toByteArray().size() <= spec.maxLength);
    }
}

void tst_ValueGenerator::hintsFromColumnNames_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("column");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("hint");
    QTest::newRow("email") << u"user"_s << u"email"_s << int(Kind::Varchar) << int(Hint::Email);
    QTest::newRow("contact_email")
        << u"shop"_s << u"contact_email"_s << int(Kind::Varchar) << int(Hint::Email);
    QTest::newRow("first_name") << u"user"_s << u"first_name"_s << int(Kind::Varchar)
                                << int(Hint::FirstName);
    QTest::newRow("surname") << u"user"_s << u"surname"_s << int(Kind::Varchar)
                             << int(Hint::LastName);
    QTest::newRow("username") << u"user"_s << u"username"_s << int(Kind::Varchar)
                              << int(Hint::UserName);
    QTest::newRow("name of a person")
        << u"customer"_s << u"name"_s << int(Kind::Varchar) << int(Hint::PersonName);
    QTest::newRow("name of a thing")
        << u"product"_s << u"name"_s << int(Kind::Varchar) << int(Hint::Title);
    QTest::newRow("website") << u"shop"_s << u"website"_s << int(Kind::Varchar) << int(Hint::Url);
    QTest::newRow("phone") << u"shop"_s << u"phone"_s << int(Kind::Varchar) << int(Hint::Phone);
    QTest::newRow("description") << u"shop"_s << u"description"_s << int(Kind::Varchar)
                                 << int(Hint::Sentence);
    QTest::newRow("any text") << u"shop"_s << u"x"_s << int(Kind::Text) << int(Hint::Sentence);
    QTest::newRow("any varchar") << u"shop"_s << u"x"_s << int(Kind::Varchar) << int(Hint::None);
    QTest::newRow("email as integer")
        << u"user"_s << u"email"_s << int(Kind::Integer) << int(Hint::None);
    QTest::newRow("age") << u"user"_s << u"age"_s << int(Kind::SmallInt) << int(Hint::Age);
    QTest::newRow("year") << u"car"_s << u"year"_s << int(Kind::SmallInt) << int(Hint::Year);
    QTest::newRow("birth") << u"user"_s << u"birth_date"_s << int(Kind::Date) << int(Hint::Birth);
}

void tst_ValueGenerator::hintsFromColumnNames()
{
    QFETCH(QString, table);
    QFETCH(QString, column);
    QFETCH(int, kind);
    QFETCH(int, hint);
    QCOMPARE(int(hintFor(table, column, typeOf(Kind(kind), 255))), hint);
}

void tst_ValueGenerator::hintedText()
{
    Random random(17, u"t"_s, u"values");
    const LogicalType varchar = typeOf(Kind::Varchar, 255);
    const auto valueFor = [&](const QString &column) {
        return randomValue(specOf(varchar, hintFor(u"person"_s, column, varchar)), random)
            .toString();
    };
    const QRegularExpression email(u"^[a-z]+\\.[a-z]+@[a-z]+\\.[a-z]+$"_s);
    const QRegularExpression phone(u"^\\+[0-9 ]+$"_s);
    const QRegularExpression code(u"^[A-Z]+$"_s);
    for (int i = 0; i < 100; ++i) {
        const QString mail = valueFor(u"email"_s);
        QVERIFY2(email.match(mail).hasMatch(), qPrintable(mail));
        QVERIFY(valueFor(u"website"_s).startsWith(u"https://"));
        QVERIFY(phone.match(valueFor(u"phone"_s)).hasMatch());
        QVERIFY(code.match(valueFor(u"code"_s)).hasMatch());
        const QString name = valueFor(u"name"_s);
        QVERIFY2(name.count(u' ') == 1 && name.at(0).isUpper(), qPrintable(name));
        QVERIFY(!valueFor(u"first_name"_s).contains(u' '));
        const QString uniqueMail
            = uniqueValue(specOf(varchar, Hint::Email), random, i + 1).toString();
        QVERIFY2(uniqueMail.contains(u'@') && uniqueMail.contains(QString::number(i + 1)),
            qPrintable(uniqueMail));
    }
}

QTEST_GUILESS_MAIN(tst_ValueGenerator)
#include "tst_valuegenerator.moc"
