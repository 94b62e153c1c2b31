// SPDX-License-Identifier: GPL-3.0-or-later
// The sites an explained figure rests on (explanation.h): each site's power and fleet in the
// year as the engine has them, and the phases that give them, with their sources.
#pragma once

#include "core/scenario/explanation.h"

namespace atlas {

// The counted sites (countedSites()) with power or a fleet at the end of `year`, as indices
// into PreparedAtlas::siteIds.
QVector<int> sitesOnline(const PreparedAtlas& atlas, const QVector<char>& counted, int year,
                         PhaseScope scope);

// The sites `indices` at the end of `year`, largest IT power first.
QVector<ExplainedSite> explainSites(const Dataset& data, const PreparedAtlas& atlas,
                                    const QVector<int>& indices, int year, PhaseScope scope);

// Every source the explanation's inputs and sites cite, once each, in the order first cited.
QVector<Source> citedSources(const Dataset& data, const Explanation& explanation);

} // namespace atlas
