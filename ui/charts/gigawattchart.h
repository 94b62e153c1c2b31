// SPDX-License-Identifier: GPL-3.0-or-later
// Gigawatts over the years: the facility power the installed GPUs draw, against the capacity
// online at the counted sites stacked by operator (what the recorded phases give; what the
// sources project is a light band above, with a dashed top), with the published claims of
// site power.
#pragma once

#include "ui/charts/chartdata.h"
#include "ui/charts/chartstyle.h"
#include "ui/charts/scenariochart.h"

#include <QList>

#include <memory>

QT_BEGIN_NAMESPACE
class QAreaSeries;
class QLineSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace atlas::charts {

class ClaimRanges;
class ProjectedLegend;
class SeriesPair;

class GigawattChart : public ScenarioChart
{
public:
    GigawattChart();
    ~GigawattChart() override;
    QStringList claimMetrics() const override;
    const ClaimRanges* claimRanges() const override { return m_claims.get(); }

    std::optional<ExplainRequest> explainAt(const QPointF& position) const override;
    ExplainRequest mainExplanation() const override { return {ExplainedMetric::DemandGw, year()}; }

protected:
    void updateSeries(const ChartInputs& inputs) override;

private:
    void setBandCount(const QVector<CapacityBand>& bands);
    void makeProjectedBand();
    void raiseProjectedBand();
    QString projectedBandTip(QPointF at) const;

    QValueAxis* m_years;
    QValueAxis* m_gw;
    QList<QAreaSeries*> m_areas;
    QAreaSeries* m_projectedBand =
        nullptr; // the capacity the sources project, over what is recorded
    QLineSeries* m_projectedTop = nullptr; // its top edge, dashed
    QVector<int> m_bandYears;
    QVector<double> m_recordedGw, m_allGw;
    QVector<CapacityBand> m_stack; // as drawn, bottom band first
    std::unique_ptr<SeriesPair> m_demand;
    std::unique_ptr<ProjectedLegend> m_projectedLegend;
    std::unique_ptr<ClaimRanges> m_claims;
    StableRange m_range;
};

} // namespace atlas::charts
