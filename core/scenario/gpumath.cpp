// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scenario/gpumath.h"

#include <algorithm>
#include <cmath>

namespace atlas {

double itWattsPerGpu(const ScenarioParams& params) { return params.tdpW * params.overhead; }

double allInWattsPerGpu(const ScenarioParams& params) { return itWattsPerGpu(params) * params.pue; }

double h100eOf(const GpuModel& model)
{
    if (model.bf16Tflops && *model.bf16Tflops > 0)
        return *model.bf16Tflops / kH100Bf16Tflops;
    if (model.fp8Tflops && *model.fp8Tflops > 0)
        return *model.fp8Tflops / kH100Fp8Tflops;
    return 1.0;
}

namespace {

double ownSystemPrice(const GpuModel& model)
{
    if (model.systemPriceUsd && *model.systemPriceUsd > 0)
        return *model.systemPriceUsd;
    if (model.unitPriceUsd && *model.unitPriceUsd > 0)
        return *model.unitPriceUsd * kServerPriceMultiplier;
    return 0;
}

} // namespace

double systemPriceUsd(const GpuModel& model, const QVector<GpuModel>& catalogue)
{
    if (const double own = ownSystemPrice(model); own > 0)
        return own;
    // A chip with no price found is priced by its compute: the price per H100-equivalent of
    // the priced model nearest to it in compute, of its year or earlier (H200 takes the
    // H100's; a TPU v6e nine tenths of an H100's; not the price of a cut-down export chip).
    const GpuModel* best = nullptr;
    const double wanted = h100eOf(model);
    for (const GpuModel& other : catalogue) {
        if (other.id == model.id || ownSystemPrice(other) <= 0 || other.year > model.year)
            continue;
        const double distance = std::abs(std::log(h100eOf(other) / wanted));
        const double bestDistance = best ? std::abs(std::log(h100eOf(*best) / wanted)) : 0;
        if (!best || distance < bestDistance - 1e-9 ||
            (std::abs(distance - bestDistance) <= 1e-9 &&
             (other.year > best->year || other.id > best->id)))
            best = &other;
    }
    return best ? ownSystemPrice(*best) * wanted / h100eOf(*best) : 0;
}

double defaultCapexPerGpuUsd(const GpuModel& model, const QVector<GpuModel>& catalogue,
                             double tdpW, double overhead, double facilityUsdPerWIt)
{
    return systemPriceUsd(model, catalogue) + facilityUsdPerWIt * tdpW * overhead;
}

ScenarioParams withModelDefaults(ScenarioParams params, const GpuModel& model,
                                 const QVector<GpuModel>& catalogue)
{
    params.gpuModelId = model.id;
    if (!params.tdpPinned)
        params.tdpW = model.tdpW;
    if (!params.overheadPinned)
        params.overhead = model.overhead;
    if (!params.capexPinned)
        params.capexPerGpuUsd = defaultCapexPerGpuUsd(model, catalogue, params.tdpW,
                                                      params.overhead, params.facilityUsdPerWIt);
    return params;
}

ScenarioParams defaultParams(const Dataset& data)
{
    ScenarioParams params;
    // The model the most phases report is the one the data is about...
    QHash<Id, int> reported;
    for (const SitePhase& phase : data.phases) {
        for (const ChipCount& chip : phase.chips) {
            if (chip.gpuModelId != 0 && data.gpuModel(chip.gpuModelId))
                ++reported[chip.gpuModelId];
        }
    }
    Id mostReported = 0;
    for (auto it = reported.begin(); it != reported.end(); ++it) {
        if (it.value() > reported.value(mostReported) ||
            (it.value() == reported.value(mostReported) && it.key() < mostReported))
            mostReported = it.key();
    }
    if (const GpuModel* model = data.gpuModel(mostReported))
        return withModelDefaults(params, *model, data.gpuModels);
    // ... else the newest with a price and a BF16 rating.
    const GpuModel* chosen = nullptr;
    for (const GpuModel& model : data.gpuModels) {
        const bool complete = model.bf16Tflops && ownSystemPrice(model) > 0;
        const bool chosenComplete = chosen && chosen->bf16Tflops && ownSystemPrice(*chosen) > 0;
        if (!chosen || (complete && !chosenComplete) ||
            (complete == chosenComplete && model.year > chosen->year))
            chosen = &model;
    }
    return chosen ? withModelDefaults(params, *chosen, data.gpuModels) : params;
}

} // namespace atlas
