#include "userguide.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

QStringList UserGuide::folders()
{
    // The installed layout first: bin/schemata and share/doc/schemata/guide under one prefix,
    // which the build folder copies (build/bin, build/share), wherever the prefix is.
    QStringList folders {QDir::cleanPath(QCoreApplication::applicationDirPath()
        + QStringLiteral("/../" SCHEMATA_GUIDE_RELATIVE_DIR))};
    const QString built = QDir::cleanPath(QStringLiteral(SCHEMATA_GUIDE_BUILD_DIR));
    if (!folders.contains(built))
        folders.append(built);
    return folders;
}

QString UserGuide::indexPath(const QStringList &searched)
{
    for (const QString &folder : searched) {
        const QString index = QDir(folder).filePath(QStringLiteral("index.html"));
        if (QFileInfo::exists(index))
            return index;
    }
    return {};
}
