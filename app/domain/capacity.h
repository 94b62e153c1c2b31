// SPDX-License-Identifier: GPL-3.0-or-later
// What a site has online at a date: phases are steps ("from this date the site has N MW in
// total"), so the latest phase on or before the date that states a figure gives it.
#pragma once

#include "domain/entities.h"

#include <QVector>

namespace atlas {

struct SiteCapacity
{
    double itMw = 0;      // 0 before the first phase with a power figure
    qint64 gpuCount = 0;  // 0 when no phase so far states a count
    Id gpuModelId = 0;    // the model of the latest phase that names one
    bool online = false;  // some phase has come online by the date
};

// phases must be sorted by onlineDate (Dataset::phasesOf gives them so).
SiteCapacity capacityAt(const QVector<const SitePhase*>& phases, const QDate& date);

// At the end of the year: a phase dated "2026-09" counts for 2026.
inline QDate endOfYear(int year) { return QDate(year, 12, 31); }

} // namespace atlas
