#pragma once

#include <QList>
#include <QString>

// An XML attribute that Schemata does not interpret but keeps, so that what other tools wrote
// (bcgov's `schema` on <table>, for example) survives a save.
struct XmlAttribute
{
    QString name;
    QString value;

    friend bool operator==(const XmlAttribute &, const XmlAttribute &) = default;
};

using XmlAttributes = QList<XmlAttribute>;
