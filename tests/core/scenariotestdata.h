// SPDX-License-Identifier: GPL-3.0-or-later
// What the scenario tests share: the catalogue's chips, the small atlas (with or without a
// source's projections) as a dataset, and the parameters of a what-if and of "as recorded".
#pragma once

#include "core/scenario/gpumath.h"
#include "core/scenario/scenarioparams.h"
#include "fakestore.h"
#include "sampledata.h"

#include <QtGlobal>

namespace atlas::test {

inline GpuModel h100() { return h100Model(); }

inline GpuModel gb200() { return gb200Model(5); }

inline Dataset datasetOf(const ChangeSet& set)
{
    FakeStore store;
    if (!store.apply(set).ok)
        qFatal("seed");
    return store.load().dataset;
}

inline Dataset smallDataset() { return datasetOf(smallAtlas()); }

// The small atlas with a mixed fleet and projected phases (tests/support/sampledata.h).
inline Dataset projectedDataset() { return datasetOf(projectedAtlas()); }

// Plenty of money: the what-if is limited by power.
inline ScenarioParams h100Plenty(const Dataset& data)
{
    ScenarioParams p = withModelDefaults(ScenarioParams(), h100(), data.gpuModels);
    p.fundingBusdPerYear = 5000;
    p.yearFrom = 2023;
    p.yearTo = 2030;
    return p;
}

inline ScenarioParams asRecorded(const Dataset& data)
{
    ScenarioParams p = h100Plenty(data);
    p.asRecorded = true;
    p.fundingBusdPerYear = 1; // As recorded, money limits nothing
    return p;
}

} // namespace atlas::test
