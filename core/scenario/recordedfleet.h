// SPDX-License-Identifier: GPL-3.0-or-later
// "As recorded": the GPUs are the fleets the sites' phases count, not the what-if of filling
// their power with one model. The fleets summed per year over the counted sites, and the
// year's figures from them (docs/scenario-model.md, "As recorded").
#pragma once

#include "core/scenario/rowtotals.h"
#include "core/scenario/scenarioparams.h"
#include "core/scenario/scenarioresult.h"

namespace atlas {

struct FleetTotals
{
    RowTotals h100e;                    // by H100e, carrying IT MW [0] and GPUs [1]
    QVector<double> gpus;               // the chips counted, per year
    QVector<QVector<double>> modelGpus; // [model][year]: chips of each catalogue model
};

FleetTotals sumFleet(const PreparedAtlas& atlas, const QVector<char>& counted, int yearFrom,
                     int years, double loss, PhaseScope scope);

// The years' figures as recorded: `power` the counted sites' IT power, `funding` each year's.
QVector<YearResult> recordedFleetYears(const PreparedAtlas& atlas, const RowTotals& power,
                                       const FleetTotals& fleet, const ScenarioParams& params,
                                       const QVector<double>& funding);

} // namespace atlas
