// SPDX-License-Identifier: GPL-3.0-or-later
// The selected year on a time-series chart: a thin vertical line from the bottom of the plot
// to its top, beneath the data, so the chart says which year the map, the table and the
// headline cards show. A series (not a scene item) so that every export draws it too.
#pragma once

#include <QtGlobal>

QT_BEGIN_NAMESPACE
class QAbstractAxis;
class QChart;
class QLineSeries;
QT_END_NAMESPACE

namespace atlas::charts {

class YearMarker
{
public:
    // Add it before the chart's data series: series are drawn in the order they were added.
    YearMarker(QChart* chart, QAbstractAxis* years, QAbstractAxis* values);

    // Draws the line at `year` over the value axis's range as it now stands (call after the
    // range is set); a year outside the year axis's range hides it.
    void show(int year);
    QLineSeries* series() const { return m_line; }

private:
    QAbstractAxis* m_years;
    QAbstractAxis* m_values;
    QLineSeries* m_line;
};

} // namespace atlas::charts
