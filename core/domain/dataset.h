// SPDX-License-Identifier: GPL-3.0-or-later
// A snapshot of the whole site database in memory, with lookups by id. Views and the
// scenario engine read it; nothing writes to it but Store::load().
#pragma once

#include "core/domain/entities.h"

#include <QHash>
#include <QVector>

namespace atlas {

class Dataset
{
public:
    QVector<Source> sources;
    QVector<Operator> operators;
    QVector<GpuModel> gpuModels;
    QVector<Site> sites;
    QVector<SitePhase> phases;
    QVector<FiberLink> links;
    QVector<Claim> claims;
    QVector<ScenarioRecord> scenarios;

    // Rebuilds the lookups; call after changing the vectors above.
    void reindex();

    const Source* source(Id id) const { return find(sources, m_sourceAt, id); }
    const Operator* op(Id id) const { return find(operators, m_operatorAt, id); }
    const GpuModel* gpuModel(Id id) const { return find(gpuModels, m_gpuModelAt, id); }
    const Site* site(Id id) const { return find(sites, m_siteAt, id); }
    const FiberLink* link(Id id) const { return find(links, m_linkAt, id); }
    const SitePhase* phase(Id id) const { return find(phases, m_phaseAt, id); }
    const Claim* claim(Id id) const { return find(claims, m_claimAt, id); }
    const ScenarioRecord* scenario(Id id) const { return find(scenarios, m_scenarioAt, id); }
    int siteIndex(Id id) const { return m_siteAt.value(id, -1); }

    // A site's phases, oldest first, and the links that touch it.
    QVector<const SitePhase*> phasesOf(Id siteId) const;
    QVector<const FiberLink*> linksOf(Id siteId) const;
    // Every source a site's figures cite: its own and its references, its phases' and its
    // links', each once.
    QVector<const Source*> sourcesOf(Id siteId) const;

    const Operator* operatorByName(const QString& name) const;
    const Site* siteByName(const QString& name) const;
    // By its name, or else by one of its aliases.
    const GpuModel* gpuModelByName(const QString& name) const;

private:
    template <typename Row>
    static const Row* find(const QVector<Row>& rows, const QHash<Id, int>& at, Id id)
    {
        const int i = at.value(id, -1);
        return i < 0 ? nullptr : &rows[i];
    }

    QHash<Id, int> m_sourceAt, m_operatorAt, m_gpuModelAt, m_siteAt, m_linkAt, m_phaseAt, m_claimAt,
        m_scenarioAt;
    QHash<QString, int> m_siteNamed, m_operatorNamed, m_gpuModelNamed, m_gpuModelAliased;
    QHash<Id, QVector<int>> m_phasesOfSite, m_linksOfSite;
};

} // namespace atlas
