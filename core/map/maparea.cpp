// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/map/maparea.h"

#include "core/map/mapscene.h"
#include "core/map/mapviewport.h"

#include <algorithm>

namespace atlas {
namespace {

// The contiguous US, as Albers's extent() frames it: 125°W-66.5°W, 24°N-49.5°N.
constexpr double kUsWest = -125, kUsEast = -66.5, kUsSouth = 24, kUsNorth = 49.5;
constexpr double kUsMarginMetres = 100000;

// The box's outline sampled every degree: a conic projection curves its parallels.
QRectF contiguousUs(const Projection& projection)
{
    QPolygonF outline;
    for (double lon = kUsWest; lon <= kUsEast; lon += 1) {
        outline << projection.project({lon, kUsSouth}) << projection.project({lon, kUsNorth});
    }
    for (double lat = kUsSouth; lat <= kUsNorth; lat += 1)
        outline << projection.project({kUsWest, lat}) << projection.project({kUsEast, lat});
    return outline.boundingRect().adjusted(-kUsMarginMetres, -kUsMarginMetres, kUsMarginMetres,
                                           kUsMarginMetres);
}

} // namespace

QString mapAreaKey(MapArea area)
{
    switch (area) {
    case MapArea::ContiguousUs:
        return QStringLiteral("us");
    case MapArea::World:
        return QStringLiteral("world");
    case MapArea::Sites:
        break;
    }
    return QStringLiteral("sites");
}

MapArea mapAreaFromKey(const QString& key)
{
    if (key == QLatin1String("us"))
        return MapArea::ContiguousUs;
    if (key == QLatin1String("world"))
        return MapArea::World;
    return MapArea::Sites;
}

ProjectionKind projectionForArea(MapArea area, std::optional<ProjectionKind> forced,
                                 const QVector<LonLat>& sites)
{
    if (forced)
        return *forced;
    switch (area) {
    case MapArea::ContiguousUs:
        return ProjectionKind::AlbersUsa;
    case MapArea::World:
        return ProjectionKind::EqualEarth;
    case MapArea::Sites:
        break;
    }
    return projectionFor(sites);
}

QRectF sitesArea(const QVector<QPointF>& sites, double marginMetres)
{
    if (sites.isEmpty())
        return {};
    double left = sites[0].x(), right = left, bottom = sites[0].y(), top = bottom;
    for (const QPointF& p : sites) {
        left = std::min(left, p.x());
        right = std::max(right, p.x());
        bottom = std::min(bottom, p.y());
        top = std::max(top, p.y());
    }
    QRectF box = QRectF(QPointF(left, bottom), QPointF(right, top))
                     .adjusted(-marginMetres, -marginMetres, marginMetres, marginMetres);
    const QPointF centre = box.center();
    box.setWidth(std::max(box.width(), kMinSitesSpanMetres));
    box.setHeight(std::max(box.height(), kMinSitesSpanMetres));
    box.moveCenter(centre);
    return box;
}

QRectF areaToShow(MapArea area, const Projection& projection, const QVector<QPointF>& sites)
{
    switch (area) {
    case MapArea::ContiguousUs:
        return contiguousUs(projection);
    case MapArea::World:
        return projection.extent();
    case MapArea::Sites:
        break;
    }
    const QRectF box = sitesArea(sites);
    return box.isEmpty() ? projection.extent() : box;
}

void fitClearOfPanel(MapViewport* viewport, const QRectF& area, const QVector<QPointF>& sites,
                     double marginPixels, const QRectF& panel)
{
    viewport->fit(area, marginPixels);
    const QRectF covered =
        panel.adjusted(-marginPixels / 2, -marginPixels / 2, marginPixels / 2, marginPixels / 2);
    const bool hidden = std::any_of(sites.begin(), sites.end(), [&](const QPointF& p) {
        return covered.contains(viewport->toScreen(p));
    });
    if (!hidden)
        return;
    MapViewport beside = *viewport, below = *viewport;
    beside.fit(area, QMarginsF(panel.right() + marginPixels / 2, marginPixels, marginPixels,
                               marginPixels));
    below.fit(area, QMarginsF(marginPixels, panel.bottom() + marginPixels / 2, marginPixels,
                              marginPixels));
    const MapViewport& best = beside.metresPerPixel() <= below.metresPerPixel() ? beside : below;
    if (best.metresPerPixel() <= viewport->metresPerPixel() * kMostShrink)
        *viewport = best;
}

QVector<QPointF> sitePositions(const MapScene& scene)
{
    QVector<QPointF> positions;
    positions.reserve(scene.sites().size());
    for (const MapSite& site : scene.sites()) {
        if (site.placed)
            positions << site.at;
    }
    return positions;
}

} // namespace atlas
