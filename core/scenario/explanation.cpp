// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scenario/explanation.h"

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

ExplanationBuilder::ExplanationBuilder(const Dataset& data, const PreparedAtlas& atlas,
                                       const ScenarioParams& params, const ScenarioResult& result,
                                       const ExplainRequest& request)
    : m_data(data), m_atlas(atlas), m_params(params), m_result(result), m_request(request),
      m_years(request.scope == PhaseScope::All ? result.years : result.recordedYears),
      m_model(data.gpuModel(params.gpuModelId)), m_counted(countedSites(atlas, params))
{
    for (int i = 0; i < m_years.size(); ++i) {
        if (m_years[i].year == request.year)
            m_index = i;
    }
}

Explanation ExplanationBuilder::run()
{
    if (m_index < 0)
        return {};
    m_out.valid = true;
    describeScope();
    if (!explainMetric(m_years[m_index]))
        return {};
    m_out.sources = citedSources(m_data, m_out);
    return m_out;
}

// The title and what the figure counts.
void ExplanationBuilder::describeScope()
{
    m_out.title =
        Text::tr("%1 in %2").arg(explainedMetricName(m_request.metric)).arg(m_request.year);
    m_out.scopeText = m_request.scope == PhaseScope::All
                          ? Text::tr("Counting every phase, the sources' projections too.")
                          : Text::tr("Counting the recorded phases only.");
    if (m_result.asRecorded)
        m_out.scopeText +=
            QLatin1Char(' ') + Text::tr("As recorded: each site's GPUs are the chips its phases "
                                        "count, not a what-if.");
}

// The steps of the metric asked for, and its value; false when there is nothing to explain
// (a site that is not in the year).
bool ExplanationBuilder::explainMetric(const YearResult& y)
{
    switch (m_request.metric) {
    case ExplainedMetric::Gpus:
        m_result.asRecorded ? recordedGpus(y) : installed(y);
        m_out.value = y.gpusInstalled;
        m_out.valueText = gpusShort(y.gpusInstalled);
        break;
    case ExplainedMetric::H100e:
        m_result.asRecorded ? recordedH100e(y) : whatIfH100e(y);
        m_out.value = y.h100e;
        m_out.valueText = h100eShort(y.h100e);
        break;
    case ExplainedMetric::LargestSiteGpus:
        largestSite(y);
        m_out.value = y.largestSiteGpus;
        m_out.valueText = gpusShort(y.largestSiteGpus);
        break;
    case ExplainedMetric::LargestClusterH100e:
    case ExplainedMetric::LargestClusterGpus:
        largestCluster(y);
        m_out.value = m_request.metric == ExplainedMetric::LargestClusterGpus
                          ? y.largestClusterGpus
                          : y.largestClusterH100e;
        m_out.valueText = m_request.metric == ExplainedMetric::LargestClusterGpus
                              ? gpusShort(m_out.value)
                              : h100eShort(m_out.value);
        break;
    case ExplainedMetric::DemandGw:
        m_result.asRecorded ? recordedDemand(y) : whatIfDemand(y);
        m_out.value = y.facilityDemandGw;
        m_out.valueText = gwShort(m_out.value);
        break;
    case ExplainedMetric::CapacityGw:
        capacity(y);
        m_out.valueText = gwShort(m_out.value);
        break;
    case ExplainedMetric::FundingUsd:
        funding(y);
        m_out.value = y.fundingUsd;
        m_out.valueText = billions(m_out.value);
        break;
    case ExplainedMetric::CapexNeededUsd:
    case ExplainedMetric::CapexSpentUsd:
        m_result.asRecorded ? recordedCapex(y) : whatIfCapex(y);
        m_out.value = m_request.metric == ExplainedMetric::CapexNeededUsd ? y.capexNeededUsd
                                                                          : y.capexSpentUsd;
        m_out.valueText = billions(m_out.value);
        break;
    case ExplainedMetric::SiteItMw:
    case ExplainedMetric::SiteGpus:
        return site(y);
    }
    return true;
}

void ExplanationBuilder::step(const QString& formula, const QString& filled)
{
    m_out.steps.append({formula, filled});
}

void ExplanationBuilder::input(const QString& name, const QString& value,
                               ExplainedInput::Origin origin, const QString& originText, Id modelId,
                               Id sourceId)
{
    m_out.inputs.append({name, value, origin, originText, modelId, sourceId});
}

void ExplanationBuilder::slider(const QString& name, const QString& value, bool pinned)
{
    input(name, value, ExplainedInput::Origin::Slider,
          pinned ? Text::tr("slider, pinned") : Text::tr("slider"));
}

void ExplanationBuilder::engine(const QString& name, const QString& value)
{
    input(name, value, ExplainedInput::Origin::Engine,
          Text::tr("the year's figure (click it on its chart for how)"));
}

void ExplanationBuilder::catalogue(const GpuModel& model, const QString& name, const QString& value)
{
    input(name, value, ExplainedInput::Origin::Catalogue,
          Text::tr("GPU catalogue: %1").arg(model.name), model.id, model.sourceId);
}

void ExplanationBuilder::listSites(const QVector<int>& indices, const QString& what)
{
    m_out.sites = explainSites(m_data, m_atlas, indices, m_request.year, m_request.scope);
    m_out.sitesMw = 0;
    for (const ExplainedSite& s : std::as_const(m_out.sites))
        m_out.sitesMw += s.itMw;
    m_out.sitesText = what;
    m_out.sitesFleet = m_result.asRecorded;
}

QVector<int> ExplanationBuilder::online() const
{
    return sitesOnline(m_atlas, m_counted, m_request.year, m_request.scope);
}

Explanation explain(const Dataset& data, const PreparedAtlas& atlas, const ScenarioParams& params,
                    const ScenarioResult& result, const ExplainRequest& request)
{
    return ExplanationBuilder(data, atlas, params, result, request).run();
}

} // namespace atlas
