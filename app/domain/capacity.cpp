// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/capacity.h"

namespace atlas {

double itMwOfGpus(const GpuModel& model, qint64 count)
{
    return double(count) * model.tdpW * model.overhead / 1e6;
}

SiteCapacity capacityAt(const Dataset& data, const QVector<const SitePhase*>& phases,
                        const QDate& date)
{
    SiteCapacity capacity;
    for (const SitePhase* phase : phases) {
        if (phase->onlineDate > date)
            break;
        capacity.online = true;
        if (phase->itMw)
            capacity.statedItMw = *phase->itMw;
        if (phase->gpuCount)
            capacity.gpuCount = *phase->gpuCount;
        if (phase->gpuModelId != 0)
            capacity.gpuModelId = phase->gpuModelId;
    }
    if (capacity.statedItMw <= 0 && capacity.gpuCount > 0) {
        if (const GpuModel* model = data.gpuModel(capacity.gpuModelId))
            capacity.derivedItMw = itMwOfGpus(*model, capacity.gpuCount);
    }
    return capacity;
}

} // namespace atlas
