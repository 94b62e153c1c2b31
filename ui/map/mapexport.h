// SPDX-License-Identifier: GPL-3.0-or-later
// The map for slides: PNG at 1×, 2× or 3×, or an SVG or a one-page PDF made of vector paths
// (no bitmap), with a title, the year, the legend, a scale bar and the data attribution. Every site is drawn on
// its own (one SVG <circle> per visible site), every visible link as its great circle.
#pragma once

#include "core/geo/projection.h"
#include "core/map/mapscene.h"
#include "core/map/mapviewport.h"
#include "ui/map/maprenderer.h"
#include "ui/map/mapsettings.h"

#include <QImage>
#include <QSize>

class QPainter;

namespace atlas {

inline constexpr QSize kMapExportSize{1600, 1000};

// Walks the map's layers (maplayer.h) as the screen does, at the exact level of detail unless
// `settings.detail` says otherwise. The scene's projection must be `settings.projection` (its
// sites were projected with it). Returns the names it drew, and where (the tests read them).
QVector<MapRenderer::Label> paintMapPage(QPainter& painter, QSize size,
                                         const MapSettings& settings);
// A null image when `size` at `scale` is over io::kMaxImagePixels (nothing is allocated).
QImage renderMapImage(const MapSettings& settings, QSize size, qreal scale);
// PNG, SVG or PDF by the suffix. Returns the error, or an empty string.
QString exportMap(const MapSettings& settings, const QString& path, QSize size = kMapExportSize,
                  qreal scale = 1);

} // namespace atlas
