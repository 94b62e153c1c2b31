// SPDX-License-Identifier: GPL-3.0-or-later
// A chart of lines over the years (chartdata.h's YearLine), each a SeriesPair (recorded
// solid, projected dashed, the compared scenario's), with the published claims of its
// metrics: what the cluster-size and money charts share. They add their value axis, draw
// their lines in their own styles, and say how a year becomes a point.
#pragma once

#include "ui/charts/chartdata.h"
#include "ui/charts/scenariochart.h"

#include <QList>
#include <QPointF>

#include <functional>
#include <memory>
#include <span>
#include <vector>

QT_BEGIN_NAMESPACE
class QAbstractAxis;
class QValueAxis;
QT_END_NAMESPACE

namespace atlas::charts {

class ClaimRanges;
class ProjectedLegend;
class SeriesPair;

class YearLinesChart : public ScenarioChart
{
public:
    ~YearLinesChart() override;
    const ClaimRanges* claimRanges() const override { return m_claims.get(); }
    std::optional<ExplainRequest> explainAt(const QPointF& position) const override;

protected:
    // The points of one line over `years` (none for no years: no comparison).
    using YearPoints = std::function<QList<QPointF>(const QVector<YearResult>* years,
                                                    double (*value)(const YearResult&))>;

    YearLinesChart(ChartKind kind, std::span<const YearLine> lines);
    // After the value axis and the lines: the legend entry of the dashed parts and the claims.
    void addProjectedLegendAndClaims(QAbstractAxis* valueAxis);
    // Each line's recorded and all-phase points and the compared scenario's; the dashed
    // parts' legend entry shown when any line has one.
    void setLines(const ChartInputs& in, const YearPoints& points);

    std::span<const YearLine> m_yearLines;
    QValueAxis* m_years;
    std::vector<std::unique_ptr<SeriesPair>> m_lines; // one per line of m_yearLines, in order
    std::unique_ptr<ProjectedLegend> m_projectedLegend;
    std::unique_ptr<ClaimRanges> m_claims;
};

} // namespace atlas::charts
