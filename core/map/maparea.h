// SPDX-License-Identifier: GPL-3.0-or-later
// What the map shows, as chosen in its menus: the contiguous US, the whole world, or every
// located site; and the projection that goes with it unless the user forced one. Plain
// functions of the sites' positions, so the caller says which sites count (a site without a
// location has none).
#pragma once

#include "core/geo/lonlat.h"
#include "core/geo/projection.h"

#include <QPointF>
#include <QRectF>
#include <QString>
#include <QVector>

#include <optional>

namespace atlas {

class MapScene;
class MapViewport;

enum class MapArea { ContiguousUs, World, Sites };

// The text the settings keep ("us", "world", "sites"), and back (Sites for anything else).
QString mapAreaKey(MapArea area);
MapArea mapAreaFromKey(const QString& key);

// `forced` when the user chose a projection; otherwise Albers for the US, Equal Earth for the
// world, and for the sites the one that suits where they are (projectionFor()).
ProjectionKind projectionForArea(MapArea area, std::optional<ProjectionKind> forced,
                                 const QVector<LonLat>& sites);

// The box around the sites (map metres) with `marginMetres` on every side, and at least
// kMinSitesSpanMetres across, so that one site is shown with its region rather than a
// city block. Empty when there are none.
inline constexpr double kSitesMarginMetres = 150000;
inline constexpr double kMinSitesSpanMetres = 1000000;
QRectF sitesArea(const QVector<QPointF>& sites, double marginMetres = kSitesMarginMetres);

// The map metres to show: the contiguous US (its bounding box in any projection), all that
// the projection is meant to show (Projection::extent(): the whole world in Equal Earth), or
// sitesArea(sites), falling back to the whole extent when there are no sites.
QRectF areaToShow(MapArea area, const Projection& projection, const QVector<QPointF>& sites);

// Fits `area` with `marginPixels` around it. When a site would then lie under `panel` (the
// legend, drawn over the map's top left corner), fits it again beside the panel or below it,
// whichever keeps the map larger, unless that would shrink it by more than kMostShrink.
inline constexpr double kMostShrink = 1.5;
void fitClearOfPanel(MapViewport* viewport, const QRectF& area, const QVector<QPointF>& sites,
                     double marginPixels, const QRectF& panel);

// The positions (map metres) the map fits: every site of the scene that has a location.
QVector<QPointF> sitePositions(const MapScene& scene);

} // namespace atlas
