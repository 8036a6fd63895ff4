// `schemata import SCRIPT.sql`: an SQL script (a schema.sql, a dump) read into a design, with a
// line for every statement that did not import.
#include "commandline.h"

#include "database/databaseaddress.h"
#include "database/sqlitefile.h"
#include "sqlimport/sqlscriptimporter.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTextStream>

CommandLine::ImportSource CommandLine::importSourceOf(const QString &argument)
{
    if (DatabaseAddress::isUrl(argument))
        return ImportSource::Database;
    const QFileInfo info(argument);
    if (!info.isFile() || SqliteFile::hasHeader(argument))
        return ImportSource::Database; // what opening it as a database says about it
    QFile file(argument);
    if (!file.open(QIODevice::ReadOnly))
        return ImportSource::Database;
    QByteArray start = file.read(4096);
    if (start.startsWith("\xef\xbb\xbf"))
        start.remove(0, 3);
    // SQL: a comment, a statement's first word, or a semicolon somewhere. Anything else (empty,
    // binary, XML such as a design, JSON such as an export, other text) is left to the
    // database's refusal, which says what the file looks like.
    static const QRegularExpression sql(
        QStringLiteral(
            "^\\s*(--|/\\*|#|\\\\|(CREATE|ALTER|DROP|INSERT|SET|USE|BEGIN|START|PRAGMA|DELIMITER|"
            "LOCK|GRANT|COMMENT|SELECT|COPY)\\b)|;"),
        QRegularExpression::CaseInsensitiveOption);
    if (start.contains('\0') || start.trimmed().startsWith('<') || start.trimmed().startsWith('{')
        || start.trimmed().startsWith('['))
        return ImportSource::Database;
    return sql.match(QString::fromUtf8(start)).hasMatch() ? ImportSource::SqlScript
                                                          : ImportSource::Database;
}

int CommandLine::importScript(const QString &path, const QString &dialect, bool keepGoing,
    const QString &output, QTextStream &out, QTextStream &err)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err << tr("Cannot read %1: %2").arg(path, file.errorString()) << Qt::endl;
        return InputError;
    }
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString script = utf8(file.readAll());
    if (utf8.hasError()) {
        err << tr("%1 is not UTF-8 text; convert it first, e.g. with iconv.").arg(path) << Qt::endl;
        return InputError;
    }
    SqlEngine engine = defaultSqlEngine;
    if (dialect.isEmpty()) {
        QStringList clues;
        engine = SqlScriptImporter::guessEngine(script, &clues);
        if (clues.isEmpty())
            err << tr("Nothing in %1 says which database it was written for; reading it as %2 "
                      "(--dialect chooses).")
                       .arg(path, sqlEngineName(engine))
                << u'\n';
        else
            err << tr("Guessed %1 from %2 (--dialect chooses).")
                       .arg(sqlEngineName(engine), SqlScriptImporter::listClues(clues))
                << u'\n';
    } else {
        const std::optional<SqlEngine> given = sqlEngineFromName(dialect);
        if (!given) {
            err << tr("--dialect takes sqlite, postgresql or mysql, not \"%1\".").arg(dialect)
                << u'\n' << usage();
            return UsageError;
        }
        engine = *given;
    }
    QString error;
    const std::optional<SqlImportReport> report = SqlScriptImporter::import(script, engine, &error);
    if (!report) {
        err << error << Qt::endl;
        return engine == SqlEngine::Postgres ? UsageError : DatabaseError;
    }
    for (const SqlStatementReport &s : report->statements) {
        if (s.outcome != SqlStatementReport::Outcome::Imported)
            err << report->describe(s, path) << u'\n';
    }
    for (const QString &w : report->warnings)
        err << tr("warning: %1").arg(w) << u'\n';
    err << report->summary() << u'\n';
    const int failed = report->count(SqlStatementReport::Outcome::Failed);
    if (failed > 0 && !keepGoing) {
        err << tr("No design was written: %n statement(s) failed. --keep-going writes the "
                  "design of what imported.",
            nullptr, failed)
            << Qt::endl;
        return DesignError;
    }
    err.flush();
    const int written = writeDesign(report->schema, output, out, err);
    return written != Success ? written : failed > 0 ? DesignError : Success;
}
