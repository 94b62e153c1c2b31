// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/export/pagewriter.h"

#include "ui/export/pagefont.h"
#include "core/io/imagelimits.h"
#include "core/io/outputfile.h"
#include "core/io/protectedfiles.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QImageWriter>
#include <QLibraryInfo>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QStringList>
#include <QSvgGenerator>
#include <QVersionNumber>

namespace atlas {
namespace {

// The texts of the page writer (free functions, no class of their own).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(atlas::PageWriter)
};

QString suffixOf(PageFormat format)
{
    switch (format) {
    case PageFormat::Png:
        return QStringLiteral(".png");
    case PageFormat::Svg:
        return QStringLiteral(".svg");
    case PageFormat::Pdf:
        return QStringLiteral(".pdf");
    }
    return {};
}

// Title and description as QSvgGenerator must be given them. Before Qt 6.5 it wrote both into
// <title> and <desc> as they are (QTBUG-104203): a scenario named "x</title><script>…" made a
// well-formed SVG with a live script. From 6.5 it escapes them itself.
QString svgMetadata(const QString& text)
{
    static const bool escapesItself = QLibraryInfo::version() >= QVersionNumber(6, 5);
    return escapesItself ? text : text.toHtmlEscaped();
}

QString paintPng(QIODevice* device, const Page& page)
{
    if (const QString tooLarge = io::imageSizeProblem(page.size, page.scale); !tooLarge.isEmpty())
        return tooLarge; // before the image is allocated
    QImage image(page.size * page.scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(page.scale);
    image.fill(page.background.isValid() ? page.background : QColor(Qt::transparent));
    QPainter painter(&image);
    page.paint(painter);
    painter.end();
    // Encoded in memory, then written: a write the disk refuses is then our write, whose error
    // says why (libpng's own reads "Unknown error").
    QBuffer encoded;
    encoded.open(QIODevice::WriteOnly);
    QImageWriter writer(&encoded, "png");
    if (!writer.write(image))
        return writer.errorString();
    if (device->write(encoded.data()) != encoded.size())
        return device->errorString();
    return {};
}

QString paintSvg(QIODevice* device, const Page& page)
{
    // Drawn into memory first: the font families are completed before the file is written.
    QBuffer drawn;
    drawn.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&drawn);
    svg.setSize(page.size);
    svg.setViewBox(QRect(QPoint(0, 0), page.size));
    svg.setResolution(96);
    svg.setTitle(svgMetadata(page.title));
    svg.setDescription(svgMetadata(page.description));
    QPainter painter;
    if (!painter.begin(&svg))
        return Text::tr("the SVG could not be started");
    page.paint(painter);
    painter.end(); // writes the document
    const QByteArray document = withCjkFallback(drawn.data());
    if (device->write(document) != document.size())
        return device->errorString();
    return {};
}

QString paintPdf(QIODevice* device, const Page& page)
{
    // One page the size of the slide: its pixels at 96 per inch, as points (1/72 in).
    QPdfWriter pdf(device);
    pdf.setTitle(page.title);
    pdf.setCreator(QStringLiteral("Compute Atlas"));
    pdf.setResolution(96);
    pdf.setPageSize(QPageSize(QSizeF(page.size) * 72.0 / 96.0, QPageSize::Point, QString(),
                              QPageSize::ExactMatch));
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter;
    if (!painter.begin(&pdf))
        return Text::tr("the PDF could not be started");
    page.paint(painter);
    painter.end(); // writes the rest of the document
    // A write the disk refused is not reported by QSvgGenerator or QPdfWriter: the file's
    // device keeps it, and OutputFile::commit() fails with it.
    return {};
}

} // namespace

std::optional<PageFormat> pageFormatOf(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return PageFormat::Png;
    if (suffix == QLatin1String("svg"))
        return PageFormat::Svg;
    if (suffix == QLatin1String("pdf"))
        return PageFormat::Pdf;
    return std::nullopt;
}

QString paintPage(QIODevice* device, PageFormat format, const Page& page)
{
    switch (format) {
    case PageFormat::Png:
        return paintPng(device, page);
    case PageFormat::Svg:
        return paintSvg(device, page);
    case PageFormat::Pdf:
        return paintPdf(device, page);
    }
    return {};
}

QString writePage(const QString& path, const Page& page, const QList<PageFormat>& allowed)
{
    // The open database first, whatever the name: "--out atlas.gpkg" says what it would do.
    if (const QString conflict = io::protectedFileConflict(path); !conflict.isEmpty())
        return conflict;
    const std::optional<PageFormat> format = pageFormatOf(path);
    if (!format || !allowed.contains(*format)) {
        QStringList suffixes;
        for (PageFormat each : allowed)
            suffixes << suffixOf(each);
        const QString last = suffixes.takeLast();
        return Text::tr("Unknown file type \"%1\": use %2.")
            .arg(QFileInfo(path).suffix().toLower(),
                 suffixes.isEmpty()
                     ? last
                     : Text::tr("%1 or %2").arg(suffixes.join(QStringLiteral(", ")), last));
    }
    // Before the file is opened: a picture too large to draw leaves no trace.
    if (*format == PageFormat::Png) {
        if (const QString tooLarge = io::imageSizeProblem(page.size, page.scale);
            !tooLarge.isEmpty())
            return tooLarge;
    }
    io::OutputFile file(path);
    QIODevice* device = file.open();
    if (!device)
        return file.error();
    if (const QString error = paintPage(device, *format, page); !error.isEmpty()) {
        file.fail(error);
        return file.error();
    }
    return file.commit() ? QString() : file.error();
}

} // namespace atlas
