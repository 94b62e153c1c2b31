// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/chartstyle.h"

#include "ui/charts/flowlegend.h"
#include "ui/export/pagefont.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QScatterSeries>
#include <QFontMetricsF>
#include <QValueAxis>
#include <QXYSeries>

#include <algorithm>
#include <cmath>

namespace atlas::charts {

QFont chartFont(int pixelSize, bool bold)
{
    return pageFont(pixelSize, bold);
}

void styleChart(QChart* chart)
{
    chart->setAnimationOptions(QChart::NoAnimation); // a slider drag must not animate
    chart->setTitleFont(chartFont(15, true));
    chart->legend()->setFont(chartFont(10));
    chart->setMargins(QMargins(6, 6, 6, 6));
    chart->setBackgroundRoundness(0);
    chart->setTheme(QChart::ChartThemeLight);
}

void fitLegend(QChart* chart)
{
    FlowLegend::of(chart)->refresh();
}

void styleValueAxis(QValueAxis* axis, const QString& title, const QString& labelFormat)
{
    axis->setTitleText(title);
    axis->setTitleFont(chartFont(12));
    axis->setLabelsFont(chartFont(11));
    axis->setLabelFormat(labelFormat);
}

void applyChartTheme(QChart* chart, bool dark)
{
    const QColor background = dark ? QColor(0x1f, 0x21, 0x24) : QColor(Qt::white);
    const QColor text = dark ? QColor(0xe6, 0xe6, 0xe6) : QColor(0x22, 0x22, 0x22);
    const QColor grid = dark ? QColor(0x3c, 0x3f, 0x45) : QColor(0xe0, 0xe0, 0xe0);
    const QColor minorGrid = dark ? QColor(0x2c, 0x2f, 0x34) : QColor(0xee, 0xee, 0xee);
    const QColor axisLine = dark ? QColor(0x70, 0x74, 0x7a) : QColor(0xa0, 0xa0, 0xa0);
    chart->setBackgroundBrush(background);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
        axis->setMinorGridLineColor(minorGrid);
        axis->setLinePenColor(axisLine);
    }
    // Ink: a series drawn in (nearly) the text colour keeps its light colour in a property and
    // is drawn in the theme's text colour.
    const auto ink = [&](QObject* series, QColor current, auto set) {
        const char* kKey = "atlasInk";
        if (!series->property(kKey).isValid()) {
            if (current.lightness() > 70)
                return; // a colour of its own (an operator's, funding's)
            series->setProperty(kKey, current);
        }
        QColor light = series->property(kKey).value<QColor>();
        QColor themed = dark ? text : light;
        themed.setAlpha(light.alpha());
        set(themed);
    };
    for (QAbstractSeries* series : chart->series()) {
        if (auto* scatter = qobject_cast<QScatterSeries*>(series)) {
            ink(scatter, scatter->color(), [scatter](const QColor& c) { scatter->setColor(c); });
            scatter->setBorderColor(dark ? background : QColor(Qt::white));
        } else if (auto* xy = qobject_cast<QXYSeries*>(series)) {
            ink(xy, xy->color(), [xy](const QColor& c) { xy->setColor(c); });
        }
        if (auto* xy = qobject_cast<QXYSeries*>(series); xy && xy->pointLabelsVisible())
            xy->setPointLabelsColor(text);
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(series)) {
            for (QBarSet* set : bars->barSets())
                set->setLabelColor(text);
        }
    }
    // Labels the charts place themselves (the claims' ranges) are ink too.
    constexpr int kInkKey = 0x41546b; // QGraphicsItem::data() key
    for (QGraphicsItem* item : chart->childItems()) {
        auto* label = qgraphicsitem_cast<QGraphicsSimpleTextItem*>(item);
        if (!label)
            continue;
        if (!label->data(kInkKey).isValid())
            label->setData(kInkKey, label->brush().color());
        const QColor light = label->data(kInkKey).value<QColor>();
        label->setBrush(dark && light.lightness() <= 70 ? text : light);
    }
}

QColor seriesColor(int index)
{
    // Tableau 10: distinct in colour and in lightness, readable when printed.
    static const QColor palette[] = {QColor(0x4e, 0x79, 0xa7), QColor(0xf2, 0x8e, 0x2b),
                                     QColor(0x59, 0xa1, 0x4f), QColor(0xe1, 0x57, 0x59),
                                     QColor(0x76, 0xb7, 0xb2), QColor(0xed, 0xc9, 0x48),
                                     QColor(0xb0, 0x7a, 0xa1), QColor(0xff, 0x9d, 0xa7),
                                     QColor(0x9c, 0x75, 0x5f), QColor(0xba, 0xb0, 0xac)};
    return palette[index % 10];
}

void legendLikeSeries(QChart* chart, QAbstractSeries* series)
{
    for (QLegendMarker* marker : chart->legend()->markers(series))
        marker->setShape(QLegend::MarkerShapeFromSeries);
}

QColor claimColor() { return QColor(0x22, 0x22, 0x22); }

QPen linePen(const QColor& color, qreal width, Qt::PenStyle style)
{
    QPen pen(color, width, style);
    pen.setCapStyle(Qt::RoundCap);
    pen.setJoinStyle(Qt::RoundJoin);
    return pen;
}

double niceCeil(double value)
{
    if (!(value > 0))
        return 1;
    const double decade = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (step * decade >= value * (1 - 1e-12))
            return step * decade;
    }
    return 10 * decade;
}

void setZeroBasedRange(QValueAxis* axis, double max)
{
    const double interval = niceCeil(max / 5);
    int decimals = 0;
    while (decimals < 4) {
        const double scaled = interval * std::pow(10.0, decimals);
        if (std::abs(scaled - std::round(scaled)) < 1e-9 * std::max(1.0, scaled))
            break;
        ++decimals;
    }
    if (axis->tickType() != QValueAxis::TicksDynamic) {
        axis->setTickType(QValueAxis::TicksDynamic);
        axis->setTickAnchor(0);
    }
    axis->setRange(0, max);
    axis->setTickInterval(interval);
    const QString format = QStringLiteral("%.%1f").arg(decimals);
    if (axis->labelFormat() != format)
        axis->setLabelFormat(format);
}

void fitTicksToWidth(QValueAxis* axis, qreal plotWidth)
{
    if (!(plotWidth > 0) || !(axis->max() > 0))
        return;
    const QFontMetricsF metrics(axis->labelsFont());
    const QString widest = QString::asprintf(axis->labelFormat().toLatin1().constData(), axis->max());
    const qreal room = metrics.horizontalAdvance(widest) + metrics.averageCharWidth() * 2;
    double interval = niceCeil(axis->max() / 5);
    while (plotWidth * interval / axis->max() < room && interval < axis->max())
        interval = niceCeil(interval * 1.01);
    if (axis->tickInterval() != interval)
        axis->setTickInterval(interval);
}

double StableRange::fit(double dataMax)
{
    if (dataMax > m_max || dataMax < 0.4 * m_max || m_max == 0)
        m_max = niceCeil(dataMax * 1.05);
    return m_max;
}

std::pair<double, double> decadeRange(double minPositive, double max)
{
    if (!(max > 0))
        return {1, 10};
    const double low = std::pow(10.0, std::floor(std::log10(minPositive > 0 ? minPositive : max)));
    const double high = std::pow(10.0, std::ceil(std::log10(max * 1.0001)));
    return {low, std::max(high, low * 10)};
}

} // namespace atlas::charts
