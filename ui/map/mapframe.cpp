// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/map/mapframe.h"

#include "core/map/maparea.h"
#include "core/map/maptooltips.h"
#include "ui/map/mapstyle.h"

#include <QPainter>

#include <algorithm>
#include <cstring>

namespace atlas {

MapFrame::MapFrame() : m_layers(makeMapLayers()), m_overlays(m_layers.size())
{
    m_settings.scene = &m_scene;
    m_settings.detail = MapDetail::Screen;
    m_settings.showTitle = false;
    m_viewport.fit(m_renderer.projection().extent());
}

void MapFrame::setSize(QSize logicalSize, qreal devicePixelRatio)
{
    if (logicalSize == m_size && devicePixelRatio == m_dpr)
        return;
    // Keep the centre and scale; show more or less around them.
    m_size = logicalSize;
    m_dpr = devicePixelRatio;
    m_viewport.setSize(QSizeF(logicalSize));
    m_offset = {};
    invalidate(AllDirty);
}

void MapFrame::setProjection(ProjectionKind kind)
{
    if (kind == m_renderer.projectionKind())
        return;
    m_renderer.setProjection(kind);
    m_settings.projection = kind;
    invalidate(AllDirty);
}

void MapFrame::setData(const Dataset& data)
{
    m_scene.setData(data, m_renderer.projection());
    invalidate(DataDirty);
}

void MapFrame::setYearData(const PreparedAtlas& atlas, const ScenarioParams& params, const ScenarioResult& result, int year)
{
    m_scene.setYear(atlas, params, result, year);
    invalidate(DataDirty);
}

void MapFrame::setSelection(const QVector<int>& sites)
{
    if (sites == m_settings.selection)
        return;
    m_settings.selection = sites;
    invalidate(DataDirty); // the selected sites are always labelled
}

void MapFrame::setViewport(const MapViewport& viewport)
{
    m_viewport = viewport;
    m_viewport.setSize(QSizeF(m_size));
    m_offset = {};
    invalidate(AllDirty);
}

void MapFrame::zoomAbout(QPointF anchor, double factor)
{
    m_viewport.zoomAbout(anchor, factor);
    m_offset = {};
    invalidate(AllDirty);
}

void MapFrame::showArea(MapArea area)
{
    const QVector<QPointF> sites = sitePositions(m_scene);
    const QRectF shown = areaToShow(area, m_renderer.projection(), sites);
    // Around sites, room for the biggest circles and their names; in any view, sites clear
    // of the legend where there is room.
    const double margin = area == MapArea::Sites && !sites.isEmpty() ? 60 : 24;
    fitClearOfPanel(&m_viewport, shown, sites, margin, legendBox());
    m_offset = {};
    invalidate(AllDirty);
}

void MapFrame::panBy(QPointF delta)
{
    m_viewport.pan(delta);
    m_offset += delta;
}

void MapFrame::settle()
{
    if (m_offset.isNull())
        return;
    m_offset = {};
    invalidate(AllDirty);
}

void MapFrame::setPalette(const mapstyle::MapPalette& palette)
{
    if (palette.isDark == m_renderer.palette().isDark)
        return;
    m_renderer.setPalette(palette);
    m_settings.dark = palette.isDark; // the sites' layer draws its sprites again
    for (Overlay& overlay : m_overlays)
        overlay.kept.clear();
    invalidate(AllDirty);
}

void MapFrame::setTextScale(qreal scale)
{
    if (scale == m_renderer.textScale())
        return;
    m_renderer.setTextScale(scale);
    m_settings.textScale = scale;
    for (Overlay& overlay : m_overlays)
        overlay.kept.clear(); // the legend, and the footer that makes way for it
    invalidate(DataDirty);
}

void MapFrame::prepareLayer(QImage& layer) const
{
    const QSize pixels = m_size * m_dpr;
    if (layer.size() != pixels || layer.format() != QImage::Format_ARGB32_Premultiplied)
        layer = QImage(pixels, QImage::Format_ARGB32_Premultiplied);
    layer.setDevicePixelRatio(m_dpr);
}

MapContext MapFrame::context() const
{
    MapContext context;
    context.settings = &m_settings;
    context.renderer = &m_renderer;
    context.viewport = m_viewport;
    context.devicePixelRatio = m_dpr;
    context.glyphs = &m_glyphs;
    context.bundles = &m_bundles;
    context.legendBox = legendBox();
    context.legendRoom = legendRoom();
    return context;
}

void MapFrame::rebuildLayers()
{
    // Links are bundled by the glyphs their ends fall in: glyphs first.
    m_glyphs.build(m_scene, m_viewport);
    m_bundles.build(m_scene, m_glyphs, m_viewport);
    m_context = context();
    for (const std::unique_ptr<MapLayer>& layer : m_layers)
        layer->prepare(m_context);
    if (m_dirty & BackgroundDirty) {
        prepareLayer(m_base);
        m_base.fill(m_renderer.palette().sea);
        paintCached(m_base, MapCache::Background);
    }
    prepareLayer(m_composed);
    std::memcpy(m_composed.bits(), m_base.constBits(), size_t(m_base.sizeInBytes()));
    paintCached(m_composed, MapCache::Data);
    updateOverlays();
    m_dirty = 0;
}

void MapFrame::paintCached(QImage& image, MapCache group)
{
    for (const std::unique_ptr<MapLayer>& layer : m_layers) {
        if (layer->cache() != group || !layer->shown(m_context) ||
            layer->paintInto(image, m_context))
            continue;
        QPainter painter(&image);
        layer->paint(painter, m_context);
    }
}

void MapFrame::updateOverlays()
{
    for (size_t i = 0; i < m_layers.size(); ++i) {
        MapLayer& layer = *m_layers[i];
        Overlay& overlay = m_overlays[i];
        if (layer.cache() != MapCache::Overlay)
            continue;
        if (!layer.shown(m_context)) {
            overlay.image = QImage();
            continue;
        }
        overlay.place = layer.overlayPlace(m_context);
        const QString key = layer.overlayKey(m_context);
        if (auto it = overlay.kept.constFind(key); it != overlay.kept.constEnd()) {
            overlay.image = *it;
            continue;
        }
        // Drawn where it goes in the view, into an image of its own place.
        overlay.image =
            QImage(overlay.place.rect.size() * m_dpr, QImage::Format_ARGB32_Premultiplied);
        overlay.image.setDevicePixelRatio(m_dpr);
        overlay.image.fill(Qt::transparent);
        {
            QPainter painter(&overlay.image);
            painter.translate(-QPointF(overlay.place.rect.topLeft()));
            layer.paint(painter, m_context);
        }
        if (overlay.kept.size() >= layer.overlaysKept())
            overlay.kept.clear();
        overlay.kept.insert(key, overlay.image);
    }
}

void MapFrame::drawOverlay(QPainter& painter, size_t layer) const
{
    const Overlay& overlay = m_overlays[layer];
    if (overlay.image.isNull())
        return;
    const QRect& rect = overlay.place.rect;
    const qreal top = overlay.place.fromBottom
                          ? rect.top() + rect.height() - overlay.image.height() / m_dpr
                          : rect.top();
    painter.drawImage(QPointF(rect.left(), top), overlay.image);
}

void MapFrame::render(QPainter& painter)
{
    if (m_dirty)
        rebuildLayers();
    m_context.offset = m_offset;
    // The layers in their order: the cached ones as the one composed image (moved by a pan),
    // the overlays' images where they stay, the others painted.
    bool composedDrawn = false;
    for (size_t i = 0; i < m_layers.size(); ++i) {
        MapLayer& layer = *m_layers[i];
        switch (layer.cache()) {
        case MapCache::Background:
        case MapCache::Data:
            if (!composedDrawn) {
                if (!m_offset.isNull())
                    painter.fillRect(QRect(QPoint(0, 0), m_size), m_renderer.palette().sea);
                painter.drawImage(m_offset, m_composed);
                composedDrawn = true;
            }
            break;
        case MapCache::EveryFrame:
            if (layer.shown(m_context))
                layer.paint(painter, m_context);
            break;
        case MapCache::Overlay:
            drawOverlay(painter, i);
            break;
        }
    }
}

int MapFrame::siteAt(QPointF pixel)
{
    if (m_dirty)
        rebuildLayers();
    const int glyph = m_glyphs.glyphAt(pixel - m_offset);
    return glyph < 0 ? -1 : m_glyphs.glyphs()[glyph].largest;
}

QRectF MapFrame::unplacedLegendBox() const
{
    const QRectF box = MapRenderer::legendUnplacedBox(m_scene, m_renderer.textScale(), legendRoom());
    return box.isEmpty() ? QRectF() : box.translated(kLegendAt, kLegendAt);
}

QSizeF MapFrame::legendRoom() const
{
    // Inside the view and above its scale bar and attribution. On a narrow map (a laptop's,
    // beside the docks) the legend takes at most half its height, leaving rows out, so that it
    // does not stand over the sites it explains.
    const QSizeF view(m_size);
    const qreal height = std::max<qreal>(0, MapRenderer::footerTop(view) - 4 - kLegendAt);
    const bool narrow = view.width() < 3 * MapRenderer::legendSize(m_scene, m_renderer.textScale()).width();
    return {std::max<qreal>(0, view.width() - 2 * kLegendAt), narrow ? height / 2 : height};
}

QRectF MapFrame::legendBox() const
{
    return QRectF(QPointF(kLegendAt, kLegendAt),
                  MapRenderer::legendSize(m_scene, m_renderer.textScale(), legendRoom()));
}

QRectF MapFrame::scaleBarBox() const
{
    return MapRenderer::footerLayout(QSizeF(m_size), legendBox()).scaleBar;
}

QString MapFrame::tooltipAt(QPointF pixel, double routeFactor)
{
    if (m_dirty)
        rebuildLayers();
    if (unplacedLegendBox().contains(pixel)) // the legend stays put while the map pans
        return MapRenderer::unplacedHelp(m_scene.unplacedCount());
    const QPointF at = pixel - m_offset;
    if (const int glyph = m_glyphs.glyphAt(at); glyph >= 0)
        return siteTooltip(m_scene, m_glyphs, glyph);
    if (const int bundle = m_bundles.bundleAt(at); bundle >= 0)
        return linkTooltip(m_scene, m_bundles.bundles()[bundle], routeFactor);
    return {};
}

} // namespace atlas
