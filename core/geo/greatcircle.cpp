// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/geo/greatcircle.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace atlas {
namespace {

constexpr double kRadPerDeg = std::numbers::pi / 180.0;

struct Vec3
{
    double x, y, z;
};

Vec3 toUnit(LonLat p)
{
    const double lon = p.lon * kRadPerDeg, lat = p.lat * kRadPerDeg;
    return {std::cos(lat) * std::cos(lon), std::cos(lat) * std::sin(lon), std::sin(lat)};
}

LonLat fromUnit(Vec3 v)
{
    return {std::atan2(v.y, v.x) / kRadPerDeg, std::atan2(v.z, std::hypot(v.x, v.y)) / kRadPerDeg};
}

} // namespace

double greatCircleKm(LonLat a, LonLat b)
{
    // Haversine: well conditioned for the short distances between nearby sites.
    const double dLat = (b.lat - a.lat) * kRadPerDeg;
    const double dLon = (b.lon - a.lon) * kRadPerDeg;
    const double h = std::pow(std::sin(dLat / 2), 2) +
                     std::cos(a.lat * kRadPerDeg) * std::cos(b.lat * kRadPerDeg) *
                         std::pow(std::sin(dLon / 2), 2);
    return 2 * kEarthMeanRadiusKm * std::asin(std::min(1.0, std::sqrt(h)));
}

QVector<LonLat> greatCirclePath(LonLat a, LonLat b, int points)
{
    points = std::max(points, 2);
    const Vec3 u = toUnit(a), v = toUnit(b);
    const double dot = std::clamp(u.x * v.x + u.y * v.y + u.z * v.z, -1.0, 1.0);
    const double omega = std::acos(dot);
    QVector<LonLat> path;
    path.reserve(points);
    for (int i = 0; i < points; ++i) {
        const double t = double(i) / (points - 1);
        if (omega < 1e-12) {
            path.append({a.lon + t * (b.lon - a.lon), a.lat + t * (b.lat - a.lat)});
            continue;
        }
        // Spherical linear interpolation between the two unit vectors.
        const double s = std::sin(omega);
        const double wa = std::sin((1 - t) * omega) / s, wb = std::sin(t * omega) / s;
        path.append(fromUnit({wa * u.x + wb * v.x, wa * u.y + wb * v.y, wa * u.z + wb * v.z}));
    }
    path.first() = a;
    path.last() = b;
    return path;
}

} // namespace atlas
