// SPDX-License-Identifier: GPL-3.0-or-later
// Scenario parameters as the JSON stored in the scenarios table. Missing keys take the
// defaults and values outside the sliders' ranges are brought into them, so a scenario
// written by hand or by an older version still loads.
#pragma once

#include "core/scenario/scenarioparams.h"

#include <QString>

namespace atlas {

QString toJson(const ScenarioParams& params);
// `defaults` fills what the JSON does not say. Sets *error (if given) when the text is not a
// JSON object, and then returns the defaults.
ScenarioParams paramsFromJson(const QString& json, const ScenarioParams& defaults,
                              QString* error = nullptr);

} // namespace atlas
