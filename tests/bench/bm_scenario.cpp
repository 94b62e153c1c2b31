// SPDX-License-Identifier: GPL-3.0-or-later
// The scenario engine over 10,000 synthetic sites (3 phases each) and 20,000 links,
// 2023-2040. BM_ScenarioRecompute is what a slider move costs; BM_ScenarioPrepare is paid
// only when the data changes.
#include "core/scenario/gpumath.h"
#include "core/scenario/scenarioengine.h"
#include "syntheticatlas.h"

#include <benchmark/benchmark.h>

using namespace atlas;

namespace {

ScenarioParams benchmarkParams(const Dataset& data)
{
    ScenarioParams params = defaultParams(data);
    params.yearFrom = 2023;
    params.yearTo = 2040;
    return params;
}

void BM_ScenarioRecompute(benchmark::State& state)
{
    const Dataset data = bench::syntheticAtlas(int(state.range(0)));
    const PreparedAtlas atlas = prepareAtlas(data);
    ScenarioParams params = benchmarkParams(data);
    double sink = 0;
    int tick = 0;
    for (auto _ : state) {
        // A slider move: the funding changes a little every time.
        params.fundingBusdPerYear = 50 + (tick++ % 100);
        const ScenarioResult result = computeScenario(atlas, params);
        sink += result.years.last().largestClusterH100e;
    }
    benchmark::DoNotOptimize(sink);
    state.counters["sites"] = double(data.sites.size());
    state.counters["links"] = double(data.links.size());
}
BENCHMARK(BM_ScenarioRecompute)->Arg(10000)->Unit(benchmark::kMillisecond);

void BM_ScenarioRecomputeOperatorFilter(benchmark::State& state)
{
    const Dataset data = bench::syntheticAtlas(int(state.range(0)));
    const PreparedAtlas atlas = prepareAtlas(data);
    ScenarioParams params = benchmarkParams(data);
    params.operatorIds = {1, 2, 3};
    for (auto _ : state)
        benchmark::DoNotOptimize(computeScenario(atlas, params));
}
BENCHMARK(BM_ScenarioRecomputeOperatorFilter)->Arg(10000)->Unit(benchmark::kMillisecond);

// The same atlas as a source with projections would give it: each site's last phase is a
// forecast, and every phase counts its chips (so that "As recorded" has fleets to sum).
Dataset withProjections(Dataset data)
{
    for (int i = 0; i < data.phases.size(); ++i) {
        SitePhase& phase = data.phases[i];
        phase.chips = {ChipCount{1, qint64(phase.itMw.value_or(0) * 500), false, QString()}};
        phase.projected = i + 1 == data.phases.size() || data.phases[i + 1].siteId != phase.siteId;
    }
    data.reindex();
    return data;
}

// With projections the engine sums both scopes; as recorded, the fleets too. For comparison
// with BM_ScenarioRecompute: these cost more only on data that has projections.
void BM_ScenarioRecomputeProjected(benchmark::State& state)
{
    const Dataset data = withProjections(bench::syntheticAtlas(int(state.range(0))));
    const PreparedAtlas atlas = prepareAtlas(data);
    ScenarioParams params = benchmarkParams(data);
    params.asRecorded = state.range(1) != 0;
    int tick = 0;
    for (auto _ : state) {
        params.fundingBusdPerYear = 50 + (tick++ % 100);
        benchmark::DoNotOptimize(computeScenario(atlas, params));
    }
}
BENCHMARK(BM_ScenarioRecomputeProjected)
    ->Args({10000, 0})
    ->Args({10000, 1})
    ->Unit(benchmark::kMillisecond);

void BM_ScenarioPrepare(benchmark::State& state)
{
    const Dataset data = bench::syntheticAtlas(int(state.range(0)));
    for (auto _ : state)
        benchmark::DoNotOptimize(prepareAtlas(data));
}
BENCHMARK(BM_ScenarioPrepare)->Arg(10000)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
