// SPDX-License-Identifier: GPL-3.0-or-later
// The map at 1920×1080, whole-US view, 10,000 synthetic sites each linked to its two nearest
// neighbours (20,000 links).
//   BM_MapFrameInteractive: the frame after a year or scenario change
//   BM_MapPanFrame:         the frame for one pan step
//   BM_MapRenderCold:       everything drawn from nothing (new zoom or size)
//   BM_MapHitTest:          the site under the cursor
// With Qt Location (the Qt 6.8 lane), the same atlas on the street map (QtQuick's software
// renderer, no tiles: the "itemsoverlay" plugin), beside the vector map in the same run:
//   BM_StreetMapFrame:      the first full frame after loading (the view made, rows built,
//                           delegates created, a frame rendered)
//   BM_StreetMapPanFrame:   the frame for one pan step
#include "benchmain.h"
#include "ui/map/mapframe.h"
#include "core/scenario/gpumath.h"
#include "core/scenario/scenarioengine.h"
#include "syntheticatlas.h"

#if ATLAS_HAVE_STREETMAP
#include "core/document/atlasdocument.h"
#include "core/document/viewstate.h"
#include "fixedstore.h"
#include "core/scenario/scenariocontroller.h"
#include "ui/streetmap/streetmapview.h"

#include <QQuickItem>
#include <QQuickWidget>
#endif

#include <QApplication>
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

#if ATLAS_HAVE_STREETMAP
struct StreetBench
{
    AtlasDocument document;
    std::unique_ptr<ScenarioController> scenario;
    ViewState view;

    explicit StreetBench(int sites)
    {
        document.setStore(std::make_unique<bench::FixedStore>(bench::syntheticAtlas(sites)));
        scenario = std::make_unique<ScenarioController>(&document);
        scenario->setParameter(ParameterKey::YearFrom, 2023);
        scenario->setParameter(ParameterKey::YearTo, 2040);
        view.setYearRange(2023, 2040);
        view.setYear(2030);
    }
    std::unique_ptr<StreetMapView> makeView()
    {
        auto map = std::make_unique<StreetMapView>(&document, &view, scenario.get(),
                                                   StreetMapView::Options{QStringLiteral("itemsoverlay"), false});
        map->resize(1920, 1080);
        map->show();
        return map;
    }
};

// Until the map has reported its view and the rows for it exist (the fit included).
void settle(StreetMapView& map)
{
    for (int i = 0; i < 200 && !map.layers().hasView(); ++i)
        QCoreApplication::processEvents();
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
}

void BM_StreetMapFrame(benchmark::State& state)
{
    StreetBench bench(int(state.range(0)));
    qint64 rows = 0;
    for (auto _ : state) {
        auto map = bench.makeView();
        settle(*map);
        const QImage frame = map->quickWidget()->grabFramebuffer();
        benchmark::DoNotOptimize(frame.constBits());
        rows = map->layers().sites().size() + map->layers().links().size();
    }
    state.counters["rows"] = double(rows);
}
BENCHMARK(BM_StreetMapFrame)->Arg(10000)->Unit(benchmark::kMillisecond)->Iterations(5);

void BM_StreetMapPanFrame(benchmark::State& state)
{
    StreetBench bench(int(state.range(0)));
    auto map = bench.makeView();
    settle(*map);
    QQuickItem* item = map->mapItem();
    int step = 0;
    int rebuilds = 0;
    for (auto _ : state) {
        // 20 px to and fro, as a drag moves the map between two frames.
        const double dx = step++ % 2 ? 20 : -20;
        const int before = map->layers().generation();
        QMetaObject::invokeMethod(item, "pan", Q_ARG(int, int(dx)), Q_ARG(int, 0));
        QCoreApplication::processEvents(); // the view report (Qt.callLater)
        const QImage frame = map->quickWidget()->grabFramebuffer();
        benchmark::DoNotOptimize(frame.constBits());
        rebuilds += before != map->layers().generation();
    }
    state.counters["rows"] = double(map->layers().sites().size() + map->layers().links().size());
    state.counters["rebuilds"] = rebuilds;
}
BENCHMARK(BM_StreetMapPanFrame)->Arg(10000)->Unit(benchmark::kMillisecond);
#endif

} // namespace

int main(int argc, char** argv)
{
    atlas::bench::preferOffscreen();
    // The street map's Qt Quick scene renders in software, as the vector map does: the
    // comparison is of the work, not of a GPU.
    if (qEnvironmentVariableIsEmpty("QT_QUICK_BACKEND"))
        qputenv("QT_QUICK_BACKEND", "software");
    QApplication app(argc, argv); // fonts and the street map's widgets need it
    return atlas::bench::runAll(argc, argv);
}
