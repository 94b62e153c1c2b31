// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/scenarioengine.h"

#include "scenario/gpumath.h"
#include "scenario/unionfind.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace atlas {
namespace {

constexpr int kMaxYears = 200;

// Sum and maximum with four independent accumulators: a single running sum or max waits on
// itself every element; four let the processor overlap them (these loops are the engine's
// hot path, and the compiler may not reorder floating-point sums itself).
double sumOf(const double* values, int n)
{
    double a = 0, b = 0, c = 0, d = 0;
    int i = 0;
    for (; i + 4 <= n; i += 4) {
        a += values[i];
        b += values[i + 1];
        c += values[i + 2];
        d += values[i + 3];
    }
    for (; i < n; ++i)
        a += values[i];
    return (a + b) + (c + d);
}

double maxOf(const double* values, int n)
{
    double a = 0, b = 0, c = 0, d = 0;
    int i = 0;
    for (; i + 4 <= n; i += 4) {
        a = std::max(a, values[i]);
        b = std::max(b, values[i + 1]);
        c = std::max(c, values[i + 2]);
        d = std::max(d, values[i + 3]);
    }
    for (; i < n; ++i)
        a = std::max(a, values[i]);
    return std::max(std::max(a, b), std::max(c, d));
}


// Cluster numbers of the counted sites for each year: the prepared epochs when every site
// counts, else clusters rebuilt from the links between counted sites only.
class ClusterLabels
{
public:
    ClusterLabels(const PreparedAtlas& atlas, const QVector<char>& counted)
        : m_atlas(atlas), m_counted(counted), m_allCount(std::all_of(counted.begin(), counted.end(), [](char c) { return c != 0; })),
          m_unions(atlas.siteCount()), m_labels(atlas.siteCount(), -1)
    {
    }

    // Labels for `year`: 0..count-1 for sites joined to others, -1 for sites alone. Call
    // with years in ascending order.
    const QVector<int>& labelsFor(int year, int* count)
    {
        if (m_allCount) {
            const auto it = std::upper_bound(m_atlas.epochYear.begin(), m_atlas.epochYear.end(), year);
            const int epoch = int(it - m_atlas.epochYear.begin()) - 1;
            if (epoch < 0) {
                *count = 0;
                return m_labels; // every site alone
            }
            *count = m_atlas.epochComponentCount[epoch];
            return m_atlas.epochComponent[epoch];
        }
        bool joined = false;
        for (; m_nextLink < m_atlas.links.size() && m_atlas.links[m_nextLink].activeFromYear <= year;
             ++m_nextLink) {
            const PreparedLink& link = m_atlas.links[m_nextLink];
            if (m_counted[link.siteA] && m_counted[link.siteB]) {
                m_unions.unite(link.siteA, link.siteB);
                joined = true;
            }
        }
        if (joined) {
            for (int i = 0; i < m_atlas.siteCount(); ++i) {
                const int root = m_unions.find(i);
                m_labels[i] = m_unions.sizeOf(root) > 1 ? root : -1;
            }
        }
        *count = m_atlas.siteCount();
        return m_labels;
    }

private:
    const PreparedAtlas& m_atlas;
    const QVector<char>& m_counted;
    bool m_allCount;
    UnionFind m_unions;
    QVector<int> m_labels;
    qsizetype m_nextLink = 0;
};

SitePowerTotals sumPower(const PreparedAtlas& atlas, const QVector<char>& counted, int yearFrom,
                         int years, double loss)
{
    SitePowerTotals t;
    t.totalMw.fill(0, years);
    t.maxSiteMw.fill(0, years);
    t.clusterMw.fill(0, years);
    t.clusterEffectiveMw.fill(0, years);
    t.maxSite.fill(-1, years);
    t.clusterSites.fill(0, years);
    t.operatorMw = QVector<QVector<double>>(atlas.operatorIds.size(), QVector<double>(years, 0));

    // The engine's hot loops (sites × years) run over one contiguous row of site power per
    // year, in separate simple passes the compiler can keep in registers.
    const int sites = atlas.siteCount();
    const int* siteOperator = atlas.siteOperator.constData();
    const bool allCounted = std::all_of(counted.begin(), counted.end(), [](char c) { return c != 0; });
    std::vector<double> countedMw(allCounted ? 0 : sites);
    std::vector<double> operatorSum(atlas.operatorIds.size());
    struct Cluster
    {
        double sum = 0, max = 0;
        int count = 0;
    };
    std::vector<Cluster> cluster;
    ClusterLabels clusters(atlas, counted);

    for (int y = 0; y < years; ++y) {
        const double* row = atlas.mwRow(yearFrom + y);
        if (!row)
            continue; // before the first phase: nothing anywhere
        if (!allCounted) {
            for (int s = 0; s < sites; ++s)
                countedMw[s] = counted[s] ? row[s] : 0.0;
            row = countedMw.data();
        }
        const double total = sumOf(row, sites);
        const double bestMw = maxOf(row, sites);
        const int bestSite = bestMw > 0 ? int(std::find(row, row + sites, bestMw) - row) : -1;
        std::fill(operatorSum.begin(), operatorSum.end(), 0.0);
        for (int s = 0; s < sites; ++s)
            operatorSum[siteOperator[s]] += row[s];

        t.totalMw[y] = total;
        t.maxSiteMw[y] = bestMw;
        t.maxSite[y] = bestSite;
        for (int o = 0; o < int(operatorSum.size()); ++o)
            t.operatorMw[o][y] = operatorSum[o];

        // The cluster that trains the most: its largest member plus the rest at (1 - loss).
        // A site alone is a cluster too, and the largest of those is the largest site.
        t.clusterEffectiveMw[y] = t.maxSiteMw[y];
        t.clusterMw[y] = t.maxSiteMw[y];
        t.clusterSites[y] = t.maxSite[y] >= 0 ? 1 : 0;
        int componentCount = 0;
        const int* component = clusters.labelsFor(yearFrom + y, &componentCount).constData();
        if (componentCount == 0)
            continue;
        cluster.assign(componentCount, Cluster());
        for (int s = 0; s < sites; ++s) {
            const int c = component[s];
            if (c < 0 || row[s] <= 0)
                continue;
            Cluster& joined = cluster[c];
            joined.sum += row[s];
            joined.max = std::max(joined.max, row[s]);
            ++joined.count;
        }
        for (const Cluster& joined : cluster) {
            const double effective = joined.max + (joined.sum - joined.max) * (1 - loss);
            if (joined.count > 0 && effective > t.clusterEffectiveMw[y]) {
                t.clusterEffectiveMw[y] = effective;
                t.clusterMw[y] = joined.sum;
                t.clusterSites[y] = joined.count;
            }
        }
    }
    return t;
}

// Purchases that keep a fleet at target[y] when each GPU lasts `lifetime` years.
QVector<double> purchasesToKeep(const QVector<double>& target, int lifetime)
{
    QVector<double> bought(target.size(), 0);
    for (int y = 0; y < target.size(); ++y) {
        double surviving = 0;
        for (int past = std::max(0, y - lifetime + 1); past < y; ++past)
            surviving += bought[past];
        bought[y] = std::max(0.0, target[y] - surviving);
    }
    return bought;
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
    return operatorIds == params.operatorIds && yearFrom == params.yearFrom && yearTo == params.yearTo &&
           multiSiteLossPct == params.multiSiteLossPct && !totalMw.isEmpty();
}

SitePowerTotals sumSitePower(const PreparedAtlas& atlas, const ScenarioParams& params)
{
    const int yearFrom = std::min(params.yearFrom, params.yearTo);
    const int years = std::clamp(std::abs(params.yearTo - params.yearFrom) + 1, 1, kMaxYears);
    const double loss = std::clamp(params.multiSiteLossPct / 100.0, 0.0, 1.0);
    SitePowerTotals power = sumPower(atlas, countedSites(atlas, params), yearFrom, years, loss);
    power.operatorIds = params.operatorIds;
    power.yearFrom = params.yearFrom;
    power.yearTo = params.yearTo;
    power.multiSiteLossPct = params.multiSiteLossPct;
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
    const int yearFrom = std::min(params.yearFrom, params.yearTo);
    const int years = int(power.totalMw.size());
    const GpuModel* model = nullptr;
    for (const GpuModel& m : atlas.gpuModels) {
        if (m.id == params.gpuModelId)
            model = &m;
    }
    result.itWattsPerGpu = itWattsPerGpu(params);
    result.allInWattsPerGpu = allInWattsPerGpu(params);
    result.h100ePerGpu = model ? h100eOf(*model) : 1.0;
    const int lifetime = std::max(1, params.lifetimeYears);
    const double capex = std::max(params.capexPerGpuUsd, 1.0);

    result.operatorIds = atlas.operatorIds;
    result.operatorItMw = power.operatorMw;

    QVector<double> powerFit(years), funded(years), installed(years), funding(years);
    for (int y = 0; y < years; ++y) {
        funding[y] = params.fundingBusdPerYear * 1e9 * std::pow(1 + params.fundingGrowthPct / 100.0, y);
        powerFit[y] = result.itWattsPerGpu > 0 ? power.totalMw[y] * 1e6 / result.itWattsPerGpu : 0;
        // Each year's funding buys GPUs that last `lifetime` years.
        for (int past = std::max(0, y - lifetime + 1); past <= y; ++past)
            funded[y] += funding[past] / capex;
        installed[y] = std::min(powerFit[y], funded[y]);
    }
    const QVector<double> neededPurchases = purchasesToKeep(powerFit, lifetime);
    const QVector<double> madePurchases = purchasesToKeep(installed, lifetime);

    result.years.resize(years);
    for (int y = 0; y < years; ++y) {
        YearResult& r = result.years[y];
        r.year = yearFrom + y;
        r.itMw = power.totalMw[y];
        r.facilityCapacityGw = r.itMw * params.pue / 1000.0;
        r.gpusPowerFit = powerFit[y];
        r.gpusFunded = funded[y];
        r.gpusInstalled = installed[y];
        r.binds = (powerFit[y] <= 0 && funded[y] <= 0) ? Binding::None
                  : powerFit[y] <= funded[y]           ? Binding::Power
                                                       : Binding::Money;
        r.h100e = installed[y] * result.h100ePerGpu;
        r.facilityDemandGw = installed[y] * result.allInWattsPerGpu / 1e9;
        r.fundingUsd = funding[y];
        r.capexNeededUsd = neededPurchases[y] * capex;
        r.capexSpentUsd = madePurchases[y] * capex;
        r.fundingGapUsd = r.capexNeededUsd - r.fundingUsd;

        const double gpusPerMw = r.itMw > 0 ? installed[y] / r.itMw : 0;
        if (power.maxSite[y] >= 0)
            r.largestSiteId = atlas.siteIds[power.maxSite[y]];
        r.largestSiteMw = power.maxSiteMw[y];
        r.largestSiteGpus = r.largestSiteMw * gpusPerMw;
        r.largestSiteH100e = r.largestSiteGpus * result.h100ePerGpu;
        r.largestClusterMw = power.clusterMw[y];
        r.largestClusterSites = power.clusterSites[y];
        r.largestClusterH100e = power.clusterEffectiveMw[y] * gpusPerMw * result.h100ePerGpu;
    }
    return result;
}

QVector<SiteAllocation> allocateSites(const PreparedAtlas& atlas, const ScenarioParams& params,
                                      const ScenarioResult& result, int year, int limit)
{
    QVector<SiteAllocation> sites;
    const YearResult* yr = result.atYear(year);
    const QVector<char> counted = countedSites(atlas, params);
    const double gpusPerMw = yr && yr->itMw > 0 ? yr->gpusInstalled / yr->itMw : 0;
    const double* row = atlas.mwRow(year);
    if (!row)
        return sites;
    for (int s = 0; s < atlas.siteCount(); ++s) {
        if (counted[s] && row[s] > 0)
            sites.append({s, row[s], row[s] * gpusPerMw});
    }
    const auto larger = [](const SiteAllocation& a, const SiteAllocation& b) {
        return a.itMw != b.itMw ? a.itMw > b.itMw : a.site < b.site;
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
    const YearResult* yr = result.atYear(year);
    if (!yr)
        return rest;
    double shownMw = 0;
    for (const SiteAllocation& site : shown)
        shownMw += site.itMw;
    // Totals of the counted sites: the year's IT power, less what is shown.
    const double* row = atlas.mwRow(year);
    double total = 0;
    int count = 0;
    const QVector<char> counted = countedSites(atlas, params);
    for (int s = 0; row && s < atlas.siteCount(); ++s) {
        if (counted[s] && row[s] > 0) {
            total += row[s];
            ++count;
        }
    }
    rest.count = count - int(shown.size());
    rest.itMw = std::max(0.0, total - shownMw);
    rest.gpus = yr->itMw > 0 ? rest.itMw * yr->gpusInstalled / yr->itMw : 0;
    return rest;
}

double linkLatencyMs(double greatCircleKm, double routeFactor)
{
    return greatCircleKm * routeFactor * kFiberMicrosecondsPerKm / 1000.0;
}

} // namespace atlas
