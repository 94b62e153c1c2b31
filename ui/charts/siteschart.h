// SPDX-License-Identifier: GPL-3.0-or-later
// The sites in the selected year: a bar of IT power per site, largest at the top, the rest
// gathered as "others" so it stays readable with thousands. Each bar's label gives the site's
// allocated GPUs (each site gets GPUs in proportion to its power).
#pragma once

#include "charts/chartstyle.h"
#include "charts/scenariochart.h"

QT_BEGIN_NAMESPACE
class QBarCategoryAxis;
class QBarSet;
class QHorizontalBarSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace atlas::charts {

class SitesChart : public ScenarioChart
{
public:
    static constexpr int kShownSites = 10;

    SitesChart();
    // The category labels, top bar first (for tests).
    QStringList categories() const;

protected:
    void updateSeries(const ChartInputs& inputs) override;

private:
    QBarCategoryAxis* m_names;
    QValueAxis* m_mw;
    QHorizontalBarSeries* m_series;
    QBarSet* m_bars;
    StableRange m_range;
};

} // namespace atlas::charts
