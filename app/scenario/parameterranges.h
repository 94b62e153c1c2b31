// SPDX-License-Identifier: GPL-3.0-or-later
// The range, step and unit of each scenario parameter: what the sliders offer and what a
// loaded scenario is brought into.
#pragma once

#include "scenario/scenarioparams.h"

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
};

const QVector<ParameterSpec>& parameterSpecs();
const ParameterSpec& parameterSpec(ParameterKey key);

double parameterValue(const ScenarioParams& params, ParameterKey key);
void setParameterValue(ScenarioParams* params, ParameterKey key, double value);

} // namespace atlas
