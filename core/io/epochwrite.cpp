// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/epochplanner.h"

#include "core/domain/capacity.h"
#include "core/domain/namekey.h"
#include "core/domain/validation.h"
#include "core/geo/gazetteer.h"
#include "core/io/importorigin.h"
#include "core/io/operatorcolors.h"

#include <algorithm>
#include <cmath>

namespace atlas::io::epoch {

double itMwAt(const Dataset& data, const QVector<SitePhase>& phases, QDate date)
{
    QVector<const SitePhase*> pointers;
    for (const SitePhase& p : phases)
        pointers.append(&p);
    std::sort(pointers.begin(), pointers.end(),
              [](const SitePhase* a, const SitePhase* b) { return a->onlineDate < b->onlineDate; });
    return capacityAt(data, pointers, date, PhaseScope::RecordedOnly).itMw();
}

// The site row: added when new, rewritten when the release changed it (or edits are replaced).
// False when writing failed.
bool EpochPlanner::writeSiteRow(const Site& target, const Site* existing, bool siteEdited,
                                Id* siteId, bool* written)
{
    *siteId = existing ? existing->id : 0;
    *written = false;
    if (!existing) {
        const qsizetype index = add(materialised(target));
        if (index < 0)
            return false;
        *siteId = insertedBy(index);
        *written = true;
    } else if (!siteEdited || m_replaceEdits) {
        if (existing->origin.fingerprint != target.origin.fingerprint || siteEdited) {
            Site site = materialised(target);
            site.id = existing->id;
            if (add(site) < 0)
                return false;
            *written = true;
        }
    }
    return true;
}

// The release's phases, by their key: added, or updated where the release changed them; a
// phase the user edited is kept unless edits are replaced.
bool EpochPlanner::writeReleasePhases(const QVector<SitePhase>& phases, const StoredPhases& stored,
                                      Id siteId, bool* changed)
{
    for (SitePhase phase : phases) {
        phase.siteId = siteId;
        const SitePhase* before = stored.value(phase.origin.key);
        if (before && !untouched(*before, m_names) && !m_replaceEdits) {
            ++m_plan->phasesKept;
            continue;
        }
        if (before && before->origin.fingerprint == phase.origin.fingerprint &&
            untouched(*before, m_names))
            continue;
        phase.id = before ? before->id : 0;
        if (add(materialised(phase)) < 0)
            return false;
        ++(before ? m_plan->phasesUpdated : m_plan->phasesAdded);
        *changed = true;
    }
    return true;
}

// The stored phases the release no longer has: removed, unless the user edited them.
bool EpochPlanner::removeDroppedPhases(const QVector<SitePhase>& phases,
                                       const StoredPhases& stored, bool* changed)
{
    QSet<QString> keys;
    for (const SitePhase& phase : phases)
        keys.insert(phase.origin.key);
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        if (keys.contains(it.key()))
            continue;
        if (!untouched(**it, m_names) && !m_replaceEdits) {
            ++m_plan->phasesKept;
            continue;
        }
        SitePhase removed;
        removed.id = (*it)->id;
        if (add(Row(removed), true) < 0)
            return false;
        ++m_plan->phasesRemoved;
        *changed = true;
    }
    return true;
}

void EpochPlanner::countChange(EpochSiteChange change, EpochSiteChange::Kind kind)
{
    change.kind = kind;
    using Kind = EpochSiteChange::Kind;
    switch (kind) {
    case Kind::New: ++m_plan->added; break;
    case Kind::EditedKept: ++m_plan->editedKept; break;
    case Kind::Changed: ++m_plan->changed; break;
    case Kind::Unchanged: ++m_plan->unchanged; break;
    case Kind::Missing: break;
    }
    m_plan->sites.append(change);
}

void EpochPlanner::writeSite(Target target, const Site* existing, QDate asOf)
{
    EpochSiteChange change;
    change.name = target.site.name;
    change.placed = target.site.hasLocation();
    change.placedBy = target.site.locationNote;
    change.itMwAfter = itMwAt(m_data, target.phases, asOf);
    (change.placed ? m_plan->placed : m_plan->notPlaced) += 1;

    QVector<SitePhase> storedPhases;
    if (existing) {
        for (const SitePhase* p : m_data.phasesOf(existing->id))
            storedPhases.append(*p);
        change.itMwBefore = itMwAt(m_data, storedPhases, asOf);
    }
    using Kind = EpochSiteChange::Kind;
    const bool ours = existing && existing->origin.dataset == QLatin1String(kEpochDataset);
    const bool siteEdited = existing && !(ours && untouched(*existing, m_names));
    if (existing && siteEdited && !m_replaceEdits && !ours) {
        // The user's own site of the same name: theirs, with its phases.
        countChange(change, Kind::EditedKept);
        return;
    }

    Id siteId = 0;
    bool siteWritten = false;
    if (!writeSiteRow(target.site, existing, siteEdited, &siteId, &siteWritten))
        return;
    // Phases: the release's, by date; the user's own phases (no origin) are never touched.
    StoredPhases storedByKey;
    for (const SitePhase& p : storedPhases) {
        if (p.origin.dataset == QLatin1String(kEpochDataset))
            storedByKey.insert(p.origin.key, &p);
    }
    bool phasesChanged = false;
    if (!writeReleasePhases(target.phases, storedByKey, siteId, &phasesChanged) ||
        !removeDroppedPhases(target.phases, storedByKey, &phasesChanged))
        return;

    if (!existing)
        countChange(change, Kind::New);
    else if (siteEdited && !m_replaceEdits)
        countChange(change, Kind::EditedKept);
    else
        countChange(change, siteWritten || phasesChanged ? Kind::Changed : Kind::Unchanged);
}

} // namespace atlas::io::epoch
