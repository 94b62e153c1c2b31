// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/geo/projectedbasemap.h"

#include "core/geo/antimeridian.h"
#include "core/geo/planedistance.h"

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

// The kept points of one part of an arc as border lines, without the stretches that run
// along the map's edge (where the data was cut open: no coast or border is there).
void addBorders(ProjectedBasemap::Level* level, const QVector<LonLat>& part,
                const QPolygonF& projected, const QVector<int>& kept, double centre)
{
    QPolygonF line;
    const auto flush = [level, &line] {
        if (line.size() >= 2) {
            level->arcs << line;
            level->arcBounds << line.boundingRect();
        }
        line.clear();
    };
    for (int j = 0; j < kept.size(); ++j) {
        if (j > 0 && runsAlongMapEdge(part[kept[j - 1]], part[kept[j]], centre))
            flush();
        line << projected[kept[j]];
    }
    flush();
}

} // namespace

QVector<int> simplifiedIndices(const QPolygonF& line, double tolerance)
{
    QVector<int> indices;
    if (line.size() <= 2 || tolerance <= 0) {
        for (int i = 0; i < line.size(); ++i)
            indices << i;
        return indices;
    }
    QVector<char> keep(line.size(), 0);
    keep.first() = keep.last() = 1;
    simplify(line, 0, int(line.size()) - 1, tolerance, keep);
    for (int i = 0; i < line.size(); ++i) {
        if (keep[i])
            indices << i;
    }
    return indices;
}

QPolygonF simplifyLine(const QPolygonF& line, double tolerance)
{
    QPolygonF result;
    for (int i : simplifiedIndices(line, tolerance))
        result << line[i];
    return result;
}

namespace {

QPolygonF projected(const QVector<LonLat>& points, const Projection& projection)
{
    QPolygonF result;
    result.reserve(points.size());
    for (const LonLat& p : points)
        result << projection.project(p);
    return result;
}

// Each arc the projection can show, cut where it crosses the antimeridian and projected
// once, at full detail.
struct CutArcs
{
    QVector<QVector<QVector<LonLat>>> parts;
    QVector<QVector<QPolygonF>> projected;
    QVector<char> shown;

    CutArcs(const BasemapLayer& layer, const Projection& projection, ProjectionKind kind)
        : parts(layer.arcs.size()), projected(layer.arcs.size()), shown(layer.arcs.size(), 1)
    {
        for (int a = 0; a < layer.arcs.size(); ++a) {
            for (const LonLat& p : layer.arcs[a])
                shown[a] = shown[a] && shows(kind, p);
            if (!shown[a])
                continue;
            parts[a] = cutLineAtAntimeridian(layer.arcs[a], projection.centralMeridian());
            for (const QVector<LonLat>& part : parts[a])
                projected[a] << atlas::projected(part, projection);
        }
    }
};

// A feature's rings joined from its (simplified) arcs, cut at the antimeridian and
// projected; empty when it uses an arc the projection cannot show.
QPainterPath featurePath(const BasemapFeature& feature, const QVector<QVector<LonLat>>& arcs,
                         const QVector<char>& shown, const Projection& projection)
{
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    for (const QVector<QVector<int>>& polygon : feature.polygons) {
        for (const QVector<int>& ring : polygon) {
            QVector<LonLat> points;
            for (int ref : ring) {
                const bool reversed = ref < 0;
                const int index = reversed ? ~ref : ref;
                if (index < 0 || index >= arcs.size() || !shown[index])
                    return {};
                const QVector<LonLat>& arc = arcs[index];
                for (int i = points.isEmpty() ? 0 : 1; i < arc.size(); ++i)
                    points << arc[reversed ? arc.size() - 1 - i : i];
            }
            for (const QVector<LonLat>& piece :
                 cutRingAtAntimeridian(points, projection.centralMeridian()))
                path.addPolygon(projected(piece, projection));
        }
    }
    return path;
}

} // namespace

ProjectedBasemap::ProjectedBasemap(const BasemapLayer& layer, const Projection& projection, ProjectionKind kind)
{
    const double centre = projection.centralMeridian();
    const CutArcs cut(layer, projection, kind);
    // Half a pixel at 1, 4, 16 and 64 km per pixel, and full detail for closer views.
    for (double tolerance : {0.0, 500.0, 2000.0, 8000.0, 32000.0}) {
        Level level;
        level.toleranceMetres = tolerance;
        // The arcs simplified in map metres, kept in lon/lat too: the fills are cut there.
        QVector<QVector<LonLat>> arcs(layer.arcs.size());
        for (int a = 0; a < layer.arcs.size(); ++a) {
            for (int k = 0; k < cut.parts[a].size(); ++k) {
                const QVector<int> kept = simplifiedIndices(cut.projected[a][k], tolerance);
                addBorders(&level, cut.parts[a][k], cut.projected[a][k], kept, centre);
                for (int i : kept)
                    arcs[a] << cut.parts[a][k][i];
            }
        }
        for (const BasemapFeature& feature : layer.features) {
            const QPainterPath path = featurePath(feature, arcs, cut.shown, projection);
            if (path.isEmpty())
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
