// SPDX-License-Identifier: GPL-3.0-or-later
// The page writer: a page painted by one function, written as a PNG, a vector SVG or a
// one-page PDF. Every picture export (charts, map, dashboard; from the window and from the
// command line) goes through writePage(), which writes through io::OutputFile: into a
// temporary file renamed over the target only when complete, never over an open database,
// every write checked (a full disk fails the export and says so).
//
// It sits in ui/ rather than the core because QSvgGenerator is Qt SVG, which the core does
// not link (QtCore and QtGui only); the file handling beneath it (io/outputfile.h) is core.
#pragma once

#include <QColor>
#include <QList>
#include <QSize>
#include <QString>

#include <functional>
#include <optional>

QT_BEGIN_NAMESPACE
class QIODevice;
class QPainter;
QT_END_NAMESPACE

namespace atlas {

enum class PageFormat { Png, Svg, Pdf };

struct Page
{
    QSize size;                           // in logical pixels; SVG and PDF at 96 per inch
    qreal scale = 1;                      // PNG pixels per logical pixel
    QColor background;                    // PNG: filled before painting (transparent when invalid)
    QString title;                        // SVG <title>, PDF title
    QString description;                  // SVG <desc>
    std::function<void(QPainter&)> paint; // draws the page in (0, 0, size)
};

// The format of `path` by its suffix (.png, .svg, .pdf), nullopt for any other.
std::optional<PageFormat> pageFormatOf(const QString& path);

// Paints the page onto `device` in `format`. Returns the error, or an empty string.
QString paintPage(QIODevice* device, PageFormat format, const Page& page);

// Writes the page to `path` in the format its suffix names, which must be one of `allowed`.
// Returns the error (the file there before is then unchanged), or an empty string. A PNG
// larger than io::kMaxImagePixels is refused before anything is allocated or opened.
QString writePage(const QString& path, const Page& page, const QList<PageFormat>& allowed);

} // namespace atlas
