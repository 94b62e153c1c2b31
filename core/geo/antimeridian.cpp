// SPDX-License-Identifier: GPL-3.0-or-later
// Rings are cut in "unwrapped" longitude: each step of a ring takes the short way round, so
// a ring that crosses the antimeridian runs on past ±180 (Russia reaches 190°, the Chukotka
// that lies at -170°). The strip of the map, -180..180 about the centre, is convex, so
// Sutherland-Hodgman clipping of the ring (and of its copies shifted by 360°) against it is
// exact; where one ring leaves several pieces, they are joined by edges that run along the
// antimeridian there and back, which enclose no area and so fill nothing.
#include "core/geo/antimeridian.h"

#include "core/geo/projection.h"

#include <QPointF>

#include <algorithm>
#include <cmath>
#include <utility>

namespace atlas {
namespace {

constexpr double kEpsilon = 1e-9;
constexpr double kEdgeStepDegrees = 0.5;

// A longitude about the centre, in [-180, 180] (±180 stay as they are).
double relative(double lon, double centre)
{
    return std::remainder(lon - centre, 360.0);
}

bool alongEdge(QPointF a, QPointF b)
{
    const bool meridian =
        std::abs(std::abs(a.x()) - 180) < kEpsilon && std::abs(a.x() - b.x()) < kEpsilon;
    const bool pole =
        std::abs(a.y()) > 90 - kEpsilon && std::abs(b.y()) > 90 - kEpsilon && a.y() * b.y() > 0;
    return meridian || pole;
}

// The closed polygon's part on one side of the meridian x = edge.
QVector<QPointF> clipAt(const QVector<QPointF>& polygon, double edge, bool keepWest)
{
    const auto inside = [edge, keepWest](QPointF p) {
        return keepWest ? p.x() <= edge : p.x() >= edge;
    };
    const auto crossing = [edge](QPointF a, QPointF b) {
        const double t = (edge - a.x()) / (b.x() - a.x());
        return QPointF(edge, a.y() + t * (b.y() - a.y()));
    };
    QVector<QPointF> out;
    out.reserve(polygon.size() + 4);
    for (int i = 0; i < polygon.size(); ++i) {
        const QPointF previous = polygon[i == 0 ? polygon.size() - 1 : i - 1], current = polygon[i];
        if (inside(current)) {
            if (!inside(previous))
                out.append(crossing(previous, current));
            out.append(current);
        } else if (inside(previous)) {
            out.append(crossing(previous, current));
        }
    }
    return out;
}

double area(const QVector<QPointF>& polygon)
{
    double twice = 0;
    for (int i = 0; i < polygon.size(); ++i) {
        const QPointF a = polygon[i], b = polygon[(i + 1) % polygon.size()];
        twice += a.x() * b.y() - b.x() * a.y();
    }
    return twice / 2;
}

// The closed polygon, with a point every half degree along the edges that run along the
// map's edge, back in absolute longitudes.
QVector<LonLat> densified(const QVector<QPointF>& polygon, double centre)
{
    QVector<LonLat> out;
    out.reserve(polygon.size() + 1);
    for (int i = 0; i < polygon.size(); ++i) {
        const QPointF a = polygon[i], b = polygon[(i + 1) % polygon.size()];
        out.append({a.x() + centre, a.y()});
        if (!alongEdge(a, b))
            continue;
        const double span = std::max(std::abs(b.x() - a.x()), std::abs(b.y() - a.y()));
        const int steps = int(std::ceil(span / kEdgeStepDegrees));
        for (int k = 1; k < steps; ++k) {
            const QPointF p = a + (b - a) * (double(k) / steps);
            out.append({p.x() + centre, p.y()});
        }
    }
    if (!out.isEmpty())
        out.append(out.first());
    return out;
}

// Where the short way from a to b crosses the antimeridian: the edge on a's side (+180 or
// -180 about the centre) and the latitude there. Only for a step that crosses.
std::pair<double, double> crossing(LonLat a, LonLat b, double centre)
{
    const double ax = relative(a.lon, centre), bx = relative(b.lon, centre);
    const double edge = ax > 0 ? 180.0 : -180.0;
    const double span = bx + 2 * edge - ax; // to b, unwrapped
    return {edge, span != 0 ? a.lat + (b.lat - a.lat) * (edge - ax) / span : a.lat};
}

// The ring's points about the centre, each step taking the short way round.
QVector<QPointF> unwrap(const QVector<LonLat>& ring, double centre)
{
    QVector<QPointF> unwrapped;
    unwrapped.reserve(ring.size() + 2);
    double x = relative(ring[0].lon, centre);
    for (int i = 0; i < ring.size(); ++i) {
        if (i > 0)
            x += std::remainder(ring[i].lon - ring[i - 1].lon, 360.0);
        unwrapped.append({x, ring[i].lat});
    }
    return unwrapped;
}

} // namespace

QVector<QVector<LonLat>> cutLineAtAntimeridian(const QVector<LonLat>& line, double centralMeridian)
{
    QVector<QVector<LonLat>> parts;
    QVector<LonLat> part;
    const auto add = [&part, centralMeridian](double x, double lat) {
        part.append({x + centralMeridian, lat});
    };
    for (int i = 0; i < line.size(); ++i) {
        const double x = relative(line[i].lon, centralMeridian);
        if (i > 0 && std::abs(x - relative(line[i - 1].lon, centralMeridian)) > 180) {
            const auto [edge, latitude] = crossing(line[i - 1], line[i], centralMeridian);
            add(edge, latitude);
            if (part.size() >= 2)
                parts.append(part);
            part.clear();
            add(-edge, latitude);
        }
        add(x, line[i].lat);
    }
    if (part.size() >= 2)
        parts.append(part);
    return parts;
}

QVector<QVector<LonLat>> cutRingAtAntimeridian(const QVector<LonLat>& ring, double centralMeridian)
{
    if (ring.size() < 3)
        return {};
    double sumLat = 0;
    for (const LonLat& p : ring)
        sumLat += p.lat;
    QVector<QPointF> unwrapped = unwrap(ring, centralMeridian);
    const bool beyond = std::any_of(unwrapped.begin(), unwrapped.end(),
                                    [](QPointF p) { return std::abs(p.x()) > 180; });
    // Back to the first point: the turns the ring makes around the Earth.
    const double endX = unwrapped.last().x() + std::remainder(ring[0].lon - ring.last().lon, 360.0);
    const long turns = std::lround((endX - unwrapped[0].x()) / 360.0);
    if (!beyond && turns == 0)
        return {densified(unwrapped, centralMeridian)};
    if (turns != 0) {
        if (std::abs(turns) > 1)
            return {}; // not a ring on the sphere
        // Around a pole: start the ring where it crosses the antimeridian, so that it runs
        // from one edge to the other, and close it along the pole.
        QVector<LonLat> open = ring;
        if (open.last() == open.first())
            open.removeLast();
        const int n = int(open.size());
        int start = 0;
        while (start < n &&
               std::abs(relative(open[start].lon, centralMeridian) -
                        relative(open[(start + n - 1) % n].lon, centralMeridian)) <= 180)
            ++start;
        if (start == n)
            return {};
        const LonLat before = open[(start + n - 1) % n];
        const auto [edge, latitude] = crossing(before, open[start], centralMeridian);
        QVector<LonLat> rotated{{centralMeridian - edge, latitude}};
        for (int k = 0; k < n; ++k)
            rotated << open[(start + k) % n];
        rotated << LonLat{centralMeridian + edge, latitude};
        unwrapped = unwrap(rotated, centralMeridian);
        const double pole = sumLat < 0 ? -90.0 : 90.0;
        unwrapped.append({unwrapped.last().x(), pole});
        unwrapped.append({unwrapped[0].x(), pole});
    }
    double minX = unwrapped[0].x(), maxX = minX;
    for (const QPointF& p : unwrapped) {
        minX = std::min(minX, p.x());
        maxX = std::max(maxX, p.x());
    }
    QVector<QVector<LonLat>> rings;
    // The ring and its copies a turn east or west, each clipped to the map's strip.
    for (int copy = -2; copy <= 2; ++copy) {
        const double shift = 360.0 * copy;
        if (maxX - shift <= -180 || minX - shift >= 180)
            continue;
        QVector<QPointF> shifted = unwrapped;
        for (QPointF& p : shifted)
            p.rx() -= shift;
        const QVector<QPointF> clipped = clipAt(clipAt(shifted, 180, true), -180, false);
        if (clipped.size() >= 3 && std::abs(area(clipped)) > kEpsilon)
            rings.append(densified(clipped, centralMeridian));
    }
    return rings;
}

bool runsAlongMapEdge(LonLat a, LonLat b, double centralMeridian)
{
    const QPointF p(relative(a.lon, centralMeridian), a.lat),
        q(relative(b.lon, centralMeridian), b.lat);
    const bool bothOnAntimeridian =
        std::abs(std::abs(p.x()) - 180) < kEpsilon && std::abs(std::abs(q.x()) - 180) < kEpsilon;
    return bothOnAntimeridian || alongEdge(p, q);
}

QVector<LonLat> mapEdgeRing(double centralMeridian)
{
    return densified({{-180, -90}, {-180, 90}, {180, 90}, {180, -90}}, centralMeridian);
}

QVector<QPolygonF> projectLine(const Projection& projection, const QVector<LonLat>& line)
{
    QVector<QPolygonF> parts;
    for (const QVector<LonLat>& part : cutLineAtAntimeridian(line, projection.centralMeridian())) {
        QPolygonF projected;
        projected.reserve(part.size());
        for (const LonLat& p : part)
            projected << projection.project(p);
        parts << projected;
    }
    return parts;
}

} // namespace atlas
