// SPDX-License-Identifier: GPL-3.0-or-later
// Cluster size over the years, on a log scale: installed GPUs and their H100-equivalents, the
// largest single site (GPUs) and the largest fiber-linked cluster (effective H100e), with the
// published claims of the largest cluster. Solid what the recorded phases give, dashed what
// the sources' projections add.
#pragma once

#include "ui/charts/scenariochart.h"

#include <memory>
#include <vector>

QT_BEGIN_NAMESPACE
class QLogValueAxis;
class QValueAxis;
QT_END_NAMESPACE

namespace atlas::charts {

class ClaimRanges;
class ProjectedLegend;
class SeriesPair;

class ClusterSizeChart : public ScenarioChart
{
public:
    ClusterSizeChart();
    ~ClusterSizeChart() override;
    QStringList claimMetrics() const override;
    const ClaimRanges* claimRanges() const override { return m_claims.get(); }

    std::optional<ExplainRequest> explainAt(const QPointF& position) const override;
    ExplainRequest mainExplanation() const override
    {
        return {ExplainedMetric::LargestClusterH100e, year()};
    }

protected:
    void updateSeries(const ChartInputs& inputs) override;

private:
    QValueAxis* m_years;
    QLogValueAxis* m_count;
    std::vector<std::unique_ptr<SeriesPair>> m_lines;
    std::unique_ptr<ProjectedLegend> m_projectedLegend;
    std::unique_ptr<ClaimRanges> m_claims;
};

} // namespace atlas::charts
