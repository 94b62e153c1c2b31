// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scenario/recordedfleet.h"

#include "core/scenario/gpumath.h"
#include "core/scenario/purchases.h"

#include <algorithm>
#include <vector>

namespace atlas {

FleetTotals sumFleet(const PreparedAtlas& atlas, const QVector<char>& counted, int yearFrom,
                     int years, double loss, PhaseScope scope)
{
    FleetTotals fleet;
    const int sites = atlas.siteCount();
    fleet.gpus.fill(0, years);
    fleet.modelGpus = QVector<QVector<double>>(atlas.gpuModels.size(), QVector<double>(years, 0));
    // Each site's H100e and GPUs as rows per year, as the engine's row sums read them.
    std::vector<double> h100e(std::size_t(years) * sites, 0.0),
        gpus(std::size_t(years) * sites, 0.0);
    const QVector<SiteState>& states = atlas.states(scope);
    for (int s = 0; s < sites; ++s) {
        const int end = atlas.stepBegin[s + 1];
        int k = atlas.stepBegin[s];
        for (int y = 0; y < years && k < end; ++y) {
            const int year = yearFrom + y;
            while (k + 1 < end && atlas.stepYear[k + 1] <= year)
                ++k;
            if (atlas.stepYear[k] > year)
                continue;
            const SiteState& state = states[k];
            h100e[std::size_t(y) * sites + s] = state.h100e;
            gpus[std::size_t(y) * sites + s] = state.gpus;
            if (!counted[s])
                continue;
            fleet.gpus[y] += state.gpus;
            for (int c = state.chipsBegin; c < state.chipsEnd; ++c) {
                if (atlas.chips[c].model >= 0)
                    fleet.modelGpus[atlas.chips[c].model][y] += atlas.chips[c].count;
            }
        }
    }
    fleet.h100e = sumRows(atlas, counted, yearFrom, years, loss, [&](int year) {
        const std::size_t at = std::size_t(year - yearFrom) * sites;
        return YearRows{h100e.data() + at, {atlas.mwRow(year, scope), gpus.data() + at}};
    });
    return fleet;
}

QVector<YearResult> recordedFleetYears(const PreparedAtlas& atlas, const RowTotals& power,
                                       const FleetTotals& fleet, const ScenarioParams& params,
                                       const QVector<double>& funding)
{
    const int years = int(power.total.size());
    const int yearFrom = std::min(params.yearFrom, params.yearTo);
    const int lifetime = std::max(1, params.lifetimeYears);
    // Each model's chips bought to keep its fleet (growth and replacements), at its own price
    // and facility cost, and the power they draw at its own chip power and overhead.
    QVector<double> capexUsd(years, 0), demandW(years, 0);
    for (int m = 0; m < atlas.gpuModels.size(); ++m) {
        const GpuModel& model = atlas.gpuModels[m];
        const QVector<double>& count = fleet.modelGpus[m];
        if (std::all_of(count.begin(), count.end(), [](double c) { return c <= 0; }))
            continue;
        const double capex = defaultCapexPerGpuUsd(model, atlas.gpuModels, model.tdpW,
                                                   model.overhead, params.facilityUsdPerWIt);
        const QVector<double> bought = purchasesToKeep(count, lifetime);
        for (int y = 0; y < years; ++y) {
            capexUsd[y] += bought[y] * capex;
            demandW[y] += count[y] * model.tdpW * model.overhead * params.pue;
        }
    }
    QVector<YearResult> result = capacityYears(power, yearFrom, params.pue);
    for (int y = 0; y < years; ++y) {
        YearResult& r = result[y];
        r.gpusInstalled = fleet.gpus[y];
        r.binds = Binding::Recorded;
        r.h100e = fleet.h100e.total[y];
        r.facilityDemandGw = demandW[y] / 1e9;
        r.fundingUsd = funding[y];
        r.capexNeededUsd = capexUsd[y];
        r.capexSpentUsd = capexUsd[y];
        r.fundingGapUsd = r.capexSpentUsd - r.fundingUsd;

        const RowTotals& byH100e = fleet.h100e;
        if (byH100e.maxSite[y] >= 0)
            r.largestSiteId = atlas.siteIds[byH100e.maxSite[y]];
        r.largestSiteH100e = byH100e.maxValue[y];
        r.largestSiteMw = byH100e.maxSiteCarried[0][y];
        r.largestSiteGpus = byH100e.maxSiteCarried[1][y];
        r.largestClusterH100e = byH100e.clusterEffective[y];
        r.largestClusterMw = byH100e.clusterCarried[0][y];
        r.largestClusterGpus = byH100e.clusterCarried[1][y];
        r.largestClusterSites = byH100e.clusterSites[y];
    }
    return result;
}

} // namespace atlas
