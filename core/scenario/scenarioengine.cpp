// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scenario/scenarioengine.h"

#include "core/scenario/gpumath.h"
#include "core/scenario/purchases.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace atlas {
namespace {

constexpr int kMaxYears = 200;

// The what-if: the sites' power filled with the scenario's model, as far as the money goes.
QVector<YearResult> whatIfYears(const PreparedAtlas& atlas, const RowTotals& power,
                                const ScenarioParams& params, const ScenarioResult& perGpu,
                                const QVector<double>& funding)
{
    const int yearFrom = std::min(params.yearFrom, params.yearTo);
    const int years = int(power.total.size());
    const int lifetime = std::max(1, params.lifetimeYears);
    const double capex = std::max(params.capexPerGpuUsd, 1.0);

    QVector<double> powerFit(years), funded(years), installed(years);
    for (int y = 0; y < years; ++y) {
        powerFit[y] = perGpu.itWattsPerGpu > 0 ? power.total[y] * 1e6 / perGpu.itWattsPerGpu : 0;
        // Each year's funding buys GPUs that last `lifetime` years.
        for (int past = std::max(0, y - lifetime + 1); past <= y; ++past)
            funded[y] += funding[past] / capex;
        installed[y] = std::min(powerFit[y], funded[y]);
    }
    const QVector<double> neededPurchases = purchasesToKeep(powerFit, lifetime);
    const QVector<double> madePurchases = purchasesToKeep(installed, lifetime);

    QVector<YearResult> result = capacityYears(power, yearFrom, params.pue);
    for (int y = 0; y < years; ++y) {
        YearResult& r = result[y];
        r.gpusPowerFit = powerFit[y];
        r.gpusFunded = funded[y];
        r.gpusInstalled = installed[y];
        r.binds = (powerFit[y] <= 0 && funded[y] <= 0) ? Binding::None
                  : powerFit[y] <= funded[y]           ? Binding::Power
                                                       : Binding::Money;
        r.h100e = installed[y] * perGpu.h100ePerGpu;
        r.facilityDemandGw = installed[y] * perGpu.allInWattsPerGpu / 1e9;
        r.fundingUsd = funding[y];
        r.capexNeededUsd = neededPurchases[y] * capex;
        r.capexSpentUsd = madePurchases[y] * capex;
        r.fundingGapUsd = r.capexNeededUsd - r.fundingUsd;

        const double gpusPerMw = r.itMw > 0 ? installed[y] / r.itMw : 0;
        if (power.maxSite[y] >= 0)
            r.largestSiteId = atlas.siteIds[power.maxSite[y]];
        r.largestSiteMw = power.maxValue[y];
        r.largestSiteGpus = r.largestSiteMw * gpusPerMw;
        r.largestSiteH100e = r.largestSiteGpus * perGpu.h100ePerGpu;
        r.largestClusterMw = power.clusterValue[y];
        r.largestClusterSites = power.clusterSites[y];
        r.largestClusterGpus = power.clusterEffective[y] * gpusPerMw;
        r.largestClusterH100e = r.largestClusterGpus * perGpu.h100ePerGpu;
    }
    return result;
}

// Whether two results of a year tell the same (a year rests on projections when counting
// them changes any figure).
bool sameFigures(const YearResult& a, const YearResult& b)
{
    return a.itMw == b.itMw && a.gpusPowerFit == b.gpusPowerFit &&
           a.gpusInstalled == b.gpusInstalled && a.binds == b.binds && a.h100e == b.h100e &&
           a.facilityDemandGw == b.facilityDemandGw && a.capexNeededUsd == b.capexNeededUsd &&
           a.capexSpentUsd == b.capexSpentUsd && a.largestSiteId == b.largestSiteId &&
           a.largestSiteMw == b.largestSiteMw && a.largestSiteGpus == b.largestSiteGpus &&
           a.largestSiteH100e == b.largestSiteH100e &&
           a.largestClusterH100e == b.largestClusterH100e &&
           a.largestClusterGpus == b.largestClusterGpus &&
           a.largestClusterMw == b.largestClusterMw &&
           a.largestClusterSites == b.largestClusterSites;
}

} // namespace

QVector<char> countedSites(const PreparedAtlas& atlas, const ScenarioParams& params)
{
    QVector<char> counted(atlas.siteCount(), params.operatorIds.isEmpty() ? 1 : 0);
    if (!params.operatorIds.isEmpty()) {
        for (int s = 0; s < atlas.siteCount(); ++s)
            counted[s] = params.operatorIds.contains(atlas.operatorIds[atlas.siteOperator[s]]);
    }
    return counted;
}

bool SitePowerTotals::fits(const ScenarioParams& params) const
{
    return operatorIds == params.operatorIds && yearFrom == params.yearFrom &&
           yearTo == params.yearTo && multiSiteLossPct == params.multiSiteLossPct &&
           asRecorded == params.asRecorded && !mw[0].total.isEmpty();
}

SitePowerTotals sumSitePower(const PreparedAtlas& atlas, const ScenarioParams& params)
{
    const int yearFrom = std::min(params.yearFrom, params.yearTo);
    const int years = std::clamp(std::abs(params.yearTo - params.yearFrom) + 1, 1, kMaxYears);
    const double loss = std::clamp(params.multiSiteLossPct / 100.0, 0.0, 1.0);
    const QVector<char> counted = countedSites(atlas, params);
    SitePowerTotals power;
    // Without projected phases the two scopes are one: sum once.
    const int scopes = atlas.hasProjections ? 2 : 1;
    for (int i = 0; i < scopes; ++i) {
        const PhaseScope scope = kScopes[i];
        power.mw[i] = sumRows(atlas, counted, yearFrom, years, loss,
                              [&](int year) { return YearRows{atlas.mwRow(year, scope)}; });
        if (params.asRecorded)
            power.fleet[i] = sumFleet(atlas, counted, yearFrom, years, loss, scope);
    }
    if (scopes == 1) {
        power.mw[1] = power.mw[0];
        power.fleet[1] = power.fleet[0];
    }
    power.operatorIds = params.operatorIds;
    power.yearFrom = params.yearFrom;
    power.yearTo = params.yearTo;
    power.multiSiteLossPct = params.multiSiteLossPct;
    power.asRecorded = params.asRecorded;
    return power;
}

ScenarioResult computeScenario(const PreparedAtlas& atlas, const ScenarioParams& params)
{
    return computeScenario(atlas, sumSitePower(atlas, params), params);
}

ScenarioResult computeScenario(const PreparedAtlas& atlas, const SitePowerTotals& power,
                               const ScenarioParams& params)
{
    ScenarioResult result;
    result.asRecorded = params.asRecorded;
    const int years = int(power.mw[0].total.size());
    if (!params.asRecorded) {
        const GpuModel* model = nullptr;
        for (const GpuModel& m : atlas.gpuModels) {
            if (m.id == params.gpuModelId)
                model = &m;
        }
        result.itWattsPerGpu = itWattsPerGpu(params);
        result.allInWattsPerGpu = allInWattsPerGpu(params);
        result.h100ePerGpu = model ? h100eOf(*model) : 1.0;
    }
    result.operatorIds = atlas.operatorIds;
    result.operatorItMw = power.mw[0].perOperator;
    result.recordedOperatorItMw = power.mw[1].perOperator;

    QVector<double> funding(years);
    for (int y = 0; y < years; ++y)
        funding[y] = params.fundingBusdPerYear * 1e9 * std::pow(1 + params.fundingGrowthPct / 100.0, y);
    const auto yearsOf = [&](int scope) {
        return params.asRecorded
                   ? recordedFleetYears(atlas, power.mw[scope], power.fleet[scope], params, funding)
                   : whatIfYears(atlas, power.mw[scope], params, result, funding);
    };
    result.years = yearsOf(0);
    if (!atlas.hasProjections) {
        result.recordedYears = result.years;
        return result;
    }
    result.recordedYears = yearsOf(1);
    for (int y = 0; y < years; ++y)
        result.years[y].projected = result.recordedYears[y].projected =
            !sameFigures(result.years[y], result.recordedYears[y]);
    return result;
}

SiteGpus::SiteGpus(const PreparedAtlas& atlas, const ScenarioResult& result, int year,
                   PhaseScope scope)
    : m_atlas(atlas), m_row(atlas.mwRow(year, scope)), m_fleet(result.asRecorded), m_year(year),
      m_scope(scope)
{
    const YearResult* y =
        scope == PhaseScope::All ? result.atYear(year) : result.recordedAtYear(year);
    m_gpusPerMw = y && y->itMw > 0 ? y->gpusInstalled / y->itMw : 0;
}

double SiteGpus::of(int site) const
{
    if (m_fleet) {
        const SiteState* state = m_atlas.stateAt(site, m_year, m_scope);
        return state ? state->gpus : 0;
    }
    return m_row ? m_row[site] * m_gpusPerMw : 0;
}

namespace {

// The counted sites with power or GPUs in the year.
QVector<SiteAllocation> countedAllocations(const PreparedAtlas& atlas, const ScenarioParams& params,
                                           const ScenarioResult& result, int year)
{
    QVector<SiteAllocation> sites;
    const double* row = atlas.mwRow(year);
    const double* recorded = atlas.mwRow(year, PhaseScope::RecordedOnly);
    if (!row)
        return sites;
    const QVector<char> counted = countedSites(atlas, params);
    const SiteGpus gpus(atlas, result, year, PhaseScope::All);
    const SiteGpus recordedGpus(atlas, result, year, PhaseScope::RecordedOnly);
    for (int s = 0; s < atlas.siteCount(); ++s) {
        if (!counted[s])
            continue;
        const SiteAllocation site{s, row[s], gpus.of(s), recorded[s], recordedGpus.of(s)};
        if (site.itMw > 0 || site.recordedItMw > 0 || site.gpus > 0 || site.recordedGpus > 0)
            sites.append(site);
    }
    return sites;
}

} // namespace

QVector<SiteAllocation> allocateSites(const PreparedAtlas& atlas, const ScenarioParams& params,
                                      const ScenarioResult& result, int year, int limit)
{
    QVector<SiteAllocation> sites = countedAllocations(atlas, params, result, year);
    const auto larger = [](const SiteAllocation& a, const SiteAllocation& b) {
        if (a.itMw != b.itMw)
            return a.itMw > b.itMw;
        return a.recordedItMw != b.recordedItMw ? a.recordedItMw > b.recordedItMw : a.site < b.site;
    };
    if (limit >= 0 && limit < sites.size()) {
        std::nth_element(sites.begin(), sites.begin() + limit, sites.end(), larger);
        sites.resize(limit);
    }
    std::sort(sites.begin(), sites.end(), larger);
    return sites;
}

RestOfSites restOfSites(const PreparedAtlas& atlas, const ScenarioParams& params,
                        const ScenarioResult& result, int year, const QVector<SiteAllocation>& shown)
{
    RestOfSites rest;
    std::vector<char> isShown(atlas.siteCount(), 0);
    for (const SiteAllocation& site : shown)
        isShown[site.site] = 1;
    for (const SiteAllocation& site : countedAllocations(atlas, params, result, year)) {
        if (isShown[site.site])
            continue;
        ++rest.count;
        rest.itMw += site.itMw;
        rest.gpus += site.gpus;
        rest.recordedItMw += site.recordedItMw;
        rest.recordedGpus += site.recordedGpus;
    }
    return rest;
}

double linkLatencyMs(double greatCircleKm, double routeFactor)
{
    return greatCircleKm * routeFactor * kFiberMicrosecondsPerKm / 1000.0;
}

} // namespace atlas
