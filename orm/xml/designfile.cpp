#include "designfile.h"

#include "designwriter.h"
#include "io/writeall.h"

#include <QFile>
#include <QSaveFile>

bool DesignFile::load(const QString &path, DesignReader *reader)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        // A reader that failed on empty input carries an error; replace its text.
        reader->read(QByteArray());
        return false;
    }
    if (file.size() > MaximumSize)
        return false;
    return reader->read(file.readAll());
}

QString DesignFile::describeError(const QString &path, const DesignReader &reader)
{
    QFile file(path);
    if (!file.exists())
        return tr("%1: no such file").arg(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("%1: cannot be read: %2").arg(path, file.errorString());
    if (file.size() > MaximumSize)
        return tr("%1: the file is larger than %2 MB and is not read")
            .arg(path)
            .arg(MaximumSize / (1024 * 1024));
    if (reader.errorLine() > 0)
        return tr("%1:%2:%3: %4")
            .arg(path)
            .arg(reader.errorLine())
            .arg(reader.errorColumn())
            .arg(reader.errorString());
    return tr("%1: %2").arg(path, reader.errorString());
}

bool DesignFile::save(const Schema &schema, const QString &path, QString *error)
{
    QSaveFile file(path);
    // Unbuffered: a full disk is then reported with the system's reason (see writeAll()).
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray bytes = DesignWriter::write(schema);
    if (!writeAll(&file, bytes) || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}
