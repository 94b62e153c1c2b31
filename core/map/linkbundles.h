// SPDX-License-Identifier: GPL-3.0-or-later
// The level of detail of the map's fiber links: a link inside one site glyph is not drawn,
// links between the same two glyphs are drawn once (their capacities summed, the most
// advanced status shown), and a link shorter than a pixel is skipped. The links drawn then
// follow the glyphs on screen, not the links in the data. Also finds the link under the
// cursor.
#pragma once

#include "core/map/mapscene.h"
#include "core/map/siteglyphs.h"

#include <QVector>

namespace atlas {

struct LinkBundle
{
    QVector<QPolygonF> path; // pixels, in parts cut at the map's edge (see MapLink::path)
    double capacityTbps = 0; // summed over members with a capacity
    bool anyCapacity = false;
    LinkStatus status = LinkStatus::Planned; // lit if any member is in use in the year
    int representative = -1; // the member with the most capacity (index into MapScene::links())
    int count = 0;
};

class LinkBundles
{
public:
    void build(const MapScene& scene, const SiteGlyphs& glyphs, const MapViewport& viewport);
    const QVector<LinkBundle>& bundles() const { return m_bundles; }
    // The bundle within `tolerance` pixels of `pixel`, -1 when none.
    int bundleAt(QPointF pixel, double tolerance = 4) const;

private:
    QVector<LinkBundle> m_bundles;
};

// The status to draw a link in, in its scene's year: lit once in use.
LinkStatus shownStatus(const MapLink& link);

} // namespace atlas
