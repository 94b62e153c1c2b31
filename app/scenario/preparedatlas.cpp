// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/preparedatlas.h"

#include "domain/capacity.h"
#include "geo/greatcircle.h"
#include "scenario/unionfind.h"

#include <algorithm>

namespace atlas {
namespace {

int activeFromYear(const FiberLink& link)
{
    if (link.activeDate.isValid())
        return link.activeDate.year(); // a planned link counts from its planned date
    return link.status == LinkStatus::Lit ? INT_MIN : INT_MAX;
}

// Yearly steps of one site: the capacity after each phase, the last one of a year winning.
void appendSteps(const Dataset& data, Id siteId, PreparedAtlas* atlas)
{
    const QVector<const SitePhase*> phases = data.phasesOf(siteId);
    for (int i = 0; i < phases.size(); ++i) {
        const int year = phases[i]->onlineDate.year();
        if (i + 1 < phases.size() && phases[i + 1]->onlineDate.year() == year)
            continue;
        const SiteCapacity capacity = capacityAt(data, phases, phases[i]->onlineDate);
        atlas->stepYear.append(year);
        atlas->stepMw.append(capacity.itMw());
    }
}

void buildYearRows(PreparedAtlas* atlas)
{
    if (atlas->stepYear.isEmpty())
        return;
    const auto [first, last] = std::minmax_element(atlas->stepYear.begin(), atlas->stepYear.end());
    atlas->firstYear = *first;
    atlas->yearRows = *last - *first + 1;
    const qsizetype sites = atlas->siteIds.size();
    atlas->mwByYear.fill(0.0, sites * atlas->yearRows);
    for (int s = 0; s < sites; ++s) {
        for (int k = atlas->stepBegin[s]; k < atlas->stepBegin[s + 1]; ++k) {
            // From its year on, the step holds until the next one overwrites it.
            for (int row = atlas->stepYear[k] - atlas->firstYear; row < atlas->yearRows; ++row)
                atlas->mwByYear[row * sites + s] = atlas->stepMw[k];
        }
    }
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

double PreparedAtlas::siteMwAt(int site, int year) const
{
    double mw = 0;
    for (int k = stepBegin[site]; k < stepBegin[site + 1] && stepYear[k] <= year; ++k)
        mw = stepMw[k];
    return mw;
}

PreparedAtlas prepareAtlas(const Dataset& data)
{
    PreparedAtlas atlas;
    atlas.gpuModels = data.gpuModels;
    for (const Operator& op : data.operators)
        atlas.operatorIds.append(op.id);
    atlas.operatorIds.append(0); // sites without an operator

    const int sites = int(data.sites.size());
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
        appendSteps(data, site.id, &atlas);
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
