// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/entities.h"

namespace atlas {

std::optional<qint64> SitePhase::gpuCount() const
{
    std::optional<qint64> total;
    for (const ChipCount& chip : chips) {
        if (chip.count)
            total = total.value_or(0) + *chip.count;
    }
    return total;
}

Id SitePhase::singleGpuModelId() const
{
    Id model = 0;
    for (const ChipCount& chip : chips) {
        if (chip.gpuModelId == 0)
            continue;
        if (model != 0 && model != chip.gpuModelId)
            return 0;
        model = chip.gpuModelId;
    }
    return model;
}

} // namespace atlas
