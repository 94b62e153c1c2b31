// SPDX-License-Identifier: GPL-3.0-or-later
// The few numbers a briefing leads with, for a year of a scenario: the largest cluster (GPUs
// and H100-equivalents), the gigawatts the GPUs draw, the money (funding against what the
// power online would need), and what binds. Presentation mode and the dashboard export show
// the same words. A figure that counting the sources' projections changes is marked.
#pragma once

#include "core/scenario/explanation.h"
#include "core/scenario/scenarioresult.h"

#include <QString>
#include <QVector>

namespace atlas {

struct HeadlineFigure
{
    QString label;  // "Largest cluster"
    QString value;  // "1.5M H100e"
    QString detail; // "720k GPUs at 3 sites · 1.1 GW"
    // The figure rests on a source's projections: the label says so, the detail begins with
    // what is recorded.
    bool projected = false;
    // What "How was this computed?" explains for the card (its value).
    ExplainedMetric explains = ExplainedMetric::Gpus;
};

// Empty when the year is outside the scenario.
QVector<HeadlineFigure> headlineFigures(const ScenarioResult& result, int year);

} // namespace atlas
