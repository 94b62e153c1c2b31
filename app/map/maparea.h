// SPDX-License-Identifier: GPL-3.0-or-later
// What the map shows, as chosen in its menus: the contiguous US, the whole world, or every
// located site; and the projection that goes with it unless the user forced one. Plain
// functions of the sites' positions, so the caller says which sites count (a site without a
// location has none).
#pragma once

#include "geo/lonlat.h"
#include "geo/projection.h"

#include <QPointF>
#include <QRectF>
#include <QString>
#include <QVector>

#include <optional>

namespace atlas {

class MapScene;

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

// The positions (map metres) the map fits: every site of the scene.
QVector<QPointF> sitePositions(const MapScene& scene);

} // namespace atlas
