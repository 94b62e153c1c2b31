// SPDX-License-Identifier: GPL-3.0-or-later
// A made-up atlas for benchmarks: sites spread over the contiguous US, three phases each
// between 2023 and 2035, and each site linked to its two nearest neighbours (fiber runs
// between nearby sites), lit in random years.
#pragma once

#include "core/domain/dataset.h"
#include "core/store/changeset.h"

namespace atlas::bench {

Dataset syntheticAtlas(int siteCount, quint32 seed = 1);
// The same atlas as one change set for a store to write (operators and GPU models first, then
// the sites, their phases and links), keeping its ids.
ChangeSet syntheticAtlasRows(int siteCount, quint32 seed = 1);

} // namespace atlas::bench
