#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// The history of a file in its git repository, read with the git command: the revisions that
// changed it, newest first, and the file as it was in one of them. For Compare with Git
// Revision. Nothing here writes to the repository.
class GitRevisions
{
    Q_DECLARE_TR_FUNCTIONS(GitRevisions)

public:
    struct Revision
    {
        QString hash; // full
        QString shortHash;
        QString date; // YYYY-MM-DD
        QString subject;
        QString path; // the file's path in that revision, from the repository's root
    };

    // The revisions of `path`, newest first (renames followed); nullopt with *error when the
    // file is in no repository, or git is missing.
    static std::optional<QList<Revision>> log(const QString &path, QString *error);
    // The file's bytes in `revision`; nullopt with *error when git cannot give them. `path` is
    // the file as it is now (git runs in its folder).
    static std::optional<QByteArray> show(
        const QString &path, const Revision &revision, QString *error);
};
