// Makes a big SQLite database for the data browser's benchmarks: the example design
// (resources/examples/seed-models.xml) applied with SchemaApplier and filled with 100 rows a
// table, plus a table `item` with ROWS rows: unicode titles, text that is sometimes NULL,
// empty or long, decimals, doubles, date-times and BLOBs (NULL, empty, small, a few of some
// KiB). The same ROWS give the same file. Prepared inserts, 100,000 rows a transaction.
//   makebigdb OUT.sqlite [ROWS=1000000]   (up to 10,000,000 and beyond)
// OUT.sqlite is replaced.

#include "database/connection.h"
#include "database/schemaapplier.h"
#include "records/datagenerator.h"
#include "xml/designfile.h"
#include "xml/designreader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// A fixed sequence of numbers (splitmix64), so the same ROWS give the same rows.
class Numbers
{
public:
    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return int(next() % quint64(n)); }

private:
    quint64 m_state = 1;
};

void addItemTable(Schema &schema)
{
    Table &item = schema.addTable(QStringLiteral("item"), QPointF(900, 40));
    Column &id = schema.addColumn(item, QStringLiteral("id"), QStringLiteral("INTEGER"));
    id.setNullable(false);
    id.autoIncrement = true;
    schema.addColumn(item, QStringLiteral("title"), QStringLiteral("VARCHAR(255)"))
        .setNullable(false);
    schema.addColumn(item, QStringLiteral("body"), QStringLiteral("TEXT"));
    schema.addColumn(item, QStringLiteral("amount"), QStringLiteral("DECIMAL(12,2)"));
    schema.addColumn(item, QStringLiteral("ratio"), QStringLiteral("DOUBLE"));
    schema.addColumn(item, QStringLiteral("created"), QStringLiteral("DATETIME"));
    schema.addColumn(item, QStringLiteral("payload"), QStringLiteral("BLOB"));
    schema.addKey(item, Key::Primary, {item.columns.first().id});
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.isEmpty()) {
        fprintf(stderr, "usage: makebigdb OUT.sqlite [ROWS=1000000]\n");
        return 1;
    }
    const QString path = args.at(0);
    const qint64 rows = args.value(1, QStringLiteral("1000000")).toLongLong();

    DesignReader reader;
    const QString design = QStringLiteral(SCHEMATA_RESOURCES "/examples/seed-models.xml");
    if (!DesignFile::load(design, &reader)) {
        fprintf(stderr, "%s does not load\n", qPrintable(design));
        return 1;
    }
    Schema schema = reader.schema();
    QStringList seedTables;
    for (const Table &t : schema.tables()) {
        if (t.inheritance.kind != Inheritance::Kind::Single) // rows of their root's table
            seedTables << t.name;
    }
    addItemTable(schema);

    QFile::remove(path);
    DatabaseAddress address;
    address.path = path;
    Connection connection;
    QString error;
    if (!connection.open(address, Connection::Mode::CreateIfMissing, &error)) {
        fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    const ApplyResult applied = SchemaApplier(connection).apply(schema);
    if (!applied.ok) {
        fprintf(stderr, "apply failed: %s\n", qPrintable(applied.error));
        return 1;
    }
    DataGenerator generator(connection, schema);
    generator.setTables(seedTables);
    if (!generator.fill(&error)) {
        fprintf(stderr, "fill failed: %s\n", qPrintable(error));
        return 1;
    }

    QSqlDatabase db = connection.database();
    QSqlQuery sql(db);
    // A file made from scratch: nothing to recover if this stops half way.
    sql.exec(QStringLiteral("PRAGMA journal_mode = OFF"));
    sql.exec(QStringLiteral("PRAGMA synchronous = OFF"));
    sql.exec(QStringLiteral("PRAGMA cache_size = -65536"));
    if (!sql.prepare(QStringLiteral("INSERT INTO item (id, title, body, amount, ratio, created, "
                                    "payload) VALUES (?, ?, ?, ?, ?, ?, ?)"))) {
        fprintf(stderr, "%s\n", qPrintable(sql.lastError().text()));
        return 1;
    }
    const QStringList words
        = {QStringLiteral("Straße"), QStringLiteral("café"), QStringLiteral("naïve"),
            QStringLiteral("日本語"), QStringLiteral("Ελλάδα"), QStringLiteral("😀"),
            QStringLiteral("alpha"), QStringLiteral("beta"), QStringLiteral("gamma"),
            QStringLiteral("delta"), QStringLiteral("Zoë"), QStringLiteral("smörgåsbord")};
    const QVariant nullText(QMetaType(QMetaType::QString));
    const QVariant nullDouble(QMetaType(QMetaType::Double));
    const QVariant nullBlob(QMetaType(QMetaType::QByteArray));
    const QDateTime start(QDate(2020, 1, 1), QTime(0, 0));
    const QString longText = QString(1500, u'x');
    Numbers numbers;
    QByteArray bytes(4096, '\0');
    for (char &b : bytes)
        b = char(numbers.next());
    // Formatting a date-time per row would take longer than inserting it.
    QStringList times;
    for (int i = 0; i < 65536; ++i)
        times << start.addSecs(qint64(numbers.below(5 * 365 * 86400)))
                     .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));

    db.transaction();
    for (qint64 id = 1; id <= rows; ++id) {
        const int kind = numbers.below(100);
        sql.addBindValue(id);
        const QString number = QString::number(id);
        sql.addBindValue(QString(words.at(numbers.below(int(words.size()))) + u' ' + number + u' '
            + words.at(numbers.below(int(words.size())))));
        sql.addBindValue(kind < 10 ? nullText
                : kind < 15        ? QVariant(QString(u""_s))
                : kind < 16        ? QVariant(longText)
                                   : QVariant(QString(u"Body of item "_s + number + u", "_s
                                       + words.at(kind % words.size()))));
        // SQLite keeps a DECIMAL as a REAL: the same value as the text with two decimals.
        sql.addBindValue(double(numbers.below(10000000)) / 100);
        sql.addBindValue(
            kind % 7 == 0 ? nullDouble : QVariant(double(numbers.next() % 1000003) / 7));
        sql.addBindValue(times.at(numbers.below(int(times.size()))));
        const int size = kind < 20 ? -1 : kind < 22 ? 0 : kind < 99 ? 16 + kind : 1024 + 30 * kind;
        sql.addBindValue(size < 0 ? nullBlob : QVariant(bytes.left(size)));
        if (!sql.exec()) {
            fprintf(stderr, "%s\n", qPrintable(sql.lastError().text()));
            return 1;
        }
        if (id % 100000 == 0) {
            db.commit();
            db.transaction();
        }
    }
    db.commit();
    const double seconds = timer.nsecsElapsed() / 1e9;
    printf("%s: %lld rows in item, the seed models 100 rows a table: %.1f s (%.0f rows/s), "
           "%.0f MB\n",
        qPrintable(path), static_cast<long long>(rows), seconds, rows / seconds,
        QFile(path).size() / 1e6);
    return 0;
}
