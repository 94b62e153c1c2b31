// SPDX-License-Identifier: GPL-3.0-or-later
// What each chart draws, as numbers: its lines, the gigawatt chart's operator bands, the sites
// chart's bars. The charts draw these and the chart's data table (charttable.h) lists them,
// so the table holds the numbers of the picture. No QtCharts here.
#pragma once

#include "ui/charts/scenariochart.h"

#include <QColor>
#include <QVector>

#include <span>

namespace atlas::charts {

// A line over the years: its legend name and its data table column (with the unit), both
// translated under "atlas::charts"; its value in a year, in GPUs, H100e or US dollars, and
// the factor and decimals of the table's column.
struct YearLine
{
    const char* name;
    const char* column;
    double (*value)(const YearResult&);
    double tableScale = 1;
    int tableDecimals = 0;
    ExplainedMetric metric = ExplainedMetric::Gpus; // what "How was this computed?" explains
};
// Cluster size: GPUs (the scenario's), H100e, the largest site's GPUs, the linked cluster.
std::span<const YearLine> clusterSizeLines();
// Money: funding, capex needed, capex spent.
std::span<const YearLine> moneyLines();
// Gigawatts: the facility power the installed GPUs draw.
double demandGw(const YearResult& year);

// One band of the gigawatt chart's stack: an operator (or the rest of them) and the facility
// power its recorded phases put online, per year of ScenarioResult::years.
struct CapacityBand
{
    QString name;
    QColor color;
    QVector<double> gw;
    std::optional<Id> operatorId; // none for the band the smaller operators share
};
// Largest at the bottom; past the fifth, the smaller ones share one band.
QVector<CapacityBand> capacityBands(const ChartInputs& inputs);

// One bar of the sites chart: a site in the selected year (or the rest of them as one).
struct SiteBar
{
    QString name;
    Id siteId = 0; // 0 for the rest of the sites
    int siteCount = 1;
    double recordedGpus = 0; // the scenario's GPUs for the site's recorded phases
    double gpus = 0;         // with the sources' projections
    double recordedMw = 0;
    double mw = 0;
};
inline constexpr int kShownSites = 10;
// The largest kShownSites sites, top bar first, then the rest as one bar (when there are any).
QVector<SiteBar> siteBars(const ChartInputs& inputs);

} // namespace atlas::charts
