// SPDX-License-Identifier: GPL-3.0-or-later
// The map as the screen draws it: layers cached as images and redrawn only when what they
// show changes (the basemap on zoom or resize, links and sites on a year or scenario change),
// pans that move the cached layers and fill in afterwards (settle()), and level of detail
// (merged glyphs, bundled links), so the work of a frame follows the screen, not the data.
// The layers are the map's one list (maplayer.h), walked in order: each is drawn into the
// cache its group names (the basemap alone; links, sites and names onto a copy of it; an
// overlay image of its own) or over them at each frame (the selection).
// No widget: MapWidget gives it input, and the benchmarks drive it directly.
#pragma once

#include "core/map/linkbundles.h"
#include "core/map/maparea.h"
#include "core/map/mapscene.h"
#include "core/map/siteglyphs.h"
#include "ui/map/maplayer.h"
#include "ui/map/maprenderer.h"
#include "ui/map/mapsettings.h"

#include <QHash>
#include <QImage>

#include <vector>

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
    const QVector<MapRenderer::Label>& labels() const { return m_context.labels; }
    const MapRenderer& renderer() const { return m_renderer; }
    // What the screen draws: the same kind of value every export is given.
    const MapSettings& settings() const { return m_settings; }

private:
    enum Dirty { BackgroundDirty = 1, DataDirty = 2, AllDirty = 3 };
    void invalidate(int groups) { m_dirty |= groups; }
    void rebuildLayers();
    // The context the layers are walked with, for the view as it is.
    MapContext context() const;
    // The layers of `group` drawn into its cached image.
    void paintCached(QImage& image, MapCache group);
    // Each overlay's image, found among those kept or drawn.
    void updateOverlays();
    void drawOverlay(QPainter& painter, size_t layer) const;
    // A layer of the view's size, reused while the size stays.
    void prepareLayer(QImage& layer) const;
    static constexpr qreal kLegendAt = 10; // its top left corner, in pixels from the view's

    MapRenderer m_renderer;
    MapScene m_scene;
    MapViewport m_viewport;
    SiteGlyphs m_glyphs;
    LinkBundles m_bundles;
    MapSettings m_settings;
    MapLayers m_layers;
    MapContext m_context; // of the last rebuild; its names are labels()

    QSize m_size{800, 600};
    qreal m_dpr = 1;
    int m_dirty = AllDirty;
    QPointF m_offset; // how far the view moved since the layers were drawn
    // The basemap alone, and the basemap with links, sites and labels drawn on it: a frame
    // blits one image, and a year change redraws onto a copy of the basemap without
    // compositing transparent layers.
    QImage m_base, m_composed;
    // An overlay layer's image (the legend, the footer) stays put while the map pans and is
    // drawn over the map each frame; a few are kept by what they show.
    struct Overlay
    {
        QImage image; // null when the layer shows nothing
        OverlayPlace place;
        QHash<QString, QImage> kept;
    };
    std::vector<Overlay> m_overlays; // one per layer, by its place in m_layers
};

} // namespace atlas
