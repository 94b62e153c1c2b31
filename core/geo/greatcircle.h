// SPDX-License-Identifier: GPL-3.0-or-later
// Distances and paths on a sphere of the Earth's mean radius. The sphere is within 0.5% of
// the ellipsoid, far closer than a fiber route is to the great circle (route factor 1.2-1.5).
#pragma once

#include "core/geo/lonlat.h"

#include <QVector>

namespace atlas {

inline constexpr double kEarthMeanRadiusKm = 6371.0088; // IUGG mean radius R1

double greatCircleKm(LonLat a, LonLat b);

// Points along the great circle from a to b, both ends included; at least 2.
QVector<LonLat> greatCirclePath(LonLat a, LonLat b, int points);

} // namespace atlas
