// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/scenariochart.h"

#include "charts/chartstyle.h"
#include "charts/clustersizechart.h"
#include "charts/gigawattchart.h"
#include "charts/moneychart.h"
#include "charts/siteschart.h"

#include <QChart>
#include <QCoreApplication>

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

QString ScenarioChart::title() const { return chartTitle(m_kind); }
QString ScenarioChart::fileStem() const { return chartFileStem(m_kind); }

QString chartTitle(ChartKind kind)
{
    const auto tr = [](const char* text) { return QCoreApplication::translate("atlas::charts", text); };
    switch (kind) {
    case ChartKind::ClusterSize: return tr("Cluster size");
    case ChartKind::Gigawatts: return tr("Gigawatts");
    case ChartKind::Money: return tr("Money");
    case ChartKind::Sites: return tr("Sites");
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
