// SPDX-License-Identifier: GPL-3.0-or-later
// A chart of the scenario. Each kind builds its series once and then only replaces their
// points (QXYSeries::replace) when the scenario changes, so a slider drag repaints at once.
// The QChart is owned by the view or scene it is put in, not by this object.
#pragma once

#include "core/domain/dataset.h"
#include "core/scenario/explanation.h"
#include "core/scenario/preparedatlas.h"
#include "core/scenario/scenarioparams.h"
#include "core/scenario/scenarioresult.h"

#include <QChart>
#include <QStringList>

#include <memory>
#include <optional>

namespace atlas {
class ScenarioController;
}

namespace atlas::charts {

class ClaimRanges;
class YearMarker;

// What every chart draws from.
struct ChartInputs
{
    const Dataset* data = nullptr;
    const PreparedAtlas* atlas = nullptr;
    const ScenarioParams* params = nullptr;
    const ScenarioResult* result = nullptr;
    QString scenarioName;                      // empty for an unsaved scenario
    const ScenarioParams* comparisonParams = nullptr;
    const ScenarioResult* comparison = nullptr; // B, drawn dashed over A
    QString comparisonName;
    int year = 0;                               // the selected year
};

enum class ChartKind { ClusterSize, Gigawatts, Money, Sites };
inline constexpr ChartKind kAllCharts[] = {ChartKind::ClusterSize, ChartKind::Gigawatts,
                                           ChartKind::Money, ChartKind::Sites};

class ScenarioChart
{
public:
    explicit ScenarioChart(ChartKind kind);
    virtual ~ScenarioChart();
    ScenarioChart(const ScenarioChart&) = delete;
    ScenarioChart& operator=(const ScenarioChart&) = delete;

    ChartKind kind() const { return m_kind; }
    QChart* chart() const { return m_chart; }
    // The chart's title, for the chart and its exports; the file name stem for exports; the
    // claim metrics it draws (for the sources footnote).
    QString title() const;
    QString fileStem() const;
    virtual QStringList claimMetrics() const { return {}; }
    // The published claims it draws, for hovering and clicking them; null when it draws none.
    virtual const ClaimRanges* claimRanges() const { return nullptr; }
    // "How was this computed?": the figure drawn at a point (in the chart's coordinates): a
    // line's point, a band or a bar; none where there is none.
    virtual std::optional<ExplainRequest> explainAt(const QPointF& position) const = 0;
    // The chart's main figure in the selected year (the context menu's "How was this
    // computed?" away from any point).
    virtual ExplainRequest mainExplanation() const = 0;
    int year() const { return m_year; } // the selected year of the last update

    // Brings the series up to date with the scenario, then recolours for light or dark.
    void update(const ChartInputs& inputs);
    // Dark: light text and grid on a dark background (presentation's dark theme, a dark
    // desktop). Exports are light unless asked.
    void setDark(bool dark);
    bool isDark() const { return m_dark; }

protected:
    virtual void updateSeries(const ChartInputs& inputs) = 0;
    // Time-series charts mark the selected year; call before adding the data series.
    void addYearMarker(QAbstractAxis* years, QAbstractAxis* values);

private:
    ChartKind m_kind;
    std::unique_ptr<YearMarker> m_yearMarker;
    bool m_dark = false;
    int m_year = 0;
    QChart* m_chart; // owned by the view or scene it is put in; see the destructor
};

std::unique_ptr<ScenarioChart> makeChart(ChartKind kind);
// What the charts draw for the scenario as it stands, in `year`.
ChartInputs chartInputsOf(const ScenarioController& scenario, int year);
QString chartTitle(ChartKind kind);
QString chartFileStem(ChartKind kind);

} // namespace atlas::charts
