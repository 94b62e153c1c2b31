// SPDX-License-Identifier: GPL-3.0-or-later
// The dataset in the shape the scenario engine reads fast: each site's capacity as yearly
// steps (counting every phase, and counting only the recorded ones: a source's projections
// left out), the links with the year they come into use, and, for each year a link comes into
// use, which sites form one fiber-connected cluster. Built when the data changes, not when a
// slider moves.
#pragma once

#include "core/domain/capacity.h"
#include "core/domain/dataset.h"

#include <QVector>

#include <algorithm>
#include <array>
#include <climits>

namespace atlas {

// Index of a scope in the per-scope arrays below: 0 every phase, 1 the recorded ones only.
inline int scopeIndex(PhaseScope scope)
{
    return scope == PhaseScope::All ? 0 : 1;
}
inline constexpr PhaseScope kScopes[] = {PhaseScope::All, PhaseScope::RecordedOnly};

struct PreparedLink
{
    int siteA = 0; // indices into PreparedAtlas::siteIds
    int siteB = 0;
    int activeFromYear = INT_MAX; // INT_MIN: always; INT_MAX: never (planned, no date)
    double greatCircleKm = 0;
    Id id = 0;
};

// Chips of one model in a site's fleet.
struct PreparedChips
{
    int model = -1; // index into PreparedAtlas::gpuModels; -1: a model not in the catalogue
    double count = 0;
};

// What a site has from the end of a step's year (docs/scenario-model.md, "As recorded").
struct SiteState
{
    double itMw = 0;  // stated, or derived from its chips
    double gpus = 0;  // the chips its fleet counts
    double h100e = 0; // as stated; else its chips × each model's H100e
    int chipsBegin = 0,
        chipsEnd = 0;    // its counted chips: PreparedAtlas::chips[chipsBegin .. chipsEnd)
    bool online = false; // some phase has come online
};

class PreparedAtlas
{
public:
    QVector<Id> siteIds;
    QVector<int> siteOperator; // index into operatorIds, per site
    QVector<Id> operatorIds;
    // Site i's capacity steps are stepYear/stepState[scope][stepBegin[i] .. stepBegin[i + 1]):
    // from the end of stepYear the site has the state of that step. Both scopes step at the
    // same years (those of every phase).
    QVector<int> stepBegin;
    QVector<int> stepYear;
    // By scopeIndex(); the recorded steps are left empty when nothing is projected: read them
    // through states().
    std::array<QVector<SiteState>, 2> stepState;
    QVector<PreparedChips> chips;
    // Some phase is projected: the recorded scope differs from all phases. When not, the
    // recorded tables are left empty and the engine sums once.
    bool hasProjections = false;
    const QVector<SiteState>& states(PhaseScope scope) const
    {
        return stepState[scope == PhaseScope::RecordedOnly && hasProjections ? 1 : 0];
    }

    // IT power as a table, one row per year from firstYear: row y holds every site's IT MW at
    // the end of firstYear + y. Years after the last row are as the last row; years before
    // firstYear have no power. The engine reads rows, which is cache- and vector-friendly.
    int firstYear = 0;
    int yearRows = 0;
    QVector<double> mwByYear;         // every phase
    QVector<double> recordedMwByYear; // recorded phases only; empty without projections
    const double* mwRow(int year, PhaseScope scope = PhaseScope::All) const
    {
        if (yearRows == 0 || year < firstYear)
            return nullptr;
        const QVector<double>& table =
            scope == PhaseScope::RecordedOnly && hasProjections ? recordedMwByYear : mwByYear;
        return table.constData() +
               qsizetype(std::min(year - firstYear, yearRows - 1)) * siteIds.size();
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
    // Site i at the end of `year`; nullptr before its first phase.
    const SiteState* stateAt(int site, int year, PhaseScope scope = PhaseScope::All) const;
};

PreparedAtlas prepareAtlas(const Dataset& data);

} // namespace atlas
