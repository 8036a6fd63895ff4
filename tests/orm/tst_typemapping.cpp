#include "dialects/dialect.h"
#include "sql/typemapping.h"

#include "schema/column.h"
#include "schema/datatypecatalogue.h"
#include "xml/datatypecataloguereader.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using Kind = LogicalType::Kind;

Q_DECLARE_METATYPE(LogicalType::Kind)

// The type mapping table: what design types mean, and what each engine gets.
class tst_TypeMapping : public QObject
{
    Q_OBJECT

private slots:
    void fromDesign_data();
    void fromDesign();
    void toDdl_data();
    void toDdl();
    void everyCatalogueTypeIsMapped_data();
    void everyCatalogueTypeIsMapped();
    void databaseTypesReadBack_data();
    void databaseTypesReadBack();
    void designSpellingIsInTheCatalogue_data();
    void designSpellingIsInTheCatalogue();
    void readmeTableIsTheMapping_data();
    void readmeTableIsTheMapping();
};

void tst_TypeMapping::fromDesign_data()
{
    QTest::addColumn<QString>("datatype");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<int>("length");
    QTest::addColumn<int>("precision");
    QTest::addColumn<int>("scale");
    QTest::addColumn<bool>("isUnsigned");

    QTest::newRow("mysql int unsigned")
        << u"INT(10) UNSIGNED"_s << Kind::Integer << -1 << -1 << -1 << true;
    QTest::newRow("mysql tinyint(1) is boolean")
        << u"TINYINT(1)"_s << Kind::Boolean << -1 << -1 << -1 << false;
    QTest::newRow("mysql tinyint(4)")
        << u"TINYINT(4)"_s << Kind::TinyInt << -1 << -1 << -1 << false;
    QTest::newRow("varchar") << u"VARCHAR(255)"_s << Kind::Varchar << 255 << -1 << -1 << false;
    QTest::newRow("pg character varying")
        << u"character varying(50)"_s << Kind::Varchar << 50 << -1 << -1 << false;
    QTest::newRow("decimal(10,2)")
        << u"DECIMAL(10, 2)"_s << Kind::Decimal << -1 << 10 << 2 << false;
    QTest::newRow("numeric") << u"numeric"_s << Kind::Decimal << -1 << -1 << -1 << false;
    QTest::newRow("double precision")
        << u"DOUBLE PRECISION"_s << Kind::Double << -1 << -1 << -1 << false;
    QTest::newRow("float(53) is double")
        << u"FLOAT(53)"_s << Kind::Double << -1 << -1 << -1 << false;
    QTest::newRow("pg timestamp with tz")
        << u"timestamp(3) with time zone"_s << Kind::TimestampTz << -1 << -1 << -1 << false;
    QTest::newRow("pg timestamp without tz")
        << u"timestamp without time zone"_s << Kind::DateTime << -1 << -1 << -1 << false;
    QTest::newRow("sqlalchemy String")
        << u"sa.String"_s << Kind::Varchar << -1 << -1 << -1 << false;
    QTest::newRow("oracle nvarchar2")
        << u"NVARCHAR2(20)"_s << Kind::Varchar << 20 << -1 << -1 << false;
    QTest::newRow("mssql varchar(max)")
        << u"varchar(max)"_s << Kind::Text << -1 << -1 << -1 << false;
    QTest::newRow("mssql money") << u"money"_s << Kind::Decimal << -1 << 19 << 4 << false;
    QTest::newRow("bit is boolean") << u"bit"_s << Kind::Boolean << -1 << -1 << -1 << false;
    QTest::newRow("bytea") << u"BYTEA"_s << Kind::Blob << -1 << -1 << -1 << false;
    QTest::newRow("web2py upload") << u"upload"_s << Kind::Varchar << -1 << -1 << -1 << false;
    QTest::newRow("mysql enum") << u"ENUM('a','b,c')"_s << Kind::Enum << -1 << -1 << -1 << false;
    QTest::newRow("unknown kept") << u"GEOMETRY"_s << Kind::Other << -1 << -1 << -1 << false;
    QTest::newRow("no type is blob (SQLite)") << QString() << Kind::Blob << -1 << -1 << -1 << false;
}

void tst_TypeMapping::fromDesign()
{
    QFETCH(QString, datatype);
    QFETCH(Kind, kind);
    QFETCH(int, length);
    QFETCH(int, precision);
    QFETCH(int, scale);
    QFETCH(bool, isUnsigned);
    const LogicalType type = TypeMapping::fromDesign(datatype);
    QCOMPARE(type.kind, kind);
    QCOMPARE(type.length, length);
    QCOMPARE(type.precision, precision);
    QCOMPARE(type.scale, scale);
    QCOMPARE(type.isUnsigned, isUnsigned);
}

void tst_TypeMapping::toDdl_data()
{
    QTest::addColumn<QString>("datatype");
    QTest::addColumn<QString>("sqlite");
    QTest::addColumn<QString>("postgresql");
    QTest::addColumn<QString>("mysql");

    QTest::newRow("boolean") << u"TINYINT(1)"_s << u"BOOLEAN"_s << u"BOOLEAN"_s << u"BOOLEAN"_s;
    QTest::newRow("tinyint") << u"TINYINT"_s << u"TINYINT"_s << u"SMALLINT"_s << u"TINYINT"_s;
    QTest::newRow("int unsigned") << u"INT(11) UNSIGNED"_s << u"INTEGER"_s << u"INTEGER"_s
                                  << u"INT UNSIGNED"_s;
    QTest::newRow("serial") << u"SERIAL"_s << u"INTEGER"_s << u"INTEGER"_s << u"INT"_s;
    QTest::newRow("bigint") << u"BIGINT"_s << u"BIGINT"_s << u"BIGINT"_s << u"BIGINT"_s;
    QTest::newRow("decimal") << u"DECIMAL(10,2)"_s << u"NUMERIC(10,2)"_s << u"NUMERIC(10,2)"_s
                             << u"DECIMAL(10,2)"_s;
    QTest::newRow("float") << u"FLOAT"_s << u"REAL"_s << u"REAL"_s << u"FLOAT"_s;
    QTest::newRow("double") << u"DOUBLE"_s << u"DOUBLE"_s << u"DOUBLE PRECISION"_s << u"DOUBLE"_s;
    QTest::newRow("varchar") << u"VARCHAR(64)"_s << u"VARCHAR(64)"_s << u"VARCHAR(64)"_s
                             << u"VARCHAR(64)"_s;
    QTest::newRow("varchar without length")
        << u"sa.String"_s << u"VARCHAR"_s << u"VARCHAR"_s << u"VARCHAR(255)"_s;
    QTest::newRow("text") << u"MEDIUMTEXT"_s << u"TEXT"_s << u"TEXT"_s << u"LONGTEXT"_s;
    QTest::newRow("blob") << u"BLOB"_s << u"BLOB"_s << u"BYTEA"_s << u"LONGBLOB"_s;
    QTest::newRow("datetime") << u"DATETIME"_s << u"DATETIME"_s << u"TIMESTAMP"_s << u"DATETIME"_s;
    QTest::newRow("timestamptz") << u"TIMESTAMP WITH TIME ZONE"_s << u"TIMESTAMPTZ"_s
                                 << u"TIMESTAMP WITH TIME ZONE"_s << u"TIMESTAMP"_s;
    QTest::newRow("json") << u"JSON"_s << u"JSON"_s << u"JSONB"_s << u"JSON"_s;
    QTest::newRow("enum") << u"ENUM('a','b')"_s << u"TEXT"_s << u"TEXT"_s << u"ENUM('a','b')"_s;
    QTest::newRow("other verbatim") << u"INET"_s << u"INET"_s << u"INET"_s << u"INET"_s;
}

void tst_TypeMapping::toDdl()
{
    QFETCH(QString, datatype);
    QFETCH(QString, sqlite);
    QFETCH(QString, postgresql);
    QFETCH(QString, mysql);
    const LogicalType type = TypeMapping::fromDesign(datatype);
    QCOMPARE(Dialect::forEngine(SqlEngine::Sqlite).columnType(type), sqlite);
    QCOMPARE(Dialect::forEngine(SqlEngine::Postgres).columnType(type), postgresql);
    QCOMPARE(Dialect::forEngine(SqlEngine::Mysql).columnType(type), mysql);
}

// Every type of every catalogue of WWW SQL Designer means something to Schemata, except the
// few that have no counterpart (kept verbatim, listed here).
void tst_TypeMapping::everyCatalogueTypeIsMapped_data()
{
    QTest::addColumn<QString>("catalogue");
    QTest::addColumn<QString>("sql");
    const QSet<QString> unmapped
        = {u"INTERVAL"_s, u"XML"_s, u"BIT"_s, u"VARBIT"_s, u"INET"_s, u"CIDR"_s, u"GEOMETRY"_s,
            u"MULTISET"_s, u"LIST"_s, u"sql_variant"_s, u"sa.Interval"_s, u"BIT VARYING"_s};
    for (const QString &name : DatatypeCatalogueReader::bundledNames()) {
        const DatatypeCatalogue catalogue = DatatypeCatalogueReader::bundled(name);
        for (const Datatype &type : catalogue.types()) {
            if (!unmapped.contains(type.sql))
                QTest::addRow("%s %s", qPrintable(name), qPrintable(type.sql)) << name << type.sql;
        }
    }
}

void tst_TypeMapping::everyCatalogueTypeIsMapped()
{
    QFETCH(QString, sql);
    QVERIFY2(TypeMapping::fromDesign(sql).kind != Kind::Other, qPrintable(sql));
}

// What each engine reports for the types Schemata creates reads back as the same type.
void tst_TypeMapping::databaseTypesReadBack_data()
{
    QTest::addColumn<int>("engine");
    QTest::addColumn<QString>("reported");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<int>("length");

    const int pg = int(SqlEngine::Postgres), my = int(SqlEngine::Mysql),
              lite = int(SqlEngine::Sqlite);
    QTest::newRow("pg integer") << pg << u"integer"_s << Kind::Integer << -1;
    QTest::newRow("pg varchar") << pg << u"character varying(64)"_s << Kind::Varchar << 64;
    QTest::newRow("pg bpchar") << pg << u"character(2)"_s << Kind::Char << 2;
    QTest::newRow("pg timestamp") << pg << u"timestamp without time zone"_s << Kind::DateTime << -1;
    QTest::newRow("pg double") << pg << u"double precision"_s << Kind::Double << -1;
    QTest::newRow("pg jsonb") << pg << u"jsonb"_s << Kind::Json << -1;
    QTest::newRow("mysql int(11)") << my << u"int(11)"_s << Kind::Integer << -1;
    QTest::newRow("mysql tinyint(1)") << my << u"tinyint(1)"_s << Kind::Boolean << -1;
    QTest::newRow("mysql longtext") << my << u"longtext"_s << Kind::Text << -1;
    QTest::newRow("mysql timestamp has a zone") << my << u"timestamp"_s << Kind::TimestampTz << -1;
    QTest::newRow("mysql varbinary") << my << u"varbinary(16)"_s << Kind::Binary << 16;
    QTest::newRow("sqlite declared") << lite << u"VARCHAR(64)"_s << Kind::Varchar << 64;
    QTest::newRow("sqlite timestamptz") << lite << u"TIMESTAMPTZ"_s << Kind::TimestampTz << -1;
}

void tst_TypeMapping::databaseTypesReadBack()
{
    QFETCH(QString, reported);
    QFETCH(int, engine);
    QFETCH(Kind, kind);
    QFETCH(int, length);
    const LogicalType type = Dialect::forEngine(SqlEngine(engine)).typeFromCatalogue(reported);
    QCOMPARE(type.kind, kind);
    QCOMPARE(type.length, length);
}

// An imported design spells its types so that its own catalogue knows them (the designer
// would otherwise replace an unknown type by its first one), and they mean the same again.
void tst_TypeMapping::designSpellingIsInTheCatalogue_data()
{
    QTest::addColumn<int>("engine");
    QTest::addColumn<int>("kind");
    const QSet<Kind> notInCatalogue
        = {Kind::Uuid, Kind::Json, Kind::TimestampTz, Kind::Other, Kind::Enum};
    for (SqlEngine engine : {SqlEngine::Sqlite, SqlEngine::Postgres, SqlEngine::Mysql}) {
        for (int k = 0; k <= int(Kind::Other); ++k) {
            if (notInCatalogue.contains(Kind(k)) && engine != SqlEngine::Postgres)
                continue;
            if (Kind(k) == Kind::Other || Kind(k) == Kind::Uuid || Kind(k) == Kind::Enum)
                continue;
            QTest::addRow(
                "%s %s", qPrintable(sqlEngineName(engine)), qPrintable(logicalKindName(Kind(k))))
                << int(engine) << k;
        }
    }
}

void tst_TypeMapping::designSpellingIsInTheCatalogue()
{
    QFETCH(int, engine);
    QFETCH(int, kind);
    LogicalType type;
    type.kind = Kind(kind);
    if (type.kind == Kind::Char || type.kind == Kind::Varchar || type.kind == Kind::Binary)
        type.length = 20;
    const QString spelled = Dialect::forEngine(SqlEngine(engine)).designType(type);
    const DatatypeCatalogue catalogue
        = DatatypeCatalogueReader::bundled(Dialect::forEngine(SqlEngine(engine)).designCatalogue());
    QVERIFY2(catalogue.resolve(Column::typeNameOf(spelled)) >= 0, qPrintable(spelled));
    const LogicalType back = TypeMapping::fromDesign(spelled);
    const bool pgHasNoTinyInt
        = SqlEngine(engine) == SqlEngine::Postgres && type.kind == Kind::TinyInt;
    const bool pgHasNoBoundedBinary
        = SqlEngine(engine) == SqlEngine::Postgres && type.kind == Kind::Binary;
    if (pgHasNoTinyInt || pgHasNoBoundedBinary)
        return;
    QCOMPARE(logicalKindName(back.kind), logicalKindName(type.kind));
}

// The README's type-mapping table is what the code does: each row's first example, with a
// length or precision where the row shows one, gives the row's three DDL types.
void tst_TypeMapping::readmeTableIsTheMapping_data()
{
    QTest::addColumn<QString>("datatype");
    QTest::addColumn<QStringList>("expected");

    QFile readme(QStringLiteral(SCHEMATA_TESTS "/../README.md"));
    QVERIFY(readme.open(QIODevice::ReadOnly | QIODevice::Text));
    const QStringList lines = QString::fromUtf8(readme.readAll()).split(u'\n');
    const qsizetype header = lines.indexOf(
        u"| logical type | read from (examples) | SQLite | PostgreSQL | MariaDB |"_s);
    QVERIFY(header >= 0);
    int rows = 0;
    for (qsizetype i = header + 2; i < lines.size() && lines.at(i).startsWith(u'|'); ++i) {
        QStringList cells = lines.at(i).split(u'|');
        cells = cells.mid(1, cells.size() - 2);
        for (QString &cell : cells)
            cell = cell.trimmed();
        QString example = cells.at(1).section(u", "_s, 0, 0).trimmed();
        QStringList expected = cells.mid(2);
        for (QString &e : expected) {
            e = e.section(u", "_s, 0, 0).trimmed(); // "VARCHAR(n), VARCHAR(255) without n"
            if (e == u"as written")
                e = example;
        }
        if (expected.join(u' ').contains(u"(p,s)"_s)) {
            example += u"(10,2)"_s;
            expected.replaceInStrings(u"(p,s)"_s, u"(10,2)"_s);
        } else if (expected.join(u' ').contains(u"(n)"_s)) {
            example += u"(20)"_s;
            expected.replaceInStrings(u"(n)"_s, u"(20)"_s);
        }
        QTest::addRow("%s", qPrintable(cells.at(0))) << example << expected;
        ++rows;
    }
    QCOMPARE(rows, 21);
}

void tst_TypeMapping::readmeTableIsTheMapping()
{
    QFETCH(QString, datatype);
    QFETCH(QStringList, expected);
    const LogicalType type = TypeMapping::fromDesign(datatype);
    QCOMPARE((QStringList {Dialect::forEngine(SqlEngine::Sqlite).columnType(type),
                 Dialect::forEngine(SqlEngine::Postgres).columnType(type),
                 Dialect::forEngine(SqlEngine::Mysql).columnType(type)}),
        expected);
}

QTEST_GUILESS_MAIN(tst_TypeMapping)
#include "tst_typemapping.moc"
