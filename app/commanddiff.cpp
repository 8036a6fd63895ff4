// `schemata diff` and `schemata describe`: what turns one schema into another, and a design as
// text, for people, scripts and git.
#include "commandline.h"

#include "database/connection.h"
#include "database/databaseaddress.h"
#include "database/schemaimporter.h"
#include "dialects/dialect.h"
#include "diff/alembicwriter.h"
#include "diff/designdescription.h"
#include "diff/migrationplan.h"
#include "diff/migrator.h"
#include "diff/schemadiff.h"
#include "xml/designfile.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFileInfo>
#include <QSaveFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace {

// One side of a diff: the schema, and for a database the engine it runs on.
struct DiffSide
{
    QString text; // as given
    std::optional<Schema> schema;
    std::optional<SqlEngine> engine; // set for a database
    bool foldTableNames = false;
    QList<SqliteObject> sqliteObjects; // an SQLite database's indexes, triggers and views
};

QJsonObject changeObject(const SchemaChange &change)
{
    QJsonObject o {{QStringLiteral("kind"), SchemaChange::kindCode(change.kind)},
        {QStringLiteral("risk"), SchemaChange::riskCode(change.risk)},
        {QStringLiteral("description"), change.describe()}};
    const std::pair<const char *, const QString *> members[] {{"table", &change.table},
        {"column", &change.column}, {"oldTable", &change.oldTable},
        {"oldColumn", &change.oldColumn}, {"object", &change.object}, {"before", &change.before},
        {"after", &change.after}};
    for (const auto &[name, value] : members) {
        if (!value->isEmpty())
            o.insert(QLatin1StringView(name), *value);
    }
    return o;
}

void printJson(const SchemaDiffResult &result, QTextStream &out)
{
    QJsonArray changes;
    for (const SchemaChange &change : result.changes)
        changes.append(changeObject(change));
    const QJsonObject o {{QStringLiteral("same"), result.isEmpty()},
        {QStringLiteral("changes"), changes},
        {QStringLiteral("unmanaged"), QJsonArray::fromStringList(result.unmanaged)},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(result.warnings)}};
    out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << u'\n';
}

// A line per change, "[risk] description"; the tables left alone and the warnings; a last line
// that counts the changes by risk, or says there are none.
void printSummary(const SchemaDiffResult &result, QTextStream &out)
{
    QMap<SchemaChange::Risk, int> counts;
    for (const SchemaChange &change : result.changes) {
        out << u'[' << SchemaChange::riskCode(change.risk) << QStringLiteral("] ")
            << change.describe() << u'\n';
        ++counts[change.risk];
    }
    if (!result.unmanaged.isEmpty())
        out << CommandLine::tr("left alone: %1").arg(result.unmanaged.join(QStringLiteral(", ")))
            << u'\n';
    for (const QString &warning : result.warnings)
        out << CommandLine::tr("warning: %1").arg(warning) << u'\n';
    if (result.isEmpty()) {
        out << CommandLine::tr("No differences.") << u'\n';
        return;
    }
    QStringList byRisk;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        byRisk << CommandLine::tr("%1 %2").arg(it.value()).arg(SchemaChange::riskCode(it.key()));
    out << CommandLine::tr("changes: %1 (%2)")
               .arg(result.changes.size())
               .arg(byRisk.join(QStringLiteral(", ")))
        << u'\n';
}

// A design file of git's, as written: /dev/null is an empty design (a file added or
// deleted). Says in `out` why one cannot be read, since git shows nothing else.
std::optional<Schema> gitSide(const QString &path, QTextStream &out)
{
    if (path == u"/dev/null")
        return Schema();
    DesignReader reader;
    if (DesignFile::load(path, &reader))
        return reader.schema();
    out << CommandLine::tr("error: %1").arg(DesignFile::describeError(path, reader)) << u'\n';
    return std::nullopt;
}

// git's external diff driver: PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE, and
// for a rename NEW-PATH and git's message about it. Always Success: git 2.39 stops `git diff`
// and `git log -p` at any other status, so problems go into the output.
int gitDiff(const QStringList &arguments, QTextStream &out)
{
    const QString oldPath = arguments.at(0);
    const QString newPath = arguments.size() > 7 ? arguments.at(7) : oldPath;
    out << QStringLiteral("diff --schemata a/%1 b/%2").arg(oldPath, newPath) << u'\n';
    const std::optional<Schema> source = gitSide(arguments.at(1), out);
    const std::optional<Schema> target = gitSide(arguments.at(4), out);
    if (source && target)
        printSummary(SchemaDiff::compare(*source, *target, {}), out);
    return CommandLine::Success;
}

// Not an engine: the sides cannot be compared on one (said on `err`).
constexpr std::optional<SqlEngine> NoEngine = SqlEngine(-1);

// The engine to compare on: the databases' (--dialect picks one of two), or --dialect's for
// two designs; nullopt to compare designs as written, NoEngine when the sides do not allow one.
std::optional<SqlEngine> comparisonEngine(const DiffSide (&sides)[2],
    const std::optional<SqlEngine> &dialect, const QString &dialectName, QTextStream &err)
{
    QList<SqlEngine> databaseEngines;
    for (const DiffSide &side : sides) {
        if (side.engine)
            databaseEngines << *side.engine;
    }
    if (!dialect && databaseEngines.size() == 2 && databaseEngines.at(0) != databaseEngines.at(1)) {
        err << CommandLine::tr("%1 is a %2 database and %3 a %4 one; give --dialect to compare them on "
                     "one of the two.")
                   .arg(sides[0].text, sqlEngineTitle(databaseEngines.at(0)), sides[1].text,
                       sqlEngineTitle(databaseEngines.at(1)))
            << Qt::endl;
        return NoEngine;
    }
    if (dialect && !databaseEngines.isEmpty() && !databaseEngines.contains(*dialect)) {
        err << CommandLine::tr("--dialect %1 is not the database's engine (%2).")
                   .arg(dialectName, sqlEngineTitle(databaseEngines.first()))
            << Qt::endl;
        return NoEngine;
    }
    if (!dialect && !databaseEngines.isEmpty())
        return databaseEngines.first();
    return dialect;
}

// diff --sql: the migration script from A to B; an exit status when there is none.
int printScript(const DiffSide (&sides)[2], const std::optional<SqlEngine> &engine,
    const SchemaDiffResult &result, QTextStream &out, QTextStream &err)
{
    if (!engine) {
        err << CommandLine::tr("--sql needs --dialect when both sides are designs.") << Qt::endl;
        return CommandLine::UsageError;
    }
    for (const QString &w : result.warnings)
        err << CommandLine::tr("warning: %1").arg(w) << u'\n';
    MigrationPlanner planner(Dialect::forEngine(*engine), *sides[0].schema, *sides[1].schema, result);
    planner.setSqliteObjects(sides[0].sqliteObjects);
    const MigrationPlan plan = planner.plan();
    for (const QString &e : plan.errors)
        err << e << u'\n';
    if (!plan.errors.isEmpty())
        return CommandLine::DesignError;
    out << plan.script();
    return CommandLine::Success;
}

} // namespace

int CommandLine::diff(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    // git's arguments are file paths that may start with "-"; they are taken as they come.
    if (arguments.value(1) == u"--git") {
        if (arguments.size() < 9) {
            err << tr("diff --git takes the 7 arguments git gives an external diff driver.")
                << u'\n' << usage();
            return UsageError;
        }
        return gitDiff(arguments.mid(2), out);
    }

    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print one JSON object."));
    const QCommandLineOption dialectOption({QStringLiteral("d"), QStringLiteral("dialect")},
        tr("Compare what the schemas become on this database: sqlite, postgresql or mysql."),
        QStringLiteral("DIALECT"));
    const QCommandLineOption renameTable(QStringLiteral("rename-table"),
        tr("Table OLD of A is table NEW of B (repeatable)."), QStringLiteral("OLD=NEW"));
    const QCommandLineOption renameColumn(QStringLiteral("rename-column"),
        tr("Column OLD of TABLE (B's name) is its column NEW (repeatable)."),
        QStringLiteral("TABLE:OLD=NEW"));
    const QCommandLineOption dropUnmanaged(QStringLiteral("drop-unmanaged"),
        tr("Drop the tables of database A that design B does not have."));
    const QCommandLineOption sql(QStringLiteral("sql"),
        tr("Print the migration script that turns A into B (on the databases' engine, or "
           "--dialect's)."));
    const QCommandLineOption keychain = keychainOption();
    const QCommandLineOption alembic(QStringLiteral("alembic"),
        tr("Write an Alembic revision that turns design A into design B, and back."));
    const QCommandLineOption revision(
        QStringLiteral("revision"), tr("The Alembic revision's id."), QStringLiteral("ID"));
    const QCommandLineOption downRevision(QStringLiteral("down-revision"),
        tr("The revision it follows (none: the first)."), QStringLiteral("ID"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
        tr("Write the revision to OUT instead of standard output."), QStringLiteral("OUT"));
    parser.addOptions({json, sql, alembic, revision, downRevision, output, dialectOption,
        renameTable, renameColumn, dropUnmanaged, keychain});
    parser.addPositionalArgument(QStringLiteral("A"), tr("A design file or a database."));
    parser.addPositionalArgument(QStringLiteral("B"), tr("A design file or a database."));
    if (!parse(parser, arguments, 2, tr("diff takes two designs or databases."), err))
        return UsageError;

    DiffOptions options;
    std::optional<SqlEngine> dialect;
    if (parser.isSet(dialectOption)) {
        dialect = sqlEngineFromName(parser.value(dialectOption));
        if (!dialect) {
            err << tr("Unknown dialect \"%1\"; use sqlite, postgresql or mysql.")
                       .arg(parser.value(dialectOption))
                << Qt::endl;
            return UsageError;
        }
    }
    QString error;
    const std::optional<RenameHints> hints = renameHints(parser, renameTable, renameColumn, err);
    if (!hints)
        return UsageError;
    options.renames = *hints;

    DiffSide sides[2];
    for (int i = 0; i < 2; ++i)
        sides[i].text = parser.positionalArguments().at(i);
    // The designs first: one that cannot be read needs no connection and no password.
    for (DiffSide &side : sides) {
        if (DatabaseAddress::namesDatabase(side.text))
            continue;
        if (const int code = loadCheckedDesign(side.text, &side.schema, err))
            return code;
    }
    for (DiffSide &side : sides) {
        if (side.schema)
            continue;
        Connection connection;
        if (!openDatabase(side.text, connection, false, parser.isSet(keychain), err))
            return DatabaseError;
        SchemaImporter importer(connection);
        side.schema = importer.import(&error);
        for (const QString &w : importer.warnings())
            err << tr("warning: %1").arg(w) << u'\n';
        if (!side.schema) {
            err << error << Qt::endl;
            return DatabaseError;
        }
        side.engine = connection.dialect().engine();
        side.foldTableNames = connection.dialect().tableNamesIgnoreCase(connection.database());
        if (side.engine == SqlEngine::Sqlite)
            side.sqliteObjects = Migrator::sqliteObjects(connection.database());
    }

    const std::optional<SqlEngine> engine
        = comparisonEngine(sides, dialect, parser.value(dialectOption), err);
    if (engine == NoEngine)
        return UsageError;
    if (engine) {
        bool foldTableNames = false;
        for (const DiffSide &side : sides)
            foldTableNames = foldTableNames || (side.engine == engine && side.foldTableNames);
        // Designs alone fold table names where the engine always does (SQLite).
        options = DiffOptions::forEngine(*engine, foldTableNames || *engine == SqlEngine::Sqlite);
        options.renames = *hints;
    }
    if (sides[0].engine && !sides[1].engine)
        options.unmanagedSide = DiffOptions::DatabaseSide::Source;
    else if (sides[1].engine && !sides[0].engine)
        options.unmanagedSide = DiffOptions::DatabaseSide::Target;
    options.dropUnmanaged = parser.isSet(dropUnmanaged);

    if (parser.isSet(alembic)) {
        if (sides[0].engine || sides[1].engine || !parser.isSet(revision)) {
            err << tr("--alembic takes two designs and --revision ID.") << Qt::endl;
            return UsageError;
        }
        return writeAlembic(*sides[0].schema, *sides[1].schema, *hints,
            {parser.value(revision), parser.value(downRevision),
                QFileInfo(sides[1].text).completeBaseName(),
                QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))},
            parser.value(output), out, err);
    }
    const SchemaDiffResult result
        = SchemaDiff::compare(*sides[0].schema, *sides[1].schema, options);
    if (!result.ok()) {
        for (const QString &e : result.errors)
            err << e << u'\n';
        err << tr("The schemas cannot be compared.") << Qt::endl;
        return DesignError;
    }
    if (parser.isSet(sql)) {
        if (const int code = printScript(sides, engine, result, out, err))
            return code;
    } else if (parser.isSet(json)) {
        printJson(result, out);
    } else {
        printSummary(result, out);
    }
    return result.isEmpty() ? Success : Differences;
}

int CommandLine::describe(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("DESIGN.xml"), tr("The design to describe."));
    if (!parse(parser, arguments, 1, tr("describe takes one design file."), err))
        return UsageError;
    DesignReader reader;
    if (!load(parser.positionalArguments().constFirst(), reader, err))
        return InputError;
    out << DesignDescription::text(reader.schema());
    return Success;
}

int CommandLine::writeAlembic(const Schema &oldDesign, const Schema &newDesign,
    const RenameHints &hints, const AlembicWriter::Revision &revision, const QString &path,
    QTextStream &out, QTextStream &err)
{
    // Compared as PostgreSQL holds them (single-table subclasses folded, constraint names as
    // Schemata's DDL gives them); the downgrade is the way back, the renames reversed.
    DiffOptions options = DiffOptions::forEngine(SqlEngine::Postgres, false);
    options.renames = hints;
    const SchemaDiffResult upgrade = SchemaDiff::compare(oldDesign, newDesign, options);
    for (RenameHints::TableRename &r : options.renames.tables)
        std::swap(r.from, r.to);
    for (RenameHints::ColumnRename &r : options.renames.columns) {
        std::swap(r.from, r.to);
        for (const RenameHints::TableRename &t : std::as_const(options.renames.tables)) {
            if (t.from == r.table)
                r.table = t.to;
        }
    }
    const SchemaDiffResult downgrade = SchemaDiff::compare(newDesign, oldDesign, options);
    for (const QString &w : upgrade.warnings)
        err << tr("warning: %1").arg(w) << u'\n';
    if (!upgrade.ok() || !downgrade.ok()) {
        for (const QString &e : upgrade.errors + downgrade.errors)
            err << e << u'\n';
        return DesignError;
    }
    const QByteArray text
        = AlembicWriter::write(oldDesign, newDesign, upgrade, downgrade, revision).toUtf8();
    if (path.isEmpty()) {
        out << QString::fromUtf8(text);
    } else {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit()) {
            err << tr("Cannot write %1: %2").arg(path, file.errorString()) << Qt::endl;
            return OutputError;
        }
    }
    return upgrade.isEmpty() ? Success : Differences;
}
