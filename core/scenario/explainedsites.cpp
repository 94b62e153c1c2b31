// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scenario/explainedsites.h"

#include <algorithm>

namespace atlas {

QVector<int> sitesOnline(const PreparedAtlas& atlas, const QVector<char>& counted, int year,
                         PhaseScope scope)
{
    QVector<int> sites;
    const double* row = atlas.mwRow(year, scope);
    for (int s = 0; s < atlas.siteCount(); ++s) {
        if (!counted[s])
            continue;
        const SiteState* state = atlas.stateAt(s, year, scope);
        if ((row && row[s] > 0) || (state && state->gpus > 0))
            sites << s;
    }
    return sites;
}

namespace {

void addSource(QVector<Id>* ids, Id id)
{
    if (id != 0 && !ids->contains(id))
        ids->append(id);
}

// The phases that give a site its power and its fleet at `date`, as capacityAt() reads them:
// the latest phase stating power, and the latest that counts the fleet (one that only names
// its chips gives it while nothing has been counted).
ExplainedSite phasesOf(const Dataset& data, const Site& site, const QDate& date, PhaseScope scope)
{
    ExplainedSite explained;
    explained.siteId = site.id;
    explained.siteName = site.name;
    const SitePhase* power = nullptr;
    const SitePhase* fleet = nullptr;
    bool fleetCounted = false;
    const QVector<const SitePhase*> phases = data.phasesOf(site.id);
    for (const SitePhase* phase : phases) {
        if (phase->onlineDate > date)
            break;
        if (phase->projected && scope == PhaseScope::RecordedOnly)
            continue;
        if (phase->itMw)
            power = phase;
        const bool counts = phase->gpuCount().has_value();
        if (!phase->chips.isEmpty() && (counts || !fleetCounted)) {
            fleet = phase;
            fleetCounted = counts;
        }
    }
    const SiteCapacity capacity = capacityAt(data, phases, date, scope);
    explained.derived = capacity.isDerived();
    explained.projected = capacity.projected;
    // Derived power comes from the fleet's phase.
    if (const SitePhase* given = explained.derived || !power ? fleet : power) {
        explained.phaseId = given->id;
        explained.phaseDate = given->onlineDate;
        addSource(&explained.sourceIds, given->sourceId);
    }
    if (fleet && fleet->id != explained.phaseId) {
        explained.fleetPhaseId = fleet->id;
        explained.fleetPhaseDate = fleet->onlineDate;
        addSource(&explained.sourceIds, fleet->sourceId);
    }
    addSource(&explained.sourceIds, site.sourceId);
    for (Id id : site.referenceIds)
        addSource(&explained.sourceIds, id);
    return explained;
}

} // namespace

QVector<ExplainedSite> explainSites(const Dataset& data, const PreparedAtlas& atlas,
                                    const QVector<int>& indices, int year, PhaseScope scope)
{
    QVector<ExplainedSite> sites;
    const double* row = atlas.mwRow(year, scope);
    for (int s : indices) {
        const Site* site = data.site(atlas.siteIds[s]);
        if (!site)
            continue;
        ExplainedSite explained = phasesOf(data, *site, endOfYear(year), scope);
        // The figures as the engine has them, so the list sums to its totals.
        explained.itMw = row ? row[s] : 0;
        if (const SiteState* state = atlas.stateAt(s, year, scope)) {
            explained.gpus = state->gpus;
            explained.h100e = state->h100e;
        }
        sites << explained;
    }
    std::stable_sort(
        sites.begin(), sites.end(),
        [](const ExplainedSite& a, const ExplainedSite& b) { return a.itMw > b.itMw; });
    return sites;
}

QVector<Source> citedSources(const Dataset& data, const Explanation& explanation)
{
    QVector<Id> ids;
    for (const ExplainedInput& input : explanation.inputs)
        addSource(&ids, input.sourceId);
    for (const ExplainedSite& site : explanation.sites) {
        for (Id id : site.sourceIds)
            addSource(&ids, id);
    }
    QVector<Source> sources;
    for (Id id : ids) {
        if (const Source* source = data.source(id))
            sources << *source;
    }
    return sources;
}

} // namespace atlas
