// SPDX-License-Identifier: GPL-3.0-or-later
// The map at 1920×1080, whole-US view, 10,000 synthetic sites each linked to its two nearest
// neighbours (20,000 links).
//   BM_MapFrameInteractive: the frame after a year or scenario change
//   BM_MapPanFrame:         the frame for one pan step
//   BM_MapRenderCold:       everything drawn from nothing (new zoom or size)
//   BM_MapHitTest:          the site under the cursor
#include "map/mapframe.h"
#include "scenario/gpumath.h"
#include "scenario/scenarioengine.h"
#include "syntheticatlas.h"

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>

#include <benchmark/benchmark.h>

using namespace atlas;

namespace {

struct MapBench
{
    Dataset data;
    PreparedAtlas atlas;
    ScenarioParams params;
    ScenarioResult result;
    MapFrame frame;
    QImage screen{1920, 1080, QImage::Format_ARGB32_Premultiplied};

    explicit MapBench(int sites) : data(bench::syntheticAtlas(sites))
    {
        atlas = prepareAtlas(data);
        params = defaultParams(data);
        params.yearFrom = 2023;
        params.yearTo = 2040;
        result = computeScenario(atlas, params);
        frame.setSize(screen.size());
        frame.setData(data);
        frame.setYearData(atlas, params, result, 2030);
        frame.setViewport(MapViewport(QSizeF(screen.size()), {}, 1));
        MapViewport whole = frame.viewport();
        whole.fit(frame.projection().extent(), 0); // the whole contiguous US
        frame.setViewport(whole);
        draw(); // the first frame, outside the timing
    }
    void draw()
    {
        QPainter painter(&screen);
        frame.render(painter);
    }
};

void BM_MapFrameInteractive(benchmark::State& state)
{
    MapBench bench(int(state.range(0)));
    int year = 2030;
    for (auto _ : state) {
        year = year == 2030 ? 2031 : 2030; // sites grow and links come into use
        bench.frame.setYearData(bench.atlas, bench.params, bench.result, year);
        bench.draw();
    }
    state.counters["glyphs"] = double(bench.frame.glyphs().glyphs().size());
}
BENCHMARK(BM_MapFrameInteractive)->Arg(10000)->Unit(benchmark::kMillisecond);

void BM_MapPanFrame(benchmark::State& state)
{
    MapBench bench(int(state.range(0)));
    int step = 0;
    for (auto _ : state) {
        bench.frame.panBy(QPointF(step++ % 2 ? -3 : 3, 2)); // a mouse drag's move
        bench.draw();
    }
}
BENCHMARK(BM_MapPanFrame)->Arg(10000)->Unit(benchmark::kMillisecond);

void BM_MapRenderCold(benchmark::State& state)
{
    MapBench bench(int(state.range(0)));
    MapViewport view = bench.frame.viewport();
    int step = 0;
    for (auto _ : state) {
        view.zoomAbout(QPointF(960, 540), step++ % 2 ? 1.01 : 1 / 1.01); // a new zoom: nothing cached fits
        bench.frame.setViewport(view);
        bench.draw();
    }
}
BENCHMARK(BM_MapRenderCold)->Arg(10000)->Unit(benchmark::kMillisecond);

void BM_MapHitTest(benchmark::State& state)
{
    MapBench bench(int(state.range(0)));
    QRandomGenerator random(5);
    QVector<QPointF> points;
    for (int i = 0; i < 1024; ++i)
        points.append(QPointF(random.bounded(1920.0), random.bounded(1080.0)));
    int i = 0, hits = 0;
    for (auto _ : state)
        hits += bench.frame.siteAt(points[i++ % 1024]) >= 0;
    state.counters["hit_rate"] = double(hits) / double(state.iterations());
}
BENCHMARK(BM_MapHitTest)->Arg(10000)->Unit(benchmark::kMicrosecond);

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv); // fonts need it
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
