// SPDX-License-Identifier: GPL-3.0-or-later
// The shared x axis of the time charts: whole years, ticks every 1, 2 or 5 years.
#pragma once

#include <QtGlobal>

QT_BEGIN_NAMESPACE
class QChart;
class QValueAxis;
QT_END_NAMESPACE

namespace atlas::charts {

QValueAxis* addYearAxis(QChart* chart);
// Whole years from yearFrom to yearTo, with as many labels as the plot's width has room for
// (kept so as the chart is resized).
void setYearRange(QValueAxis* axis, int yearFrom, int yearTo);

} // namespace atlas::charts
