// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/present/dashboardpage.h"

#include "ui/charts/chartexport.h"
#include "ui/export/pagewriter.h"
#include "ui/export/wrappedtext.h"
#include "ui/map/mapexport.h"
#include "ui/map/maprenderer.h"
#include "ui/map/mapstyle.h"
#include "core/scenario/headlinefigures.h"
#include "core/scenario/scenariocaption.h"

#include <algorithm>

#include <QCoreApplication>
#include <QPainter>

namespace atlas {
namespace {

// The texts of the dashboard page (free functions, no class of their own).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(atlas::Dashboard)
};

struct Ink
{
    QColor page, text, muted, tile, tileBorder, accent;
};

Ink inkFor(bool dark)
{
    if (dark)
        return {QColor(0x16, 0x18, 0x1b), QColor(0xf0, 0xf0, 0xf0), QColor(0xa8, 0xac, 0xb2), QColor(0x22, 0x25, 0x2a),
                QColor(0x3a, 0x3e, 0x45), QColor(0xff, 0xc1, 0x3d)};
    return {QColor(Qt::white), QColor(0x14, 0x14, 0x14), QColor(0x5a, 0x5a, 0x5a), QColor(0xf5, 0xf6, 0xf8),
            QColor(0xdd, 0xdf, 0xe3), QColor(0xc0, 0x39, 0x2b)};
}

// Text that wraps in `box` (as much as fits); returns the height it took.
qreal drawText(QPainter& painter, const QRectF& box, const QString& text, const QFont& font, const QColor& color,
               int flags = Qt::AlignLeft | Qt::AlignTop)
{
    return std::min(paintWrappedText(painter, box, text, font, color, flags), box.height());
}

} // namespace

QRectF headlineTileRect(const QRectF& row, int count, int index, qreal unit)
{
    const qreal gap = unit * 0.8;
    const qreal width = (row.width() - gap * (count - 1)) / count;
    return QRectF(row.left() + index * (width + gap), row.top(), width, row.height());
}

namespace {

// The headline numbers as a row of tiles.
void paintHeadlines(QPainter& painter, const QRectF& row, const QVector<HeadlineFigure>& figures, const Ink& ink, qreal unit)
{
    if (figures.isEmpty())
        return;
    for (int i = 0; i < figures.size(); ++i) {
        const QRectF tile = headlineTileRect(row, int(figures.size()), i, unit);
        // A figure resting on a source's projections is framed as planned things are: dashed.
        painter.setPen(figures[i].projected ? QPen(ink.muted, 1.5, Qt::DashLine)
                                            : QPen(ink.tileBorder, 1));
        painter.setBrush(ink.tile);
        painter.drawRoundedRect(tile, unit * 0.4, unit * 0.4);
        const QRectF inner = tile.adjusted(unit * 0.8, unit * 0.6, -unit * 0.8, -unit * 0.5);
        qreal y = inner.top();
        // The heading on one line: its type shrinks to fit the tile ("LARGEST CLUSTER ·
        // PROJECTED" in a narrow tile); when even its smallest does not fit, it wraps whole.
        const QString heading = figures[i].label.toUpper();
        QFont headingFont = mapstyle::font(int(unit * 0.9), true);
        const int smallestHeading = std::max(8, int(unit * 0.65));
        while (headingFont.pixelSize() > smallestHeading &&
               QFontMetricsF(headingFont).horizontalAdvance(heading) > inner.width())
            headingFont.setPixelSize(headingFont.pixelSize() - 1);
        const qreal headingRoom = QFontMetricsF(headingFont).horizontalAdvance(heading) > inner.width()
                                      ? wrappedTextHeight(heading, headingFont, inner.width())
                                      : unit * 1.6;
        y += drawText(painter, QRectF(inner.left(), y, inner.width(), headingRoom), heading, headingFont, ink.muted);
        // The value on one line: its type shrinks until it fits the tile's width. The detail
        // wraps under it; its type shrinks until all of it fits, and when even its smallest
        // does not (Chinese lines are taller: Noto CJK's line spacing), the value gives way too.
        QFont valueFont = mapstyle::font(int(unit * 2.2), true);
        while (valueFont.pixelSize() > int(unit * 1.2) &&
               QFontMetricsF(valueFont).horizontalAdvance(figures[i].value) > inner.width())
            valueFont.setPixelSize(valueFont.pixelSize() - 1);
        const int smallestDetail = std::max(8, int(unit * 0.55));
        QFont detailFont = mapstyle::font(int(unit * 0.85));
        const auto detailRoom = [&] {
            return inner.bottom() - y - wrappedTextHeight(figures[i].value, valueFont, inner.width()) - unit * 0.2;
        };
        const auto detailFits = [&] {
            return wrappedTextHeight(figures[i].detail, detailFont, inner.width()) <= detailRoom();
        };
        while (detailFont.pixelSize() > smallestDetail && !detailFits())
            detailFont.setPixelSize(detailFont.pixelSize() - 1);
        while (valueFont.pixelSize() > int(unit * 1.2) && !detailFits())
            valueFont.setPixelSize(valueFont.pixelSize() - 1);
        y += drawText(painter, QRectF(inner.left(), y, inner.width(), unit * 3), figures[i].value, valueFont,
                      i == int(figures.size()) - 1 ? ink.accent : ink.text, Qt::AlignLeft | Qt::AlignTop);
        drawText(painter, QRectF(inner.left(), y + unit * 0.2, inner.width(), inner.bottom() - y - unit * 0.2),
                 figures[i].detail, detailFont, ink.muted);
    }
}

QVector<MapRenderer::Label> paintMap(QPainter& painter, const QRectF& area, const DashboardInputs& in)
{
    if (!in.scene)
        return {};
    painter.save();
    painter.translate(area.topLeft());
    painter.setClipRect(QRectF(QPointF(0, 0), area.size()));
    MapSettings view;
    view.scene = in.scene;
    view.projection = in.projection;
    view.dark = in.dark;
    view.showTitle = false;
    const QVector<MapRenderer::Label> labels = paintMapPage(painter, area.size().toSize(), view);
    painter.restore();
    return labels;
}

// The footer's first lines: the scenario's assumptions, and what of it is projected.
QString assumptionsCaption(const charts::ChartInputs& c)
{
    QString caption = Text::tr("Assumptions: %1").arg(scenarioCaption(*c.data, *c.params));
    if (const QString note = projectionsNote(*c.result); !note.isEmpty())
        caption = Text::tr("%1. %2", "a sentence after another").arg(caption, note);
    return caption;
}

// The footer's last lines: the map's attribution and the sources of the headline figures.
QString sourcesAndCredits(const charts::ChartInputs& c)
{
    const QString sources = sourcesFootnote(
        *c.data, *c.params,
        {QStringLiteral("largest_cluster_gpus"), QStringLiteral("largest_cluster_h100e"),
         QStringLiteral("single_site_gw"), QStringLiteral("multi_site_gw")});
    return Text::tr("Map: %1. %2 Made with Compute Atlas.").arg(MapRenderer::attribution(), sources);
}

struct BodyAreas
{
    QRectF map, cluster, gigawatts;
};

// The map and the two main charts; beside each other on a wide slide, stacked on 4:3.
BodyAreas bodyAreas(const QRectF& body, bool wide, qreal gap)
{
    BodyAreas a;
    if (wide) {
        a.map = QRectF(body.left(), body.top(), body.width() * 0.56, body.height());
        const qreal chartsLeft = a.map.right() + gap;
        const qreal chartHeight = (body.height() - gap) / 2;
        a.cluster = QRectF(chartsLeft, body.top(), body.right() - chartsLeft, chartHeight);
        a.gigawatts =
            QRectF(chartsLeft, a.cluster.bottom() + gap, a.cluster.width(), chartHeight);
    } else {
        a.map = QRectF(body.left(), body.top(), body.width(), body.height() * 0.52);
        const qreal chartWidth = (body.width() - gap) / 2;
        const qreal top = a.map.bottom() + gap;
        a.cluster = QRectF(body.left(), top, chartWidth, body.bottom() - top);
        a.gigawatts = QRectF(a.cluster.right() + gap, top, chartWidth, a.cluster.height());
    }
    return a;
}

// SVG has no clipping in Qt's generator: cover what the map drew outside its area (land,
// links, names running past its edge) before the rest of the page is drawn over it.
void coverAround(QPainter& painter, const QRectF& whole, const QRectF& area, const QColor& page)
{
    painter.setPen(Qt::NoPen);
    painter.setBrush(page);
    painter.drawRect(QRectF(whole.topLeft(), QPointF(whole.right(), area.top())));
    painter.drawRect(QRectF(QPointF(whole.left(), area.bottom()), whole.bottomRight()));
    painter.drawRect(QRectF(QPointF(whole.left(), area.top()), QPointF(area.left(), area.bottom())));
    painter.drawRect(QRectF(QPointF(area.right(), area.top()), QPointF(whole.right(), area.bottom())));
}

} // namespace

void paintHeadlineTiles(QPainter& painter, const QRectF& row, const ScenarioResult& result, int year, bool dark, qreal unit)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    paintHeadlines(painter, row, headlineFigures(result, year), inkFor(dark), unit);
    painter.restore();
}

DashboardMap paintDashboard(QPainter& painter, QSize page, const DashboardInputs& in)
{
    const Ink ink = inkFor(in.dark);
    const qreal unit = page.height() / 54.0; // 20 px on a 1080-line slide
    const bool wide = page.width() >= page.height() * 1.5;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setFont(mapstyle::font(int(unit))); // even the background names the explicit font
    painter.fillRect(QRectF(QPointF(0, 0), QSizeF(page)), ink.page);
    const QRectF inner = QRectF(QPointF(0, 0), QSizeF(page)).adjusted(unit * 1.5, unit * 1.2, -unit * 1.5, -unit * 1.0);

    // Title: the scenario and the year.
    const charts::ChartInputs& c = in.charts;
    const QString scenario =
        c.scenarioName.isEmpty() ? Text::tr("Unsaved scenario") : c.scenarioName;
    // Where the title and the headlines go (they are drawn after the map; see below).
    const QFont titleFont = mapstyle::font(int(unit * 1.9), true);
    const QFont subtitleFont = mapstyle::font(int(unit * 1.05));
    const qreal headlineHeight = unit * 6.2;
    qreal y = inner.top() + QFontMetricsF(titleFont).height() + unit * 0.2 + QFontMetricsF(subtitleFont).height() + unit * 0.8;
    y += headlineHeight + unit * 0.8;

    // Footer: assumptions, attribution and sources, as much room as they need.
    const QFont captionFont = mapstyle::font(int(unit * 0.8));
    const QFont footFont = mapstyle::font(int(unit * 0.7));
    const QString caption = assumptionsCaption(c);
    const QString footnote = sourcesAndCredits(c);
    const qreal footHeight = wrappedTextHeight(footnote, footFont, inner.width());
    const qreal captionHeight = wrappedTextHeight(caption, captionFont, inner.width());
    const qreal bodyBottom = inner.bottom() - footHeight - captionHeight - unit * 0.9;

    const QRectF body(inner.left(), y, inner.width(), std::max(unit * 10, bodyBottom - y));
    const qreal gap = unit * 0.8;
    const BodyAreas areas = bodyAreas(body, wide, gap);
    const QRectF& mapArea = areas.map;
    const QVector<MapRenderer::Label> mapLabels = paintMap(painter, mapArea, in);
    coverAround(painter, QRectF(QPointF(0, 0), QSizeF(page)), mapArea, ink.page);

    // The title and the headlines, drawn again over the cover.
    y = inner.top();
    y += drawText(painter, QRectF(inner.left(), y, inner.width(), unit * 3),
                  Text::tr("The AI compute build-out in %1").arg(c.year), titleFont, ink.text);
    y += drawText(painter, QRectF(inner.left(), y + unit * 0.2, inner.width(), unit * 2),
                  Text::tr("Scenario: %1").arg(scenario), subtitleFont, ink.muted) +
         unit * 0.8;
    paintHeadlines(painter, QRectF(inner.left(), y, inner.width(), headlineHeight), headlineFigures(*c.result, c.year), ink, unit);
    charts::paintChart(painter, areas.cluster, charts::ChartKind::ClusterSize, c, in.dark);
    charts::paintChart(painter, areas.gigawatts, charts::ChartKind::Gigawatts, c, in.dark);

    drawText(painter, QRectF(inner.left(), bodyBottom + unit * 0.5, inner.width(), captionHeight + 2), caption, captionFont, ink.text);
    drawText(painter, QRectF(inner.left(), inner.bottom() - footHeight, inner.width(), footHeight + 2), footnote, footFont, ink.muted);
    painter.restore();
    return {mapArea, mapLabels};
}

QString exportDashboard(const DashboardInputs& inputs, const QString& path, QSize size)
{
    Page page;
    page.size = size;
    page.background = inkFor(inputs.dark).page;
    page.title = Text::tr("The AI compute build-out in %1 — %2")
                     .arg(inputs.charts.year)
                     .arg(inputs.charts.scenarioName.isEmpty() ? Text::tr("unsaved scenario")
                                                               : inputs.charts.scenarioName);
    page.description = scenarioCaption(*inputs.charts.data, *inputs.charts.params);
    page.paint = [&inputs, size](QPainter& painter) { paintDashboard(painter, size, inputs); };
    return writePage(path, page, {PageFormat::Png, PageFormat::Svg, PageFormat::Pdf});
}

} // namespace atlas
