// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace atlas {

// A point on the WGS 84 ellipsoid, in degrees, longitude first as in GeoJSON and the
// database.
struct LonLat
{
    double lon = 0;
    double lat = 0;
    friend bool operator==(const LonLat&, const LonLat&) = default;
};

} // namespace atlas
