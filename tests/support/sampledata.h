// SPDX-License-Identifier: GPL-3.0-or-later
// Small, hand-made rows for tests: two operators, three sites with phases, a link.
#pragma once

#include "core/store/changeset.h"

namespace atlas::test {

// Ids are fixed so tests can refer to them: operators 1-2, GPU model 1, sources 1, sites
// 10-12 (12 has no phases), phases 100-103, link 200 (sites 10-11).
ChangeSet smallAtlas();

// The H100 SXM of the catalogue (facts.md) with id 1: 700 W, 1.82 overhead, 989 BF16 TFLOPS,
// $27.5k.
GpuModel h100Model();

// The GB200 (NVL72) of the catalogue with the given id: 1,200 W, 1.45 overhead, 2,500 dense
// BF16 TFLOPS, $41,667 per GPU in its rack.
GpuModel gb200Model(Id id);

Site makeSite(Id id, const QString& name, double lon, double lat, Id operatorId = 1);

// A made-up chip of the B300's class with id 2: 1,100 W, 1.45 overhead, 2,250 dense BF16
// TFLOPS, $48.6k per GPU in its rack (test figures, not the catalogue's).
GpuModel b300Model();

// The small atlas with a mixed fleet and a source's projections. Model 2 is b300Model().
// Phase 101 (site 10, 2026-06, 400 MW) counts 100,000 H100 and 50,000 B300 and states no
// H100e; phase 102 (site 11, 2025-12, 300 MW) states 250,000 H100e for its 200,000 H100.
// Projected: phase 104 (site 11, 2028-06: 2,000 MW, 300,000 B300, no H100e) and phase 105
// (site 12, 2027-12: 500 MW, 200,000 H100; the site's first phase).
ChangeSet projectedAtlas();

} // namespace atlas::test
