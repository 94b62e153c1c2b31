// SPDX-License-Identifier: GPL-3.0-or-later
// Cluster size over the years, on a log scale: installed GPUs and their H100-equivalents, the
// largest single site (GPUs) and the largest fiber-linked cluster (effective H100e), with the
// published claims of the largest cluster. Solid what the recorded phases give, dashed what
// the sources' projections add.
#pragma once

#include "ui/charts/yearlineschart.h"

QT_BEGIN_NAMESPACE
class QLogValueAxis;
QT_END_NAMESPACE

namespace atlas::charts {

class ClusterSizeChart : public YearLinesChart
{
public:
    ClusterSizeChart();
    ~ClusterSizeChart() override;
    QStringList claimMetrics() const override;
    ExplainRequest mainExplanation() const override
    {
        return {ExplainedMetric::LargestClusterH100e, year()};
    }

protected:
    void updateSeries(const ChartInputs& inputs) override;

private:
    QLogValueAxis* m_count;
};

} // namespace atlas::charts
