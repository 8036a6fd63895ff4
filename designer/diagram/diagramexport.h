#pragma once

#include <QCoreApplication>
#include <QRectF>

class DiagramScene;
class QIODevice;
class QPainter;
class QPrinter;

// The whole diagram (not just what the view shows) as PNG, SVG or PDF, or on a printer. Files are
// written through QSaveFile: a failure leaves an existing file as it was. Selection marks and the
// grid are left out.
class DiagramExport
{
    Q_DECLARE_TR_FUNCTIONS(DiagramExport)

public:
    enum class Format { Png, Svg, Pdf };
    static std::optional<Format> formatForPath(const QString &path);

    static bool save(DiagramScene *scene, const QString &path, Format format, QString *error);
    static void print(DiagramScene *scene, QPrinter *printer);
    // The whole diagram as an SVG document, for pages that show it inline.
    static QByteArray svg(DiagramScene *scene, const QString &title);

    // The rectangle exported: everything drawn, with a margin.
    static QRectF sourceRect(const DiagramScene *scene);
    // PNG: pixels per scene unit (2 for sharp text), reduced so the image stays under the limit.
    static constexpr qreal PngScale = 2;
    static constexpr qint64 MaximumPngPixels = 250'000'000;

private:
    static void writeSvg(DiagramScene *scene, QIODevice *device, const QString &title);
    static void render(
        DiagramScene *scene, QPainter *painter, const QRectF &target, const QRectF &source);
};
