// SPDX-License-Identifier: GPL-3.0-or-later
// Sums over the counted sites, per year, of one figure per site: its IT MW (the what-if) or
// its H100-equivalents (as recorded). The engine's hot loop (sites × years).
#pragma once

#include "core/scenario/preparedatlas.h"
#include "core/scenario/scenarioresult.h"

#include <QVector>

#include <array>
#include <functional>

namespace atlas {

struct RowTotals
{
    QVector<double> total;        // over the counted sites
    QVector<double> maxValue;     // the largest site's figure
    QVector<int> maxSite;         // which site that is (-1: none)
    QVector<double> clusterValue; // the members' sum in the cluster of the largest effective figure
    QVector<double> clusterEffective;     // its largest member + the rest × (1 − loss)
    QVector<int> clusterSites;            // how many members
    QVector<QVector<double>> perOperator; // [operator][year]
    // With carried rows (as recorded: IT MW and GPUs): their value at the largest site, and
    // their sum over the largest cluster's members.
    std::array<QVector<double>, 2> maxSiteCarried, clusterCarried;
};

// The rows of one year: every site's figure (nullptr: none anywhere that year) and, if
// wanted, two further figures carried along.
struct YearRows
{
    const double* value = nullptr;
    std::array<const double*, 2> carried = {nullptr, nullptr};
};

// `rowsOf(year)` gives the rows for each year from yearFrom; `loss` is the multi-site loss
// as a fraction.
RowTotals sumRows(const PreparedAtlas& atlas, const QVector<char>& counted, int yearFrom, int years,
                  double loss, const std::function<YearRows(int year)>& rowsOf);

// The counted sites that form the largest fiber-linked cluster sumRows() finds in `year` for
// the sites' figures `row` (their IT MW, or as recorded their H100e): the members of the
// cluster of the largest effective figure, or the largest site alone. For explaining a
// figure; the engine itself only keeps the cluster's sums.
QVector<int> largestClusterMembers(const PreparedAtlas& atlas, const QVector<char>& counted,
                                   int year, const double* row, double loss);

// The years' results as far as the sites' IT power `power` (summed by sumRows) gives them: the
// year, the IT power online and the facility capacity at `pue`.
QVector<YearResult> capacityYears(const RowTotals& power, int yearFrom, double pue);

} // namespace atlas
