#include "commandline.h"

#include "textformats/dbmlreader.h"

#include <QFile>
#include <QFileInfo>
#include <QTextStream>

bool CommandLine::isDbmlFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return false;
    if (info.suffix().compare(u"dbml", Qt::CaseInsensitive) == 0)
        return true;
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && DbmlReader::looksLikeDbml(file.read(64 * 1024));
}

int CommandLine::importDbml(
    const QString &path, const QString &output, QTextStream &out, QTextStream &err)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err << tr("Cannot read %1: %2").arg(path, file.errorString()) << Qt::endl;
        return InputError;
    }
    DbmlReader reader;
    const bool read = reader.read(file.readAll());
    for (const QString &w : reader.warnings())
        err << tr("warning: %1").arg(path + u':' + w) << u'\n';
    if (!read) {
        err << path << u':' << reader.error().toString() << Qt::endl;
        err << tr("Nothing was written.") << Qt::endl;
        return InputError;
    }
    err.flush();
    return writeDesign(reader.schema(), output, out, err);
}
