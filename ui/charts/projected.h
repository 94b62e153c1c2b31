// SPDX-License-Identifier: GPL-3.0-or-later
// How the charts draw what rests on a source's projections (phases dated after the source's
// "as of" date): dashed lines (short flat dashes, unlike a compared scenario's long ones) and
// lighter bands, one legend entry per chart, and tooltips that give the recorded figure beside
// the projected one. Projected capacity is never drawn as capacity that exists.
#pragma once

#include <QColor>
#include <QList>
#include <QPen>
#include <QPointF>
#include <QString>

#include <functional>

QT_BEGIN_NAMESPACE
class QAbstractAxis;
class QChart;
class QLineSeries;
class QXYSeries;
QT_END_NAMESPACE

namespace atlas::charts {

QPen projectedPen(const QColor& color, qreal width = 2.5);
// A band's fill for projected capacity: light, so that what exists stands out.
QColor projectedFill();
// "projected": short, so that a legend of it fits beside a small chart; the caption and the
// tooltips say it is a source's forecast.
QString projectedLegendName();

// The part of `withProjections` that differs from `recorded` (points matched by year), from
// the last year before it where the two agree, so that the dashed line branches off the solid
// one: empty when they agree everywhere.
QList<QPointF> projectedPart(const QList<QPointF>& recorded, const QList<QPointF>& withProjections);

// The chart's legend entry for projections: a series without points, drawn as a dashed line
// in the legend, shown while anything projected is.
class ProjectedLegend
{
public:
    ProjectedLegend(QChart* chart, QAbstractAxis* x, QAbstractAxis* y);
    QLineSeries* series() const { return m_series; }
    void setShown(bool shown);
    // Moves the entry after those of the series added since (to the legend's end).
    void raise();

private:
    QAbstractAxis* m_x;
    QAbstractAxis* m_y;
    QLineSeries* m_series;
    bool m_shown = false;
};

// While the pointer is over `series`, a tooltip with text(the point under it).
void tipOnHover(QXYSeries* series, const std::function<QString(QPointF)>& text);

} // namespace atlas::charts
