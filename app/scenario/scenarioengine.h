// SPDX-License-Identifier: GPL-3.0-or-later
// The scenario model: plain functions from the prepared data and the parameters to yearly
// results. No state, no Qt objects: a slider move calls computeScenario() again.
#pragma once

#include "scenario/preparedatlas.h"
#include "scenario/scenarioparams.h"
#include "scenario/scenarioresult.h"

namespace atlas {

// The engine in two steps. The first sums the sites' power per year (sites × years: the
// costly part) and depends only on which sites count, the years and the multi-site loss; the
// second is cheap (years only). A caller can keep the first across slider moves that do not
// change those (ScenarioController does).
struct SitePowerTotals
{
    QVector<Id> operatorIds;
    int yearFrom = 0;
    int yearTo = 0;
    double multiSiteLossPct = 0;
    QVector<double> totalMw, maxSiteMw, clusterMw, clusterEffectiveMw;
    QVector<int> maxSite, clusterSites;
    QVector<QVector<double>> operatorMw;

    // Whether these totals were summed for the same sites, years and loss as `params`.
    bool fits(const ScenarioParams& params) const;
};
SitePowerTotals sumSitePower(const PreparedAtlas& atlas, const ScenarioParams& params);
ScenarioResult computeScenario(const PreparedAtlas& atlas, const SitePowerTotals& power,
                               const ScenarioParams& params);

// Both steps.
ScenarioResult computeScenario(const PreparedAtlas& atlas, const ScenarioParams& params);

// One site's share of a year's installed GPUs: in proportion to its IT power.
struct SiteAllocation
{
    int site = 0; // index into PreparedAtlas::siteIds
    double itMw = 0;
    double gpus = 0;
};
// The counted sites with power in `year`, largest first; with `limit`, only the `limit`
// largest (found without sorting them all).
QVector<SiteAllocation> allocateSites(const PreparedAtlas& atlas, const ScenarioParams& params,
                                      const ScenarioResult& result, int year, int limit = -1);
// The counted sites with power that allocateSites(..., limit) leaves out, as one.
struct RestOfSites
{
    int count = 0;
    double itMw = 0;
    double gpus = 0;
};
RestOfSites restOfSites(const PreparedAtlas& atlas, const ScenarioParams& params,
                        const ScenarioResult& result, int year, const QVector<SiteAllocation>& shown);

// One-way latency of a fiber link in ms: great-circle km × route factor × 4.9 µs/km.
double linkLatencyMs(double greatCircleKm, double routeFactor);

// Which sites count: all when the parameters name no operator.
QVector<char> countedSites(const PreparedAtlas& atlas, const ScenarioParams& params);

} // namespace atlas
