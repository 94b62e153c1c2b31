// SPDX-License-Identifier: GPL-3.0-or-later
// The numbers behind a chart as a table: one row per year (per site for the sites chart),
// columns named with their units, the title, the scenario, its assumptions and the sources as
// notes. Made from the same ChartInputs (the same ScenarioResult) and the same functions
// (chartdata.h) that the chart draws with; the chart's Export Data (CSV) and Copy as Table and
// `compute-atlas export-chart NAME --out FILE.csv` all write this one table.
#pragma once

#include "ui/charts/scenariochart.h"
#include "core/io/datatable.h"

namespace atlas::charts {

io::DataTable chartTable(ChartKind kind, const ChartInputs& inputs);

} // namespace atlas::charts
