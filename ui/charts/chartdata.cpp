// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/chartdata.h"

#include "ui/charts/chartstext.h"
#include "core/scenario/scenarioengine.h"

#include <algorithm>

namespace atlas::charts {
namespace {

constexpr int kMaxBands = 5; // the largest operators; the rest share one band

const YearLine kClusterSizeLines[] = {
    // The GPUs the scenario installs (its allocation), not the count the sites record.
    {QT_TRANSLATE_NOOP("atlas::charts", "GPUs (scenario)"),
     QT_TRANSLATE_NOOP("atlas::charts", "GPUs (scenario)"),
     [](const YearResult& y) { return y.gpusInstalled; }, 1, 0, ExplainedMetric::Gpus},
    {QT_TRANSLATE_NOOP("atlas::charts", "H100e"), QT_TRANSLATE_NOOP("atlas::charts", "H100e"),
     [](const YearResult& y) { return y.h100e; }, 1, 0, ExplainedMetric::H100e},
    {QT_TRANSLATE_NOOP("atlas::charts", "Largest site"),
     QT_TRANSLATE_NOOP("atlas::charts", "Largest site, GPUs (scenario)"),
     [](const YearResult& y) { return y.largestSiteGpus; }, 1, 0, ExplainedMetric::LargestSiteGpus},
    // The largest fiber-linked cluster, in effective H100e (docs/scenario-model.md).
    {QT_TRANSLATE_NOOP("atlas::charts", "Linked (H100e)"),
     QT_TRANSLATE_NOOP("atlas::charts", "Largest linked cluster, H100e"),
     [](const YearResult& y) { return y.largestClusterH100e; }, 1, 0,
     ExplainedMetric::LargestClusterH100e},
};

const YearLine kMoneyLines[] = {
    {QT_TRANSLATE_NOOP("atlas::charts", "Funding"),
     QT_TRANSLATE_NOOP("atlas::charts", "Funding (US$ billions)"),
     [](const YearResult& y) { return y.fundingUsd; }, 1e-9, 3, ExplainedMetric::FundingUsd},
    {QT_TRANSLATE_NOOP("atlas::charts", "Capex needed"),
     QT_TRANSLATE_NOOP("atlas::charts", "Capex needed (US$ billions)"),
     [](const YearResult& y) { return y.capexNeededUsd; }, 1e-9, 3,
     ExplainedMetric::CapexNeededUsd},
    {QT_TRANSLATE_NOOP("atlas::charts", "Capex spent"),
     QT_TRANSLATE_NOOP("atlas::charts", "Capex spent (US$ billions)"),
     [](const YearResult& y) { return y.capexSpentUsd; }, 1e-9, 3, ExplainedMetric::CapexSpentUsd},
};

} // namespace

std::span<const YearLine> clusterSizeLines()
{
    return kClusterSizeLines;
}

std::span<const YearLine> moneyLines()
{
    return kMoneyLines;
}

double demandGw(const YearResult& year)
{
    return year.facilityDemandGw;
}

QVector<CapacityBand> capacityBands(const ChartInputs& in)
{
    const ScenarioResult& result = *in.result;
    const int years = int(result.years.size());
    QVector<CapacityBand> all;
    // What exists: the recorded phases' capacity (the projections are a band of their own).
    for (int o = 0; o < result.operatorIds.size(); ++o) {
        const QVector<double>& mw = result.recordedOperatorItMw[o];
        if (std::all_of(mw.begin(), mw.end(), [](double v) { return v <= 0; }))
            continue;
        CapacityBand band;
        const Operator* op = in.data->op(result.operatorIds[o]);
        band.name = op ? op->name : ChartsText::tr("No operator");
        band.operatorId = result.operatorIds[o];
        band.color = op && !op->color.isEmpty() ? QColor::fromString(op->color) : QColor(Qt::gray);
        for (double v : mw)
            band.gw << v * in.params->pue / 1000.0;
        all << band;
    }
    // Largest at the bottom of the stack; the smallest share a grey band on top.
    std::sort(all.begin(), all.end(), [](const CapacityBand& a, const CapacityBand& b) {
        return a.gw.last() > b.gw.last();
    });
    if (all.size() > kMaxBands) {
        CapacityBand rest{ChartsText::tr("%n others", nullptr, int(all.size()) - kMaxBands + 1),
                          QColor(0xba, 0xb0, 0xac), QVector<double>(years, 0.0), std::nullopt};
        for (int i = kMaxBands - 1; i < all.size(); ++i) {
            for (int y = 0; y < years; ++y)
                rest.gw[y] += all[i].gw[y];
        }
        all.resize(kMaxBands - 1);
        all << rest;
    }
    return all;
}

QVector<SiteBar> siteBars(const ChartInputs& in)
{
    const QVector<SiteAllocation> sites =
        allocateSites(*in.atlas, *in.params, *in.result, in.year, kShownSites);
    QVector<SiteBar> bars;
    for (const SiteAllocation& allocation : sites) {
        const Id id = in.atlas->siteIds[allocation.site];
        const Site* site = in.data->site(id);
        bars << SiteBar{site ? site->name : QStringLiteral("?"),
                        id,
                        1,
                        allocation.recordedGpus,
                        allocation.gpus,
                        allocation.recordedItMw,
                        allocation.itMw};
    }
    const RestOfSites rest = restOfSites(*in.atlas, *in.params, *in.result, in.year, sites);
    if (rest.count > 0) {
        bars << SiteBar{ChartsText::tr("Others (%Ln sites)", nullptr, rest.count),
                        0,
                        rest.count,
                        rest.recordedGpus,
                        rest.gpus,
                        rest.recordedItMw,
                        rest.itMw};
    }
    return bars;
}

} // namespace atlas::charts
