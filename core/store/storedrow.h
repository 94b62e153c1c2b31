// SPDX-License-Identifier: GPL-3.0-or-later
// The stored row of the same type and id as a row, looked up by the dataset's index (an
// import's undo looks up 100,000 rows): what an undo puts back and a deletion lists.
#pragma once

#include "core/domain/dataset.h"
#include "core/store/changeset.h"

#include <optional>

namespace atlas {

// None for a row without an id (not stored yet) or one the dataset does not have.
std::optional<Row> storedRow(const Dataset& data, const Row& row);

} // namespace atlas
