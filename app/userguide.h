#pragma once

#include <QString>
#include <QStringList>

// Where Help > User Guide finds the guide's HTML (docs/guide, built with the program):
// installed beside the binary (bin/../share/doc/schemata/guide), else in the build folder.
class UserGuide
{
public:
    // The folders searched, in order.
    static QStringList folders();
    // The first folders' index.html that exists; empty when the guide is in none of them.
    static QString indexPath(const QStringList &searched = folders());
};
