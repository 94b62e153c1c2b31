// SPDX-License-Identifier: GPL-3.0-or-later
// Small, hand-made rows for tests: two operators, three sites with phases, a link.
#pragma once

#include "store/changeset.h"

namespace atlas::test {

// Ids are fixed so tests can refer to them: operators 1-2, GPU model 1, sources 1, sites
// 10-12 (12 has no phases), phases 100-103, link 200 (sites 10-11).
ChangeSet smallAtlas();

// The H100 SXM of the catalogue (facts.md) with id 1: 700 W, 1.82 overhead, 989 BF16 TFLOPS,
// $27.5k.
GpuModel h100Model();

Site makeSite(Id id, const QString& name, double lon, double lat, Id operatorId = 1);

} // namespace atlas::test
