// SPDX-License-Identifier: GPL-3.0-or-later
// From a slider's value change to all four charts repainted into an image, over 10,000
// synthetic sites (3 phases each) and 20,000 links, 2023-2040: what a user sees while
// dragging.
#include "ui/charts/chartspanel.h"
#include "core/document/atlasdocument.h"
#include "core/document/viewstate.h"
#include "fixedstore.h"
#include "core/scenario/scenariocontroller.h"
#include "syntheticatlas.h"
#include "benchmain.h"

#include <QApplication>
#include <QImage>
#include <QPainter>

#include <benchmark/benchmark.h>

using namespace atlas;

namespace {

void BM_SliderToFrame(benchmark::State& state)
{
    AtlasDocument document;
    document.setStore(std::make_unique<bench::FixedStore>(bench::syntheticAtlas(int(state.range(0)))));
    ScenarioController scenario(&document);
    scenario.setParameter(ParameterKey::YearFrom, 2023);
    scenario.setParameter(ParameterKey::YearTo, 2040);
    ViewState view;
    view.setYearRange(2023, 2040);
    view.setYear(2030);
    charts::ChartsPanel panel(&scenario, &view);
    panel.resize(1400, 800); // the charts' share of a 1920×1080 window
    panel.show();
    QImage frame(panel.size(), QImage::Format_ARGB32_Premultiplied);
    QCoreApplication::processEvents(); // first layout, outside the timing

    int tick = 0;
    for (auto _ : state) {
        // One slider step: the funding moves by $5B, to and fro.
        scenario.setParameter(ParameterKey::FundingBusdPerYear, 60 + 5 * (tick++ % 8));
        panel.render(&frame);
    }
    benchmark::DoNotOptimize(frame.constBits());
    state.counters["sites"] = double(document.dataset().sites.size());
}
BENCHMARK(BM_SliderToFrame)->Arg(10000)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    atlas::bench::preferOffscreen();
    QApplication app(argc, argv);
    return atlas::bench::runAll(argc, argv);
}
