#include "sqlscriptimporter.h"

#include "mysqlscriptparser.h"
#include "postgresscriptparser.h"
#include "sqlitescriptrunner.h"

#include <QRegularExpression>

#include <array>

namespace {

// The statement's opening words, upper case, without comments, MySQL's executable-comment
// markers and quotes around names: enough to tell what kind of statement it is.
QString head(const QString &statement)
{
    static const QRegularExpression noise(
        QStringLiteral("/\\*M?!\\d*|\\*/|/\\*.*?\\*/|--[^\\n]*|#[^\\n]*|[`\"\\[\\]]"),
        QRegularExpression::DotMatchesEverythingOption);
    QString text = statement.left(400);
    text.replace(noise, QStringLiteral(" "));
    return text.simplified().toUpper();
}

struct Clue
{
    SqlEngine engine;
    QRegularExpression pattern;
    const char *name;
};

} // namespace

SqlEngine SqlScriptImporter::guessEngine(const QString &script, QStringList *clues)
{
    using P = QRegularExpression;
    const auto i = P::CaseInsensitiveOption | P::MultilineOption;
    static const QList<Clue> all {
        {SqlEngine::Mysql, P(QStringLiteral("`[^`\\n]+`")), QT_TR_NOOP("backquotes")},
        {SqlEngine::Mysql, P(QStringLiteral("\\bENGINE\\s*="), i), "ENGINE="},
        {SqlEngine::Mysql, P(QStringLiteral("\\bAUTO_INCREMENT\\b"), i), "AUTO_INCREMENT"},
        {SqlEngine::Mysql, P(QStringLiteral("/\\*M?!\\d")), "/*!...*/"},
        {SqlEngine::Mysql, P(QStringLiteral("^\\s*DELIMITER\\s"), i), "DELIMITER"},
        {SqlEngine::Mysql, P(QStringLiteral("\\b(UNSIGNED|ZEROFILL)\\b"), i), "UNSIGNED"},
        {SqlEngine::Mysql, P(QStringLiteral("\\bLOCK TABLES\\b"), i), "LOCK TABLES"},
        {SqlEngine::Postgres, P(QStringLiteral("\\$[A-Za-z_]*\\$")), QT_TR_NOOP("$$ quotes")},
        {SqlEngine::Postgres, P(QStringLiteral("::[a-z]"), i), "::"},
        {SqlEngine::Postgres, P(QStringLiteral("\\b(BIG)?SERIAL\\b"), i), "SERIAL"},
        {SqlEngine::Postgres, P(QStringLiteral("\\bOWNER TO\\b"), i), "OWNER TO"},
        {SqlEngine::Postgres, P(QStringLiteral("\\bCREATE SEQUENCE\\b"), i), "CREATE SEQUENCE"},
        {SqlEngine::Postgres, P(QStringLiteral("^\\s*COPY\\s.*\\bFROM stdin"), i), "COPY"},
        {SqlEngine::Postgres, P(QStringLiteral("\\bpg_catalog\\b|\\bsearch_path\\b"), i),
            "pg_catalog"},
        {SqlEngine::Sqlite, P(QStringLiteral("\\bAUTOINCREMENT\\b"), i), "AUTOINCREMENT"},
        {SqlEngine::Sqlite, P(QStringLiteral("^\\s*PRAGMA\\s"), i), "PRAGMA"},
        {SqlEngine::Sqlite, P(QStringLiteral("\\bsqlite_sequence\\b"), i), "sqlite_sequence"},
        {SqlEngine::Sqlite, P(QStringLiteral("\\bWITHOUT ROWID\\b"), i), "WITHOUT ROWID"},
    };
    std::array<QStringList, allSqlEngines.size()> found;
    for (const Clue &clue : all) {
        if (clue.pattern.match(script).hasMatch())
            found[size_t(clue.engine)] << tr(clue.name);
    }
    SqlEngine best = defaultSqlEngine;
    for (const SqlEngine engine : allSqlEngines) {
        if (found[size_t(engine)].size() > found[size_t(best)].size())
            best = engine;
    }
    *clues = found[size_t(best)];
    return best;
}

QString SqlScriptImporter::listClues(const QStringList &clues)
{
    if (clues.size() < 2)
        return clues.value(0);
    return tr("%1 and %2").arg(clues.first(clues.size() - 1).join(tr(", ")), clues.constLast());
}

QString SqlScriptImporter::noiseReason(const SqlStatement &statement, SqlEngine engine)
{
    if (statement.kind == SqlStatement::Kind::ClientCommand)
        return tr("a command for the client, not the database");
    struct Noise
    {
        QRegularExpression pattern;
        const char *reason;
        bool mysqlOnly = false;
    };
    const auto p
        = [](const char *pattern) { return QRegularExpression(QString::fromLatin1(pattern)); };
    static const QList<Noise> all {
        {p("^(INSERT|REPLACE|UPDATE|DELETE|COPY|TRUNCATE|MERGE|LOAD DATA|CALL|DO|HANDLER)\\b"),
            QT_TR_NOOP("data, not structure")},
        {p("^(SELECT|WITH|VALUES|SHOW|EXPLAIN|DESCRIBE|DESC)\\b"), QT_TR_NOOP("a query")},
        {p("^(SET|RESET)\\b"), QT_TR_NOOP("a session setting")},
        {p("^PRAGMA\\b"), QT_TR_NOOP("a setting")},
        {p("^(LOCK|UNLOCK)\\b"), QT_TR_NOOP("table locking")},
        {p("^(GRANT|REVOKE|(CREATE|DROP|ALTER) (USER|ROLE))\\b"),
            QT_TR_NOOP("accounts and privileges")},
        {p("^(BEGIN|START TRANSACTION|COMMIT|ROLLBACK|END|SAVEPOINT|RELEASE)\\b"),
            QT_TR_NOOP("transaction control")},
        {p("^(USE|(CREATE|DROP|ALTER) (DATABASE|SCHEMA))\\b"),
            QT_TR_NOOP("the database itself, not its tables")},
        {p("^(ANALYZE|OPTIMIZE|REPAIR|FLUSH|REINDEX|VACUUM$|VACUUM (?!.*\\bINTO\\b))"),
            QT_TR_NOOP("maintenance")},
        {p("^CREATE TABLE (IF NOT EXISTS )?SQLITE_"),
            QT_TR_NOOP("SQLite's own table, which SQLite makes itself")},
        {p("^ALTER .* OWNER TO\\b"), QT_TR_NOOP("ownership")},
        {p("^(CREATE|DROP|ALTER)\\b[^(]*?\\bVIEW\\b"),
            QT_TR_NOOP("a view, which a design does not hold"), true},
        {p("^(CREATE|DROP|ALTER)\\b[^(]*?\\bTRIGGER\\b"),
            QT_TR_NOOP("a trigger, which a design does not hold"), true},
        {p("^(CREATE|DROP|ALTER)\\b[^(]*?\\b(PROCEDURE|FUNCTION|EVENT)\\b"),
            QT_TR_NOOP("a routine, which a design does not hold"), true},
    };
    // Tables and indexes, whatever they are called ("event", "view").
    static const QRegularExpression structure(QStringLiteral(
        "^(CREATE|DROP|ALTER)( TEMPORARY| UNIQUE| FULLTEXT| SPATIAL| ONLINE| OFFLINE| IGNORE| "
        "OR REPLACE)* (TABLE|INDEX)\\b"));
    const QString h = head(statement.text);
    const bool tableOrIndex = structure.match(h).hasMatch();
    for (const Noise &noise : all) {
        if (noise.mysqlOnly && (engine != SqlEngine::Mysql || tableOrIndex))
            continue;
        if (noise.pattern.match(h).hasMatch())
            return tr(noise.reason);
    }
    return {};
}

std::optional<SqlImportReport> SqlScriptImporter::import(
    const QString &script, SqlEngine engine, QString *error)
{
    SqlImportReport report;
    const QList<SqlStatement> statements = SqlScriptSplitter::split(script, engine);
    switch (engine) {
    case SqlEngine::Sqlite:
        if (!SqliteScriptRunner::run(statements, report, error))
            return std::nullopt;
        return report;
    case SqlEngine::Mysql:
        MysqlScriptParser::run(statements, report);
        return report;
    case SqlEngine::Postgres:
        PostgresScriptParser::run(statements, report);
        return report;
    }
    Q_UNREACHABLE();
    return std::nullopt;
}
