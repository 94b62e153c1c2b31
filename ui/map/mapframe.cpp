// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/map/mapframe.h"

#include "core/map/maparea.h"
#include "ui/map/mapstyle.h"
#include "core/map/maptooltips.h"
#include "ui/map/spriteblit.h"

#include <QPainter>
#include <QThread>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace atlas {

MapFrame::MapFrame() { m_viewport.fit(m_renderer.projection().extent()); }

void MapFrame::setSize(QSize logicalSize, qreal devicePixelRatio)
{
    if (logicalSize == m_size && devicePixelRatio == m_dpr)
        return;
    // Keep the centre and scale; show more or less around them.
    m_size = logicalSize;
    m_dpr = devicePixelRatio;
    m_viewport.setSize(QSizeF(logicalSize));
    m_offset = {};
    invalidate(AllLayers);
}

void MapFrame::setProjection(ProjectionKind kind)
{
    if (kind == m_renderer.projectionKind())
        return;
    m_renderer.setProjection(kind);
    invalidate(AllLayers);
}

void MapFrame::setData(const Dataset& data)
{
    m_scene.setData(data, m_renderer.projection());
    invalidate(LinksLayer | SitesLayer);
}

void MapFrame::setYearData(const PreparedAtlas& atlas, const ScenarioParams& params, const ScenarioResult& result, int year)
{
    m_scene.setYear(atlas, params, result, year);
    invalidate(LinksLayer | SitesLayer);
}

void MapFrame::setSelection(const QVector<int>& sites)
{
    if (sites == m_selection)
        return;
    m_selection = sites;
    invalidate(SitesLayer); // the selected sites are always labelled
}

void MapFrame::setViewport(const MapViewport& viewport)
{
    m_viewport = viewport;
    m_viewport.setSize(QSizeF(m_size));
    m_offset = {};
    invalidate(AllLayers);
}

void MapFrame::zoomAbout(QPointF anchor, double factor)
{
    m_viewport.zoomAbout(anchor, factor);
    m_offset = {};
    invalidate(AllLayers);
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
    invalidate(AllLayers);
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
    invalidate(AllLayers);
}

void MapFrame::setPalette(const mapstyle::MapPalette& palette)
{
    if (palette.isDark == m_renderer.palette().isDark)
        return;
    m_renderer.setPalette(palette);
    m_sprites.clear();
    m_spriteIndex.clear();
    m_legends.clear();
    m_footer = QImage();
    invalidate(AllLayers);
}

void MapFrame::setTextScale(qreal scale)
{
    if (scale == m_renderer.textScale())
        return;
    m_renderer.setTextScale(scale);
    m_legends.clear();
    m_footer = QImage(); // it makes way for the legend, whose size changed
    invalidate(SitesLayer);
}

void MapFrame::prepareLayer(QImage& layer) const
{
    const QSize pixels = m_size * m_dpr;
    if (layer.size() != pixels || layer.format() != QImage::Format_ARGB32_Premultiplied)
        layer = QImage(pixels, QImage::Format_ARGB32_Premultiplied);
    layer.setDevicePixelRatio(m_dpr);
}

void MapFrame::rebuildLayers()
{
    if (m_dirty & BaseLayer) {
        prepareLayer(m_base);
        m_base.fill(m_renderer.palette().sea);
        QPainter painter(&m_base);
        m_renderer.paintBasemap(painter, m_viewport);
    }
    // Links are bundled by the glyphs their ends fall in: glyphs first.
    m_glyphs.build(m_scene, m_viewport);
    m_bundles.build(m_scene, m_glyphs, m_viewport);
    prepareLayer(m_composed);
    std::memcpy(m_composed.bits(), m_base.constBits(), size_t(m_base.sizeInBytes()));
    {
        QPainter painter(&m_composed);
        m_renderer.paintLinkBundles(painter, m_bundles);
    }
    drawGlyphSprites(m_composed);
    {
        QPainter painter(&m_composed);
        // Names keep off the legend and the footer, which are drawn over the map.
        QVector<QRectF> panels = MapRenderer::footerBoxes(QSizeF(m_size), legendBox());
        panels << legendBox();
        m_labels = MapRenderer::placeLabels(m_scene, m_glyphs, m_selection, QSizeF(m_size), panels,
                                            40, m_renderer.textScale());
        m_renderer.paintLabels(painter, m_labels);
    }
    paintOverlays(m_dirty & BaseLayer);
    m_dirty = 0;
}

QString MapFrame::legendKey() const
{
    // What the legend shows: the year, the GPUs per GW and the operators online, by size.
    QString key = QStringLiteral("%1|%2|%3")
                      .arg(m_scene.year())
                      .arg(std::lround(m_scene.gpusPerMw() * 1000))
                      .arg(m_scene.unplacedCount());
    QHash<QString, double> power;
    for (const MapSite& site : m_scene.sites()) {
        if (site.online)
            power[site.operatorName] += site.itMw;
    }
    QVector<std::pair<double, QString>> order;
    for (auto it = power.begin(); it != power.end(); ++it)
        order.append({-it.value(), it.key()});
    std::sort(order.begin(), order.end());
    for (int i = 0; i < std::min<int>(8, int(order.size())); ++i)
        key += QLatin1Char('|') + order[i].second;
    return key;
}

void MapFrame::paintOverlays(bool viewportChanged)
{
    // Legends are kept for the last few keys, so stepping back and forth through the years
    // costs nothing here.
    const QSizeF legendSize = legendBox().size(); // what of it fits the view
    const QString key = legendKey() + QStringLiteral("|%1|%2|%3x%4")
                                          .arg(m_dpr)
                                          .arg(m_renderer.palette().isDark)
                                          .arg(legendSize.width())
                                          .arg(legendSize.height());
    if (auto it = m_legends.find(key); it != m_legends.end()) {
        m_legend = *it;
    } else {
        m_legend = QImage((legendSize.toSize() + QSize(2, 2)) * m_dpr,
                          QImage::Format_ARGB32_Premultiplied);
        m_legend.setDevicePixelRatio(m_dpr);
        m_legend.fill(Qt::transparent);
        {
            QPainter painter(&m_legend);
            m_renderer.paintLegend(painter, m_scene, QPointF(0, 0), legendRoom());
        }
        if (m_legends.size() >= 16)
            m_legends.clear();
        m_legends.insert(key, m_legend);
    }
    // The footer makes way for the legend: drawn again when the legend's size changes too.
    if (!viewportChanged && !m_footer.isNull() && m_footerLegendBox == legendBox())
        return;
    m_footerLegendBox = legendBox();
    qreal footerTop = m_size.height() - 40;
    for (const QRectF& box : MapRenderer::footerBoxes(QSizeF(m_size), m_footerLegendBox))
        footerTop = std::min(footerTop, box.top());
    const int footerHeight = std::clamp(int(std::ceil(m_size.height() - footerTop)) + 2, 1,
                                        std::max(1, m_size.height()));
    m_footer =
        QImage(QSize(m_size.width(), footerHeight) * m_dpr, QImage::Format_ARGB32_Premultiplied);
    m_footer.setDevicePixelRatio(m_dpr);
    m_footer.fill(Qt::transparent);
    QPainter painter(&m_footer);
    // The footer's painters think the view is this strip's size, so its items sit at the bottom.
    MapViewport strip = m_viewport;
    painter.translate(0, footerHeight - m_size.height());
    const QRectF legendInStrip = m_footerLegendBox;
    m_renderer.paintScaleBar(painter, strip, legendInStrip);
    m_renderer.paintAttribution(painter, strip, legendInStrip);
}

quint64 MapFrame::spriteKey(const SiteGlyph& glyph, bool withPlannedRing, SiteGlyph* shape)
{
    // Radii in quarter pixels (half pixels for big circles, where it does not show).
    const auto quantise = [](double r) { return r < 8 ? std::lround(r * 4) : std::lround(r * 2) * 2; };
    *shape = glyph;
    shape->radius = quantise(glyph.radius) / 4.0;
    shape->plannedRadius = withPlannedRing ? quantise(glyph.plannedRadius) / 4.0 : 0;
    return (quint64(glyph.color.rgba()) << 32) ^ (quint64(shape->radius * 4) << 1) ^
           (quint64(shape->plannedRadius * 4) << 14) ^ quint64(glyph.hollow);
}

QImage MapFrame::drawSprite(const SiteGlyph& glyph) const
{
    const double extent = std::max(glyph.radius, glyph.plannedRadius) + 2.5;
    const int side = int(std::ceil(2 * extent * m_dpr));
    QImage image(side, side, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    image.setDevicePixelRatio(m_dpr);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        const QPointF centre(side / (2 * m_dpr), side / (2 * m_dpr));
        if (glyph.plannedRadius > 0) {
            painter.setPen(mapstyle::plannedRingPen(glyph.color));
            painter.drawEllipse(centre, glyph.plannedRadius, glyph.plannedRadius);
        }
        if (glyph.radius > 0) { // none: only projected capacity, the ring alone
            painter.setPen(mapstyle::sitePen(m_renderer.palette(), glyph.color, glyph.hollow));
            painter.setBrush(mapstyle::siteBrush(m_renderer.palette(), glyph.color, glyph.hollow));
            painter.drawEllipse(centre, glyph.radius, glyph.radius);
        }
    }
    return image;
}

void MapFrame::drawGlyphSprites(QImage& layer)
{
    // Pre-rendered circles, blended at whole device pixels: far cheaper than drawing each
    // antialiased ellipse. In a crowded view the dashed rings of what is planned would only
    // be noise: they are drawn when there are few glyphs.
    const bool rings = m_glyphs.glyphs().size() <= kMaxGlyphsWithRings;
    const QVector<SiteGlyph>& glyphs = m_glyphs.glyphs();
    // First find or make every sprite this frame needs (on this thread, one hash lookup a
    // glyph), then take pointers: the list does not grow after that.
    if (m_sprites.size() > kMaxSprites) {
        m_sprites.clear(); // many colours and sizes: start again rather than grow without end
        m_spriteIndex.clear();
    }
    QVector<int> index(glyphs.size());
    for (int i = 0; i < glyphs.size(); ++i) {
        SiteGlyph shape;
        // A glyph of projected capacity alone is its ring: kept however crowded the view.
        const quint64 key = spriteKey(glyphs[i], rings || glyphs[i].radius <= 0, &shape);
        auto found = m_spriteIndex.find(key);
        if (found == m_spriteIndex.end()) {
            found = m_spriteIndex.insert(key, int(m_sprites.size()));
            m_sprites.append(Sprite(drawSprite(shape)));
        }
        index[i] = *found;
    }
    QVector<const Sprite*> sprites(glyphs.size());
    QVector<QPoint> at(glyphs.size());
    for (int i = 0; i < glyphs.size(); ++i) {
        sprites[i] = &m_sprites[index[i]];
        at[i] = QPoint(int(std::lround(glyphs[i].center.x() * m_dpr - sprites[i]->width() / 2.0)),
                       int(std::lround(glyphs[i].center.y() * m_dpr - sprites[i]->height() / 2.0)));
    }
    // Blending is the costliest part of a frame with thousands of glyphs: split the image in
    // bands of rows, one per core; each band draws every glyph in the same order, so the
    // picture is the one a single pass would make.
    layer.detach();
    const int bands = glyphs.size() > 500 ? std::clamp(QThread::idealThreadCount(), 1, 8) : 1;
    const int rowsPerBand = (layer.height() + bands - 1) / bands;
    QVector<int> bandStarts;
    for (int b = 0; b < bands; ++b)
        bandStarts.append(b * rowsPerBand);
    const auto blendBand = [&](int first) {
        for (int i = 0; i < glyphs.size(); ++i)
            blendSprite(layer, *sprites[i], at[i], first, first + rowsPerBand);
    };
    if (bands == 1)
        blendBand(0);
    else
        QtConcurrent::blockingMap(bandStarts, blendBand);
}

void MapFrame::render(QPainter& painter)
{
    if (m_dirty)
        rebuildLayers();
    if (!m_offset.isNull())
        painter.fillRect(QRect(QPoint(0, 0), m_size), m_renderer.palette().sea);
    painter.drawImage(m_offset, m_composed);
    m_renderer.paintSelection(painter, m_glyphs, m_selection, m_offset);
    painter.drawImage(QPointF(kLegendAt, kLegendAt), m_legend);
    painter.drawImage(QPointF(0, m_size.height() - m_footer.height() / m_dpr), m_footer);
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
