#include "diagramexport.h"

#include "diagramscene.h"

#include <QBuffer>
#include <QFileInfo>
#include <QGraphicsItem>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QSaveFile>
#include <QSvgGenerator>

std::optional<DiagramExport::Format> DiagramExport::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"png")
        return Format::Png;
    if (suffix == u"svg")
        return Format::Svg;
    if (suffix == u"pdf")
        return Format::Pdf;
    return std::nullopt;
}

QRectF DiagramExport::sourceRect(const DiagramScene *scene)
{
    const QRectF content = scene->contentRect();
    return content.isEmpty() ? QRectF(0, 0, 100, 100) : content.adjusted(-20, -20, 20, 20);
}

void DiagramExport::render(
    DiagramScene *scene, QPainter *painter, const QRectF &target, const QRectF &source)
{
    const QList<QGraphicsItem *> selected = scene->selectedItems();
    scene->clearSelection();
    scene->setExporting(true);
    painter->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    scene->render(painter, target, source, Qt::KeepAspectRatio);
    scene->setExporting(false);
    for (QGraphicsItem *item : selected)
        item->setSelected(true);
}

bool DiagramExport::save(DiagramScene *scene, const QString &path, Format format, QString *error)
{
    const QRectF source = sourceRect(scene);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    switch (format) {
    case Format::Png: {
        qreal scale = PngScale;
        const qreal pixels = source.width() * source.height() * scale * scale;
        if (pixels > MaximumPngPixels)
            scale *= std::sqrt(MaximumPngPixels / pixels);
        QImage image(
            QSize(int(std::ceil(source.width() * scale)), int(std::ceil(source.height() * scale))),
            QImage::Format_ARGB32_Premultiplied);
        if (image.isNull()) {
            *error = tr("The diagram is too large for an image (%1 x %2 pixels).")
                         .arg(int(source.width() * scale))
                         .arg(int(source.height() * scale));
            file.cancelWriting();
            return false;
        }
        image.fill(scene->colors().background);
        QPainter painter(&image);
        render(scene, &painter, QRectF(QPointF(0, 0), image.size()), source);
        painter.end();
        QImageWriter writer(&file, "png");
        if (!writer.write(image)) {
            *error = tr("Cannot write %1: %2").arg(path, writer.errorString());
            file.cancelWriting();
            return false;
        }
        break;
    }
    case Format::Svg:
        writeSvg(scene, &file, QFileInfo(path).completeBaseName());
        break;
    case Format::Pdf: {
        QPdfWriter writer(&file);
        writer.setTitle(QFileInfo(path).completeBaseName());
        writer.setCreator(QStringLiteral("Schemata"));
        writer.setResolution(72);
        // One page the size of the diagram: vector output, so any zoom stays sharp.
        writer.setPageSize(QPageSize(source.size(), QPageSize::Point));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter(&writer);
        render(scene, &painter, QRectF(QPointF(0, 0), source.size()), source);
        painter.end();
        break;
    }
    }
    if (!file.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void DiagramExport::writeSvg(DiagramScene *scene, QIODevice *device, const QString &title)
{
    const QRectF source = sourceRect(scene);
    QSvgGenerator generator;
    generator.setOutputDevice(device);
    generator.setSize(source.size().toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), source.size()));
    generator.setTitle(title);
    generator.setDescription(tr("Database diagram drawn by Schemata"));
    QPainter painter(&generator);
    painter.fillRect(QRectF(QPointF(0, 0), source.size()), scene->colors().background);
    render(scene, &painter, QRectF(QPointF(0, 0), source.size()), source);
    painter.end();
}

QByteArray DiagramExport::svg(DiagramScene *scene, const QString &title)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    writeSvg(scene, &buffer, title);
    return buffer.data();
}

void DiagramExport::print(DiagramScene *scene, QPrinter *printer)
{
    QPainter painter(printer);
    const QRectF page = printer->pageLayout().paintRectPixels(printer->resolution());
    render(scene, &painter, QRectF(QPointF(0, 0), page.size()), sourceRect(scene));
}
