#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// Renames the user states, where no design recorded them (two versions of a file saved by
// WWW SQL Designer): the command line's --rename-table OLD=NEW and --rename-column
// TABLE:OLD=NEW, the window's pairing of a drop with an add.
struct RenameHints
{
    struct TableRename
    {
        QString from;
        QString to;
    };
    struct ColumnRename
    {
        QString table; // the table's name in the target
        QString from;
        QString to;
    };
    QList<TableRename> tables;
    QList<ColumnRename> columns;

    bool isEmpty() const { return tables.isEmpty() && columns.isEmpty(); }
};

// Reads the command line's forms. A backslash escapes "=", ":" and itself, so that names
// holding them (tables named "index.html.erb", "a=b") can be given.
class RenameHintParser
{
    Q_DECLARE_TR_FUNCTIONS(RenameHintParser)

public:
    // "OLD=NEW"; nullopt with *error when it is not one.
    static std::optional<RenameHints::TableRename> table(const QString &text, QString *error);
    // "TABLE:OLD=NEW".
    static std::optional<RenameHints::ColumnRename> column(const QString &text, QString *error);
    // Splits at the unescaped separators in order ({':', '='} or {'='}); nullopt when one is
    // missing, repeated unescaped, or a part is empty.
    static std::optional<QStringList> split(const QString &text, const QList<QChar> &separators);
};
