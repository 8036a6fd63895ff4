#include "sqlimportreport.h"

#include <algorithm>

namespace {

constexpr qsizetype SummaryLength = 60;

} // namespace

QString SqlStatementReport::summarise(const QString &statement)
{
    const QString line = statement.simplified();
    if (line.size() <= SummaryLength)
        return line;
    return line.left(SummaryLength - 3) + QStringLiteral("...");
}

int SqlImportReport::count(SqlStatementReport::Outcome outcome) const
{
    return int(std::count_if(statements.cbegin(), statements.cend(),
        [outcome](const SqlStatementReport &s) { return s.outcome == outcome; }));
}

QString SqlImportReport::describe(const SqlStatementReport &statement, const QString &file) const
{
    const QString where
        = QStringLiteral("%1:%2:%3").arg(file).arg(statement.line).arg(statement.column);
    switch (statement.outcome) {
    case SqlStatementReport::Outcome::Imported:
        return tr("%1: imported: %2").arg(where, statement.summary);
    case SqlStatementReport::Outcome::Skipped:
        return tr("%1: skipped: %2 (%3)").arg(where, statement.summary, statement.reason);
    case SqlStatementReport::Outcome::Failed:
        break;
    }
    return tr("%1: failed: %2: %3").arg(where, statement.summary, statement.reason);
}

QString SqlImportReport::summary() const
{
    return tr(
        "%n statement(s): %1 imported, %2 skipped, %3 failed", nullptr, int(statements.size()))
        .arg(count(SqlStatementReport::Outcome::Imported))
        .arg(count(SqlStatementReport::Outcome::Skipped))
        .arg(count(SqlStatementReport::Outcome::Failed));
}
