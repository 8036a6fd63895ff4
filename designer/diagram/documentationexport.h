#pragma once

#include "textformats/datadictionary.h"

#include <QCoreApplication>

class DiagramScene;
class Schema;

// The data dictionary of a design with its diagram, as the window and `schemata export-docs`
// write it: one HTML page with the diagram inline, or Markdown with the diagram as an SVG file
// beside it (NAME.svg for NAME.md), for a repository's docs folder.
class DocumentationExport
{
    Q_DECLARE_TR_FUNCTIONS(DocumentationExport)

public:
    enum class Format { Html, Markdown };
    // Markdown for *.md and *.markdown, else HTML.
    static Format formatForPath(const QString &path);

    // The page alone (Markdown then has no diagram, unless options.diagramFile names one).
    static QByteArray page(const Schema &schema, DiagramScene *scene,
        DataDictionary::Options options, Format format);
    // Writes the page, and for Markdown the diagram beside it, each through QSaveFile: a
    // failure leaves files that were there as they were.
    static bool save(const Schema &schema, DiagramScene *scene, DataDictionary::Options options,
        Format format, const QString &path, QString *error);
};
