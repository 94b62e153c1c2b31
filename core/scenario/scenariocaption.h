// SPDX-License-Identifier: GPL-3.0-or-later
// The words under an exported chart: the scenario's assumptions in one line, and the sources
// of the figures drawn.
#pragma once

#include "core/domain/dataset.h"
#include "core/scenario/scenarioparams.h"
#include "core/scenario/scenarioresult.h"

#include <QStringList>

namespace atlas {

// "GB200 (NVL72) · 1,200 W × 1.45 × PUE 1.14 = 1,984 W all-in · $66k per GPU · ..."; as
// recorded, "As recorded: each site's chips and H100e as its phases state them · ...".
QString scenarioCaption(const Dataset& data, const ScenarioParams& params);

// What the pictures' dashes mean, when some year rests on a source's projections; else empty.
QString projectionsNote(const ScenarioResult& result);

// "Sources: ...": the GPU model's source, the sources of the claims of `metrics`, and how
// many sources the counted sites' figures cite.
QString sourcesFootnote(const Dataset& data, const ScenarioParams& params, const QStringList& metrics);

// The short form of a large number: 1.2M, 340k, 5.1B.
QString shortNumber(double value);

} // namespace atlas
