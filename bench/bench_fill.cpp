// Fills the example design (resources/examples/seed-models.xml) in a new SQLite file with
// 1,000 users and 1,000,000 posts (the other tables 100 rows each) and reports the time, then
// follows 1,000 random users to their posts through the foreign-key index and reports the
// median and 99th percentile of one lookup: whole rows, and the keys alone (which the index
// holds). A lookup costs about one table-row read per post found.
//   bench_fill [POSTS=1000000] [USERS=1000] [LOOKUPS=1000]
// Targets (issue 4): the fill under 10 s, a lookup under 1 ms.

#include "database/connection.h"
#include "database/schemaapplier.h"
#include "records/datagenerator.h"
#include "records/session.h"
#include "xml/designfile.h"
#include "xml/designreader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    const qint64 posts = args.value(0, QStringLiteral("1000000")).toLongLong();
    const qint64 users = args.value(1, QStringLiteral("1000")).toLongLong();
    const int lookups = std::max(1, args.value(2, QStringLiteral("1000")).toInt());

    DesignReader reader;
    const QString design = QStringLiteral(SCHEMATA_RESOURCES "/examples/seed-models.xml");
    if (!DesignFile::load(design, &reader)) {
        fprintf(stderr, "%s does not load\n", qPrintable(design));
        return 1;
    }
    QTemporaryDir dir;
    DatabaseAddress address;
    address.path = dir.filePath(QStringLiteral("bench-fill.sqlite"));
    Connection connection;
    QString error;
    if (!connection.open(address, Connection::Mode::CreateIfMissing, &error)) {
        fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const ApplyResult applied = SchemaApplier(connection).apply(reader.schema());
    if (!applied.ok) {
        fprintf(stderr, "apply failed: %s\n", qPrintable(applied.error));
        return 1;
    }

    DataGenerator generator(connection, reader.schema());
    generator.setRows(QStringLiteral("user"), users);
    generator.setRows(QStringLiteral("post"), posts);
    QElapsedTimer timer;
    timer.start();
    if (!generator.fill(&error)) {
        fprintf(stderr, "fill failed: %s\n", qPrintable(error));
        return 1;
    }
    const double fillSeconds = timer.nsecsElapsed() / 1e9;
    qint64 rows = 0;
    for (qint64 n : generator.inserted())
        rows += n;
    printf("fill: %lld posts, %lld users, %lld rows in all: %.2f s (%.0f rows/s)\n",
        static_cast<long long>(posts), static_cast<long long>(users), static_cast<long long>(rows),
        fillSeconds, rows / fillSeconds);

    // A user's posts, through ix_post_user_id: the whole rows, and the keys alone (which the
    // index holds, so no table row is read).
    const auto follow = [&](const char *what, const QString &sql) {
        QSqlQuery query(connection.database());
        query.setForwardOnly(true);
        if (!query.prepare(sql)) {
            fprintf(stderr, "prepare failed: %s\n", qPrintable(sql));
            return false;
        }
        QRandomGenerator random(42);
        QList<double> times;
        qint64 fetched = 0;
        for (int i = 0; i < lookups; ++i) {
            const qint64 user = 1 + qint64(random.bounded(quint64(users)));
            QElapsedTimer one;
            one.start();
            query.addBindValue(user);
            if (!query.exec()) {
                fprintf(stderr, "lookup failed: %s\n", qPrintable(sql));
                return false;
            }
            const int columns = query.record().count();
            while (query.next()) {
                for (int c = 0; c < columns; ++c)
                    query.value(c);
                ++fetched;
            }
            times << one.nsecsElapsed() / 1e6;
        }
        std::sort(times.begin(), times.end());
        printf("%s of a user (%d lookups, %.0f posts each): median %.3f ms, p99 %.3f ms\n", what,
            lookups, double(fetched) / lookups, times.at(times.size() / 2),
            times.at(std::min<qsizetype>(times.size() - 1, qsizetype(times.size() * 0.99))));
        return true;
    };
    QSqlQuery plan(connection.database());
    if (plan.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT \"body\" FROM \"post\" WHERE "
                                 "\"user_id\" = 1"))
        && plan.next())
        printf("plan: %s\n", qPrintable(plan.value(3).toString()));
    const bool ok = follow("posts",
                        QStringLiteral("SELECT \"id\", \"body\", \"user_id\" FROM \"post\" "
                                       "WHERE \"user_id\" = ?"))
        && follow("post keys", QStringLiteral("SELECT \"id\" FROM \"post\" WHERE \"user_id\" = ?"));
    if (!ok)
        return 1;

    // The same through the ORM: Session::children(user, post.user_id), records and all.
    Session session(connection, reader.schema());
    const ForeignKey *postUser
        = session.foreignKey(QStringLiteral("post"), {QStringLiteral("user_id")});
    QRandomGenerator random(42);
    QList<double> times;
    qint64 fetched = 0;
    for (int i = 0; i < lookups; ++i) {
        Record user(QStringLiteral("user"), {QStringLiteral("id")},
            {QVariant(1 + qint64(random.bounded(quint64(users))))});
        QElapsedTimer one;
        one.start();
        fetched += session.children(user, *postUser).size();
        times << one.nsecsElapsed() / 1e6;
    }
    std::sort(times.begin(), times.end());
    printf("Session::children, a user's posts as records (%.0f each): median %.3f ms, "
           "p99 %.3f ms\n",
        double(fetched) / lookups, times.at(times.size() / 2),
        times.at(std::min<qsizetype>(times.size() - 1, qsizetype(times.size() * 0.99))));
    return 0;
}
