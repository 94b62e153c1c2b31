// SPDX-License-Identifier: GPL-3.0-or-later
// A site's facts in words, the same in the tables, their tooltips, the site form and the
// details pane: where it is, and its fleet (a phase's or a site's chips): which chips, and
// how many of each.
#pragma once

#include "core/domain/dataset.h"

#include <QStringList>

namespace atlas {

// "Abilene, TX", "LA" (no city), "Abilene"; empty when neither is known.
QString placeName(const Site& site);

// The model's name; "GPU not in the catalogue" for 0 or a model no longer there.
QString chipName(const Dataset& data, Id gpuModelId);
// The models in the fleet's order: "H100 SXM", "H100 SXM + GB200"; empty for no chips.
QString fleetModels(const Dataset& data, const QVector<ChipCount>& chips);
// One line per chip: "60,000 × H100 SXM", "GB200 (count not known)", "20,000 × B200
// (estimate)" — locale-formatted numbers, plain text.
QStringList fleetLines(const Dataset& data, const QVector<ChipCount>& chips);

} // namespace atlas
