// SPDX-License-Identifier: GPL-3.0-or-later
// What a map draws, for the screen and every export alike (the part QGIS's QgsMapSettings
// plays): the scene and its projection, the palette, the size of type, the selection and which
// panels to show. The screen and a page differ in their level of detail only: the screen
// merges sites closer than a few pixels into glyphs and bundles links, so its cost follows the
// pixels; a page draws every site and link on its own (one SVG <circle> per site).
#pragma once

#include "core/geo/projection.h"
#include "core/map/mapscene.h"

#include <QRectF>
#include <QString>
#include <QVector>

namespace atlas {

enum class MapDetail {
    Screen, // merged glyphs as sprites, bundled links, up to 40 names
    Exact,  // every site and link on its own, up to 30 names: PNG, SVG, PDF, the dashboard
};

struct MapSettings
{
    const MapScene* scene = nullptr; // with the year's values set, projected with `projection`
    ProjectionKind projection = ProjectionKind::AlbersUsa;
    QRectF area;            // a page: the map metres to show; empty for all the sites
    QVector<int> selection; // sites to ring and name first, in bold (none by default)
    QString title;          // empty for the default, which names the year
    bool dark = false;      // the dark palette (the system's, or presentation's dark theme)
    qreal textScale = 1;    // the names and the legend (presentation mode); 1 as a rule
    bool showTitle = true;  // off on screen and when the map is part of a larger page
    bool showLegend = true;
    MapDetail detail = MapDetail::Exact;
};

// The title a page carries: `settings.title`, or the default, which names the year.
QString mapTitle(const MapSettings& settings);

} // namespace atlas
