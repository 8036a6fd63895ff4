#pragma once

#include "designreader.h"

#include <QCoreApplication>

// Opening and saving design files. Saving goes through QSaveFile: the new content replaces the
// old file only once it is completely written, so a failed save leaves the previous file as
// it was.
class DesignFile
{
    Q_DECLARE_TR_FUNCTIONS(DesignFile)

public:
    // Reads `path` into `reader`; on failure reader.errorString() says why, with line and
    // column for XML errors.
    static bool load(const QString &path, DesignReader *reader);
    static bool save(const Schema &schema, const QString &path, QString *error);
    // "path:line:column: message" for an error of `reader`.
    static QString describeError(const QString &path, const DesignReader &reader);

    // Files above this size are refused before reading (a design of 100,000 tables is ~150 MB).
    static constexpr qint64 MaximumSize = qint64(512) * 1024 * 1024;
};
