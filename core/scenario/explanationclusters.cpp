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

void ExplanationBuilder::largestSite(const YearResult& y)
{
    const int site = int(m_atlas.siteIds.indexOf(y.largestSiteId));
    listSites(site >= 0 ? QVector<int>{site} : QVector<int>{},
              m_result.asRecorded ? Text::tr("The counted site with the most H100e")
                                  : Text::tr("The counted site with the most IT power"));
    if (m_result.asRecorded) {
        step(Text::tr("Largest site's GPUs = its chips"),
             Text::tr("%1 GPUs").arg(gpusText(y.largestSiteGpus)));
        return;
    }
    shareStep(Text::tr("Largest site's GPUs = its IT MW × installed GPUs / IT power online"),
              y.largestSiteMw, y, y.largestSiteGpus);
}

void ExplanationBuilder::largestCluster(const YearResult& y)
{
    const double loss = std::clamp(m_params.multiSiteLossPct / 100.0, 0.0, 1.0);
    QVector<double> h100eRow;
    const double* row = m_atlas.mwRow(m_request.year, m_request.scope);
    if (m_result.asRecorded) { // clusters are ranked by H100e
        h100eRow.fill(0, m_atlas.siteCount());
        for (int s = 0; s < m_atlas.siteCount(); ++s) {
            if (const SiteState* state = m_atlas.stateAt(s, m_request.year, m_request.scope))
                h100eRow[s] = state->h100e;
        }
        row = h100eRow.constData();
    }
    const QVector<int> members =
        largestClusterMembers(m_atlas, m_counted, m_request.year, row, loss);
    listSites(members, Text::tr("The %n sites of the largest fiber-linked cluster (a site "
                                "alone is a cluster of one)",
                                nullptr, int(members.size())));
    slider(Text::tr("Multi-site efficiency loss"), percentText(m_params.multiSiteLossPct));
    double sum = 0, largest = 0;
    for (int s : members) {
        sum += row[s];
        largest = std::max(largest, row[s]);
    }
    const double effective = largest + (sum - largest) * (1 - loss);
    if (m_result.asRecorded) {
        step(Text::tr("Cluster H100e = its largest member's H100e + the rest × (1 − loss)"),
             Text::tr("%1 + %2 × (1 − %3) = %4")
                 .arg(gpusText(largest), gpusText(sum - largest),
                      percentText(m_params.multiSiteLossPct), gpusText(y.largestClusterH100e)));
        step(Text::tr("Cluster GPUs = its members' chips summed"),
             Text::tr("%1 GPUs").arg(gpusText(y.largestClusterGpus)));
        return;
    }
    step(Text::tr("Effective power = largest member + the rest × (1 − loss)"),
         Text::tr("%1 + %2 × (1 − %3) = %4")
             .arg(mwText(largest), mwText(sum - largest), percentText(m_params.multiSiteLossPct),
                  mwText(effective)));
    shareStep(Text::tr("Cluster GPUs = effective MW × installed GPUs / IT power online"), effective,
              y, y.largestClusterGpus);
    if (m_request.metric == ExplainedMetric::LargestClusterH100e) {
        h100ePerGpu();
        step(Text::tr("Cluster H100e = cluster GPUs × H100e per GPU"),
             Text::tr("%1 × %2 = %3")
                 .arg(gpusText(y.largestClusterGpus), factorText(m_result.h100ePerGpu),
                      gpusText(y.largestClusterH100e)));
    }
}

void ExplanationBuilder::capacity(const YearResult& y)
{
    QVector<int> sites = online();
    double mw = y.itMw;
    if (m_request.operatorId) {
        const int o = m_atlas.operatorIndex(*m_request.operatorId);
        sites.erase(std::remove_if(sites.begin(), sites.end(),
                                   [&](int s) { return m_atlas.siteOperator[s] != o; }),
                    sites.end());
        const QVector<QVector<double>>& perOperator = m_request.scope == PhaseScope::All
                                                          ? m_result.operatorItMw
                                                          : m_result.recordedOperatorItMw;
        mw = o >= 0 && o < perOperator.size() ? perOperator[o][m_index] : 0;
        const Operator* op = m_data.op(*m_request.operatorId);
        m_out.title = Text::tr("Facility capacity of %1 in %2")
                          .arg(op ? op->name : Text::tr("sites without an operator"))
                          .arg(m_request.year);
    }
    listSites(sites, Text::tr("The %n sites whose IT power sums to the IT power online", nullptr,
                              int(sites.size())));
    slider(Text::tr("PUE"), factorText(m_params.pue));
    m_out.value = m_request.operatorId ? mw * m_params.pue / 1000.0 : y.facilityCapacityGw;
    step(Text::tr("Facility capacity = IT power online × PUE"),
         Text::tr("%1 × %2 = %3").arg(mwText(mw), factorText(m_params.pue), gwText(m_out.value)));
}

bool ExplanationBuilder::site(const YearResult& y)
{
    const QVector<SiteAllocation> all = allocateSites(m_atlas, m_params, m_result, m_request.year);
    const auto it = std::find_if(all.begin(), all.end(), [&](const SiteAllocation& a) {
        return m_atlas.siteIds[a.site] == m_request.siteId;
    });
    if (it == all.end())
        return false;
    const bool every = m_request.scope == PhaseScope::All;
    const double mw = every ? it->itMw : it->recordedItMw;
    const double gpus = every ? it->gpus : it->recordedGpus;
    listSites({it->site}, Text::tr("The site and the phase that gives its power"));
    const QString name = m_out.sites.isEmpty() ? QString() : m_out.sites.first().siteName;
    if (m_request.metric == ExplainedMetric::SiteItMw) {
        m_out.title = Text::tr("IT power of %1 in %2").arg(name).arg(m_request.year);
        step(Text::tr("A site's power in Y = the latest phase in or before Y that states IT "
                      "power (phases give the site's total)"),
             mwText(mw));
        m_out.value = mw;
        m_out.valueText = mwText(mw);
        return true;
    }
    m_out.title = Text::tr("GPUs (scenario) of %1 in %2").arg(name).arg(m_request.year);
    if (m_result.asRecorded)
        step(Text::tr("A site's GPUs = the chips its fleet counts"),
             Text::tr("%1 GPUs").arg(gpusText(gpus)));
    else
        shareStep(Text::tr("A site's GPUs = its IT MW × installed GPUs / IT power online"), mw, y,
                  gpus);
    m_out.value = gpus;
    m_out.valueText = gpusShort(gpus);
    return true;
}

} // namespace atlas
