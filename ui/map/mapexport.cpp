// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/map/mapexport.h"

#include "core/io/imagelimits.h"
#include "core/map/maparea.h"
#include "core/map/siteglyphs.h"
#include "ui/export/pagewriter.h"
#include "ui/map/maplayer.h"
#include "ui/map/maprenderer.h"
#include "ui/map/mapstyle.h"

#include <QCoreApplication>
#include <QPainter>

namespace atlas {
namespace {

// The texts of the map's export (free functions, no class of their own).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(atlas::MapExport)
};

// The title and the legend under it at the top left, and the view fitted clear of them.
MapContext pageContext(const MapSettings& settings, const MapRenderer& renderer, QSize size)
{
    MapContext context;
    context.settings = &settings;
    context.renderer = &renderer;
    const QString title = mapTitle(settings);
    context.titleBox =
        QRectF(12, 12, QFontMetricsF(mapstyle::font(24, true)).horizontalAdvance(title) + 24, 40);
    const qreal legendTop = settings.showTitle ? context.titleBox.bottom() + 8 : 12;
    // Inside the page and above its scale bar (a dashboard's map tile is short).
    context.legendRoom =
        QSizeF(std::max<qreal>(0, size.width() - 24),
               std::max<qreal>(0, MapRenderer::footerTop(QSizeF(size)) - 4 - legendTop));
    const QRectF legendBox(
        QPointF(12, legendTop),
        MapRenderer::legendSize(*settings.scene, settings.textScale, context.legendRoom));
    context.legendBox = settings.showLegend ? legendBox : QRectF();

    MapViewport& viewport = context.viewport;
    viewport = MapViewport(QSizeF(size), {}, 5000);
    const QRectF sites = sitesArea(sitePositions(*settings.scene), 250000);
    if (!settings.area.isEmpty())
        viewport.fit(settings.area, 0);
    else if (!sites.isEmpty())
        fitClearOfPanel(&viewport, sites, sitePositions(*settings.scene), 80,
                        settings.showLegend  ? legendBox
                        : settings.showTitle ? context.titleBox
                                             : QRectF());
    else
        viewport.fit(renderer.projection().extent());
    return context;
}

} // namespace

QString mapTitle(const MapSettings& settings)
{
    return settings.title.isEmpty()
               ? Text::tr("AI data-center sites and fiber links, %1").arg(settings.scene->year())
               : settings.title;
}

QVector<MapRenderer::Label> paintMapPage(QPainter& painter, QSize size, const MapSettings& settings)
{
    MapRenderer renderer;
    renderer.setProjection(settings.projection);
    renderer.setPalette(mapstyle::MapPalette::forDark(settings.dark));
    renderer.setTextScale(settings.textScale);
    MapContext context = pageContext(settings, renderer, size);
    SiteGlyphs glyphs; // for the names and the selection: merged glyphs name clusters once
    glyphs.build(*settings.scene, context.viewport);
    context.glyphs = &glyphs;
    LinkBundles bundles; // drawn only when a page asks for the screen's detail
    if (settings.detail == MapDetail::Screen)
        bundles.build(*settings.scene, glyphs, context.viewport);
    context.bundles = &bundles;

    painter.save();
    painter.setFont(mapstyle::font(12)); // the background names the explicit font too
    MapLayers layers = makeMapLayers();
    paintMapLayers(painter, layers, context);
    painter.restore();
    return context.labels;
}

QImage renderMapImage(const MapSettings& view, QSize size, qreal scale)
{
    if (!io::imageSizeProblem(size, scale).isEmpty())
        return {};
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(mapstyle::MapPalette::forDark(view.dark).sea);
    QPainter painter(&image);
    paintMapPage(painter, size, view);
    return image;
}

QString exportMap(const MapSettings& view, const QString& path, QSize size, qreal scale)
{
    Page page;
    page.size = size;
    page.scale = scale;
    page.background = mapstyle::MapPalette::forDark(view.dark).sea;
    page.title = mapTitle(view);
    page.description = MapRenderer::attribution();
    page.paint = [&view, size](QPainter& painter) { paintMapPage(painter, size, view); };
    return writePage(path, page, {PageFormat::Png, PageFormat::Svg, PageFormat::Pdf});
}

} // namespace atlas
