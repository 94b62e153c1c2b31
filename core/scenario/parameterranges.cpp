// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scenario/parameterranges.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace atlas {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(atlas::ParameterSpecs)
};

} // namespace

// The texts are translated once, on first use (the translators are installed before).
const QVector<ParameterSpec>& parameterSpecs()
{
    static const QVector<ParameterSpec> specs = {
        {ParameterKey::TdpW, "tdpW", Text::tr("Chip power"), QStringLiteral("W"), 100, 3000, 10, 0,
         1,
         Text::tr("The GPU's rated power (TDP). Defaults to the model's: 700 W for an H100, "
                  "1,200 W for a GB200."), 0},
        {ParameterKey::Overhead, "overhead", Text::tr("Server overhead"), QStringLiteral("×"), 1.0,
         3.0, 0.01, 2, 1,
         Text::tr("Server and network watts per chip watt: 1.82 for 8-GPU HGX/DGX servers "
                  "(DGX H100: 10.2 kW / 8 GPUs), about 1.45 for NVL72 racks."), 0},
        {ParameterKey::Pue, "pue", Text::tr("PUE"), QStringLiteral("×"), 1.0, 2.0, 0.01, 2, 1,
         Text::tr("Facility watts per IT watt. 1.14 for AI-specialised facilities in 2023 "
                  "(Epoch AI); the industry average was 1.56-1.58."), 0},
        {ParameterKey::FundingBusdPerYear, "fundingBusdPerYear", Text::tr("Funding"),
         Text::tr("$B/yr", "unit"), 0, 1000, 5, 0, 1,
         Text::tr("Money for GPUs and facilities in the first year. Default $75B: the "
                  "middle of the $50-100B the seed says must be raised. The slider's travel is "
                  "logarithmic, so $100B sits near its middle."), 10},
        {ParameterKey::FundingGrowthPct, "fundingGrowthPct", Text::tr("Funding growth"),
         Text::tr("%/yr", "unit"), -50, 200, 5, 0, 1,
         Text::tr("How much the funding grows each year (an assumption: no source)."), 0},
        {ParameterKey::CapexPerGpuUsd, "capexPerGpuUsd", Text::tr("Capex per GPU"),
         Text::tr("$k", "unit"), 5000, 250000, 500, 1, 0.001,
         Text::tr("All-in cost per GPU: the system price per GPU plus the facility at "
                  "$/W of IT power. Derived from the model unless pinned."), 0},
        {ParameterKey::FacilityUsdPerWIt, "facilityUsdPerWIt", Text::tr("Facility cost"),
         Text::tr("$/W IT", "unit"), 0, 50, 0.5, 1, 1,
         Text::tr("Building, power and cooling per watt of IT power. 14: what makes a GB200 "
                  "NVL72 data center cost Epoch AI's $38B per GW."), 0},
        {ParameterKey::LifetimeYears, "lifetimeYears", Text::tr("GPU lifetime"),
         Text::tr("years", "unit"), 1, 10, 1, 0, 1,
         Text::tr("Years a GPU stays in service (an assumption: 5, the usual depreciation)."), 0},
        {ParameterKey::MultiSiteLossPct, "multiSiteLossPct", Text::tr("Multi-site loss"),
         QStringLiteral("%"), 0, 100, 1, 0, 1,
         Text::tr("Efficiency lost by each site beyond the largest in a fiber-linked "
                  "cluster. Default 20; the seed asks '20% loss, 50% loss?'"), 0},
        {ParameterKey::RouteFactor, "routeFactor", Text::tr("Fiber route factor"),
         QStringLiteral("×"), 1.0, 3.0, 0.05, 2, 1,
         Text::tr("Fiber route length over the great-circle distance (an assumption; "
                  "1.2-1.5 is typical)."), 0},
        {ParameterKey::YearFrom, "yearFrom", Text::tr("From"), QString(), 2015, 2050, 1, 0, 1,
         Text::tr("First year of the charts; funding starts here."), 0},
        {ParameterKey::YearTo, "yearTo", Text::tr("To"), QString(), 2015, 2060, 1, 0, 1,
         Text::tr("Last year of the charts."), 0},
    };
    return specs;
}

double travelOf(const ParameterSpec& spec, double value)
{
    const double span = spec.maximum - spec.minimum;
    if (span <= 0)
        return 0;
    const double from = std::clamp(value, spec.minimum, spec.maximum) - spec.minimum;
    if (spec.logOffset <= 0)
        return from / span;
    return std::log1p(from / spec.logOffset) / std::log1p(span / spec.logOffset);
}

double valueAtTravel(const ParameterSpec& spec, double travel)
{
    const double span = spec.maximum - spec.minimum;
    const double t = std::clamp(travel, 0.0, 1.0);
    const double from = spec.logOffset <= 0
                            ? t * span
                            : spec.logOffset * std::expm1(t * std::log1p(span / spec.logOffset));
    const double stepped = spec.step > 0 ? std::round(from / spec.step) * spec.step : from;
    return std::clamp(spec.minimum + stepped, spec.minimum, spec.maximum);
}

const ParameterSpec& parameterSpec(ParameterKey key)
{
    return parameterSpecs()[int(key)];
}

double parameterValue(const ScenarioParams& p, ParameterKey key)
{
    switch (key) {
    case ParameterKey::TdpW: return p.tdpW;
    case ParameterKey::Overhead: return p.overhead;
    case ParameterKey::Pue: return p.pue;
    case ParameterKey::FundingBusdPerYear: return p.fundingBusdPerYear;
    case ParameterKey::FundingGrowthPct: return p.fundingGrowthPct;
    case ParameterKey::CapexPerGpuUsd: return p.capexPerGpuUsd;
    case ParameterKey::FacilityUsdPerWIt: return p.facilityUsdPerWIt;
    case ParameterKey::LifetimeYears: return p.lifetimeYears;
    case ParameterKey::MultiSiteLossPct: return p.multiSiteLossPct;
    case ParameterKey::RouteFactor: return p.routeFactor;
    case ParameterKey::YearFrom: return p.yearFrom;
    case ParameterKey::YearTo: return p.yearTo;
    }
    return 0;
}

void setParameterValue(ScenarioParams* p, ParameterKey key, double value)
{
    const ParameterSpec& spec = parameterSpec(key);
    if (!std::isfinite(value))
        return;
    value = std::clamp(value, spec.minimum, spec.maximum);
    switch (key) {
    case ParameterKey::TdpW: p->tdpW = value; break;
    case ParameterKey::Overhead: p->overhead = value; break;
    case ParameterKey::Pue: p->pue = value; break;
    case ParameterKey::FundingBusdPerYear: p->fundingBusdPerYear = value; break;
    case ParameterKey::FundingGrowthPct: p->fundingGrowthPct = value; break;
    case ParameterKey::CapexPerGpuUsd: p->capexPerGpuUsd = value; break;
    case ParameterKey::FacilityUsdPerWIt: p->facilityUsdPerWIt = value; break;
    case ParameterKey::LifetimeYears: p->lifetimeYears = int(std::lround(value)); break;
    case ParameterKey::MultiSiteLossPct: p->multiSiteLossPct = value; break;
    case ParameterKey::RouteFactor: p->routeFactor = value; break;
    case ParameterKey::YearFrom: p->yearFrom = int(std::lround(value)); break;
    case ParameterKey::YearTo: p->yearTo = int(std::lround(value)); break;
    }
}

} // namespace atlas
