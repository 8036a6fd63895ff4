#include "documentationexport.h"

#include "diagramexport.h"

#include "io/writeall.h"

#include <QFileInfo>
#include <QSaveFile>

namespace {

bool saveBytes(const QByteArray &bytes, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered) || !writeAll(&file, bytes)
        || !file.commit()) {
        *error = DocumentationExport::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

DocumentationExport::Format DocumentationExport::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == u"md" || suffix == u"markdown" ? Format::Markdown : Format::Html;
}

QByteArray DocumentationExport::page(
    const Schema &schema, DiagramScene *scene, DataDictionary::Options options, Format format)
{
    if (format == Format::Markdown)
        return DataDictionary::markdown(schema, options).toUtf8();
    options.diagramSvg = DiagramExport::svg(scene, options.title);
    return DataDictionary::html(schema, options).toUtf8();
}

bool DocumentationExport::save(const Schema &schema, DiagramScene *scene,
    DataDictionary::Options options, Format format, const QString &path, QString *error)
{
    if (format == Format::Markdown) {
        const QFileInfo page(path);
        const QString svgPath = page.path() + u'/' + page.completeBaseName() + QStringLiteral(".svg");
        if (!saveBytes(DiagramExport::svg(scene, options.title), svgPath, error))
            return false;
        options.diagramFile = QFileInfo(svgPath).fileName();
    }
    return saveBytes(page(schema, scene, options, format), path, error);
}
