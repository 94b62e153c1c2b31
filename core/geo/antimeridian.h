// SPDX-License-Identifier: GPL-3.0-or-later
// Where a map of the whole sphere is cut open: the meridian opposite the projection's centre
// (the antimeridian, ±180° on a map centred on Greenwich) and the poles. Lines and rings are
// cut there in lon/lat, before they are projected: a shape that crosses it (Chukotka, Fiji,
// the Aleutians, Antarctica around the South Pole, a fiber link across the Pacific) would
// otherwise join its two sides with a stroke, or a filled band, across the whole map.
#pragma once

#include "core/geo/lonlat.h"

#include <QPolygonF>
#include <QVector>

namespace atlas {

class Projection;

// The parts of `line` on either side of the antimeridian of `centralMeridian`: each crossing
// ends a part on one edge and starts the next on the other, at the latitude it crosses.
// Longitudes come back within centralMeridian ± 180.
QVector<QVector<LonLat>> cutLineAtAntimeridian(const QVector<LonLat>& line, double centralMeridian);

// A closed ring as closed rings that stay within centralMeridian ± 180: split where it
// crosses the antimeridian and closed along it. A ring that goes once around the Earth
// encloses a pole (Antarctica's coast; no land ring goes around the North Pole), the one on
// its side of the equator: it is closed along that pole. Edges that run along the map's edge
// are given a point every half degree, so that they follow its curve once projected.
// Degenerate rings (no area) are left out.
QVector<QVector<LonLat>> cutRingAtAntimeridian(const QVector<LonLat>& ring, double centralMeridian);

// Whether the segment from a to b runs along the map's edge (the antimeridian or a pole):
// an artefact of cut data, not a coastline or a border to draw.
bool runsAlongMapEdge(LonLat a, LonLat b, double centralMeridian);

// The outline of the whole map (both sides of the antimeridian and the poles), closed.
QVector<LonLat> mapEdgeRing(double centralMeridian);

// A line in a projection, in the parts that cutLineAtAntimeridian() makes.
QVector<QPolygonF> projectLine(const Projection& projection, const QVector<LonLat>& line);

} // namespace atlas
