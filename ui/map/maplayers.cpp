// SPDX-License-Identifier: GPL-3.0-or-later
// The map's layers but the sites (sitelayer.cpp), and their one ordered list.
#include "ui/map/maplayer.h"
#include "ui/map/mapstyle.h"
#include "ui/map/sitelayer.h"

#include <QHash>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace atlas {

QVector<QRectF> MapContext::panels() const
{
    QVector<QRectF> panels = MapRenderer::footerBoxes(viewSize(), legendBox);
    if (settings->showTitle)
        panels << titleBox;
    if (settings->showLegend)
        panels << legendBox;
    return panels;
}

namespace {

class SeaAndLandLayer final : public MapLayer
{
public:
    MapCache cache() const override { return MapCache::Background; }
    void paint(QPainter& painter, const MapContext& context) override
    {
        context.renderer->paintBasemap(painter, context.viewport);
    }
};

// Bundled between glyphs on screen; on a page every visible link as its great circle.
class LinksLayer final : public MapLayer
{
public:
    MapCache cache() const override { return MapCache::Data; }
    void paint(QPainter& painter, const MapContext& context) override
    {
        if (context.settings->detail == MapDetail::Screen)
            context.renderer->paintLinkBundles(painter, *context.bundles);
        else
            context.renderer->paintLinksExact(painter, context.scene(), context.viewport);
    }
};

class LabelsLayer final : public MapLayer
{
public:
    MapCache cache() const override { return MapCache::Data; }
    void prepare(MapContext& context) override
    {
        const int most = context.settings->detail == MapDetail::Screen ? 40 : 30;
        context.labels = MapRenderer::placeLabels(
            context.scene(), *context.glyphs, context.settings->selection, context.viewSize(),
            context.panels(), most, context.settings->textScale);
    }
    void paint(QPainter& painter, const MapContext& context) override
    {
        context.renderer->paintLabels(painter, context.labels);
    }
};

class SelectionLayer final : public MapLayer
{
public:
    MapCache cache() const override { return MapCache::EveryFrame; }
    void paint(QPainter& painter, const MapContext& context) override
    {
        context.renderer->paintSelection(painter, *context.glyphs, context.settings->selection,
                                         context.offset);
    }
};

class TitleLayer final : public MapLayer
{
public:
    MapCache cache() const override { return MapCache::Overlay; }
    bool shown(const MapContext& context) const override { return context.settings->showTitle; }
    void paint(QPainter& painter, const MapContext& context) override
    {
        // The painter's state is left as the title set it (no save): the layers above set
        // what they draw with, and an SVG's groups stay as they were.
        const mapstyle::MapPalette& palette = context.renderer->palette();
        painter.setFont(mapstyle::font(24, true));
        painter.setPen(Qt::NoPen);
        painter.setBrush(palette.panel);
        painter.drawRoundedRect(context.titleBox, 4, 4);
        painter.setPen(palette.text);
        painter.drawText(context.titleBox.adjusted(12, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                         mapTitle(*context.settings));
    }
    OverlayPlace overlayPlace(const MapContext& context) const override
    {
        return {context.titleBox.toAlignedRect()};
    }
    QString overlayKey(const MapContext& context) const override
    {
        return mapTitle(*context.settings) + QString::number(context.renderer->palette().isDark);
    }
};

class LegendLayer final : public MapLayer
{
public:
    MapCache cache() const override { return MapCache::Overlay; }
    bool shown(const MapContext& context) const override { return context.settings->showLegend; }
    void paint(QPainter& painter, const MapContext& context) override
    {
        context.renderer->paintLegend(painter, context.scene(), context.legendBox.topLeft(),
                                      context.legendRoom);
    }
    OverlayPlace overlayPlace(const MapContext& context) const override
    {
        return {QRect(context.legendBox.topLeft().toPoint(),
                      context.legendBox.size().toSize() + QSize(2, 2))};
    }
    // What the legend shows: the year, the GPUs per GW, the count not placed and the operators
    // online, by size; and what of it fits the view.
    QString overlayKey(const MapContext& context) const override
    {
        const MapScene& scene = context.scene();
        QString key = QStringLiteral("%1|%2|%3")
                          .arg(scene.year())
                          .arg(std::lround(scene.gpusPerMw() * 1000))
                          .arg(scene.unplacedCount());
        QHash<QString, double> power;
        for (const MapSite& site : scene.sites()) {
            if (site.online)
                power[site.operatorName] += site.itMw;
        }
        QVector<std::pair<double, QString>> order;
        for (auto it = power.begin(); it != power.end(); ++it)
            order.append({-it.value(), it.key()});
        std::sort(order.begin(), order.end());
        for (int i = 0; i < std::min<int>(8, int(order.size())); ++i)
            key += QLatin1Char('|') + order[i].second;
        const QSizeF size = context.legendBox.size();
        return key + QStringLiteral("|%1|%2|%3x%4")
                         .arg(context.devicePixelRatio)
                         .arg(context.renderer->palette().isDark)
                         .arg(size.width())
                         .arg(size.height());
    }
    // Stepping back and forth through the years costs nothing.
    int overlaysKept() const override { return 16; }
};

// The scale bar and the attribution, clear of the legend.
class FooterLayer final : public MapLayer
{
public:
    MapCache cache() const override { return MapCache::Overlay; }
    void paint(QPainter& painter, const MapContext& context) override
    {
        context.renderer->paintScaleBar(painter, context.viewport, context.legendBox);
        context.renderer->paintAttribution(painter, context.viewport, context.legendBox);
    }
    // A strip along the bottom, as tall as the footer's items and the room they make way in.
    OverlayPlace overlayPlace(const MapContext& context) const override
    {
        const int width = int(context.viewSize().width()),
                  height = int(context.viewSize().height());
        qreal top = height - 40;
        for (const QRectF& box : MapRenderer::footerBoxes(context.viewSize(), context.legendBox))
            top = std::min(top, box.top());
        const int strip = std::clamp(int(std::ceil(height - top)) + 2, 1, std::max(1, height));
        return {QRect(0, height - strip, width, strip), true};
    }
    QString overlayKey(const MapContext& context) const override
    {
        const MapViewport& view = context.viewport;
        const QRectF& legend = context.legendBox;
        return QStringLiteral("%1,%2|%3|%4x%5|%6|%7|%8|%9")
            .arg(view.center().x(), 0, 'g', 17)
            .arg(view.center().y(), 0, 'g', 17)
            .arg(view.metresPerPixel(), 0, 'g', 17)
            .arg(view.size().width())
            .arg(view.size().height())
            .arg(int(context.renderer->projectionKind()))
            .arg(context.devicePixelRatio)
            .arg(context.renderer->palette().isDark)
            .arg(QStringLiteral("%1,%2,%3,%4")
                     .arg(legend.x())
                     .arg(legend.y())
                     .arg(legend.width())
                     .arg(legend.height()));
    }
};

} // namespace

MapLayers makeMapLayers()
{
    MapLayers layers;
    layers.push_back(std::make_unique<SeaAndLandLayer>());
    layers.push_back(std::make_unique<LinksLayer>());
    layers.push_back(std::make_unique<SiteLayer>());
    layers.push_back(std::make_unique<LabelsLayer>());
    layers.push_back(std::make_unique<SelectionLayer>());
    layers.push_back(std::make_unique<TitleLayer>());
    layers.push_back(std::make_unique<LegendLayer>());
    layers.push_back(std::make_unique<FooterLayer>());
    return layers;
}

void paintMapLayers(QPainter& painter, MapLayers& layers, MapContext& context)
{
    for (const std::unique_ptr<MapLayer>& layer : layers)
        layer->prepare(context);
    for (const std::unique_ptr<MapLayer>& layer : layers) {
        if (layer->shown(context))
            layer->paint(painter, context);
    }
}

} // namespace atlas
