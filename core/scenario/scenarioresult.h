// SPDX-License-Identifier: GPL-3.0-or-later
// What the scenario engine computes for each year (docs/scenario-model.md names each figure's
// formula), counting every phase and counting the recorded ones only.
#pragma once

#include "core/domain/entities.h"

#include <QVector>

#include <algorithm>

namespace atlas {

enum class Binding {
    None,    // nothing online and nothing funded
    Power,   // GPUs are limited by the IT power online
    Money,   // GPUs are limited by what the funding pays for
    Recorded // as recorded: the GPUs are the fleet the data counts, limited by neither
};

struct YearResult
{
    int year = 0;
    // Counting a source's projected phases changes this year's figures (ScenarioResult::years
    // then differs from ScenarioResult::recordedYears).
    bool projected = false;
    double itMw = 0;               // IT power online at the counted sites
    double facilityCapacityGw = 0; // itMw × PUE, in GW
    double gpusPowerFit = 0;       // GPUs the IT power holds (0 as recorded)
    double gpusFunded =
        0; // GPUs the funding pays for, less those past their lifetime (0 as recorded)
    double gpusInstalled = 0; // the smaller of the two; as recorded, the chips the sites count
    Binding binds = Binding::None;
    double h100e = 0;              // installed GPUs in H100-equivalents
    double facilityDemandGw = 0;   // installed GPUs × all-in watts, in GW
    double fundingUsd = 0;         // this year's funding
    double capexNeededUsd = 0;     // spend this year to fill the power (growth + replacements)
    double capexSpentUsd = 0;      // spend this year on the installed GPUs
    double fundingGapUsd = 0;      // capexNeeded − funding: > 0 short, < 0 surplus

    Id largestSiteId = 0; // the site with the most IT power (as recorded: the most H100e)
    double largestSiteMw = 0;
    double largestSiteGpus = 0; // its share of the installed GPUs (as recorded: its fleet)
    double largestSiteH100e = 0;
    double largestClusterH100e = 0; // effective H100e of the largest fiber-linked cluster
    double largestClusterGpus =
        0; // its GPUs: effective (what-if); its members' chips (as recorded)
    double largestClusterMw = 0;    // IT power of that cluster
    int largestClusterSites = 0;    // how many sites it joins
};

struct ScenarioResult
{
    bool asRecorded = false; // the GPUs are the sites' recorded fleets, not a model's what-if
    // Every phase counted, a source's projections too: the what-if to the last year.
    QVector<YearResult> years;
    // The recorded phases only: what exists (or existed) by the sources' dates. The same years.
    QVector<YearResult> recordedYears;
    // IT MW online per operator per year: operatorItMw[o][y] for operatorIds[o], years[y];
    // recordedOperatorItMw the same with the recorded phases only.
    QVector<Id> operatorIds;
    QVector<QVector<double>> operatorItMw;
    QVector<QVector<double>> recordedOperatorItMw;
    double itWattsPerGpu = 0; // of the scenario's model; 0 as recorded (each chip has its own)
    double allInWattsPerGpu = 0;
    double h100ePerGpu = 0;

    const YearResult* atYear(int year) const { return find(years, year); }
    const YearResult* recordedAtYear(int year) const { return find(recordedYears, year); }
    // Some year rests on projections.
    bool anyProjected() const
    {
        return std::any_of(years.begin(), years.end(),
                           [](const YearResult& y) { return y.projected; });
    }

private:
    static const YearResult* find(const QVector<YearResult>& in, int year)
    {
        for (const YearResult& y : in) {
            if (y.year == year)
                return &y;
        }
        return nullptr;
    }
};

} // namespace atlas
