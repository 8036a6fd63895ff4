#include "gitrevisions.h"

#include <QFileInfo>
#include <QProcess>

namespace {

// Runs git in the file's folder; its standard output, or nullopt with git's own words.
std::optional<QByteArray> git(const QString &folder, const QStringList &arguments, QString *error)
{
    QProcess process;
    process.setWorkingDirectory(folder);
    process.start(QStringLiteral("git"), arguments);
    if (!process.waitForStarted(10000)) {
        *error = GitRevisions::tr("git cannot be run: %1").arg(process.errorString());
        return std::nullopt;
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        const QString said = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
        *error = said.isEmpty() ? GitRevisions::tr("git failed.") : said;
        return std::nullopt;
    }
    return process.readAllStandardOutput();
}

} // namespace

std::optional<QList<GitRevisions::Revision>> GitRevisions::log(const QString &path, QString *error)
{
    const QFileInfo file(path);
    // Each revision on a line of its own after a NUL, then the file's name in it (renames
    // followed), as the repository's root names it.
    const std::optional<QByteArray> out = git(file.absolutePath(),
        {QStringLiteral("log"), QStringLiteral("--follow"), QStringLiteral("--name-only"),
            QStringLiteral("--date=short"), QStringLiteral("--format=%x00%H%x09%h%x09%ad%x09%s"),
            QStringLiteral("--"), file.fileName()},
        error);
    if (!out)
        return std::nullopt;
    QList<Revision> revisions;
    for (const QByteArray &entry : out->split('\0')) {
        const QList<QByteArray> lines = entry.trimmed().split('\n');
        const QList<QByteArray> fields = lines.value(0).split('\t');
        if (fields.size() < 4 || lines.size() < 2)
            continue;
        Revision r;
        r.hash = QString::fromUtf8(fields.at(0));
        r.shortHash = QString::fromUtf8(fields.at(1));
        r.date = QString::fromUtf8(fields.at(2));
        r.subject = QString::fromUtf8(fields.mid(3).join('\t'));
        r.path = QString::fromUtf8(lines.last().trimmed());
        revisions << r;
    }
    if (revisions.isEmpty()) {
        *error = tr("%1 has no history in git yet: commit it first.").arg(file.fileName());
        return std::nullopt;
    }
    return revisions;
}

std::optional<QByteArray> GitRevisions::show(
    const QString &path, const Revision &revision, QString *error)
{
    // A revision's tree names its files from the repository's root.
    return git(QFileInfo(path).absolutePath(),
        {QStringLiteral("show"), revision.hash + u':' + revision.path}, error);
}
