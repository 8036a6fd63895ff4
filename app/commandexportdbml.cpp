#include "commandline.h"

#include "textformats/dbmlwriter.h"

int CommandLine::exportDbml(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    return exportText(
        arguments, tr("export-dbml takes one design file."), &DbmlWriter::write, out, err);
}
