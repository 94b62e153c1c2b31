// SPDX-License-Identifier: GPL-3.0-or-later
// Per-GPU figures of the scenario model (docs/scenario-model.md).
#pragma once

#include "core/domain/dataset.h"
#include "core/scenario/scenarioparams.h"

namespace atlas {

// IT watts per GPU: chip power × server and network overhead.
double itWattsPerGpu(const ScenarioParams& params);
// Facility watts per GPU: IT watts × PUE.
double allInWattsPerGpu(const ScenarioParams& params);
// Dense BF16 TFLOPS / 989 (an H100's); FP8 / 1,979 when BF16 is not published; 1 when neither.
double h100eOf(const GpuModel& model);

// The price per GPU of the server or rack around it: the published system price, else the
// chip's price × kServerPriceMultiplier, else (no price found) that of the nearest earlier
// model that has one. 0 when the catalogue has no prices at all.
double systemPriceUsd(const GpuModel& model, const QVector<GpuModel>& catalogue);
// All-in capex per GPU: system price + facility $/W IT × IT watts per GPU.
double defaultCapexPerGpuUsd(const GpuModel& model, const QVector<GpuModel>& catalogue,
                             double tdpW, double overhead, double facilityUsdPerWIt);

// The parameters with the model's defaults: chip power, overhead, capex (each unless pinned).
ScenarioParams withModelDefaults(ScenarioParams params, const GpuModel& model,
                                 const QVector<GpuModel>& catalogue);

// Defaults for a dataset: the GPU model most phases report (GB200 in the sample), else the
// newest model with a published price and BF16 rating, else the newest model.
ScenarioParams defaultParams(const Dataset& data);

} // namespace atlas
