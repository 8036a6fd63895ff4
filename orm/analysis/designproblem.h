#pragma once

#include <QCoreApplication>
#include <QString>

// Something wrong with a design for a database, found before anything runs: an error stops
// DDL from being applied, a warning says what Schemata will do instead of what the design asks.
struct DesignProblem
{
    Q_DECLARE_TR_FUNCTIONS(DesignProblem)

public:
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    QString message;
    QString table; // empty when the problem is about the whole design
    QString column; // empty when it is about the whole table

    bool isError() const { return severity == Severity::Error; }
    // "error: posts.user_id: message"
    QString toString() const;

    static DesignProblem error(
        const QString &message, const QString &table = {}, const QString &column = {})
    {
        return {Severity::Error, message, table, column};
    }
    static DesignProblem warning(
        const QString &message, const QString &table = {}, const QString &column = {})
    {
        return {Severity::Warning, message, table, column};
    }
};

bool hasErrors(const QList<DesignProblem> &problems);
