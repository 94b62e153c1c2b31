// SPDX-License-Identifier: GPL-3.0-or-later
// Checks of a row against the rest of the data: names that must be unique, references that
// must point at rows that exist. With validate() (one row on its own) these are what a form
// shows at its fields before anything is written.
#pragma once

#include "core/domain/dataset.h"
#include "core/domain/validation.h"

namespace atlas {

FieldErrors checkInDataset(const Source& source, const Dataset& data);
FieldErrors checkInDataset(const Operator& op, const Dataset& data);
FieldErrors checkInDataset(const GpuModel& model, const Dataset& data);
FieldErrors checkInDataset(const Site& site, const Dataset& data);
FieldErrors checkInDataset(const SitePhase& phase, const Dataset& data);
FieldErrors checkInDataset(const FiberLink& link, const Dataset& data);
FieldErrors checkInDataset(const Claim& claim, const Dataset& data);
FieldErrors checkInDataset(const ScenarioRecord& scenario, const Dataset& data);

// validate() and checkInDataset() together, the row's own problems first.
template <typename T>
FieldErrors checkRow(const T& row, const Dataset& data)
{
    FieldErrors errors = validate(row);
    errors += checkInDataset(row, data);
    return errors;
}

} // namespace atlas
