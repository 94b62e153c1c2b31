// SPDX-License-Identifier: GPL-3.0-or-later
// The assumptions of a scenario: what the sliders set. Defaults and their sources are in
// docs/scenario-model.md.
#pragma once

#include "core/domain/entities.h"

#include <QVector>

namespace atlas {

struct ScenarioParams
{
    // As recorded: every site's GPUs are the fleet its phases count (their chips and H100e),
    // not the what-if of filling its power with one model (docs/scenario-model.md). The model
    // is kept, to return to.
    bool asRecorded = false;
    Id gpuModelId = 0;              // from the catalogue
    double tdpW = 700;              // chip power; defaults to the model's TDP
    double overhead = 1.82;         // server + network watts per chip watt; per model
    double pue = 1.14;              // facility watts per IT watt
    double fundingBusdPerYear = 75; // funding in the first year, $ billions
    double fundingGrowthPct = 25;   // growth of funding per year, %
    double capexPerGpuUsd = 63500;  // all-in capex per GPU; derived from the model
    double facilityUsdPerWIt = 14;  // building, power and cooling per IT watt (for the default capex)
    int lifetimeYears = 5;          // a GPU is retired this many years after purchase
    double multiSiteLossPct = 20;   // efficiency lost per site beyond the largest in a fiber cluster
    double routeFactor = 1.3;       // fiber route length / great-circle length
    int yearFrom = 2023;
    int yearTo = 2030;
    QVector<Id> operatorIds;        // the sites that count: empty for all

    // Kept by the user: a change of GPU model does not reset them.
    bool tdpPinned = false;
    bool overheadPinned = false;
    bool capexPinned = false;

    friend bool operator==(const ScenarioParams&, const ScenarioParams&) = default;
};

// Fiber latency, one way: light in silica (refractive index ~1.47) covers ~204 km per ms.
inline constexpr double kFiberMicrosecondsPerKm = 4.9;
// H100-equivalents are measured in dense BF16 TFLOPS of an H100 SXM.
inline constexpr double kH100Bf16Tflops = 989;
inline constexpr double kH100Fp8Tflops = 1979;
// A server's price per GPU over the chip's list price, from a DGX A100: $24.9k per GPU for a
// $15k chip.
inline constexpr double kServerPriceMultiplier = 24.9 / 15.0;

} // namespace atlas
