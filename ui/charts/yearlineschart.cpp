// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/yearlineschart.h"

#include "ui/charts/claimranges.h"
#include "ui/charts/projected.h"
#include "ui/charts/seriespair.h"
#include "ui/charts/yearaxis.h"

#include <QChart>
#include <QValueAxis>

namespace atlas::charts {

YearLinesChart::YearLinesChart(ChartKind kind, std::span<const YearLine> lines)
    : ScenarioChart(kind), m_yearLines(lines), m_years(addYearAxis(chart()))
{
}

YearLinesChart::~YearLinesChart() = default;

void YearLinesChart::addProjectedLegendAndClaims(QAbstractAxis* valueAxis)
{
    m_projectedLegend = std::make_unique<ProjectedLegend>(chart(), m_years, valueAxis);
    m_claims = std::make_unique<ClaimRanges>(chart(), m_years, valueAxis);
}

void YearLinesChart::setLines(const ChartInputs& in, const YearPoints& points)
{
    bool projected = false;
    for (int i = 0; i < int(m_yearLines.size()); ++i) {
        // Solid: what the recorded phases give; dashed: with the sources' projections.
        m_lines[i]->setMain(points(&in.result->recordedYears, m_yearLines[i].value),
                            points(&in.result->years, m_yearLines[i].value));
        projected = projected || m_lines[i]->hasProjected();
        m_lines[i]->setCompared(
            points(in.comparison ? &in.comparison->years : nullptr, m_yearLines[i].value),
            in.comparisonName);
    }
    m_projectedLegend->setShown(projected);
}

std::optional<ExplainRequest> YearLinesChart::explainAt(const QPointF& position) const
{
    for (int i = 0; i < int(m_yearLines.size()); ++i) {
        if (const auto point = m_lines[i]->pointNear(position))
            return ExplainRequest{m_yearLines[i].metric, point->year, point->scope};
    }
    return std::nullopt;
}

} // namespace atlas::charts
