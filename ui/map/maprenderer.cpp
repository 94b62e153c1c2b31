// SPDX-License-Identifier: GPL-3.0-or-later
// The renderer's layers of the map itself: sea and land, links, sites, the selection. The
// names are in maplabels.cpp, the legend in maplegend.cpp, the scale bar and attribution in
// mapfooter.cpp.
#include "ui/map/maprenderer.h"

#include "core/geo/antimeridian.h"
#include "core/map/sitesymbols.h"
#include "ui/map/mapstyle.h"

#include <QPainter>

#include <algorithm>
#include <cmath>
#include <map>

namespace atlas {
namespace {

void drawGlyph(QPainter& painter, const mapstyle::MapPalette& palette, QPointF center, double radius, double plannedRadius,
               const QColor& color, bool hollow)
{
    if (plannedRadius > 0) {
        painter.setPen(mapstyle::plannedRingPen(color));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(center, plannedRadius, plannedRadius);
    }
    if (radius <= 0)
        return; // only projected capacity: the ring alone
    painter.setPen(mapstyle::sitePen(palette, color, hollow));
    painter.setBrush(mapstyle::siteBrush(palette, color, hollow));
    painter.drawEllipse(center, radius, radius);
}

} // namespace

MapRenderer::MapRenderer() { setProjection(ProjectionKind::AlbersUsa); }

void MapRenderer::setProjection(ProjectionKind kind)
{
    m_kind = kind;
    m_projection = makeProjection(kind);
    const Basemap& basemap = Basemap::bundled();
    if (const BasemapLayer* countries = basemap.layer(QStringLiteral("countries")))
        m_countries = ProjectedBasemap(*countries, *m_projection, kind);
    if (const BasemapLayer* states = basemap.layer(QStringLiteral("states")))
        m_states = ProjectedBasemap(*states, *m_projection, kind);
    // A world map is drawn inside its outline, where the land cut at the antimeridian and
    // around the South Pole ends; the US map (a window on a conic projection) has no edge.
    m_outline.clear();
    if (kind == ProjectionKind::EqualEarth) {
        for (const LonLat& p : mapEdgeRing(m_projection->centralMeridian()))
            m_outline << m_projection->project(p);
    }
}

void MapRenderer::paintBasemap(QPainter& painter, const MapViewport& viewport) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QTransform toScreen = viewport.transform();
    if (m_outline.isEmpty()) {
        painter.fillRect(QRectF(QPointF(0, 0), viewport.size()), m_palette.sea);
    } else {
        painter.fillRect(QRectF(QPointF(0, 0), viewport.size()), m_palette.beyond);
        painter.setPen(Qt::NoPen);
        painter.setBrush(m_palette.sea);
        painter.drawPolygon(toScreen.map(m_outline));
    }
    const QRectF visible = viewport.visibleMap();
    // Only what is on screen, at the detail the scale can show (half a pixel).
    const ProjectedBasemap::Level& countries = m_countries.levelFor(viewport.metresPerPixel());
    const ProjectedBasemap::Level& states = m_states.levelFor(viewport.metresPerPixel());
    painter.setPen(Qt::NoPen);
    painter.setBrush(m_palette.land);
    for (const ProjectedBasemap::Level* level : {&countries, &states}) {
        for (int i = 0; i < level->fills.size(); ++i) {
            if (level->fillBounds[i].intersects(visible))
                painter.drawPath(toScreen.map(level->fills[i]));
        }
    }
    // Borders, each shared edge once: states finer and lighter than countries.
    painter.setBrush(Qt::NoBrush);
    const std::pair<const ProjectedBasemap::Level*, QPen> borders[] = {
        {&states, QPen(m_palette.stateBorder, 0.8)}, {&countries, QPen(m_palette.countryBorder, 1.1)}};
    for (const auto& [level, pen] : borders) {
        painter.setPen(pen);
        for (int i = 0; i < level->arcs.size(); ++i) {
            if (level->arcBounds[i].intersects(visible))
                painter.drawPolyline(toScreen.map(level->arcs[i]));
        }
    }
    if (!m_outline.isEmpty()) {
        painter.setPen(QPen(m_palette.countryBorder, 1.1));
        painter.drawPolygon(toScreen.map(m_outline));
    }
    painter.restore();
}

void MapRenderer::paintLinkBundles(QPainter& painter, const LinkBundles& bundles) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(Qt::NoBrush);
    // Straight bundles are grouped by status and width (in half pixels), each group drawn
    // in one drawLines() call. A link shorter than a dash would show no dash pattern: short
    // ones are drawn solid, told apart by colour.
    constexpr double kShortest = 16;
    std::map<std::pair<int, int>, QVector<QLineF>> straight;
    for (const LinkBundle& bundle : bundles.bundles()) {
        const QPen pen =
            mapstyle::linkPen(m_palette, bundle.status, bundle.capacityTbps, bundle.anyCapacity);
        if (bundle.path.size() == 1 && bundle.path[0].size() == 2) {
            const QLineF line(bundle.path[0][0], bundle.path[0][1]);
            const bool solid = line.length() < kShortest || pen.style() == Qt::SolidLine;
            straight[{int(bundle.status) * (solid ? -1 : 1) - (solid ? 1 : 0), int(std::lround(pen.widthF() * 2))}].append(line);
            continue;
        }
        painter.setPen(pen);
        for (const QPolygonF& part : bundle.path)
            painter.drawPolyline(part);
    }
    for (const auto& [key, lines] : straight) {
        const bool solid = key.first < 0;
        QPen pen = mapstyle::linkPen(m_palette, LinkStatus(solid ? -key.first - 1 : key.first), 0, false);
        pen.setWidthF(key.second / 2.0);
        if (solid)
            pen.setStyle(Qt::SolidLine);
        painter.setPen(pen);
        painter.drawLines(lines);
    }
    painter.restore();
}

void MapRenderer::paintGlyphs(QPainter& painter, const SiteGlyphs& glyphs) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    for (const SiteGlyph& g : glyphs.glyphs())
        drawGlyph(painter, m_palette, g.center, g.radius, g.plannedRadius, g.color, g.hollow);
    painter.restore();
}

void MapRenderer::paintLinksExact(QPainter& painter, const MapScene& scene, const MapViewport& viewport) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(Qt::NoBrush);
    const QRectF screen = QRectF(QPointF(0, 0), viewport.size()).adjusted(-50, -50, 50, 50);
    const QTransform toScreen = viewport.transform();
    for (const MapLink& link : scene.links()) {
        if (!link.visible)
            continue;
        painter.setPen(mapstyle::linkPen(m_palette, shownStatus(link),
                                         link.capacityTbps.value_or(0),
                                         link.capacityTbps.has_value()));
        for (const QPolygonF& part : link.path) {
            const QPolygonF path = toScreen.map(part);
            if (path.boundingRect().intersects(screen))
                painter.drawPolyline(path);
        }
    }
    painter.restore();
}

void MapRenderer::paintSitesExact(QPainter& painter, const MapScene& scene, const MapViewport& viewport) const
{
    QVector<int> order;
    const QRectF screen = QRectF(QPointF(0, 0), viewport.size());
    for (int i = 0; i < scene.sites().size(); ++i) {
        const MapSite& site = scene.sites()[i];
        const double r = siteRadius(site.ringMw());
        if (site.online && screen.adjusted(-r, -r, r, r).contains(viewport.toScreen(site.at)))
            order.append(i);
    }
    std::sort(order.begin(), order.end(), [&scene](int a, int b) { return scene.sites()[a].itMw > scene.sites()[b].itMw; });
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    for (int i : order) {
        const MapSite& site = scene.sites()[i];
        // Recorded capacity fills the circle; what is planned or projected is the dashed ring.
        const double r = site.recordedOnline ? siteRadius(site.itMw) : 0;
        const double planned = siteRadius(site.ringMw());
        // The planned ring as a path, so that the SVG's circles are the sites alone.
        if (planned > r + 0.5) {
            painter.setPen(mapstyle::plannedRingPen(site.color));
            painter.setBrush(Qt::NoBrush);
            painter.drawPath(mapstyle::circlePath(viewport.toScreen(site.at), planned));
        }
        if (r <= 0)
            continue;
        painter.setPen(mapstyle::sitePen(m_palette, site.color, site.approximate));
        painter.setBrush(mapstyle::siteBrush(m_palette, site.color, site.approximate));
        painter.drawEllipse(viewport.toScreen(site.at), r, r);
    }
    painter.restore();
}

void MapRenderer::paintSelection(QPainter& painter, const SiteGlyphs& glyphs, const QVector<int>& selectedSites,
                                 QPointF offset) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(m_palette.selection, mapstyle::kSelectionRingWidth));
    for (int site : selectedSites) {
        const int g = glyphs.glyphOfSite(site);
        if (g < 0)
            continue;
        const SiteGlyph& glyph = glyphs.glyphs()[g];
        painter.drawEllipse(glyph.center + offset,
                            glyph.drawnRadius() + mapstyle::kSelectionRingGap,
                            glyph.drawnRadius() + mapstyle::kSelectionRingGap);
    }
    painter.restore();
}
} // namespace atlas
