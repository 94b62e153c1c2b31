// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/yearaxis.h"

#include "ui/charts/chartstyle.h"

#include <QChart>
#include <QValueAxis>

namespace atlas::charts {

namespace {

// A year label ("2030" at 11 px) and the gap after it.
constexpr double kPixelsPerLabel = 44;

void spaceTicks(QValueAxis* axis)
{
    const QChart* chart = qobject_cast<QChart*>(axis->parent());
    const double width = chart ? chart->plotArea().width() : 0;
    const double span = axis->max() - axis->min();
    int interval = 1;
    for (int step : {1, 2, 5, 10, 20}) {
        interval = step;
        if (width <= 0 || span / step * kPixelsPerLabel <= width)
            break;
    }
    if (axis->tickInterval() != interval)
        axis->setTickInterval(interval);
}

} // namespace

QValueAxis* addYearAxis(QChart* chart)
{
    auto* axis = new QValueAxis;
    styleValueAxis(axis, QString(), QStringLiteral("%d"));
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setMinorTickCount(0);
    chart->addAxis(axis, Qt::AlignBottom);
    axis->setParent(chart);
    QObject::connect(chart, &QChart::plotAreaChanged, axis, [axis] { spaceTicks(axis); });
    return axis;
}

void setYearRange(QValueAxis* axis, int yearFrom, int yearTo)
{
    // Half a year either side, so markers at the first and last year are not cut in half.
    axis->setRange(yearFrom - 0.4, yearTo + 0.4);
    axis->setTickAnchor(yearFrom);
    spaceTicks(axis);
}

} // namespace atlas::charts
