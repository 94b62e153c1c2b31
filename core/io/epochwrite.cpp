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
    const bool ours = existing && existing->origin.dataset == QLatin1String(kEpochDataset);
    const bool siteEdited = existing && !(ours && untouched(*existing, m_names));
    if (existing && siteEdited && !m_replaceEdits && !ours) {
        // The user's own site of the same name: theirs, with its phases.
        change.kind = EpochSiteChange::Kind::EditedKept;
        ++m_plan->editedKept;
        m_plan->sites.append(change);
        return;
    }

    bool siteWritten = false;
    Id siteId = existing ? existing->id : 0;
    if (!existing) {
        const qsizetype index = add(materialised(target.site));
        if (index < 0)
            return;
        siteId = insertedBy(index);
        siteWritten = true;
    } else if (!siteEdited || m_replaceEdits) {
        if (existing->origin.fingerprint != target.site.origin.fingerprint || siteEdited) {
            Site site = materialised(target.site);
            site.id = existing->id;
            if (add(site) < 0)
                return;
            siteWritten = true;
        }
    }

    // Phases: the release's, by date; the user's own phases (no origin) are never touched.
    QHash<QString, const SitePhase*> storedByKey;
    for (const SitePhase& p : storedPhases) {
        if (p.origin.dataset == QLatin1String(kEpochDataset))
            storedByKey.insert(p.origin.key, &p);
    }
    bool phasesChanged = false;
    QSet<QString> keys;
    for (SitePhase phase : target.phases) {
        keys.insert(phase.origin.key);
        phase.siteId = siteId;
        const SitePhase* stored = storedByKey.value(phase.origin.key);
        if (stored && !untouched(*stored, m_names) && !m_replaceEdits) {
            ++m_plan->phasesKept;
            continue;
        }
        if (stored && stored->origin.fingerprint == phase.origin.fingerprint &&
            untouched(*stored, m_names))
            continue;
        phase.id = stored ? stored->id : 0;
        if (add(materialised(phase)) < 0)
            return;
        ++(stored ? m_plan->phasesUpdated : m_plan->phasesAdded);
        phasesChanged = true;
    }
    for (auto it = storedByKey.cbegin(); it != storedByKey.cend(); ++it) {
        if (keys.contains(it.key()))
            continue;
        if (!untouched(**it, m_names) && !m_replaceEdits) {
            ++m_plan->phasesKept;
            continue;
        }
        SitePhase removed;
        removed.id = (*it)->id;
        if (add(Row(removed), true) < 0)
            return;
        ++m_plan->phasesRemoved;
        phasesChanged = true;
    }

    if (!existing) {
        change.kind = EpochSiteChange::Kind::New;
        ++m_plan->added;
    } else if (siteEdited && !m_replaceEdits) {
        change.kind = EpochSiteChange::Kind::EditedKept;
        ++m_plan->editedKept;
    } else if (siteWritten || phasesChanged) {
        change.kind = EpochSiteChange::Kind::Changed;
        ++m_plan->changed;
    } else {
        change.kind = EpochSiteChange::Kind::Unchanged;
        ++m_plan->unchanged;
    }
    m_plan->sites.append(change);
}

} // namespace atlas::io::epoch
