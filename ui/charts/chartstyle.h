// SPDX-License-Identifier: GPL-3.0-or-later
// How the charts look: one font family named explicitly (so an exported SVG lays out the same
// in other renderers), a fixed palette, no animations, and axis ranges that only move in
// round steps so they do not jitter while a slider is dragged.
#pragma once

#include <QColor>
#include <QFont>
#include <QPen>

#include <utility>

QT_BEGIN_NAMESPACE
class QAbstractSeries;
class QChart;
class QValueAxis;
QT_END_NAMESPACE

namespace atlas::charts {

QFont chartFont(int pixelSize, bool bold = false);
void styleChart(QChart* chart);
void styleValueAxis(QValueAxis* axis, const QString& title, const QString& labelFormat);

// Background, text, grid and axes for a light or a dark chart; ink drawn near black (claims,
// totals) turns near white on dark and back.
void applyChartTheme(QChart* chart, bool dark);

// The legend under the plot, its entries wrapped onto as many rows as the chart's width needs,
// every name whole (see FlowLegend). Called when the chart's series change (a resize lays it
// out by itself).
void fitLegend(QChart* chart);

// The series' legend entry drawn as the series is (a line segment, a scatter series' marker)
// rather than as a square, so a line and a marker of the same colour read apart. Call again
// after the series is added to the chart again (its legend entry is made anew).
void legendLikeSeries(QChart* chart, QAbstractSeries* series);

QColor seriesColor(int index);
QColor claimColor();
QPen linePen(const QColor& color, qreal width = 2.5, Qt::PenStyle style = Qt::SolidLine);

// A value axis from 0 to `max` (a round number, see StableRange) with ticks at round steps
// (a fifth of the range or a little more: 1, 2, 2.5, 5 × 10^n) labelled with just the
// decimals they need, so that a tick at 0.25 does not read 0.3.
void setZeroBasedRange(QValueAxis* axis, double max);
// A horizontal axis of setZeroBasedRange() in a plot `plotWidth` wide: its ticks as far apart
// as their labels need (a round step again), so "5000" and "10000" never run into each
// other on a narrow chart; back to a fifth of the range when there is room.
void fitTicksToWidth(QValueAxis* axis, qreal plotWidth);

// 1, 2, 2.5, 5 × 10^n: the smallest such number at least `value`.
double niceCeil(double value);

// The top of a value axis that starts at 0: grows at once to fit the data, shrinks only when
// the data fall below 40% of it, and always lands on a round number.
class StableRange
{
public:
    double fit(double dataMax);
    void reset() { m_max = 0; }

private:
    double m_max = 0;
};

// A log axis's range: whole decades around the data.
std::pair<double, double> decadeRange(double minPositive, double max);

} // namespace atlas::charts
