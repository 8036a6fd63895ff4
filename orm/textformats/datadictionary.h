#pragma once

#include "analysis/designproblem.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

class Schema;

// A design's documentation for people who read rather than draw it: a table of contents, the
// diagram, then for each table its comment, its columns (type, NULL, default, key markers,
// comment), keys and indexes, and the relationships that leave and reach it, linked to the
// tables at their other ends; then the problems `schemata check` finds. One self-contained
// HTML page (the diagram inline as SVG), or Markdown for a repository's docs folder (the
// diagram an SVG file beside it). Every name is escaped: a table may be called anything.
class DataDictionary
{
    Q_DECLARE_TR_FUNCTIONS(DataDictionary)

public:
    struct Options
    {
        QString title; // the design's or the database's name
        QString source; // what it was made from, shown under the title ("blog.xml")
        QByteArray diagramSvg; // HTML: the diagram's SVG document, inlined; empty: none
        QString diagramFile; // Markdown: the SVG file's name, relative to the page; empty: none
        QHash<QString, qint64> rowCounts; // by table name, when made from a database
        QList<DesignProblem> problems;
    };

    static QString html(const Schema &schema, const Options &options);
    static QString markdown(const Schema &schema, const Options &options);
};
