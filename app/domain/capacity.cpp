// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/capacity.h"

namespace atlas {

SiteCapacity capacityAt(const QVector<const SitePhase*>& phases, const QDate& date)
{
    SiteCapacity capacity;
    for (const SitePhase* phase : phases) {
        if (phase->onlineDate > date)
            break;
        capacity.online = true;
        if (phase->itMw)
            capacity.itMw = *phase->itMw;
        if (phase->gpuCount)
            capacity.gpuCount = *phase->gpuCount;
        if (phase->gpuModelId != 0)
            capacity.gpuModelId = phase->gpuModelId;
    }
    return capacity;
}

} // namespace atlas
