// SPDX-License-Identifier: GPL-3.0-or-later
// What a site has online at a date: phases are steps ("from this date the site has N MW in
// total"), so the latest phase on or before the date that states a figure gives it. Where
// no phase so far states power but one states GPUs of a known model, the power is derived
// from them (GPUs × chip power × overhead) and marked as derived.
#pragma once

#include "domain/dataset.h"

#include <QVector>

namespace atlas {

struct SiteCapacity
{
    double statedItMw = 0; // from the latest phase that states power; 0 when none has
    double derivedItMw = 0; // from GPUs when no power is stated yet; 0 otherwise
    qint64 gpuCount = 0;    // 0 when no phase so far states a count
    Id gpuModelId = 0;      // the model of the latest phase that names one
    bool online = false;    // some phase has come online by the date

    double itMw() const { return statedItMw > 0 ? statedItMw : derivedItMw; }
    bool isDerived() const { return statedItMw <= 0 && derivedItMw > 0; }
};

// phases must be sorted by onlineDate (Dataset::phasesOf gives them so); `data` gives the
// GPU models for derived power.
SiteCapacity capacityAt(const Dataset& data, const QVector<const SitePhase*>& phases,
                        const QDate& date);

// IT power of `count` GPUs of `model`, in MW.
double itMwOfGpus(const GpuModel& model, qint64 count);

// At the end of the year: a phase dated "2026-09" counts for 2026.
inline QDate endOfYear(int year) { return QDate(year, 12, 31); }

} // namespace atlas
