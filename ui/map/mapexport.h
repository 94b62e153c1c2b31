// SPDX-License-Identifier: GPL-3.0-or-later
// The map for slides: PNG at 1×, 2× or 3×, or an SVG or a one-page PDF made of vector paths
// (no bitmap), with a title, the year, the legend, a scale bar and the data attribution. Every site is drawn on
// its own (one SVG <circle> per visible site), every visible link as its great circle.
#pragma once

#include "core/geo/projection.h"
#include "ui/map/maprenderer.h"
#include "core/map/mapscene.h"
#include "core/map/mapviewport.h"

#include <QImage>
#include <QSize>

class QPainter;

namespace atlas {

inline constexpr QSize kMapExportSize{1600, 1000};

struct MapExportView
{
    const MapScene* scene = nullptr; // with the year's values set
    ProjectionKind projection = ProjectionKind::AlbersUsa;
    QRectF area;                     // the map metres to show; empty for all the sites
    QVector<int> selection;          // sites to ring and name first, in bold (none by default)
    QString title;                   // empty for the default, which names the year
    bool dark = false;               // the dark palette (presentation's dark theme)
    bool showTitle = true;           // off when the map is part of a larger page
    bool showLegend = true;
};

// The scene's projection must be `view.projection` (its sites were projected with it).
// Returns the names it drew, and where (the tests read them).
QVector<MapRenderer::Label> paintMapPage(QPainter& painter, QSize size, const MapExportView& view);
// A null image when `size` at `scale` is over io::kMaxImagePixels (nothing is allocated).
QImage renderMapImage(const MapExportView& view, QSize size, qreal scale);
// PNG, SVG or PDF by the suffix. Returns the error, or an empty string.
QString exportMap(const MapExportView& view, const QString& path, QSize size = kMapExportSize, qreal scale = 1);

} // namespace atlas
