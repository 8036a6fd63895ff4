#include "corpusdatabases.h"
#include "testdatabases.h"

#include "database/connection.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace CorpusDatabases {

namespace {

const QString Corpus = QStringLiteral(SCHEMATA_TESTS "/corpus");
// Debian's interpreter, which has python3-sqlalchemy (a python3 earlier on PATH may not).
const QString Python = u"/usr/bin/python3"_s;

// The statements of a corpus SQL file: each ends with a semicolon at the end of a line. With
// `rows` false, the INSERTs are left out.
QStringList statements(const QString &path, bool rows, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QStringList result;
    const QString text = QString::fromUtf8(file.readAll());
    static const QRegularExpression end(u";[ \\t]*$"_s, QRegularExpression::MultilineOption);
    qsizetype from = 0;
    for (QRegularExpressionMatchIterator it = end.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        QString statement = text.mid(from, m.capturedStart() - from);
        from = m.capturedEnd();
        // Drop whole-line comments, then blank statements.
        QStringList lines = statement.split(u'\n');
        lines.removeIf([](const QString &l) { return l.trimmed().startsWith(u"--"_s); });
        statement = lines.join(u'\n').trimmed();
        if (statement.isEmpty() || (!rows && statement.startsWith(u"INSERT"_s)))
            continue;
        result << statement;
    }
    return result;
}

// An SQLAlchemy URL for one of the test databases' addresses.
QString sqlalchemyUrl(const QString &engine, const QString &address)
{
    if (engine == u"sqlite"_s)
        return u"sqlite:///"_s + address;
    if (engine == u"postgresql"_s)
        return QString(address).replace(u"postgresql://"_s, u"postgresql+psycopg2://"_s);
    return QString(address).replace(u"mysql://"_s, u"mysql+pymysql://"_s);
}

} // namespace

QStringList names(const QString &engine)
{
    QStringList corpora {u"sqlalchemy"_s, u"shapes"_s};
    if (engine == u"sqlite"_s)
        corpora << u"chinook_style"_s;
    return corpora;
}

int tableCount(const QString &engine, const QString &corpus)
{
    if (corpus == u"sqlalchemy"_s)
        return 11;
    if (corpus == u"chinook_style"_s)
        return 9;
    return engine == u"sqlite"_s ? 13 : 8;
}

QString missingTools()
{
    QProcess python;
    python.start(Python, {u"-c"_s, u"import sqlalchemy"_s});
    if (python.waitForFinished(60000) && python.exitStatus() == QProcess::NormalExit
        && python.exitCode() == 0)
        return {};
    return u"%1 with SQLAlchemy is missing (scripts/test installs python3-sqlalchemy)"_s.arg(
        Python);
}

QString make(
    const QString &engine, const QString &corpus, const QString &name, bool rows, QString *error)
{
    const QString address = TestDatabases::freshDatabase(engine, name, error);
    if (address.isEmpty())
        return {};
    if (corpus == u"sqlalchemy"_s) {
        QProcess python;
        QStringList arguments {Corpus + u"/seed_models_sqlalchemy.py"_s};
        if (!rows)
            arguments << u"--empty"_s;
        python.start(Python, arguments << sqlalchemyUrl(engine, address));
        if (!python.waitForFinished(120000) || python.exitCode() != 0) {
            *error = u"seed_models_sqlalchemy.py failed: "_s
                + QString::fromUtf8(python.readAllStandardError());
            return {};
        }
        return address;
    }
    const QStringList sql
        = statements(Corpus + u'/' + engine + u'/' + corpus + u".sql"_s, rows, error);
    if (sql.isEmpty())
        return {};
    Connection connection;
    std::optional<DatabaseAddress> parsed = DatabaseAddress::parse(address, error);
    if (!parsed || !connection.open(*parsed, Connection::Mode::CreateIfMissing, error))
        return {};
    for (const QString &statement : sql) {
        QSqlQuery query(connection.database());
        if (!query.exec(statement)) {
            *error = statement + u": "_s + query.lastError().text();
            return {};
        }
    }
    return address;
}

} // namespace CorpusDatabases
