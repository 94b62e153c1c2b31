// SPDX-License-Identifier: GPL-3.0-or-later
// Money over the years: funding against the capex the power online would need and the capex
// the installed GPUs took, in $ billions per year, with the published funding claims. Dashed
// where the sources' projections change them.
#pragma once

#include "ui/charts/chartstyle.h"
#include "ui/charts/yearlineschart.h"

namespace atlas::charts {

class MoneyChart : public YearLinesChart
{
public:
    MoneyChart();
    ~MoneyChart() override;
    QStringList claimMetrics() const override;
    ExplainRequest mainExplanation() const override
    {
        return {ExplainedMetric::CapexNeededUsd, year()};
    }

protected:
    void updateSeries(const ChartInputs& inputs) override;

private:
    QValueAxis* m_busd;
    StableRange m_range;
};

} // namespace atlas::charts
