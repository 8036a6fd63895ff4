#pragma once

#include "objectid.h"

#include <QRectF>
#include <QString>

// A free text note on the diagram (<note> in the file, ignored by the designer).
struct Note
{
    ObjectId id = NoObject;
    QRectF geometry;
    QString text;
    QString color; // CSS/Qt colour name or #rrggbb; empty = default
};

// A coloured area that groups tables (<area> in the file, ignored by the designer).
struct Area
{
    ObjectId id = NoObject;
    QRectF geometry;
    QString title;
    QString color;
};
