// SPDX-License-Identifier: GPL-3.0-or-later
// Saved scenarios in the database: save, save as, rename, delete. Each is an undoable write.
#pragma once

#include "core/domain/dataset.h"
#include "core/scenario/scenarioparams.h"
#include "core/store/changeset.h"

namespace atlas {

class AtlasDocument;

// Saves the parameters under a new name; returns the write's result (ids.first() is the new
// scenario's id). A name already in use is refused with a message.
WriteResult saveScenarioAs(AtlasDocument& document, const QString& name, const ScenarioParams& params,
                           const QString& note = {});
// Overwrites the saved scenario `id` with the parameters.
WriteResult saveScenario(AtlasDocument& document, Id id, const ScenarioParams& params);
WriteResult renameScenario(AtlasDocument& document, Id id, const QString& name);
WriteResult deleteScenario(AtlasDocument& document, Id id);

// The parameters a saved scenario holds. Settings the record leaves out take the defaults,
// those of its GPU model for chip power, overhead and capex.
ScenarioParams paramsOf(const Dataset& data, const ScenarioRecord& record, QString* error = nullptr);

// A name not yet used: "base", "base 2", "base 3", ...
QString unusedScenarioName(const AtlasDocument& document, const QString& base);

} // namespace atlas
