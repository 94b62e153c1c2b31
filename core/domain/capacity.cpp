// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/capacity.h"

namespace atlas {

double itMwOfGpus(const GpuModel& model, qint64 count)
{
    return double(count) * model.tdpW * model.overhead / 1e6;
}

double itMwOfFleet(const Dataset& data, const QVector<ChipCount>& chips)
{
    double mw = 0;
    for (const ChipCount& chip : chips) {
        if (!chip.count)
            continue;
        if (const GpuModel* model = data.gpuModel(chip.gpuModelId))
            mw += itMwOfGpus(*model, *chip.count);
    }
    return mw;
}

SiteCapacity capacityAt(const Dataset& data, const QVector<const SitePhase*>& phases,
                        const QDate& date, PhaseScope scope)
{
    SiteCapacity capacity;
    bool powerProjected = false, fleetProjected = false;
    // A phase that names chips without counting them ("GB200 racks arriving") does not undo
    // an earlier count; it gives the fleet only while nothing has been counted.
    bool fleetCounted = false;
    int at = 0, h100eAt = -1, fleetCountedAt = -1;
    for (const SitePhase* phase : phases) {
        ++at;
        if (phase->onlineDate > date)
            break;
        if (phase->projected && scope == PhaseScope::RecordedOnly)
            continue;
        capacity.online = true;
        if (phase->itMw) {
            capacity.statedItMw = *phase->itMw;
            powerProjected = phase->projected;
        }
        const bool counts = phase->gpuCount().has_value();
        if (!phase->chips.isEmpty() && (counts || !fleetCounted)) {
            capacity.chips = phase->chips;
            fleetProjected = phase->projected;
            fleetCounted = counts;
            if (counts)
                fleetCountedAt = at;
        }
        if (phase->h100e) {
            capacity.statedH100e = *phase->h100e;
            h100eAt = at;
        }
    }
    capacity.statedH100eOlderThanFleet = h100eAt >= 0 && fleetCountedAt > h100eAt;
    for (const ChipCount& chip : capacity.chips)
        capacity.gpuCount += chip.count.value_or(0);
    Id model = 0;
    for (const ChipCount& chip : capacity.chips) {
        if (chip.gpuModelId != 0 && model != 0 && chip.gpuModelId != model) {
            model = 0;
            break;
        }
        if (chip.gpuModelId != 0)
            model = chip.gpuModelId;
    }
    capacity.gpuModelId = model;
    if (capacity.statedItMw <= 0 && capacity.gpuCount > 0)
        capacity.derivedItMw = itMwOfFleet(data, capacity.chips);
    capacity.projected = capacity.statedItMw > 0 ? powerProjected : fleetProjected;
    return capacity;
}

} // namespace atlas
