// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scenario/preparedatlas.h"

#include "core/domain/capacity.h"
#include "core/geo/greatcircle.h"
#include "core/scenario/gpumath.h"
#include "core/scenario/unionfind.h"

#include <algorithm>

namespace atlas {
namespace {

int activeFromYear(const FiberLink& link)
{
    if (link.activeDate.isValid())
        return link.activeDate.year(); // a planned link counts from its planned date
    return link.status == LinkStatus::Lit ? INT_MIN : INT_MAX;
}

// A site's state from a capacity: its H100e as stated, unless a later phase counted the fleet
// without stating them; else (or when nothing is stated) its chips × each model's H100e.
SiteState stateOf(const SiteCapacity& capacity, const QHash<Id, int>& modelIndex,
                  PreparedAtlas* atlas)
{
    SiteState state;
    state.itMw = capacity.itMw();
    state.online = capacity.online;
    state.chipsBegin = int(atlas->chips.size());
    double derivedH100e = 0;
    for (const ChipCount& chip : capacity.chips) {
        if (!chip.count || *chip.count <= 0)
            continue;
        const int model = modelIndex.value(chip.gpuModelId, -1);
        atlas->chips.append({model, double(*chip.count)});
        state.gpus += double(*chip.count);
        if (model >= 0)
            derivedH100e += double(*chip.count) * h100eOf(atlas->gpuModels[model]);
    }
    state.chipsEnd = int(atlas->chips.size());
    const bool statedHolds =
        capacity.statedH100e > 0 && (!capacity.statedH100eOlderThanFleet || derivedH100e <= 0);
    state.h100e = statedHolds ? capacity.statedH100e : derivedH100e;
    return state;
}

// Yearly steps of one site: the capacity after each phase, the last one of a year winning;
// with every phase and with the recorded ones only.
void appendSteps(const Dataset& data, Id siteId, const QHash<Id, int>& modelIndex,
                 PreparedAtlas* atlas)
{
    const QVector<const SitePhase*> phases = data.phasesOf(siteId);
    const bool projected =
        std::any_of(phases.begin(), phases.end(), [](const SitePhase* p) { return p->projected; });
    for (int i = 0; i < phases.size(); ++i) {
        const int year = phases[i]->onlineDate.year();
        if (i + 1 < phases.size() && phases[i + 1]->onlineDate.year() == year)
            continue;
        atlas->stepYear.append(year);
        const SiteState all =
            stateOf(capacityAt(data, phases, phases[i]->onlineDate), modelIndex, atlas);
        atlas->stepState[0].append(all);
        // Without projections anywhere the recorded steps are these (states() gives them).
        if (atlas->hasProjections)
            atlas->stepState[1].append(projected
                                           ? stateOf(capacityAt(data, phases, phases[i]->onlineDate,
                                                                PhaseScope::RecordedOnly),
                                                     modelIndex, atlas)
                                           : all);
    }
}

void buildYearRows(PreparedAtlas* atlas, PhaseScope scope, QVector<double>* table)
{
    const qsizetype sites = atlas->siteIds.size();
    const QVector<SiteState>& states = atlas->states(scope);
    table->fill(0.0, sites * atlas->yearRows);
    for (int s = 0; s < sites; ++s) {
        for (int k = atlas->stepBegin[s]; k < atlas->stepBegin[s + 1]; ++k) {
            // From its year on, the step holds until the next one overwrites it.
            const double mw = states[k].itMw;
            for (int row = atlas->stepYear[k] - atlas->firstYear; row < atlas->yearRows; ++row)
                (*table)[row * sites + s] = mw;
        }
    }
}

void buildYearRows(PreparedAtlas* atlas)
{
    if (atlas->stepYear.isEmpty())
        return;
    const auto [first, last] = std::minmax_element(atlas->stepYear.begin(), atlas->stepYear.end());
    atlas->firstYear = *first;
    atlas->yearRows = *last - *first + 1;
    buildYearRows(atlas, PhaseScope::All, &atlas->mwByYear);
    if (atlas->hasProjections)
        buildYearRows(atlas, PhaseScope::RecordedOnly, &atlas->recordedMwByYear);
}

void buildEpochs(PreparedAtlas* atlas)
{
    UnionFind clusters(atlas->siteCount());
    int at = 0;
    const auto& links = atlas->links;
    while (at < links.size() && links[at].activeFromYear != INT_MAX) {
        const int year = links[at].activeFromYear;
        for (; at < links.size() && links[at].activeFromYear == year; ++at)
            clusters.unite(links[at].siteA, links[at].siteB);
        // Sites alone in their cluster get -1: the engine skips them (a lone site's cluster
        // is the site itself), so only joined sites are numbered, densely.
        QVector<int> dense(atlas->siteCount(), -1);
        QVector<int> component(atlas->siteCount());
        int count = 0;
        for (int site = 0; site < atlas->siteCount(); ++site) {
            const int root = clusters.find(site);
            if (clusters.sizeOf(root) == 1) {
                component[site] = -1;
                continue;
            }
            int& label = dense[root];
            if (label < 0)
                label = count++;
            component[site] = label;
        }
        atlas->epochYear.append(year);
        atlas->epochComponent.append(std::move(component));
        atlas->epochComponentCount.append(count);
    }
}

} // namespace

const SiteState* PreparedAtlas::stateAt(int site, int year, PhaseScope scope) const
{
    const SiteState* state = nullptr;
    const QVector<SiteState>& states = this->states(scope);
    for (int k = stepBegin[site]; k < stepBegin[site + 1] && stepYear[k] <= year; ++k)
        state = &states[k];
    return state;
}

PreparedAtlas prepareAtlas(const Dataset& data)
{
    PreparedAtlas atlas;
    atlas.gpuModels = data.gpuModels;
    QHash<Id, int> modelIndex;
    for (int m = 0; m < atlas.gpuModels.size(); ++m)
        modelIndex.insert(atlas.gpuModels[m].id, m);
    for (const Operator& op : data.operators)
        atlas.operatorIds.append(op.id);
    atlas.operatorIds.append(0); // sites without an operator

    const int sites = int(data.sites.size());
    atlas.hasProjections = std::any_of(data.phases.begin(), data.phases.end(),
                                       [](const SitePhase& phase) { return phase.projected; });
    for (int scope = 0; scope < (atlas.hasProjections ? 2 : 1); ++scope)
        atlas.stepState[scope].reserve(data.phases.size());
    atlas.stepYear.reserve(data.phases.size());
    atlas.siteIds.reserve(sites);
    atlas.siteOperator.reserve(sites);
    atlas.stepBegin.reserve(sites + 1);
    QHash<Id, int> siteIndex;
    siteIndex.reserve(sites);
    for (const Site& site : data.sites) {
        siteIndex.insert(site.id, int(atlas.siteIds.size()));
        atlas.siteIds.append(site.id);
        const int op = atlas.operatorIndex(site.operatorId);
        atlas.siteOperator.append(op < 0 ? int(atlas.operatorIds.size()) - 1 : op);
        atlas.stepBegin.append(int(atlas.stepYear.size()));
        appendSteps(data, site.id, modelIndex, &atlas);
    }
    atlas.stepBegin.append(int(atlas.stepYear.size()));
    buildYearRows(&atlas);

    for (const FiberLink& link : data.links) {
        const Site* a = data.site(link.siteA);
        const Site* b = data.site(link.siteB);
        if (!a || !b)
            continue;
        // A link to a site not yet placed still joins the two into a cluster; its length
        // (and so its latency) is unknown until both ends are placed.
        const double km = a->hasLocation() && b->hasLocation() ? greatCircleKm({a->lon, a->lat}, {b->lon, b->lat}) : 0;
        atlas.links.append({siteIndex.value(link.siteA), siteIndex.value(link.siteB), activeFromYear(link), km, link.id});
    }
    std::stable_sort(atlas.links.begin(), atlas.links.end(),
                     [](const PreparedLink& x, const PreparedLink& y) {
                         return x.activeFromYear < y.activeFromYear;
                     });
    buildEpochs(&atlas);
    return atlas;
}

} // namespace atlas
