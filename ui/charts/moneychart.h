// SPDX-License-Identifier: GPL-3.0-or-later
// Money over the years: funding against the capex the power online would need and the capex
// the installed GPUs took, in $ billions per year, with the published funding claims. Dashed
// where the sources' projections change them.
#pragma once

#include "ui/charts/chartstyle.h"
#include "ui/charts/scenariochart.h"

#include <memory>
#include <vector>

QT_BEGIN_NAMESPACE
class QValueAxis;
QT_END_NAMESPACE

namespace atlas::charts {

class ClaimRanges;
class ProjectedLegend;
class SeriesPair;

class MoneyChart : public ScenarioChart
{
public:
    MoneyChart();
    ~MoneyChart() override;
    QStringList claimMetrics() const override;
    const ClaimRanges* claimRanges() const override { return m_claims.get(); }

    std::optional<ExplainRequest> explainAt(const QPointF& position) const override;
    ExplainRequest mainExplanation() const override
    {
        return {ExplainedMetric::CapexNeededUsd, year()};
    }

protected:
    void updateSeries(const ChartInputs& inputs) override;

private:
    QValueAxis* m_years;
    QValueAxis* m_busd;
    std::vector<std::unique_ptr<SeriesPair>> m_lines;
    std::unique_ptr<ProjectedLegend> m_projectedLegend;
    std::unique_ptr<ClaimRanges> m_claims;
    StableRange m_range;
};

} // namespace atlas::charts
