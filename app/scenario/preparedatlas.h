// SPDX-License-Identifier: GPL-3.0-or-later
// The dataset in the shape the scenario engine reads fast: each site's power as yearly steps,
// the links with the year they come into use, and, for each year a link comes into use, which
// sites form one fiber-connected cluster. Built when the data changes, not when a slider
// moves.
#pragma once

#include "domain/dataset.h"

#include <QVector>

#include <algorithm>
#include <climits>

namespace atlas {

struct PreparedLink
{
    int siteA = 0; // indices into PreparedAtlas::siteIds
    int siteB = 0;
    int activeFromYear = INT_MAX; // INT_MIN: always; INT_MAX: never (planned, no date)
    double greatCircleKm = 0;
    Id id = 0;
};

class PreparedAtlas
{
public:
    QVector<Id> siteIds;
    QVector<int> siteOperator; // index into operatorIds, per site
    QVector<Id> operatorIds;
    // Site i's capacity steps are stepYear/stepMw[stepBegin[i] .. stepBegin[i + 1]): from the
    // end of stepYear the site has stepMw of IT power (stated, or derived from its GPUs).
    QVector<int> stepBegin;
    QVector<int> stepYear;
    QVector<double> stepMw;
    // The same as a table, one row per year from firstYear: row y holds every site's IT MW at
    // the end of firstYear + y. Years after the last row are as the last row; years before
    // firstYear have no power. The engine reads rows, which is cache- and vector-friendly.
    int firstYear = 0;
    int yearRows = 0;
    QVector<double> mwByYear;
    const double* mwRow(int year) const
    {
        if (yearRows == 0 || year < firstYear)
            return nullptr;
        return mwByYear.constData() + qsizetype(std::min(year - firstYear, yearRows - 1)) * siteIds.size();
    }

    QVector<PreparedLink> links; // sorted by activeFromYear

    // Clusters of all sites (no operator filter) as links come into use: epoch e starts in
    // epochYear[e]; epochComponent[e][site] is a dense number below epochComponentCount[e]
    // for a site joined to others, -1 for a site alone. Before the first epoch every site is
    // alone.
    QVector<int> epochYear;
    QVector<QVector<int>> epochComponent;
    QVector<int> epochComponentCount;

    QVector<GpuModel> gpuModels;

    int siteCount() const { return int(siteIds.size()); }
    int operatorIndex(Id operatorId) const { return int(operatorIds.indexOf(operatorId)); }
    // IT MW of site i at the end of `year`.
    double siteMwAt(int site, int year) const;
};

PreparedAtlas prepareAtlas(const Dataset& data);

} // namespace atlas
