// SPDX-License-Identifier: GPL-3.0-or-later
// What the street map (a QtLocation tile map) draws over its tiles: the same site glyphs and
// link bundles as the vector map, computed in Web Mercator for the area on screen and half a
// screen around it, and handed over as coordinates. QtLocation's MapItemView makes a
// delegate for every row and culls nothing, so the rows must follow the screen, not the
// data: a pan within the margin changes no row, and a zoom or a pan beyond it rebuilds them.
#pragma once

#include "core/map/linkbundles.h"
#include "core/map/mapscene.h"
#include "core/map/siteglyphs.h"

#include <QColor>
#include <QSizeF>
#include <QVector>

namespace atlas {

struct StreetSiteItem
{
    LonLat at;
    double radius = 0;        // pixels, as on the vector map
    double plannedRadius = 0; // the dashed ring of what is planned; 0 when none
    QColor color;
    bool hollow = false;
    Id siteId = 0;            // the largest member: what a click selects
    int count = 0;            // members
    QString label;            // empty when the name would collide with a larger one
};

struct StreetLinkItem
{
    QVector<LonLat> path;
    LinkStatus status = LinkStatus::Planned;
    double capacityTbps = 0;
    bool capacityKnown = false;
};

class StreetMapLayers
{
public:
    // Half a screen of items beyond each edge, so that panning that far changes no row.
    static constexpr double kMarginScreens = 0.5;
    // Sites closer than this many pixels are one glyph (as on the vector map)...
    static constexpr double kCellPixels = 6;
    // ...unless that leaves more rows than QtLocation can move at an interactive rate (each
    // delegate is repositioned on every pan or zoom step; measured in docs/streetmap.md):
    // then the cells grow by half until sites and links fit in this many rows.
    static constexpr int kMaxRows = 600;
    static constexpr double kMaxCellPixels = 96;
    // The tile size that defines QtLocation's zoom levels (the world is 256 × 2^zoom pixels).
    static constexpr double kTilePixels = 256;

    StreetMapLayers();

    void setData(const Dataset& data);
    void setYear(const PreparedAtlas& atlas, const ScenarioParams& params, const ScenarioResult& result, int year);
    // The view the map shows: its top-left and bottom-right corners and its size in pixels.
    // Returns true when the items were rebuilt (the zoom changed, the view left the area the
    // items cover, or the data or year changed since); false when the rows stay as they are.
    bool setView(LonLat topLeft, LonLat bottomRight, QSizeF pixels);

    const QVector<StreetSiteItem>& sites() const { return m_sites; }
    const QVector<StreetLinkItem>& links() const { return m_links; }
    // The site item a site is drawn in, -1 when none (off the covered area, not online).
    int itemOfSite(Id siteId) const;
    // The link item under `pixel` of the view last set (within a few pixels), -1 when none.
    int linkAt(QPointF pixel) const;
    QString siteTooltip(int item) const;
    QString linkTooltip(int item) const;
    bool hasView() const { return m_hasView; }
    // Counts the rebuilds: a view whose rows stayed keeps the number.
    int generation() const { return m_generation; }
    // The size of the cells the last rebuild merged sites in, in pixels.
    double cellPixels() const { return m_cellPixels; }

    // The centre and zoom level that show every site online in the year (or every site, when
    // none is) in a view of `pixels`, `marginPixels` from the edges and `labelPixels` more on
    // the right, where the names go; nullopt without sites.
    struct Fit
    {
        LonLat center;
        double zoomLevel = 0;
    };
    std::optional<Fit> fit(QSizeF pixels, double marginPixels = 32, double labelPixels = 0) const;

    const MapScene& scene() const { return m_scene; }

private:
    void rebuild();

    WebMercator m_projection;
    MapScene m_scene;
    double m_routeFactor = 1.3;
    bool m_hasView = false;
    bool m_dirty = true;
    int m_generation = 0;
    double m_cellPixels = kCellPixels;
    MapViewport m_view;     // what is on screen, in Web Mercator metres
    MapViewport m_coverage; // what the items cover: the view and its margin
    SiteGlyphs m_glyphs;
    LinkBundles m_bundles;
    QVector<StreetSiteItem> m_sites;
    QVector<StreetLinkItem> m_links;
};

} // namespace atlas
