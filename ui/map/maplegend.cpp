// SPDX-License-Identifier: GPL-3.0-or-later
// The map's legend: what of it a view has room for, and its rows.
#include "core/map/sitesymbols.h"
#include "core/scenario/scenariocaption.h"
#include "ui/map/maprenderer.h"
#include "ui/map/mapstyle.h"

#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <map>

namespace atlas {
namespace {

constexpr qreal kLegendWidth = 210;

QString formatMw(double mw)
{
    return mw >= 1000 ? MapRenderer::tr("%1 GW").arg(QLocale().toString(mw / 1000, 'g', 3))
                      : MapRenderer::tr("%1 MW").arg(QLocale().toString(mw));
}

constexpr int kLegendMaxOperators = 8;
constexpr qreal kLegendLine = 16;
constexpr qreal kLegendPadding = 8;
constexpr qreal kLegendTitleHeight = kLegendLine + 4;
constexpr qreal kLegendSamplesHeight = 50 + kLegendLine - 4;

// The operators online in the year with their IT power and colour, largest first.
QVector<std::pair<QString, std::pair<double, QColor>>> legendOperators(const MapScene& scene)
{
    std::map<QString, std::pair<double, QColor>> operators;
    for (const MapSite& site : scene.sites()) {
        if (!site.online)
            continue;
        auto& entry = operators[site.operatorName.isEmpty() ? MapRenderer::tr("No operator")
                                                            : site.operatorName];
        entry.first += site.itMw;
        entry.second = site.color;
    }
    QVector<std::pair<QString, std::pair<double, QColor>>> sorted(operators.begin(),
                                                                  operators.end());
    std::sort(sorted.begin(), sorted.end(),
              [](const auto& a, const auto& b) { return a.second.first > b.second.first; });
    if (sorted.size() > kLegendMaxOperators)
        sorted.resize(kLegendMaxOperators);
    return sorted;
}

// The symbols' rows: approximate location, planned capacity, three fiber styles.
constexpr int kLegendSymbolRows = 5;

// What of the legend a view has room for. A short or narrow map keeps the legend inside it
// and above its scale bar by leaving rows out, in this order: operators past the third, the
// symbols, the other operators, the size samples, the line under the count of sites not
// placed. What is left (the title, that count) fits the smallest map.
struct LegendFit
{
    int operators = 0;
    bool samples = true;
    bool symbols = true;
    bool unplaced = false;      // the count of sites not placed
    bool unplacedDetail = true; // and its second line
    qreal width = kLegendWidth;

    qreal height() const
    {
        return kLegendPadding + kLegendTitleHeight + (samples ? kLegendSamplesHeight : 0) +
               (operators + (symbols ? kLegendSymbolRows : 0)) * kLegendLine +
               (unplaced ? 6 + (unplacedDetail ? 2 : 1) * kLegendLine : 0) + kLegendPadding;
    }
};

LegendFit legendFit(const MapScene& scene, QSizeF room)
{
    LegendFit fit;
    fit.operators = int(legendOperators(scene).size());
    fit.unplaced = scene.unplacedCount() > 0;
    if (!room.isValid())
        return fit; // no limit
    if (room.width() < kLegendWidth) {
        // Too narrow for the symbols' words: the title and the count alone, as wide as the room.
        fit = {0, false, false, fit.unplaced, false, std::max<qreal>(0, room.width())};
        return fit;
    }
    const auto fits = [&] { return fit.height() <= room.height(); };
    while (!fits() && fit.operators > 3)
        --fit.operators;
    if (!fits())
        fit.symbols = false;
    while (!fits() && fit.operators > 0)
        --fit.operators;
    if (!fits())
        fit.samples = false;
    if (!fits())
        fit.unplacedDetail = false;
    return fit;
}

} // namespace

// `room` is in the view's pixels, the legend's rows in its own (it is drawn scaled as a whole).
namespace {
QSizeF roomInLegend(QSizeF room, qreal textScale)
{
    return room.isValid() ? room / textScale : room;
}
} // namespace

QSizeF MapRenderer::legendSize(const MapScene& scene, qreal textScale, QSizeF room)
{
    const LegendFit fit = legendFit(scene, roomInLegend(room, textScale));
    return QSizeF(fit.width, fit.height()) * textScale;
}

QRectF MapRenderer::legendUnplacedBox(const MapScene& scene, qreal textScale, QSizeF room)
{
    const LegendFit fit = legendFit(scene, roomInLegend(room, textScale));
    if (!fit.unplaced)
        return {};
    const qreal rows = 6 + (fit.unplacedDetail ? 2 : 1) * kLegendLine;
    const QRectF box(0, fit.height() - kLegendPadding - rows, fit.width, rows + kLegendPadding);
    return QRectF(box.topLeft() * textScale, box.size() * textScale);
}

QString MapRenderer::unplacedText(int count)
{
    // One is said apart so that the English reads "1 site"; a language with plural forms gives
    // them for the other counts.
    return count == 1 ? tr("1 site not placed") : tr("%Ln sites not placed", nullptr, count);
}

QString MapRenderer::unplacedHelp(int count)
{
    return tr("%1: they have no location yet, so the map cannot draw them; they count in every "
              "figure and chart.\nClick here to list them in the Sites table (its filter: Not "
              "placed). "
              "To place one, edit it: Find Place, or Shift+click on the map.")
        .arg(unplacedText(count));
}

namespace {

// Where the legend's rows are drawn: its box, in its own pixels, and the next row's top.
struct LegendRows
{
    QPainter& painter;
    const mapstyle::MapPalette& palette;
    QRectF box;
    qreal y = 0;

    // A row's symbol at the left, its text beside it.
    QRectF textBox() const { return {box.left() + 26, y, box.width() - 34, kLegendLine}; }
    QPointF symbolCentre() const { return {box.left() + 15, y + kLegendLine / 2}; }
};

void paintLegendTitle(LegendRows& rows, int year)
{
    QPainter& painter = rows.painter;
    painter.setPen(QPen(rows.palette.panelBorder, 1));
    painter.setBrush(rows.palette.panel);
    painter.drawRoundedRect(rows.box, 4, 4);
    painter.setPen(rows.palette.text);
    painter.setFont(mapstyle::font(12, true));
    rows.y = rows.box.top() + kLegendPadding;
    painter.drawText(QRectF(rows.box.left() + 8, rows.y, rows.box.width() - 16, kLegendLine),
                     Qt::AlignLeft | Qt::AlignVCenter, MapRenderer::tr("IT power in %1").arg(year));
    rows.y += kLegendLine + 4;
}

// Three sample sizes side by side, as paths (see circlePath), and the GPUs a gigawatt holds.
void paintLegendSamples(LegendRows& rows, double gpusPerMw)
{
    QPainter& painter = rows.painter;
    const QRectF& box = rows.box;
    const qreal column = (box.width() - 16) / 3;
    const double samples[] = {100.0, 500.0, 1000.0};
    for (int i = 0; i < 3; ++i) {
        const double mw = samples[i];
        const double r = siteRadius(mw);
        const QPointF centre(box.left() + 8 + column * (i + 0.5), rows.y + 18);
        painter.setPen(QPen(rows.palette.neutral, 1));
        QColor sampleFill = rows.palette.neutral;
        sampleFill.setAlpha(90);
        painter.setBrush(sampleFill);
        painter.drawPath(mapstyle::circlePath(centre, r));
        painter.setPen(rows.palette.text);
        painter.drawText(QRectF(centre.x() - column / 2, rows.y + 36, column, 14), Qt::AlignHCenter,
                         formatMw(mw));
    }
    rows.y += 50;
    if (gpusPerMw > 0) {
        painter.drawText(
            QRectF(box.left() + 8, rows.y - 6, box.width() - 16, kLegendLine),
            Qt::AlignLeft | Qt::AlignVCenter,
            MapRenderer::tr("1 GW holds %1 GPUs (scenario)").arg(shortNumber(gpusPerMw * 1000)));
    }
    rows.y += kLegendLine - 4;
}

// A row: a site's circle in `color` (hollow: approximate), and its text.
void paintLegendSiteRow(LegendRows& rows, const QColor& color, bool hollow, const QString& text)
{
    QPainter& painter = rows.painter;
    painter.setPen(mapstyle::sitePen(rows.palette, color, hollow));
    painter.setBrush(mapstyle::siteBrush(rows.palette, color, hollow));
    painter.drawPath(mapstyle::circlePath(rows.symbolCentre(), 5));
    painter.setPen(rows.palette.text);
    painter.drawText(rows.textBox(), Qt::AlignLeft | Qt::AlignVCenter, text);
    rows.y += kLegendLine;
}

// Approximate location, planned capacity, the three styles of fiber.
void paintLegendSymbols(LegendRows& rows)
{
    QPainter& painter = rows.painter;
    const mapstyle::MapPalette& palette = rows.palette;
    paintLegendSiteRow(rows, palette.neutral, true, MapRenderer::tr("approximate location"));
    // Dashed ring: the capacity the site's plans reach.
    painter.setPen(mapstyle::plannedRingPen(palette.neutral));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(mapstyle::circlePath(rows.symbolCentre(), 6.5));
    painter.setPen(mapstyle::sitePen(palette, palette.neutral, false));
    painter.setBrush(mapstyle::siteBrush(palette, palette.neutral, false));
    painter.drawPath(mapstyle::circlePath(rows.symbolCentre(), 3));
    painter.setPen(palette.text);
    painter.drawText(rows.textBox(), Qt::AlignLeft | Qt::AlignVCenter,
                     MapRenderer::tr("planned or projected")); // the symbol shows the dashed ring
    rows.y += kLegendLine;
    for (LinkStatus status : {LinkStatus::Lit, LinkStatus::Building, LinkStatus::Planned}) {
        const qreal middle = rows.y + kLegendLine / 2;
        painter.setPen(mapstyle::linkPen(palette, status, 0, false));
        painter.drawLine(QPointF(rows.box.left() + 8, middle),
                         QPointF(rows.box.left() + 22, middle));
        painter.setPen(palette.text);
        painter.drawText(rows.textBox(), Qt::AlignLeft | Qt::AlignVCenter,
                         status == LinkStatus::Lit        ? MapRenderer::tr("fiber, lit")
                         : status == LinkStatus::Building ? MapRenderer::tr("fiber, being built")
                                                          : MapRenderer::tr("fiber, planned"));
        rows.y += kLegendLine;
    }
}

// The sites the map cannot draw, so that no picture of it drops them without a word.
void paintLegendUnplaced(LegendRows& rows, int unplaced, bool withDetail)
{
    QPainter& painter = rows.painter;
    painter.setPen(QPen(rows.palette.panelBorder, 1));
    painter.drawLine(QPointF(rows.box.left() + 8, rows.y + 3),
                     QPointF(rows.box.right() - 8, rows.y + 3));
    rows.y += 6;
    // A question mark in a dashed ring: a site whose place is not known.
    painter.setPen(QPen(rows.palette.text, 1.2, Qt::DashLine));
    painter.setBrush(Qt::NoBrush);
    const QPointF centre = rows.symbolCentre();
    painter.drawPath(mapstyle::circlePath(centre, 6));
    painter.setPen(rows.palette.text);
    painter.setFont(mapstyle::font(9, true));
    painter.drawText(QRectF(centre.x() - 6, centre.y() - 6, 12, 12), Qt::AlignCenter,
                     MapRenderer::tr("?", "the sign of a site whose place is not known"));
    painter.setFont(mapstyle::font(11, true));
    painter.drawText(rows.textBox(), Qt::AlignLeft | Qt::AlignVCenter,
                     MapRenderer::unplacedText(unplaced));
    rows.y += kLegendLine;
    if (withDetail) {
        painter.setPen(rows.palette.mutedText);
        painter.setFont(mapstyle::font(10));
        painter.drawText(rows.textBox(), Qt::AlignLeft | Qt::AlignVCenter,
                         MapRenderer::tr("not drawn; counted in the totals"));
    }
}

} // namespace

void MapRenderer::paintLegend(QPainter& painter, const MapScene& scene, QPointF topLeft,
                              QSizeF room) const
{
    const auto sorted = legendOperators(scene);
    const LegendFit fit = legendFit(scene, roomInLegend(room, m_textScale));
    painter.save();
    // Drawn at its own size and scaled as a whole, so its rows keep their proportions.
    painter.translate(topLeft);
    painter.scale(m_textScale, m_textScale);
    painter.setRenderHint(QPainter::Antialiasing);
    LegendRows rows{painter, m_palette, QRectF(QPointF(0, 0), QSizeF(fit.width, fit.height()))};
    paintLegendTitle(rows, scene.year());
    painter.setFont(mapstyle::font(10));
    if (fit.samples)
        paintLegendSamples(rows, scene.gpusPerMw());
    painter.setFont(mapstyle::font(11));
    for (int i = 0; i < fit.operators; ++i)
        paintLegendSiteRow(rows, sorted[i].second.second, false, sorted[i].first);
    if (fit.symbols)
        paintLegendSymbols(rows);
    if (const int unplaced = scene.unplacedCount(); fit.unplaced && unplaced > 0)
        paintLegendUnplaced(rows, unplaced, fit.unplacedDetail);
    painter.restore();
}

} // namespace atlas
