#include "recovery.h"

#include "document/designdocument.h"
#include "xml/designfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTimer>
#include <QUrl>
#include <QUuid>

namespace {

constexpr int AutosaveIntervalMs = 30'000;

} // namespace

Recovery::Recovery(DesignDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_id(QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_autosave(new QTimer(this))
{
    m_autosave->setInterval(AutosaveIntervalMs);
    connect(m_autosave, &QTimer::timeout, this, &Recovery::write);
    m_autosave->start();
}

QString Recovery::folder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/recovery";
}

QString Recovery::path() const
{
    return folder() + u'/' + m_id + QStringLiteral(".xml");
}

void Recovery::write()
{
    if (!m_document->isModified())
        return;
    QDir().mkpath(folder());
    QString error;
    // The recovery copy remembers which file it belongs to, in a comment before <sql>,
    // percent-encoded so that no path can end the comment ("--"). The writer writes the
    // prologue of designs read from a file; a new design saved here has none of its own.
    Schema copy = m_document->schema();
    copy.source().fromFile = true;
    copy.source().prologue = {QStringLiteral("<!-- schemata-recovery: %1 -->")
            .arg(QString::fromLatin1(QUrl::toPercentEncoding(m_document->path(), {}, "-")))};
    DesignFile::save(copy, path(), &error);
}

void Recovery::remove()
{
    QFile::remove(path());
}

QStringList Recovery::pending()
{
    QStringList files;
    const QFileInfoList found
        = QDir(folder()).entryInfoList({QStringLiteral("*.xml")}, QDir::Files, QDir::Time);
    for (const QFileInfo &info : found)
        files.append(info.absoluteFilePath());
    return files;
}

std::optional<std::pair<Schema, QString>> Recovery::read(const QString &file)
{
    DesignReader reader;
    if (!DesignFile::load(file, &reader))
        return std::nullopt;
    Schema schema = reader.takeSchema();
    QString original;
    const QStringList prologue = schema.source().prologue;
    for (const QString &line : prologue) {
        static const QString marker = QStringLiteral("<!-- schemata-recovery: ");
        if (line.startsWith(marker))
            original = QUrl::fromPercentEncoding(line.mid(marker.size()).chopped(4).toLatin1());
    }
    schema.source() = {};
    return std::pair {std::move(schema), original};
}
