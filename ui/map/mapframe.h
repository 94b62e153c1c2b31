// SPDX-License-Identifier: GPL-3.0-or-later
// The map as the screen draws it: layers cached as images and redrawn only when what they
// show changes (the basemap on zoom or resize, links and sites on a year or scenario change),
// pans that move the cached layers and fill in afterwards (settle()), and level of detail
// (merged glyphs, bundled links), so the work of a frame follows the screen, not the data.
// No widget: MapWidget gives it input, and the benchmarks drive it directly.
#pragma once

#include "core/map/linkbundles.h"
#include "core/map/maparea.h"
#include "ui/map/maprenderer.h"
#include "core/map/mapscene.h"
#include "core/map/siteglyphs.h"
#include "ui/map/spriteblit.h"

#include <QHash>
#include <QImage>

class QPainter;

namespace atlas {

class MapFrame
{
public:
    MapFrame();

    void setSize(QSize logicalSize, qreal devicePixelRatio = 1);
    QSize size() const { return m_size; }

    void setProjection(ProjectionKind kind);
    ProjectionKind projectionKind() const { return m_renderer.projectionKind(); }
    // Light or dark: every layer and cached image is drawn again.
    void setPalette(const mapstyle::MapPalette& palette);
    const Projection& projection() const { return m_renderer.projection(); }
    // Type in proportion to a room (presentation mode): site names and the legend, 1 as a rule.
    void setTextScale(qreal scale);
    qreal textScale() const { return m_renderer.textScale(); }

    // New data: project it again. Then the year's values (year, scenario).
    void setData(const Dataset& data);
    void setYearData(const PreparedAtlas& atlas, const ScenarioParams& params, const ScenarioResult& result, int year);
    // Indices into scene().sites().
    void setSelection(const QVector<int>& sites);

    const MapViewport& viewport() const { return m_viewport; }
    void setViewport(const MapViewport& viewport);
    void zoomAbout(QPointF anchor, double factor);
    // Shows the contiguous US, the world or every site (with room for their circles).
    void showArea(MapArea area);
    void fitToData() { showArea(MapArea::Sites); }
    // Moves the map by `delta` pixels at the cost of a blit; settle() redraws the layers.
    void panBy(QPointF delta);
    bool needsSettle() const { return !m_offset.isNull(); }
    void settle();

    // Draws the frame, redrawing the layers that are out of date.
    void render(QPainter& painter);

    // The site under a point of the view (an index into scene().sites()), -1 when none; the
    // largest member of a merged glyph.
    int siteAt(QPointF pixel);
    QString tooltipAt(QPointF pixel, double routeFactor);
    // Where the legend counts the sites not placed, in the view's pixels; empty when none.
    QRectF unplacedLegendBox() const;
    // Where the legend and the scale bar are drawn, in the view's pixels.
    QRectF legendBox() const;
    // The most the legend may take: it leaves rows out rather than reach the view's edge or
    // its scale bar.
    QSizeF legendRoom() const;
    QRectF scaleBarBox() const; // empty when the view has no room for it beside the legend

    const MapScene& scene() const { return m_scene; }
    const SiteGlyphs& glyphs() const { return m_glyphs; }
    // The names the last frame drew, and where.
    const QVector<MapRenderer::Label>& labels() const { return m_labels; }
    const MapRenderer& renderer() const { return m_renderer; }

private:
    enum Layer { BaseLayer = 1, LinksLayer = 2, SitesLayer = 4, AllLayers = 7 };
    void invalidate(int layers) { m_dirty |= layers; }
    void rebuildLayers();
    void paintOverlays(bool viewportChanged);
    QString legendKey() const;
    // A layer of the view's size, reused while the size stays.
    void prepareLayer(QImage& layer) const;
    static constexpr qreal kLegendAt = 10; // its top left corner, in pixels from the view's
    static constexpr int kMaxGlyphsWithRings = 1500;
    void drawGlyphSprites(QImage& layer);
    static constexpr int kMaxSprites = 8192;
    // The cache key of a glyph's sprite, and the glyph with its radii rounded as drawn.
    static quint64 spriteKey(const SiteGlyph& glyph, bool withPlannedRing, SiteGlyph* shape);
    QImage drawSprite(const SiteGlyph& glyph) const;

    MapRenderer m_renderer;
    MapScene m_scene;
    MapViewport m_viewport;
    SiteGlyphs m_glyphs;
    LinkBundles m_bundles;
    QVector<int> m_selection;
    QVector<MapRenderer::Label> m_labels;

    QSize m_size{800, 600};
    qreal m_dpr = 1;
    int m_dirty = AllLayers;
    QPointF m_offset; // how far the view moved since the layers were drawn
    // The basemap alone, and the basemap with links, sites and labels drawn on it: a frame
    // blits one image, and a year change redraws onto a copy of the basemap without
    // compositing transparent layers.
    QImage m_base, m_composed;
    // The legend and the footer (scale bar, attribution) stay put while the map pans, so they
    // are small images of their own, drawn over the map each frame.
    QImage m_legend, m_footer;
    QRectF m_footerLegendBox; // the legend the footer made way for
    QHash<QString, QImage> m_legends;
    QVector<Sprite> m_sprites;
    QHash<quint64, int> m_spriteIndex;
};

} // namespace atlas
