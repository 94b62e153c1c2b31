// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/scenariochart.h"

#include "ui/charts/chartstext.h"
#include "ui/charts/chartstyle.h"
#include "ui/charts/clustersizechart.h"
#include "ui/charts/gigawattchart.h"
#include "ui/charts/moneychart.h"
#include "ui/charts/siteschart.h"
#include "ui/charts/yearmarker.h"
#include "core/document/atlasdocument.h"
#include "core/scenario/scenariocontroller.h"

#include <QChart>

namespace atlas::charts {

ScenarioChart::ScenarioChart(ChartKind kind) : m_kind(kind), m_chart(new QChart)
{
    styleChart(m_chart);
    m_chart->setTitle(chartTitle(kind));
}

ScenarioChart::~ScenarioChart()
{
    // A chart that was never put into a view or scene has no owner but us.
    if (!m_chart->scene())
        delete m_chart;
}

void ScenarioChart::addYearMarker(QAbstractAxis* years, QAbstractAxis* values)
{
    m_yearMarker = std::make_unique<YearMarker>(m_chart, years, values);
}

void ScenarioChart::update(const ChartInputs& inputs)
{
    m_year = inputs.year;
    updateSeries(inputs);
    if (m_yearMarker)
        m_yearMarker->show(inputs.year); // after the series set the axes' ranges
    applyChartTheme(m_chart, m_dark); // series made or recoloured by the update follow the theme
    fitLegend(m_chart);                // the update may have added or removed legend entries
}

void ScenarioChart::setDark(bool dark)
{
    m_dark = dark;
    applyChartTheme(m_chart, m_dark);
    fitLegend(m_chart); // the legend's names in the theme's text colour
}

QString ScenarioChart::title() const { return chartTitle(m_kind); }
QString ScenarioChart::fileStem() const { return chartFileStem(m_kind); }

QString chartTitle(ChartKind kind)
{
    switch (kind) {
    case ChartKind::ClusterSize:
        return ChartsText::tr("Cluster size");
    case ChartKind::Gigawatts:
        return ChartsText::tr("Gigawatts");
    case ChartKind::Money:
        return ChartsText::tr("Money");
    case ChartKind::Sites:
        return ChartsText::tr("Sites");
    }
    return {};
}

QString chartFileStem(ChartKind kind)
{
    switch (kind) {
    case ChartKind::ClusterSize: return QStringLiteral("cluster-size");
    case ChartKind::Gigawatts: return QStringLiteral("gigawatts");
    case ChartKind::Money: return QStringLiteral("money");
    case ChartKind::Sites: return QStringLiteral("sites");
    }
    return {};
}

ChartInputs chartInputsOf(const ScenarioController& scenario, int year)
{
    ChartInputs in;
    in.data = &scenario.document()->dataset();
    in.atlas = &scenario.atlas();
    in.params = &scenario.params();
    in.result = &scenario.result();
    in.scenarioName = scenario.scenarioName();
    if (scenario.isModified() && !in.scenarioName.isEmpty())
        in.scenarioName = ChartsText::tr("%1 (changed)").arg(in.scenarioName);
    in.comparisonParams = scenario.comparisonParams();
    in.comparison = scenario.comparison();
    in.comparisonName = scenario.comparisonName();
    in.year = year;
    return in;
}

std::unique_ptr<ScenarioChart> makeChart(ChartKind kind)
{
    switch (kind) {
    case ChartKind::ClusterSize: return std::make_unique<ClusterSizeChart>();
    case ChartKind::Gigawatts: return std::make_unique<GigawattChart>();
    case ChartKind::Money: return std::make_unique<MoneyChart>();
    case ChartKind::Sites: return std::make_unique<SitesChart>();
    }
    return nullptr;
}

} // namespace atlas::charts
