#include "testdatabases.h"
#include "testdesigns.h"

#include "database/connection.h"
#include "database/schemaapplier.h"
#include "database/schemaimporter.h"
#include "dialects/dialect.h"
#include "records/cloner.h"
#include "records/session.h"
#include "xml/designfile.h"
#include "xml/designreader.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

// The seed note's models end to end on every engine: records, relationships both ways,
// inheritance, changes in one transaction, refused deletes, faithful types, cloning.
class tst_Session : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void usersAndPosts_data() { TestDatabases::addEngineRows(); }
    void usersAndPosts();
    void keysetPaging_data() { TestDatabases::addEngineRows(); }
    void keysetPaging();
    void taskTree_data() { TestDatabases::addEngineRows(); }
    void taskTree();
    void manyToMany_data() { TestDatabases::addEngineRows(); }
    void manyToMany();
    void followers_data() { TestDatabases::addEngineRows(); }
    void followers();
    void joinedInheritance_data() { TestDatabases::addEngineRows(); }
    void joinedInheritance();
    void singleTableInheritance_data() { TestDatabases::addEngineRows(); }
    void singleTableInheritance();
    void inheritanceFromAnImportedDatabase_data() { TestDatabases::addEngineRows(); }
    void inheritanceFromAnImportedDatabase();
    void oneToOne_data() { TestDatabases::addEngineRows(); }
    void oneToOne();
    void refusedDelete_data() { TestDatabases::addEngineRows(); }
    void refusedDelete();
    void failedFlushChangesNothing_data() { TestDatabases::addEngineRows(); }
    void failedFlushChangesNothing();
    void typesReadBackFaithfully_data() { TestDatabases::addEngineRows(); }
    void typesReadBackFaithfully();
    void clone_data() { TestDatabases::addEngineRows(); }
    void clone();
    void deepClone_data() { TestDatabases::addEngineRows(); }
    void deepClone();
};

namespace {

Record record(const QString &table, const QList<std::pair<QString, QVariant>> &values)
{
    Record r(table, {});
    for (const auto &[column, value] : values)
        r.setValue(column, value);
    return r;
}

QStringList names(const QList<Record> &records, const QString &column = u"name"_s)
{
    QStringList result;
    for (const Record &r : records)
        result << r.value(column).toString();
    return result;
}

} // namespace

void tst_Session::initTestCase()
{
    const QString missing = TestDatabases::missingServers();
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
}

void tst_Session::usersAndPosts()
{
    QFETCH(QString, engine);
    auto connection = prepareDatabase(engine, u"tst_session_posts"_s, seedModels());
    Session session(*connection, seedModels());
    const Session::Pending ada = session.add(record(u"user"_s, {{u"name"_s, u"ada"_s}}));
    const Session::Pending bob = session.add(record(u"user"_s, {{u"name"_s, u"bob"_s}}));
    const ForeignKey *postUser = session.foreignKey(u"post"_s, {u"user_id"_s});
    QVERIFY(postUser);
    for (const QString &body : {u"first"_s, u"second"_s}) {
        const Session::Pending post = session.add(record(u"post"_s, {{u"body"_s, body}}));
        session.refer(post, *postUser, ada);
    }
    QVERIFY2(session.flush(), qPrintable(session.lastError()));

    const Record adaRecord = session.added(ada);
    QVERIFY(adaRecord.value(u"id"_s).toLongLong() > 0);
    const std::optional<Record> loaded = session.get(u"user"_s, {adaRecord.value(u"id"_s)});
    QVERIFY(loaded);
    QCOMPARE(loaded->value(u"name"_s).toString(), u"ada"_s);
    QCOMPARE(loaded->value(u"is_active"_s), QVariant(true)); // the design's default
    QVERIFY(loaded->value(u"email"_s).isNull());

    // A user's posts, and a post's user.
    const QList<Record> posts = session.children(*loaded, *postUser);
    QCOMPARE(names(posts, u"body"_s), (QStringList {u"first"_s, u"second"_s}));
    const std::optional<Record> author = session.parent(posts.first(), *postUser);
    QVERIFY(author);
    QCOMPARE(author->value(u"name"_s).toString(), u"ada"_s);
    QVERIFY(session.children(session.added(bob), *postUser).isEmpty());
    QCOMPARE(session.count(u"post"_s), 2);

    // Updating and deleting (the posts go with their user: ON DELETE CASCADE).
    Record renamed = *loaded;
    renamed.setValue(u"email"_s, u"ada@example.org"_s);
    session.update(renamed);
    QVERIFY2(session.flush(), qPrintable(session.lastError()));
    QCOMPARE(session.get(u"user"_s, {adaRecord.value(u"id"_s)})->value(u"email"_s).toString(),
        u"ada@example.org"_s);
    session.remove(renamed);
    QVERIFY2(session.flush(), qPrintable(session.lastError()));
    QVERIFY(!session.get(u"user"_s, {adaRecord.value(u"id"_s)}));
    QCOMPARE(session.count(u"post"_s), 0);
}

void tst_Session::keysetPaging()
{
    QFETCH(QString, engine);
    auto connection = prepareDatabase(engine, u"tst_session_paging"_s, seedModels());
    Session session(*connection, seedModels());
    for (int i = 0; i < 25; ++i)
        session.add(record(u"category"_s,
            {{u"id"_s, u"c%1"_s.arg(i, 2, 10, QChar(u'0'))},
                {u"name"_s, u"Category %1"_s.arg(i)}}));
    QVERIFY2(session.flush(), qPrintable(session.lastError()));
    QStringList seen;
    QVariantList after;
    QList<int> sizes;
    for (;;) {
        const QList<Record> page = session.page(u"category"_s, 10, after);
        if (page.isEmpty())
            break;
        sizes << int(page.size());
        seen << names(page, u"id"_s);
        after = session.keyOf(page.last());
    }
    QCOMPARE(sizes, (QList<int> {10, 10, 5}));
    QCOMPARE(seen.size(), 25);
    QStringList sorted = seen;
    sorted.sort();
    QCOMPARE(seen, sorted);
}

void tst_Session::taskTree()
{
    QFETCH(QString, engine);
    auto connection = prepareDatabase(engine, u"tst_session_tasks"_s, seedModels());
    Session session(*connection, seedModels());
    const ForeignKey *parentKey = session.foreignKey(u"task"_s, {u"parent_id"_s});
    QVERIFY(parentKey);
    const auto task = [&](const QString &id) {
        return session.add(
            record(u"task"_s, {{u"id"_s, id}, {u"title"_s, QString(u"Task "_s + id)}}));
    };
    const auto root = task(u"01ROOT"_s);
    const auto a = task(u"02A"_s);
    const auto b = task(u"03B"_s);
    const auto a1 = task(u"04A1"_s);
    session.refer(a, *parentKey, root);
    session.refer(b, *parentKey, root);
    session.refer(a1, *parentKey, a);
    QVERIFY2(session.flush(), qPrintable(session.lastError()));

    const Record rootRecord = *session.get(u"task"_s, {u"01ROOT"_s});
    QVERIFY(rootRecord.value(u"parent_id"_s).isNull());
    QCOMPARE(names(session.children(rootRecord, *parentKey), u"id"_s),
        (QStringList {u"02A"_s, u"03B"_s}));
    QCOMPARE(names(session.subtree(rootRecord, *parentKey), u"id"_s),
        (QStringList {u"02A"_s, u"03B"_s, u"04A1"_s}));
    const Record leaf = *session.get(u"task"_s, {u"04A1"_s});
    QCOMPARE(session.parent(leaf, *parentKey)->value(u"id"_s).toString(), u"02A"_s);
    QVERIFY(!session.parent(rootRecord, *parentKey));
}

void tst_Session::manyToMany()
{
    QFETCH(QString, engine);
    auto connection = prepareDatabase(engine, u"tst_session_m2m"_s, seedModels());
    Session session(*connection, seedModels());
    session.add(record(u"category"_s, {{u"id"_s, u"db"_s}, {u"name"_s, u"Databases"_s}}));
    session.add(record(u"category"_s, {{u"id"_s, u"qt"_s}, {u"name"_s, u"Qt"_s}}));
    const auto content = session.add(record(u"content"_s, {{u"title"_s, u"Schemata"_s}}));
    QVERIFY2(session.flush(), qPrintable(session.lastError()));
    const Record schemata = session.added(content);
    const Record db = *session.get(u"category"_s, {u"db"_s});
    const Record qt = *session.get(u"category"_s, {u"qt"_s});
    const std::optional<Relationship> m2m = session.manyToMany(u"content_category"_s);
    QVERIFY(m2m);
    QCOMPARE(m2m->kind, Relationship::Kind::ManyToMany);
    session.link(schemata, db, *m2m);
    session.link(schemata, qt, *m2m);
    QVERIFY2(session.flush(), qPrintable(session.lastError()));

    QCOMPARE(names(session.partners(schemata, *m2m), u"id"_s), (QStringList {u"db"_s, u"qt"_s}));
    QCOMPARE(names(session.partners(qt, *m2m, true), u"title"_s), QStringList {u"Schemata"_s});

    session.unlink(schemata, db, *m2m);
    QVERIFY2(session.flush(), qPrintable(session.lastError()));
    QCOMPARE(names(session.partners(schemata, *m2m), u"id"_s), QStringList {u"qt"_s});
    // Linking the same pair twice is refused by the association table's key.
    session.link(schemata, qt, *m2m);
    QVERIFY(!session.flush());
    QVERIFY(session.lastError().endsWith(u"Nothing was changed."_s));
}

void tst_Session::followers()
{
    QFETCH(QString, engine);
    auto connection = prepareDatabase(engine, u"tst_session_followers"_s, seedModels());
    Session session(*connection, seedModels());
    for (const QString &name : {u"ann"_s, u"ben"_s, u"cid"_s})
        session.add(record(u"user"_s, {{u"name"_s, name}}));
    QVERIFY2(session.flush(), qPrintable(session.lastError()));
    const QList<Record> users = session.page(u"user"_s, 10);
    QCOMPARE(names(users), (QStringList {u"ann"_s, u"ben"_s, u"cid"_s}));
    const std::optional<Relationship> follows = session.manyToMany(u"followers"_s);
    QVERIFY(follows);
    QCOMPARE(follows->kind, Relationship::Kind::SelfManyToMany);
    // ann follows ben and cid; ben follows cid.
    session.link(users.at(0), users.at(1), *follows);
    session.link(users.at(0), users.at(2), *follows);
    session.link(users.at(1), users.at(2), *follows);
    QVERIFY2(session.flush(), qPrintable(session.lastError()));
    QCOMPARE(names(session.partners(users.at(0), *follows)), (QStringList {u"ben"_s, u"cid"_s}));
    QCOMPARE(
        names(session.partners(users.at(2), *follows, true)), (QStringList {u"ann"_s, u"ben"_s}));
    QVERIFY(session.partners(users.at(2), *follows).isEmpty());
}

void tst_Session::joinedInheritance()
{
    QFETCH(QString, engine);
    auto connection = prepareDatabase(engine, u"tst_session_joined"_s, seedModels());
    Session session(*connection, seedModels());
    session.add(record(u"employee"_s, {{u"name"_s, u"Eve"_s}}));
    const auto engineer = session.add(
        record(u"engineer"_s, {{u"name"_s, u"Grace"_s}, {u"engineer_name"_s, u"compilers"_s}}));
    session.add(record(u"manager"_s, {{u"name"_s, u"Mary"_s}, {u"manager_name"_s, u"R&D"_s}}));
    QVERIFY2(session.flush(), qPrintable(session.lastError()));

    // One record with the employee's columns and its own; the discriminator set.
    const QVariantList key = session.keyOf(session.added(engineer));
    const std::optional<Record> grace = session.get(u"engineer"_s, key);
    QVERIFY(grace);
    QCOMPARE(grace->columns(), (QStringList {u"id"_s, u"name"_s, u"type"_s, u"engineer_name"_s}));
    QCOMPARE(grace->value(u"type"_s).toString(), u"engineer"_s);
    QCOMPARE(grace->value(u"engineer_name"_s).toString(), u"compilers"_s);

    // Loading from the base table gives each row as its most specific type.
    const std::optional<Record> polymorphic = session.get(u"employee"_s, key);
    QVERIFY(polymorphic);
    QCOMPARE(polymorphic->table(), u"engineer"_s);
    QStringList types;
    for (const Record &r : session.page(u"employee"_s, 10))
        types << r.table() + u':' + r.value(u"name"_s).toString();
    QCOMPARE(types, (QStringList {u"employee:Eve"_s, u"engineer:Grace"_s, u"manager:Mary"_s}));
    QCOMPARE(session.count(u"employee"_s), 3);
    QCOMPARE(session.count(u"manager"_s), 1);

    // Deleting an engineer deletes the employee row too.
    session.remove(*grace);
    QVERIFY2(session.flush(), qPrintable(session.lastError()));
    QCOMPARE(session.count(u"employee"_s), 2);
    QCOMPARE(session.count(u"engineer"_s), 0);
}

void tst_Session::singleTableInheritance()
{
    QFETCH(QString, engine);
    auto connection = prepareDatabase(engine, u"tst_session_single"_s, seedModels());
    Session session(*connection, seedModels());
    session.add(record(u"staff"_s, {{u"name"_s, u"Sam"_s}}));
    const auto manager = session.add(
        record(u"staff_manager"_s, {{u"name"_s, u"Meg"_s}, {u"manager_data"_s, u"budget"_s}}));
    session.add(
        record(u"staff_engineer"_s, {{u"name"_s, u"Ed"_s}, {u"engineer_info"_s, u"rust"_s}}));
    QVERIFY2(session.flush(), qPrintable(session.lastError()));

    const Record meg = session.added(manager);
    QCOMPARE(meg.value(u"type"_s).toString(), u"manager"_s);
    QCOMPARE(session.get(u"staff"_s, session.keyOf(meg))->table(), u"staff_manager"_s);
    QCOMPARE(session.count(u"staff"_s), 3);
    QCOMPARE(session.count(u"staff_engineer"_s), 1);
    QCOMPARE(names(session.page(u"staff_manager"_s, 10)), QStringList {u"Meg"_s});
    QVERIFY(!session.get(u"staff_engineer"_s, session.keyOf(meg))); // not an engineer
    QStringList types;
    for (const Record &r : session.page(u"staff"_s, 10))
        types << r.table();
    QCOMPARE(types, (QStringList {u"staff"_s, u"staff_manager"_s, u"staff_engineer"_s}));
}

// Read back from the database, the design has no inheritance extension: a child whose key
// references its parent's is still loaded as one record, and polymorphically.
void tst_Session::inheritanceFromAnImportedDatabase()
{
    QFETCH(QString, engine);
    auto connection = prepareDatabase(engine, u"tst_session_imported"_s, seedModels());
    {
        Session session(*connection, seedModels());
        session.add(record(u"manager"_s, {{u"name"_s, u"Mo"_s}, {u"manager_name"_s, u"ops"_s}}));
        QVERIFY2(session.flush(), qPrintable(session.lastError()));
    }
    QString error;
    const std::optional<Schema> imported = SchemaImporter(*connection).import(&error);
    QVERIFY2(imported, qPrintable(error));
    Session session(*connection, *imported);
    const QList<Record> employees = session.page(u"employee"_s, 10);
    QCOMPARE(employees.size(), 1);
    QCOMPARE(employees.first().table(), u"manager"_s);
    QCOMPARE(employees.first().value(u"manager_name"_s).toString(), u"ops"_s);
}

void tst_Session::oneToOne()
{
    QFETCH(QString, engine);
    const Schema design = designFrom(
        "<table x=\"0\" y=\"0\" name=\"person\">"
        "<row name=\"id\" null=\"0\" autoincrement=\"1\"><datatype>INTEGER</datatype></row>"
        "<row name=\"name\" null=\"0\" autoincrement=\"0\"><datatype>VARCHAR(40)</datatype></row>"
        "<key type=\"PRIMARY\" name=\"\"><part>id</part></key></table>"
        "<table x=\"0\" y=\"0\" name=\"passport\">"
        "<row name=\"number\" null=\"0\" autoincrement=\"0\"><datatype>CHAR(9)</datatype></row>"
        "<row name=\"person_id\" null=\"0\" autoincrement=\"0\"><datatype>INTEGER</datatype>"
        "<relation table=\"person\" row=\"id\" /></row>"
        "<key type=\"PRIMARY\" name=\"\"><part>number</part></key>"
        "<key type=\"UNIQUE\" name=\"\"><part>person_id</part></key></table>");
    auto connection = prepareDatabase(engine, u"tst_session_onetoone"_s, design);
    Session session(*connection, design);
    const ForeignKey *holder = session.foreignKey(u"passport"_s, {u"person_id"_s});
    QVERIFY(holder);
    const auto ann = session.add(record(u"person"_s, {{u"name"_s, u"Ann"_s}}));
    session.refer(
        session.add(record(u"passport"_s, {{u"number"_s, u"X12345678"_s}})), *holder, ann);
    QVERIFY2(session.flush(), qPrintable(session.lastError()));
    const Record passport = *session.get(u"passport"_s, {u"X12345678"_s});
    QCOMPARE(session.parent(passport, *holder)->value(u"name"_s).toString(), u"Ann"_s);
    QCOMPARE(names(session.children(session.added(ann), *holder), u"number"_s),
        QStringList {u"X12345678"_s});
    // A second passport for Ann is refused by the unique key, and nothing is written.
    session.add(record(u"passport"_s,
        {{u"number"_s, u"Y00000000"_s}, {u"person_id"_s, session.added(ann).value(u"id"_s)}}));
    QVERIFY(!session.flush());
    QCOMPARE(session.count(u"passport"_s), 1);
}

void tst_Session::refusedDelete()
{
    QFETCH(QString, engine);
    const Schema library = designFrom(
        "<table x=\"0\" y=\"0\" name=\"author\">"
        "<row name=\"id\" null=\"0\" autoincrement=\"1\"><datatype>INTEGER</datatype></row>"
        "<row name=\"name\" null=\"0\" autoincrement=\"0\"><datatype>VARCHAR(40)</datatype></row>"
        "<key type=\"PRIMARY\" name=\"\"><part>id</part></key></table>"
        "<table x=\"0\" y=\"0\" name=\"book\">"
        "<row name=\"id\" null=\"0\" autoincrement=\"1\"><datatype>INTEGER</datatype></row>"
        "<row name=\"author_id\" null=\"0\" autoincrement=\"0\"><datatype>INTEGER</datatype>"
        "<relation table=\"author\" row=\"id\" /></row>"
        "<key type=\"PRIMARY\" name=\"\"><part>id</part></key></table>");
    auto connection = prepareDatabase(engine, u"tst_session_refused"_s, library);
    Session session(*connection, library);
    const auto author = session.add(record(u"author"_s, {{u"name"_s, u"Ursula"_s}}));
    const ForeignKey *bookAuthor = session.foreignKey(u"book"_s, {u"author_id"_s});
    for (int i = 0; i < 2; ++i)
        session.refer(session.add(record(u"book"_s, {})), *bookAuthor, author);
    QVERIFY2(session.flush(), qPrintable(session.lastError()));

    const Record ursula = session.added(author);
    const QList<std::pair<QString, qint64>> blocking = session.blockingDependents(ursula);
    QCOMPARE(blocking, (QList<std::pair<QString, qint64>> {{u"book"_s, 2}}));
    session.remove(ursula);
    QVERIFY(!session.flush());
    QVERIFY2(session.lastError().contains(u"book (2)"_s), qPrintable(session.lastError()));
    QVERIFY(session.get(u"author"_s, session.keyOf(ursula)));
}

void tst_Session::failedFlushChangesNothing()
{
    QFETCH(QString, engine);
    auto connection = prepareDatabase(engine, u"tst_session_rollback"_s, seedModels());
    Session session(*connection, seedModels());
    session.add(record(u"user"_s, {{u"name"_s, u"kept out"_s}}));
    session.add(record(u"post"_s, {{u"body"_s, u"orphan"_s}, {u"user_id"_s, 424242}}));
    QVERIFY(!session.flush());
    QVERIFY(session.lastError().endsWith(u"Nothing was changed."_s));
    QCOMPARE(session.count(u"user"_s), 0);
    QCOMPARE(session.count(u"post"_s), 0);
    QVERIFY(!session.hasPendingChanges());
}

void tst_Session::typesReadBackFaithfully()
{
    QFETCH(QString, engine);
    const Schema design = designFrom(
        "<table x=\"0\" y=\"0\" name=\"sample\">"
        "<row name=\"id\" null=\"0\" autoincrement=\"0\"><datatype>BIGINT</datatype></row>"
        "<row name=\"amount\" null=\"1\" "
        "autoincrement=\"0\"><datatype>DECIMAL(20,6)</datatype></row>"
        "<row name=\"flag\" null=\"1\" autoincrement=\"0\"><datatype>BOOLEAN</datatype></row>"
        "<row name=\"day\" null=\"1\" autoincrement=\"0\"><datatype>DATE</datatype></row>"
        "<row name=\"at\" null=\"1\" autoincrement=\"0\"><datatype>TIME</datatype></row>"
        "<row name=\"stamp\" null=\"1\" autoincrement=\"0\"><datatype>DATETIME</datatype></row>"
        "<row name=\"bytes\" null=\"1\" autoincrement=\"0\"><datatype>BLOB</datatype></row>"
        "<row name=\"label\" null=\"1\" autoincrement=\"0\"><datatype>VARCHAR(20)</datatype></row>"
        "<key type=\"PRIMARY\" name=\"\"><part>id</part></key></table>");
    auto connection = prepareDatabase(engine, u"tst_session_types"_s, design);
    Session session(*connection, design);
    const QByteArray bytes("\0\x01\xff\x80zero", 8);
    const QDateTime stamp(QDate(2024, 2, 29), QTime(13, 45, 10));
    // SQLite has no exact decimal type: a NUMERIC keeps 15 significant digits (README).
    const QString amount = engine == u"sqlite" ? u"123456789.123456"_s : u"12345678901234.123456"_s;
    session.add(record(u"sample"_s,
        {{u"id"_s, std::numeric_limits<qint64>::max()}, {u"amount"_s, amount}, {u"flag"_s, true},
            {u"day"_s, QDate(2024, 2, 29)}, {u"at"_s, QTime(23, 59, 58)}, {u"stamp"_s, stamp},
            {u"bytes"_s, bytes}, {u"label"_s, QString(u""_s)}}));
    session.add(
        record(u"sample"_s, {{u"id"_s, std::numeric_limits<qint64>::min()}, {u"flag"_s, false}}));
    QVERIFY2(session.flush(), qPrintable(session.lastError()));

    const Record full = *session.get(u"sample"_s, {std::numeric_limits<qint64>::max()});
    QCOMPARE(full.value(u"id"_s).toLongLong(), std::numeric_limits<qint64>::max());
    QCOMPARE(full.value(u"amount"_s).toString(), amount);
    QCOMPARE(full.value(u"flag"_s), QVariant(true));
    QCOMPARE(full.value(u"day"_s).toDate(), QDate(2024, 2, 29));
    QCOMPARE(full.value(u"at"_s).toTime(), QTime(23, 59, 58));
    QCOMPARE(full.value(u"stamp"_s).toDateTime().date(), stamp.date());
    QCOMPARE(full.value(u"stamp"_s).toDateTime().time(), stamp.time());
    QCOMPARE(full.value(u"bytes"_s).toByteArray(), bytes);
    QVERIFY(!full.value(u"label"_s).isNull()); // empty text is not NULL
    QCOMPARE(full.value(u"label"_s).toString(), QString());

    const Record sparse = *session.get(u"sample"_s, {std::numeric_limits<qint64>::min()});
    QCOMPARE(sparse.value(u"id"_s).toLongLong(), std::numeric_limits<qint64>::min());
    QCOMPARE(sparse.value(u"flag"_s), QVariant(false));
    QVERIFY(sparse.value(u"label"_s).isNull());
    QVERIFY(sparse.value(u"amount"_s).isNull());
    QVERIFY(sparse.value(u"bytes"_s).isNull());
}

void tst_Session::clone()
{
    QFETCH(QString, engine);
    auto connection = prepareDatabase(engine, u"tst_session_clone"_s, seedModels());
    Session session(*connection, seedModels());
    const auto ada = session.add(record(u"user"_s, {{u"name"_s, u"ada"_s}, {u"score"_s, 2.5}}));
    session.add(record(u"task"_s, {{u"id"_s, u"T1"_s}, {u"title"_s, u"Write"_s}}));
    QVERIFY2(session.flush(), qPrintable(session.lastError()));
    const QVariantList adaKey = session.keyOf(session.added(ada));

    Cloner cloner(session);
    // The name is unique: the copy needs a new one.
    QVERIFY(!cloner.clone(u"user"_s, adaKey, {}));
    QVERIFY2(cloner.error().contains(u"name"_s) && cloner.error().contains(u"--set"_s),
        qPrintable(cloner.error()));
    QCOMPARE(session.count(u"user"_s), 1);

    CloneOptions options;
    options.overrides.insert(u"name"_s, u"ada 2"_s);
    const std::optional<QVariantList> copyKey = cloner.clone(u"user"_s, adaKey, options);
    QVERIFY2(copyKey, qPrintable(cloner.error()));
    QVERIFY(*copyKey != adaKey);
    const Record copy = *session.get(u"user"_s, *copyKey);
    QCOMPARE(copy.value(u"name"_s).toString(), u"ada 2"_s);
    QCOMPARE(copy.value(u"score"_s).toDouble(), 2.5);
    QCOMPARE(session.get(u"user"_s, adaKey)->value(u"name"_s).toString(), u"ada"_s);

    // A key the database does not generate is a unique column like any other.
    QVERIFY(!cloner.clone(u"task"_s, {u"T1"_s}, {}));
    QVERIFY2(cloner.error().contains(u"id"_s), qPrintable(cloner.error()));
    CloneOptions newId;
    newId.overrides.insert(u"id"_s, u"T2"_s);
    QCOMPARE(cloner.clone(u"task"_s, {u"T1"_s}, newId), (QVariantList {u"T2"_s}));

    // An engineer is copied with its employee row.
    const auto grace = session.add(
        record(u"engineer"_s, {{u"name"_s, u"Grace"_s}, {u"engineer_name"_s, u"cobol"_s}}));
    QVERIFY2(session.flush(), qPrintable(session.lastError()));
    const std::optional<QVariantList> graceCopy
        = cloner.clone(u"engineer"_s, session.keyOf(session.added(grace)), {});
    QVERIFY2(graceCopy, qPrintable(cloner.error()));
    const Record engineerCopy = *session.get(u"employee"_s, *graceCopy);
    QCOMPARE(engineerCopy.table(), u"engineer"_s);
    QCOMPARE(engineerCopy.value(u"engineer_name"_s).toString(), u"cobol"_s);
    QCOMPARE(session.count(u"engineer"_s), 2);
}

void tst_Session::deepClone()
{
    QFETCH(QString, engine);
    auto connection = prepareDatabase(engine, u"tst_session_deep"_s, seedModels());
    Session session(*connection, seedModels());
    const ForeignKey *postUser = session.foreignKey(u"post"_s, {u"user_id"_s});
    const ForeignKey *taskParent = session.foreignKey(u"task"_s, {u"parent_id"_s});
    const auto ada = session.add(record(u"user"_s, {{u"name"_s, u"ada"_s}}));
    const auto bob = session.add(record(u"user"_s, {{u"name"_s, u"bob"_s}}));
    for (int i = 0; i < 3; ++i)
        session.refer(
            session.add(record(u"post"_s, {{u"body"_s, u"post %1"_s.arg(i)}})), *postUser, ada);
    QVERIFY2(session.flush(), qPrintable(session.lastError()));
    const Record adaRecord = session.added(ada);
    const std::optional<Relationship> follows = session.manyToMany(u"followers"_s);
    session.link(session.added(bob), adaRecord, *follows); // bob follows ada
    QVERIFY2(session.flush(), qPrintable(session.lastError()));

    Cloner cloner(session);
    CloneOptions options;
    options.deep = true;
    options.overrides.insert(u"name"_s, u"ada copy"_s);
    const std::optional<QVariantList> copyKey
        = cloner.clone(u"user"_s, session.keyOf(adaRecord), options);
    QVERIFY2(copyKey, qPrintable(cloner.error()));
    const Record copy = *session.get(u"user"_s, *copyKey);
    QCOMPARE(names(session.children(copy, *postUser), u"body"_s),
        (QStringList {u"post 0"_s, u"post 1"_s, u"post 2"_s}));
    QCOMPARE(names(session.partners(copy, *follows, true)), QStringList {u"bob"_s});
    QCOMPARE(session.count(u"post"_s), 6); // the original's are untouched
    QCOMPARE(session.children(adaRecord, *postUser).size(), 3);

    // A task tree: its ids are not generated, so the subtree cannot be copied as it is...
    const auto root = session.add(record(u"task"_s, {{u"id"_s, u"R"_s}, {u"title"_s, u"r"_s}}));
    session.refer(session.add(record(u"task"_s, {{u"id"_s, u"C"_s}, {u"title"_s, u"c"_s}})),
        *taskParent, root);
    QVERIFY2(session.flush(), qPrintable(session.lastError()));
    CloneOptions tree;
    tree.deep = true;
    tree.overrides.insert(u"id"_s, u"R2"_s);
    QVERIFY(!cloner.clone(u"task"_s, {u"R"_s}, tree));
    QVERIFY2(cloner.error().contains(u"task"_s) && cloner.error().contains(u"id"_s),
        qPrintable(cloner.error()));
    QCOMPARE(session.count(u"task"_s), 2); // nothing written
    // ...but to depth 0 it is the root alone.
    tree.depth = 0;
    QVERIFY2(cloner.clone(u"task"_s, {u"R"_s}, tree), qPrintable(cloner.error()));
    QCOMPARE(session.count(u"task"_s), 3);
}

QTEST_GUILESS_MAIN(tst_Session)
#include "tst_session.moc"
