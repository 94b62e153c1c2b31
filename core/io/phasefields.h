// SPDX-License-Identifier: GPL-3.0-or-later
// The fields of a phase as a row of a file gives them (internal to io/): a phases file's
// rows, and the power and GPU columns of a sites file. Only what the row gives changes a
// stored phase; the rest keeps its value.
#pragma once

#include "core/io/importcontext.h"

namespace atlas::io {

struct PhaseFields
{
    std::optional<std::pair<QDate, DatePrecision>> date;
    std::optional<double> itMw, facilityMw, h100e, capexUsd;
    std::optional<qint64> gpuCount;
    Id gpuModelId = 0;
    bool modelGiven = false;
    std::optional<bool> estimate, projected;
    QString note;

    // Whether the row gives any figure of a phase (a date alone is none).
    bool givesFigures() const
    {
        return itMw || facilityMw || h100e || capexUsd || gpuCount || modelGiven;
    }
    bool givesChip() const { return gpuCount || modelGiven; }
};

// Reads the phase's fields of a row; problems go to the context's plan.
PhaseFields readPhaseFields(ImportContext& context, const Record& record);

// Puts what `fields` gives into `phase` (a new one, or a stored one being updated). The chip
// replaces the fleet's line of the same model, or the fleet's only line when that names no
// model, and is added otherwise.
void applyPhaseFields(const PhaseFields& fields, SitePhase* phase);

} // namespace atlas::io
