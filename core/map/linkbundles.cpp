// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/map/linkbundles.h"

#include "core/geo/planedistance.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace atlas {

LinkStatus shownStatus(const MapLink& link) { return link.active ? LinkStatus::Lit : link.status; }

void LinkBundles::build(const MapScene& scene, const SiteGlyphs& glyphs, const MapViewport& viewport)
{
    m_bundles.clear();
    QHash<quint64, int> bundleOf;
    const QVector<MapLink>& links = scene.links();
    for (int i = 0; i < links.size(); ++i) {
        const MapLink& link = links[i];
        if (!link.visible)
            continue;
        int a = glyphs.glyphOfSite(link.siteA), b = glyphs.glyphOfSite(link.siteB);
        if (a < 0 && b < 0)
            continue; // both ends off screen
        if (a == b)
            continue; // inside one glyph
        if (link.path.isEmpty())
            continue;
        const QPointF pa = viewport.toScreen(link.path.first().first()),
                      pb = viewport.toScreen(link.path.last().last());
        const double dx = pa.x() - pb.x(), dy = pa.y() - pb.y();
        const double length2 = dx * dx + dy * dy; // squared: no square roots in this loop
        if (length2 < 1)
            continue; // shorter than a pixel
        // Hidden under the circles at its ends: nothing of it would show.
        if (a >= 0 && b >= 0) {
            const double covered = glyphs.glyphs()[a].radius + glyphs.glyphs()[b].radius;
            if (length2 <= covered * covered)
                continue;
        }
        if (a > b)
            std::swap(a, b);
        // Ends off screen (-1) are bundled by site, not by glyph, so they stay apart.
        const quint64 key = (quint64(quint32(a < 0 ? ~link.siteA : a)) << 32) |
                            quint32(b < 0 ? ~link.siteB : b);
        auto it = bundleOf.find(key);
        if (it == bundleOf.end()) {
            it = bundleOf.insert(key, int(m_bundles.size()));
            m_bundles.append(LinkBundle());
        }
        LinkBundle& bundle = m_bundles[*it];
        const double capacity = link.capacityTbps.value_or(0);
        if (bundle.representative < 0 || capacity > links[bundle.representative].capacityTbps.value_or(0))
            bundle.representative = i;
        bundle.capacityTbps += capacity;
        bundle.anyCapacity = bundle.anyCapacity || link.capacityTbps.has_value();
        const LinkStatus status = shownStatus(link);
        if (int(status) > int(bundle.status) || bundle.count == 0)
            bundle.status = std::max(status, bundle.status);
        ++bundle.count;
    }
    // Each bundle is drawn along its representative's great circle; a short one is a straight
    // segment (its curve would not show), unless it crosses the map's edge.
    const QTransform toScreen = viewport.transform();
    for (LinkBundle& bundle : m_bundles) {
        const MapLink& link = links[bundle.representative];
        const QPointF pa = viewport.toScreen(link.path.first().first()),
                      pb = viewport.toScreen(link.path.last().last());
        const QPointF d = pa - pb;
        if (link.path.size() == 1 && QPointF::dotProduct(d, d) < 40 * 40) {
            bundle.path = {QPolygonF{pa, pb}};
            continue;
        }
        bundle.path.reserve(link.path.size());
        for (const QPolygonF& part : link.path)
            bundle.path.append(toScreen.map(part));
    }
}

int LinkBundles::bundleAt(QPointF pixel, double tolerance) const
{
    int best = -1;
    double bestDistance = tolerance;
    for (int i = 0; i < m_bundles.size(); ++i) {
        for (const QPolygonF& path : m_bundles[i].path) {
            for (int k = 1; k < path.size(); ++k) {
                const double d = distanceToSegment(pixel, path[k - 1], path[k]);
                if (d <= bestDistance) {
                    bestDistance = d;
                    best = i;
                }
            }
        }
    }
    return best;
}

} // namespace atlas
