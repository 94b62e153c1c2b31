// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/dataset.h"

#include <algorithm>

namespace atlas {
namespace {

template <typename Row>
QHash<Id, int> indexById(const QVector<Row>& rows)
{
    QHash<Id, int> at;
    at.reserve(rows.size());
    for (int i = 0; i < rows.size(); ++i)
        at.insert(rows[i].id, i);
    return at;
}

template <typename Row>
QHash<QString, int> indexByName(const QVector<Row>& rows)
{
    QHash<QString, int> named;
    named.reserve(rows.size());
    for (int i = 0; i < rows.size(); ++i)
        named.insert(rows[i].name, i);
    return named;
}

} // namespace

void Dataset::reindex()
{
    m_sourceAt = indexById(sources);
    m_operatorAt = indexById(operators);
    m_gpuModelAt = indexById(gpuModels);
    m_siteAt = indexById(sites);
    m_linkAt = indexById(links);
    m_phaseAt = indexById(phases);
    m_claimAt = indexById(claims);
    m_scenarioAt = indexById(scenarios);
    m_siteNamed = indexByName(sites);
    m_operatorNamed = indexByName(operators);
    m_gpuModelNamed = indexByName(gpuModels);
    // Aliases are looked up without regard to case ("b300" is "B300"); a model's own name
    // wins over another's alias.
    m_gpuModelAliased.clear();
    for (int i = 0; i < gpuModels.size(); ++i) {
        for (const QString& alias : gpuModels[i].aliases)
            m_gpuModelAliased.insert(alias.toCaseFolded(), i);
    }

    m_phasesOfSite.clear();
    for (int i = 0; i < phases.size(); ++i)
        m_phasesOfSite[phases[i].siteId].append(i);
    for (auto& indices : m_phasesOfSite) {
        std::stable_sort(indices.begin(), indices.end(), [this](int a, int b) {
            return phases[a].onlineDate < phases[b].onlineDate;
        });
    }
    m_linksOfSite.clear();
    for (int i = 0; i < links.size(); ++i) {
        m_linksOfSite[links[i].siteA].append(i);
        m_linksOfSite[links[i].siteB].append(i);
    }
}

QVector<const SitePhase*> Dataset::phasesOf(Id siteId) const
{
    QVector<const SitePhase*> result;
    for (int i : m_phasesOfSite.value(siteId))
        result.append(&phases[i]);
    return result;
}

QVector<const FiberLink*> Dataset::linksOf(Id siteId) const
{
    QVector<const FiberLink*> result;
    for (int i : m_linksOfSite.value(siteId))
        result.append(&links[i]);
    return result;
}

QVector<const Source*> Dataset::sourcesOf(Id siteId) const
{
    QVector<Id> ids;
    const auto add = [&ids](Id id) {
        if (id != 0 && !ids.contains(id))
            ids.append(id);
    };
    if (const Site* s = site(siteId)) {
        add(s->sourceId);
        for (Id reference : s->referenceIds)
            add(reference);
    }
    for (const SitePhase* phase : phasesOf(siteId))
        add(phase->sourceId);
    for (const FiberLink* l : linksOf(siteId))
        add(l->sourceId);

    QVector<const Source*> result;
    for (Id id : ids) {
        if (const Source* s = source(id))
            result.append(s);
    }
    return result;
}

const Operator* Dataset::operatorByName(const QString& name) const
{
    const int i = m_operatorNamed.value(name, -1);
    return i < 0 ? nullptr : &operators[i];
}
const Site* Dataset::siteByName(const QString& name) const
{
    const int i = m_siteNamed.value(name, -1);
    return i < 0 ? nullptr : &sites[i];
}
const GpuModel* Dataset::gpuModelByName(const QString& name) const
{
    int i = m_gpuModelNamed.value(name, -1);
    if (i < 0)
        i = m_gpuModelAliased.value(name.toCaseFolded(), -1);
    return i < 0 ? nullptr : &gpuModels[i];
}

} // namespace atlas
