// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/projectedbasemap.h"

#include <cmath>

namespace atlas {
namespace {

// Where a projection draws the world sensibly. The conic projection for the US turns the far
// side of the world inside out, so it keeps North America and its seas only.
bool shows(ProjectionKind kind, const LonLat& p)
{
    if (kind == ProjectionKind::EqualEarth)
        return true;
    return p.lon >= -170 && p.lon <= -40 && p.lat >= 5 && p.lat <= 84;
}

double distanceToSegment(QPointF p, QPointF a, QPointF b)
{
    const QPointF ab = b - a;
    const double length2 = QPointF::dotProduct(ab, ab);
    const double t = length2 > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / length2, 0.0, 1.0) : 0.0;
    const QPointF d = p - (a + t * ab);
    return std::hypot(d.x(), d.y());
}

void simplify(const QPolygonF& line, int first, int last, double tolerance, QVector<char>& keep)
{
    // Iterative, so a long coastline cannot overflow the stack.
    QVector<std::pair<int, int>> stack{{first, last}};
    while (!stack.isEmpty()) {
        const auto [a, b] = stack.takeLast();
        double worst = -1;
        int at = -1;
        for (int i = a + 1; i < b; ++i) {
            const double d = distanceToSegment(line[i], line[a], line[b]);
            if (d > worst) {
                worst = d;
                at = i;
            }
        }
        if (at >= 0 && worst > tolerance) {
            keep[at] = 1;
            stack.append({a, at});
            stack.append({at, b});
        }
    }
}

} // namespace

QPolygonF simplifyLine(const QPolygonF& line, double tolerance)
{
    if (line.size() <= 2 || tolerance <= 0)
        return line;
    QVector<char> keep(line.size(), 0);
    keep.first() = keep.last() = 1;
    simplify(line, 0, int(line.size()) - 1, tolerance, keep);
    QPolygonF result;
    for (int i = 0; i < line.size(); ++i) {
        if (keep[i])
            result << line[i];
    }
    return result;
}

ProjectedBasemap::ProjectedBasemap(const BasemapLayer& layer, const Projection& projection, ProjectionKind kind)
{
    // Project each arc once, at full detail, and note which the projection can show.
    QVector<QPolygonF> full(layer.arcs.size());
    QVector<char> shown(layer.arcs.size(), 1);
    for (int a = 0; a < layer.arcs.size(); ++a) {
        full[a].reserve(layer.arcs[a].size());
        for (const LonLat& p : layer.arcs[a]) {
            shown[a] = shown[a] && shows(kind, p);
            full[a] << projection.project(p);
        }
    }
    // Half a pixel at 1, 4, 16 and 64 km per pixel, and full detail for closer views.
    for (double tolerance : {0.0, 500.0, 2000.0, 8000.0, 32000.0}) {
        Level level;
        level.toleranceMetres = tolerance;
        QVector<QPolygonF> arcs(full.size());
        for (int a = 0; a < full.size(); ++a) {
            if (!shown[a])
                continue;
            arcs[a] = simplifyLine(full[a], tolerance);
            level.arcs << arcs[a];
            level.arcBounds << arcs[a].boundingRect();
        }
        for (const BasemapFeature& feature : layer.features) {
            QPainterPath path;
            path.setFillRule(Qt::OddEvenFill);
            bool complete = true;
            for (const QVector<QVector<int>>& polygon : feature.polygons) {
                for (const QVector<int>& ring : polygon) {
                    QPolygonF points;
                    for (int ref : ring) {
                        const bool reversed = ref < 0;
                        const int index = reversed ? ~ref : ref;
                        if (index < 0 || index >= arcs.size() || !shown[index]) {
                            complete = false;
                            break;
                        }
                        const QPolygonF& arc = arcs[index];
                        for (int i = points.isEmpty() ? 0 : 1; i < arc.size(); ++i)
                            points << arc[reversed ? arc.size() - 1 - i : i];
                    }
                    if (!complete)
                        break;
                    if (points.size() >= 3)
                        path.addPolygon(points);
                }
                if (!complete)
                    break;
            }
            if (!complete || path.isEmpty())
                continue; // a feature the projection cannot show whole
            level.fills << path;
            level.fillBounds << path.boundingRect();
        }
        m_levels << level;
    }
}

const ProjectedBasemap::Level& ProjectedBasemap::levelFor(double metresPerPixel) const
{
    static const Level empty;
    if (m_levels.isEmpty())
        return empty;
    const Level* chosen = &m_levels.first();
    for (const Level& level : m_levels) {
        if (level.toleranceMetres <= metresPerPixel / 2)
            chosen = &level;
    }
    return *chosen;
}

} // namespace atlas
