// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scenario/explainedsites.h"
#include "core/scenario/explanationbuilder.h"
#include "core/scenario/explanationwords.h"
#include "core/scenario/gpumath.h"
#include "core/scenario/purchases.h"
#include "core/scenario/rowtotals.h"
#include "core/scenario/scenarioengine.h"

#include <algorithm>

namespace atlas {

using namespace explainwords;

void ExplanationBuilder::recordedGpus(const YearResult& y)
{
    const QVector<int> sites = online();
    listSites(sites, Text::tr("The %n counted sites, each with the fleet its phases count", nullptr,
                              int(sites.size())));
    step(Text::tr("GPUs installed = Σ over the sites Σ over the models n(s, m)"),
         Text::tr("%n sites: %1 GPUs", nullptr, int(sites.size())).arg(gpusText(y.gpusInstalled)));
}

void ExplanationBuilder::recordedH100e(const YearResult& y)
{
    const QVector<int> sites = online();
    listSites(sites, Text::tr("The %n counted sites, each with its H100e (as stated, else its "
                              "chips × each model's H100e)",
                              nullptr, int(sites.size())));
    step(Text::tr("H100e = Σ over the sites H100e of s"),
         Text::tr("%n sites: %1 H100e", nullptr, int(sites.size())).arg(gpusText(y.h100e)));
}

QVector<QVector<double>> ExplanationBuilder::modelGpus() const
{
    return sumSitePower(m_atlas, m_params).fleet[scopeIndex(m_request.scope)].modelGpus;
}

void ExplanationBuilder::recordedDemand(const YearResult& y)
{
    slider(Text::tr("PUE"), factorText(m_params.pue));
    const QVector<QVector<double>> counts = modelGpus();
    QStringList terms;
    for (int m = 0; m < m_atlas.gpuModels.size(); ++m) {
        const double n = counts[m][m_index];
        if (n <= 0)
            continue;
        const GpuModel& model = m_atlas.gpuModels[m];
        catalogue(model, Text::tr("%1: TDP × overhead").arg(model.name),
                  Text::tr("%1 × %2").arg(wattsText(model.tdpW), factorText(model.overhead)));
        terms << Text::tr("%1 × %2 × %3 × %4")
                     .arg(gpusText(n), wattsText(model.tdpW), factorText(model.overhead),
                          factorText(m_params.pue));
    }
    step(Text::tr("Facility demand = Σ over the models n(m) × TDP(m) × overhead(m) × PUE"),
         Text::tr("%1 = %2").arg(terms.join(QStringLiteral(" + ")), gwText(y.facilityDemandGw)));
}

void ExplanationBuilder::recordedCapex(const YearResult& y)
{
    const QVector<QVector<double>> counts = modelGpus();
    const int lifetime = std::max(1, m_params.lifetimeYears);
    slider(Text::tr("GPU lifetime"), Text::tr("%n years", nullptr, m_params.lifetimeYears));
    slider(Text::tr("Facility cost per W of IT power"), usdText(m_params.facilityUsdPerWIt));
    QStringList terms;
    for (int m = 0; m < m_atlas.gpuModels.size(); ++m) {
        const double bought = purchasesToKeep(counts[m], lifetime)[m_index];
        if (bought <= 0)
            continue;
        const GpuModel& model = m_atlas.gpuModels[m];
        const double capex = defaultCapexPerGpuUsd(model, m_atlas.gpuModels, model.tdpW,
                                                   model.overhead, m_params.facilityUsdPerWIt);
        catalogue(model, Text::tr("%1: capex per GPU").arg(model.name), usdText(capex));
        terms << Text::tr("%1 × %2").arg(gpusText(bought), usdText(capex));
    }
    step(Text::tr("Capex = Σ over the models purchases(m) × capex(m)"),
         Text::tr("%1 = %2").arg(terms.isEmpty() ? QStringLiteral("0")
                                                 : terms.join(QStringLiteral(" + ")),
                                 billions(y.capexSpentUsd)));
}

} // namespace atlas
