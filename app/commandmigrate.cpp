// schemata migrate and schemata history: a database brought to its design, and the record of it.
#include "commandline.h"

#include "database/connection.h"
#include "database/schemaimporter.h"
#include "diff/migrationplan.h"
#include "diff/migrator.h"
#include "diff/schemadiff.h"
#include "dialects/dialect.h"
#include "schema/schema.h"

#include <QCommandLineParser>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

namespace {

// The design file's SHA-256, hex: which version of the design a migration brought.
QString fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

void printPlan(const MigrationPlan &plan, const QString &target, QTextStream &out)
{
    out << CommandLine::tr("Plan for %1 (%n step(s)):", nullptr, int(plan.steps.size())).arg(target) << u'\n';
    for (qsizetype i = 0; i < plan.steps.size(); ++i) {
        const MigrationStep &step = plan.steps.at(i);
        out << QStringLiteral("  %1. ").arg(i + 1) << step.description
            << (step.losesData ? CommandLine::tr(" [destroys data]") : QString()) << u'\n';
    }
    if (!plan.transactional)
        out << CommandLine::tr("%1 commits each change by itself: a failure half-way leaves the steps "
                     "before it done (and says how to undo them).")
                   .arg(sqlEngineTitle(plan.engine))
            << u'\n';
}

// Prints each check's result; true when all passed.
bool printChecks(const QList<DataCheckResult> &checks, QTextStream &out)
{
    bool passed = true;
    if (!checks.isEmpty())
        out << CommandLine::tr("Data checks:") << u'\n';
    for (const DataCheckResult &r : checks) {
        if (r.passed()) {
            out << CommandLine::tr("  ok: %1").arg(r.check.change.describe()) << u'\n';
            continue;
        }
        passed = false;
        if (!r.error.isEmpty())
            out << CommandLine::tr("  could not check %1: %2").arg(r.check.change.describe(), r.error)
                << u'\n';
        else
            out << CommandLine::tr("  FAILED: %1: %n row(s); first: %2", nullptr, int(r.count))
                       .arg(r.check.description, r.sample.join(QStringLiteral(", ")))
                << u'\n';
    }
    return passed;
}

// Why a run stopped, and on MariaDB what stays of it and how to undo that.
void printFailure(const MigrationReport &report, const MigrationPlan &plan, QTextStream &err)
{
    err << report.error << u'\n';
    if (!report.failedStatement.isEmpty())
        err << CommandLine::tr("The statement was:") << u'\n' << report.failedStatement << u'\n';
    if (report.stepsRun.isEmpty())
        return;
    err << CommandLine::tr("These steps ran and stay:") << u'\n';
    for (int i : report.stepsRun)
        err << QStringLiteral("  %1. ").arg(i + 1) << plan.steps.at(i).description << u'\n';
    if (!report.undo.isEmpty()) {
        err << CommandLine::tr("These statements undo them:") << u'\n';
        for (const QString &statement : report.undo)
            err << QStringLiteral("  ") << statement << u";\n";
    }
    if (!report.lostForGood.isEmpty())
        err << CommandLine::tr("The data of these steps is gone for good: %1")
                   .arg(report.lostForGood.join(QStringLiteral("; ")))
            << u'\n';
}

} // namespace

std::optional<RenameHints> CommandLine::renameHints(const QCommandLineParser &parser,
    const QCommandLineOption &tables, const QCommandLineOption &columns, QTextStream &err)
{
    RenameHints hints;
    QString error;
    for (const QString &text : parser.values(tables)) {
        const auto hint = RenameHintParser::table(text, &error);
        if (!hint) {
            err << error << Qt::endl;
            return std::nullopt;
        }
        hints.tables << *hint;
    }
    for (const QString &text : parser.values(columns)) {
        const auto hint = RenameHintParser::column(text, &error);
        if (!hint) {
            err << error << Qt::endl;
            return std::nullopt;
        }
        hints.columns << *hint;
    }
    return hints;
}

int CommandLine::migrate(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
        tr("Print the plan and the data checks with their results; change nothing."));
    const QCommandLineOption allowDataLoss(QStringLiteral("allow-data-loss"),
        tr("Run changes that destroy data (dropped tables and columns, lossy type changes)."));
    const QCommandLineOption dropUnmanaged(QStringLiteral("drop-unmanaged"),
        tr("Drop the tables the design does not have."));
    const QCommandLineOption renameTable(QStringLiteral("rename-table"),
        tr("Table OLD of the database is NEW of the design."), QStringLiteral("OLD=NEW"));
    const QCommandLineOption renameColumn(QStringLiteral("rename-column"),
        tr("Column OLD of TABLE is NEW."), QStringLiteral("TABLE:OLD=NEW"));
    parser.addOptions(
        {dryRun, allowDataLoss, dropUnmanaged, renameTable, renameColumn, keychainOption()});
    parser.addPositionalArgument(QStringLiteral("DESIGN.xml"), tr("The design."));
    parser.addPositionalArgument(QStringLiteral("DATABASE"), tr("An SQLite file or a URL."));
    if (!parse(parser, arguments, 2, tr("migrate takes a design and a database."), err))
        return UsageError;
    const std::optional<RenameHints> hints = renameHints(parser, renameTable, renameColumn, err);
    if (!hints)
        return UsageError;
    const QString designPath = parser.positionalArguments().at(0);
    std::optional<Schema> design;
    if (const int code = loadCheckedDesign(designPath, &design, err))
        return code;
    Connection connection;
    if (!openDatabase(parser.positionalArguments().at(1), connection, true,
            parser.isSet(keychainOption()), err))
        return DatabaseError;
    QString error;
    const std::optional<Schema> database = SchemaImporter(connection).import(&error);
    if (!database) {
        err << error << Qt::endl;
        return DatabaseError;
    }
    const Dialect &dialect = connection.dialect();
    DiffOptions options
        = DiffOptions::forEngine(dialect.engine(), dialect.tableNamesIgnoreCase(connection.database()));
    options.unmanagedSide = DiffOptions::DatabaseSide::Source;
    options.dropUnmanaged = parser.isSet(dropUnmanaged);
    options.renames = *hints;
    const SchemaDiffResult diff = SchemaDiff::compare(*database, *design, options);
    for (const QString &w : diff.warnings)
        err << tr("warning: %1").arg(w) << u'\n';
    MigrationPlanner planner(dialect, *database, *design, diff);
    if (dialect.engine() == SqlEngine::Sqlite)
        planner.setSqliteObjects(Migrator::sqliteObjects(connection.database()));
    const MigrationPlan plan = planner.plan();
    if (!plan.errors.isEmpty()) {
        for (const QString &e : plan.errors)
            err << e << u'\n';
        err.flush();
        return DesignError;
    }
    const QString target = connection.address().displayName();
    if (!diff.unmanaged.isEmpty())
        out << tr("Left alone (not in the design; --drop-unmanaged drops them): %1")
                   .arg(diff.unmanaged.join(QStringLiteral(", ")))
            << u'\n';
    if (plan.isEmpty()) {
        out << tr("Nothing to do: %1 has the design's structure.").arg(target) << Qt::endl;
        return Success;
    }
    printPlan(plan, target, out);

    Migrator migrator(connection);
    const bool checksPassed = printChecks(migrator.check(plan), out);
    if (!checksPassed) {
        out << tr("Nothing was changed: the rows above would make the migration fail.") << Qt::endl;
        return DataRefused;
    }
    if (parser.isSet(dryRun)) {
        out << u'\n' << plan.script();
        out << tr("Dry run: nothing was changed.") << Qt::endl;
        return Differences;
    }
    if (plan.losesData() && !parser.isSet(allowDataLoss)) {
        out << tr("Nothing was changed: the steps marked [destroys data] need --allow-data-loss.")
            << Qt::endl;
        return DataRefused;
    }
    migrator.setProgress([&](int done, int total) {
        err << tr("step %1 of %2 done").arg(done).arg(total) << Qt::endl;
        return true;
    });
    const MigrationReport report
        = migrator.run(plan, QFileInfo(designPath).fileName(), fileHash(designPath));
    if (!report.ok) {
        printFailure(report, plan, err);
        err.flush();
        return DatabaseError;
    }
    out << tr("Migrated %1: %n step(s).", nullptr, int(plan.steps.size())).arg(target) << Qt::endl;
    return Success;
}

int CommandLine::history(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption statements(
        QStringLiteral("statements"), tr("Print the statements each migration ran."));
    parser.addOptions({statements, keychainOption()});
    parser.addPositionalArgument(QStringLiteral("DATABASE"), tr("An SQLite file or a URL."));
    if (!parse(parser, arguments, 1, tr("history takes one database."), err))
        return UsageError;
    Connection connection;
    if (!openDatabase(parser.positionalArguments().constFirst(), connection, false,
            parser.isSet(keychainOption()), err))
        return DatabaseError;
    QString error;
    const std::optional<QList<MigrationRecord>> records = Migrator::history(connection, &error);
    if (!records) {
        err << error << Qt::endl;
        return DatabaseError;
    }
    if (records->isEmpty())
        out << tr("No migration has been recorded in %1.").arg(connection.address().displayName())
            << u'\n';
    for (const MigrationRecord &r : *records) {
        out << r.id << u' ' << r.appliedAt << u' ' << r.design << u' ' << r.designHash.left(12)
            << u'\n';
        if (parser.isSet(statements)) {
            for (const QString &line : r.statements.split(u'\n'))
                out << QStringLiteral("    ") << line << u'\n';
        }
    }
    return Success;
}
