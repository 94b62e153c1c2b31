// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/yearaxis.h"

#include "charts/chartstyle.h"

#include <QChart>
#include <QValueAxis>

namespace atlas::charts {

QValueAxis* addYearAxis(QChart* chart)
{
    auto* axis = new QValueAxis;
    styleValueAxis(axis, QString(), QStringLiteral("%d"));
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setMinorTickCount(0);
    chart->addAxis(axis, Qt::AlignBottom);
    return axis;
}

void setYearRange(QValueAxis* axis, int yearFrom, int yearTo)
{
    const int span = yearTo - yearFrom;
    const int interval = span <= 10 ? 1 : span <= 20 ? 2 : 5;
    // Half a year either side, so markers at the first and last year are not cut in half.
    axis->setRange(yearFrom - 0.4, yearTo + 0.4);
    axis->setTickAnchor(yearFrom);
    axis->setTickInterval(interval);
}

} // namespace atlas::charts
