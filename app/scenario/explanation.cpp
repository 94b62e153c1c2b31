// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/explanation.h"

#include "scenario/explainedsites.h"
#include "scenario/explanationwords.h"
#include "scenario/gpumath.h"
#include "scenario/purchases.h"
#include "scenario/rowtotals.h"
#include "scenario/scenarioengine.h"

#include <algorithm>

namespace atlas {
namespace {

using namespace explainwords;

class Builder
{
public:
    Builder(const Dataset& data, const PreparedAtlas& atlas, const ScenarioParams& params,
            const ScenarioResult& result, const ExplainRequest& request)
        : m_data(data), m_atlas(atlas), m_params(params), m_result(result), m_request(request),
          m_years(request.scope == PhaseScope::All ? result.years : result.recordedYears),
          m_model(data.gpuModel(params.gpuModelId)), m_counted(countedSites(atlas, params))
    {
        for (int i = 0; i < m_years.size(); ++i) {
            if (m_years[i].year == request.year)
                m_index = i;
        }
    }

    Explanation run()
    {
        if (m_index < 0)
            return {};
        const YearResult& y = m_years[m_index];
        m_out.valid = true;
        m_out.title =
            Text::tr("%1 in %2").arg(explainedMetricName(m_request.metric)).arg(m_request.year);
        m_out.scopeText = m_request.scope == PhaseScope::All
                              ? Text::tr("Counting every phase, the sources' projections too.")
                              : Text::tr("Counting the recorded phases only.");
        if (m_result.asRecorded)
            m_out.scopeText += QLatin1Char(' ') +
                               Text::tr("As recorded: each site's GPUs are the chips its phases "
                                        "count, not a what-if.");
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
            if (!site(y))
                return {};
            break;
        }
        m_out.sources = citedSources(m_data, m_out);
        return m_out;
    }

private:
    void step(const QString& formula, const QString& filled)
    {
        m_out.steps.append({formula, filled});
    }
    void input(const QString& name, const QString& value, ExplainedInput::Origin origin,
               const QString& originText, Id modelId = 0, Id sourceId = 0)
    {
        m_out.inputs.append({name, value, origin, originText, modelId, sourceId});
    }
    void slider(const QString& name, const QString& value, bool pinned = false)
    {
        input(name, value, ExplainedInput::Origin::Slider,
              pinned ? Text::tr("slider, pinned") : Text::tr("slider"));
    }
    void engine(const QString& name, const QString& value)
    {
        input(name, value, ExplainedInput::Origin::Engine,
              Text::tr("the year's figure (click it on its chart for how)"));
    }
    void catalogue(const GpuModel& model, const QString& name, const QString& value)
    {
        input(name, value, ExplainedInput::Origin::Catalogue,
              Text::tr("GPU catalogue: %1").arg(model.name), model.id, model.sourceId);
    }
    void listSites(const QVector<int>& indices, const QString& what)
    {
        m_out.sites = explainSites(m_data, m_atlas, indices, m_request.year, m_request.scope);
        m_out.sitesMw = 0;
        for (const ExplainedSite& s : std::as_const(m_out.sites))
            m_out.sitesMw += s.itMw;
        m_out.sitesText = what;
        m_out.sitesFleet = m_result.asRecorded;
    }
    QVector<int> online() const
    {
        return sitesOnline(m_atlas, m_counted, m_request.year, m_request.scope);
    }

    // IT power online: the counted sites' power summed.
    void itPower(const YearResult& y)
    {
        const QVector<int> sites = online();
        listSites(sites, Text::tr("The %n counted sites with power in the year, whose IT power "
                                  "sums to the IT power online",
                                  nullptr, int(sites.size())));
        step(Text::tr("IT power online = Σ IT MW of the counted sites"),
             Text::tr("%n sites: %1", nullptr, int(sites.size())).arg(mwText(y.itMw)));
    }

    // IT watts per GPU = tdpW × overhead, with where the two come from.
    void modelWatts(bool allIn)
    {
        if (m_model) {
            catalogue(*m_model, Text::tr("GPU model"), m_model->name);
            if (!m_params.tdpPinned)
                catalogue(*m_model, Text::tr("Chip power (tdpW), the model's TDP"),
                          wattsText(m_params.tdpW));
            if (!m_params.overheadPinned)
                catalogue(*m_model, Text::tr("Overhead (server + network W per chip W)"),
                          factorText(m_params.overhead));
        }
        if (m_params.tdpPinned || !m_model)
            slider(Text::tr("Chip power (tdpW)"), wattsText(m_params.tdpW), m_params.tdpPinned);
        if (m_params.overheadPinned || !m_model)
            slider(Text::tr("Overhead"), factorText(m_params.overhead), m_params.overheadPinned);
        if (allIn) {
            slider(Text::tr("PUE"), factorText(m_params.pue));
            step(Text::tr("All-in watts per GPU = tdpW × overhead × PUE"),
                 Text::tr("%1 × %2 × %3 = %4")
                     .arg(wattsText(m_params.tdpW), factorText(m_params.overhead),
                          factorText(m_params.pue), wattsText(m_result.allInWattsPerGpu)));
        } else {
            step(Text::tr("IT watts per GPU = tdpW × overhead"),
                 Text::tr("%1 × %2 = %3")
                     .arg(wattsText(m_params.tdpW), factorText(m_params.overhead),
                          wattsText(m_result.itWattsPerGpu)));
        }
    }

    void capexPerGpu()
    {
        if (m_params.capexPinned || !m_model) {
            slider(Text::tr("Capex per GPU"), usdText(m_params.capexPerGpuUsd),
                   m_params.capexPinned);
            return;
        }
        const double price = systemPriceUsd(*m_model, m_atlas.gpuModels);
        catalogue(*m_model, systemPriceName(*m_model), usdText(price));
        slider(Text::tr("Facility cost per W of IT power"), usdText(m_params.facilityUsdPerWIt));
        step(Text::tr("Capex per GPU = system price + facility $/W × IT watts per GPU"),
             Text::tr("%1 + %2 × %3 = %4")
                 .arg(usdText(price), usdText(m_params.facilityUsdPerWIt),
                      wattsText(m_result.itWattsPerGpu), usdText(m_params.capexPerGpuUsd)));
    }

    void funding(const YearResult& y)
    {
        const int first = std::min(m_params.yearFrom, m_params.yearTo);
        slider(Text::tr("Funding, first year"), billions(m_params.fundingBusdPerYear * 1e9));
        slider(Text::tr("Funding growth"), percentText(m_params.fundingGrowthPct));
        step(Text::tr("Funding in Y = first-year funding × (1 + growth)^(Y − first year)"),
             Text::tr("%1 × (1 + %2)^(%3 − %4) = %5")
                 .arg(billions(m_params.fundingBusdPerYear * 1e9),
                      percentText(m_params.fundingGrowthPct))
                 .arg(y.year)
                 .arg(first)
                 .arg(billions(y.fundingUsd)));
    }

    // The what-if's installed GPUs: the smaller of what the power holds and what the money buys.
    void installed(const YearResult& y)
    {
        itPower(y);
        modelWatts(false);
        step(Text::tr("GPUs that fit = IT power online / IT watts per GPU"),
             Text::tr("%1 / %2 = %3")
                 .arg(mwText(y.itMw), wattsText(m_result.itWattsPerGpu), gpusText(y.gpusPowerFit)));
        funding(y);
        capexPerGpu();
        const int lifetime = std::max(1, m_params.lifetimeYears);
        slider(Text::tr("GPU lifetime"), Text::tr("%n years", nullptr, m_params.lifetimeYears));
        QStringList paid;
        for (int past = std::max(0, m_index - lifetime + 1); past <= m_index; ++past)
            paid << Text::tr("%1 (%2)")
                        .arg(billions(m_years[past].fundingUsd))
                        .arg(m_years[past].year);
        step(Text::tr("GPUs paid for = Σ funding(y) / capex per GPU, y in (Y − lifetime, Y]"),
             Text::tr("(%1) / %2 = %3")
                 .arg(paid.join(QStringLiteral(" + ")),
                      usdText(std::max(m_params.capexPerGpuUsd, 1.0)), gpusText(y.gpusFunded)));
        step(Text::tr("Installed GPUs = the smaller of GPUs that fit and GPUs paid for"),
             Text::tr("min(%1, %2) = %3 GPUs; %4")
                 .arg(gpusText(y.gpusPowerFit), gpusText(y.gpusFunded), gpusText(y.gpusInstalled),
                      bindsText(y.binds)));
    }

    void whatIfH100e(const YearResult& y)
    {
        installed(y);
        h100ePerGpu();
        step(Text::tr("H100e = installed GPUs × H100e per GPU"),
             Text::tr("%1 × %2 = %3")
                 .arg(gpusText(y.gpusInstalled), factorText(m_result.h100ePerGpu),
                      gpusText(y.h100e)));
    }

    void h100ePerGpu()
    {
        if (m_model)
            catalogue(*m_model, h100eName(*m_model), factorText(m_result.h100ePerGpu));
    }

    // As recorded: each counted site's chips, summed.
    void recordedGpus(const YearResult& y)
    {
        const QVector<int> sites = online();
        listSites(sites, Text::tr("The %n counted sites, each with the fleet its phases count",
                                  nullptr, int(sites.size())));
        step(Text::tr("GPUs installed = Σ over the sites Σ over the models n(s, m)"),
             Text::tr("%n sites: %1 GPUs", nullptr, int(sites.size()))
                 .arg(gpusText(y.gpusInstalled)));
    }

    void recordedH100e(const YearResult& y)
    {
        const QVector<int> sites = online();
        listSites(sites, Text::tr("The %n counted sites, each with its H100e (as stated, else its "
                                  "chips × each model's H100e)",
                                  nullptr, int(sites.size())));
        step(Text::tr("H100e = Σ over the sites H100e of s"),
             Text::tr("%n sites: %1 H100e", nullptr, int(sites.size())).arg(gpusText(y.h100e)));
    }

    // A site's share of the installed GPUs: its IT MW × installed GPUs / IT power online.
    void shareStep(const QString& formula, double siteMw, const YearResult& y, double gpus)
    {
        engine(Text::tr("Installed GPUs"), gpusText(y.gpusInstalled));
        engine(Text::tr("IT power online"), mwText(y.itMw));
        step(formula,
             Text::tr("%1 × %2 / %3 = %4")
                 .arg(mwText(siteMw), gpusText(y.gpusInstalled), mwText(y.itMw), gpusText(gpus)));
    }

    void largestSite(const YearResult& y)
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

    void largestCluster(const YearResult& y)
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
                 .arg(mwText(largest), mwText(sum - largest),
                      percentText(m_params.multiSiteLossPct), mwText(effective)));
        shareStep(Text::tr("Cluster GPUs = effective MW × installed GPUs / IT power online"),
                  effective, y, y.largestClusterGpus);
        if (m_request.metric == ExplainedMetric::LargestClusterH100e) {
            h100ePerGpu();
            step(Text::tr("Cluster H100e = cluster GPUs × H100e per GPU"),
                 Text::tr("%1 × %2 = %3")
                     .arg(gpusText(y.largestClusterGpus), factorText(m_result.h100ePerGpu),
                          gpusText(y.largestClusterH100e)));
        }
    }

    void whatIfDemand(const YearResult& y)
    {
        modelWatts(true);
        engine(Text::tr("Installed GPUs"), gpusText(y.gpusInstalled));
        step(Text::tr("Facility demand = installed GPUs × all-in watts per GPU"),
             Text::tr("%1 × %2 = %3")
                 .arg(gpusText(y.gpusInstalled), wattsText(m_result.allInWattsPerGpu),
                      gwText(y.facilityDemandGw)));
    }

    // Each catalogue model's chips in the counted fleets this year (as recorded), by the engine.
    QVector<QVector<double>> modelGpus() const
    {
        return sumSitePower(m_atlas, m_params).fleet[scopeIndex(m_request.scope)].modelGpus;
    }

    void recordedDemand(const YearResult& y)
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
        step(
            Text::tr("Facility demand = Σ over the models n(m) × TDP(m) × overhead(m) × PUE"),
            Text::tr("%1 = %2").arg(terms.join(QStringLiteral(" + ")), gwText(y.facilityDemandGw)));
    }

    void capacity(const YearResult& y)
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
        listSites(sites, Text::tr("The %n sites whose IT power sums to the IT power online",
                                  nullptr, int(sites.size())));
        slider(Text::tr("PUE"), factorText(m_params.pue));
        m_out.value = m_request.operatorId ? mw * m_params.pue / 1000.0 : y.facilityCapacityGw;
        step(Text::tr("Facility capacity = IT power online × PUE"),
             Text::tr("%1 × %2 = %3")
                 .arg(mwText(mw), factorText(m_params.pue), gwText(m_out.value)));
    }

    // Purchases that keep `target` (GPUs per year) when each lasts a lifetime, then × capex.
    void whatIfCapex(const YearResult& y)
    {
        const bool needed = m_request.metric == ExplainedMetric::CapexNeededUsd;
        QVector<double> target;
        for (const YearResult& year : m_years)
            target << (needed ? year.gpusPowerFit : year.gpusInstalled);
        const int lifetime = std::max(1, m_params.lifetimeYears);
        const QVector<double> bought = purchasesToKeep(target, lifetime);
        engine(needed ? Text::tr("GPUs that fit") : Text::tr("Installed GPUs"),
               gpusText(target[m_index]));
        slider(Text::tr("GPU lifetime"), Text::tr("%n years", nullptr, m_params.lifetimeYears));
        capexPerGpu();
        step(Text::tr("Purchases in Y = the fleet in Y − the GPUs bought in the years before "
                      "that still last"),
             Text::tr("%1 − %2 = %3")
                 .arg(gpusText(target[m_index]), gpusText(target[m_index] - bought[m_index]),
                      gpusText(bought[m_index])));
        const double capex = std::max(m_params.capexPerGpuUsd, 1.0);
        step(needed ? Text::tr("Capex needed = purchases to fill the power × capex per GPU")
                    : Text::tr("Capex spent = purchases of the installed GPUs × capex per GPU"),
             Text::tr("%1 × %2 = %3")
                 .arg(gpusText(bought[m_index]), usdText(capex),
                      billions(needed ? y.capexNeededUsd : y.capexSpentUsd)));
    }

    void recordedCapex(const YearResult& y)
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

    // One site's bar: its power, and its GPUs (its share, or as recorded its fleet).
    bool site(const YearResult& y)
    {
        const QVector<SiteAllocation> all =
            allocateSites(m_atlas, m_params, m_result, m_request.year);
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
            shareStep(Text::tr("A site's GPUs = its IT MW × installed GPUs / IT power online"), mw,
                      y, gpus);
        m_out.value = gpus;
        m_out.valueText = gpusShort(gpus);
        return true;
    }

    const Dataset& m_data;
    const PreparedAtlas& m_atlas;
    const ScenarioParams& m_params;
    const ScenarioResult& m_result;
    const ExplainRequest& m_request;
    const QVector<YearResult>& m_years;
    const GpuModel* m_model;
    const QVector<char> m_counted;
    int m_index = -1;
    Explanation m_out;
};

} // namespace

Explanation explain(const Dataset& data, const PreparedAtlas& atlas, const ScenarioParams& params,
                    const ScenarioResult& result, const ExplainRequest& request)
{
    return Builder(data, atlas, params, result, request).run();
}

} // namespace atlas
