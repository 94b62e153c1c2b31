// SPDX-License-Identifier: GPL-3.0-or-later
// The range, step and unit of each scenario parameter: what the sliders offer and what a
// loaded scenario is brought into.
#pragma once

#include "core/scenario/scenarioparams.h"

#include <QString>
#include <QVector>

namespace atlas {

enum class ParameterKey {
    TdpW,
    Overhead,
    Pue,
    FundingBusdPerYear,
    FundingGrowthPct,
    CapexPerGpuUsd,
    FacilityUsdPerWIt,
    LifetimeYears,
    MultiSiteLossPct,
    RouteFactor,
    YearFrom,
    YearTo
};

struct ParameterSpec
{
    ParameterKey key;
    const char* jsonKey;
    QString label;   // "Chip power"
    QString unit;    // "W"
    double minimum;
    double maximum;
    double step;     // one slider step
    int decimals;    // as shown
    double displayScale; // shown value = value × displayScale (capex is shown in $k)
    QString toolTip; // what it means and where the default comes from
    // 0: the slider's travel is linear. Otherwise it is logarithmic in (value - minimum +
    // logOffset), so a range spanning orders of magnitude ($0-1000B) keeps its usual values
    // away from the far left; the offset sets where the low end stops being compressed.
    double logOffset = 0;
};

// Where a value sits along its slider's travel (0 = left, 1 = right), and back (rounded to
// the spec's step and kept in range).
double travelOf(const ParameterSpec& spec, double value);
double valueAtTravel(const ParameterSpec& spec, double travel);

const QVector<ParameterSpec>& parameterSpecs();
const ParameterSpec& parameterSpec(ParameterKey key);

double parameterValue(const ScenarioParams& params, ParameterKey key);
void setParameterValue(ScenarioParams* params, ParameterKey key, double value);

} // namespace atlas
