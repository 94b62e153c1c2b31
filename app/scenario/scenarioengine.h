// SPDX-License-Identifier: GPL-3.0-or-later
// The scenario model: plain functions from the prepared data and the parameters to yearly
// results. No state, no Qt objects: a slider move calls computeScenario() again.
#pragma once

#include "scenario/preparedatlas.h"
#include "scenario/scenarioparams.h"
#include "scenario/scenarioresult.h"

namespace atlas {

ScenarioResult computeScenario(const PreparedAtlas& atlas, const ScenarioParams& params);

// One site's share of a year's installed GPUs: in proportion to its IT power.
struct SiteAllocation
{
    int site = 0; // index into PreparedAtlas::siteIds
    double itMw = 0;
    double gpus = 0;
};
// The counted sites with power in `year`, largest first.
QVector<SiteAllocation> allocateSites(const PreparedAtlas& atlas, const ScenarioParams& params,
                                      const ScenarioResult& result, int year);

// One-way latency of a fiber link in ms: great-circle km × route factor × 4.9 µs/km.
double linkLatencyMs(double greatCircleKm, double routeFactor);

// Which sites count: all when the parameters name no operator.
QVector<char> countedSites(const PreparedAtlas& atlas, const ScenarioParams& params);

} // namespace atlas
