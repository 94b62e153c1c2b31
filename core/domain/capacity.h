// SPDX-License-Identifier: GPL-3.0-or-later
// What a site has online at a date: phases are steps ("from this date the site has N MW in
// total"), so the latest phase on or before the date that states a figure gives it. Where
// no phase so far states power but one lists GPUs of known models, the power is derived
// from them (GPUs × chip power × overhead) and marked as derived. The fleet (its chips) and
// its H100-equivalents step the same way, each from the latest phase that states them (a
// fleet is stated by a phase that counts its chips; one that only names them gives the
// fleet until a count comes).
#pragma once

#include "core/domain/dataset.h"

#include <QVector>

namespace atlas {

// Which phases count: all of them, or only those recorded (not a source's projection).
enum class PhaseScope { All, RecordedOnly };

struct SiteCapacity
{
    double statedItMw = 0;    // from the latest phase that states power; 0 when none has
    double derivedItMw = 0;   // from GPUs when no power is stated yet; 0 otherwise
    QVector<ChipCount> chips; // the fleet, from the latest phase that counts chips
    qint64 gpuCount = 0;      // the fleet's chips together; 0 when no phase so far states a count
    Id gpuModelId = 0;        // the fleet's one model; 0 when it names none or mixes several
    double statedH100e = 0;   // from the latest phase that states H100-equivalents
    // A later phase counted the fleet without stating H100e: statedH100e is of an older fleet.
    bool statedH100eOlderThanFleet = false;
    bool online = false;      // some phase has come online by the date
    bool projected = false;   // a projected phase gives the power (or, without power, the fleet)

    double itMw() const { return statedItMw > 0 ? statedItMw : derivedItMw; }
    bool isDerived() const { return statedItMw <= 0 && derivedItMw > 0; }
};

// phases must be sorted by onlineDate (Dataset::phasesOf gives them so); `data` gives the
// GPU models for derived power.
SiteCapacity capacityAt(const Dataset& data, const QVector<const SitePhase*>& phases,
                        const QDate& date, PhaseScope scope = PhaseScope::All);

// IT power of `count` GPUs of `model`, in MW.
double itMwOfGpus(const GpuModel& model, qint64 count);
// IT power of a fleet: the chips of known models with a count; 0 when none is known.
double itMwOfFleet(const Dataset& data, const QVector<ChipCount>& chips);

// At the end of the year: a phase dated "2026-09" counts for 2026.
inline QDate endOfYear(int year)
{
    return QDate(year, 12, 31);
}

} // namespace atlas
