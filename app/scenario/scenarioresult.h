// SPDX-License-Identifier: GPL-3.0-or-later
// What the scenario engine computes for each year (docs/scenario-model.md names each figure's
// formula).
#pragma once

#include "domain/entities.h"

#include <QVector>

namespace atlas {

enum class Binding {
    None,  // nothing online and nothing funded
    Power, // GPUs are limited by the IT power online
    Money  // GPUs are limited by what the funding pays for
};

struct YearResult
{
    int year = 0;
    double itMw = 0;               // IT power online at the counted sites
    double facilityCapacityGw = 0; // itMw × PUE, in GW
    double gpusPowerFit = 0;       // GPUs the IT power holds
    double gpusFunded = 0;         // GPUs the funding pays for, less those past their lifetime
    double gpusInstalled = 0;      // the smaller of the two
    Binding binds = Binding::None;
    double h100e = 0;              // installed GPUs in H100-equivalents
    double facilityDemandGw = 0;   // installed GPUs × all-in watts, in GW
    double fundingUsd = 0;         // this year's funding
    double capexNeededUsd = 0;     // spend this year to fill the power (growth + replacements)
    double capexSpentUsd = 0;      // spend this year on the installed GPUs
    double fundingGapUsd = 0;      // capexNeeded − funding: > 0 short, < 0 surplus

    Id largestSiteId = 0;          // the site with the most IT power
    double largestSiteMw = 0;
    double largestSiteGpus = 0;    // its share of the installed GPUs
    double largestSiteH100e = 0;
    double largestClusterH100e = 0; // effective H100e of the largest fiber-linked cluster
    double largestClusterMw = 0;    // IT power of that cluster
    int largestClusterSites = 0;    // how many sites it joins
};

struct ScenarioResult
{
    QVector<YearResult> years;
    // IT MW online per operator per year: operatorItMw[o][y] for operatorIds[o], years[y].
    QVector<Id> operatorIds;
    QVector<QVector<double>> operatorItMw;
    double itWattsPerGpu = 0;
    double allInWattsPerGpu = 0;
    double h100ePerGpu = 0;

    const YearResult* atYear(int year) const
    {
        for (const YearResult& y : years) {
            if (y.year == year)
                return &y;
        }
        return nullptr;
    }
};

} // namespace atlas
