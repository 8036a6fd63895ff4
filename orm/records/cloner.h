#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QVariant>

#include <optional>

class Record;
class Session;
struct ForeignKey;

struct CloneOptions
{
    QHash<QString, QVariant> overrides; // column -> value, for the copied record
    bool deep = false; // also copy children and many-to-many links
    int depth = 1; // how many levels of children a deep copy goes down
};

// Copies a row without its key (the seed note's clone_model): every column but the
// generated primary key, with overrides; a copy that would repeat a unique value fails
// before anything is written, naming the columns that need new values. A deep copy also
// copies the one-to-many children (recursively, to a depth) pointing at the new key, and the
// many-to-many association rows; a joined-inheritance record copies its parent's row and its
// own together. All in one transaction.
class Cloner
{
    Q_DECLARE_TR_FUNCTIONS(Cloner)

public:
    explicit Cloner(Session &session)
        : m_session(session)
    {
    }

    // The key of the copy, or nullopt with error() saying why (nothing was written).
    std::optional<QVariantList> clone(
        const QString &table, const QVariantList &key, const CloneOptions &options);
    QString error() const { return m_error; }

    // The unique columns (primary key included unless the database generates it) whose
    // values a copy of `record` would repeat, other than those in `changing`.
    QStringList columnsNeedingValues(const Record &record, const QStringList &changing) const;

private:
    // `relinked` columns get the new parent's key (they are cleared here).
    std::optional<Record> copyOf(const Record &record, const QHash<QString, QVariant> &overrides,
        const QStringList &relinked);
    bool copyChildren(const Record &record, int pending, int depth);

    Session &m_session;
    QString m_error;
};
