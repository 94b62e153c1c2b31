// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/map/mapexport.h"

#include "ui/export/pagewriter.h"
#include "core/io/imagelimits.h"
#include "core/map/maparea.h"
#include "ui/map/maprenderer.h"
#include "ui/map/mapstyle.h"
#include "core/map/siteglyphs.h"

#include <QCoreApplication>
#include <QPainter>

namespace atlas {
namespace {

// The texts of the map's export (free functions, no class of their own).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(atlas::MapExport)
};

QString defaultTitle(const MapScene& scene)
{
    return Text::tr("AI data-center sites and fiber links, %1").arg(scene.year());
}

} // namespace

QVector<MapRenderer::Label> paintMapPage(QPainter& painter, QSize size, const MapExportView& view)
{
    MapRenderer renderer;
    renderer.setProjection(view.projection);
    renderer.setPalette(mapstyle::MapPalette::forDark(view.dark));
    // Title and year at the top left, the legend under them.
    const QString title = view.title.isEmpty() ? defaultTitle(*view.scene) : view.title;
    const QRectF titleBox(
        12, 12, QFontMetricsF(mapstyle::font(24, true)).horizontalAdvance(title) + 24, 40);
    const qreal legendTop = view.showTitle ? titleBox.bottom() + 8 : 12;
    // Inside the page and above its scale bar (a dashboard's map tile is short).
    const QSizeF legendRoom(
        std::max<qreal>(0, size.width() - 24),
        std::max<qreal>(0, MapRenderer::footerTop(QSizeF(size)) - 4 - legendTop));
    const QRectF legendBox(QPointF(12, legendTop),
                           MapRenderer::legendSize(*view.scene, 1, legendRoom));

    MapViewport viewport(QSizeF(size), {}, 5000);
    const QRectF sites = sitesArea(sitePositions(*view.scene), 250000);
    if (!view.area.isEmpty())
        viewport.fit(view.area, 0);
    else if (!sites.isEmpty())
        fitClearOfPanel(&viewport, sites, sitePositions(*view.scene), 80,
                       view.showLegend ? legendBox : view.showTitle ? titleBox : QRectF());
    else
        viewport.fit(renderer.projection().extent());

    painter.save();
    painter.setFont(mapstyle::font(12)); // the background names the explicit font too
    renderer.paintBasemap(painter, viewport);
    renderer.paintLinksExact(painter, *view.scene, viewport);
    renderer.paintSitesExact(painter, *view.scene, viewport);
    SiteGlyphs glyphs; // for placing labels only: merged glyphs name clusters once
    glyphs.build(*view.scene, viewport);
    // The names keep clear of the panels drawn over the map.
    const QRectF drawnLegend = view.showLegend ? legendBox : QRectF();
    QVector<QRectF> panels = MapRenderer::footerBoxes(QSizeF(size), drawnLegend);
    if (view.showTitle)
        panels << titleBox;
    if (view.showLegend)
        panels << legendBox;
    const QVector<MapRenderer::Label> labels =
        MapRenderer::placeLabels(*view.scene, glyphs, view.selection, QSizeF(size), panels, 30);
    renderer.paintLabels(painter, labels);
    renderer.paintSelection(painter, glyphs, view.selection);

    if (view.showTitle) {
        painter.setFont(mapstyle::font(24, true));
        painter.setPen(Qt::NoPen);
        painter.setBrush(renderer.palette().panel);
        painter.drawRoundedRect(titleBox, 4, 4);
        painter.setPen(renderer.palette().text);
        painter.drawText(titleBox.adjusted(12, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, title);
    }
    if (view.showLegend)
        renderer.paintLegend(painter, *view.scene, legendBox.topLeft(), legendRoom);
    renderer.paintScaleBar(painter, viewport, drawnLegend);
    renderer.paintAttribution(painter, viewport, drawnLegend);
    painter.restore();
    return labels;
}

QImage renderMapImage(const MapExportView& view, QSize size, qreal scale)
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

QString exportMap(const MapExportView& view, const QString& path, QSize size, qreal scale)
{
    Page page;
    page.size = size;
    page.scale = scale;
    page.background = mapstyle::MapPalette::forDark(view.dark).sea;
    page.title = view.title.isEmpty() ? defaultTitle(*view.scene) : view.title;
    page.description = MapRenderer::attribution();
    page.paint = [&view, size](QPainter& painter) { paintMapPage(painter, size, view); };
    return writePage(path, page, {PageFormat::Png, PageFormat::Svg, PageFormat::Pdf});
}

} // namespace atlas
