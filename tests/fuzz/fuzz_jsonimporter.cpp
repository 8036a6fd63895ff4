// The JSON importer (orm/export/jsonimporter) on any bytes, as `schemata import-json` and File >
// Import get them, into an SQLite database in memory with a small fixed schema: every column
// type, a cycle of two tables, a self-reference and a table without a key. Never a crash,
// undefined behaviour or a hang; a refused input names why and leaves no row behind; an
// accepted one inserted exactly the rows it reports.

#include "fuzzsupport.h"

#include "database/connection.h"
#include "database/schemaapplier.h"
#include "dialects/dialect.h"
#include "export/jsonimporter.h"
#include "xml/designreader.h"

#include <QBuffer>
#include <QSqlError>
#include <QSqlQuery>

#include <cstddef>
#include <cstdint>

namespace {

const char Design[] = R"(<?xml version="1.0" encoding="utf-8" ?>
<sql>
<table x="0" y="0" name="item">
<row name="id" null="0" autoincrement="0"><datatype>BIGINT</datatype></row>
<row name="flag" null="1" autoincrement="0"><datatype>BOOLEAN</datatype></row>
<row name="n" null="1" autoincrement="0"><datatype>INTEGER</datatype></row>
<row name="small" null="1" autoincrement="0"><datatype>SMALLINT</datatype></row>
<row name="price" null="1" autoincrement="0"><datatype>DECIMAL(12,2)</datatype></row>
<row name="ratio" null="1" autoincrement="0"><datatype>DOUBLE</datatype></row>
<row name="code" null="1" autoincrement="0"><datatype>CHAR(3)</datatype></row>
<row name="label" null="0" autoincrement="0"><datatype>VARCHAR(20)</datatype><default>'none'</default></row>
<row name="notes" null="1" autoincrement="0"><datatype>TEXT</datatype></row>
<row name="picture" null="1" autoincrement="0"><datatype>BLOB</datatype></row>
<row name="day" null="1" autoincrement="0"><datatype>DATE</datatype></row>
<row name="at" null="1" autoincrement="0"><datatype>TIME</datatype></row>
<row name="created" null="1" autoincrement="0"><datatype>DATETIME</datatype></row>
<row name="stamped" null="1" autoincrement="0"><datatype>TIMESTAMP WITH TIME ZONE</datatype></row>
<row name="uid" null="1" autoincrement="0"><datatype>UUID</datatype></row>
<key type="PRIMARY" name=""><part>id</part></key>
<key type="UNIQUE" name=""><part>code</part></key>
</table>
<table x="0" y="0" name="a">
<row name="id" null="0" autoincrement="0"><datatype>INTEGER</datatype></row>
<row name="b_id" null="1" autoincrement="0"><datatype>INTEGER</datatype><relation table="b" row="id" /></row>
<key type="PRIMARY" name=""><part>id</part></key>
</table>
<table x="0" y="0" name="b">
<row name="id" null="0" autoincrement="0"><datatype>INTEGER</datatype></row>
<row name="a_id" null="1" autoincrement="0"><datatype>INTEGER</datatype><relation table="a" row="id" /></row>
<key type="PRIMARY" name=""><part>id</part></key>
</table>
<table x="0" y="0" name="node">
<row name="id" null="0" autoincrement="1"><datatype>INTEGER</datatype></row>
<row name="parent_id" null="1" autoincrement="0"><datatype>INTEGER</datatype><relation table="node" row="id" /></row>
<row name="item_id" null="1" autoincrement="0"><datatype>BIGINT</datatype><relation table="item" row="id" /></row>
<key type="PRIMARY" name=""><part>id</part></key>
</table>
<table x="0" y="0" name="log">
<row name="n" null="1" autoincrement="0"><datatype>INTEGER</datatype></row>
<row name="note" null="1" autoincrement="0"><datatype>VARCHAR(20)</datatype></row>
</table>
</sql>
)";

struct Database
{
    Schema schema;
    Connection connection;
};

// Never destroyed, like the application (fuzzsupport.h): Qt's SQL globals go first at exit.
Database &database()
{
    static Database *const db = [] {
        auto *made = new Database;
        DesignReader reader;
        if (!reader.read(QByteArray(Design)))
            fuzz::fail("the fixed design does not load", reader.errorString().toUtf8());
        made->schema = reader.takeSchema();
        DatabaseAddress address;
        address.path = QStringLiteral(":memory:");
        QString error;
        if (!made->connection.open(address, Connection::Mode::CreateIfMissing, &error))
            fuzz::fail("no SQLite database in memory", error.toUtf8());
        const ApplyResult applied = SchemaApplier(made->connection).apply(made->schema);
        if (!applied.ok)
            fuzz::fail("the fixed design does not apply", applied.error.toUtf8());
        return made;
    }();
    return *db;
}

void exec(QSqlQuery &query, const QString &sql)
{
    if (!query.exec(sql))
        fuzz::fail("a statement of the harness failed", query.lastError().text().toUtf8());
}

qint64 rowCount(Database &db)
{
    QSqlQuery query(db.connection.database());
    qint64 rows = 0;
    for (const Table &table : db.schema.tables()) {
        exec(query,
            QStringLiteral("SELECT COUNT(*) FROM ")
                + db.connection.dialect().quoteIdentifier(table.name));
        if (!query.next())
            fuzz::fail("COUNT(*) gave no row");
        rows += query.value(0).toLongLong();
    }
    return rows;
}

// Empties every table for the next input (the cycle's rows refer to each other, hence the
// foreign keys off meanwhile; the setting cannot change inside a transaction, and none is open).
void clear(Database &db)
{
    QSqlQuery query(db.connection.database());
    exec(query, QStringLiteral("PRAGMA foreign_keys = OFF"));
    for (const Table &table : db.schema.tables())
        exec(query,
            QStringLiteral("DELETE FROM ") + db.connection.dialect().quoteIdentifier(table.name));
    exec(query, QStringLiteral("PRAGMA foreign_keys = ON"));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::initialize();
    database();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    Database &db = database();
    QBuffer input;
    input.setData(reinterpret_cast<const char *>(data), qsizetype(size));
    input.open(QIODevice::ReadOnly);
    JsonImporter importer(db.connection, db.schema);
    QString error;
    const bool imported = importer.read(&input, &error);
    const qint64 rows = rowCount(db);
    if (!imported) {
        if (error.isEmpty())
            fuzz::fail("refused without an error message");
        if (rows != 0)
            fuzz::fail("a refused import left rows behind", error.toUtf8());
        return 0;
    }
    qint64 reported = 0;
    for (const auto &[table, count] : importer.imported())
        reported += count;
    if (rows != reported)
        fuzz::fail("the rows inserted are not the rows reported");
    clear(db);
    return 0;
}
