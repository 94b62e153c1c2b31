// SPDX-License-Identifier: GPL-3.0-or-later
// A basemap layer in one projection, ready to draw fast at any scale: its borders (each
// shared arc once) and land fills, at several levels of simplification, with bounding boxes
// to skip what is off screen. Arcs and rings are cut open at the projection's antimeridian
// and closed along it (and around the South Pole) before they are projected, so nothing
// spans the map; the stretches of the data that run along that edge are not drawn as
// borders. Parts the projection cannot show sensibly (the far side of the world in a conic
// projection) are left out.
#pragma once

#include "core/geo/basemap.h"
#include "core/geo/projection.h"

#include <QPainterPath>
#include <QPolygonF>
#include <QRectF>
#include <QVector>

namespace atlas {

class ProjectedBasemap
{
public:
    struct Level
    {
        double toleranceMetres = 0;
        QVector<QPolygonF> arcs; // borders (an arc cut open at the map's edge in parts)
        QVector<QRectF> arcBounds;
        QVector<QPainterPath> fills; // one per feature shown
        QVector<QRectF> fillBounds;
    };

    ProjectedBasemap() = default;
    ProjectedBasemap(const BasemapLayer& layer, const Projection& projection, ProjectionKind kind);

    // The most simplified level whose error stays under half a pixel at this scale.
    const Level& levelFor(double metresPerPixel) const;
    const QVector<Level>& levels() const { return m_levels; }

private:
    QVector<Level> m_levels;
};

// Douglas-Peucker: the points of `line` that keep it within `tolerance` of itself (the
// first and last always), or their indices.
QPolygonF simplifyLine(const QPolygonF& line, double tolerance);
QVector<int> simplifiedIndices(const QPolygonF& line, double tolerance);

} // namespace atlas
