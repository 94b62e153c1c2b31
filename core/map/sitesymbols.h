// SPDX-License-Identifier: GPL-3.0-or-later
// The size of a site on the map: a circle whose area is in proportion to its IT power, the
// same in pixels at every zoom (a symbol, not a footprint).
#pragma once

#include <algorithm>
#include <cmath>

namespace atlas {

inline constexpr double kRadiusAtOneGigawatt = 16.0; // pixels
inline constexpr double kMinimumSiteRadius = 2.5;    // an online site with no power figure

inline double siteRadius(double itMw)
{
    return std::max(kMinimumSiteRadius, kRadiusAtOneGigawatt * std::sqrt(std::max(0.0, itMw) / 1000.0));
}

} // namespace atlas
