// SPDX-License-Identifier: GPL-3.0-or-later
// Published claims drawn on a chart: a vertical bar from low to high at the claim's year,
// with a marker at each end and a short label, so the scenario can be read against them.
#pragma once

#include "core/domain/dataset.h"

#include <QList>
#include <QStringList>
#include <QVector>

QT_BEGIN_NAMESPACE
class QAbstractAxis;
class QChart;
class QGraphicsSimpleTextItem;
class QLineSeries;
class QScatterSeries;
QT_END_NAMESPACE

namespace atlas::charts {

class ClaimRanges
{
public:
    ClaimRanges(QChart* chart, QAbstractAxis* x, QAbstractAxis* y);

    // The claims of `metrics` with a year in [yearFrom, yearTo], divided by `scale` (e.g.
    // 1e6 for millions of GPUs). Returns the largest value drawn (0 when none) and the
    // smallest positive.
    std::pair<double, double> show(const Dataset& data, const QStringList& metrics, int yearFrom,
                                   int yearTo, double scale = 1);
    // Moves the labels to their points; call when the plot area or axes change.
    void placeLabels();
    // Draws the claims above the series added after them.
    void raise();

    // The claim drawn at a point of the chart (its marker, bar or label), as an index for
    // claim() and toolTip(), or -1.
    int claimAt(const QPointF& chartPosition) const;
    const Claim* claim(int index) const;
    // Who said it, when, and where (rich text).
    QString toolTip(int index) const;

private:
    QChart* m_chart;
    QAbstractAxis* m_x;
    QAbstractAxis* m_y;
    QScatterSeries* m_markers;
    QList<QLineSeries*> m_bars;
    QList<QGraphicsSimpleTextItem*> m_labels;
    QVector<std::pair<QPointF, QPointF>> m_ends; // each claim's high and low end, in values
    QVector<Claim> m_shown;                      // the claims drawn, in the same order
    QStringList m_toolTips;
};

} // namespace atlas::charts
