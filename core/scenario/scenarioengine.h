// SPDX-License-Identifier: GPL-3.0-or-later
// The scenario model: plain functions from the prepared data and the parameters to yearly
// results. No state, no Qt objects: a slider move calls computeScenario() again.
#pragma once

#include "core/scenario/preparedatlas.h"
#include "core/scenario/recordedfleet.h"
#include "core/scenario/rowtotals.h"
#include "core/scenario/scenarioparams.h"
#include "core/scenario/scenarioresult.h"

#include <array>

namespace atlas {

// The engine in two steps. The first sums the sites' power per year (sites × years: the
// costly part) and depends only on which sites count, the years, the multi-site loss and
// whether the fleets are as recorded; the second is cheap (years only). A caller can keep the
// first across slider moves that do not change those (ScenarioController does).
struct SitePowerTotals
{
    QVector<Id> operatorIds;
    int yearFrom = 0;
    int yearTo = 0;
    double multiSiteLossPct = 0;
    bool asRecorded = false;
    // By scopeIndex(): every phase, the recorded ones only (a copy when nothing is projected).
    std::array<RowTotals, 2> mw;      // the sites' IT MW
    std::array<FleetTotals, 2> fleet; // as recorded only: their fleets

    // Whether these totals were summed for the same sites, years, loss and mode as `params`.
    bool fits(const ScenarioParams& params) const;
};
SitePowerTotals sumSitePower(const PreparedAtlas& atlas, const ScenarioParams& params);
ScenarioResult computeScenario(const PreparedAtlas& atlas, const SitePowerTotals& power,
                               const ScenarioParams& params);

// Both steps.
ScenarioResult computeScenario(const PreparedAtlas& atlas, const ScenarioParams& params);

// How a year's GPUs fall to the sites (with every phase, or the recorded ones): in proportion
// to each site's IT power (the what-if), or each site's own fleet (as recorded).
class SiteGpus
{
public:
    SiteGpus(const PreparedAtlas& atlas, const ScenarioResult& result, int year, PhaseScope scope);
    double of(int site) const;

private:
    const PreparedAtlas& m_atlas;
    const double* m_row;
    double m_gpusPerMw = 0;
    bool m_fleet;
    int m_year;
    PhaseScope m_scope;
};

// One site in a year: its IT power and GPUs, with every phase and with the recorded ones.
struct SiteAllocation
{
    int site = 0; // index into PreparedAtlas::siteIds
    double itMw = 0;
    double gpus = 0;
    double recordedItMw = 0;
    double recordedGpus = 0;
    bool projected() const { return itMw != recordedItMw || gpus != recordedGpus; }
};
// The counted sites with power or GPUs in `year`, largest (IT power with every phase) first;
// with `limit`, only the `limit` largest (found without sorting them all).
QVector<SiteAllocation> allocateSites(const PreparedAtlas& atlas, const ScenarioParams& params,
                                      const ScenarioResult& result, int year, int limit = -1);
// The counted sites with power or GPUs that allocateSites(..., limit) leaves out, as one.
struct RestOfSites
{
    int count = 0;
    double itMw = 0;
    double gpus = 0;
    double recordedItMw = 0;
    double recordedGpus = 0;
};
RestOfSites restOfSites(const PreparedAtlas& atlas, const ScenarioParams& params,
                        const ScenarioResult& result, int year, const QVector<SiteAllocation>& shown);

// One-way latency of a fiber link in ms: great-circle km × route factor × 4.9 µs/km.
double linkLatencyMs(double greatCircleKm, double routeFactor);

// Which sites count: all when the parameters name no operator.
QVector<char> countedSites(const PreparedAtlas& atlas, const ScenarioParams& params);

} // namespace atlas
