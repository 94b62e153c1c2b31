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

void ExplanationBuilder::itPower(const YearResult& y)
{
    const QVector<int> sites = online();
    listSites(sites, Text::tr("The %n counted sites with power in the year, whose IT power "
                              "sums to the IT power online",
                              nullptr, int(sites.size())));
    step(Text::tr("IT power online = Σ IT MW of the counted sites"),
         Text::tr("%n sites: %1", nullptr, int(sites.size())).arg(mwText(y.itMw)));
}

void ExplanationBuilder::modelWatts(bool allIn)
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

void ExplanationBuilder::capexPerGpu()
{
    if (m_params.capexPinned || !m_model) {
        slider(Text::tr("Capex per GPU"), usdText(m_params.capexPerGpuUsd), m_params.capexPinned);
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

void ExplanationBuilder::funding(const YearResult& y)
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

void ExplanationBuilder::installed(const YearResult& y)
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
        paid << Text::tr("%1 (%2)").arg(billions(m_years[past].fundingUsd)).arg(m_years[past].year);
    step(Text::tr("GPUs paid for = Σ funding(y) / capex per GPU, y in (Y − lifetime, Y]"),
         Text::tr("(%1) / %2 = %3")
             .arg(paid.join(QStringLiteral(" + ")), usdText(std::max(m_params.capexPerGpuUsd, 1.0)),
                  gpusText(y.gpusFunded)));
    step(Text::tr("Installed GPUs = the smaller of GPUs that fit and GPUs paid for"),
         Text::tr("min(%1, %2) = %3 GPUs; %4")
             .arg(gpusText(y.gpusPowerFit), gpusText(y.gpusFunded), gpusText(y.gpusInstalled),
                  bindsText(y.binds)));
}

void ExplanationBuilder::whatIfH100e(const YearResult& y)
{
    installed(y);
    h100ePerGpu();
    step(Text::tr("H100e = installed GPUs × H100e per GPU"),
         Text::tr("%1 × %2 = %3")
             .arg(gpusText(y.gpusInstalled), factorText(m_result.h100ePerGpu), gpusText(y.h100e)));
}

void ExplanationBuilder::h100ePerGpu()
{
    if (m_model)
        catalogue(*m_model, h100eName(*m_model), factorText(m_result.h100ePerGpu));
}

void ExplanationBuilder::shareStep(const QString& formula, double siteMw, const YearResult& y,
                                   double gpus)
{
    engine(Text::tr("Installed GPUs"), gpusText(y.gpusInstalled));
    engine(Text::tr("IT power online"), mwText(y.itMw));
    step(formula,
         Text::tr("%1 × %2 / %3 = %4")
             .arg(mwText(siteMw), gpusText(y.gpusInstalled), mwText(y.itMw), gpusText(gpus)));
}

void ExplanationBuilder::whatIfDemand(const YearResult& y)
{
    modelWatts(true);
    engine(Text::tr("Installed GPUs"), gpusText(y.gpusInstalled));
    step(Text::tr("Facility demand = installed GPUs × all-in watts per GPU"),
         Text::tr("%1 × %2 = %3")
             .arg(gpusText(y.gpusInstalled), wattsText(m_result.allInWattsPerGpu),
                  gwText(y.facilityDemandGw)));
}

void ExplanationBuilder::whatIfCapex(const YearResult& y)
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

} // namespace atlas
