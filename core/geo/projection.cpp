// SPDX-License-Identifier: GPL-3.0-or-later
// Formulas: Albers from Snyder, "Map Projections: A Working Manual" (USGS PP 1395, 1987),
// pp. 101-102 (forward) and 102 (inverse, by iteration). Equal Earth from Šavrič et al.,
// "The Equal Earth map projection", IJGIS 33 (2019), with Newton's method for the inverse.
#include "core/geo/projection.h"

#include <QVector>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace atlas {
namespace {

constexpr double kDeg = std::numbers::pi / 180.0;

// GRS 80.
constexpr double kA = 6378137.0;
constexpr double kF = 1.0 / 298.257222101;
constexpr double kE2 = 2 * kF - kF * kF;
const double kE = std::sqrt(kE2);

constexpr double kLat1 = 29.5, kLat2 = 45.5, kLat0 = 23.0, kLon0 = -96.0;

double mOf(double phi)
{
    const double s = std::sin(phi);
    return std::cos(phi) / std::sqrt(1 - kE2 * s * s);
}

// Equal Earth coefficients, and the authalic radius PROJ uses for +R in the tests.
constexpr double kA1 = 1.340264, kA2 = -0.081106, kA3 = 0.000893, kA4 = 0.003796;
const double kM = std::sqrt(3.0) / 2.0;
constexpr double kR = 6371008.7714;

} // namespace

AlbersUsa::AlbersUsa()
{
    const double m1 = mOf(kLat1 * kDeg), m2 = mOf(kLat2 * kDeg);
    const double q1 = q(std::sin(kLat1 * kDeg)), q2 = q(std::sin(kLat2 * kDeg));
    const double q0 = q(std::sin(kLat0 * kDeg));
    m_n = (m1 * m1 - m2 * m2) / (q2 - q1);
    m_c = m1 * m1 + m_n * q1;
    m_rho0 = kA * std::sqrt(m_c - m_n * q0) / m_n;
}

double AlbersUsa::q(double s) const
{
    return (1 - kE2) * (s / (1 - kE2 * s * s) - std::log((1 - kE * s) / (1 + kE * s)) / (2 * kE));
}

QPointF AlbersUsa::project(LonLat point) const
{
    const double rho =
        kA * std::sqrt(std::max(0.0, m_c - m_n * q(std::sin(point.lat * kDeg)))) / m_n;
    // Within ±180° of the centre; remainder() keeps both edges of the cut where they are
    // (+180° stays east, -180° west), as the cut lines and rings need.
    const double dLon = std::remainder(point.lon - kLon0, 360.0);
    const double theta = m_n * dLon * kDeg;
    return {rho * std::sin(theta), m_rho0 - rho * std::cos(theta)};
}

std::optional<LonLat> AlbersUsa::unproject(QPointF point) const
{
    const double x = point.x(), dy = m_rho0 - point.y();
    const double rho = std::hypot(x, dy);
    const double qv = (m_c - rho * rho * m_n * m_n / (kA * kA)) / m_n;
    if (std::abs(qv) > q(1.0) + 1e-12)
        return std::nullopt;
    const double theta = std::atan2(x, dy);
    double phi = std::asin(std::clamp(qv / 2, -1.0, 1.0));
    for (int i = 0; i < 20; ++i) {
        const double s = std::sin(phi), c = std::cos(phi);
        if (std::abs(c) < 1e-12)
            break;
        const double oneMinus = 1 - kE2 * s * s;
        const double delta = oneMinus * oneMinus / (2 * c) *
                             (qv / (1 - kE2) - s / oneMinus + std::log((1 - kE * s) / (1 + kE * s)) / (2 * kE));
        phi += delta;
        if (std::abs(delta) < 1e-14)
            break;
    }
    return LonLat{kLon0 + theta / m_n / kDeg, phi / kDeg};
}

double AlbersUsa::centralMeridian() const
{
    return kLon0;
}

QRectF AlbersUsa::extent() const
{
    // The contiguous US with a margin: about 125°W-66°W, 24°N-50°N.
    const QPointF sw = project({-119, 22}), nw = project({-127, 50}), ne = project({-64, 50}), se = project({-73, 22});
    const double left = std::min(sw.x(), nw.x()), right = std::max(ne.x(), se.x());
    const double bottom = std::min(sw.y(), se.y()), top = std::max(nw.y(), ne.y()) + 150000;
    return QRectF(QPointF(left, bottom), QPointF(right, top)).normalized();
}

QPointF EqualEarth::project(LonLat point) const
{
    const double lambda = point.lon * kDeg;
    const double theta = std::asin(kM * std::sin(point.lat * kDeg));
    const double t2 = theta * theta, t6 = t2 * t2 * t2;
    const double x = kR * lambda * std::cos(theta) / (kM * (kA1 + 3 * kA2 * t2 + t6 * (7 * kA3 + 9 * kA4 * t2)));
    const double y = kR * theta * (kA1 + kA2 * t2 + t6 * (kA3 + kA4 * t2));
    return {x, y};
}

std::optional<LonLat> EqualEarth::unproject(QPointF point) const
{
    const double y = point.y() / kR;
    double theta = y / kA1;
    for (int i = 0; i < 20; ++i) {
        const double t2 = theta * theta, t6 = t2 * t2 * t2;
        const double f = theta * (kA1 + kA2 * t2 + t6 * (kA3 + kA4 * t2)) - y;
        const double df = kA1 + 3 * kA2 * t2 + t6 * (7 * kA3 + 9 * kA4 * t2);
        const double step = f / df;
        theta -= step;
        if (std::abs(step) < 1e-14)
            break;
    }
    const double t2 = theta * theta, t6 = t2 * t2 * t2;
    const double denominator = kA1 + 3 * kA2 * t2 + t6 * (7 * kA3 + 9 * kA4 * t2);
    const double lambda = kM * point.x() / kR * denominator / std::cos(theta);
    const double sinPhi = std::sin(theta) / kM;
    if (std::abs(sinPhi) > 1 || std::abs(lambda) > std::numbers::pi + 1e-9)
        return std::nullopt;
    return LonLat{lambda / kDeg, std::asin(sinPhi) / kDeg};
}

QRectF EqualEarth::extent() const
{
    const double halfWidth = project({180, 0}).x();
    const double halfHeight = project({0, 90}).y();
    return QRectF(-halfWidth, -halfHeight, 2 * halfWidth, 2 * halfHeight);
}

QPointF WebMercator::project(LonLat point) const
{
    const double lat = std::clamp(point.lat, -kMaxLatitude, kMaxLatitude) * kDeg;
    return {kA * point.lon * kDeg, kA * std::log(std::tan(std::numbers::pi / 4 + lat / 2))};
}

std::optional<LonLat> WebMercator::unproject(QPointF point) const
{
    if (!std::isfinite(point.x()) || !std::isfinite(point.y()))
        return std::nullopt;
    return LonLat{point.x() / kA / kDeg, (2 * std::atan(std::exp(point.y() / kA)) - std::numbers::pi / 2) / kDeg};
}

QRectF WebMercator::extent() const
{
    const double half = kWorldMetres / 2;
    return QRectF(-half, -half, 2 * half, 2 * half);
}

std::unique_ptr<Projection> makeProjection(ProjectionKind kind)
{
    if (kind == ProjectionKind::AlbersUsa)
        return std::make_unique<AlbersUsa>();
    return std::make_unique<EqualEarth>();
}

ProjectionKind projectionFor(const QVector<LonLat>& points)
{
    for (const LonLat& p : points) {
        if (p.lon < -130 || p.lon > -60 || p.lat < 20 || p.lat > 52)
            return ProjectionKind::EqualEarth;
    }
    return ProjectionKind::AlbersUsa;
}

} // namespace atlas
