#include "commandline.h"

#include "textformats/mermaidwriter.h"

int CommandLine::exportMermaid(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    return exportText(
        arguments, tr("export-mermaid takes one design file."), &MermaidWriter::write, out, err);
}
