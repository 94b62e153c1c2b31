// SPDX-License-Identifier: GPL-3.0-or-later
// The charts' shared translation context, "atlas::charts": the texts of the chart functions and
// classes (none of which is a QObject) are translated under it, so lupdate and the run time
// agree on where a translation is found.
#pragma once

#include <QCoreApplication>

namespace atlas::charts {

struct ChartsText
{
    Q_DECLARE_TR_FUNCTIONS(atlas::charts)
};

} // namespace atlas::charts
