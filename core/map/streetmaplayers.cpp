// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/map/streetmaplayers.h"

#include "core/map/maptooltips.h"

#include <algorithm>
#include <cmath>

namespace atlas {
namespace {

// Names beside the largest glyphs only: the tiles carry their own labels of towns and roads.
constexpr int kMaxLabels = 20;
// A label's box, estimated without fonts (the core has none): 7 px a character, 14 px high.
constexpr double kCharPixels = 7, kLabelPixels = 14;

QString glyphLabel(const MapScene& scene, const SiteGlyph& glyph)
{
    const QString name = scene.sites()[glyph.largest].name;
    return glyph.count > 1 ? QStringLiteral("%1 +%2").arg(name).arg(glyph.count - 1) : name;
}

} // namespace

StreetMapLayers::StreetMapLayers() = default;

void StreetMapLayers::setData(const Dataset& data)
{
    m_scene.setData(data, m_projection);
    m_dirty = true;
}

void StreetMapLayers::setYear(const PreparedAtlas& atlas, const ScenarioParams& params, const ScenarioResult& result,
                              int year)
{
    m_scene.setYear(atlas, params, result, year);
    m_routeFactor = params.routeFactor;
    m_dirty = true;
    if (m_hasView)
        rebuild();
}

bool StreetMapLayers::setView(LonLat topLeft, LonLat bottomRight, QSizeF pixels)
{
    if (pixels.isEmpty())
        return false;
    const QPointF a = m_projection.project(topLeft), b = m_projection.project(bottomRight);
    double width = b.x() - a.x();
    if (width <= 0) // the view crosses the antimeridian
        width += WebMercator::kWorldMetres;
    const MapViewport view(pixels, QPointF(a.x() + width / 2, (a.y() + b.y()) / 2), width / pixels.width());
    const bool zoomChanged = !m_hasView || std::abs(view.metresPerPixel() / m_coverage.metresPerPixel() - 1) > 1e-3 ||
                             view.size() != m_view.size();
    const bool leftCoverage = !m_coverage.visibleMap().contains(view.visibleMap());
    m_view = view;
    m_hasView = true;
    if (!(m_dirty || zoomChanged || leftCoverage))
        return false;
    rebuild();
    return true;
}

void StreetMapLayers::rebuild()
{
    const QSizeF size = m_view.size() * (1 + 2 * kMarginScreens);
    m_coverage = MapViewport(size, m_view.center(), m_view.metresPerPixel());
    for (m_cellPixels = kCellPixels;; m_cellPixels *= 1.5) {
        m_glyphs.build(m_scene, m_coverage, m_cellPixels);
        m_bundles.build(m_scene, m_glyphs, m_coverage);
        if (m_glyphs.glyphs().size() + m_bundles.bundles().size() <= kMaxRows || m_cellPixels >= kMaxCellPixels)
            break;
    }
    m_dirty = false;
    ++m_generation;

    const auto toLonLat = [this](QPointF pixel) {
        return m_projection.unproject(m_coverage.toMap(pixel)).value_or(LonLat{});
    };
    m_sites.clear();
    m_sites.reserve(m_glyphs.glyphs().size());
    QVector<QRectF> labelled;
    for (const SiteGlyph& glyph : m_glyphs.glyphs()) {
        StreetSiteItem item;
        item.at = toLonLat(glyph.center);
        item.radius = glyph.radius;
        item.plannedRadius = glyph.plannedRadius;
        item.color = glyph.color;
        item.hollow = glyph.hollow;
        item.siteId = m_scene.sites()[glyph.largest].id;
        item.count = glyph.count;
        // Largest first: a name is kept where it overlaps no larger one's.
        if (labelled.size() < kMaxLabels) {
            const QString text = glyphLabel(m_scene, glyph);
            const QRectF box(glyph.center.x() + glyph.drawnRadius() + 3,
                             glyph.center.y() - kLabelPixels / 2, text.size() * kCharPixels,
                             kLabelPixels);
            if (std::none_of(labelled.begin(), labelled.end(), [&](const QRectF& r) { return r.intersects(box); })) {
                labelled.append(box);
                item.label = text;
            }
        }
        m_sites.append(item);
    }
    m_links.clear();
    m_links.reserve(m_bundles.bundles().size());
    for (const LinkBundle& bundle : m_bundles.bundles()) {
        StreetLinkItem item;
        // One line through the parts' points, as the street map had before links were cut
        // at the antimeridian: Qt Location lays lon/lat paths over its own wrapping world.
        for (const QPolygonF& part : bundle.path) {
            for (const QPointF& p : part)
                item.path.append(toLonLat(p));
        }
        item.status = bundle.status;
        item.capacityTbps = bundle.capacityTbps;
        item.capacityKnown = bundle.anyCapacity;
        m_links.append(item);
    }
}

int StreetMapLayers::itemOfSite(Id siteId) const
{
    return m_glyphs.glyphOfSite(m_scene.indexOf(siteId));
}

int StreetMapLayers::linkAt(QPointF pixel) const
{
    if (!m_hasView)
        return -1;
    // The rows were laid out in the covered area's pixels, around the centre of that moment;
    // the view may have moved since (a pan within the margin).
    return m_bundles.bundleAt(m_coverage.toScreen(m_view.toMap(pixel)));
}

QString StreetMapLayers::siteTooltip(int item) const
{
    return item >= 0 && item < m_sites.size() ? atlas::siteTooltip(m_scene, m_glyphs, item) : QString();
}

QString StreetMapLayers::linkTooltip(int item) const
{
    return item >= 0 && item < m_links.size() ? atlas::linkTooltip(m_scene, m_bundles.bundles()[item], m_routeFactor)
                                              : QString();
}

std::optional<StreetMapLayers::Fit> StreetMapLayers::fit(QSizeF pixels, double marginPixels, double labelPixels) const
{
    QRectF extent;
    for (const MapSite& site : m_scene.sites()) {
        if (site.online)
            extent |= QRectF(site.at, QSizeF(1, 1));
    }
    if (extent.isNull())
        extent = m_scene.sitesExtent();
    if (extent.isNull() || pixels.isEmpty())
        return std::nullopt;
    const double width = std::max(1.0, pixels.width() - 2 * marginPixels - labelPixels);
    const double height = std::max(1.0, pixels.height() - 2 * marginPixels);
    // A lone site: a view some 200 km across rather than a street.
    const double metres = std::max({extent.width() / width, extent.height() / height, 200000.0 / width});
    Fit fit;
    // The sites sit left of the centre by half the room kept for the names.
    const QPointF center = extent.center() + QPointF(labelPixels / 2 * metres, 0);
    fit.center = m_projection.unproject(center).value_or(LonLat{});
    fit.zoomLevel = std::log2(WebMercator::kWorldMetres / (kTilePixels * metres));
    return fit;
}

} // namespace atlas
