// SPDX-License-Identifier: GPL-3.0-or-later
// The main() of our benchmarks: Qt's application object first (files, SQL drivers, fonts
// need one), then Google Benchmark's run with its own command-line options.
#pragma once

#include <benchmark/benchmark.h>

#include <QByteArray>
#include <QtGlobal>

namespace atlas::bench {

inline int runAll(int& argc, char** argv)
{
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

// Benchmarks that draw run on the offscreen platform unless told otherwise: the comparison
// is of the work, not of a display.
inline void preferOffscreen()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", QByteArray("offscreen"));
}

} // namespace atlas::bench

#define ATLAS_BENCHMARK_MAIN(Application)                                                        \
    int main(int argc, char** argv)                                                             \
    {                                                                                           \
        Application app(argc, argv);                                                            \
        return atlas::bench::runAll(argc, argv);                                                \
    }
