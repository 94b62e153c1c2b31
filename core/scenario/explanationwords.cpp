// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scenario/explanationwords.h"

#include "core/scenario/explanation.h"
#include "core/scenario/scenariocaption.h"
#include "core/scenario/scenarioparams.h"

#include <QLocale>

#include <cmath>

namespace atlas {
namespace explainwords {
namespace {

QString number(double value, int decimals = 0)
{
    return QLocale().toString(value, 'f', decimals);
}

} // namespace

QString gpusText(double gpus)
{
    return number(gpus);
}
QString mwText(double mw)
{
    return Text::tr("%1 MW").arg(number(mw, std::abs(mw) < 100 ? 1 : 0));
}
QString gwText(double gw)
{
    return Text::tr("%1 GW").arg(number(gw, 2));
}
QString wattsText(double w)
{
    return Text::tr("%1 W").arg(number(w));
}
QString usdText(double usd)
{
    return Text::tr("$%1", "US dollars").arg(number(usd));
}
QString billions(double usd)
{
    return Text::tr("$%1B", "billions of US dollars").arg(number(usd / 1e9, 1));
}
QString factorText(double value)
{
    return number(value, 2);
}
QString percentText(double pct)
{
    return Text::tr("%1%").arg(number(pct, pct == std::round(pct) ? 0 : 1));
}
QString gpusShort(double gpus)
{
    return Text::tr("%1 GPUs").arg(shortNumber(gpus));
}
QString h100eShort(double h100e)
{
    return Text::tr("%1 H100e").arg(shortNumber(h100e));
}
QString gwShort(double gw)
{
    return Text::tr("%1 GW").arg(number(gw, gw < 10 ? 1 : 0));
}

QString bindsText(Binding binds)
{
    switch (binds) {
    case Binding::Power:
        return Text::tr("power binds");
    case Binding::Money:
        return Text::tr("money binds");
    case Binding::Recorded:
        return Text::tr("as recorded");
    case Binding::None:
        break;
    }
    return Text::tr("nothing online or funded");
}

QString systemPriceName(const GpuModel& model)
{
    if (model.systemPriceUsd && *model.systemPriceUsd > 0)
        return Text::tr("System price per GPU (published, of its server or rack)");
    if (model.unitPriceUsd && *model.unitPriceUsd > 0)
        return Text::tr("System price per GPU (the chip's price × %1)")
            .arg(factorText(kServerPriceMultiplier));
    return Text::tr("System price per GPU (no price found: priced by compute, as the nearest "
                    "earlier priced model)");
}

QString h100eName(const GpuModel& model)
{
    if (model.bf16Tflops && *model.bf16Tflops > 0)
        return Text::tr("H100e per GPU (dense BF16 %1 TFLOPS / %2)")
            .arg(QLocale().toString(*model.bf16Tflops), QLocale().toString(kH100Bf16Tflops));
    if (model.fp8Tflops && *model.fp8Tflops > 0)
        return Text::tr("H100e per GPU (FP8 %1 TFLOPS / %2)")
            .arg(QLocale().toString(*model.fp8Tflops), QLocale().toString(kH100Fp8Tflops));
    return Text::tr("H100e per GPU (no rating: 1)");
}

} // namespace explainwords

QString explainedMetricName(ExplainedMetric metric)
{
    using explainwords::Text;
    switch (metric) {
    case ExplainedMetric::Gpus:
        return Text::tr("GPUs (scenario)");
    case ExplainedMetric::H100e:
        return Text::tr("H100e");
    case ExplainedMetric::LargestSiteGpus:
        return Text::tr("Largest site, GPUs (scenario)");
    case ExplainedMetric::LargestClusterH100e:
        return Text::tr("Largest cluster, H100e");
    case ExplainedMetric::LargestClusterGpus:
        return Text::tr("Largest cluster, GPUs");
    case ExplainedMetric::DemandGw:
        return Text::tr("Facility demand (GW)");
    case ExplainedMetric::CapacityGw:
        return Text::tr("Facility capacity online (GW)");
    case ExplainedMetric::FundingUsd:
        return Text::tr("Funding");
    case ExplainedMetric::CapexNeededUsd:
        return Text::tr("Capex needed");
    case ExplainedMetric::CapexSpentUsd:
        return Text::tr("Capex spent");
    case ExplainedMetric::SiteItMw:
        return Text::tr("Site IT power");
    case ExplainedMetric::SiteGpus:
        return Text::tr("Site GPUs (scenario)");
    }
    return {};
}

} // namespace atlas
